//! Quicken's executable specification.
//!
//! - [`instructions`]: the instruction set, declared once;
//! - [`compile`]: source to code objects;
//! - [`runtime`]: the object model and the data-model operations;
//! - [`builtins`]: the builtins module and builtin-type methods;
//! - [`eval`]: the reference evaluator, one function per instruction;
//! - [`text`]: number and string algorithms with CPython's exact results.

pub mod builtins;
pub mod code;
pub mod compile;
pub mod dis;
pub mod eval;
pub mod instructions;
pub mod modules;
pub mod run;
pub mod runtime;
pub mod text;

use runtime::PyErr;

/// The error raised when a program uses something Quicken does not support
/// yet at run time. It is a SystemError, so a conformance run reports it as a
/// disagreement instead of mistaking it for a Python-level error.
pub fn compile_unsupported(what: &str) -> PyErr {
    let t = runtime::types();
    let sys_err = t
        .exceptions
        .iter()
        .find(|e| e.name() == "SystemError")
        .unwrap_or(&t.exc.runtime_error);
    PyErr::new(sys_err, format!("{what} is not supported by Quicken yet"))
}
