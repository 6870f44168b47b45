//! What running a program shows the world: the thing every runner produces and
//! every comparison consumes.

use std::fmt;

/// The observable result of running one Python program to completion.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Everything the program wrote to `sys.stdout` (UTF-8; CPython's stdout
    /// encoding under `PYTHONIOENCODING=utf-8`).
    pub stdout: String,
    /// The exception that escaped the program, if any. `SystemExit` is not
    /// one: it only sets `exit_code` (and may write its message to stderr).
    pub exception: Option<ExceptionInfo>,
    /// The process exit status as the OS reports it, so always in 0..=255:
    /// 0 normally, 1 after an uncaught exception, 130 after an uncaught
    /// `KeyboardInterrupt` (CPython re-raises SIGINT), and for
    /// `sys.exit(code)`: `None` -> 0, an int -> `code & 0xff` (255 when it does
    /// not fit a C long), anything else -> 1 with `str(code)` on stderr.
    pub exit_code: i32,
    /// Everything written to `sys.stderr`, including the traceback CPython
    /// prints for an uncaught exception and the message of `sys.exit("...")`.
    pub stderr: String,
}

/// An uncaught exception, as CPython's top level reports it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExceptionInfo {
    /// The class name exactly as the last traceback line prints it: its
    /// `__qualname__`, prefixed by `module.` unless the module is `builtins`
    /// or `__main__` (`ZeroDivisionError`, `Outer.Error`, `json.decoder.JSONDecodeError`).
    pub type_name: String,
    /// What the last traceback line prints after `type_name: `: `str(exc)`,
    /// and for a `SyntaxError` its `msg`. Empty when CPython prints just the
    /// type name. Exception notes (`add_note`) are not part of it.
    pub message: String,
    /// The complete text CPython writes to stderr for the exception, chained
    /// exceptions included, from `Traceback (most recent call last):` (or a
    /// bare `  File "...", line N` block for a syntax error) to the final line.
    pub traceback: String,
}

impl Outcome {
    /// True when the outcome may legitimately differ between correct
    /// implementations, so a disagreement proves nothing: memory exhaustion
    /// depends on the allocator and the machine, not on Python's semantics.
    pub fn is_poisoned(&self) -> bool {
        self.exception
            .as_ref()
            .is_some_and(|e| e.type_name == "MemoryError")
    }
}

/// The canonical rendering used by diffs (`compare::render` at traceback level).
impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::compare::render(self, crate::Level::Traceback))
    }
}
