//! Text algorithms with CPython's exact results, written over plain Rust types
//! (no `Value`), so they can be read and tested on their own:
//! number formatting and parsing, and the string methods.

pub mod bytesmethods;
pub mod numfmt;
pub mod strmethods;
