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
}

/// Reads a host message from its `type` and its `lang` or `id` field;
/// anything else is not a command and is ignored.
pub fn parse_host_command(kind: Option<&str>, lang: Option<&str>, id: Option<&str>) -> Option<HostCommand> {
    match kind? {
        "tifa:set-mode" => lang.and_then(ReadingMode::from_param).map(HostCommand::SetMode),
        "tifa:open-term" => id.filter(|id| !id.is_empty() && id.len() <= 64).map(|id| HostCommand::OpenTerm(id.to_owned())),
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
    fn commands() {
        assert_eq!(parse_host_command(Some("tifa:set-mode"), Some("zh"), None), Some(HostCommand::SetMode(ReadingMode::Chinese)));
        assert_eq!(parse_host_command(Some("tifa:set-mode"), Some("fr"), None), None);
        assert_eq!(
            parse_host_command(Some("tifa:open-term"), None, Some("going-global")),
            Some(HostCommand::OpenTerm("going-global".into()))
        );
        assert_eq!(parse_host_command(Some("tifa:open-term"), None, Some("")), None);
        assert_eq!(parse_host_command(Some("tifa:ready"), None, None), None);
        assert_eq!(parse_host_command(None, Some("en"), None), None);
    }

    #[test]
    fn only_listed_origins_command() {
        let allowed = vec!["https://portal.example".to_owned()];
        assert!(host_may_command("https://portal.example", &allowed));
        assert!(!host_may_command("https://evil.example", &allowed));
        assert!(!host_may_command("null", &["null".to_owned()]));
    }
}
