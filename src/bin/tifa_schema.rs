//! Prints the JSON Schema of a content pack, or with `--termbase` of a
//! term-base file, generated from the Rust types the tools parse
//! (`cargo run --features schema --bin tifa-schema [-- --termbase]`).

fn main() {
    if std::env::args().any(|arg| arg == "--termbase") {
        println!("{}", tifa::domain::termbase::termbase_schema());
    } else {
        println!("{}", tifa::domain::pack::pack_schema());
    }
}
