//! `source_bytes`: arbitrary bytes as a source file, parsed, compiled and run
//! on spec and interp under an instruction budget; must never panic, and the
//! outcomes must agree when both runs finish.
//!
//! The body is `quicken_interp::fuzz::targets::source_bytes`; see fuzz/README.md.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| quicken_interp::fuzz::targets::source_bytes(data));
