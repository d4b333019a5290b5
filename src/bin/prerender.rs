//! The post-build step (a Trunk hook): renders the default view with Yew's
//! server renderer into `index.html`, so that the article, both languages and
//! the glossary are in the page before any wasm runs, and the browser binary
//! hydrates it. It also replaces Trunk's inline loader script with a file, so
//! that the page runs under a Content-Security-Policy without
//! `'unsafe-inline'` (and starts without a top-level await, which can
//! freeze WebKit).
//!
//! Usage: `tifa-prerender path/to/index.html` (rewritten in place);
//! `tifa-prerender --loader-only PAGE.html` only moves the loader into a
//! file (the authoring page, which renders in the browser).

use std::process::ExitCode;

use tifa::components::App;
use tifa::content::{default_pack_compiled, DEFAULT_PACK_FILE};
use tifa::prerender::{embed_pack_data, externalize_loader, insert_prerendered};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (loader_only, path) = match args.as_slice() {
        [flag, path] if flag == "--loader-only" => (true, path.clone()),
        [path] if !path.starts_with("--") => (false, path.clone()),
        _ => {
            eprintln!("usage: tifa-prerender INDEX.html | tifa-prerender --loader-only PAGE.html");
            return ExitCode::from(2);
        }
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("tifa-prerender: cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let page = if loader_only {
        page
    } else {
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a tokio runtime");
        let body = runtime.block_on(yew::LocalServerRenderer::<App>::new().render());
        match insert_prerendered(&page, &body).and_then(|page| embed_pack_data(&page, DEFAULT_PACK_FILE, default_pack_compiled())) {
            Ok(page) => page,
            Err(problem) => {
                eprintln!("tifa-prerender: {path}: {problem}");
                return ExitCode::FAILURE;
            }
        }
    };
    let folder = std::path::Path::new(&path).parent().unwrap_or(std::path::Path::new("."));
    let page = match externalize_loader(&page) {
        Ok(Some((page, file_name, script))) => {
            if let Err(error) = std::fs::write(folder.join(&file_name), script) {
                eprintln!("tifa-prerender: cannot write {file_name}: {error}");
                return ExitCode::FAILURE;
            }
            page
        }
        Ok(None) => page,
        Err(problem) => {
            eprintln!("tifa-prerender: {path}: {problem}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = std::fs::write(&path, page) {
        eprintln!("tifa-prerender: cannot write {path}: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
