//! CPython embedded in this process.
//!
//! Starting `python3.11` costs tens of milliseconds; running a small program
//! in an interpreter that is already up costs well under one. The price is
//! isolation: programs share one interpreter, so `driver.py` gives each a
//! fresh `__main__` and puts back the state a program may change (sys.stdout,
//! sys.path, sys.modules, builtins, the recursion limit, ...).
//!
//! The program itself is run by `PyRun_FileExFlags`, the function behind
//! `python3.11 file.py`: the file tokenizer (PEP 263 coding rules, BOM, its
//! error messages for undecodable bytes) and `<module>` at recursion depth 1,
//! so RecursionError tracebacks match too.

use crate::{cpython_abspath, python_executable, ExceptionInfo, OracleError, Outcome};
use pyo3::exceptions::PyBaseException;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyModule};
use std::ffi::CString;
use std::path::Path;
use std::process::Command;
use std::sync::{Mutex, OnceLock, PoisonError};

const DRIVER: &str = include_str!("driver.py");

/// An [`Outcome`] together with the CPython that produced it, because ground
/// truth is only ground truth for a particular version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OracleResult {
    /// What the program did.
    pub outcome: Outcome,
    /// `sys.version` of the interpreter, e.g. `3.11.2 (main, ...) [GCC 12.2.0]`.
    pub cpython_version: String,
}

/// The embedded CPython 3.11 (one per process).
///
/// `run` may be called from any number of threads; runs are serialized.
/// Call it from a thread with at least 64 MiB of stack: CPython bounds Python
/// recursion at 1000 frames, but recursion through C (repr of nested
/// containers, the parser on deeply nested source) runs on the caller's
/// stack. Do not call it while holding the GIL (inside `Python::with_gil`):
/// another thread's run may hold the oracle's lock while waiting for the GIL.
pub struct CPython {
    driver: Py<PyModule>,
    version: String,
    /// Python code releases the GIL every few milliseconds, so the GIL alone
    /// would let two runs interleave (and swap each other's sys.stdout).
    serial: Mutex<()>,
}

static INSTANCE: OnceLock<Result<CPython, OracleError>> = OnceLock::new();

impl CPython {
    /// The process's embedded interpreter, started on first use with
    /// `PYTHONHASHSEED=0` and `PYTHONDONTWRITEBYTECODE=1`. Fails, now and on
    /// every later call, if those settings did not take effect (because
    /// something in the process had started Python before) or if CPython is
    /// not 3.11.
    pub fn get() -> Result<&'static CPython, OracleError> {
        INSTANCE
            .get_or_init(CPython::start)
            .as_ref()
            .map_err(Clone::clone)
    }

    fn start() -> Result<CPython, OracleError> {
        // The reference value comes from the interpreter itself, so the check
        // holds whatever hash function this build uses.
        let expected_hash = seeded_hash_of_a()?;
        std::env::set_var("PYTHONHASHSEED", "0");
        std::env::set_var("PYTHONDONTWRITEBYTECODE", "1");
        pyo3::prepare_freethreaded_python();
        Python::with_gil(|py| {
            let init = |e: PyErr| OracleError::Init(describe(py, &e));
            let sys = py.import("sys").map_err(init)?;
            let version: String = sys
                .getattr("version")
                .and_then(|v| v.extract())
                .map_err(init)?;
            if !version.starts_with("3.11.") {
                return Err(OracleError::Init(format!("CPython {version} is not 3.11")));
            }
            let probe = (|| -> PyResult<(i64, bool, String)> {
                let flags = sys.getattr("flags")?;
                let randomized: i64 = flags.getattr("hash_randomization")?.extract()?;
                let writes: bool = sys.getattr("dont_write_bytecode")?.extract()?;
                let hash = py.eval(c"hash('a')", None, None)?.str()?.to_string();
                Ok((randomized, writes, hash))
            })();
            let (randomized, dont_write, hash) = probe.map_err(init)?;
            if randomized != 0 || hash != expected_hash {
                return Err(OracleError::Init(format!(
                    "PYTHONHASHSEED=0 did not take effect (hash_randomization={randomized}, \
                     hash('a')={hash}, expected {expected_hash}); was Python started before \
                     CPython::get()?"
                )));
            }
            if !dont_write {
                return Err(OracleError::Init(
                    "PYTHONDONTWRITEBYTECODE=1 did not take effect".to_owned(),
                ));
            }
            let code = CString::new(DRIVER).map_err(|e| OracleError::Init(e.to_string()))?;
            let driver = PyModule::from_code(
                py,
                &code,
                c"<quicken-oracle-driver>",
                c"quicken_oracle_driver",
            )
            .map_err(init)?;
            Ok(CPython {
                driver: driver.unbind(),
                version,
                serial: Mutex::new(()),
            })
        })
    }

    /// `sys.version` of the embedded interpreter.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Runs `source` as `python3.11 path` would if the file at `path` held
    /// exactly `source` (encoded as UTF-8). `path` only names the program (in
    /// tracebacks, `__file__`, `sys.argv`) and locates its directory, which is
    /// put first on `sys.path`; the file need not exist.
    pub fn run(&self, source: &str, path: &Path) -> Result<OracleResult, OracleError> {
        self.run_bytes(source.as_bytes(), path)
    }

    /// Like [`CPython::run`] for a file's raw bytes: decoding follows what
    /// `python3.11 path` does with a file (BOM, PEP 263 coding declaration,
    /// UTF-8 by default), including its SyntaxError messages for bytes that do
    /// not decode.
    pub fn run_bytes(&self, source: &[u8], path: &Path) -> Result<OracleResult, OracleError> {
        let filename = cpython_abspath(path)?;
        let name = filename
            .to_str()
            .ok_or_else(|| OracleError::Path(filename.clone()))?;
        let c_name = CString::new(name).map_err(|_| OracleError::Path(filename.clone()))?;
        // Before any interpreter state changes, so an I/O failure has nothing to undo.
        let file = SourceFile::new(source)?;
        let _serial = self.serial.lock().unwrap_or_else(PoisonError::into_inner);
        Python::with_gil(|py| {
            let driver = |e: PyErr| OracleError::Driver(describe(py, &e));
            let run = self
                .driver
                .bind(py)
                .getattr("begin")
                .and_then(|begin| begin.call1((PyBytes::new(py, source), name)))
                .map_err(driver)?;
            // Whatever happens, `finish` must run: it restores the interpreter.
            let exc = run
                .getattr("globals")
                .and_then(|g| g.downcast_into::<PyDict>().map_err(PyErr::from))
                .map(|globals| file.run(py, &c_name, &globals));
            let (exc, setup_error) = match exc {
                Ok(exc) => (exc, None),
                Err(e) => (None, Some(driver(e))),
            };
            let finished = run.call_method1("finish", (exc,)).map_err(driver);
            if let Some(err) = setup_error {
                return Err(err);
            }
            type Finished<'py> = (
                Bound<'py, PyBytes>,
                Bound<'py, PyBytes>,
                i32,
                Option<(String, String, String)>,
            );
            let (stdout, stderr, exit_code, exception) =
                finished?.extract::<Finished<'_>>().map_err(driver)?;
            let text = |b: Bound<'_, PyBytes>| String::from_utf8_lossy(b.as_bytes()).into_owned();
            let (stdout, stderr) = (text(stdout), text(stderr));
            let exception = exception.map(|(type_name, message, traceback)| ExceptionInfo {
                type_name,
                message,
                traceback,
            });
            Ok(OracleResult {
                outcome: Outcome {
                    stdout,
                    exception,
                    exit_code,
                    stderr,
                },
                cpython_version: self.version.clone(),
            })
        })
    }
}

/// The program's bytes in an anonymous temporary file, because the file
/// tokenizer wants a `FILE*` with a real descriptor (for a non-UTF-8 coding
/// declaration it reopens the descriptor through `io.open`).
struct SourceFile(*mut libc::FILE);

impl SourceFile {
    fn new(source: &[u8]) -> Result<SourceFile, OracleError> {
        let io_error =
            |what: &str| OracleError::Io(format!("{what}: {}", std::io::Error::last_os_error()));
        // SAFETY: tmpfile has no preconditions; a null result is checked.
        let fp = unsafe { libc::tmpfile() };
        if fp.is_null() {
            return Err(io_error("tmpfile"));
        }
        let file = SourceFile(fp);
        // SAFETY: fp is a valid, open FILE*; the buffer is valid for its length.
        let written = unsafe { libc::fwrite(source.as_ptr().cast(), 1, source.len(), fp) };
        // SAFETY: fp is a valid, open FILE*.
        if written != source.len() || unsafe { libc::fseek(fp, 0, libc::SEEK_SET) } != 0 {
            return Err(io_error("writing the program to a temporary file"));
        }
        Ok(file)
    }

    /// Runs the file in `globals` and returns the exception that escaped.
    fn run(
        self,
        py: Python<'_>,
        filename: &CString,
        globals: &Bound<'_, PyDict>,
    ) -> Option<Py<PyBaseException>> {
        let fp = self.0;
        std::mem::forget(self); // closeit=1: CPython closes the FILE*.
                                // SAFETY: the GIL is held (py), fp is an open FILE* positioned at its
                                // start, filename is NUL-terminated, globals is a dict that outlives
                                // the call; flags may be null.
        let result = unsafe {
            pyo3::ffi::PyRun_FileExFlags(
                fp,
                filename.as_ptr(),
                pyo3::ffi::Py_file_input,
                globals.as_ptr(),
                globals.as_ptr(),
                1,
                std::ptr::null_mut(),
            )
        };
        if result.is_null() {
            let err = PyErr::take(py)?;
            Some(err.into_value(py))
        } else {
            // SAFETY: a non-null result is a new reference we own.
            unsafe { pyo3::ffi::Py_DECREF(result) };
            None
        }
    }
}

impl Drop for SourceFile {
    fn drop(&mut self) {
        // SAFETY: self.0 is an open FILE* not handed to CPython (run forgets self).
        unsafe { libc::fclose(self.0) };
    }
}

/// A Python error with its traceback, for messages about the oracle itself.
fn describe(py: Python<'_>, err: &PyErr) -> String {
    let traceback = err
        .traceback(py)
        .and_then(|tb| tb.format().ok())
        .unwrap_or_default();
    format!("{traceback}{err}")
}

/// `hash('a')` as `python3.11` prints it under PYTHONHASHSEED=0.
fn seeded_hash_of_a() -> Result<String, OracleError> {
    let python = python_executable();
    let output = Command::new(python)
        .args(["-c", "print(hash('a'))"])
        .env("PYTHONHASHSEED", "0")
        .output()
        .map_err(|e| OracleError::Init(format!("cannot run {}: {e}", python.display())))?;
    let hash = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    if !output.status.success() || hash.is_empty() {
        return Err(OracleError::Init(format!(
            "{} -c \"print(hash('a'))\" failed: {}",
            python.display(),
            String::from_utf8_lossy(&output.stderr)
        )));
    }
    Ok(hash)
}
