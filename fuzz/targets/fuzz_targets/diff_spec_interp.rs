//! `diff_spec_interp`: a generated Python program (quicken-fuzzgen) runs on
//! spec and on interp in a stress mode drawn from the input; panics when the
//! outcomes differ.
//!
//! The body is `quicken_interp::fuzz::targets::diff_spec_interp`; see fuzz/README.md.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| quicken_interp::fuzz::targets::diff_spec_interp(data));
