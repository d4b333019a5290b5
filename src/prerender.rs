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

/// The id of the `<script type="application/json">` block that carries the
/// pack's text in the page.
pub const PACK_DATA_ID: &str = "tifa-pack";

/// Adds the pack's text to the page as a JSON data block (not executed, so
/// allowed by a strict CSP) for the browser binary to hydrate with. Every `<`
/// is written `\u003c`, so no text in the pack can close the block.
pub fn embed_pack_data(page: &str, file: &str, json: &str) -> Result<String, String> {
    let body_end = page.rfind("</body>").ok_or("no </body> in the page")?;
    let file = file.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let json = json.trim().replace('<', "\\u003c");
    Ok(format!(
        "{}<script type=\"application/json\" id=\"{PACK_DATA_ID}\" data-file=\"{file}\">{json}</script>{}",
        &page[..body_end],
        &page[body_end..]
    ))
}

/// Trunk loads the app with an inline `<script type="module">`; a strict
/// Content-Security-Policy forbids inline scripts. This moves its text into
/// a file named after a hash of its content and loads that instead.
/// Returns the new page, the file name and the script, or `None` when the
/// page has no inline module script.
pub fn externalize_loader(page: &str) -> Option<(String, String, String)> {
    let open_tags = ["<script type=module>", "<script type=\"module\">"];
    let (start, tag) = open_tags.iter().find_map(|tag| page.find(tag).map(|at| (at, *tag)))?;
    let content_start = start + tag.len();
    let content_end = content_start + page[content_start..].find("</script>")?;
    let script = page[content_start..content_end].to_owned();
    let file_name = format!("loader-{:016x}.js", fnv1a(script.as_bytes()));
    let replacement = format!("<script type=\"module\" src=\"./{file_name}\"></script>");
    let page = format!("{}{}{}", &page[..start], replacement, &page[content_end + "</script>".len()..]);
    Some((page, file_name, script))
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
        let page = embed_pack_data("<body></body>", "a.json", r#"{"t": "</script><script>alert(1)</script>"}"#).unwrap();
        assert_eq!(
            page,
            r#"<body><script type="application/json" id="tifa-pack" data-file="a.json">{"t": "\u003c/script>\u003cscript>alert(1)\u003c/script>"}</script></body>"#
        );
        let json = &page[page.find('>').unwrap() + 1..];
        let json = &json[json.find('>').unwrap() + 1..json.rfind("</script>").unwrap()];
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(value["t"], "</script><script>alert(1)</script>");
    }

    #[test]
    fn the_inline_loader_moves_to_a_file() {
        let page = "<head><script type=module>import init from './a.js';await init();</script></head>";
        let (page, name, script) = externalize_loader(page).unwrap();
        assert_eq!(script, "import init from './a.js';await init();");
        assert!(name.starts_with("loader-") && name.ends_with(".js"));
        assert_eq!(page, format!("<head><script type=\"module\" src=\"./{name}\"></script></head>"));
        assert_eq!(externalize_loader("<head></head>"), None);
    }
}
