//! The generic meaning of every instruction, one function each.
//!
//! These functions are the specification: the reference evaluator dispatches
//! to them, and the specializing interpreter runs the same functions for
//! every generic instruction and after every deopt.

use super::{call, Flow, Frame, Vm};
use crate::instructions::{BinOp, CmpOp, Opcode};
use crate::runtime::exceptions::*;
use crate::runtime::ops;
use crate::runtime::*;
use std::rc::Rc;

pub type Step = PyResult<Flow>;

/// Dispatch one instruction to its meaning.
#[inline]
pub fn execute(vm: &mut Vm, f: &mut Frame, op: Opcode, arg: u32) -> Step {
    use Opcode::*;
    match op {
        NOP => Ok(Flow::Next),
        CACHE => Err(runtime_error("executed an inline cache entry")),
        POP_TOP => pop_top(f),
        PUSH_NULL => push_null(f),
        COPY => copy(f, arg),
        SWAP => swap(f, arg),
        LOAD_CONST => load_const(f, arg),
        LOAD_FAST => load_fast(f, arg),
        LOAD_FAST_CHECK => load_fast_check(f, arg),
        STORE_FAST => store_fast(f, arg),
        DELETE_FAST => delete_fast(f, arg),
        MAKE_CELL => make_cell(f, arg),
        COPY_FREE_VARS => copy_free_vars(f, arg),
        LOAD_CLOSURE => load_closure(f, arg),
        LOAD_DEREF => load_deref(f, arg),
        STORE_DEREF => store_deref(f, arg),
        DELETE_DEREF => delete_deref(f, arg),
        LOAD_FROM_DICT_OR_DEREF => load_from_dict_or_deref(vm, f, arg),
        LOAD_BUILD_CLASS => load_build_class(f),
        LOAD_NAME => load_name(vm, f, arg),
        STORE_NAME => store_name(vm, f, arg),
        DELETE_NAME => delete_name(vm, f, arg),
        LOAD_GLOBAL => load_global(f, arg),
        STORE_GLOBAL => store_global(f, arg),
        DELETE_GLOBAL => delete_global(f, arg),
        LOAD_ATTR => load_attr(vm, f, arg),
        LOAD_SUPER_ATTR => load_super_attr(vm, f, arg),
        STORE_ATTR => store_attr(vm, f, arg),
        DELETE_ATTR => delete_attr(vm, f, arg),
        UNARY_NEGATIVE => unary(vm, f, ops::negative),
        UNARY_POSITIVE => unary(vm, f, ops::positive),
        UNARY_INVERT => unary(vm, f, ops::invert),
        UNARY_NOT => unary_not(vm, f),
        TO_BOOL => to_bool(vm, f),
        BINARY_OP => binary_op(vm, f, arg),
        COMPARE_OP => compare_op(vm, f, arg),
        IS_OP => is_op(f, arg),
        CONTAINS_OP => contains_op(vm, f, arg),
        BINARY_SUBSCR => binary_subscr(vm, f),
        STORE_SUBSCR => store_subscr(vm, f),
        DELETE_SUBSCR => delete_subscr(vm, f),
        BINARY_SLICE => binary_slice(vm, f),
        STORE_SLICE => store_slice(vm, f),
        BUILD_SLICE => build_slice(f, arg),
        BUILD_TUPLE => build_tuple(f, arg),
        BUILD_LIST => build_list(f, arg),
        BUILD_SET => build_set(vm, f, arg),
        BUILD_MAP => build_map(vm, f, arg),
        BUILD_CONST_KEY_MAP => build_const_key_map(vm, f, arg),
        BUILD_STRING => build_string(f, arg),
        LIST_APPEND => list_append(f, arg),
        LIST_EXTEND => list_extend(vm, f, arg),
        SET_ADD => set_add(vm, f, arg),
        SET_UPDATE => set_update(vm, f, arg),
        MAP_ADD => map_add(vm, f, arg),
        DICT_UPDATE => dict_update(vm, f, arg),
        DICT_MERGE => dict_merge(vm, f, arg),
        LIST_TO_TUPLE => list_to_tuple(f),
        CONVERT_VALUE => convert_value(vm, f, arg),
        FORMAT_SIMPLE => format_simple(vm, f),
        FORMAT_WITH_SPEC => format_with_spec(vm, f),
        UNPACK_SEQUENCE => unpack_sequence(vm, f, arg),
        UNPACK_EX => unpack_ex(vm, f, arg),
        GET_ITER => get_iter(vm, f),
        FOR_ITER => for_iter(vm, f, arg),
        JUMP_FORWARD | JUMP_BACKWARD => jump(f, arg),
        POP_JUMP_IF_FALSE => pop_jump_if(vm, f, arg, false),
        POP_JUMP_IF_TRUE => pop_jump_if(vm, f, arg, true),
        POP_JUMP_IF_NONE => pop_jump_if_none(f, arg, true),
        POP_JUMP_IF_NOT_NONE => pop_jump_if_none(f, arg, false),
        MATCH_SEQUENCE => match_sequence(vm, f),
        MATCH_MAPPING => match_mapping(vm, f),
        GET_LEN => get_len(vm, f),
        MATCH_KEYS => match_keys(vm, f),
        MATCH_CLASS => match_class(vm, f, arg),
        COPY_DICT_WITHOUT_KEYS => copy_dict_without_keys(vm, f),
        IMPORT_NAME => import_name(vm, f, arg),
        IMPORT_FROM => import_from(vm, f, arg),
        IMPORT_STAR => import_star(vm, f),
        SETUP_ANNOTATIONS => setup_annotations(vm, f),
        BEFORE_WITH => before_with(vm, f),
        WITH_EXCEPT_START => with_except_start(vm, f),
        YIELD_VALUE => yield_value(f),
        SEND => send(vm, f, arg),
        GET_YIELD_FROM_ITER => get_yield_from_iter(vm, f),
        MAKE_FUNCTION => make_function(f),
        SET_FUNCTION_ATTRIBUTE => set_function_attribute(f, arg),
        CALL => call_op(vm, f, arg),
        CALL_KW => call_kw(vm, f, arg),
        CALL_FUNCTION_EX => call_function_ex(vm, f, arg),
        RETURN_VALUE => return_value(f),
        RETURN_CONST => return_const(f, arg),
        RAISE_VARARGS => raise_varargs(vm, f, arg),
        RERAISE => reraise(f),
        PUSH_EXC_INFO => push_exc_info(vm, f),
        POP_EXCEPT => pop_except(vm, f),
        CHECK_EXC_MATCH => check_exc_match(f),
        LOAD_ASSERTION_ERROR => load_assertion_error(f),
        LOAD_FAST_LOAD_FAST => {
            load_fast_check(f, arg)?;
            let next = following(f);
            load_fast_check(f, next)
        }
        STORE_FAST_LOAD_FAST => {
            store_fast(f, arg)?;
            let next = following(f);
            load_fast_check(f, next)
        }
        STORE_FAST_STORE_FAST => {
            store_fast(f, arg)?;
            let next = following(f);
            store_fast(f, next)
        }
        // A specialized form means exactly what its family head means: the
        // interpreter's fast paths are refinements of these functions.
        specialized => execute(vm, f, specialized.family(), arg),
    }
}

/// For a superinstruction: the oparg of the instruction it also performs
/// (the next one, which it skips).
/// It becomes the instruction being executed, for tracebacks.
fn following(f: &mut Frame) -> u32 {
    let arg = f.code.code[f.ip].arg;
    f.lasti = f.ip;
    f.ip += 1;
    arg
}

// ------------------------------------------------------------ stack

pub fn pop_top(f: &mut Frame) -> Step {
    f.pop();
    Ok(Flow::Next)
}

pub fn push_null(f: &mut Frame) -> Step {
    f.push(Value::Null);
    Ok(Flow::Next)
}

pub fn copy(f: &mut Frame, n: u32) -> Step {
    let v = f.peek(n as usize).clone();
    f.push(v);
    Ok(Flow::Next)
}

pub fn swap(f: &mut Frame, n: u32) -> Step {
    let len = f.stack.len();
    f.stack.swap(len - 1, len - n as usize);
    Ok(Flow::Next)
}

// ------------------------------------------------------------ variables

pub fn load_const(f: &mut Frame, i: u32) -> Step {
    let v = f.code.consts[i as usize].clone();
    f.push(v);
    Ok(Flow::Next)
}

pub fn load_fast(f: &mut Frame, i: u32) -> Step {
    let v = f.fast[i as usize].clone().unwrap_or(Value::None);
    f.push(v);
    Ok(Flow::Next)
}

fn unbound_local(f: &Frame, i: u32) -> PyErr {
    let name = f.code.localsplus[i as usize].as_str();
    unbound_local_error(format!(
        "cannot access local variable '{name}' where it is not associated with a value"
    ))
}

pub fn load_fast_check(f: &mut Frame, i: u32) -> Step {
    match f.fast[i as usize].clone() {
        Some(v) => {
            f.push(v);
            Ok(Flow::Next)
        }
        None => Err(unbound_local(f, i)),
    }
}

pub fn store_fast(f: &mut Frame, i: u32) -> Step {
    let v = f.pop();
    let old = f.fast[i as usize].replace(v);
    drop(old);
    Ok(Flow::Next)
}

pub fn delete_fast(f: &mut Frame, i: u32) -> Step {
    match f.fast[i as usize].take() {
        Some(_) => Ok(Flow::Next),
        None => Err(unbound_local(f, i)),
    }
}

pub fn make_cell(f: &mut Frame, i: u32) -> Step {
    let initial = f.fast[i as usize].take();
    f.fast[i as usize] = Some(Value::Cell(Rc::new(Cell::new(initial))));
    Ok(Flow::Next)
}

pub fn copy_free_vars(f: &mut Frame, n: u32) -> Step {
    let Some(func) = f.func.clone() else {
        return Ok(Flow::Next);
    };
    let Some(closure) = &func.closure else {
        return Ok(Flow::Next);
    };
    let start = f.code.nlocalsplus() - n as usize;
    for (k, cell) in closure.items.iter().enumerate().take(n as usize) {
        f.fast[start + k] = Some(cell.clone());
    }
    Ok(Flow::Next)
}

pub fn load_closure(f: &mut Frame, i: u32) -> Step {
    let v = f.fast[i as usize].clone().unwrap_or(Value::None);
    f.push(v);
    Ok(Flow::Next)
}

fn cell_at(f: &Frame, i: u32) -> Option<Rc<Cell>> {
    match &f.fast[i as usize] {
        Some(Value::Cell(c)) => Some(c.clone()),
        _ => None,
    }
}

fn free_var_error(f: &Frame, i: u32) -> PyErr {
    let name = f.code.localsplus[i as usize].as_str();
    if f.code.slot_kinds[i as usize] == crate::code::SlotKind::Free {
        name_error(format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
    } else {
        unbound_local_error(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    }
}

pub fn load_deref(f: &mut Frame, i: u32) -> Step {
    let v = cell_at(f, i).and_then(|c| c.value.borrow().clone());
    match v {
        Some(v) => {
            f.push(v);
            Ok(Flow::Next)
        }
        None => Err(free_var_error(f, i)),
    }
}

pub fn store_deref(f: &mut Frame, i: u32) -> Step {
    let v = f.pop();
    if let Some(c) = cell_at(f, i) {
        let old = c.value.borrow_mut().replace(v);
        drop(old);
    }
    Ok(Flow::Next)
}

pub fn delete_deref(f: &mut Frame, i: u32) -> Step {
    let had = cell_at(f, i).and_then(|c| c.value.borrow_mut().take());
    match had {
        Some(_) => Ok(Flow::Next),
        None => Err(free_var_error(f, i)),
    }
}

pub fn load_from_dict_or_deref(vm: &mut Vm, f: &mut Frame, i: u32) -> Step {
    let name = f.code.localsplus[i as usize].clone();
    if let Some(m) = f.locals_mapping.clone() {
        if let Some(v) = mapping_get(vm, &m, &name)? {
            f.push(v);
            return Ok(Flow::Next);
        }
    }
    if let Some(v) = f.locals.as_ref().and_then(|l| l.get_str(&name)) {
        f.push(v);
        return Ok(Flow::Next);
    }
    load_deref(f, i)
}

pub fn load_build_class(f: &mut Frame) -> Step {
    match f.builtins.get_str(&intern("__build_class__")) {
        Some(v) => {
            f.push(v);
            Ok(Flow::Next)
        }
        None => Err(name_error("__build_class__ not found")),
    }
}

fn name_not_defined(name: &str) -> PyErr {
    name_error(format!("name '{name}' is not defined"))
}

/// Read a name from a class body's custom namespace mapping; None if absent.
fn mapping_get(vm: &mut Vm, m: &Value, name: &Name) -> PyResult<Option<Value>> {
    match ops::getitem(vm, m, &Value::Str(name.clone())) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance(&types().exc.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn load_name(vm: &mut Vm, f: &mut Frame, i: u32) -> Step {
    let name = f.code.names[i as usize].clone();
    if let Some(m) = f.locals_mapping.clone() {
        if let Some(v) = mapping_get(vm, &m, &name)? {
            f.push(v);
            return Ok(Flow::Next);
        }
    }
    if let Some(locals) = &f.locals {
        if let Some(v) = locals.get_str(&name) {
            f.push(v);
            return Ok(Flow::Next);
        }
    }
    let _ = vm;
    match f
        .globals
        .get_str(&name)
        .or_else(|| f.builtins.get_str(&name))
    {
        Some(v) => {
            f.push(v);
            Ok(Flow::Next)
        }
        None => Err(name_not_defined(name.as_str())),
    }
}

pub fn store_name(vm: &mut Vm, f: &mut Frame, i: u32) -> Step {
    let _ = vm;
    let name = f.code.names[i as usize].clone();
    let v = f.pop();
    if let Some(m) = f.locals_mapping.clone() {
        ops::setitem(vm, &m, &Value::Str(name), v)?;
        return Ok(Flow::Next);
    }
    match &f.locals {
        Some(l) => l.set_str(name, v),
        None => f.globals.set_str(name, v),
    }
    Ok(Flow::Next)
}

pub fn delete_name(vm: &mut Vm, f: &mut Frame, i: u32) -> Step {
    let _ = vm;
    let name = f.code.names[i as usize].clone();
    if let Some(m) = f.locals_mapping.clone() {
        return match ops::delitem(vm, &m, &Value::Str(name.clone())) {
            Ok(()) => Ok(Flow::Next),
            Err(e) if e.is_instance(&types().exc.key_error) => Err(name_not_defined(name.as_str())),
            Err(e) => Err(e),
        };
    }
    let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
    match target.remove_str(&name) {
        Some(_) => Ok(Flow::Next),
        None => Err(name_not_defined(name.as_str())),
    }
}

pub fn load_global(f: &mut Frame, arg: u32) -> Step {
    let name = &f.code.names[(arg >> 1) as usize];
    match f.globals.get_str(name).or_else(|| f.builtins.get_str(name)) {
        Some(v) => {
            f.push(v);
            if arg & 1 != 0 {
                f.push(Value::Null);
            }
            Ok(Flow::Next)
        }
        None => Err(name_not_defined(name.as_str())),
    }
}

pub fn store_global(f: &mut Frame, i: u32) -> Step {
    let name = f.code.names[i as usize].clone();
    let v = f.pop();
    f.globals.set_str(name, v);
    Ok(Flow::Next)
}

pub fn delete_global(f: &mut Frame, i: u32) -> Step {
    let name = f.code.names[i as usize].clone();
    match f.globals.remove_str(&name) {
        Some(_) => Ok(Flow::Next),
        None => Err(name_not_defined(name.as_str())),
    }
}

// ------------------------------------------------------------ attributes

pub fn load_attr(vm: &mut Vm, f: &mut Frame, arg: u32) -> Step {
    let name = f.code.names[(arg >> 1) as usize].clone();
    let owner = f.pop();
    if arg & 1 != 0 {
        let (callable, receiver) = ops::load_method(vm, &owner, &name)?;
        f.push(callable);
        // A method with a receiver: (method, self). Otherwise (attr, NULL).
        f.push(receiver.unwrap_or(Value::Null));
    } else {
        let v = ops::getattr(vm, &owner, &name)?;
        f.push(v);
    }
    Ok(Flow::Next)
}

/// `super().name` and `super(C, obj).name`. For the zero-argument form
/// the compiler passes the `__class__` cell and the first argument, which
/// the builtin `super` takes as its two arguments (CPython finds them in
/// the frame); any other object named `super` is called with none.
pub fn load_super_attr(vm: &mut Vm, f: &mut Frame, arg: u32) -> Step {
    let name = f.code.names[(arg >> 2) as usize].clone();
    let obj = f.pop();
    let class = f.pop();
    let global_super = f.pop();
    let builtin_super = matches!(&global_super, Value::Type(t) if Rc::ptr_eq(t, &types().super_));
    let sup = if arg & 2 != 0 || builtin_super {
        vm.call(&global_super, &[class, obj], &[])?
    } else {
        vm.call(&global_super, &[], &[])?
    };
    if arg & 1 != 0 {
        // A method load through super: a Python function found for an
        // instance is pushed unbound with the instance, as CPython's
        // LOAD_SUPER_ATTR does (calling it is calling the bound method).
        if let Value::Super(s) = &sup {
            if !matches!(s.obj, Value::Type(_)) {
                if let Some(func @ Value::Function(_)) = super::super_lookup(s, &name) {
                    f.push(func);
                    f.push(s.obj.clone());
                    return Ok(Flow::Next);
                }
            }
        }
        let (callable, receiver) = ops::load_method(vm, &sup, &name)?;
        f.push(callable);
        f.push(receiver.unwrap_or(Value::Null));
    } else {
        let v = ops::getattr(vm, &sup, &name)?;
        f.push(v);
    }
    Ok(Flow::Next)
}

pub fn store_attr(vm: &mut Vm, f: &mut Frame, i: u32) -> Step {
    let name = f.code.names[i as usize].clone();
    let owner = f.pop();
    let value = f.pop();
    ops::setattr(vm, &owner, &name, value)?;
    Ok(Flow::Next)
}

pub fn delete_attr(vm: &mut Vm, f: &mut Frame, i: u32) -> Step {
    let name = f.code.names[i as usize].clone();
    let owner = f.pop();
    ops::delattr(vm, &owner, &name)?;
    Ok(Flow::Next)
}

// ------------------------------------------------------------ operators

pub fn unary(vm: &mut Vm, f: &mut Frame, op: fn(&mut Vm, &Value) -> PyResult<Value>) -> Step {
    let v = f.pop();
    let r = op(vm, &v)?;
    f.push(r);
    Ok(Flow::Next)
}

pub fn unary_not(vm: &mut Vm, f: &mut Frame) -> Step {
    let v = f.pop();
    let b = ops::truthy(vm, &v)?;
    f.push(Value::Bool(!b));
    Ok(Flow::Next)
}

pub fn to_bool(vm: &mut Vm, f: &mut Frame) -> Step {
    let v = f.pop();
    let b = match v {
        Value::Bool(b) => b,
        ref other => ops::truthy(vm, other)?,
    };
    f.push(Value::Bool(b));
    Ok(Flow::Next)
}

pub fn binary_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> Step {
    let (op, inplace) =
        BinOp::from_oparg(arg).ok_or_else(|| runtime_error("bad BINARY_OP oparg"))?;
    let rhs = f.pop();
    let lhs = f.pop();
    let r = ops::binary_op(vm, &lhs, &rhs, op, inplace)?;
    f.push(r);
    Ok(Flow::Next)
}

pub fn compare_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> Step {
    let op = CmpOp::from_oparg(arg).ok_or_else(|| runtime_error("bad COMPARE_OP oparg"))?;
    let right = f.pop();
    let left = f.pop();
    let r = ops::compare(vm, &left, &right, op)?;
    f.push(r);
    Ok(Flow::Next)
}

pub fn is_op(f: &mut Frame, invert: u32) -> Step {
    let right = f.pop();
    let left = f.pop();
    f.push(Value::Bool(left.is(&right) != (invert != 0)));
    Ok(Flow::Next)
}

pub fn contains_op(vm: &mut Vm, f: &mut Frame, invert: u32) -> Step {
    let right = f.pop();
    let left = f.pop();
    let r = ops::contains(vm, &right, &left)?;
    f.push(Value::Bool(r != (invert != 0)));
    Ok(Flow::Next)
}

// ------------------------------------------------------------ subscripts

pub fn binary_subscr(vm: &mut Vm, f: &mut Frame) -> Step {
    let sub = f.pop();
    let container = f.pop();
    let r = ops::getitem(vm, &container, &sub)?;
    f.push(r);
    Ok(Flow::Next)
}

pub fn store_subscr(vm: &mut Vm, f: &mut Frame) -> Step {
    let sub = f.pop();
    let container = f.pop();
    let value = f.pop();
    ops::setitem(vm, &container, &sub, value)?;
    Ok(Flow::Next)
}

pub fn delete_subscr(vm: &mut Vm, f: &mut Frame) -> Step {
    let sub = f.pop();
    let container = f.pop();
    ops::delitem(vm, &container, &sub)?;
    Ok(Flow::Next)
}

fn slice_of(start: Value, stop: Value) -> Value {
    Value::Slice(Rc::new(Slice {
        start,
        stop,
        step: Value::None,
    }))
}

pub fn binary_slice(vm: &mut Vm, f: &mut Frame) -> Step {
    let stop = f.pop();
    let start = f.pop();
    let container = f.pop();
    let r = ops::getitem(vm, &container, &slice_of(start, stop))?;
    f.push(r);
    Ok(Flow::Next)
}

pub fn store_slice(vm: &mut Vm, f: &mut Frame) -> Step {
    let stop = f.pop();
    let start = f.pop();
    let container = f.pop();
    let value = f.pop();
    ops::setitem(vm, &container, &slice_of(start, stop), value)?;
    Ok(Flow::Next)
}

pub fn build_slice(f: &mut Frame, n: u32) -> Step {
    let step = if n == 3 { f.pop() } else { Value::None };
    let stop = f.pop();
    let start = f.pop();
    f.push(Value::Slice(Rc::new(Slice { start, stop, step })));
    Ok(Flow::Next)
}

// ------------------------------------------------------------ building

pub fn build_tuple(f: &mut Frame, n: u32) -> Step {
    let items = f.pop_n(n as usize);
    f.push(Value::tuple(items));
    Ok(Flow::Next)
}

pub fn build_list(f: &mut Frame, n: u32) -> Step {
    let items = f.pop_n(n as usize);
    f.push(Value::list(items));
    Ok(Flow::Next)
}

pub fn build_set(vm: &mut Vm, f: &mut Frame, n: u32) -> Step {
    let items = f.pop_n(n as usize);
    let s = crate::runtime::set::SetObj::new(Default::default());
    for it in items {
        crate::runtime::set::add(vm, &s, it)?;
    }
    f.push(Value::Set(Rc::new(s)));
    Ok(Flow::Next)
}

pub fn set_add(vm: &mut Vm, f: &mut Frame, n: u32) -> Step {
    let v = f.pop();
    if let Value::Set(s) = f.peek(n as usize).clone() {
        crate::runtime::set::add(vm, &s, v)?;
    }
    Ok(Flow::Next)
}

pub fn set_update(vm: &mut Vm, f: &mut Frame, n: u32) -> Step {
    let iterable = f.pop();
    if let Value::Set(s) = f.peek(n as usize).clone() {
        let mut t = std::mem::take(&mut *s.table.borrow_mut());
        let r = crate::runtime::set::update(vm, &mut t, &iterable);
        *s.table.borrow_mut() = t;
        r?;
    }
    Ok(Flow::Next)
}

pub fn build_map(vm: &mut Vm, f: &mut Frame, n: u32) -> Step {
    let items = f.pop_n(2 * n as usize);
    let d = Dict::new();
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        d.set(vm, k, v)?;
    }
    f.push(Value::Dict(Rc::new(d)));
    Ok(Flow::Next)
}

pub fn build_const_key_map(vm: &mut Vm, f: &mut Frame, n: u32) -> Step {
    let keys = f.pop();
    let values = f.pop_n(n as usize);
    let d = Dict::new();
    if let Value::Tuple(t) = keys {
        for (k, v) in t.items.iter().cloned().zip(values) {
            d.set(vm, k, v)?;
        }
    }
    f.push(Value::Dict(Rc::new(d)));
    Ok(Flow::Next)
}

pub fn build_string(f: &mut Frame, n: u32) -> Step {
    let parts = f.pop_n(n as usize);
    let mut s = String::new();
    for p in &parts {
        if let Value::Str(ps) = p {
            s.push_str(ps.as_str());
        }
    }
    f.push(Value::string(s));
    Ok(Flow::Next)
}

pub fn list_append(f: &mut Frame, n: u32) -> Step {
    let v = f.pop();
    if let Value::List(l) = f.peek(n as usize) {
        l.items.borrow_mut().push(v);
    }
    Ok(Flow::Next)
}

pub fn list_extend(vm: &mut Vm, f: &mut Frame, n: u32) -> Step {
    let iterable = f.pop();
    let list = f.peek(n as usize).clone();
    let items = match ops::collect(vm, &iterable) {
        Ok(items) => items,
        Err(e)
            if e.is_instance(&types().exc.type_error)
                && !matches!(iterable, Value::Instance(_)) =>
        {
            return Err(type_error(format!(
                "Value after * must be an iterable, not {}",
                type_name(&iterable).as_str()
            )))
        }
        Err(e) => return Err(e),
    };
    if let Value::List(l) = list {
        l.items.borrow_mut().extend(items);
    }
    Ok(Flow::Next)
}

pub fn map_add(vm: &mut Vm, f: &mut Frame, n: u32) -> Step {
    let value = f.pop();
    let key = f.pop();
    if let Value::Dict(d) = f.peek(n as usize).clone() {
        d.set(vm, key, value)?;
    }
    Ok(Flow::Next)
}

pub fn dict_update(vm: &mut Vm, f: &mut Frame, n: u32) -> Step {
    let update = f.pop();
    let Value::Dict(d) = f.peek(n as usize).clone() else {
        return Ok(Flow::Next);
    };
    match &update {
        Value::Dict(src) => {
            for (k, v) in src.items() {
                d.set(vm, k, v)?;
            }
        }
        _ if ops::getattr(vm, &update, &intern("keys")).is_ok() => {
            crate::builtins::dict_update_from(vm, &d, &update)?;
        }
        _ => {
            return Err(type_error(format!(
                "'{}' object is not a mapping",
                type_name(&update).as_str()
            )));
        }
    }
    Ok(Flow::Next)
}

pub fn dict_merge(vm: &mut Vm, f: &mut Frame, n: u32) -> Step {
    let update = f.pop();
    let Value::Dict(d) = f.peek(n as usize).clone() else {
        return Ok(Flow::Next);
    };
    // The callable sits three slots below the dict being built.
    let callable = f.peek(n as usize + 3).clone();
    let update = match &update {
        Value::Dict(_) => update.clone(),
        _ if ops::getattr(vm, &update, &intern("keys")).is_ok() => {
            let tmp = Rc::new(Dict::new());
            crate::builtins::dict_update_from(vm, &tmp, &update)?;
            Value::Dict(tmp)
        }
        _ => update.clone(),
    };
    match &update {
        Value::Dict(src) => {
            for (k, v) in src.items() {
                if !matches!(k, Value::Str(_)) {
                    return Err(type_error("keywords must be strings"));
                }
                if d.contains(vm, &k)? {
                    let key = ops::str_(vm, &k)?;
                    return Err(type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        call::callable_name(&callable),
                        key
                    )));
                }
                d.set(vm, k, v)?;
            }
        }
        _ => {
            return Err(type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                call::callable_name(&callable),
                type_name(&update).as_str()
            )));
        }
    }
    Ok(Flow::Next)
}

pub fn list_to_tuple(f: &mut Frame) -> Step {
    let v = f.pop();
    let items = match &v {
        Value::List(l) => l.items.borrow().clone(),
        _ => Vec::new(),
    };
    f.push(Value::tuple(items));
    Ok(Flow::Next)
}

pub fn convert_value(vm: &mut Vm, f: &mut Frame, kind: u32) -> Step {
    let v = f.pop();
    let s = match kind {
        1 => ops::str_(vm, &v)?,
        2 => ops::repr(vm, &v)?,
        _ => ops::ascii(vm, &v)?,
    };
    f.push(Value::string(s));
    Ok(Flow::Next)
}

pub fn format_simple(vm: &mut Vm, f: &mut Frame) -> Step {
    let v = f.pop();
    let r = match &v {
        Value::Str(_) => v,
        _ => Value::string(ops::format(vm, &v, "")?),
    };
    f.push(r);
    Ok(Flow::Next)
}

pub fn format_with_spec(vm: &mut Vm, f: &mut Frame) -> Step {
    let spec = f.pop();
    let v = f.pop();
    let spec = match &spec {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    let r = ops::format(vm, &v, &spec)?;
    f.push(Value::string(r));
    Ok(Flow::Next)
}

// ------------------------------------------------------------ unpacking and iteration

fn unpack_items(vm: &mut Vm, seq: &Value) -> PyResult<Vec<Value>> {
    match seq {
        Value::Tuple(t) => Ok(t.items.to_vec()),
        Value::List(l) => Ok(l.items.borrow().clone()),
        _ => match ops::get_iter(vm, seq) {
            Ok(it) => {
                let mut out = Vec::new();
                while let Some(v) = ops::next(vm, &it)? {
                    out.push(v);
                }
                Ok(out)
            }
            Err(e)
                if e.is_instance(&types().exc.type_error) && !matches!(seq, Value::Instance(_)) =>
            {
                Err(type_error(format!(
                    "cannot unpack non-iterable {} object",
                    type_name(seq).as_str()
                )))
            }
            Err(e) => Err(e),
        },
    }
}

pub fn unpack_sequence(vm: &mut Vm, f: &mut Frame, n: u32) -> Step {
    let seq = f.pop();
    let n = n as usize;
    let items = if matches!(seq, Value::Tuple(_) | Value::List(_)) {
        unpack_items(vm, &seq)?
    } else {
        // Stop after n+1 items, as CPython does, so infinite iterators fail fast.
        let it = match ops::get_iter(vm, &seq) {
            Ok(it) => it,
            Err(e)
                if e.is_instance(&types().exc.type_error) && !matches!(seq, Value::Instance(_)) =>
            {
                return Err(type_error(format!(
                    "cannot unpack non-iterable {} object",
                    type_name(&seq).as_str()
                )))
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::with_capacity(n);
        while let Some(v) = ops::next(vm, &it)? {
            out.push(v);
            if out.len() > n {
                return Err(value_error(format!(
                    "too many values to unpack (expected {n})"
                )));
            }
        }
        out
    };
    if items.len() < n {
        return Err(value_error(format!(
            "not enough values to unpack (expected {}, got {})",
            n,
            items.len()
        )));
    }
    if items.len() > n {
        return Err(value_error(format!(
            "too many values to unpack (expected {n})"
        )));
    }
    for v in items.into_iter().rev() {
        f.push(v);
    }
    Ok(Flow::Next)
}

pub fn unpack_ex(vm: &mut Vm, f: &mut Frame, arg: u32) -> Step {
    let before = (arg & 0xFF) as usize;
    let after = (arg >> 8) as usize;
    let seq = f.pop();
    let items = unpack_items(vm, &seq)?;
    if items.len() < before + after {
        return Err(value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mut items = items;
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    for v in tail.into_iter().rev() {
        f.push(v);
    }
    f.push(Value::list(middle));
    for v in items.into_iter().rev() {
        f.push(v);
    }
    Ok(Flow::Next)
}

pub fn get_iter(vm: &mut Vm, f: &mut Frame) -> Step {
    let v = f.pop();
    let it = ops::get_iter(vm, &v)?;
    f.push(it);
    Ok(Flow::Next)
}

pub fn for_iter(vm: &mut Vm, f: &mut Frame, target: u32) -> Step {
    let it = f.top().clone();
    match ops::next(vm, &it)? {
        Some(v) => f.push(v),
        None => {
            f.pop();
            f.ip = target as usize;
        }
    }
    Ok(Flow::Next)
}

// ------------------------------------------------------------ control flow

pub fn jump(f: &mut Frame, target: u32) -> Step {
    f.ip = target as usize;
    Ok(Flow::Next)
}

pub fn pop_jump_if(vm: &mut Vm, f: &mut Frame, target: u32, when: bool) -> Step {
    let v = f.pop();
    let b = match v {
        Value::Bool(b) => b,
        ref other => ops::truthy(vm, other)?,
    };
    if b == when {
        f.ip = target as usize;
    }
    Ok(Flow::Next)
}

pub fn pop_jump_if_none(f: &mut Frame, target: u32, when_none: bool) -> Step {
    let v = f.pop();
    if v.is_none() == when_none {
        f.ip = target as usize;
    }
    Ok(Flow::Next)
}

// ------------------------------------------------------------ pattern matching

fn is_match_sequence(vm: &Vm, v: &Value) -> bool {
    match vm.base_value(v) {
        Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
        // collections.deque (a Python class here) is a sequence in CPython.
        Value::Instance(i) => {
            let cls = i.class();
            let mro = cls.mro.borrow().clone();
            std::iter::once(cls)
                .chain(mro)
                .any(|t| t.name() == "deque" && t.is_heap)
        }
        _ => false,
    }
}

pub fn match_sequence(vm: &mut Vm, f: &mut Frame) -> Step {
    let r = is_match_sequence(vm, f.top());
    f.push(Value::Bool(r));
    Ok(Flow::Next)
}

pub fn match_mapping(vm: &mut Vm, f: &mut Frame) -> Step {
    let r = matches!(vm.base_value(f.top()), Value::Dict(_));
    f.push(Value::Bool(r));
    Ok(Flow::Next)
}

pub fn get_len(vm: &mut Vm, f: &mut Frame) -> Step {
    let v = f.top().clone();
    let n = ops::len(vm, &v)?;
    f.push(Value::from_usize(n));
    Ok(Flow::Next)
}

pub fn match_keys(vm: &mut Vm, f: &mut Frame) -> Step {
    let keys = f.top().clone();
    let subject = f.peek(2).clone();
    let Value::Tuple(keys) = keys else {
        return Err(runtime_error("MATCH_KEYS needs a tuple of keys"));
    };
    let mut values = Vec::with_capacity(keys.items.len());
    let mut seen: Vec<Value> = Vec::new();
    for k in keys.items.iter() {
        for s in &seen {
            if ops::eq(vm, s, k)? {
                let r = ops::repr(vm, k)?;
                return Err(value_error(format!(
                    "mapping pattern checks duplicate key ({r})"
                )));
            }
        }
        seen.push(k.clone());
        // `get` semantics: a missing key fails the match, other errors propagate.
        match ops::getitem(vm, &subject, k) {
            Ok(v) => values.push(v),
            Err(e) if e.is_instance(&types().exc.key_error) => {
                f.push(Value::None);
                return Ok(Flow::Next);
            }
            Err(e) => return Err(e),
        }
    }
    f.push(Value::tuple(values));
    Ok(Flow::Next)
}

pub fn match_class(vm: &mut Vm, f: &mut Frame, nargs: u32) -> Step {
    let names = f.pop();
    let cls = f.pop();
    let subject = f.pop();
    let Value::Type(t) = &cls else {
        return Err(type_error("called match pattern must be a class"));
    };
    if !type_of(&subject).is_subtype(t) {
        f.push(Value::None);
        return Ok(Flow::Next);
    }
    let mut attrs = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let nargs = nargs as usize;
    if nargs > 0 {
        // Builtins whose single positional pattern matches the subject itself.
        let self_matching = {
            let ty = types();
            [
                &ty.bool_,
                &ty.int,
                &ty.float,
                &ty.str_,
                &ty.list,
                &ty.tuple,
                &ty.dict,
                &ty.set,
                &ty.frozenset,
            ]
            .iter()
            .any(|b| t.is_subtype(b) && !t.is_heap || Rc::ptr_eq(t, b))
        };
        match t.lookup(&intern("__match_args__")) {
            Some(Value::Tuple(ma)) => {
                if nargs > ma.items.len() {
                    return Err(type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        t.name(),
                        ma.items.len(),
                        if ma.items.len() == 1 { "" } else { "s" },
                        nargs
                    )));
                }
                for name in ma.items.iter().take(nargs) {
                    let Value::Str(n) = name else {
                        return Err(type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            type_name(name).as_str()
                        )));
                    };
                    seen.push(n.as_str().to_string());
                    match ops::getattr(vm, &subject, n) {
                        Ok(v) => attrs.push(v),
                        Err(e) if e.is_instance(&types().exc.attribute_error) => {
                            f.push(Value::None);
                            return Ok(Flow::Next);
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
            Some(other) => {
                return Err(type_error(format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    t.name(),
                    type_name(&other).as_str()
                )))
            }
            None if self_matching => {
                if nargs > 1 {
                    return Err(type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({} given)",
                        t.name(),
                        nargs
                    )));
                }
                attrs.push(subject.clone());
            }
            None => {
                return Err(type_error(format!(
                    "{}() accepts 0 positional sub-patterns ({} given)",
                    t.name(),
                    nargs
                )))
            }
        }
    }
    if let Value::Tuple(names) = &names {
        for name in names.items.iter() {
            let Value::Str(n) = name else { continue };
            if seen.iter().any(|s| s == n.as_str()) {
                return Err(type_error(format!(
                    "{}() got multiple sub-patterns for attribute '{}'",
                    t.name(),
                    n.as_str()
                )));
            }
            seen.push(n.as_str().to_string());
            match ops::getattr(vm, &subject, n) {
                Ok(v) => attrs.push(v),
                Err(e) if e.is_instance(&types().exc.attribute_error) => {
                    f.push(Value::None);
                    return Ok(Flow::Next);
                }
                Err(e) => return Err(e),
            }
        }
    }
    f.push(Value::tuple(attrs));
    Ok(Flow::Next)
}

pub fn copy_dict_without_keys(vm: &mut Vm, f: &mut Frame) -> Step {
    let keys = f.pop();
    let subject = f.pop();
    let rest = Rc::new(Dict::new());
    crate::builtins::dict_update_from(vm, &rest, &subject)?;
    if let Value::Tuple(keys) = keys {
        for k in keys.items.iter() {
            rest.remove(vm, k)?;
        }
    }
    f.push(Value::Dict(rest));
    Ok(Flow::Next)
}

// ------------------------------------------------------------ modules

pub fn import_name(vm: &mut Vm, f: &mut Frame, i: u32) -> Step {
    let name = f.code.names[i as usize].clone();
    let fromlist = f.pop();
    let level = f.pop();
    let level = match level {
        Value::Int(n) if n >= 0 => n as u32,
        _ => 0,
    };
    let globals = f.globals.clone();
    let m = vm.import(name.as_str(), &globals, &fromlist, level)?;
    f.push(m);
    Ok(Flow::Next)
}

pub fn import_from(vm: &mut Vm, f: &mut Frame, i: u32) -> Step {
    let name = f.code.names[i as usize].clone();
    let module = f.top().clone();
    let v = vm.import_from(&module, &name)?;
    f.push(v);
    Ok(Flow::Next)
}

pub fn import_star(vm: &mut Vm, f: &mut Frame) -> Step {
    let module = f.pop();
    let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
    vm.import_star(&module, &target)?;
    Ok(Flow::Next)
}

pub fn setup_annotations(vm: &mut Vm, f: &mut Frame) -> Step {
    if let Some(m) = f.locals_mapping.clone() {
        let key = Value::Str(intern("__annotations__"));
        if mapping_get(vm, &m, &intern("__annotations__"))?.is_none() {
            ops::setitem(vm, &m, &key, Value::Dict(Rc::new(Dict::new())))?;
        }
        return Ok(Flow::Next);
    }
    let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
    let key = intern("__annotations__");
    if target.get_str(&key).is_none() {
        target.set_str(key, Value::Dict(Rc::new(Dict::new())));
    }
    Ok(Flow::Next)
}

// ------------------------------------------------------------ context managers

pub fn before_with(vm: &mut Vm, f: &mut Frame) -> Step {
    let mgr = f.pop();
    let missing = || {
        type_error(format!(
            "'{}' object does not support the context manager protocol",
            type_name(&mgr).as_str()
        ))
    };
    let enter = vm.lookup_special(&mgr, "__enter__").ok_or_else(missing)?;
    let exit = vm.lookup_special(&mgr, "__exit__").ok_or_else(|| {
        type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            type_name(&mgr).as_str()
        ))
    })?;
    let exit = vm.descr_get(exit, Some(&mgr), &type_of(&mgr))?;
    let enter = vm.descr_get(enter, Some(&mgr), &type_of(&mgr))?;
    f.push(exit);
    let res = vm.call(&enter, &[], &[])?;
    f.push(res);
    Ok(Flow::Next)
}

pub fn with_except_start(vm: &mut Vm, f: &mut Frame) -> Step {
    let exc = f.peek(1).clone();
    let exit = f.peek(3).clone();
    let ty = Value::Type(type_of(&exc));
    let res = vm.call(&exit, &[ty, exc, Value::None], &[])?;
    f.push(res);
    Ok(Flow::Next)
}

// ------------------------------------------------------------ generators

pub fn yield_value(f: &mut Frame) -> Step {
    let v = f.pop();
    Ok(Flow::Yield(v))
}

pub fn send(vm: &mut Vm, f: &mut Frame, target: u32) -> Step {
    let v = f.pop();
    let receiver = f.top().clone();
    let step = match &receiver {
        Value::Generator(g) => match vm.gen_resume(g, v, None)? {
            super::generator::GenStep::Yielded(y) => Some(y),
            super::generator::GenStep::Returned(r) => {
                f.pop();
                f.push(r);
                None
            }
        },
        _ => {
            let r = if v.is_none() {
                ops::next(vm, &receiver).map(|o| o.ok_or(Value::None))
            } else {
                let m = ops::getattr(vm, &receiver, &intern("send"))?;
                match vm.call(&m, &[v], &[]) {
                    Ok(y) => Ok(Ok(y)),
                    Err(e) if e.is_instance(&types().exc.stop_iteration) => {
                        Ok(Err(e.args().items.first().cloned().unwrap_or(Value::None)))
                    }
                    Err(e) => Err(e),
                }
            }?;
            match r {
                Ok(y) => Some(y),
                Err(ret) => {
                    f.pop();
                    f.push(ret);
                    None
                }
            }
        }
    };
    match step {
        Some(y) => {
            f.yield_from_exit = Some(target);
            f.push(y);
        }
        None => {
            f.yield_from_exit = None;
            f.ip = target as usize;
        }
    }
    Ok(Flow::Next)
}

pub fn get_yield_from_iter(vm: &mut Vm, f: &mut Frame) -> Step {
    let v = f.pop();
    let it = match v {
        Value::Generator(_) => v,
        other => ops::get_iter(vm, &other)?,
    };
    f.push(it);
    Ok(Flow::Next)
}

// ------------------------------------------------------------ functions

pub fn make_function(f: &mut Frame) -> Step {
    let code = f.pop();
    let Value::Code(code) = code else {
        return Err(runtime_error("MAKE_FUNCTION needs a code object"));
    };
    let module = f
        .globals
        .get_str(&intern("__name__"))
        .unwrap_or(Value::None);
    let func = Function {
        name: std::cell::RefCell::new(intern(&code.name)),
        qualname: std::cell::RefCell::new(Rc::new(PyStr::new(&code.qualname))),
        code: std::cell::RefCell::new(code),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        defaults: std::cell::RefCell::new(None),
        kwdefaults: std::cell::RefCell::new(None),
        closure: None,
        module,
        version: std::cell::Cell::new(next_function_version()),
        dict: std::cell::RefCell::new(None),
    };
    f.push(Value::Function(Rc::new(func)));
    Ok(Flow::Next)
}

pub fn set_function_attribute(f: &mut Frame, flag: u32) -> Step {
    let func = f.pop();
    let attr = f.pop();
    let Value::Function(func) = func else {
        return Err(runtime_error("SET_FUNCTION_ATTRIBUTE needs a function"));
    };
    match flag {
        1 => {
            if let Value::Tuple(t) = attr {
                *func.defaults.borrow_mut() = Some(t);
            }
        }
        2 => {
            if let Value::Dict(d) = attr {
                *func.kwdefaults.borrow_mut() = Some(d);
            }
        }
        8 => {
            if let Value::Tuple(t) = attr {
                // The function was just made and is not shared yet.
                match Rc::try_unwrap(func) {
                    Ok(mut inner) => {
                        inner.closure = Some(t);
                        f.push(Value::Function(Rc::new(inner)));
                    }
                    Err(shared) => f.push(Value::Function(shared)),
                }
                return Ok(Flow::Next);
            }
        }
        _ => {}
    }
    f.push(Value::Function(func));
    Ok(Flow::Next)
}

pub fn call_op(vm: &mut Vm, f: &mut Frame, argc: u32) -> Step {
    call::call_from_stack(vm, f, argc as usize, None)
}

pub fn call_kw(vm: &mut Vm, f: &mut Frame, argc: u32) -> Step {
    let kwnames = f.pop();
    let Value::Tuple(names) = kwnames else {
        return Err(runtime_error("CALL_KW needs a tuple of names"));
    };
    call::call_from_stack(vm, f, argc as usize, Some(names))
}

pub fn call_function_ex(vm: &mut Vm, f: &mut Frame, flags: u32) -> Step {
    let kwargs = if flags & 1 != 0 { Some(f.pop()) } else { None };
    let args = f.pop();
    let _null = f.pop();
    let callable = f.pop();
    let args = match args {
        Value::Tuple(t) => t.items.to_vec(),
        other => match ops::collect(vm, &other) {
            Ok(items) => items,
            Err(e)
                if e.is_instance(&types().exc.type_error)
                    && !matches!(other, Value::Instance(_)) =>
            {
                return Err(type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    call::callable_name(&callable),
                    type_name(&other).as_str()
                )))
            }
            Err(e) => return Err(e),
        },
    };
    let kw: Vec<(Value, Value)> = match kwargs {
        Some(Value::Dict(d)) => d.items(),
        _ => Vec::new(),
    };
    call::call_or_enter(vm, f, &callable, args, &kw)
}

pub fn return_value(f: &mut Frame) -> Step {
    let v = f.pop();
    Ok(Flow::Return(v))
}

pub fn return_const(f: &mut Frame, i: u32) -> Step {
    Ok(Flow::Return(f.code.consts[i as usize].clone()))
}

// ------------------------------------------------------------ exceptions

/// Make an exception from what `raise` was given: a class is instantiated.
pub fn make_exception(vm: &mut Vm, v: Value) -> PyResult<PyErr> {
    match &v {
        Value::Type(t) if t.is_exception() => {
            let inst = vm.call(&v, &[], &[])?;
            PyErr::from_value(&inst).ok_or_else(|| {
                type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    ops::type_repr(t),
                    type_name(&inst).as_str()
                ))
            })
        }
        Value::Instance(_) => match PyErr::from_value(&v) {
            Some(e) => Ok(e),
            None => Err(type_error("exceptions must derive from BaseException")),
        },
        _ => Err(type_error("exceptions must derive from BaseException")),
    }
}

pub fn raise_varargs(vm: &mut Vm, f: &mut Frame, n: u32) -> Step {
    match n {
        0 => match vm.handled.clone() {
            Some(v) => {
                f.reraising = true;
                Err(PyErr::from_value(&v)
                    .unwrap_or_else(|| runtime_error("No active exception to reraise")))
            }
            None => Err(runtime_error("No active exception to reraise")),
        },
        1 => {
            let exc = f.pop();
            Err(make_exception(vm, exc)?)
        }
        _ => {
            let cause = f.pop();
            let exc = f.pop();
            let err = make_exception(vm, exc)?;
            let cause = match cause {
                Value::None => None,
                c @ Value::Type(_) => Some(make_exception(vm, c)?.value()),
                c @ Value::Instance(_) if PyErr::from_value(&c).is_some() => Some(c),
                _ => {
                    return Err(type_error(
                        "exception causes must derive from BaseException",
                    ))
                }
            };
            if let Some(state) = &err.exc.exc {
                let mut st = state.borrow_mut();
                st.cause = cause;
                st.suppress_context = true;
            }
            Err(err)
        }
    }
}

pub fn reraise(f: &mut Frame) -> Step {
    let exc = f.pop();
    f.reraising = true;
    Err(PyErr::from_value(&exc).unwrap_or_else(|| runtime_error("RERAISE of a non-exception")))
}

pub fn push_exc_info(vm: &mut Vm, f: &mut Frame) -> Step {
    let exc = f.pop();
    let prev = vm.handled.replace(exc.clone()).unwrap_or(Value::None);
    f.push(prev);
    f.push(exc);
    Ok(Flow::Next)
}

pub fn pop_except(vm: &mut Vm, f: &mut Frame) -> Step {
    let prev = f.pop();
    vm.handled = if prev.is_none() { None } else { Some(prev) };
    Ok(Flow::Next)
}

/// Whether `exc` matches the `except` clause's class or tuple of classes.
pub fn exception_matches(exc: &Value, spec: &Value) -> PyResult<bool> {
    let exc_type = type_of(exc);
    match spec {
        Value::Type(t) if t.is_exception() => Ok(exc_type.is_subtype(t)),
        Value::Tuple(items) => {
            for it in items.items.iter() {
                if exception_matches(exc, it)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}

pub fn check_exc_match(f: &mut Frame) -> Step {
    let spec = f.pop();
    let exc = f.top().clone();
    let m = exception_matches(&exc, &spec)?;
    f.push(Value::Bool(m));
    Ok(Flow::Next)
}

pub fn load_assertion_error(f: &mut Frame) -> Step {
    f.push(Value::Type(types().exc.assertion_error.clone()));
    Ok(Flow::Next)
}
