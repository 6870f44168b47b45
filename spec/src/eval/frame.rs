//! Frames: the state of one Python function activation.

use crate::code::CodeObject;
use crate::runtime::{Dict, Function, Value};
use std::rc::Rc;

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Index of the instruction being executed (tracebacks, handlers).
    pub lasti: usize,
    pub stack: Vec<Value>,
    /// Fast locals, cells and free variables (`None` = unbound).
    pub fast: Vec<Option<Value>>,
    pub globals: Rc<Dict>,
    pub builtins: Rc<Dict>,
    /// The locals mapping of module and class bodies.
    pub locals: Option<Rc<Dict>>,
    pub func: Option<Rc<Function>>,
    /// Set by RERAISE / bare raise: the error must not get a new traceback entry.
    pub reraising: bool,
    /// While suspended inside `yield from`: where its loop exits (the
    /// delegate is on top of the stack).
    pub yield_from_exit: Option<u32>,
    /// A class body whose `__prepare__` returned a mapping other than a
    /// plain dict: names are read and written through its special methods.
    pub locals_mapping: Option<Value>,
    /// Set when the interpreter entered an `__init__` inline for a class
    /// call: the object to return instead of `__init__`'s None.
    pub init_self: Option<Value>,
}

impl Frame {
    pub fn new(
        code: Rc<CodeObject>,
        globals: Rc<Dict>,
        builtins: Rc<Dict>,
        locals: Option<Rc<Dict>>,
        func: Option<Rc<Function>>,
    ) -> Frame {
        let n = code.nlocalsplus();
        let mut fast = Vec::with_capacity(n);
        fast.resize(n, None);
        Frame {
            stack: Vec::with_capacity(code.max_stack as usize),
            code,
            ip: 0,
            lasti: 0,
            fast,
            globals,
            builtins,
            locals,
            func,
            reraising: false,
            yield_from_exit: None,
            locals_mapping: None,
            init_self: None,
        }
    }

    /// Re-initialize a recycled frame, keeping its allocations.
    pub fn reset(
        &mut self,
        code: Rc<CodeObject>,
        globals: Rc<Dict>,
        builtins: Rc<Dict>,
        locals: Option<Rc<Dict>>,
        func: Option<Rc<Function>>,
    ) {
        let n = code.nlocalsplus();
        self.fast.clear();
        // Pushing in a loop inlines; `resize` is an out-of-line call that
        // cost ~50 instructions per Python call (callgrind, fib).
        self.fast.reserve(n);
        for _ in 0..n {
            self.fast.push(None);
        }
        self.stack.clear();
        self.stack.reserve(code.max_stack as usize);
        self.code = code;
        self.ip = 0;
        self.lasti = 0;
        self.globals = globals;
        self.builtins = builtins;
        self.locals = locals;
        self.func = func;
        self.reraising = false;
        self.yield_from_exit = None;
        self.locals_mapping = None;
        self.init_self = None;
    }

    /// Drop references held by a finished frame.
    pub fn clear(&mut self) {
        self.stack.clear();
        self.fast.clear();
        self.locals = None;
        self.locals_mapping = None;
        self.init_self = None;
        self.func = None;
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack
            .pop()
            .expect("value stack underflow (compiler bug)")
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack
            .last()
            .expect("value stack underflow (compiler bug)")
    }

    /// The item `n` places from the top (1 = top).
    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        &self.stack[self.stack.len() - n]
    }

    /// Pop the top `n` items in stack order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len() - n;
        self.stack.split_off(at)
    }
}
