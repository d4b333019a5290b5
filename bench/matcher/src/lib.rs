//! Nothing here: the benchmark lives in `benches/matcher.rs`.
