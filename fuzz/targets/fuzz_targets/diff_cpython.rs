//! `diff_cpython`: a generated Python program runs on CPython 3.11 (embedded
//! in-process), on spec and on interp; panics when spec or interp disagrees
//! with CPython.
//!
//! The body is `quicken_interp::fuzz::targets::diff_cpython`; see fuzz/README.md.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| quicken_interp::fuzz::targets::diff_cpython(data));
