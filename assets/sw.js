// Tifa's service worker: keeps the reader and the authoring page for use
// with no network. Registered by assets/offline.js (unless tifa.json says
// "offline": false) and by the authoring page; copied to the site's root by
// scripts/build-author.sh, so that its scope is the site, and stamped there
// with the build (BUILD below), so that each deployment is a new worker.
//
// Each build's files are one cache, filled whole when its worker installs
// (a file that cannot be fetched fails the install, and the last complete
// build goes on serving) and served whole: a page, its loader, glue, wasm
// and scripts always come from the same build, never new glue with old
// wasm. The next visit after a deployment gets the new build at once; the
// build in the cache answers only when the network does not.
// Packs (`?pack=`), tifa.json and the term base are data: network first,
// kept in a cache of their own as they are read, so a pack opened once
// opens offline too.
const BUILD = "__TIFA_BUILD__";
const SHELL = `tifa-shell-${BUILD}`;
const DATA = "tifa-data";
const PAGES = ["index.html", "author.html"];

// The files a page loads, from its own markup: Trunk names them with a
// content hash, so the list cannot be written here.
function filesOf(page) {
  const found = [];
  for (const match of page.matchAll(/(?:href|src)="?([^"\s>]+)"?/g)) {
    const url = match[1];
    if (!/^(?:[a-z]+:|\/\/|#)/i.test(url)) found.push(new URL(url, self.registration.scope).href);
  }
  return found;
}

// The scripts that pages load on demand (not named in the markup).
const ON_DEMAND = ["assets/speech.js", "assets/words-panel.js"];
// The pack worker checks the authoring page's preview (a raw pack): its
// fixed names are in src/hooks/pack_worker.rs and scripts/build-pack-worker.sh.
const AUTHORING = ["pack-worker/worker.js", "pack-worker/tifa_pack_worker.js", "pack-worker/tifa_pack_worker_bg.wasm"];

async function fetchFresh(url) {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

// A build's code and pages must all be there; a link to anything else (an
// icon, the oEmbed file) is kept if it can be.
function required(url) {
  return /\.(?:js|wasm|css|html)$/.test(new URL(url).pathname);
}

// Fetches the whole build, then puts it in its cache: nothing is kept of a
// build that could not be fetched whole.
async function fillShell() {
  const scope = self.registration.scope;
  const files = new Map();
  const page = await fetchFresh(new URL("index.html", scope).href);
  files.set(new URL("index.html", scope).href, page.clone());
  const wanted = new Set([...filesOf(await page.text()), ...ON_DEMAND.map((name) => new URL(name, scope).href)]);
  // The authoring page is kept when the site has it.
  try {
    const author = await fetchFresh(new URL("author.html", scope).href);
    files.set(new URL("author.html", scope).href, author.clone());
    for (const file of [...filesOf(await author.text()), ...AUTHORING.map((name) => new URL(name, scope).href)]) wanted.add(file);
  } catch {
    // A site without the authoring page.
  }
  for (const url of wanted) {
    if (files.has(url)) continue;
    try {
      files.set(url, await fetchFresh(url));
    } catch (error) {
      if (required(url)) throw error;
    }
  }
  const cache = await caches.open(SHELL);
  await Promise.all([...files].map(([url, response]) => cache.put(url, response)));
  await cache.put(scope, (await cache.match(new URL("index.html", scope).href)).clone());
}

// The term base, for the authoring page offline: data, kept if it can be.
async function fillTermBase() {
  const scope = self.registration.scope;
  try {
    const cache = await caches.open(DATA);
    const index = await fetchFresh(new URL("assets/termbase-index.json", scope).href);
    await cache.put(new URL("assets/termbase-index.json", scope).href, index.clone());
    const names = (await index.json()).files || [];
    await Promise.all(names.map(async (name) => {
      const url = new URL(`assets/termbase/${name}`, scope).href;
      await cache.put(url, await fetchFresh(url));
    }));
  } catch {
    // No term base here, or a broken index: the page says so when it loads it.
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(fillShell().then(fillTermBase).then(() => self.skipWaiting()));
});

// The new build is whole: the older ones go.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("tifa-") && name !== SHELL && name !== DATA).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

function isData(url) {
  return url.pathname.endsWith(".json") && !url.pathname.endsWith("oembed.json");
}

// Network first into the data cache; offline, the copy kept.
async function fromData(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      caches.open(DATA).then((cache) => cache.put(request, copy));
    }
    return response;
  } catch (error) {
    return (await caches.match(request, { cacheName: DATA })) || Response.error();
  }
}

// A page: the network's, whose files the network then gives too; offline,
// the build in the cache, whose files the cache then gives. A page is found
// without its query (index.html?pack=… is index.html).
async function page(request) {
  try {
    // Checked with the site each time, so that a deployment shows at once
    // (its files have new names; the page's is fixed).
    return await fetch(request, { cache: "no-cache" });
  } catch (error) {
    const cache = await caches.open(SHELL);
    return (await cache.match(request, { ignoreSearch: true })) || Response.error();
  }
}

// A file of a build: the cached build's when the page came from it, else
// the network's. Hashed names make both right; the fixed names (boot.js …)
// come from the cache only when the network fails, so an online page never
// mixes an old script with a new page.
async function buildFile(request) {
  try {
    return await fetch(request);
  } catch (error) {
    return (await caches.match(request, { cacheName: SHELL, ignoreSearch: true })) || Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (isData(url)) {
    event.respondWith(fromData(request));
    return;
  }
  if (url.origin !== self.location.origin) return;
  event.respondWith(request.mode === "navigate" ? page(request) : buildFile(request));
});
