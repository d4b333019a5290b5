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
    fn the_inline_loader_moves_to_a_file() {
        let page = "<head><script type=module>import init from './a.js';await init();</script></head>";
        let (page, name, script) = externalize_loader(page).unwrap();
        assert_eq!(script, "import init from './a.js';await init();");
        assert!(name.starts_with("loader-") && name.ends_with(".js"));
        assert_eq!(page, format!("<head><script type=\"module\" src=\"./{name}\"></script></head>"));
        assert_eq!(externalize_loader("<head></head>"), None);
    }
}
