// Minifies the wasm-bindgen JS glue of a release build, in the staging
// folder Trunk hands its post-build hooks (Trunk.toml runs this last).
// Trunk 0.21's own minifier stops at the glue's `export default` and leaves
// it whole ("Failed to minify JS"). A page that preloads the glue with an
// `integrity` hash gets the hash of the minified file.
//
// Usage: node scripts/minify/minify-glue.mjs STAGING_DIR
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { basename, join } from "node:path";
import { minify } from "terser";

const staging = process.argv[2];
if (!staging) {
  console.error("usage: minify-glue.mjs STAGING_DIR");
  process.exit(2);
}

const sri = (text) => "sha384-" + createHash("sha384").update(text).digest("base64");

// The glue files: each page's `<name>.js` next to its `<name>_bg.wasm`.
const folders = [staging, join(staging, "pack-worker")].filter(existsSync);
const glue = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith("_bg.wasm"))
    .map((wasm) => join(folder, wasm.replace(/_bg\.wasm$/, ".js")))
    .filter(existsSync),
);

const pages = readdirSync(staging).filter((name) => name.endsWith(".html")).map((name) => join(staging, name));
let pageTexts = new Map(pages.map((page) => [page, readFileSync(page, "utf8")]));

for (const file of glue) {
  const source = readFileSync(file, "utf8");
  const result = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!result.code) throw new Error(`terser gave nothing for ${file}`);
  writeFileSync(file, result.code);
  // Each tag that names the file gets the new file's hash.
  const name = basename(file);
  const integrity = sri(result.code);
  for (const [page, text] of pageTexts) {
    const updated = text.replace(/<link\b[^>]*>/g, (tag) =>
      tag.includes(name) ? tag.replace(/integrity=("?)sha384-[A-Za-z0-9+\/=]+\1/, `integrity=$1${integrity}$1`) : tag,
    );
    pageTexts.set(page, updated);
  }
  console.log(`minify-glue: ${file}: ${source.length} → ${result.code.length} bytes`);
}
// A page must not keep a hash that no longer matches its file.
for (const [page, text] of pageTexts) {
  for (const [, href, hash] of text.matchAll(/<link\b[^>]*?href="?\.\/([^"\s>]+\.js)"?[^>]*?integrity="?(sha384-[A-Za-z0-9+\/=]+)/g)) {
    const file = join(staging, href);
    if (existsSync(file) && sri(readFileSync(file, "utf8")) !== hash) {
      console.error(`minify-glue: ${page}: the integrity hash of ${href} does not match the file`);
      process.exit(1);
    }
  }
}
for (const [page, text] of pageTexts) writeFileSync(page, text);
