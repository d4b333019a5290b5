//! Text surgery on Trunk's `index.html` for the pre-rendering step: plain
//! string functions, tested natively.

/// Puts `body` (the server-rendered app) inside `<div id="app">`, replacing
/// the loading notice there.
pub fn insert_prerendered(page: &str, body: &str) -> Result<String, String> {
    let open = ["<div id=app>", "<div id=\"app\">"]
        .iter()
        .find_map(|tag| page.find(tag).map(|at| at + tag.len()))
        .ok_or("no <div id=\"app\"> in the page")?;
    let body_end = page[open..].find("</body>").map(|at| open + at).ok_or("no </body> in the page")?;
    let close = page[open..body_end].rfind("</div>").map(|at| open + at).ok_or("<div id=\"app\"> is not closed")?;
    Ok(format!("{}{}{}", &page[..open], body, &page[close..]))
}

/// The id of the data block that carries the compiled pack in the page.
pub const PACK_DATA_ID: &str = "tifa-pack";
/// The data block's type: not a script type, so never executed (and allowed
/// by a strict CSP).
pub const PACK_DATA_TYPE: &str = "text/x-tifa-compiled-pack";

/// Adds the compiled pack to the page as a data block for the browser binary
/// to hydrate with. The compiled form writes no `<` (see
/// `domain::compiled`), so no text in the pack can close the block; a text
/// with one is refused.
pub fn embed_pack_data(page: &str, file: &str, compiled: &str) -> Result<String, String> {
    let body_end = page.rfind("</body>").ok_or("no </body> in the page")?;
    if compiled.contains('<') {
        return Err("the compiled pack contains “<”, which could close its block".to_owned());
    }
    let file = file.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    Ok(format!(
        "{}<script type=\"{PACK_DATA_TYPE}\" id=\"{PACK_DATA_ID}\" data-file=\"{file}\">{compiled}</script>{}",
        &page[..body_end],
        &page[body_end..]
    ))
}

/// Trunk loads the app with an inline `<script type="module">`; a strict
/// Content-Security-Policy forbids inline scripts. This replaces it with
/// [`loader_script`] in a file named after a hash of its content.
/// Returns the new page, the file name and the script; `Ok(None)` when the
/// page has no inline module script, an error when Trunk's script is not the
/// loader this step knows how to rewrite.
pub fn externalize_loader(page: &str) -> Result<Option<(String, String, String)>, String> {
    let open_tags = ["<script type=module>", "<script type=\"module\">"];
    let Some((start, tag)) = open_tags.iter().find_map(|tag| page.find(tag).map(|at| (at, *tag))) else {
        return Ok(None);
    };
    let content_start = start + tag.len();
    let content_end = content_start + page[content_start..].find("</script>").ok_or("the inline module script is not closed")?;
    let script = loader_script(&page[content_start..content_end])?;
    let file_name = format!("loader-{:016x}.js", fnv1a(script.as_bytes()));
    let replacement = format!("<script type=\"module\" src=\"./{file_name}\"></script>");
    let page = format!("{}{}{}", &page[..start], replacement, &page[content_end + "</script>".len()..]);
    Ok(Some((page, file_name, script)))
}

/// The app's loader, written from the two file names in Trunk's inline one.
///
/// Trunk's loader awaits the wasm at the top level of the module. WebKit
/// (WebKitGTK 2.50's JavaScriptCore) can then spin forever in its module
/// evaluation, one CPU at 100 % and the tab frozen, when the page is left or
/// reloaded while that await is pending; this loader starts the same way
/// without a top-level await. A failure to start rejects the promise, which
/// `boot.js` turns into the "could not start" notice.
pub fn loader_script(trunk_loader: &str) -> Result<String, String> {
    let unexpected = |what: &str| format!("Trunk's loader script has no {what}; expected `import init, * as bindings from './app.js'` and `init({{ module_or_path: './app_bg.wasm' }})`");
    let module = quoted_after(trunk_loader, "* as bindings from ").ok_or_else(|| unexpected("module import"))?;
    let wasm = quoted_after(trunk_loader, "module_or_path: ").ok_or_else(|| unexpected("wasm path"))?;
    Ok(format!(
        "// Starts the app. Written by tifa-prerender in place of Trunk's loader;\n\
         // loader_script in src/prerender.rs says why.\n\
         import init, * as bindings from \"{module}\";\n\
         init({{ module_or_path: \"{wasm}\" }}).then((wasm) => {{\n  \
         window.wasmBindings = bindings;\n  \
         dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{ detail: {{ wasm }} }}));\n\
         }});\n"
    ))
}

/// The relative path in quotes right after `marker`, if it is a plain one
/// (no quotes, backslashes or line breaks to escape).
fn quoted_after<'a>(text: &'a str, marker: &str) -> Option<&'a str> {
    let rest = &text[text.find(marker)? + marker.len()..];
    let quote = rest.chars().next().filter(|quote| matches!(quote, '\'' | '"'))?;
    let path = &rest[1..rest[1..].find(quote)? + 1];
    let plain = path.starts_with("./") && !path.contains(['\\', '\n', '\r', '\'', '"']);
    plain.then_some(path)
}

/// A small stable hash for cache-busting file names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_goes_inside_the_app_div() {
        let page = "<html><body><div id=app><p class=boot>Loading</p></div></body></html>";
        assert_eq!(
            insert_prerendered(page, "<main>x</main>").unwrap(),
            "<html><body><div id=app><main>x</main></div></body></html>"
        );
        assert!(insert_prerendered("<body></body>", "x").is_err());
    }

    #[test]
    fn pack_data_cannot_close_its_block() {
        let page = embed_pack_data("<body></body>", "a\"&.json", "tifa-compiled-pack 1\nx\\l/script>\n").unwrap();
        assert_eq!(
            page,
            "<body><script type=\"text/x-tifa-compiled-pack\" id=\"tifa-pack\" data-file=\"a&quot;&amp;.json\">tifa-compiled-pack 1\nx\\l/script>\n</script></body>"
        );
        assert!(embed_pack_data("<body></body>", "a", "x</script>").unwrap_err().contains("could close"));
    }

    /// Trunk 0.21's inline loader, as it appears in the built page.
    const TRUNK_LOADER: &str = "\nimport init, * as bindings from './tifa-app-0123.js';\n\
        const wasm = await init({ module_or_path: './tifa-app-0123_bg.wasm' });\n\n\n\
        window.wasmBindings = bindings;\n\n\n\
        dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));\n";

    #[test]
    fn the_inline_loader_moves_to_a_file() {
        let page = format!("<head><script type=module>{TRUNK_LOADER}</script></head>");
        let (page, name, script) = externalize_loader(&page).unwrap().unwrap();
        assert_eq!(script, loader_script(TRUNK_LOADER).unwrap());
        assert!(name.starts_with("loader-") && name.ends_with(".js"));
        assert_eq!(page, format!("<head><script type=\"module\" src=\"./{name}\"></script></head>"));
        assert_eq!(externalize_loader("<head></head>"), Ok(None));
    }

    #[test]
    fn the_loader_starts_the_same_files_without_a_top_level_await() {
        let script = loader_script(TRUNK_LOADER).unwrap();
        assert!(script.contains("import init, * as bindings from \"./tifa-app-0123.js\";"));
        assert!(script.contains("init({ module_or_path: \"./tifa-app-0123_bg.wasm\" }).then((wasm) => {"));
        assert!(script.contains("window.wasmBindings = bindings;"));
        assert!(script.contains("new CustomEvent(\"TrunkApplicationStarted\", { detail: { wasm } })"));
        assert!(!script.contains("await"), "{script}");
    }

    #[test]
    fn an_unknown_loader_stops_the_build() {
        let custom = "import init from './a.js'; await init();";
        assert!(loader_script(custom).unwrap_err().contains("no module import"));
        let odd_path = "import init, * as bindings from './a.js';\nawait init({ module_or_path: '\\u0027x.wasm' });";
        assert!(loader_script(odd_path).unwrap_err().contains("no wasm path"));
        let page = "<script type=module>import init from './a.js';</script>";
        assert!(externalize_loader(page).is_err());
    }
}
