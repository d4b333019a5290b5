//! `tifa.json`, the host's configuration next to `index.html`: which other
//! origins may serve packs, which may drive an embedded reader, and whether
//! the reader keeps itself for offline use.

use super::error::{ContentError, ProblemList};
use super::small_json::{parse_json, JsonValue};

/// The configuration file's name, relative to `index.html`.
pub const CONFIG_FILE: &str = "tifa.json";

/// What a host allows besides its own origin.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReaderConfig {
    /// Origins (`https://example.org`) whose packs `?pack=` may load.
    pub pack_origins: Vec<String>,
    /// Origins of portals whose `postMessage` commands an embedded reader obeys.
    pub host_origins: Vec<String>,
    /// `false` turns the offline service worker off (assets/offline.js
    /// reads it before registering `sw.js`); absent means on.
    pub offline: Option<bool>,
}

/// The fields a configuration may have.
const FIELDS: [&str; 3] = ["pack_origins", "host_origins", "offline"];

/// Parses and checks a configuration file: `{"pack_origins": [...],
/// "host_origins": [...], "offline": false}`, all optional, nothing else.
pub fn parse_config(file: &str, json: &str) -> Result<ReaderConfig, Vec<ContentError>> {
    let whole_file = |message: String| vec![ContentError::about_file(file, format!("not a valid configuration: {message}"))];
    let JsonValue::Object(members) = parse_json(json).map_err(whole_file)? else {
        return Err(whole_file("it must be a JSON object such as {\"pack_origins\": [\"https://example.org\"]}".to_owned()));
    };
    let mut config = ReaderConfig::default();
    let mut problems = ProblemList::new(file);
    for (field, value) in &members {
        let origins = match field.as_str() {
            "pack_origins" => &mut config.pack_origins,
            "host_origins" => &mut config.host_origins,
            "offline" => {
                match value {
                    JsonValue::Bool(on) => config.offline = Some(*on),
                    _ => problems.add("/offline", "configuration", "expected true or false (false turns the offline copy off)"),
                }
                continue;
            }
            other => {
                problems.add(
                    format!("/{other}"),
                    "configuration",
                    format!("unknown field `{other}`, expected `{}`, `{}` or `{}`", FIELDS[0], FIELDS[1], FIELDS[2]),
                );
                continue;
            }
        };
        let JsonValue::Array(items) = value else {
            problems.add(format!("/{field}"), "configuration", "expected a list of origins such as [\"https://example.org\"]");
            continue;
        };
        for (index, item) in items.iter().enumerate() {
            match item {
                JsonValue::String(origin) if is_origin(origin) => origins.push(origin.clone()),
                JsonValue::String(origin) => problems.add(
                    format!("/{field}/{index}"),
                    "configuration",
                    format!("{origin:?} is not an origin such as https://example.org (scheme, host and optional port, no path)"),
                ),
                _ => problems.add(format!("/{field}/{index}"), "configuration", "expected an origin in double quotes"),
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
        let unknown = parse_config("tifa.json", r#"{"packs": []}"#).unwrap_err();
        assert_eq!(
            unknown[0].to_string(),
            "tifa.json: configuration: unknown field `packs`, expected `pack_origins`, `host_origins` or `offline` (at /packs)"
        );
        assert_eq!(parse_config("tifa.json", r#"{"offline": false}"#).unwrap().offline, Some(false));
        assert!(parse_config("tifa.json", r#"{"offline": "no"}"#).unwrap_err()[0].message.contains("true or false"));
        let config = parse_config("tifa.json", r#"{"pack_origins": ["https://a.org"], "host_origins": ["http://b.org:8080"]}"#).unwrap();
        assert_eq!(config.pack_origins, ["https://a.org"]);
        assert_eq!(config.host_origins, ["http://b.org:8080"]);
        assert!(parse_config("tifa.json", r#"{"pack_origins": "https://a.org"}"#).unwrap_err()[0].message.contains("a list of origins"));
        assert!(parse_config("tifa.json", r#"{"pack_origins": [1]}"#).unwrap_err()[0].message.contains("in double quotes"));
        assert!(parse_config("tifa.json", "[]").unwrap_err()[0].message.contains("must be a JSON object"));
        assert_eq!(
            parse_config("tifa.json", "{,}").unwrap_err()[0].to_string(),
            "tifa.json: not a valid configuration: line 1 column 2: expected a member name in double quotes"
        );
    }
}
