//! Running a whole program: compile, execute, and describe the outcome the
//! way CPython's top level would (stdout, uncaught exception, exit code).

use crate::compile::{compile_bytes, CompileError, CompileErrorKind};
use crate::eval::{traceback, Limits, Output, Vm};
use crate::runtime::{types, PyErr, Value};

/// An uncaught exception as CPython's top level reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uncaught {
    pub type_name: String,
    pub message: String,
    /// The full text CPython would write to stderr.
    pub traceback: String,
}

/// What a program did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunResult {
    pub stdout: Vec<u8>,
    /// Text written to stderr (the traceback, or SystemExit's message).
    pub stderr: String,
    pub exception: Option<Uncaught>,
    pub exit_code: i32,
    /// True when the run was stopped by `Limits::max_steps` (the outcome is
    /// then the budget's, not the program's).
    pub steps_exhausted: bool,
}

/// Options for one run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub limits: Limits,
    pub argv: Vec<String>,
    /// The engine's main loop; `None` runs the reference evaluator.
    pub loop_fn: Option<crate::eval::LoopFn>,
}

/// Compile and run `source` (bytes of a file named `filename`), capturing
/// stdout. Never panics on any input.
pub fn run_source(source: &[u8], filename: &str, opts: &RunOptions) -> RunResult {
    run_source_to(Output::Buffer(Vec::new()), source, filename, opts)
}

/// Like [`run_source`], writing the program's output to `out` as it runs.
pub fn run_source_to(out: Output, source: &[u8], filename: &str, opts: &RunOptions) -> RunResult {
    let code = match compile_bytes(source, filename) {
        Ok(c) => c,
        Err(e) => return compile_error_result(&e, source, filename),
    };
    run_code_to(out, code, opts)
}

/// Run compiled module code (the caller keeps the code object, for
/// instance to show its quickened form afterwards).
pub fn run_code_to(
    out: Output,
    code: std::rc::Rc<crate::code::CodeObject>,
    opts: &RunOptions,
) -> RunResult {
    let mut vm = Vm::new(out);
    vm.limits = opts.limits;
    crate::runtime::int::set_max_int_bits(opts.limits.max_int_bits);
    vm.argv = opts.argv.clone();
    if let Some(f) = opts.loop_fn {
        vm.loop_fn = f;
    }
    let result = vm.run_module(code);
    finish(&mut vm, result)
}

/// Turn a finished module run into a `RunResult`.
pub fn finish(vm: &mut Vm, result: Result<Value, PyErr>) -> RunResult {
    let (exception, exit_code, stderr) = match result {
        Ok(_) => (None, 0, String::new()),
        Err(err) => {
            if err.is_instance(&types().exc.system_exit) {
                system_exit(vm, &err)
            } else {
                let tb = traceback::format_exception(vm, &err);
                let type_name = err.class().qualname.borrow().as_str().to_string();
                let message = traceback::exception_message(vm, &err);
                (
                    Some(Uncaught {
                        type_name,
                        message,
                        traceback: tb.clone(),
                    }),
                    1,
                    tb,
                )
            }
        }
    };
    vm.out.flush();
    let stderr = std::mem::take(&mut vm.err_out) + &stderr;
    RunResult {
        stdout: vm.take_output(),
        stderr,
        exception,
        exit_code,
        steps_exhausted: vm.limits.max_steps.is_some_and(|max| vm.steps > max),
    }
}

/// CPython's handling of an uncaught SystemExit: the code, or the message
/// printed to stderr with status 1.
fn system_exit(vm: &mut Vm, err: &PyErr) -> (Option<Uncaught>, i32, String) {
    let args = err.args();
    let code = match args.items.len() {
        0 => Value::None,
        1 => args.items[0].clone(),
        _ => Value::Tuple(args.clone()),
    };
    match &code {
        Value::None => (None, 0, String::new()),
        Value::Int(i) => (None, *i as i32, String::new()),
        Value::Bool(b) => (None, *b as i32, String::new()),
        other => {
            let text = crate::runtime::ops::str_(vm, other).unwrap_or_default();
            (None, 1, format!("{text}\n"))
        }
    }
}

/// The outcome of a program that failed to compile.
pub fn compile_error_result(e: &CompileError, source: &[u8], filename: &str) -> RunResult {
    let message = e.message.replace("{file}", filename);
    let mut tb = String::new();
    if e.kind == CompileErrorKind::RecursionError {
        tb.push_str(&format!("RecursionError: {message}\n"));
    } else {
        tb.push_str(&format!("  File \"{}\", line {}\n", filename, e.line));
        let text = String::from_utf8_lossy(source);
        if let Some(line) = text.split('\n').nth(e.line.saturating_sub(1) as usize) {
            let trimmed = line.trim();
            if !trimmed.is_empty() && e.offset > 0 {
                tb.push_str(&format!("    {}\n", trimmed));
            }
        }
        tb.push_str(&format!("{}: {}\n", e.type_name(), message));
    }
    RunResult {
        stdout: Vec::new(),
        stderr: tb.clone(),
        exception: Some(Uncaught {
            type_name: e.type_name().to_string(),
            message,
            traceback: tb,
        }),
        exit_code: 1,
        steps_exhausted: false,
    }
}
