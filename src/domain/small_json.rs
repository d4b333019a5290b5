//! A strict JSON reader for the reader's own small files (`tifa.json`): a
//! few hundred bytes of code where serde_json would bring tens of KB into
//! the reader's wasm. Packs are not read with it: they reach the reader
//! compiled (see `compiled`), or are checked by the pack worker.

/// A JSON value. Numbers keep their text: the configuration has none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonValue {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<JsonValue>),
    /// An object, its members in the order written.
    Object(Vec<(String, JsonValue)>),
}

/// Nesting deeper than this is refused rather than followed.
const MAX_DEPTH: usize = 32;

/// Parses one JSON document, or says where and why it is not one
/// (`line 2 column 5: expected “,” or “}”`).
pub fn parse_json(text: &str) -> Result<JsonValue, String> {
    let mut parser = Parser { text, at: 0 };
    let value = parser.value(0)?;
    parser.space();
    if parser.at < text.len() {
        return Err(parser.wrong("the end of the file"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn wrong(&self, expected: &str) -> String {
        let before = &self.text[..self.at];
        let line = before.matches('\n').count() + 1;
        let column = before.rfind('\n').map_or(before.chars().count(), |start| {
            before[start + 1..].chars().count()
        }) + 1;
        format!("line {line} column {column}: expected {expected}")
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<JsonValue, String> {
        if depth > MAX_DEPTH {
            return Err(self.wrong(&format!("at most {MAX_DEPTH} levels of nesting")));
        }
        self.space();
        match self.peek() {
            Some(b'{') => {
                self.at += 1;
                let mut members = Vec::new();
                if self.eat(b'}') {
                    return Ok(JsonValue::Object(members));
                }
                loop {
                    self.space();
                    if self.peek() != Some(b'"') {
                        return Err(self.wrong("a member name in double quotes"));
                    }
                    let name = self.string()?;
                    if !self.eat(b':') {
                        return Err(self.wrong("“:”"));
                    }
                    members.push((name, self.value(depth + 1)?));
                    if self.eat(b'}') {
                        return Ok(JsonValue::Object(members));
                    }
                    if !self.eat(b',') {
                        return Err(self.wrong("“,” or “}”"));
                    }
                }
            }
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Ok(JsonValue::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b']') {
                        return Ok(JsonValue::Array(items));
                    }
                    if !self.eat(b',') {
                        return Err(self.wrong("“,” or “]”"));
                    }
                }
            }
            Some(b'"') => self.string().map(JsonValue::String),
            Some(b'-' | b'0'..=b'9') => {
                let start = self.at;
                while matches!(
                    self.peek(),
                    Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                ) {
                    self.at += 1;
                }
                let number = &self.text[start..self.at];
                if !is_json_number(number) {
                    self.at = start;
                    return Err(self.wrong("a number"));
                }
                Ok(JsonValue::Number(number.to_owned()))
            }
            _ => {
                for (word, value) in [
                    ("true", JsonValue::Bool(true)),
                    ("false", JsonValue::Bool(false)),
                    ("null", JsonValue::Null),
                ] {
                    if self.text[self.at..].starts_with(word) {
                        self.at += word.len();
                        return Ok(value);
                    }
                }
                Err(self.wrong("a value"))
            }
        }
    }

    /// A string; `self.at` is on its opening quote.
    fn string(&mut self) -> Result<String, String> {
        self.at += 1;
        let mut text = String::new();
        loop {
            let rest = &self.text[self.at..];
            let Some(c) = rest.chars().next() else {
                return Err(self.wrong("“\"” to end the string"));
            };
            self.at += c.len_utf8();
            match c {
                '"' => return Ok(text),
                '\\' => {
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let code = self
                                .text
                                .get(self.at + 1..self.at + 5)
                                .and_then(|hex| u32::from_str_radix(hex, 16).ok());
                            // Surrogate pairs are not needed in a configuration.
                            let Some(c) = code.and_then(char::from_u32) else {
                                return Err(self.wrong("four hex digits of a character"));
                            };
                            self.at += 4;
                            c
                        }
                        _ => return Err(self.wrong("an escape such as \\n or \\\"")),
                    };
                    self.at += 1;
                    text.push(escaped);
                }
                c if c < ' ' => {
                    self.at -= 1;
                    return Err(self.wrong("no control character inside a string"));
                }
                c => text.push(c),
            }
        }
    }
}

/// Whether `text` is a number as JSON writes it, checked by its grammar
/// (parsing it as `f64` would bring float parsing into the wasm).
fn is_json_number(text: &str) -> bool {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = text.strip_prefix('-').unwrap_or(text);
    let whole = digits(rest);
    if whole == 0 || (whole > 1 && rest.starts_with('0')) {
        return false;
    }
    let mut rest = &rest[whole..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = digits(fraction);
        if n == 0 {
            return false;
        }
        rest = &fraction[n..];
    }
    if let Some(exponent) = rest.strip_prefix(['e', 'E']) {
        let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
        let n = digits(exponent);
        if n == 0 {
            return false;
        }
        rest = &exponent[n..];
    }
    rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values() {
        let value =
            parse_json(r#" {"a": [1, -2.5e3, true, false, null], "b\"\u00e9\n": {}} "#).unwrap();
        let JsonValue::Object(members) = value else {
            panic!()
        };
        assert_eq!(members[0].0, "a");
        assert_eq!(
            members[0].1,
            JsonValue::Array(vec![
                JsonValue::Number("1".into()),
                JsonValue::Number("-2.5e3".into()),
                JsonValue::Bool(true),
                JsonValue::Bool(false),
                JsonValue::Null
            ])
        );
        assert_eq!(members[1], ("b\"é\n".to_owned(), JsonValue::Object(vec![])));
    }

    #[test]
    fn errors_say_where() {
        assert_eq!(
            parse_json("{\n  \"a\": [1,]\n}").unwrap_err(),
            "line 2 column 11: expected a value"
        );
        assert_eq!(
            parse_json("{\"a\" 1}").unwrap_err(),
            "line 1 column 6: expected “:”"
        );
        assert_eq!(
            parse_json("[1] x").unwrap_err(),
            "line 1 column 5: expected the end of the file"
        );
        assert!(parse_json("\"open")
            .unwrap_err()
            .contains("to end the string"));
        assert!(parse_json("").unwrap_err().contains("expected a value"));
        assert!(parse_json(&"[".repeat(100_000))
            .unwrap_err()
            .contains("levels of nesting"));
        for bad in ["1.2.3", "01", "-", "1.", "1e", "1e+", "--1", "1-"] {
            assert!(parse_json(bad).unwrap_err().contains("a number"), "{bad}");
        }
        for good in ["0", "-0", "10", "1.5", "-2.5e3", "1E+2", "3e-7"] {
            assert_eq!(parse_json(good).unwrap(), JsonValue::Number(good.into()));
        }
        assert!(parse_json("\"a\u{1}\"")
            .unwrap_err()
            .contains("control character"));
    }
}
