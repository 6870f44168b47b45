//! Code objects: what the compiler produces and both evaluators run.

use crate::instructions::Opcode;
use crate::runtime::{Name, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// One instruction. Inline-cache slots follow adaptive instructions in the
/// same array as `CACHE` entries, so instruction offsets are identical in the
/// reference evaluator and in the quickened code of the interpreter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
}

/// Source position of an instruction (1-based lines, 0-based UTF-8 columns,
/// as CPython's `co_positions`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A protected range `[start, end)` of instruction indices: an exception
/// raised there pops the value stack to `depth`, pushes the exception and
/// continues at `target`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

/// What a fast-local slot holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotKind {
    Local,
    /// A local captured by an inner scope: MAKE_CELL wraps it at entry.
    Cell,
    /// A variable of an enclosing scope: COPY_FREE_VARS fills it.
    Free,
}

pub mod flags {
    pub const VARARGS: u32 = 0x04;
    pub const VARKEYWORDS: u32 = 0x08;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
}

/// The source text, shared by every code object compiled from it (for
/// traceback lines).
pub struct SourceFile {
    pub filename: String,
    pub text: String,
}

impl SourceFile {
    /// Line `n` (1-based), without its line ending.
    pub fn line(&self, n: u32) -> Option<&str> {
        self.text
            .split('\n')
            .nth(n.checked_sub(1)? as usize)
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
    }
}

pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub source: Rc<SourceFile>,
    pub firstlineno: u32,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub flags: u32,
    pub code: Vec<Instr>,
    pub locations: Vec<Location>,
    pub consts: Vec<Value>,
    pub names: Vec<Name>,
    /// Every fast slot: locals (arguments first), then cells that are not
    /// arguments, then free variables.
    pub localsplus: Vec<Name>,
    pub slot_kinds: Vec<SlotKind>,
    pub varnames: Vec<Name>,
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
    /// Module and class bodies use a locals mapping (LOAD_NAME/STORE_NAME).
    pub uses_locals_dict: bool,
    /// consts[0] is the docstring.
    pub has_docstring: bool,
    /// The specializing interpreter's mutable copy of `code` (CPython's
    /// `co_code_adaptive`). The reference evaluator never reads it.
    pub adaptive: AdaptiveCode,
}

/// Quickened code: the instruction array with its inline caches, rewritten
/// in place as instructions specialize and deoptimize, plus one object slot
/// per instruction for the values a cache must keep alive (a method, an
/// `__init__`, a `__getitem__`).
///
/// It lives in the code object, as in CPython, so that every function and
/// frame sharing the code shares its specializations. Cache units start at
/// 0; the interpreter defines what a unit means.
pub struct AdaptiveCode {
    pub instrs: Box<[Cell<Instr>]>,
    pub objects: Box<[RefCell<Value>]>,
}

impl AdaptiveCode {
    /// A fresh copy of `code` with every cache unit zeroed.
    pub fn new(code: &[Instr]) -> AdaptiveCode {
        AdaptiveCode {
            instrs: code.iter().map(|&i| Cell::new(i)).collect(),
            objects: code.iter().map(|_| RefCell::new(Value::Null)).collect(),
        }
    }
}

impl CodeObject {
    /// The handler protecting instruction `ip`, innermost first.
    pub fn handler_for(&self, ip: usize) -> Option<&ExceptionEntry> {
        let ip = ip as u32;
        // Entries are emitted innermost-first for nested ranges.
        self.exception_table
            .iter()
            .find(|e| e.start <= ip && ip < e.end)
    }

    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    pub fn has_varargs(&self) -> bool {
        self.flags & flags::VARARGS != 0
    }

    pub fn has_varkeywords(&self) -> bool {
        self.flags & flags::VARKEYWORDS != 0
    }

    /// Number of parameters including *args and **kwargs.
    pub fn total_args(&self) -> usize {
        self.argcount
            + self.kwonlyargcount
            + self.has_varargs() as usize
            + self.has_varkeywords() as usize
    }

    pub fn nlocalsplus(&self) -> usize {
        self.localsplus.len()
    }

    pub fn location(&self, ip: usize) -> Location {
        self.locations.get(ip).copied().unwrap_or_default()
    }
}
