//! Prints the JSON Schema of a content pack, generated from the Rust types
//! the reader parses (`cargo run --features schema --bin tifa-schema`).

fn main() {
    println!("{}", tifa::domain::pack::pack_schema());
}
