//! The pack built into the app, and the shared handle components pass around.

use std::ops::Deref;
use std::rc::Rc;

use crate::domain::pack::LoadedPack;

/// Where the built-in pack lives in the repository (named in its errors).
pub const DEFAULT_PACK_FILE: &str = "assets/packs/binhai-foreign-affairs-2020.json";
/// The built-in pack: the first article, opened when no other is asked for.
/// Native only: the browser gets it compiled, in the pre-rendered page.
#[cfg(not(target_arch = "wasm32"))]
pub const DEFAULT_PACK_JSON: &str = include_str!("../assets/packs/binhai-foreign-affairs-2020.json");

/// The built-in pack checked and compiled (once per process), as the
/// pre-rendered page carries it.
#[cfg(not(target_arch = "wasm32"))]
pub fn default_pack_compiled() -> &'static str {
    static COMPILED: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    COMPILED.get_or_init(|| match crate::domain::pack::load_pack(DEFAULT_PACK_FILE, DEFAULT_PACK_JSON) {
        Ok(pack) => crate::domain::compiled::compile(&pack),
        // tests/pack_fixtures.rs proves the shipped pack valid; a broken one
        // must stop the build, not ship.
        Err(problems) => panic!("the built-in pack {DEFAULT_PACK_FILE} is invalid: {problems:?}"),
    })
}

/// A validated pack shared by the components that show it. Two handles are
/// equal when they point at the same pack, so passing one as a prop costs a
/// pointer comparison, not a walk over the article.
#[derive(Clone, Debug)]
pub struct SharedPack(Rc<LoadedPack>);

impl SharedPack {
    /// Wraps a validated pack.
    pub fn new(pack: LoadedPack) -> Self {
        Self(Rc::new(pack))
    }
}

impl PartialEq for SharedPack {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedPack {
    type Target = LoadedPack;

    fn deref(&self) -> &LoadedPack {
        &self.0
    }
}
