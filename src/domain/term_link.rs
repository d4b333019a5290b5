//! The `#term=<id>` fragment that links to a glossary entry.

/// The fragment prefix, without `#`.
const PREFIX: &str = "term=";

/// The fragment (with `#`) that opens entry `id`.
pub fn term_fragment(id: &str) -> String {
    format!("#{PREFIX}{id}")
}

/// The entry id a fragment asks for: `#term=four-consciousnesses` gives
/// `four-consciousnesses`; anything else gives `None`.
pub fn term_from_fragment(fragment: &str) -> Option<&str> {
    let id = fragment.strip_prefix('#').unwrap_or(fragment).strip_prefix(PREFIX)?;
    (!id.is_empty()).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip() {
        assert_eq!(term_from_fragment(&term_fragment("two-safeguards")), Some("two-safeguards"));
        assert_eq!(term_from_fragment("term=x"), Some("x"));
        assert_eq!(term_from_fragment("#term="), None);
        assert_eq!(term_from_fragment("#glossary"), None);
        assert_eq!(term_from_fragment(""), None);
    }
}
