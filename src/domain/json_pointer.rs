//! The JSON pointer of the place where a parser stopped, found by scanning
//! the text up to that place: cheaper in the wasm build than tracking the
//! path through every deserializer.

/// One open container: an object with the key being read, or an array with
/// the index of the element being read.
enum Frame {
    Object(Option<String>),
    Array(usize),
}

/// The byte offset of a 1-based line and a 1-based byte column (as
/// serde_json reports them), clamped to the text.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = text
        .match_indices('\n')
        .nth(line.saturating_sub(2))
        .map_or(0, |(at, _)| if line >= 2 { at + 1 } else { 0 });
    (line_start + column).min(text.len())
}

/// The pointer (RFC 6901) of the innermost value open at `offset`: the key
/// or index being read there. Assumes the text up to `offset` is valid JSON
/// so far, which holds for errors about types and fields.
pub fn pointer_at(text: &str, offset: usize) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    // Whether the last thing read opened a container: serde_json reports an
    // error about a value of the wrong type (an array given for a string,
    // say) just past its opening bracket, and that error is about the value,
    // not about an element inside it.
    let mut just_opened = false;
    let mut at = 0;
    while at < end {
        let byte = bytes[at];
        if !byte.is_ascii_whitespace() {
            just_opened = byte == b'{' || byte == b'[';
        }
        match byte {
            b'"' => {
                let close = string_end(bytes, at);
                if expecting_key {
                    let key = serde_json::from_str::<String>(&text[at..close.min(bytes.len())]).unwrap_or_default();
                    if let Some(Frame::Object(slot)) = stack.last_mut() {
                        *slot = Some(key);
                    }
                    expecting_key = false;
                }
                at = close;
                continue;
            }
            b'{' => {
                stack.push(Frame::Object(None));
                expecting_key = true;
            }
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
                expecting_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(index)) => *index += 1,
                Some(Frame::Object(slot)) => {
                    *slot = None;
                    expecting_key = true;
                }
                None => {}
            },
            _ => {}
        }
        at += 1;
    }
    if just_opened {
        stack.pop();
    }
    stack
        .iter()
        .filter_map(|frame| match frame {
            Frame::Object(Some(key)) => Some(super::error::pointer_segment(key)),
            Frame::Object(None) => None,
            Frame::Array(index) => Some(index.to_string()),
        })
        .map(|segment| format!("/{segment}"))
        .collect()
}

/// The offset just past the string that starts at `start` (a `"`).
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut at = start + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return at + 1,
            _ => at += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pointer_of_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        let error = serde_json::from_str::<T>(text).unwrap_err();
        pointer_at(text, offset_of(text, error.line(), error.column()))
    }

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Pair {
        id: String,
        n: u8,
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Doc {
        items: Vec<Pair>,
    }

    #[test]
    fn wrong_types_point_at_the_value() {
        let text = "{\n  \"items\": [\n    {\"id\": \"a\", \"n\": 1},\n    {\"id\": \"中文\", \"n\": 300}\n  ]\n}";
        assert_eq!(pointer_of_error::<Doc>(text), "/items/1/n");
    }

    #[test]
    fn unknown_fields_point_at_the_key_and_missing_ones_at_the_object() {
        assert_eq!(pointer_of_error::<Doc>(r#"{"items": [{"id": "a", "n": 1, "x~/y": 2}]}"#), "/items/0/x~0~1y");
        assert_eq!(pointer_of_error::<Doc>(r#"{"items": [{"id": "a", "n": 1}, {"id": "b"}]}"#), "/items/1");
        assert_eq!(pointer_of_error::<Doc>(r#"{"items": [{"id": "a\"]", "n": "1"}]}"#), "/items/0/n");
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    enum Kind {
        #[serde(rename = "a")]
        A,
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct WithKind {
        kind: Kind,
        name: String,
    }

    #[test]
    fn a_container_given_for_a_scalar_points_at_the_field() {
        assert_eq!(pointer_of_error::<WithKind>(r#"{"kind": [], "name": "x"}"#), "/kind");
        assert_eq!(pointer_of_error::<WithKind>(r#"{"kind": "a", "name": ["x"]}"#), "/name");
        assert_eq!(pointer_of_error::<WithKind>(r#"{"kind": "a", "name": {}}"#), "/name");
    }

    #[test]
    fn offsets_count_bytes_from_the_line_start() {
        assert_eq!(offset_of("ab\ncd", 1, 2), 2);
        assert_eq!(offset_of("ab\ncd", 2, 1), 4);
        assert_eq!(offset_of("ab\ncd", 9, 9), 5);
    }
}
