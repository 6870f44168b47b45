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
