//! CPython 3.11 as ground truth.
//!
//! Quicken's behaviour is defined as "what CPython 3.11 does"; this crate runs
//! a program on the real thing and reports an [`Outcome`] (stdout, stderr,
//! uncaught exception, exit code) that Quicken's own outcome is [`compare`]d
//! with. Two runners produce it:
//!
//! - [`CPython`]: CPython embedded in this process (pyo3), fast enough for
//!   fuzzing; each program gets a fresh `__main__` and the interpreter state
//!   it changed is put back afterwards.
//! - [`run_subprocess`]: `python3.11 file`, the slow, unarguable reference;
//!   the tests check the two agree.
//!
//! Both run with `PYTHONHASHSEED=0`, so hashes of str and bytes, and with them
//! set and dict-of-set orders, are deterministic.
//!
//! # Paths
//!
//! CPython turns `python3.11 rel/x.py` into `<cwd>/rel/x.py` (unnormalized)
//! for `__file__` and tracebacks. Both runners do the same to a relative path
//! before anything else and also use that absolute name as `sys.argv[0]`, so
//! they agree with each other (a shell's `python3.11 rel/x.py` would keep
//! `rel/x.py` in `sys.argv[0]`).
//!
//! # Where the runners can differ (known, accepted)
//!
//! - The subprocess runner reads the exception back from stderr: notes added
//!   with `add_note` land in its `message`, a program's own `sys.excepthook`
//!   hides the exception from it, and stderr output after the traceback
//!   (atexit handlers, `__del__`) can confuse it.
//! - The embedded runner does not `chdir` to the script's directory (the
//!   current directory is process-wide), cannot survive `os._exit`,
//!   `os.abort` or signals, leaves threads a program started running, has no
//!   timeout, and finds a stdlib module the process already imported before
//!   a same-named module in the script's directory. State it does not
//!   restore (attributes of stdlib modules, `os.environ`, ...) leaks into
//!   later programs. Finalizers at exit run in `gc.collect()`'s order, which
//!   may differ from a fresh interpreter's shutdown order.

mod compare;
mod embedded;
mod outcome;
mod subprocess;

pub use compare::{compare, render, Comparison, Level};
pub use embedded::{CPython, OracleResult};
pub use outcome::{ExceptionInfo, Outcome};
pub use subprocess::{python_version, run_subprocess};

use std::fmt;
use std::path::{Path, PathBuf};

/// Why the oracle could not produce an outcome (never a property of the
/// program: a program's failure is an [`Outcome`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OracleError {
    /// The embedded interpreter could not start, or started without the
    /// deterministic settings the oracle promises (PYTHONHASHSEED=0).
    Init(String),
    /// A path CPython cannot be given (not UTF-8, or containing NUL).
    Path(PathBuf),
    /// An operating-system failure: spawning Python, the current directory,
    /// the in-memory file the embedded runner reads the program from.
    Io(String),
    /// The oracle's own Python code failed, typically because a program broke
    /// the interpreter state in a way the oracle cannot undo.
    Driver(String),
}

impl fmt::Display for OracleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OracleError::Init(msg) => write!(f, "cannot start CPython: {msg}"),
            OracleError::Path(path) => write!(f, "unusable path for CPython: {path:?}"),
            OracleError::Io(msg) => write!(f, "oracle I/O error: {msg}"),
            OracleError::Driver(msg) => write!(f, "oracle driver failed: {msg}"),
        }
    }
}

impl std::error::Error for OracleError {}

/// The CPython 3.11 interpreter this crate was built against (PYO3_PYTHON at
/// build time, e.g. `/usr/bin/python3.11`): the subprocess runner's natural
/// argument, and the same build as the embedded library.
pub fn python_executable() -> &'static Path {
    Path::new(env!("QUICKEN_ORACLE_PYTHON"))
}

/// The file name CPython 3.11 reports for `python3.11 path` (in `__file__`,
/// tracebacks, `sys.argv[0]` here): a relative path is joined to the current
/// directory without any normalization (`./a/../x.py` stays as written).
/// Both runners use it, and so does `quicken FILE`, so outcomes agree for
/// relative paths too.
pub fn cpython_abspath(path: &Path) -> Result<PathBuf, OracleError> {
    if path.is_absolute() {
        return Ok(path.to_path_buf());
    }
    let cwd = std::env::current_dir().map_err(|e| OracleError::Io(format!("current dir: {e}")))?;
    Ok(cwd.join(path))
}
