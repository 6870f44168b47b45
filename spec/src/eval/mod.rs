//! The reference evaluator.
//!
//! Python frames live on an explicit stack (`Vec<Frame>`), so a Python call
//! is a push, not a Rust call: recursion depth is bounded by the recursion
//! limit, never by the Rust stack. Native code that calls back into Python
//! (a sort key, `__eq__`, `__repr__`) runs a nested loop; those re-entries
//! count towards the same limit.
//!
//! The meaning of each instruction is one function in `instructions.rs`.

pub mod call;
mod dunder;
pub mod frame;
pub mod generator;
pub mod instructions;
pub mod traceback;

pub use call::bind_arguments;
pub use dunder::{member_get, member_set, super_lookup};
pub use frame::Frame;

use crate::code::CodeObject;
use crate::runtime::exceptions::*;
use crate::runtime::*;
use std::io::Write;
use std::rc::Rc;

/// Where `print` and `sys.stdout.write` go.
pub enum Output {
    /// Collected in memory (conformance runs, tests, fuzzing).
    Buffer(Vec<u8>),
    /// Written to the process's stdout (the `quicken` command).
    Stdout(std::io::BufWriter<std::io::Stdout>),
}

impl Output {
    pub fn write_str(&mut self, s: &str) {
        match self {
            Output::Buffer(b) => b.extend_from_slice(s.as_bytes()),
            Output::Stdout(w) => {
                let _ = w.write_all(s.as_bytes());
            }
        }
    }

    pub fn flush(&mut self) {
        if let Output::Stdout(w) = self {
            let _ = w.flush();
        }
    }
}

/// What happens after an instruction.
pub enum Flow {
    Next,
    /// Enter a new Python frame (a call).
    Call(Box<Frame>),
    /// Leave the current frame with a value.
    Return(Value),
    /// Suspend the current (generator) frame, producing a value.
    Yield(Value),
}

/// How the main loop stopped.
pub enum LoopExit {
    Returned(Value),
    /// The entry frame (a generator's) yielded; it is left in the frame stack.
    Yielded(Value),
}

/// How the instructions of a frame are executed. The main loop (calls,
/// returns, unwinding, limits) is shared; only the step differs between the
/// reference evaluator and the specializing interpreter.
pub trait Executor {
    /// Execute the instruction at `frame.ip`: set `lasti`, advance `ip` past
    /// it and its caches, and perform its meaning.
    fn step(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow>;
}

/// The reference evaluator: every instruction is its generic meaning.
pub struct Reference;

impl Executor for Reference {
    #[inline(always)]
    fn step(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
        let ins = frame.code.code[frame.ip];
        frame.lasti = frame.ip;
        frame.ip += 1 + ins.op.cache_size();
        instructions::execute(vm, frame, ins.op, ins.arg)
    }
}

/// A main loop, monomorphized for one executor. Every entry into the
/// evaluator (the program, native code calling back into Python, generator
/// resumption) goes through `Vm::loop_fn`, so an engine runs all the code.
#[allow(clippy::vec_box)]
pub type LoopFn = fn(&mut Vm, &mut Vec<Box<Frame>>) -> PyResult<LoopExit>;

#[allow(clippy::vec_box)]
fn reference_loop(vm: &mut Vm, frames: &mut Vec<Box<Frame>>) -> PyResult<LoopExit> {
    vm.run_loop_with::<Reference>(frames)
}

/// Limits that end a run with a clear error instead of hanging.
#[derive(Debug, Clone, Copy, Default)]
pub struct Limits {
    /// Instruction budget.
    pub max_steps: Option<u64>,
    /// Largest int, in bits, that `**` and `<<` may produce; beyond it they
    /// raise MemoryError before computing. CPython has no such bound (it
    /// grinds through `10**281**3`); fuzzing sets one so that a single
    /// instruction cannot run for minutes.
    pub max_int_bits: Option<u64>,
}

/// Interpreter state for one program run.
pub struct Vm {
    pub builtins: Rc<Dict>,
    pub out: Output,
    pub recursion_limit: usize,
    /// Python frames plus native re-entries currently active.
    pub depth: usize,
    /// The exception currently being handled (what a bare `raise` re-raises).
    pub handled: Option<Value>,
    /// Objects whose repr is in progress (for `[...]`).
    repr_stack: Vec<usize>,
    pub limits: Limits,
    pub steps: u64,
    pub argv: Vec<String>,
    /// `__name__` of the main module (for classes made by `type(...)`).
    pub main_module_name: Value,
    /// `sys.modules`.
    pub modules: Rc<Dict>,
    /// The main script's directory: where `import` finds sibling modules.
    pub script_dir: Option<std::path::PathBuf>,
    /// What the program wrote to `sys.stderr`.
    pub err_out: String,
    /// The calling frame's namespaces, for `globals()`, `locals()`,
    /// `vars()` and `dir()` (set only when those are called).
    pub caller_namespaces: Option<(Rc<Dict>, Option<Rc<Dict>>)>,
    /// Recycled frames, to keep calls allocation-free in steady state.
    /// Boxed so that a frame moves between the pool, the frame stack and
    /// `Flow::Call` by pointer.
    #[allow(clippy::vec_box)]
    frame_pool: Vec<Box<Frame>>,
    /// The engine's main loop (the reference evaluator's unless the
    /// specializing interpreter installed its own).
    pub loop_fn: LoopFn,
}

impl Vm {
    pub fn new(out: Output) -> Vm {
        Vm {
            builtins: crate::builtins::make_builtins_dict(),
            out,
            recursion_limit: 1000,
            depth: 0,
            handled: None,
            repr_stack: Vec::new(),
            limits: Limits::default(),
            steps: 0,
            argv: Vec::new(),
            main_module_name: Value::str("__main__"),
            modules: Rc::new(Dict::new()),
            script_dir: None,
            err_out: String::new(),
            caller_namespaces: None,
            frame_pool: Vec::new(),
            loop_fn: reference_loop,
        }
    }

    /// A VM for helpers that need one only to satisfy a signature (no output).
    pub fn scratch() -> Vm {
        Vm::new(Output::Buffer(Vec::new()))
    }

    /// Captured output so far (for `Output::Buffer`).
    pub fn take_output(&mut self) -> Vec<u8> {
        match &mut self.out {
            Output::Buffer(b) => std::mem::take(b),
            Output::Stdout(w) => {
                let _ = w.flush();
                Vec::new()
            }
        }
    }

    /// Run a module's code in a fresh `__main__` namespace.
    pub fn run_module(&mut self, code: Rc<CodeObject>) -> PyResult<Value> {
        let globals = Rc::new(Dict::new());
        globals.set_str(intern("__name__"), Value::str("__main__"));
        self.modules.set_str(
            intern("__main__"),
            Value::Module(Rc::new(Module {
                name: intern("__main__"),
                dict: globals.clone(),
            })),
        );
        if self.script_dir.is_none() {
            self.script_dir = std::path::Path::new(&code.filename)
                .parent()
                .map(|p| p.to_path_buf());
        }
        globals.set_str(intern("__builtins__"), Value::Dict(self.builtins.clone()));
        globals.set_str(intern("__file__"), Value::str(&code.filename));
        globals.set_str(intern("__doc__"), Value::None);
        let frame = self.new_frame(code, globals.clone(), Some(globals), None);
        self.run_frame(frame)
    }

    /// A frame for `code`, recycled from the pool when possible.
    pub fn new_frame(
        &mut self,
        code: Rc<CodeObject>,
        globals: Rc<Dict>,
        locals: Option<Rc<Dict>>,
        func: Option<Rc<Function>>,
    ) -> Box<Frame> {
        let builtins = match &func {
            Some(f) => f.builtins.clone(),
            None => self.builtins.clone(),
        };
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, builtins, locals, func);
                f
            }
            None => Box::new(Frame::new(code, globals, builtins, locals, func)),
        }
    }

    pub fn recycle(&mut self, mut f: Box<Frame>) {
        f.clear();
        if self.frame_pool.len() < 64 {
            self.frame_pool.push(f);
        }
    }

    /// Count a re-entry into the evaluator from native code.
    pub fn enter_native(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        self.depth += 1;
        Ok(())
    }

    pub fn leave_native(&mut self) {
        self.depth -= 1;
    }

    /// Run `f` for the repr of `v`, printing `placeholder` for a container
    /// already being printed (self-reference) and raising RecursionError for
    /// nesting beyond the recursion limit.
    pub fn repr_guarded(
        &mut self,
        v: &Value,
        placeholder: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<String>,
    ) -> PyResult<String> {
        let id = v.identity();
        if self.repr_stack.contains(&id) {
            return Ok(placeholder.to_string());
        }
        if self.depth >= self.recursion_limit {
            return Err(recursion_error(
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.depth += 1;
        self.repr_stack.push(id);
        let r = f(self);
        self.repr_stack.pop();
        self.depth -= 1;
        r
    }

    /// The main loop: run `entry` and every frame it calls until `entry` returns.
    pub fn run_frame(&mut self, entry: Box<Frame>) -> PyResult<Value> {
        if self.depth >= self.recursion_limit {
            self.recycle(entry);
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        self.depth += 1;
        #[allow(clippy::vec_box)]
        let mut frames: Vec<Box<Frame>> = Vec::with_capacity(8);
        frames.push(entry);
        let result = self.run_loop(&mut frames);
        for f in frames.drain(..) {
            self.depth -= 1;
            self.recycle(f);
        }
        match result? {
            LoopExit::Returned(v) => Ok(v),
            LoopExit::Yielded(_) => Err(runtime_error("yield outside a generator frame")),
        }
    }

    #[allow(clippy::vec_box)]
    pub(crate) fn run_loop(&mut self, frames: &mut Vec<Box<Frame>>) -> PyResult<LoopExit> {
        (self.loop_fn)(self, frames)
    }

    /// The main loop over `frames` with executor `E`.
    #[allow(clippy::vec_box)]
    #[inline(always)]
    pub fn run_loop_with<E: Executor>(
        &mut self,
        frames: &mut Vec<Box<Frame>>,
    ) -> PyResult<LoopExit> {
        loop {
            let frame = frames.last_mut().expect("a frame is running");
            // Straight-line instructions of one frame run in this inner
            // loop until one calls, returns, yields or raises.
            let outcome = loop {
                if let Some(max) = self.limits.max_steps {
                    self.steps += 1;
                    if self.steps > max {
                        break Err(PyErr::new(
                            &types().exc.runtime_error,
                            format!("step limit of {max} instructions exceeded"),
                        ));
                    }
                }
                match E::step(self, frame) {
                    Ok(Flow::Next) => {}
                    other => break other,
                }
            };
            match outcome {
                Ok(Flow::Next) => {}
                Ok(Flow::Call(callee)) => {
                    if self.depth >= self.recursion_limit {
                        self.recycle(callee);
                        let err = recursion_error("maximum recursion depth exceeded");
                        self.unwind(frames, err, false)?;
                        continue;
                    }
                    self.depth += 1;
                    frames.push(callee);
                }
                Ok(Flow::Return(v)) => {
                    let mut done = frames.pop().expect("returning frame");
                    self.depth -= 1;
                    let init_self = done.init_self.take();
                    self.recycle(done);
                    // An `__init__` entered inline by the interpreter
                    // (CALL_ALLOC_AND_ENTER_INIT) hands back the new object,
                    // after the check type.__call__ makes on its result.
                    let v = match init_self {
                        None => v,
                        Some(obj) if v.is_none() => obj,
                        Some(_) => {
                            let err = type_error(format!(
                                "__init__() should return None, not '{}'",
                                type_name(&v).as_str()
                            ));
                            if frames.is_empty() {
                                return Err(err);
                            }
                            self.unwind(frames, err, false)?;
                            continue;
                        }
                    };
                    match frames.last_mut() {
                        Some(caller) => caller.stack.push(v),
                        None => return Ok(LoopExit::Returned(v)),
                    }
                }
                Ok(Flow::Yield(v)) => {
                    if frames.len() == 1 {
                        return Ok(LoopExit::Yielded(v));
                    }
                    let err = runtime_error("yield in a frame that is not a generator");
                    self.unwind(frames, err, false)?;
                }
                Err(err) => {
                    let reraise = frames.last().map(|f| f.reraising).unwrap_or(false);
                    if let Some(f) = frames.last_mut() {
                        f.reraising = false;
                    }
                    self.unwind(frames, err, reraise)?;
                }
            }
        }
    }

    /// Propagate `err` from the top frame: record the traceback, find a
    /// handler, or pop frames. Returns `Ok(None)` when a handler took it, and
    /// `Err` when it escaped every frame.
    #[allow(clippy::vec_box)]
    pub fn unwind(
        &mut self,
        frames: &mut Vec<Box<Frame>>,
        err: PyErr,
        reraise: bool,
    ) -> PyResult<()> {
        if !reraise {
            self.chain_context(&err);
        }
        let mut first = true;
        loop {
            let Some(frame) = frames.last_mut() else {
                return Err(err);
            };
            if !(first && reraise) {
                traceback::add_entry(&err, &frame.code, frame.lasti);
            }
            first = false;
            // Past the instruction budget nothing may handle the error: a
            // program that catches everything must not keep running on it.
            let out_of_steps = self.limits.max_steps.is_some_and(|max| self.steps > max);
            let handler = if out_of_steps {
                None
            } else {
                frame.code.handler_for(frame.lasti).copied()
            };
            if let Some(h) = handler {
                frame.stack.truncate(h.depth as usize);
                frame.stack.push(err.value());
                frame.ip = h.target as usize;
                return Ok(());
            }
            let done = frames.pop().expect("frame");
            self.depth -= 1;
            self.recycle(done);
            if frames.is_empty() {
                return Err(err);
            }
        }
    }

    /// Implicit chaining: an exception raised while another is handled
    /// records it as `__context__`.
    fn chain_context(&mut self, err: &PyErr) {
        let Some(handled) = &self.handled else { return };
        if handled.is(&err.value()) {
            return;
        }
        if let Some(state) = &err.exc.exc {
            if state.borrow().context.is_none() {
                // Avoid creating a cycle through the handled exception's chain.
                let mut cur = Some(handled.clone());
                let mut guard = 0;
                while let Some(c) = cur {
                    if c.is(&err.value()) || guard > 1000 {
                        return;
                    }
                    guard += 1;
                    cur = match &c {
                        Value::Instance(i) => {
                            i.exc.as_ref().and_then(|s| s.borrow().context.clone())
                        }
                        _ => None,
                    };
                }
                state.borrow_mut().context = Some(handled.clone());
            }
        }
    }

    /// Call any callable with positional and keyword arguments.
    pub fn call(&mut self, callable: &Value, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        call::call(self, callable, args, kwargs)
    }

    /// Write to stdout.
    pub fn write_out(&mut self, s: &str) {
        self.out.write_str(s);
    }
}
