//! Helpers shared by the integration tests (a module, not a test target).

use proptest::test_runner::Config as ProptestConfig;

/// Cases per property: `TIFA_FUZZ_CASES`, else 256. No failure files are
/// written: a failure prints its minimal input instead.
pub fn fuzz_config() -> ProptestConfig {
    let cases = std::env::var("TIFA_FUZZ_CASES")
        .ok()
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}
