//! Reading the term base from its folder (native tools).

use std::path::Path;

use crate::domain::termbase::{load_termbase, CheckedTermBase};

/// Where the term base lives in the repository.
pub const TERMBASE_DIR: &str = "assets/termbase";

/// Every `*.json` file of a folder, sorted by name, as `(name, text)`.
pub fn read_termbase_files(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|error| format!("{}: cannot be read: {error}", dir.display()))?;
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).map_err(|error| format!("{}: cannot be read: {error}", path.display()))?;
            Ok((path.display().to_string(), text))
        })
        .collect()
}

/// The checked term base in `dir`, or every problem with it.
pub fn load_termbase_dir(dir: &Path) -> Result<CheckedTermBase, Vec<String>> {
    let files = read_termbase_files(dir).map_err(|error| vec![error])?;
    load_termbase(&files).map_err(|errors| errors.iter().map(ToString::to_string).collect())
}
