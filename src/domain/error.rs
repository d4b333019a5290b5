//! One problem found in a content file, worded for the person who wrote it.

use std::fmt;

/// A problem in a content file: which file, where in it, which entry, and what
/// is wrong. The same value is shown in the page and printed by the validator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// The file (or URL) the content came from.
    pub file: String,
    /// JSON pointer to the offending value (RFC 6901); empty for the whole file.
    pub pointer: String,
    /// Line and column (1-based) where the parser stopped, for parse errors.
    pub line_column: Option<(usize, usize)>,
    /// The entry in words, such as `paragraph p2, sentence p2.s3`.
    pub entry: Option<String>,
    /// What is wrong, as a sentence without a final full stop.
    pub message: String,
}

impl ContentError {
    /// A problem with the file as a whole: no pointer, position or entry.
    pub fn about_file(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            pointer: String::new(),
            line_column: None,
            entry: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, column)) = self.line_column {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": ")?;
        if let Some(entry) = &self.entry {
            write!(f, "{entry}: ")?;
        }
        write!(f, "{}", self.message)?;
        if !self.pointer.is_empty() {
            write!(f, " (at {})", self.pointer)?;
        }
        Ok(())
    }
}

/// Collects the problems of one file so that every check can report and go on:
/// an author fixes all of them in one pass rather than one per run.
#[derive(Debug)]
pub struct ProblemList {
    file: String,
    errors: Vec<ContentError>,
}

impl ProblemList {
    /// An empty list for `file`.
    pub fn new(file: &str) -> Self {
        Self {
            file: file.to_owned(),
            errors: Vec::new(),
        }
    }

    /// Records that the value at `pointer`, part of `entry`, is wrong.
    pub fn add(&mut self, pointer: impl Into<String>, entry: impl Into<String>, message: impl Into<String>) {
        self.errors.push(ContentError {
            file: self.file.clone(),
            pointer: pointer.into(),
            line_column: None,
            entry: Some(entry.into()),
            message: message.into(),
        });
    }

    /// The problems found, in the order they were found.
    pub fn into_errors(self) -> Vec<ContentError> {
        self.errors
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Escapes one JSON pointer segment (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn pointer_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_entry_and_pointer() {
        let mut list = ProblemList::new("pack.json");
        list.add("/article/paragraphs/1/sentences/0/zh", "paragraph p2, sentence p2.s1", "the Chinese text is empty");
        let error = &list.into_errors()[0];
        assert_eq!(
            error.to_string(),
            "pack.json: paragraph p2, sentence p2.s1: the Chinese text is empty (at /article/paragraphs/1/sentences/0/zh)"
        );
    }

    #[test]
    fn display_of_a_parse_error_has_line_and_column() {
        let error = ContentError {
            file: "a.json".into(),
            pointer: String::new(),
            line_column: Some((3, 14)),
            entry: None,
            message: "not valid JSON: trailing comma".into(),
        };
        assert_eq!(error.to_string(), "a.json:3:14: not valid JSON: trailing comma");
    }

    #[test]
    fn pointer_segments_are_escaped() {
        assert_eq!(pointer_segment("a/b~c"), "a~1b~0c");
    }
}
