//! The messages between an embedded reader and its host page
//! (`window.postMessage`), as plain data.

use super::language::ReadingMode;

/// A command from the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostCommand {
    /// `{type: "tifa:set-mode", lang: "en" | "zh" | "both"}`.
    SetMode(ReadingMode),
    /// `{type: "tifa:open-term", id: "<entry id>"}`.
    OpenTerm(String),
    /// `{type: "tifa:set-theme", variables: {"--tifa-paper": "#ffffff", ...}}`:
    /// the theme's custom properties, already checked.
    SetTheme(Vec<(String, String)>),
    /// `{type: "tifa:set-tools", tools: "settings"}`: the toolbar's tools to
    /// show, as [`shown_tools`] keeps them (the `?tools=` parameter's syntax).
    SetTools(String),
}

/// The toolbar's tools a host may show or hide, by the names that
/// `?tools=` and `tifa:set-tools` use (boot.js keeps the same list).
pub const TOOLS: [&str; 5] = ["pinyin", "listen", "words", "share", "settings"];

/// The tools of a `?tools=` list (names separated by commas or spaces) that
/// exist, once each, in [`TOOLS`] order: the value of `data-tools` on
/// `<html>`, which the stylesheet reads. Unknown names are left out, so an
/// empty or unknown list shows no tool.
pub fn shown_tools(list: &str) -> String {
    let asked: Vec<&str> = list.split([',', ' ']).collect();
    TOOLS.iter().filter(|tool| asked.contains(tool)).copied().collect::<Vec<_>>().join(" ")
}

/// The most variables one theme message may set.
const MAX_THEME_VARIABLES: usize = 64;

/// Keeps the theme variables that are safe to apply: names of the reader's
/// own custom properties, values made of the characters colours, lengths and
/// font lists need, and nothing that could load a resource or escape the
/// declaration (`url(`, `;`, braces, backslashes).
pub fn theme_variables(pairs: impl IntoIterator<Item = (String, String)>) -> Vec<(String, String)> {
    pairs
        .into_iter()
        .filter(|(name, value)| is_theme_name(name) && is_theme_value(value))
        .take(MAX_THEME_VARIABLES)
        .collect()
}

fn is_theme_name(name: &str) -> bool {
    name.strip_prefix("--tifa-").is_some_and(|rest| {
        !rest.is_empty() && rest.len() <= 40 && rest.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    })
}

fn is_theme_value(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    !value.trim().is_empty()
        && value.len() <= 200
        && !lower.contains("url(")
        && !lower.contains("image")
        && !lower.contains("expression")
        && value.chars().all(|c| c.is_alphanumeric() || " #.,%()-+/\"'_".contains(c) && c != '\\')
}

/// Reads a host message from its `type` and its `lang`, `id` or `tools`
/// field; anything else is not a command and is ignored.
pub fn parse_host_command(kind: Option<&str>, lang: Option<&str>, id: Option<&str>, tools: Option<&str>) -> Option<HostCommand> {
    match kind? {
        "tifa:set-mode" => lang.and_then(ReadingMode::from_param).map(HostCommand::SetMode),
        "tifa:open-term" => id.filter(|id| !id.is_empty() && id.len() <= 64).map(|id| HostCommand::OpenTerm(id.to_owned())),
        "tifa:set-tools" => tools.filter(|list| list.len() <= 200).map(|list| HostCommand::SetTools(shown_tools(list))),
        _ => None,
    }
}

/// The embedded reader's next step in H5P's resizing protocol (the one
/// `h5p-resizer.js` speaks, which Moodle and other H5P hosts load): the
/// frame says `hello`; once the host has answered `hello` it sends
/// `prepareResize` with its height whenever that changes (and when the host
/// says its window was resized), and `resize` once the host answers
/// `resizePrepared`. Every message is `{context: "h5p", action, ...}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum H5pStep {
    /// Send `hello` (the host's script has just started: `ready`).
    Hello,
    /// The host can resize the frame (`hello`) or its window changed size
    /// (`resize`): send `prepareResize` with the height.
    PrepareResize,
    /// The host is ready for the height (`resizePrepared`): send `resize`.
    Resize,
}

/// What to answer an H5P message from the host, from its `context` and
/// `action`; `None` for anything else.
pub fn h5p_step(context: Option<&str>, action: Option<&str>) -> Option<H5pStep> {
    if context? != "h5p" {
        return None;
    }
    match action? {
        "ready" => Some(H5pStep::Hello),
        "hello" | "resize" => Some(H5pStep::PrepareResize),
        "resizePrepared" => Some(H5pStep::Resize),
        _ => None,
    }
}

/// Whether a message from `origin` may command the reader: it must be one of
/// the host origins named by `?host-origin=` or `tifa.json`.
pub fn host_may_command(origin: &str, allowed: &[String]) -> bool {
    origin != "null" && allowed.iter().any(|allowed| allowed == origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_safe_theme_variables_pass() {
        let pairs = [
            ("--tifa-paper", "#ffffff"),
            ("--tifa-font-en", "\"Iowan Old Style\", Georgia, serif"),
            ("--tifa-gap", "calc(1rem + 2px)"),
            ("--tifa-shadow", "0 1px 2px rgb(0 0 0 / 0.2)"),
            ("--other", "#000"),
            ("color", "red"),
            ("--tifa-paper", "url(https://evil.example/x.png)"),
            ("--tifa-paper", "#fff; background: red"),
            ("--tifa-paper", "#fff} body {display:none"),
            ("--tifa-paper", "image-set(x)"),
            ("--tifa-Paper", "#fff"),
        ]
        .map(|(n, v)| (n.to_owned(), v.to_owned()));
        let kept: Vec<String> = theme_variables(pairs).into_iter().map(|(name, _)| name).collect();
        assert_eq!(kept, ["--tifa-paper", "--tifa-font-en", "--tifa-gap", "--tifa-shadow"]);
    }

    #[test]
    fn commands() {
        assert_eq!(parse_host_command(Some("tifa:set-mode"), Some("zh"), None, None), Some(HostCommand::SetMode(ReadingMode::Chinese)));
        assert_eq!(parse_host_command(Some("tifa:set-mode"), Some("fr"), None, None), None);
        assert_eq!(
            parse_host_command(Some("tifa:open-term"), None, Some("going-global"), None),
            Some(HostCommand::OpenTerm("going-global".into()))
        );
        assert_eq!(parse_host_command(Some("tifa:open-term"), None, Some(""), None), None);
        assert_eq!(
            parse_host_command(Some("tifa:set-tools"), None, None, Some("settings")),
            Some(HostCommand::SetTools("settings".into()))
        );
        assert_eq!(parse_host_command(Some("tifa:set-tools"), None, None, Some("")), Some(HostCommand::SetTools(String::new())));
        assert_eq!(parse_host_command(Some("tifa:set-tools"), None, None, None), None);
        assert_eq!(parse_host_command(Some("tifa:ready"), None, None, None), None);
        assert_eq!(parse_host_command(None, Some("en"), None, None), None);
    }

    #[test]
    fn shown_tools_keeps_known_names_once_in_order() {
        assert_eq!(shown_tools("settings,share"), "share settings");
        assert_eq!(shown_tools("settings settings"), "settings");
        assert_eq!(shown_tools("settings,pinyin"), "pinyin settings");
        assert_eq!(shown_tools("share listen pinyin words"), "pinyin listen words share");
        assert_eq!(shown_tools("share,print,<b>"), "share");
        assert_eq!(shown_tools("none"), "");
        assert_eq!(shown_tools(""), "");
        assert_eq!(shown_tools("Share"), "");
    }

    #[test]
    fn h5p_resizer_messages() {
        assert_eq!(h5p_step(Some("h5p"), Some("ready")), Some(H5pStep::Hello));
        assert_eq!(h5p_step(Some("h5p"), Some("hello")), Some(H5pStep::PrepareResize));
        assert_eq!(h5p_step(Some("h5p"), Some("resize")), Some(H5pStep::PrepareResize));
        assert_eq!(h5p_step(Some("h5p"), Some("resizePrepared")), Some(H5pStep::Resize));
        // Only the host's side of the protocol is answered.
        assert_eq!(h5p_step(Some("h5p"), Some("prepareResize")), None);
        assert_eq!(h5p_step(Some("h5p"), Some("fullScreen")), None);
        assert_eq!(h5p_step(Some("tifa"), Some("hello")), None);
        assert_eq!(h5p_step(None, Some("hello")), None);
        assert_eq!(h5p_step(Some("h5p"), None), None);
    }

    #[test]
    fn only_listed_origins_command() {
        let allowed = vec!["https://portal.example".to_owned()];
        assert!(host_may_command("https://portal.example", &allowed));
        assert!(!host_may_command("https://evil.example", &allowed));
        assert!(!host_may_command("null", &["null".to_owned()]));
    }
}
