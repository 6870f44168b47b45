//! Code generation: AST to instructions, one `Unit` per code object.
//!
//! The shapes follow CPython 3.12/3.13's compiler, so that the instruction
//! stream (and therefore what the specializer sees) is familiar: calls push
//! `callable, self_or_null, args...`; conditions go through TO_BOOL before a
//! POP_JUMP; `try` blocks use zero-cost handler ranges with PUSH_EXC_INFO /
//! POP_EXCEPT; `break`, `continue` and `return` unwind a stack of frame blocks
//! (loops, handlers, finally bodies) exactly once each.

use super::assemble::{assemble, Handler, Label, Pending};
use super::symtable::{NameScope, ScopeKind, SymbolTable};
use super::{CompileError, LineIndex, Location0, MAX_NESTING};
use crate::code::{flags, CodeObject, Location, SlotKind, SourceFile};
use crate::instructions::{BinOp, CmpOp, Opcode};
use crate::runtime::{intern, Name, Value};
use num_bigint::BigInt;
use rustpython_parser::ast::{self, Ranged};
use std::collections::HashMap;
use std::rc::Rc;

use Opcode::*;

/// A hashable identity for constants, so equal constants share a slot while
/// 0, 0.0, -0.0 and False stay distinct.
#[derive(Hash, PartialEq, Eq, Clone)]
enum ConstKey {
    None,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Str(String),
    Ellipsis,
    Tuple(Vec<ConstKey>),
    /// Code objects are never shared.
    Unique(usize),
}

/// What `break`/`continue`/`return` must undo when leaving a block.
#[derive(Clone)]
enum FBlock<'a> {
    WhileLoop {
        continue_to: Label,
        break_to: Label,
    },
    /// The iterator sits on the stack.
    ForLoop {
        continue_to: Label,
        break_to: Label,
    },
    /// A `with` body: the bound `__exit__` is on the stack.
    With {
        handler: usize,
    },
    /// A protected `try` body.
    TryExcept {
        handler: usize,
    },
    /// A `try` body whose `finally` must run on the way out.
    FinallyTry {
        handler: usize,
        body: &'a [ast::Stmt],
    },
    /// Running the `finally` body after an exception: `prev_exc, exc` on the stack.
    FinallyEnd {
        handler: usize,
    },
    /// An `except` section: `prev_exc` on the stack.
    ExceptSection {
        handler: usize,
    },
    /// An `except` body; named ones clear the name and have their own cleanup.
    HandlerBody {
        name: Option<String>,
        handler: Option<usize>,
    },
    /// A value to discard (a pending return value under a finally body).
    PopValue,
}

struct Unit<'a> {
    scope: usize,
    name: String,
    qualname: String,
    firstlineno: u32,
    instrs: Vec<Pending>,
    labels: Vec<Option<usize>>,
    consts: Vec<Value>,
    const_index: HashMap<ConstKey, u32>,
    names: Vec<Name>,
    name_index: HashMap<String, u32>,
    localsplus: Vec<String>,
    slot_kinds: Vec<SlotKind>,
    slot_index: HashMap<String, u32>,
    argcount: usize,
    posonlyargcount: usize,
    kwonlyargcount: usize,
    flags: u32,
    handlers: Vec<Handler>,
    handler_stack: Vec<usize>,
    fblocks: Vec<FBlock<'a>>,
    loc: Location,
    has_docstring: bool,
    /// The class whose private names (`__x`) this unit mangles.
    private: Option<String>,
    nvarnames: usize,
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    lines: &'a LineIndex,
    file: Rc<SourceFile>,
    units: Vec<Unit<'a>>,
    depth: usize,
    unique: usize,
    /// `from __future__ import annotations`: annotations are kept as strings.
    future_annotations: bool,
}

type R<T = ()> = Result<T, CompileError>;

pub fn compile_module(
    body: &[ast::Stmt],
    table: &SymbolTable,
    lines: &LineIndex,
    file: Rc<SourceFile>,
) -> Result<Rc<CodeObject>, CompileError> {
    let mut c = Compiler {
        table,
        lines,
        file,
        units: Vec::new(),
        depth: 0,
        unique: 0,
        future_annotations: false,
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1);
    if has_annotations(body) {
        c.emit(SETUP_ANNOTATIONS, 0);
    }
    c.body(body)?;
    c.emit_const_return(Value::None);
    c.finish_unit()
}

/// Compile `[Expr(e)]` as code that returns the value of `e` (for eval()).
pub fn compile_expression(
    body: &[ast::Stmt],
    table: &SymbolTable,
    lines: &LineIndex,
    file: Rc<SourceFile>,
) -> Result<Rc<CodeObject>, CompileError> {
    let mut c = Compiler {
        table,
        lines,
        file,
        units: Vec::new(),
        depth: 0,
        unique: 0,
        future_annotations: false,
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1);
    if let [ast::Stmt::Expr(e)] = body {
        c.expr(&e.value)?;
        c.emit(RETURN_VALUE, 0);
    }
    c.finish_unit()
}

impl<'a> Compiler<'a> {
    // ------------------------------------------------------------ units

    fn push_unit(&mut self, scope: usize, name: String, qualname: String, firstlineno: u32) {
        let sc = &self.table.scopes[scope];
        let mut u = Unit {
            scope,
            name,
            qualname,
            firstlineno,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            localsplus: Vec::new(),
            slot_kinds: Vec::new(),
            slot_index: HashMap::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            loc: Location {
                line: firstlineno,
                end_line: firstlineno,
                col: 0,
                end_col: 0,
            },
            has_docstring: false,
            private: None,
            nvarnames: 0,
        };
        if sc.is_function_like() {
            // Parameters first, then other locals in first-appearance order.
            for p in &sc.params {
                u.add_slot(p, SlotKind::Local);
            }
            for (name, _) in &sc.symbols {
                if matches!(
                    sc.resolved.get(name),
                    Some(NameScope::Local) | Some(NameScope::Cell)
                ) {
                    u.add_slot(name, SlotKind::Local);
                }
            }
            u.nvarnames = u.localsplus.len();
        }
        for cell in &sc.cellvars {
            if let Some(&i) = u.slot_index.get(cell) {
                u.slot_kinds[i as usize] = SlotKind::Cell;
            } else {
                u.add_slot(cell, SlotKind::Cell);
            }
        }
        for free in &sc.freevars {
            u.add_slot(free, SlotKind::Free);
        }
        u.private = match sc.kind {
            ScopeKind::Class => Some(u.name.clone()),
            _ => self.units.last().and_then(|p| p.private.clone()),
        };
        self.units.push(u);
        // Prologue: cells and free variables.
        let cells: Vec<u32> = {
            let u = self.unit();
            (0..u.localsplus.len())
                .filter(|&i| u.slot_kinds[i] == SlotKind::Cell)
                .map(|i| i as u32)
                .collect()
        };
        for i in cells {
            self.emit(MAKE_CELL, i);
        }
        let nfree = self.table.scopes[scope].freevars.len();
        if nfree > 0 {
            self.emit(COPY_FREE_VARS, nfree as u32);
        }
    }

    fn finish_unit(&mut self) -> Result<Rc<CodeObject>, CompileError> {
        let u = self.units.pop().expect("unit");
        let asm = assemble(&u.instrs, &u.labels, &u.handlers)?;
        let sc = &self.table.scopes[u.scope];
        let localsplus: Vec<Name> = u.localsplus.iter().map(|s| intern(s)).collect();
        let varnames = localsplus[..u.nvarnames].to_vec();
        Ok(Rc::new(CodeObject {
            adaptive: crate::code::AdaptiveCode::new(&asm.code),
            name: u.name,
            qualname: u.qualname,
            filename: self.file.filename.clone(),
            source: self.file.clone(),
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags | if sc.is_generator { flags::GENERATOR } else { 0 },
            code: asm.code,
            locations: asm.locations,
            consts: u.consts,
            names: u.names,
            localsplus,
            slot_kinds: u.slot_kinds,
            varnames,
            exception_table: asm.exception_table,
            max_stack: asm.max_stack,
            uses_locals_dict: matches!(sc.kind, ScopeKind::Module | ScopeKind::Class),
            has_docstring: u.has_docstring,
        }))
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    fn scope(&self) -> &'a super::symtable::Scope {
        let idx = self.units.last().expect("unit").scope;
        &self.table.scopes[idx]
    }

    // ------------------------------------------------------------ emission

    fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.unit();
        let handler = u.handler_stack.last().copied();
        let loc = u.loc;
        u.instrs.push(Pending {
            op,
            arg,
            target: None,
            loc,
            handler,
        });
    }

    fn emit_jump(&mut self, op: Opcode, target: Label) {
        let u = self.unit();
        let handler = u.handler_stack.last().copied();
        let loc = u.loc;
        u.instrs.push(Pending {
            op,
            arg: 0,
            target: Some(target),
            loc,
            handler,
        });
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        u.labels.len() - 1
    }

    fn bind_label(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l] = Some(u.instrs.len());
    }

    /// Start protecting the following instructions with a handler at `label`.
    fn push_handler(&mut self, label: Label) -> usize {
        let u = self.unit();
        u.handlers.push(Handler {
            label,
            setup_at: u.instrs.len(),
            depth_adjust: 0,
        });
        let h = u.handlers.len() - 1;
        u.handler_stack.push(h);
        h
    }

    fn pop_handler(&mut self, h: usize) {
        let popped = self.unit().handler_stack.pop();
        debug_assert_eq!(popped, Some(h));
    }

    fn set_loc(&mut self, range: ast::text_size::TextRange) -> Location {
        let new = self.lines.span(range);
        std::mem::replace(&mut self.unit().loc, new)
    }

    fn restore_loc(&mut self, loc: Location) {
        self.unit().loc = loc;
    }

    fn at(&self, range: ast::text_size::TextRange) -> Location0 {
        self.lines.location(range)
    }

    fn add_const(&mut self, v: Value, key: ConstKey) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.const_index.get(&key) {
            return i;
        }
        u.consts.push(v);
        let i = (u.consts.len() - 1) as u32;
        u.const_index.insert(key, i);
        i
    }

    fn const_value(&mut self, c: &ast::Constant) -> (Value, ConstKey) {
        match c {
            ast::Constant::None => (Value::None, ConstKey::None),
            ast::Constant::Bool(b) => (Value::Bool(*b), ConstKey::Bool(*b)),
            ast::Constant::Str(s) => (Value::Str(intern_if_short(s)), ConstKey::Str(s.clone())),
            ast::Constant::Int(i) => (Value::from_bigint(i.clone()), ConstKey::Int(i.clone())),
            ast::Constant::Float(f) => (Value::Float(*f), ConstKey::Float(f.to_bits())),
            ast::Constant::Ellipsis => (Value::Ellipsis, ConstKey::Ellipsis),
            ast::Constant::Tuple(items) => {
                let (vals, keys): (Vec<Value>, Vec<ConstKey>) =
                    items.iter().map(|c| self.const_value(c)).unzip();
                (Value::tuple(vals), ConstKey::Tuple(keys))
            }
            ast::Constant::Bytes(b) => {
                self.unique += 1;
                (
                    crate::builtins::bytes_value(b.clone()),
                    ConstKey::Unique(self.unique),
                )
            }
            ast::Constant::Complex { .. } => {
                self.unique += 1;
                (Value::None, ConstKey::Unique(self.unique))
            }
        }
    }

    fn load_const(&mut self, v: Value) {
        let key = match &v {
            Value::None => ConstKey::None,
            Value::Bool(b) => ConstKey::Bool(*b),
            Value::Int(i) => ConstKey::Int(BigInt::from(*i)),
            Value::Str(s) => ConstKey::Str(s.as_str().to_string()),
            _ => {
                self.unique += 1;
                ConstKey::Unique(self.unique)
            }
        };
        let i = self.add_const(v, key);
        self.emit(LOAD_CONST, i);
    }

    fn emit_const_return(&mut self, v: Value) {
        let key = match &v {
            Value::None => ConstKey::None,
            _ => {
                self.unique += 1;
                ConstKey::Unique(self.unique)
            }
        };
        let i = self.add_const(v, key);
        self.emit(RETURN_CONST, i);
    }

    /// CPython's private-name mangling: `__x` inside class `C` is `_C__x`.
    fn mangle(&self, name: &str) -> String {
        let Some(class) = self.units.last().and_then(|u| u.private.as_deref()) else {
            return name.to_string();
        };
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.to_string();
        }
        let class = class.trim_start_matches('_');
        if class.is_empty() {
            return name.to_string();
        }
        format!("_{class}{name}")
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        let name = mangled.as_str();
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        u.names.push(intern(name));
        let i = (u.names.len() - 1) as u32;
        u.name_index.insert(name.to_string(), i);
        i
    }

    fn enter(&mut self, range: ast::text_size::TextRange) -> R {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(CompileError::recursion(self.at(range)));
        }
        Ok(())
    }

    // ------------------------------------------------------------ names

    fn load_name(&mut self, name: &str) {
        self.name_op(name, Access::Load);
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, Access::Store);
    }

    fn delete_name(&mut self, name: &str) {
        self.name_op(name, Access::Delete);
    }

    /// Emit the instruction that loads, stores or deletes `name`, chosen by
    /// where the symbol table says the name lives.
    fn name_op(&mut self, name: &str, access: Access) {
        let sc = self.scope();
        let func_like = sc.is_function_like();
        let place = match sc.lookup(name) {
            NameScope::Local if func_like => Place::Fast,
            NameScope::Cell | NameScope::Free if func_like => Place::Deref,
            NameScope::GlobalExplicit => Place::Global,
            NameScope::GlobalImplicit if func_like => Place::Global,
            // A class body reads free names from its namespace first.
            NameScope::Free if sc.kind == ScopeKind::Class && access == Access::Load => {
                Place::ClassDeref
            }
            _ => Place::Name,
        };
        let op = match (place, access) {
            (Place::Fast, Access::Load) => LOAD_FAST_CHECK,
            (Place::Fast, Access::Store) => STORE_FAST,
            (Place::Fast, Access::Delete) => DELETE_FAST,
            (Place::Deref, Access::Load) => LOAD_DEREF,
            (Place::Deref, Access::Store) => STORE_DEREF,
            (Place::Deref, Access::Delete) => DELETE_DEREF,
            (Place::ClassDeref, _) => LOAD_FROM_DICT_OR_DEREF,
            (Place::Global, Access::Load) => LOAD_GLOBAL,
            (Place::Global, Access::Store) => STORE_GLOBAL,
            (Place::Global, Access::Delete) => DELETE_GLOBAL,
            (Place::Name, Access::Load) => LOAD_NAME,
            (Place::Name, Access::Store) => STORE_NAME,
            (Place::Name, Access::Delete) => DELETE_NAME,
        };
        let arg = match place {
            Place::Fast | Place::Deref | Place::ClassDeref => self.unit().slot_index[name],
            Place::Global | Place::Name => self.name_idx(name),
        };
        // LOAD_GLOBAL keeps its "push NULL" bit in the low bit of the oparg.
        self.emit(op, if op == LOAD_GLOBAL { arg << 1 } else { arg });
    }

    // ------------------------------------------------------------ statements

    fn body(&mut self, body: &'a [ast::Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a ast::Stmt) -> R {
        self.enter(s.range())?;
        let saved = self.set_loc(s.range());
        let r = self.stmt_inner(s);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a ast::Stmt) -> R {
        use ast::Stmt::*;
        match s {
            Expr(e) => {
                self.expr(&e.value)?;
                self.emit(POP_TOP, 0);
            }
            Pass(_) => self.emit(NOP, 0),
            Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(COPY, 1);
                    }
                    self.store_target(t)?;
                }
            }
            AugAssign(a) => self.aug_assign(a)?,
            AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                let kind = self.scope().kind;
                if a.simple && matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                    // __annotations__[name] = annotation
                    if let ast::Expr::Name(n) = &*a.target {
                        self.annotation(&a.annotation)?;
                        self.load_name("__annotations__");
                        self.load_const(Value::Str(intern(&n.id)));
                        self.emit(STORE_SUBSCR, 0);
                    }
                } else if a.value.is_some() {
                } else {
                    // An annotation alone evaluates nothing we model.
                    match &*a.target {
                        ast::Expr::Attribute(at) => {
                            self.expr(&at.value)?;
                            self.emit(POP_TOP, 0);
                        }
                        ast::Expr::Subscript(sb) => {
                            self.expr(&sb.value)?;
                            self.emit(POP_TOP, 0);
                            self.expr(&sb.slice)?;
                            self.emit(POP_TOP, 0);
                        }
                        _ => {}
                    }
                }
            }
            Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            If(i) => {
                let end = self.new_label();
                let else_ = self.new_label();
                self.jump_if(&i.test, false, else_)?;
                self.body(&i.body)?;
                if !i.orelse.is_empty() {
                    self.emit_jump(JUMP_FORWARD, end);
                }
                self.bind_label(else_);
                self.body(&i.orelse)?;
                self.bind_label(end);
            }
            While(w) => {
                self.check_block_depth(w.range)?;
                let start = self.new_label();
                let else_ = self.new_label();
                let end = self.new_label();
                self.bind_label(start);
                self.jump_if(&w.test, false, else_)?;
                self.unit().fblocks.push(FBlock::WhileLoop {
                    continue_to: start,
                    break_to: end,
                });
                self.body(&w.body)?;
                self.unit().fblocks.pop();
                self.emit_jump(JUMP_BACKWARD, start);
                self.bind_label(else_);
                self.body(&w.orelse)?;
                self.bind_label(end);
            }
            For(f) => {
                self.check_block_depth(f.range)?;
                let start = self.new_label();
                let exhausted = self.new_label();
                let end = self.new_label();
                self.expr(&f.iter)?;
                self.emit(GET_ITER, 0);
                self.bind_label(start);
                self.emit_jump(FOR_ITER, exhausted);
                self.store_target(&f.target)?;
                self.unit().fblocks.push(FBlock::ForLoop {
                    continue_to: start,
                    break_to: end,
                });
                self.body(&f.body)?;
                self.unit().fblocks.pop();
                let saved = self.set_loc(f.iter.range());
                self.emit_jump(JUMP_BACKWARD, start);
                self.restore_loc(saved);
                self.bind_label(exhausted);
                self.body(&f.orelse)?;
                self.bind_label(end);
            }
            Break(b) => {
                let lp = self.unwind(false, true)?;
                match lp {
                    Some(FBlock::WhileLoop { break_to, .. }) => {
                        self.emit_jump(JUMP_FORWARD, break_to)
                    }
                    Some(FBlock::ForLoop { break_to, .. }) => {
                        self.emit(POP_TOP, 0);
                        self.emit_jump(JUMP_FORWARD, break_to);
                    }
                    _ => {
                        return Err(CompileError::syntax(
                            "'break' outside loop",
                            self.at(b.range),
                        ))
                    }
                }
            }
            Continue(c) => {
                let lp = self.unwind(false, true)?;
                match lp {
                    Some(FBlock::WhileLoop { continue_to, .. })
                    | Some(FBlock::ForLoop { continue_to, .. }) => {
                        self.emit_jump(JUMP_BACKWARD, continue_to)
                    }
                    _ => {
                        return Err(CompileError::syntax(
                            "'continue' not properly in loop",
                            self.at(c.range),
                        ))
                    }
                }
            }
            Return(r) => {
                if !self.scope().is_function_like() {
                    return Err(CompileError::syntax(
                        "'return' outside function",
                        self.at(r.range),
                    ));
                }
                match &r.value {
                    Some(v) => {
                        self.expr(v)?;
                        let has_blocks = !self.unit().fblocks.is_empty();
                        if has_blocks {
                            self.unwind(true, false)?;
                        }
                        self.emit(RETURN_VALUE, 0);
                    }
                    None => {
                        self.unwind(false, false)?;
                        self.emit_const_return(Value::None);
                    }
                }
            }
            FunctionDef(f) => self.function_def(f)?,
            Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(RAISE_VARARGS, n);
            }
            Try(t) => {
                self.check_block_depth(t.range)?;
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.emit(PUSH_NULL, 0);
                    self.expr(m)?;
                    self.emit(CALL, 1);
                }
                self.emit(RAISE_VARARGS, 1);
                self.bind_label(end);
            }
            Global(_) | Nonlocal(_) => {}
            ClassDef(c) => self.class_def(c)?,
            With(w) => {
                self.check_block_depth(w.range)?;
                self.with_stmt(&w.items, &w.body)?
            }
            Import(i) => {
                for alias in &i.names {
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let n = self.name_idx(&alias.name);
                    self.emit(IMPORT_NAME, n);
                    match &alias.asname {
                        Some(asname) => {
                            for part in alias.name.split('.').skip(1) {
                                let p = self.name_idx(part);
                                self.emit(IMPORT_FROM, p);
                                self.emit(SWAP, 2);
                                self.emit(POP_TOP, 0);
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let top = alias.name.split('.').next().unwrap_or("");
                            self.store_name(top);
                        }
                    }
                }
            }
            ImportFrom(i) => self.import_from(i)?,
            Match(m) => self.match_stmt(m)?,
            AsyncFunctionDef(f) => {
                return Err(CompileError::unsupported("async def", self.at(f.range)))
            }
            AsyncFor(f) => return Err(CompileError::unsupported("async for", self.at(f.range))),
            AsyncWith(w) => return Err(CompileError::unsupported("async with", self.at(w.range))),
            TryStar(t) => return Err(CompileError::unsupported("except*", self.at(t.range))),
            TypeAlias(t) => return Err(CompileError::unsupported("type alias", self.at(t.range))),
        }
        Ok(())
    }

    /// Undo frame blocks on the way out of them. With `to_loop`, stop at the
    /// innermost loop and return it; otherwise unwind everything (return).
    /// `preserve_tos` keeps a return value on top of the stack.
    fn unwind(&mut self, preserve_tos: bool, to_loop: bool) -> R<Option<FBlock<'a>>> {
        let Some(top) = self.unit().fblocks.last().cloned() else {
            return Ok(None);
        };
        if to_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        let fb = self.unit().fblocks.pop().expect("fblock");
        let popped_handler = self.unwind_one(&fb, preserve_tos)?;
        let r = self.unwind(preserve_tos, to_loop);
        if let Some(h) = popped_handler {
            self.unit().handler_stack.push(h);
        }
        self.unit().fblocks.push(fb);
        r
    }

    /// Emit the exit code of one block; returns the handler it deactivated.
    fn unwind_one(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> R<Option<usize>> {
        match fb {
            FBlock::WhileLoop { .. } => Ok(None),
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.emit(POP_TOP, 0);
                Ok(None)
            }
            FBlock::TryExcept { handler } | FBlock::ExceptSection { handler } => {
                self.pop_handler(*handler);
                Ok(Some(*handler))
            }
            FBlock::With { handler } => {
                self.pop_handler(*handler);
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.call_exit_with_nones();
                Ok(Some(*handler))
            }
            FBlock::FinallyTry { handler, body } => {
                self.pop_handler(*handler);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                let body: &'a [ast::Stmt] = body;
                self.body(body)?;
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
                Ok(Some(*handler))
            }
            FBlock::FinallyEnd { handler } => {
                self.pop_handler(*handler);
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.emit(POP_TOP, 0); // the exception
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.emit(POP_EXCEPT, 0);
                Ok(Some(*handler))
            }
            FBlock::HandlerBody { name, handler } => {
                if let Some(h) = handler {
                    self.pop_handler(*h);
                }
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.emit(POP_EXCEPT, 0);
                if let Some(n) = name {
                    self.clear_name(n);
                }
                Ok(*handler)
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.emit(POP_TOP, 0);
                Ok(None)
            }
        }
    }

    /// `name = None; del name` after a named except clause.
    fn clear_name(&mut self, name: &str) {
        self.load_const(Value::None);
        self.store_name(name);
        self.delete_name(name);
    }

    /// `exit(None, None, None)` for the bound `__exit__` on top of the stack;
    /// the first None sits in CALL's self slot and is passed as an argument.
    fn call_exit_with_nones(&mut self) {
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(CALL, 2);
        self.emit(POP_TOP, 0);
    }

    fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [ast::Stmt]) -> R {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let exc_label = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.emit(BEFORE_WITH, 0);
        let h = self.push_handler(exc_label);
        self.unit().handlers[h].depth_adjust = -1;
        self.unit().fblocks.push(FBlock::With { handler: h });
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.emit(POP_TOP, 0),
        }
        self.with_stmt(rest, body)?;
        self.unit().fblocks.pop();
        self.pop_handler(h);
        self.call_exit_with_nones();
        self.emit_jump(JUMP_FORWARD, end);
        // An exception in the body: stack `..., exit, exc`.
        self.bind_label(exc_label);
        let cleanup = self.new_label();
        let c = self.push_handler(cleanup);
        self.emit(PUSH_EXC_INFO, 0);
        self.emit(WITH_EXCEPT_START, 0);
        self.emit(TO_BOOL, 0);
        let suppress = self.new_label();
        self.emit_jump(POP_JUMP_IF_TRUE, suppress);
        self.emit(RERAISE, 0);
        self.bind_label(suppress);
        self.emit(POP_TOP, 0); // exc
        self.emit(POP_EXCEPT, 0);
        self.emit(POP_TOP, 0); // exit
        self.emit_jump(JUMP_FORWARD, end);
        self.pop_handler(c);
        self.bind_label(cleanup);
        self.emit(SWAP, 2);
        self.emit(POP_EXCEPT, 0);
        self.emit(RERAISE, 0);
        self.bind_label(end);
        Ok(())
    }

    /// Push an annotation: evaluated, or its source text under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, ann: &'a ast::Expr) -> R {
        if self.future_annotations {
            let r = ann.range();
            let text = self
                .file
                .text
                .get(usize::from(r.start())..usize::from(r.end()))
                .unwrap_or("")
                .to_string();
            self.load_const(Value::string(text));
            Ok(())
        } else {
            self.expr(ann)
        }
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> R {
        let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
        let level = i.level.map(|l| l.to_u32()).unwrap_or(0);
        if module == "__future__" && level == 0 {
            const FEATURES: &[&str] = &[
                "nested_scopes",
                "generators",
                "division",
                "absolute_import",
                "with_statement",
                "print_function",
                "unicode_literals",
                "barry_as_FLUFL",
                "generator_stop",
                "annotations",
            ];
            for alias in &i.names {
                if !FEATURES.contains(&alias.name.as_str()) {
                    return Err(CompileError::syntax(
                        format!("future feature {} is not defined", alias.name),
                        self.at(alias.range),
                    ));
                }
                if alias.name.as_str() == "annotations" {
                    self.future_annotations = true;
                }
            }
            return Ok(());
        }
        self.load_const(Value::Int(level as i64));
        let names: Vec<Value> = i
            .names
            .iter()
            .map(|a| Value::Str(intern(&a.name)))
            .collect();
        self.unique += 1;
        let k = self.add_const(Value::tuple(names), ConstKey::Unique(self.unique));
        self.emit(LOAD_CONST, k);
        let n = self.name_idx(&module);
        self.emit(IMPORT_NAME, n);
        if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
            if self.scope().kind != ScopeKind::Module {
                return Err(CompileError::syntax(
                    "import * only allowed at module level",
                    self.at(i.range),
                ));
            }
            self.emit(IMPORT_STAR, 0);
            return Ok(());
        }
        for alias in &i.names {
            let a = self.name_idx(&alias.name);
            self.emit(IMPORT_FROM, a);
            let target: &str = alias.asname.as_deref().unwrap_or(&alias.name);
            self.store_name(target);
        }
        self.emit(POP_TOP, 0);
        Ok(())
    }

    // ------------------------------------------------------------ match

    /// `match` statement. Each case matches a copy of the subject; captured
    /// values are kept on the stack (rotated below the items still to be
    /// matched) and bound only once the whole pattern has matched, as
    /// CPython does. A failure pops what the pattern left and tries the
    /// next case.
    fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> R {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let irrefutable = pattern_irrefutable(&case.pattern) && case.guard.is_none();
            if irrefutable && i + 1 < n {
                let msg = match &case.pattern {
                    ast::Pattern::MatchAs(a) if a.name.is_some() => {
                        format!(
                            "name capture '{}' makes remaining patterns unreachable",
                            a.name.as_deref().unwrap_or("")
                        )
                    }
                    _ => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(CompileError::syntax(
                    msg,
                    self.at(pattern_range(&case.pattern)),
                ));
            }
            let next = self.new_label();
            let mut pc = PatternCtx {
                stores: Vec::new(),
                on_top: 0,
                fail_pop: Vec::new(),
            };
            self.emit(COPY, 1);
            self.pattern(&case.pattern, &mut pc)?;
            // Bind the captures, last on top.
            let stores = std::mem::take(&mut pc.stores);
            for name in stores.iter().rev() {
                self.store_name(name);
            }
            if let Some(g) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(g, false, fail)?;
            }
            self.emit(POP_TOP, 0);
            self.body(&case.body)?;
            self.emit_jump(JUMP_FORWARD, end);
            // Failure landing pads: pop what is left, then try the next case.
            for k in (0..pc.fail_pop.len()).rev() {
                self.bind_label(pc.fail_pop[k]);
                if k > 0 {
                    self.emit(POP_TOP, 0);
                }
            }
            if pc.fail_pop.is_empty() {
                // Nothing can fail (irrefutable, no guard): unreachable pad.
            }
            let _ = next;
        }
        self.emit(POP_TOP, 0);
        self.bind_label(end);
        Ok(())
    }

    /// The label that pops `pc.on_top + len(stores) + extra` items and fails.
    fn fail_label(&mut self, pc: &mut PatternCtx, extra: usize) -> Label {
        let n = pc.on_top + pc.stores.len() + extra;
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    /// Jump to the failure pad if the value on top is false (popping it).
    fn jump_if_false_fail(&mut self, pc: &mut PatternCtx, extra: usize) {
        let l = self.fail_label(pc, extra);
        self.emit_jump(POP_JUMP_IF_FALSE, l);
    }

    /// Move the top of the stack down below `n` other items (CPython's ROT_N).
    fn rotate_down(&mut self, n: usize) {
        for k in (2..=n + 1).rev() {
            self.emit(SWAP, k as u32);
        }
    }

    /// Keep the subject on top as the value of capture `name`.
    fn capture(&mut self, name: &str, pc: &mut PatternCtx, range: ast::text_size::TextRange) -> R {
        if pc.stores.iter().any(|s| s == name) {
            return Err(CompileError::syntax(
                format!("multiple assignments to name '{name}' in pattern"),
                self.at(range),
            ));
        }
        // Below the items still to be matched, above earlier captures.
        self.rotate_down(pc.on_top);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// Match the subject on top of the stack against `p`, consuming it.
    fn pattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternCtx) -> R {
        use ast::Pattern::*;
        let saved = self.set_loc(pattern_range(p));
        let r = match p {
            MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(COMPARE_OP, CmpOp::Eq as u32);
                self.jump_if_false_fail(pc, 0);
                Ok(())
            }
            MatchSingleton(s) => {
                let (v, _) = self.const_value(&s.value);
                self.load_const(v);
                self.emit(IS_OP, 0);
                self.jump_if_false_fail(pc, 0);
                Ok(())
            }
            MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => {
                    self.emit(POP_TOP, 0);
                    Ok(())
                }
                (None, Some(name)) => self.capture(name, pc, a.range),
                (Some(inner), name) => {
                    pc.on_top += 1;
                    self.emit(COPY, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    match name {
                        Some(name) => self.capture(name, pc, a.range),
                        None => {
                            self.emit(POP_TOP, 0);
                            Ok(())
                        }
                    }
                }
            },
            MatchOr(o) => self.pattern_or(o, pc),
            MatchSequence(s) => self.pattern_sequence(&s.patterns, pc, s.range),
            MatchMapping(m) => self.pattern_mapping(m, pc),
            MatchClass(c) => self.pattern_class(c, pc),
            MatchStar(s) => Err(CompileError::syntax(
                "can't use starred expression here",
                self.at(s.range),
            )),
        };
        self.restore_loc(saved);
        r
    }

    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> R {
        let end = self.new_label();
        let mut first_names: Option<Vec<String>> = None;
        let n = o.patterns.len();
        let base_stores = pc.stores.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            // Each alternative matches a copy; on failure the next one runs.
            let mut sub = PatternCtx {
                stores: pc.stores.clone(),
                on_top: pc.on_top + 1,
                fail_pop: Vec::new(),
            };
            self.emit(COPY, 1);
            self.pattern(alt, &mut sub)?;
            let names: Vec<String> = sub.stores[base_stores..].to_vec();
            match &first_names {
                None => first_names = Some(names.clone()),
                Some(f) => {
                    let mut a = f.clone();
                    let mut b = names.clone();
                    a.sort();
                    b.sort();
                    if a != b {
                        return Err(CompileError::syntax(
                            "alternative patterns bind different names",
                            self.at(o.range),
                        ));
                    }
                    if *f != names {
                        return Err(CompileError::unsupported(
                            "or-patterns that bind names in different orders",
                            self.at(o.range),
                        ));
                    }
                }
            }
            // Success: drop the original subject (on top, above the captures).
            self.emit(POP_TOP, 0);
            self.emit_jump(JUMP_FORWARD, end);
            // This alternative failed: its pads pop back to
            // [captures so far, pending items, subject].
            let keep = pc.stores.len() + pc.on_top + 1;
            for k in (0..sub.fail_pop.len()).rev() {
                self.bind_label(sub.fail_pop[k]);
                if k > keep {
                    self.emit(POP_TOP, 0);
                }
            }
            if i + 1 == n {
                // Every alternative failed.
                let l = self.fail_label(pc, 1);
                self.emit_jump(JUMP_FORWARD, l);
            }
        }
        self.bind_label(end);
        if let Some(names) = first_names {
            pc.stores.truncate(base_stores);
            pc.stores.extend(names);
        }
        Ok(())
    }

    fn pattern_sequence(
        &mut self,
        pats: &'a [ast::Pattern],
        pc: &mut PatternCtx,
        range: ast::text_size::TextRange,
    ) -> R {
        let star = pats
            .iter()
            .position(|p| matches!(p, ast::Pattern::MatchStar(_)));
        if pats
            .iter()
            .filter(|p| matches!(p, ast::Pattern::MatchStar(_)))
            .count()
            > 1
        {
            return Err(CompileError::syntax(
                "multiple starred names in sequence pattern",
                self.at(range),
            ));
        }
        self.emit(MATCH_SEQUENCE, 0);
        self.jump_if_false_fail(pc, 1);
        self.emit(GET_LEN, 0);
        let n = pats.len();
        match star {
            None => {
                self.load_const(Value::from_usize(n));
                self.emit(COMPARE_OP, CmpOp::Eq as u32);
            }
            Some(_) => {
                self.load_const(Value::from_usize(n - 1));
                self.emit(COMPARE_OP, CmpOp::Ge as u32);
            }
        }
        self.jump_if_false_fail(pc, 1);
        match star {
            None => self.emit(UNPACK_SEQUENCE, n as u32),
            Some(i) => self.emit(UNPACK_EX, (i as u32) | (((n - i - 1) as u32) << 8)),
        }
        pc.on_top += n;
        for p in pats {
            pc.on_top -= 1;
            match p {
                ast::Pattern::MatchStar(s) => match &s.name {
                    Some(name) => self.capture(name, pc, s.range)?,
                    None => self.emit(POP_TOP, 0),
                },
                other => self.pattern(other, pc)?,
            }
        }
        Ok(())
    }

    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternCtx) -> R {
        self.emit(MATCH_MAPPING, 0);
        self.jump_if_false_fail(pc, 1);
        let n = m.keys.len();
        if n > 0 {
            self.emit(GET_LEN, 0);
            self.load_const(Value::from_usize(n));
            self.emit(COMPARE_OP, CmpOp::Ge as u32);
            self.jump_if_false_fail(pc, 1);
        }
        for k in &m.keys {
            self.expr(k)?;
        }
        self.emit(BUILD_TUPLE, n as u32);
        self.emit(MATCH_KEYS, 0);
        // [subject, keys, values-or-None]
        self.emit(COPY, 1);
        self.load_const(Value::None);
        self.emit(IS_OP, 1);
        self.jump_if_false_fail(pc, 3);
        self.emit(UNPACK_SEQUENCE, n as u32);
        pc.on_top += 2 + n;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.pattern(p, pc)?;
        }
        // [subject, keys]
        pc.on_top -= 2;
        match &m.rest {
            Some(name) => {
                self.emit(COPY_DICT_WITHOUT_KEYS, 0);
                self.capture(name, pc, m.range)?;
            }
            None => {
                self.emit(POP_TOP, 0);
                self.emit(POP_TOP, 0);
            }
        }
        Ok(())
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> R {
        let nargs = c.patterns.len();
        let nkw = c.kwd_attrs.len();
        self.expr(&c.cls)?;
        let names: Vec<Value> = c.kwd_attrs.iter().map(|a| Value::Str(intern(a))).collect();
        self.unique += 1;
        let k = self.add_const(Value::tuple(names), ConstKey::Unique(self.unique));
        self.emit(LOAD_CONST, k);
        self.emit(MATCH_CLASS, nargs as u32);
        // [attrs-or-None]
        self.emit(COPY, 1);
        self.load_const(Value::None);
        self.emit(IS_OP, 1);
        self.jump_if_false_fail(pc, 1);
        self.emit(UNPACK_SEQUENCE, (nargs + nkw) as u32);
        pc.on_top += nargs + nkw;
        for p in c.patterns.iter().chain(c.kwd_patterns.iter()) {
            pc.on_top -= 1;
            self.pattern(p, pc)?;
        }
        Ok(())
    }

    /// CPython allows at most 20 statically nested blocks (loops, try, with).
    fn check_block_depth(&self, range: ast::text_size::TextRange) -> R {
        let n = self.units.last().map(|u| u.fblocks.len()).unwrap_or(0);
        if n >= 20 {
            return Err(CompileError::syntax(
                "too many statically nested blocks",
                self.at(range),
            ));
        }
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> R {
        let handler_label = self.new_label();
        let end = self.new_label();
        let h = self.push_handler(handler_label);
        self.unit().fblocks.push(FBlock::TryExcept { handler: h });
        self.body(&t.body)?;
        self.unit().fblocks.pop();
        self.pop_handler(h);
        self.body(&t.orelse)?;
        self.emit_jump(JUMP_FORWARD, end);
        self.except_section(&t.handlers, handler_label, end)?;
        self.bind_label(end);
        Ok(())
    }

    /// The handler code: stack `..., exc` on entry.
    fn except_section(
        &mut self,
        handlers: &'a [ast::ExceptHandler],
        entry: Label,
        end: Label,
    ) -> R {
        self.bind_label(entry);
        let cleanup = self.new_label();
        let c = self.push_handler(cleanup);
        self.emit(PUSH_EXC_INFO, 0);
        self.unit()
            .fblocks
            .push(FBlock::ExceptSection { handler: c });
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let saved = self.set_loc(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(CHECK_EXC_MATCH, 0);
                    self.emit_jump(POP_JUMP_IF_FALSE, next);
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(CompileError::syntax(
                            "default 'except:' must be last",
                            self.at(h.range),
                        ));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    self.store_name(name);
                    let named_cleanup = self.new_label();
                    let c2 = self.push_handler(named_cleanup);
                    self.unit().fblocks.push(FBlock::HandlerBody {
                        name: Some(name.to_string()),
                        handler: Some(c2),
                    });
                    self.body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.pop_handler(c2);
                    self.emit(POP_EXCEPT, 0);
                    self.clear_name(name);
                    self.emit_jump(JUMP_FORWARD, end);
                    // An exception escaping the body: clear the name, re-raise.
                    self.bind_label(named_cleanup);
                    self.clear_name(name);
                    self.emit(RERAISE, 0);
                }
                None => {
                    self.emit(POP_TOP, 0);
                    self.unit().fblocks.push(FBlock::HandlerBody {
                        name: None,
                        handler: None,
                    });
                    self.body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(POP_EXCEPT, 0);
                    self.emit_jump(JUMP_FORWARD, end);
                }
            }
            self.restore_loc(saved);
            self.bind_label(next);
        }
        // No clause matched.
        self.emit(RERAISE, 0);
        self.unit().fblocks.pop();
        self.pop_handler(c);
        // Leaving the section by an exception: restore the previous one.
        self.bind_label(cleanup);
        self.emit(SWAP, 2);
        self.emit(POP_EXCEPT, 0);
        self.emit(RERAISE, 0);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> R {
        let fin = self.new_label();
        let end = self.new_label();
        let h = self.push_handler(fin);
        self.unit().fblocks.push(FBlock::FinallyTry {
            handler: h,
            body: &t.finalbody,
        });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler(h);
        self.body(&t.finalbody)?;
        self.emit_jump(JUMP_FORWARD, end);
        // Exceptional path: stack `..., exc`.
        self.bind_label(fin);
        let cleanup = self.new_label();
        let fc = self.push_handler(cleanup);
        self.emit(PUSH_EXC_INFO, 0);
        self.unit().fblocks.push(FBlock::FinallyEnd { handler: fc });
        self.body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(RERAISE, 0);
        self.pop_handler(fc);
        self.bind_label(cleanup);
        self.emit(SWAP, 2);
        self.emit(POP_EXCEPT, 0);
        self.emit(RERAISE, 0);
        self.bind_label(end);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R {
        let op = binop(&a.op) as u32 + BinOp::INPLACE_OFFSET;
        match &*a.target {
            ast::Expr::Name(n) => {
                self.load_name(&n.id);
                self.expr(&a.value)?;
                self.emit(BINARY_OP, op);
                self.store_name(&n.id);
            }
            ast::Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(COPY, 1);
                let i = self.name_idx(&at.attr);
                self.emit(LOAD_ATTR, i << 1);
                self.expr(&a.value)?;
                self.emit(BINARY_OP, op);
                self.emit(SWAP, 2);
                self.emit(STORE_ATTR, i);
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(COPY, 2);
                self.emit(COPY, 2);
                self.emit(BINARY_SUBSCR, 0);
                self.expr(&a.value)?;
                self.emit(BINARY_OP, op);
                self.emit(SWAP, 3);
                self.emit(SWAP, 2);
                self.emit(STORE_SUBSCR, 0);
            }
            other => {
                return Err(CompileError::syntax(
                    "'expression' is an illegal expression for augmented assignment",
                    self.at(other.range()),
                ))
            }
        }
        Ok(())
    }

    fn store_target(&mut self, t: &'a ast::Expr) -> R {
        match t {
            ast::Expr::Name(n) => self.store_name(&n.id),
            ast::Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_idx(&a.attr);
                self.emit(STORE_ATTR, i);
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(STORE_SUBSCR, 0);
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, t.range())?;
            }
            ast::Expr::Starred(s) => {
                return Err(CompileError::syntax(
                    "starred assignment target must be in a list or tuple",
                    self.at(s.range),
                ))
            }
            other => {
                return Err(CompileError::syntax(
                    format!("cannot assign to {}", describe_expr(other)),
                    self.at(other.range()),
                ))
            }
        }
        Ok(())
    }

    fn unpack_into(&mut self, elts: &'a [ast::Expr], range: ast::text_size::TextRange) -> R {
        let star = elts.iter().position(|e| matches!(e, ast::Expr::Starred(_)));
        match star {
            None => self.emit(UNPACK_SEQUENCE, elts.len() as u32),
            Some(i) => {
                if elts
                    .iter()
                    .filter(|e| matches!(e, ast::Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return Err(CompileError::syntax(
                        "multiple starred expressions in assignment",
                        self.at(range),
                    ));
                }
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return Err(CompileError::syntax(
                        "too many expressions in star-unpacking assignment",
                        self.at(range),
                    ));
                }
                self.emit(UNPACK_EX, (i as u32) | ((after as u32) << 8));
            }
        }
        for e in elts {
            match e {
                ast::Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a ast::Expr) -> R {
        match t {
            ast::Expr::Name(n) => self.delete_name(&n.id),
            ast::Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_idx(&a.attr);
                self.emit(DELETE_ATTR, i);
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(DELETE_SUBSCR, 0);
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => {
                return Err(CompileError::syntax(
                    format!("cannot delete {}", describe_expr(other)),
                    self.at(other.range()),
                ))
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------ functions

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> R {
        for d in &f.decorator_list {
            self.expr(d)?;
            self.emit(PUSH_NULL, 0);
        }
        let scope = self.table.scope_of(f)?;
        let line = self.at(f.range).line;
        // Decorators shift the first line to the `def` line in CPython 3.11.
        self.make_function(scope, &f.name, Some(&f.args), line, |c| {
            let body: &'a [ast::Stmt] = &f.body;
            let start = match body.first() {
                Some(ast::Stmt::Expr(e))
                    if matches!(
                        &*e.value,
                        ast::Expr::Constant(ast::ExprConstant {
                            value: ast::Constant::Str(_),
                            ..
                        })
                    ) =>
                {
                    if let ast::Expr::Constant(k) = &*e.value {
                        let (v, key) = c.const_value(&k.value);
                        c.add_const(v, key);
                        c.unit().has_docstring = true;
                    }
                    1
                }
                _ => 0,
            };
            c.body(&body[start..])?;
            c.emit_const_return(Value::None);
            Ok(())
        })?;
        for _ in &f.decorator_list {
            self.emit(CALL, 1);
        }
        self.store_name(&f.name);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> R {
        for d in &c.decorator_list {
            self.expr(d)?;
            self.emit(PUSH_NULL, 0);
        }
        self.emit(LOAD_BUILD_CLASS, 0);
        self.emit(PUSH_NULL, 0);
        let scope = self.table.scope_of(c)?;
        let line = self.at(c.range).line;
        let name: &str = &c.name;
        self.make_function(scope, name, None, line, |cc| {
            let qualname = cc.unit().qualname.clone();
            if has_annotations(&c.body) {
                cc.emit(SETUP_ANNOTATIONS, 0);
            }
            cc.load_name("__name__");
            cc.store_name("__module__");
            cc.load_const(Value::string(qualname));
            cc.store_name("__qualname__");
            let body: &'a [ast::Stmt] = &c.body;
            let start = match body.first() {
                Some(ast::Stmt::Expr(e))
                    if matches!(
                        &*e.value,
                        ast::Expr::Constant(ast::ExprConstant {
                            value: ast::Constant::Str(_),
                            ..
                        })
                    ) =>
                {
                    cc.expr(&e.value)?;
                    cc.store_name("__doc__");
                    1
                }
                _ => 0,
            };
            cc.body(&body[start..])?;
            if let Some(&slot) = cc.unit().slot_index.get("__class__") {
                cc.emit(LOAD_CLOSURE, slot);
                cc.store_name("__classcell__");
            }
            cc.emit_const_return(Value::None);
            Ok(())
        })?;
        self.load_const(Value::Str(intern(name)));
        let simple_bases = !c.bases.iter().any(|b| matches!(b, ast::Expr::Starred(_)))
            && !c.keywords.iter().any(|k| k.arg.is_none());
        if !simple_bases {
            return Err(CompileError::unsupported(
                "starred bases or ** in a class statement",
                self.at(c.range),
            ));
        }
        for b in &c.bases {
            self.expr(b)?;
        }
        let nargs = 2 + c.bases.len() as u32;
        if c.keywords.is_empty() {
            self.emit(CALL, nargs);
        } else {
            for k in &c.keywords {
                self.expr(&k.value)?;
            }
            let names = c
                .keywords
                .iter()
                .map(|k| Value::Str(intern(k.arg.as_deref().unwrap_or(""))))
                .collect();
            self.unique += 1;
            let i = self.add_const(Value::tuple(names), ConstKey::Unique(self.unique));
            self.emit(LOAD_CONST, i);
            self.emit(CALL_KW, nargs + c.keywords.len() as u32);
        }
        for _ in &c.decorator_list {
            self.emit(CALL, 1);
        }
        self.store_name(&c.name);
        Ok(())
    }

    /// Compile a function body into a code object and emit the code that
    /// builds the function (defaults, keyword defaults, closure).
    fn make_function(
        &mut self,
        scope: usize,
        name: &str,
        args: Option<&'a ast::Arguments>,
        line: u32,
        body: impl FnOnce(&mut Self) -> R,
    ) -> R {
        // Defaults are evaluated in the enclosing scope, now.
        let mut attr_flags = 0u32;
        let defaults: Vec<&ast::Expr> = args
            .map(|args| {
                args.posonlyargs
                    .iter()
                    .chain(args.args.iter())
                    .filter_map(|a| a.default.as_deref())
                    .collect()
            })
            .unwrap_or_default();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(BUILD_TUPLE, defaults.len() as u32);
            attr_flags |= 1;
        }
        let kwdefaults: Vec<(&str, &ast::Expr)> = args
            .map(|args| {
                args.kwonlyargs
                    .iter()
                    .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
                    .collect()
            })
            .unwrap_or_default();
        if !kwdefaults.is_empty() {
            for (k, d) in &kwdefaults {
                self.load_const(Value::Str(intern(k)));
                self.expr(d)?;
            }
            self.emit(BUILD_MAP, kwdefaults.len() as u32);
            attr_flags |= 2;
        }
        let sc = &self.table.scopes[scope];
        if !sc.freevars.is_empty() {
            for fv in &sc.freevars {
                let i = match self.unit().slot_index.get(fv) {
                    Some(&i) => i,
                    None => {
                        return Err(CompileError::syntax(
                            format!("internal compiler error: no cell for free variable '{fv}'"),
                            Location0 { line, col: 0 },
                        ))
                    }
                };
                self.emit(LOAD_CLOSURE, i);
            }
            self.emit(BUILD_TUPLE, sc.freevars.len() as u32);
            attr_flags |= 8;
        }

        let parent_qual = self.qualname_prefix();
        let qualname = format!("{parent_qual}{name}");
        self.push_unit(scope, name.to_string(), qualname, line);
        if let Some(args) = args {
            let u = self.unit();
            u.argcount = args.posonlyargs.len() + args.args.len();
            u.posonlyargcount = args.posonlyargs.len();
            u.kwonlyargcount = args.kwonlyargs.len();
            if args.vararg.is_some() {
                u.flags |= flags::VARARGS;
            }
            if args.kwarg.is_some() {
                u.flags |= flags::VARKEYWORDS;
            }
        }
        let saved_depth = self.depth;
        body(self)?;
        self.depth = saved_depth;
        let code = self.finish_unit()?;
        self.unique += 1;
        let k = self.add_const(Value::Code(code), ConstKey::Unique(self.unique));
        self.emit(LOAD_CONST, k);
        self.emit(MAKE_FUNCTION, 0);
        for flag in [8u32, 2, 1] {
            if attr_flags & flag != 0 {
                self.emit(SET_FUNCTION_ATTRIBUTE, flag);
            }
        }
        Ok(())
    }

    /// The qualified-name prefix for a scope defined in the current unit.
    fn qualname_prefix(&self) -> String {
        let u = self.units.last().expect("unit");
        let sc = &self.table.scopes[u.scope];
        match sc.kind {
            ScopeKind::Module => String::new(),
            ScopeKind::Class => format!("{}.", u.qualname),
            _ => format!("{}.<locals>.", u.qualname),
        }
    }

    // ------------------------------------------------------------ expressions

    fn expr(&mut self, e: &'a ast::Expr) -> R {
        self.enter(e.range())?;
        let saved = self.set_loc(e.range());
        let r = self.expr_inner(e);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a ast::Expr) -> R {
        use ast::Expr::*;
        match e {
            Constant(c) => {
                let (v, key) = self.const_value(&c.value);
                if matches!(c.value, ast::Constant::Complex { .. }) {
                    return Err(CompileError::unsupported(
                        "complex literals",
                        self.at(c.range),
                    ));
                }
                let i = self.add_const(v, key);
                self.emit(LOAD_CONST, i);
            }
            Name(n) => self.load_name(&n.id),
            BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(BINARY_OP, binop(&b.op) as u32);
            }
            UnaryOp(u) => {
                self.expr(&u.operand)?;
                match u.op {
                    ast::UnaryOp::Not => {
                        self.emit(TO_BOOL, 0);
                        self.emit(UNARY_NOT, 0);
                    }
                    ast::UnaryOp::USub => self.emit(UNARY_NEGATIVE, 0),
                    ast::UnaryOp::UAdd => self.emit(UNARY_POSITIVE, 0),
                    ast::UnaryOp::Invert => self.emit(UNARY_INVERT, 0),
                }
            }
            BoolOp(b) => {
                let end = self.new_label();
                let jump = if matches!(b.op, ast::BoolOp::And) {
                    POP_JUMP_IF_FALSE
                } else {
                    POP_JUMP_IF_TRUE
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit(COPY, 1);
                        self.emit(TO_BOOL, 0);
                        self.emit_jump(jump, end);
                        self.emit(POP_TOP, 0);
                    }
                }
                self.bind_label(end);
            }
            Compare(c) => self.compare(c)?,
            IfExp(i) => {
                let else_ = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, else_)?;
                self.expr(&i.body)?;
                self.emit_jump(JUMP_FORWARD, end);
                self.bind_label(else_);
                self.expr(&i.orelse)?;
                self.bind_label(end);
            }
            Call(c) => self.call(c)?,
            Attribute(a) => {
                if !self.super_attr(a, false)? {
                    self.expr(&a.value)?;
                    let i = self.name_idx(&a.attr);
                    self.emit(LOAD_ATTR, i << 1);
                }
            }
            Subscript(s) => {
                self.expr(&s.value)?;
                if let ast::Expr::Slice(sl) = &*s.slice {
                    if sl.step.is_none() {
                        self.slice_part(sl.lower.as_deref())?;
                        self.slice_part(sl.upper.as_deref())?;
                        self.emit(BINARY_SLICE, 0);
                        return Ok(());
                    }
                }
                self.expr(&s.slice)?;
                self.emit(BINARY_SUBSCR, 0);
            }
            Slice(s) => {
                self.slice_part(s.lower.as_deref())?;
                self.slice_part(s.upper.as_deref())?;
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    self.emit(BUILD_SLICE, 3);
                } else {
                    self.emit(BUILD_SLICE, 2);
                }
            }
            Tuple(t) => {
                if t.elts.iter().any(|e| matches!(e, Starred(_))) {
                    self.starred_list(&t.elts)?;
                    self.emit(LIST_TO_TUPLE, 0);
                } else {
                    for v in &t.elts {
                        self.expr(v)?;
                    }
                    self.emit(BUILD_TUPLE, t.elts.len() as u32);
                }
            }
            List(l) => {
                if l.elts.iter().any(|e| matches!(e, Starred(_))) {
                    self.starred_list(&l.elts)?;
                } else {
                    for v in &l.elts {
                        self.expr(v)?;
                    }
                    self.emit(BUILD_LIST, l.elts.len() as u32);
                }
            }
            Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Starred(_))) {
                    self.emit(BUILD_SET, 0);
                    for v in &s.elts {
                        match v {
                            Starred(st) => {
                                self.expr(&st.value)?;
                                self.emit(SET_UPDATE, 1);
                            }
                            other => {
                                self.expr(other)?;
                                self.emit(SET_ADD, 1);
                            }
                        }
                    }
                } else if let Some(folded) = self.constant_set(&s.elts) {
                    // CPython folds three or more constants into a frozenset.
                    self.emit(BUILD_SET, 0);
                    self.unique += 1;
                    let i = self.add_const(folded, ConstKey::Unique(self.unique));
                    self.emit(LOAD_CONST, i);
                    self.emit(SET_UPDATE, 1);
                } else {
                    for v in &s.elts {
                        self.expr(v)?;
                    }
                    self.emit(BUILD_SET, s.elts.len() as u32);
                }
            }
            Dict(d) => self.dict_display(d)?,
            JoinedStr(j) => {
                let mut n = 0;
                for v in &j.values {
                    self.fstring_part(v)?;
                    n += 1;
                }
                if n == 0 {
                    self.load_const(Value::str(""));
                } else if n > 1 {
                    self.emit(BUILD_STRING, n);
                }
            }
            FormattedValue(_) => self.fstring_part(e)?,
            Lambda(l) => {
                let scope = self.table.scope_of(l)?;
                let line = self.at(l.range).line;
                self.make_function(scope, "<lambda>", Some(&l.args), line, |c| {
                    c.expr(&l.body)?;
                    c.emit(RETURN_VALUE, 0);
                    Ok(())
                })?;
            }
            ListComp(c) => self.comprehension(e, &c.generators, CompKind::List(&c.elt))?,
            DictComp(c) => {
                self.comprehension(e, &c.generators, CompKind::Dict(&c.key, &c.value))?
            }
            SetComp(c) => self.comprehension(e, &c.generators, CompKind::Set(&c.elt))?,
            GeneratorExp(g) => self.comprehension(e, &g.generators, CompKind::Gen(&g.elt))?,
            NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(COPY, 1);
                self.store_target(&n.target)?;
            }
            Starred(s) => {
                return Err(CompileError::syntax(
                    "can't use starred expression here",
                    self.at(s.range),
                ))
            }
            Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.emit(YIELD_VALUE, 0);
            }
            YieldFrom(y) => {
                self.expr(&y.value)?;
                self.emit(GET_YIELD_FROM_ITER, 0);
                self.load_const(Value::None);
                let send = self.new_label();
                let exit = self.new_label();
                self.bind_label(send);
                self.emit_jump(SEND, exit);
                self.emit(YIELD_VALUE, 0);
                self.emit_jump(JUMP_BACKWARD, send);
                self.bind_label(exit);
            }
            Await(a) => return Err(CompileError::unsupported("await", self.at(a.range))),
        }
        Ok(())
    }

    /// The frozenset constant for a set display of three or more hashable
    /// constants (after CPython's AST folding of `-1` and constant tuples),
    /// built as CPython's compiler builds it.
    fn constant_set(&mut self, elts: &'a [ast::Expr]) -> Option<Value> {
        if elts.len() < 3 {
            return None;
        }
        let mut items = Vec::with_capacity(elts.len());
        for e in elts {
            items.push(self.fold_hashable(e)?);
        }
        Some(crate::runtime::set::constant_frozenset(items))
    }

    /// A constant expression folded to (hash, value), if it is one.
    fn fold_hashable(&mut self, e: &'a ast::Expr) -> Option<(i64, Value)> {
        use crate::runtime::int::{self as int, IntRef};
        let v = match e {
            ast::Expr::Constant(c) => self.const_value(&c.value).0,
            ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) => {
                let (_, inner) = self.fold_hashable(&u.operand)?;
                let neg = matches!(u.op, ast::UnaryOp::USub);
                match inner {
                    Value::Int(i) if neg => int::neg(IntRef::Small(i)),
                    Value::BigInt(b) if neg => int::neg(IntRef::Big(&b)),
                    Value::Float(f) if neg => Value::Float(-f),
                    v @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => v,
                    _ => return None,
                }
            }
            ast::Expr::BinOp(b) => {
                let (_, l) = self.fold_hashable(&b.left)?;
                let (_, r) = self.fold_hashable(&b.right)?;
                fold_int_binop(&b.op, &l, &r)?
            }
            ast::Expr::Tuple(t) => {
                let mut hashes = Vec::new();
                let mut vals = Vec::new();
                for x in &t.elts {
                    let (h, v) = self.fold_hashable(x)?;
                    hashes.push(h);
                    vals.push(v);
                }
                return Some((
                    crate::runtime::ops::combine_tuple_hash(&hashes),
                    Value::tuple(vals),
                ));
            }
            _ => return None,
        };
        let h = match &v {
            Value::Int(i) => int::hash(IntRef::Small(*i)),
            Value::BigInt(b) => int::hash(IntRef::Big(b)),
            Value::Bool(b) => *b as i64,
            Value::Float(f) if !f.is_nan() => int::hash_float(*f),
            Value::Str(s) => s.hash(),
            _ => return None,
        };
        Some((h, v))
    }

    fn slice_part(&mut self, e: Option<&'a ast::Expr>) -> R {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_const(Value::None);
                Ok(())
            }
        }
    }

    /// Build a list from elements some of which are starred.
    fn starred_list(&mut self, elts: &'a [ast::Expr]) -> R {
        let mut pending = 0u32;
        let mut built = false;
        for e in elts {
            match e {
                ast::Expr::Starred(s) => {
                    if !built {
                        self.emit(BUILD_LIST, pending);
                        built = true;
                        pending = 0;
                    } else if pending > 0 {
                        unreachable!("pending elements are appended eagerly");
                    }
                    self.expr(&s.value)?;
                    self.emit(LIST_EXTEND, 1);
                }
                other => {
                    self.expr(other)?;
                    if built {
                        self.emit(LIST_APPEND, 1);
                    } else {
                        pending += 1;
                    }
                }
            }
        }
        if !built {
            self.emit(BUILD_LIST, pending);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> R {
        let mut pairs = 0u32;
        let mut built = false;
        for (k, v) in d.keys.iter().zip(d.values.iter()) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pairs += 1;
                }
                None => {
                    if !built {
                        self.emit(BUILD_MAP, pairs);
                        built = true;
                    } else if pairs > 0 {
                        self.emit(BUILD_MAP, pairs);
                        self.emit(DICT_UPDATE, 1);
                    }
                    pairs = 0;
                    self.expr(v)?;
                    self.emit(DICT_UPDATE, 1);
                }
            }
        }
        if !built {
            self.emit(BUILD_MAP, pairs);
        } else if pairs > 0 {
            self.emit(BUILD_MAP, pairs);
            self.emit(DICT_UPDATE, 1);
        }
        Ok(())
    }

    fn fstring_part(&mut self, v: &'a ast::Expr) -> R {
        match v {
            ast::Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                let conv = match f.conversion {
                    ast::ConversionFlag::Str => 1,
                    ast::ConversionFlag::Repr => 2,
                    ast::ConversionFlag::Ascii => 3,
                    ast::ConversionFlag::None => 0,
                };
                if conv != 0 {
                    self.emit(CONVERT_VALUE, conv);
                }
                match &f.format_spec {
                    Some(spec) => {
                        self.expr(spec)?;
                        self.emit(FORMAT_WITH_SPEC, 0);
                    }
                    None => self.emit(FORMAT_SIMPLE, 0),
                }
            }
            other => self.expr(other)?,
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> R {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.emit_cmp(&c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            if i + 1 < n {
                self.emit(SWAP, 2);
                self.emit(COPY, 2);
                self.emit_cmp(&c.ops[i]);
                self.emit(COPY, 1);
                self.emit(TO_BOOL, 0);
                self.emit_jump(POP_JUMP_IF_FALSE, cleanup);
                self.emit(POP_TOP, 0);
            } else {
                self.emit_cmp(&c.ops[i]);
            }
        }
        self.emit_jump(JUMP_FORWARD, end);
        self.bind_label(cleanup);
        self.emit(SWAP, 2);
        self.emit(POP_TOP, 0);
        self.bind_label(end);
        Ok(())
    }

    fn emit_cmp(&mut self, op: &ast::CmpOp) {
        use ast::CmpOp::*;
        match op {
            Eq => self.emit(COMPARE_OP, CmpOp::Eq as u32),
            NotEq => self.emit(COMPARE_OP, CmpOp::Ne as u32),
            Lt => self.emit(COMPARE_OP, CmpOp::Lt as u32),
            LtE => self.emit(COMPARE_OP, CmpOp::Le as u32),
            Gt => self.emit(COMPARE_OP, CmpOp::Gt as u32),
            GtE => self.emit(COMPARE_OP, CmpOp::Ge as u32),
            Is => self.emit(IS_OP, 0),
            IsNot => self.emit(IS_OP, 1),
            In => self.emit(CONTAINS_OP, 0),
            NotIn => self.emit(CONTAINS_OP, 1),
        }
    }

    /// Evaluate a condition and jump to `target` when its truth equals `when`.
    fn jump_if(&mut self, test: &'a ast::Expr, when: bool, target: Label) -> R {
        match test {
            ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => {
                return self.jump_if(&u.operand, !when, target);
            }
            ast::Expr::BoolOp(b) => {
                let is_and = matches!(b.op, ast::BoolOp::And);
                // `a and b` jumps on false as soon as one operand is false.
                if is_and != when {
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.bind_label(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(test)?;
        let saved = self.set_loc(test.range());
        if !matches!(test, ast::Expr::Compare(_)) {
            self.emit(TO_BOOL, 0);
        }
        self.emit_jump(
            if when {
                POP_JUMP_IF_TRUE
            } else {
                POP_JUMP_IF_FALSE
            },
            target,
        );
        self.restore_loc(saved);
        Ok(())
    }

    /// `super()` with no arguments inside a method: pass `__class__` and the
    /// first argument explicitly, where CPython's runtime finds them.
    fn zero_arg_super(&mut self, c: &'a ast::ExprCall) -> R<bool> {
        let ast::Expr::Name(n) = &*c.func else {
            return Ok(false);
        };
        if n.id.as_str() != "super" || !c.args.is_empty() || !c.keywords.is_empty() {
            return Ok(false);
        }
        let sc = self.scope();
        if !sc.is_function_like()
            || !matches!(sc.lookup("__class__"), NameScope::Free | NameScope::Cell)
        {
            return Ok(false);
        }
        let (class_slot, has_first) = {
            let u = self.unit();
            (u.slot_index.get("__class__").copied(), u.argcount > 0)
        };
        let (Some(class_slot), true) = (class_slot, has_first) else {
            return Ok(false);
        };
        self.load_name("super");
        self.emit(PUSH_NULL, 0);
        self.emit(LOAD_DEREF, class_slot);
        if self.unit().slot_kinds[0] == SlotKind::Cell {
            self.emit(LOAD_DEREF, 0);
        } else {
            self.emit(LOAD_FAST_CHECK, 0);
        }
        self.emit(CALL, 2);
        Ok(true)
    }

    /// `super().name` or `super(C, obj).name` in a function, where `super`
    /// is a global: LOAD_SUPER_ATTR (CPython 3.12's shape) instead of a call
    /// and an attribute load. Returns false when `a` is not such a load.
    fn super_attr(&mut self, a: &'a ast::ExprAttribute, method: bool) -> R<bool> {
        let ast::Expr::Call(c) = &*a.value else {
            return Ok(false);
        };
        let ast::Expr::Name(n) = &*c.func else {
            return Ok(false);
        };
        if n.id.as_str() != "super" || !c.keywords.is_empty() || !self.is_global_load("super") {
            return Ok(false);
        }
        let two_args = match c.args.len() {
            0 => false,
            2 if !c.args.iter().any(|x| matches!(x, ast::Expr::Starred(_))) => true,
            _ => return Ok(false),
        };
        let class_slot = self.unit().slot_index.get("__class__").copied();
        let zero_arg_ok = matches!(
            self.scope().lookup("__class__"),
            NameScope::Free | NameScope::Cell
        ) && class_slot.is_some()
            && self.unit().argcount > 0;
        if !two_args && !zero_arg_ok {
            return Ok(false);
        }
        let saved = self.set_loc(c.range);
        self.load_name("super");
        if two_args {
            self.expr(&c.args[0])?;
            self.expr(&c.args[1])?;
        } else {
            self.emit(LOAD_DEREF, class_slot.expect("checked above"));
            if self.unit().slot_kinds[0] == SlotKind::Cell {
                self.emit(LOAD_DEREF, 0);
            } else {
                self.emit(LOAD_FAST_CHECK, 0);
            }
        }
        self.restore_loc(saved);
        let saved = self.set_loc(a.range);
        let i = self.name_idx(&a.attr);
        self.emit(
            LOAD_SUPER_ATTR,
            (i << 2) | ((two_args as u32) << 1) | method as u32,
        );
        self.restore_loc(saved);
        Ok(true)
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> R {
        if self.zero_arg_super(c)? {
            return Ok(());
        }
        let simple_args = !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            && !c.keywords.iter().any(|k| k.arg.is_none());
        // Method calls: LOAD_ATTR with the method bit pushes (method, self).
        match &*c.func {
            ast::Expr::Attribute(a) if simple_args => {
                if !self.super_attr(a, true)? {
                    self.expr(&a.value)?;
                    let saved = self.set_loc(a.range);
                    let i = self.name_idx(&a.attr);
                    self.emit(LOAD_ATTR, (i << 1) | 1);
                    self.restore_loc(saved);
                }
            }
            ast::Expr::Name(n) if simple_args && self.is_global_load(&n.id) => {
                let i = self.name_idx(&n.id);
                let saved = self.set_loc(n.range);
                self.emit(LOAD_GLOBAL, (i << 1) | 1);
                self.restore_loc(saved);
            }
            f => {
                self.expr(f)?;
                self.emit(PUSH_NULL, 0);
            }
        }
        if simple_args {
            for a in &c.args {
                self.expr(a)?;
            }
            if c.keywords.is_empty() {
                self.emit(CALL, c.args.len() as u32);
            } else {
                let mut names = Vec::new();
                for k in &c.keywords {
                    self.expr(&k.value)?;
                    let name = k.arg.as_ref().expect("simple keywords").to_string();
                    if names.contains(&name) {
                        return Err(CompileError::syntax(
                            format!("keyword argument repeated: {name}"),
                            self.at(k.range),
                        ));
                    }
                    names.push(name);
                }
                let kw = Value::tuple(names.iter().map(|n| Value::Str(intern(n))).collect());
                self.unique += 1;
                let i = self.add_const(kw, ConstKey::Unique(self.unique));
                self.emit(LOAD_CONST, i);
                self.emit(CALL_KW, (c.args.len() + c.keywords.len()) as u32);
            }
            return Ok(());
        }
        // General form: a tuple of positional arguments and a dict of keywords.
        if let [ast::Expr::Starred(only)] = &c.args[..] {
            // `f(*x)`: CALL_FUNCTION_EX takes x itself and checks it is iterable.
            self.expr(&only.value)?;
        } else if c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            self.starred_list(&c.args)?;
            self.emit(LIST_TO_TUPLE, 0);
        } else {
            for a in &c.args {
                self.expr(a)?;
            }
            self.emit(BUILD_TUPLE, c.args.len() as u32);
        }
        if c.keywords.is_empty() {
            self.emit(CALL_FUNCTION_EX, 0);
            return Ok(());
        }
        self.emit(BUILD_MAP, 0);
        let mut pending = 0u32;
        for k in &c.keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Value::Str(intern(name)));
                    self.expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 {
                        self.emit(BUILD_MAP, pending);
                        self.emit(DICT_MERGE, 1);
                        pending = 0;
                    }
                    self.expr(&k.value)?;
                    self.emit(DICT_MERGE, 1);
                }
            }
        }
        if pending > 0 {
            self.emit(BUILD_MAP, pending);
            self.emit(DICT_MERGE, 1);
        }
        self.emit(CALL_FUNCTION_EX, 1);
        Ok(())
    }

    fn is_global_load(&self, name: &str) -> bool {
        let sc = self.scope();
        sc.is_function_like()
            && matches!(
                sc.lookup(name),
                NameScope::GlobalImplicit | NameScope::GlobalExplicit
            )
    }

    fn comprehension(
        &mut self,
        node: &'a ast::Expr,
        gens: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> R {
        let scope = match node {
            ast::Expr::ListComp(c) => self.table.scope_of(c)?,
            ast::Expr::SetComp(c) => self.table.scope_of(c)?,
            ast::Expr::DictComp(c) => self.table.scope_of(c)?,
            ast::Expr::GeneratorExp(c) => self.table.scope_of(c)?,
            _ => unreachable!("comprehension node"),
        };
        let name = self.table.scopes[scope].name.clone();
        let line = self.at(node.range()).line;
        self.make_function(scope, &name, None, line, |c| {
            {
                let u = c.unit();
                u.argcount = 1;
            }
            match kind {
                CompKind::List(_) => c.emit(BUILD_LIST, 0),
                CompKind::Set(_) => c.emit(BUILD_SET, 0),
                CompKind::Dict(..) => c.emit(BUILD_MAP, 0),
                CompKind::Gen(_) => {}
            }
            c.comprehension_level(gens, 0, &kind)?;
            if matches!(kind, CompKind::Gen(_)) {
                c.emit_const_return(Value::None);
            } else {
                c.emit(RETURN_VALUE, 0);
            }
            Ok(())
        })?;
        self.expr(&gens[0].iter)?;
        self.emit(GET_ITER, 0);
        // The function is on the stack below the iterator: [func, iter].
        // Insert the NULL self slot: [func, NULL, iter].
        self.emit(PUSH_NULL, 0);
        self.emit(SWAP, 2);
        self.emit(CALL, 1);
        Ok(())
    }

    fn comprehension_level(
        &mut self,
        gens: &'a [ast::Comprehension],
        level: usize,
        kind: &CompKind<'a>,
    ) -> R {
        let g = &gens[level];
        let start = self.new_label();
        let exhausted = self.new_label();
        if level == 0 {
            let slot = self.unit().slot_index[".0"];
            self.emit(LOAD_FAST, slot);
        } else {
            self.expr(&g.iter)?;
            self.emit(GET_ITER, 0);
        }
        self.bind_label(start);
        self.emit_jump(FOR_ITER, exhausted);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if level + 1 < gens.len() {
            self.comprehension_level(gens, level + 1, kind)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(LIST_APPEND, depth);
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(SET_ADD, depth);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(MAP_ADD, depth);
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    self.emit(YIELD_VALUE, 0);
                    self.emit(POP_TOP, 0);
                }
            }
        }
        self.emit_jump(JUMP_BACKWARD, start);
        self.bind_label(exhausted);
        Ok(())
    }
}

enum CompKind<'a> {
    Gen(&'a ast::Expr),
    List(&'a ast::Expr),
    Set(&'a ast::Expr),
    Dict(&'a ast::Expr, &'a ast::Expr),
}

impl Unit<'_> {
    fn add_slot(&mut self, name: &str, kind: SlotKind) {
        if self.slot_index.contains_key(name) {
            return;
        }
        self.localsplus.push(name.to_string());
        self.slot_kinds.push(kind);
        self.slot_index
            .insert(name.to_string(), (self.localsplus.len() - 1) as u32);
    }
}

fn intern_if_short(s: &str) -> Rc<crate::runtime::PyStr> {
    // CPython interns identifier-like constants; interning them here makes
    // attribute names and dict keys compare by pointer.
    if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        intern(s)
    } else {
        Rc::new(crate::runtime::PyStr::new(s))
    }
}

fn binop(op: &ast::Operator) -> BinOp {
    use ast::Operator::*;
    match op {
        Add => BinOp::Add,
        Sub => BinOp::Subtract,
        Mult => BinOp::Multiply,
        MatMult => BinOp::MatrixMultiply,
        Div => BinOp::TrueDivide,
        Mod => BinOp::Remainder,
        Pow => BinOp::Power,
        LShift => BinOp::Lshift,
        RShift => BinOp::Rshift,
        BitOr => BinOp::Or,
        BitXor => BinOp::Xor,
        BitAnd => BinOp::And,
        FloorDiv => BinOp::FloorDivide,
    }
}

/// What a name operation does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Load,
    Store,
    Delete,
}

/// Where a name lives, from the current scope's point of view.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Fast,
    Deref,
    ClassDeref,
    Global,
    Name,
}

/// Bookkeeping while compiling one case's pattern.
struct PatternCtx {
    /// Names captured so far; their values sit on the stack in this order.
    stores: Vec<String>,
    /// Items above the captures still waiting to be matched.
    on_top: usize,
    /// `fail_pop[n]` pops n items and fails the case.
    fail_pop: Vec<Label>,
}

fn pattern_range(p: &ast::Pattern) -> ast::text_size::TextRange {
    use ast::Pattern::*;
    match p {
        MatchValue(x) => x.range,
        MatchSingleton(x) => x.range,
        MatchSequence(x) => x.range,
        MatchMapping(x) => x.range,
        MatchClass(x) => x.range,
        MatchStar(x) => x.range,
        MatchAs(x) => x.range,
        MatchOr(x) => x.range,
    }
}

/// A pattern that matches anything (`_`, a bare capture, or an or-pattern
/// containing one).
fn pattern_irrefutable(p: &ast::Pattern) -> bool {
    match p {
        ast::Pattern::MatchAs(a) => a.pattern.is_none(),
        ast::Pattern::MatchOr(o) => o.patterns.iter().any(pattern_irrefutable),
        _ => false,
    }
}

/// Whether a module or class body annotates a simple name (in any nested
/// block, but not in nested functions or classes).
fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match s {
        ast::Stmt::AnnAssign(a) => a.simple,
        ast::Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        ast::Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        ast::Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        ast::Stmt::With(w) => has_annotations(&w.body),
        ast::Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

/// Integer arithmetic CPython's AST optimizer folds, within its limits on
/// result size (128 bits), so folded constants match CPython's.
fn fold_int_binop(op: &ast::Operator, l: &Value, r: &Value) -> Option<Value> {
    use crate::runtime::int::{self as int, as_int};
    const MAX_BITS: u64 = 128;
    let (a, b) = (as_int(l)?, as_int(r)?);
    let bits = |v: &Value| as_int(v).map(|i| i.to_bigint().bits()).unwrap_or(0);
    let v = match op {
        ast::Operator::Add => int::add(a, b),
        ast::Operator::Sub => int::sub(a, b),
        ast::Operator::Mult => {
            if bits(l) + bits(r) > MAX_BITS {
                return None;
            }
            int::mul(a, b)
        }
        ast::Operator::Pow => {
            let e = b.to_i64()?;
            if e < 0 || (bits(l) as i64).saturating_mul(e) > MAX_BITS as i64 {
                return None;
            }
            int::pow(a, b).ok()?
        }
        ast::Operator::LShift => {
            let e = b.to_i64()?;
            if e < 0 || e > MAX_BITS as i64 || bits(l) + e as u64 > MAX_BITS {
                return None;
            }
            int::lshift(a, b).ok()?
        }
        ast::Operator::FloorDiv => int::floordiv(a, b).ok()?,
        ast::Operator::Mod => int::modulo(a, b).ok()?,
        _ => return None,
    };
    Some(v)
}

/// CPython's description of an expression in "cannot assign to ..." errors.
fn describe_expr(e: &ast::Expr) -> &'static str {
    use ast::Expr::*;
    match e {
        Call(_) => "function call",
        Constant(c) => match c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        BinOp(_) | UnaryOp(_) => "expression",
        BoolOp(_) => "expression",
        Compare(_) => "comparison",
        Lambda(_) => "lambda",
        IfExp(_) => "conditional expression",
        Dict(_) => "dict literal",
        Set(_) => "set display",
        ListComp(_) => "list comprehension",
        SetComp(_) => "set comprehension",
        DictComp(_) => "dict comprehension",
        GeneratorExp(_) => "generator expression",
        Yield(_) | YieldFrom(_) => "yield expression",
        Await(_) => "await expression",
        JoinedStr(_) | FormattedValue(_) => "f-string expression",
        NamedExpr(_) => "named expression",
        _ => "expression",
    }
}
