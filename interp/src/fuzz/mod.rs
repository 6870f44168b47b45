//! Differential fuzzing: the checks behind `quicken fuzz`, `quicken reduce`
//! and the cargo-fuzz targets in `fuzz/targets/`, which are thin wrappers
//! over [`targets`] (TESTING.md section 3).
//!
//! - [`check`]: run one program on a reference and on candidate engines and
//!   compare the outcomes (or decide there is no verdict);
//! - [`campaign`]: the seeded stable-Rust loop of `quicken fuzz`;
//! - [`reduce`]: AST-guided shrinking of a disagreeing program;
//! - [`refine`]: one specialized form against its family head on arbitrary
//!   operands (the single-instruction refinement property);
//! - [`targets`]: one function per cargo-fuzz target.

pub mod campaign;
pub mod check;
pub mod reduce;
pub mod refine;
pub mod targets;

/// `text` with object addresses as default reprs print them (`<C object
/// at 0x7f3a...>`) replaced by `at 0x?`: they differ between any two runs,
/// so every comparison of program output masks them.
pub fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        let (head, tail) = rest.split_at(i + " at 0x".len());
        out.push_str(head);
        let digits = tail.bytes().take_while(u8::is_ascii_hexdigit).count();
        if digits > 0 {
            out.push('?');
        }
        rest = &tail[digits..];
    }
    out.push_str(rest);
    out
}
