//! Whether a `?pack=` URL may be fetched: the page's own origin always, other
//! origins only when the host lists them in `tifa.json`, and only over HTTP(S)
//! (or as a `blob:` URL the page's own origin made: the authoring page's
//! preview hands the reader its draft that way).

/// The largest pack the reader fetches, so that a hostile URL cannot make it
/// download and parse without end.
pub const MAX_PACK_BYTES: usize = 5 * 1024 * 1024;

/// A `?pack=` value resolved against the page by the browser's URL parser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedUrl {
    /// The absolute URL.
    pub href: String,
    /// Its origin (`https://example.org`).
    pub origin: String,
    /// Its scheme with the colon (`https:`).
    pub protocol: String,
}

/// Why a pack URL is refused, worded for the reader.
pub fn refusal(page_origin: &str, url: &ResolvedUrl, allowed_origins: &[String]) -> Option<String> {
    let own_blob = url.protocol == "blob:" && url.origin == page_origin && page_origin != "null";
    if url.protocol != "http:" && url.protocol != "https:" && !own_blob {
        return Some(format!(
            "only http and https addresses can be loaded, not {} addresses",
            url.protocol.trim_end_matches(':')
        ));
    }
    if url.origin == page_origin || allowed_origins.iter().any(|allowed| allowed == &url.origin) {
        return None;
    }
    Some(format!(
        "packs from {} are not loaded: this reader loads packs from its own site ({page_origin}) and from the origins its host lists in tifa.json",
        url.origin
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(href: &str, origin: &str, protocol: &str) -> ResolvedUrl {
        ResolvedUrl {
            href: href.into(),
            origin: origin.into(),
            protocol: protocol.into(),
        }
    }

    #[test]
    fn same_origin_and_listed_origins_are_allowed() {
        let page = "https://reader.example";
        assert_eq!(refusal(page, &url("https://reader.example/p.json", page, "https:"), &[]), None);
        let other = url("https://packs.example/p.json", "https://packs.example", "https:");
        assert!(refusal(page, &other, &[]).unwrap().contains("packs from https://packs.example are not loaded"));
        assert_eq!(refusal(page, &other, &["https://packs.example".into()]), None);
    }

    #[test]
    fn blob_urls_only_from_the_pages_own_origin() {
        let page = "https://reader.example";
        assert_eq!(refusal(page, &url("blob:https://reader.example/7f3c", page, "blob:"), &[]), None);
        let foreign = url("blob:https://other.example/7f3c", "https://other.example", "blob:");
        assert!(refusal(page, &foreign, &["https://other.example".into()]).unwrap().contains("not blob addresses"));
        // A sandboxed or file page has an opaque origin: nothing is its own.
        assert!(refusal("null", &url("blob:null/7f3c", "null", "blob:"), &[]).is_some());
    }

    #[test]
    fn other_schemes_are_refused_even_when_the_origin_matches() {
        let page = "null";
        let script = url("javascript:alert(1)", "null", "javascript:");
        assert_eq!(
            refusal(page, &script, &["null".into()]).unwrap(),
            "only http and https addresses can be loaded, not javascript addresses"
        );
        assert!(refusal("https://r.example", &url("data:application/json,{}", "null", "data:"), &[]).is_some());
    }
}
