//! `tifa.json`, the host's configuration next to `index.html`: which other
//! origins may serve packs and which may drive an embedded reader.

use serde::{Deserialize, Serialize};

use super::error::{ContentError, ProblemList};

/// The configuration file's name, relative to `index.html`.
pub const CONFIG_FILE: &str = "tifa.json";

/// What a host allows besides its own origin.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReaderConfig {
    /// Origins (`https://example.org`) whose packs `?pack=` may load.
    #[serde(default)]
    pub pack_origins: Vec<String>,
    /// Origins of portals whose `postMessage` commands an embedded reader obeys.
    #[serde(default)]
    pub host_origins: Vec<String>,
}

/// Parses and checks a configuration file.
pub fn parse_config(file: &str, json: &str) -> Result<ReaderConfig, Vec<ContentError>> {
    let config: ReaderConfig = serde_json::from_str(json).map_err(|error| {
        vec![ContentError {
            file: file.to_owned(),
            pointer: String::new(),
            line_column: Some((error.line(), error.column())),
            entry: None,
            message: format!("not a valid configuration: {error}"),
        }]
    })?;
    let mut problems = ProblemList::new(file);
    for (field, origins) in [("pack_origins", &config.pack_origins), ("host_origins", &config.host_origins)] {
        for (index, origin) in origins.iter().enumerate() {
            if !is_origin(origin) {
                problems.add(
                    format!("/{field}/{index}"),
                    "configuration",
                    format!("{origin:?} is not an origin such as https://example.org (scheme, host and optional port, no path)"),
                );
            }
        }
    }
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(problems.into_errors())
    }
}

/// `http(s)://host[:port]` with nothing after it: what `URL.origin` returns.
pub fn is_origin(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://")) else {
        return false;
    };
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) if !host.ends_with(']') || rest.starts_with('[') => (host, Some(port)),
        _ => (rest, None),
    };
    !host.is_empty()
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.[]:".contains(&b))
        && port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins() {
        assert!(is_origin("https://example.org"));
        assert!(is_origin("http://127.0.0.1:8080"));
        assert!(is_origin("http://[::1]:8080"));
        assert!(!is_origin("https://example.org/"));
        assert!(!is_origin("https://example.org/packs"));
        assert!(!is_origin("example.org"));
        assert!(!is_origin("javascript:alert(1)"));
        assert!(!is_origin("https://"));
        assert!(!is_origin("https://a.org:80x"));
    }

    #[test]
    fn config_problems_name_the_entry() {
        let errors = parse_config("tifa.json", r#"{"pack_origins": ["https://ok.org", "https://bad.org/path"]}"#).unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            "tifa.json: configuration: \"https://bad.org/path\" is not an origin such as https://example.org (scheme, host and optional port, no path) (at /pack_origins/1)"
        );
        assert_eq!(parse_config("tifa.json", "{}").unwrap(), ReaderConfig::default());
        assert!(parse_config("tifa.json", r#"{"packs": []}"#).is_err());
    }
}
