//! The compiled form's encoding: one value per line, read back in the order
//! it was written. A type says how it is written and read once
//! ([`Compact`]), so the writer and the reader cannot drift apart; the round
//! trip is tested natively for every pack in the repository.
//!
//! A string is its text with `\` written `\\`, a line break `\n`, a carriage
//! return `\r` and `<` written `\l` (so that the form can sit in a
//! `<script>` block of the page and never close it). A number is its
//! decimals, a flag `0` or `1`, an option a flag then its value, a list its
//! length then its items.

/// Writes values, one per line.
#[derive(Debug, Default)]
pub struct LineWriter {
    text: String,
}

impl LineWriter {
    /// A writer whose first line is `header`.
    pub fn new(header: &str) -> Self {
        let mut writer = Self::default();
        writer.line(header);
        writer
    }

    /// Writes one line of plain text (escaped).
    pub fn line(&mut self, value: &str) {
        for c in value.chars() {
            match c {
                '\\' => self.text.push_str("\\\\"),
                '\n' => self.text.push_str("\\n"),
                '\r' => self.text.push_str("\\r"),
                '<' => self.text.push_str("\\l"),
                other => self.text.push(other),
            }
        }
        self.text.push('\n');
    }

    /// Writes a value.
    pub fn write<T: Compact + ?Sized>(&mut self, value: &T) {
        value.write(self);
    }

    /// Writes a list, as a `Vec` of its items is written.
    pub fn write_list<T: Compact>(&mut self, items: &[T]) {
        self.write(&items.len());
        for item in items {
            self.write(item);
        }
    }

    /// The text written so far.
    pub fn finish(self) -> String {
        self.text
    }
}

/// Reads values back, one per line, and says on which line a value was
/// not what the reader expected.
#[derive(Debug)]
pub struct LineReader<'a> {
    lines: std::str::Split<'a, char>,
    line_number: usize,
}

impl<'a> LineReader<'a> {
    /// A reader over `text`, whose first line must be `header`.
    pub fn new(text: &'a str, header: &str) -> Result<Self, String> {
        let mut reader = Self {
            lines: text.split('\n'),
            line_number: 0,
        };
        let first = reader.raw()?;
        if first.trim_end_matches('\r') != header {
            return Err(format!("the first line is “{}”, expected “{header}”", first.chars().take(40).collect::<String>()));
        }
        Ok(reader)
    }

    fn raw(&mut self) -> Result<&'a str, String> {
        self.line_number += 1;
        self.lines.next().ok_or_else(|| format!("the text ends at line {}, before the pack does", self.line_number))
    }

    /// The next line as text (unescaped).
    pub fn line(&mut self) -> Result<String, String> {
        let raw = self.raw()?;
        if !raw.contains('\\') {
            return Ok(raw.to_owned());
        }
        let mut text = String::with_capacity(raw.len());
        let mut chars = raw.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                text.push(c);
                continue;
            }
            text.push(match chars.next() {
                Some('\\') => '\\',
                Some('n') => '\n',
                Some('r') => '\r',
                Some('l') => '<',
                _ => return Err(self.wrong("an escape (\\\\, \\n, \\r or \\l)", raw)),
            });
        }
        Ok(text)
    }

    /// The next line as a number.
    pub fn number(&mut self) -> Result<usize, String> {
        let raw = self.raw()?;
        raw.parse().map_err(|_| self.wrong("a number", raw))
    }

    /// The next line as space-separated numbers, exactly `N` of them.
    pub fn numbers<const N: usize>(&mut self) -> Result<[usize; N], String> {
        let raw = self.raw()?;
        let mut values = [0; N];
        let mut parts = raw.split(' ');
        for value in &mut values {
            *value = parts.next().and_then(|part| part.parse().ok()).ok_or_else(|| self.wrong(&format!("{N} numbers"), raw))?;
        }
        if parts.next().is_some() {
            return Err(self.wrong(&format!("{N} numbers"), raw));
        }
        Ok(values)
    }

    /// A value.
    pub fn read<T: Compact>(&mut self) -> Result<T, String> {
        T::read(self)
    }

    /// An error about the line just read.
    pub fn wrong(&self, expected: &str, found: &str) -> String {
        let found: String = found.chars().take(40).collect();
        format!("line {}: expected {expected}, found “{found}”", self.line_number)
    }

    /// The number of the line just read.
    pub fn line_number(&self) -> usize {
        self.line_number
    }

    /// Fails unless every line has been read (a trailing empty line is the
    /// end of the last one).
    pub fn finish(mut self) -> Result<(), String> {
        match self.lines.next() {
            None => Ok(()),
            Some("") if self.lines.next().is_none() => Ok(()),
            Some(extra) => {
                self.line_number += 1;
                Err(self.wrong("the end of the pack", extra))
            }
        }
    }
}

/// A value with a compiled form: written and read by the same pair of
/// functions, in the same order.
pub trait Compact: Sized {
    /// Writes the value.
    fn write(&self, out: &mut LineWriter);
    /// Reads a value written by [`Compact::write`].
    fn read(input: &mut LineReader) -> Result<Self, String>;
}

impl Compact for String {
    fn write(&self, out: &mut LineWriter) {
        out.line(self);
    }
    fn read(input: &mut LineReader) -> Result<Self, String> {
        input.line()
    }
}

impl Compact for usize {
    fn write(&self, out: &mut LineWriter) {
        out.line(&self.to_string());
    }
    fn read(input: &mut LineReader) -> Result<Self, String> {
        input.number()
    }
}

impl Compact for u16 {
    fn write(&self, out: &mut LineWriter) {
        out.line(&self.to_string());
    }
    fn read(input: &mut LineReader) -> Result<Self, String> {
        let value = input.number()?;
        u16::try_from(value).map_err(|_| input.wrong("a year", &value.to_string()))
    }
}

impl Compact for bool {
    fn write(&self, out: &mut LineWriter) {
        out.line(if *self { "1" } else { "0" });
    }
    fn read(input: &mut LineReader) -> Result<Self, String> {
        match input.number()? {
            0 => Ok(false),
            1 => Ok(true),
            other => Err(input.wrong("0 or 1", &other.to_string())),
        }
    }
}

impl<T: Compact> Compact for Option<T> {
    fn write(&self, out: &mut LineWriter) {
        out.write(&self.is_some());
        if let Some(value) = self {
            out.write(value);
        }
    }
    fn read(input: &mut LineReader) -> Result<Self, String> {
        if input.read::<bool>()? {
            input.read().map(Some)
        } else {
            Ok(None)
        }
    }
}

impl<T: Compact> Compact for Vec<T> {
    fn write(&self, out: &mut LineWriter) {
        out.write_list(self);
    }
    fn read(input: &mut LineReader) -> Result<Self, String> {
        let count = input.number()?;
        // A damaged count must not reserve gigabytes before failing.
        let mut items = Vec::with_capacity(count.min(1024));
        for _ in 0..count {
            items.push(input.read()?);
        }
        Ok(items)
    }
}

/// Writes and reads a fieldless enum as its position in `ALL`.
pub fn write_choice<T: PartialEq>(out: &mut LineWriter, value: &T, all: &[T]) {
    out.write(&all.iter().position(|candidate| candidate == value).unwrap_or(0));
}

/// Reads a value written by [`write_choice`].
pub fn read_choice<T: Copy>(input: &mut LineReader, all: &[T], what: &str) -> Result<T, String> {
    let index = input.number()?;
    all.get(index).copied().ok_or_else(|| input.wrong(what, &index.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_survive_line_breaks_backslashes_and_script_tags() {
        let hostile = "a\\n b\nc\r</script><script>x";
        let mut out = LineWriter::new("h");
        out.write(&hostile.to_owned());
        out.write(&Some(7usize));
        out.write(&vec![true, false]);
        let text = out.finish();
        assert!(!text.contains('<'), "{text}");
        let mut input = LineReader::new(&text, "h").unwrap();
        assert_eq!(input.read::<String>().unwrap(), hostile);
        assert_eq!(input.read::<Option<usize>>().unwrap(), Some(7));
        assert_eq!(input.read::<Vec<bool>>().unwrap(), vec![true, false]);
        input.finish().unwrap();
    }

    #[test]
    fn damage_is_reported_with_its_line() {
        assert!(LineReader::new("other 1\n", "h").unwrap_err().contains("expected “h”"));
        let mut input = LineReader::new("h\n2\nx\n", "h").unwrap();
        assert_eq!(input.read::<bool>().unwrap_err(), "line 2: expected 0 or 1, found “2”");
        assert_eq!(input.number().unwrap_err(), "line 3: expected a number, found “x”");
        let mut input = LineReader::new("h\n5\n", "h").unwrap();
        assert!(input.read::<Vec<String>>().unwrap_err().contains("ends at line 4"));
        let mut input = LineReader::new("h\nbad \\q\n", "h").unwrap();
        assert!(input.line().unwrap_err().contains("an escape"));
        let input = LineReader::new("h\nleft over\n", "h").unwrap();
        assert!(input.finish().unwrap_err().contains("the end of the pack"));
    }

    #[test]
    fn numbers_on_one_line() {
        let mut input = LineReader::new("h\n1 2 3\n1 2\n", "h").unwrap();
        assert_eq!(input.numbers::<3>().unwrap(), [1, 2, 3]);
        assert!(input.numbers::<3>().unwrap_err().contains("3 numbers"));
    }
}
