//! Native (Rust) standard-library modules.
//!
//! Each module exposes `FUNCTIONS` (name, native function) and
//! `constants()`; [`lookup`] finds them by module name for the importer.

pub mod math;
pub mod time;

use crate::runtime::{NativeFn, Value};

/// A native module's functions and its constants.
pub type NativeModule = (
    &'static [(&'static str, NativeFn)],
    fn() -> Vec<(&'static str, Value)>,
);

/// Every native module, by name.
pub static MODULES: &[(&str, NativeModule)] = &[
    ("math", (math::FUNCTIONS, math::constants)),
    ("time", (time::FUNCTIONS, time::constants)),
];

/// The native module called `name`, if there is one.
pub fn lookup(name: &str) -> Option<NativeModule> {
    MODULES.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
}
