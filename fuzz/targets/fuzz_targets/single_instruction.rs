//! `single_instruction`: one specialized instruction form against its family
//! head on operands drawn from the input (the single-instruction refinement
//! property).
//!
//! The body is `quicken_interp::fuzz::targets::single_instruction`; see fuzz/README.md.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| quicken_interp::fuzz::targets::single_instruction(data));
