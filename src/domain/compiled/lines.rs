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
///
/// Reading does not stop at the first problem: the reader keeps it, and
/// every later value is an empty one (an empty string, zero, no items), so a
/// record is read field by field with no early return, and the caller asks
/// once, with [`LineReader::check`] or [`LineReader::finish`], whether it
/// all went well. (Returning a `Result` from every field made the reader's
/// wasm carry a clean-up path for each field of each record.)
#[derive(Debug)]
pub struct LineReader<'a> {
    lines: std::str::Split<'a, char>,
    line_number: usize,
    problem: Option<String>,
}

impl<'a> LineReader<'a> {
    /// A reader over `text`, whose first line must be `header`.
    pub fn new(text: &'a str, header: &str) -> Result<Self, String> {
        let mut reader = Self {
            lines: text.split('\n'),
            line_number: 0,
            problem: None,
        };
        let first = reader.raw();
        reader.check()?;
        if first.trim_end_matches('\r') != header {
            return Err(format!("the first line is “{}”, expected “{header}”", first.chars().take(40).collect::<String>()));
        }
        Ok(reader)
    }

    /// The next line as it is written; empty once there is a problem.
    fn raw(&mut self) -> &'a str {
        if self.failed() {
            return "";
        }
        self.line_number += 1;
        match self.lines.next() {
            Some(line) => line,
            None => {
                let message = format!("the text ends at line {}, before the pack does", self.line_number);
                self.fail(message);
                ""
            }
        }
    }

    /// The next line as text (unescaped).
    pub fn line(&mut self) -> String {
        let raw = self.raw();
        if !raw.contains('\\') {
            return raw.to_owned();
        }
        let mut text = String::with_capacity(raw.len());
        let mut chars = raw.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                text.push(c);
                continue;
            }
            match chars.next() {
                Some('\\') => text.push('\\'),
                Some('n') => text.push('\n'),
                Some('r') => text.push('\r'),
                Some('l') => text.push('<'),
                _ => {
                    self.wrong("an escape (\\\\, \\n, \\r or \\l)", raw);
                    return String::new();
                }
            }
        }
        text
    }

    /// The next line as a number.
    pub fn number(&mut self) -> usize {
        let raw = self.raw();
        raw.parse().unwrap_or_else(|_| {
            self.wrong("a number", raw);
            0
        })
    }

    /// The next line as space-separated numbers, exactly `N` of them.
    pub fn numbers<const N: usize>(&mut self) -> [usize; N] {
        let raw = self.raw();
        let mut values = [0; N];
        let mut parts = raw.split(' ');
        let complete = values.iter_mut().all(|value| {
            parts.next().and_then(|part| part.parse().ok()).map(|number| *value = number).is_some()
        });
        if !complete || parts.next().is_some() {
            self.wrong(&format!("{N} numbers"), raw);
            return [0; N];
        }
        values
    }

    /// A value.
    pub fn read<T: Compact>(&mut self) -> T {
        T::read(self)
    }

    /// Keeps `message` as the problem, unless there already is one: the
    /// first problem is the one to report.
    pub fn fail(&mut self, message: String) {
        if self.problem.is_none() {
            self.problem = Some(message);
        }
    }

    /// Keeps a problem about the line just read: `expected`, but `found`.
    pub fn wrong(&mut self, expected: &str, found: &str) {
        if self.failed() {
            return;
        }
        let found: String = found.chars().take(40).collect();
        let message = format!("line {}: expected {expected}, found “{found}”", self.line_number);
        self.fail(message);
    }

    /// Whether a problem has been found.
    pub fn failed(&self) -> bool {
        self.problem.is_some()
    }

    /// The first problem found so far, if any.
    pub fn check(&self) -> Result<(), String> {
        self.problem.clone().map_or(Ok(()), Err)
    }

    /// The number of the line just read.
    pub fn line_number(&self) -> usize {
        self.line_number
    }

    /// Fails with the first problem found, or unless every line has been
    /// read (a trailing empty line is the end of the last one).
    pub fn finish(mut self) -> Result<(), String> {
        self.check()?;
        match self.lines.next() {
            None => Ok(()),
            Some("") if self.lines.next().is_none() => Ok(()),
            Some(extra) => {
                self.line_number += 1;
                self.wrong("the end of the pack", extra);
                self.check()
            }
        }
    }
}

/// A value with a compiled form: written and read by the same pair of
/// functions, in the same order.
pub trait Compact: Sized {
    /// Writes the value.
    fn write(&self, out: &mut LineWriter);
    /// Reads a value written by [`Compact::write`]; after a problem (kept
    /// by the reader), an empty value.
    fn read(input: &mut LineReader) -> Self;
}

impl Compact for String {
    fn write(&self, out: &mut LineWriter) {
        out.line(self);
    }
    fn read(input: &mut LineReader) -> Self {
        input.line()
    }
}

impl Compact for usize {
    fn write(&self, out: &mut LineWriter) {
        out.line(&self.to_string());
    }
    fn read(input: &mut LineReader) -> Self {
        input.number()
    }
}

impl Compact for u16 {
    fn write(&self, out: &mut LineWriter) {
        out.line(&self.to_string());
    }
    fn read(input: &mut LineReader) -> Self {
        let value = input.number();
        u16::try_from(value).unwrap_or_else(|_| {
            input.wrong("a year", &value.to_string());
            0
        })
    }
}

impl Compact for bool {
    fn write(&self, out: &mut LineWriter) {
        out.line(if *self { "1" } else { "0" });
    }
    fn read(input: &mut LineReader) -> Self {
        match input.number() {
            0 => false,
            1 => true,
            other => {
                input.wrong("0 or 1", &other.to_string());
                false
            }
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
    fn read(input: &mut LineReader) -> Self {
        input.read::<bool>().then(|| input.read())
    }
}

impl<T: Compact> Compact for Vec<T> {
    fn write(&self, out: &mut LineWriter) {
        out.write_list(self);
    }
    fn read(input: &mut LineReader) -> Self {
        let count = input.number();
        // A damaged count must not reserve gigabytes, nor loop on, after the
        // text has run out.
        let mut items = Vec::with_capacity(count.min(1024));
        for _ in 0..count {
            if input.failed() {
                break;
            }
            items.push(input.read());
        }
        items
    }
}

/// Writes and reads a fieldless enum as its position in `ALL`.
pub fn write_choice<T: PartialEq>(out: &mut LineWriter, value: &T, all: &[T]) {
    out.write(&all.iter().position(|candidate| candidate == value).unwrap_or(0));
}

/// Reads a value written by [`write_choice`] (`all` is never empty).
pub fn read_choice<T: Copy>(input: &mut LineReader, all: &[T], what: &str) -> T {
    let index = input.number();
    all.get(index).copied().unwrap_or_else(|| {
        input.wrong(what, &index.to_string());
        all[0]
    })
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
        assert_eq!(input.read::<String>(), hostile);
        assert_eq!(input.read::<Option<usize>>(), Some(7));
        assert_eq!(input.read::<Vec<bool>>(), vec![true, false]);
        input.finish().unwrap();
    }

    /// The problem of `text` read as a `T` after the header line `h`.
    fn problem<T: Compact>(text: &str) -> String {
        let mut input = LineReader::new(text, "h").unwrap();
        input.read::<T>();
        input.finish().unwrap_err()
    }

    #[test]
    fn damage_is_reported_with_its_line() {
        assert!(LineReader::new("other 1\n", "h").unwrap_err().contains("expected “h”"));
        assert_eq!(problem::<bool>("h\n2\n"), "line 2: expected 0 or 1, found “2”");
        assert_eq!(problem::<usize>("h\nx\n"), "line 2: expected a number, found “x”");
        assert!(problem::<Vec<String>>("h\n5\n").contains("ends at line 4"));
        assert!(problem::<String>("h\nbad \\q\n").contains("an escape"));
        assert!(LineReader::new("h\nleft over\n", "h").unwrap().finish().unwrap_err().contains("the end of the pack"));
    }

    #[test]
    fn the_first_problem_is_the_one_reported_and_reading_stops_there() {
        // A count of a billion items with two lines left: the list stops
        // when the text runs out instead of making a billion empty items.
        let mut input = LineReader::new("h\n1000000000\na\nb\n", "h").unwrap();
        let items: Vec<String> = input.read();
        assert!(items.len() <= 4, "{}", items.len());
        assert_eq!(input.number(), 0);
        assert!(input.finish().unwrap_err().contains("ends at line 6"), "the trailing empty line is an item");
    }

    #[test]
    fn numbers_on_one_line() {
        let mut input = LineReader::new("h\n1 2 3\n", "h").unwrap();
        assert_eq!(input.numbers::<3>(), [1, 2, 3]);
        input.finish().unwrap();
        let mut input = LineReader::new("h\n1 2\n", "h").unwrap();
        assert_eq!(input.numbers::<3>(), [0, 0, 0]);
        assert!(input.finish().unwrap_err().contains("3 numbers"));
        let mut input = LineReader::new("h\n1 2 3 4\n", "h").unwrap();
        input.numbers::<3>();
        assert!(input.check().unwrap_err().contains("3 numbers"));
    }
}
