//! The specialized forms: guards, then the fast action.
//!
//! Each form returns `None` when a guard fails, having touched nothing: no
//! value popped, pushed, allocated or dropped (invariant 2 of
//! ARCHITECTURE.md). The caller then continues at the family head, which
//! runs the generic meaning from spec on the same stack. A form that returns
//! `Some` has performed exactly what the head's generic meaning would have.
//!
//! Actions that are not worth re-deriving (a builtin's own body, argument
//! binding, a generator's resumption) call the same spec functions the
//! generic path ends up in; what a form saves is the dispatch that found
//! them.

use super::cache::{object, unit};
use quicken_spec::eval::call::{call_from_stack, enter_function};
use quicken_spec::eval::instructions::{self as generic, Step};
use quicken_spec::eval::{Flow, Frame, Vm};
use quicken_spec::instructions::{CmpOp, Opcode};
use quicken_spec::runtime::object::IterState;
use quicken_spec::runtime::value::new_float;
use quicken_spec::runtime::*;
use std::rc::Rc;

/// Run specialized form `op` at `ip` (its caches follow `ip`).
#[inline(always)]
pub fn execute(vm: &mut Vm, f: &mut Frame, ip: usize, op: Opcode, arg: u32) -> Option<Step> {
    use Opcode::*;
    match op {
        BINARY_OP_ADD_INT => int_op(f, |a, b| a.checked_add(b), |a, b| a + b),
        BINARY_OP_SUBTRACT_INT => int_op(f, |a, b| a.checked_sub(b), |a, b| a - b),
        BINARY_OP_MULTIPLY_INT => int_op(f, |a, b| a.checked_mul(b), |a, b| a * b),
        BINARY_OP_FLOOR_DIVIDE_INT => int_exact_op(f, floor_div),
        BINARY_OP_REMAINDER_INT => int_exact_op(f, floor_mod),
        BINARY_OP_ADD_FLOAT => float_op(f, |a, b| a + b),
        BINARY_OP_SUBTRACT_FLOAT => float_op(f, |a, b| a - b),
        BINARY_OP_MULTIPLY_FLOAT => float_op(f, |a, b| a * b),
        BINARY_OP_ADD_UNICODE => add_unicode(f),
        BINARY_OP_INPLACE_ADD_UNICODE => inplace_add_unicode(f, ip),
        BINARY_SUBSCR_LIST_INT => subscr_list_int(f),
        BINARY_SUBSCR_TUPLE_INT => subscr_tuple_int(f),
        BINARY_SUBSCR_STR_INT => subscr_str_int(f),
        BINARY_SUBSCR_DICT => subscr_dict(vm, f),
        BINARY_SUBSCR_GETITEM => subscr_getitem(vm, f, ip),
        STORE_SUBSCR_LIST_INT => store_subscr_list_int(f),
        STORE_SUBSCR_DICT => store_subscr_dict(vm, f),
        COMPARE_OP_INT => compare_int(f, arg),
        COMPARE_OP_FLOAT => compare_float(f, arg),
        COMPARE_OP_STR => compare_str(f, arg),
        CONTAINS_OP_SET => contains_set(vm, f, arg),
        CONTAINS_OP_DICT => contains_dict(vm, f, arg),
        TO_BOOL_BOOL => to_bool(f, |v| match v {
            Value::Bool(b) => Some(*b),
            _ => None,
        }),
        TO_BOOL_INT => to_bool(f, |v| match v {
            Value::Int(i) => Some(*i != 0),
            _ => None,
        }),
        TO_BOOL_LIST => to_bool(f, |v| match v {
            Value::List(l) => Some(!l.items.borrow().is_empty()),
            _ => None,
        }),
        TO_BOOL_NONE => to_bool(f, |v| match v {
            Value::None => Some(false),
            _ => None,
        }),
        TO_BOOL_STR => to_bool(f, |v| match v {
            Value::Str(s) => Some(!s.as_str().is_empty()),
            _ => None,
        }),
        TO_BOOL_ALWAYS_TRUE => {
            let version = unit(f, ip, 1);
            to_bool(f, |v| match v {
                Value::Instance(i) if i.class.borrow().version.get() == version => Some(true),
                _ => None,
            })
        }
        UNPACK_SEQUENCE_TWO_TUPLE | UNPACK_SEQUENCE_TUPLE => unpack_tuple(f, arg),
        UNPACK_SEQUENCE_LIST => unpack_list(f, arg),
        LOAD_GLOBAL_MODULE => load_global_module(f, ip, arg),
        LOAD_GLOBAL_BUILTIN => load_global_builtin(f, ip, arg),
        LOAD_ATTR_INSTANCE_VALUE => load_attr_instance(f, ip, arg, true),
        LOAD_ATTR_WITH_HINT => load_attr_instance(f, ip, arg, false),
        LOAD_ATTR_SLOT => load_attr_slot(f, ip, arg),
        LOAD_ATTR_MODULE => load_attr_module(f, ip, arg),
        LOAD_ATTR_CLASS => load_attr_class(f, ip, arg),
        LOAD_ATTR_PROPERTY => load_attr_property(vm, f, ip),
        LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN => load_attr_getattribute(vm, f, ip, arg),
        LOAD_ATTR_METHOD_WITH_VALUES => load_attr_method(f, ip, arg, DictState::NotShadowing),
        LOAD_ATTR_METHOD_NO_DICT => load_attr_method(f, ip, arg, DictState::NoDict),
        LOAD_ATTR_METHOD_LAZY_DICT => load_attr_method(f, ip, arg, DictState::NotCreated),
        LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES => {
            load_attr_nondescriptor(f, ip, arg, DictState::NotShadowing)
        }
        LOAD_ATTR_NONDESCRIPTOR_NO_DICT => load_attr_nondescriptor(f, ip, arg, DictState::NoDict),
        LOAD_SUPER_ATTR_ATTR | LOAD_SUPER_ATTR_METHOD => load_super_attr(vm, f, op, arg),
        STORE_ATTR_INSTANCE_VALUE => store_attr_instance(f, ip, arg, true),
        STORE_ATTR_WITH_HINT => store_attr_instance(f, ip, arg, false),
        STORE_ATTR_SLOT => store_attr_slot(f, ip),
        CALL_PY_EXACT_ARGS => call_py_exact(vm, f, ip, arg),
        CALL_BOUND_METHOD_EXACT_ARGS => {
            unpack_bound_method(f, ip, arg)?;
            call_py_exact(vm, f, ip, arg)
        }
        CALL_PY_GENERAL => call_py_general(vm, f, ip, arg),
        CALL_BOUND_METHOD_GENERAL => {
            unpack_bound_method(f, ip, arg)?;
            call_py_general(vm, f, ip, arg)
        }
        CALL_NON_PY_GENERAL => {
            let base = f.stack.len() - arg as usize - 2;
            match &f.stack[base] {
                Value::Function(_) | Value::BoundMethod(_) => None,
                _ => Some(call_from_stack(vm, f, arg as usize, None)),
            }
        }
        CALL_BUILTIN_CLASS => {
            let base = f.stack.len() - arg as usize - 2;
            if !same_object(&f.stack[base], &object(f, ip, 0)) {
                return None;
            }
            Some(call_from_stack(vm, f, arg as usize, None))
        }
        CALL_BUILTIN_O
        | CALL_BUILTIN_FAST
        | CALL_BUILTIN_FAST_WITH_KEYWORDS
        | CALL_LEN
        | CALL_ISINSTANCE => call_builtin(vm, f, ip, arg),
        CALL_TYPE_1 => call_type_1(f, arg),
        CALL_STR_1 => call_str_1(vm, f, arg),
        CALL_TUPLE_1 => call_tuple_1(vm, f, arg),
        CALL_LIST_APPEND => call_list_append(f, ip, arg),
        CALL_METHOD_DESCRIPTOR_O
        | CALL_METHOD_DESCRIPTOR_NOARGS
        | CALL_METHOD_DESCRIPTOR_FAST
        | CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS => call_method_descriptor(vm, f, ip, arg),
        CALL_ALLOC_AND_ENTER_INIT => call_alloc_and_enter_init(vm, f, ip, arg),
        FOR_ITER_LIST | FOR_ITER_TUPLE | FOR_ITER_RANGE => for_iter_builtin(f, op, arg),
        FOR_ITER_GEN => for_iter_gen(vm, f, arg),
        SEND_GEN => {
            match f.peek(2) {
                Value::Generator(g) if g.state.get() != GenState::Running => {}
                _ => return None,
            }
            Some(generic::send(vm, f, arg))
        }
        _ => None,
    }
}

// ------------------------------------------------------------ helpers

#[inline(always)]
fn next(f: &mut Frame) -> Option<Step> {
    let _ = f;
    Some(Ok(Flow::Next))
}

/// Replace the top two values (lhs, rhs) by `r`.
#[inline(always)]
fn replace_two(f: &mut Frame, r: Value) {
    f.stack.pop();
    *f.stack.last_mut().expect("binary operand") = r;
}

/// Replace the top two values by `r` when both are known to be inline
/// (ints, floats, bools): they own nothing, so they are forgotten rather
/// than dropped, which saves two out-of-line calls to `Value`'s drop glue
/// (measured with callgrind: ~4% of fib's instructions).
#[inline(always)]
fn replace_two_inline(f: &mut Frame, r: Value) {
    if let Some(rhs) = f.stack.pop() {
        debug_assert!(matches!(
            rhs,
            Value::Int(_) | Value::Float(_) | Value::Bool(_)
        ));
        std::mem::forget(rhs);
    }
    let lhs = std::mem::replace(f.stack.last_mut().expect("binary operand"), r);
    debug_assert!(matches!(
        lhs,
        Value::Int(_) | Value::Float(_) | Value::Bool(_)
    ));
    std::mem::forget(lhs);
}

fn same_object(a: &Value, b: &Value) -> bool {
    !matches!(a, Value::Null) && a.is(b)
}

/// The version of `v`'s class without cloning it (0 when unversioned).
#[inline]
pub fn class_version(v: &Value) -> u32 {
    let t = types();
    match v {
        Value::Instance(i) => i.class.borrow().version.get(),
        Value::Int(_) | Value::BigInt(_) => t.int.version.get(),
        Value::Str(_) => t.str_.version.get(),
        Value::List(_) => t.list.version.get(),
        Value::Dict(_) => t.dict.version.get(),
        Value::Tuple(_) => t.tuple.version.get(),
        Value::Float(_) => t.float.version.get(),
        Value::Set(_) => t.set.version.get(),
        other => type_of(other).version.get(),
    }
}

// ------------------------------------------------------------ BINARY_OP

#[inline(always)]
fn int_op(
    f: &mut Frame,
    fast: impl Fn(i64, i64) -> Option<i64>,
    wide: impl Fn(i128, i128) -> i128,
) -> Option<Step> {
    let n = f.stack.len();
    let (Value::Int(a), Value::Int(b)) = (&f.stack[n - 2], &f.stack[n - 1]) else {
        return None;
    };
    let r = match fast(*a, *b) {
        Some(r) => Value::Int(r),
        // Overflow of 64 bits: the exact result fits 128 bits.
        None => Value::from_bigint(num_bigint::BigInt::from(wide(*a as i128, *b as i128))),
    };
    replace_two_inline(f, r);
    next(f)
}

/// An int operation whose 64-bit result is exact or undefined (a zero
/// divisor or i64::MIN // -1): the guard fails for the undefined cases.
#[inline(always)]
fn int_exact_op(f: &mut Frame, op: fn(i64, i64) -> Option<i64>) -> Option<Step> {
    let n = f.stack.len();
    let (Value::Int(a), Value::Int(b)) = (&f.stack[n - 2], &f.stack[n - 1]) else {
        return None;
    };
    let r = op(*a, *b)?;
    replace_two_inline(f, Value::Int(r));
    next(f)
}

/// Python's `//` on ints: rounds toward negative infinity.
fn floor_div(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    Some(if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    })
}

/// Python's `%` on ints: the result has the divisor's sign.
fn floor_mod(a: i64, b: i64) -> Option<i64> {
    let r = a.checked_rem(b)?;
    Some(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

#[inline(always)]
fn float_op(f: &mut Frame, op: fn(f64, f64) -> f64) -> Option<Step> {
    let n = f.stack.len();
    let (Value::Float(a), Value::Float(b)) = (&f.stack[n - 2], &f.stack[n - 1]) else {
        return None;
    };
    let r = Value::Float(new_float(op(*a, *b)));
    replace_two_inline(f, r);
    next(f)
}

fn concat(a: &PyStr, b: &PyStr) -> Value {
    let mut s = String::with_capacity(a.as_str().len() + b.as_str().len());
    s.push_str(a.as_str());
    s.push_str(b.as_str());
    Value::string(s)
}

fn add_unicode(f: &mut Frame) -> Option<Step> {
    let n = f.stack.len();
    let (Value::Str(a), Value::Str(b)) = (&f.stack[n - 2], &f.stack[n - 1]) else {
        return None;
    };
    let r = concat(a, b);
    replace_two(f, r);
    next(f)
}

/// `s += t` where `s` is a local: the local's reference is dropped before
/// concatenating (the STORE_FAST that follows rebinds it), so that the
/// left operand is uniquely owned when nothing else refers to it.
fn inplace_add_unicode(f: &mut Frame, ip: usize) -> Option<Step> {
    let n = f.stack.len();
    let (Value::Str(a), Value::Str(_)) = (&f.stack[n - 2], &f.stack[n - 1]) else {
        return None;
    };
    // BINARY_OP has one cache unit: the store is at ip + 2.
    let store = f.code.adaptive.instrs.get(ip + 2)?.get();
    if !matches!(
        store.op,
        Opcode::STORE_FAST | Opcode::STORE_FAST_LOAD_FAST | Opcode::STORE_FAST_STORE_FAST
    ) {
        return None;
    }
    match f.fast.get(store.arg as usize) {
        Some(Some(Value::Str(local))) if Rc::ptr_eq(local, a) => {}
        _ => return None,
    }
    f.fast[store.arg as usize] = None;
    let Some(Value::Str(b)) = f.stack.pop() else {
        unreachable!("checked above")
    };
    let Some(Value::Str(a)) = f.stack.pop() else {
        unreachable!("checked above")
    };
    let r = match Rc::try_unwrap(a) {
        Ok(owned) => {
            let mut s = owned.into_string();
            s.push_str(b.as_str());
            Value::string(s)
        }
        Err(shared) => concat(&shared, &b),
    };
    f.stack.push(r);
    next(f)
}

// ------------------------------------------------------------ subscripts

/// A non-negative index that fits the container, from an exact int.
#[inline(always)]
fn index_of(v: &Value) -> Option<usize> {
    match v {
        Value::Int(i) if *i >= 0 => Some(*i as usize),
        _ => None,
    }
}

fn subscr_list_int(f: &mut Frame) -> Option<Step> {
    let n = f.stack.len();
    let Value::List(l) = &f.stack[n - 2] else {
        return None;
    };
    let i = index_of(&f.stack[n - 1])?;
    let item = l.items.borrow().get(i)?.clone();
    replace_two(f, item);
    next(f)
}

fn subscr_tuple_int(f: &mut Frame) -> Option<Step> {
    let n = f.stack.len();
    let Value::Tuple(t) = &f.stack[n - 2] else {
        return None;
    };
    let i = index_of(&f.stack[n - 1])?;
    let item = t.items.get(i)?.clone();
    replace_two(f, item);
    next(f)
}

fn subscr_str_int(f: &mut Frame) -> Option<Step> {
    let n = f.stack.len();
    let Value::Str(s) = &f.stack[n - 2] else {
        return None;
    };
    let i = index_of(&f.stack[n - 1])?;
    // CPython's form requires an ASCII result (its cached singletons).
    if !s.is_ascii() {
        return None;
    }
    let c = *s.as_str().as_bytes().get(i)?;
    let r = ops::char_value(c as char);
    replace_two(f, r);
    next(f)
}

fn subscr_dict(vm: &mut Vm, f: &mut Frame) -> Option<Step> {
    if !matches!(f.peek(2), Value::Dict(_)) {
        return None;
    }
    let sub = f.pop();
    let Value::Dict(d) = f.pop() else {
        unreachable!("checked above")
    };
    Some(match d.get(vm, &sub) {
        Ok(Some(v)) => {
            f.push(v);
            Ok(Flow::Next)
        }
        Ok(None) => Err(exceptions::key_error(sub)),
        Err(e) => Err(e),
    })
}

fn subscr_getitem(vm: &mut Vm, f: &mut Frame, ip: usize) -> Option<Step> {
    let Value::Instance(inst) = f.peek(2) else {
        return None;
    };
    if inst.class.borrow().version.get() != unit(f, ip, 1) {
        return None;
    }
    let Value::Function(getitem) = object(f, ip, 0) else {
        return None;
    };
    let sub = f.pop();
    let container = f.pop();
    Some(enter(vm, f, &getitem, vec![container, sub]))
}

/// Enter a Python function as a new frame (its result lands on `f`'s stack).
fn enter(vm: &mut Vm, f: &mut Frame, func: &Rc<Function>, args: Vec<Value>) -> Step {
    let frame = enter_function(vm, func, args, &[])?;
    if frame.code.is_generator() {
        f.push(quicken_spec::eval::generator::new_generator(frame));
        return Ok(Flow::Next);
    }
    Ok(Flow::Call(frame))
}

fn store_subscr_list_int(f: &mut Frame) -> Option<Step> {
    let n = f.stack.len();
    let Value::List(l) = &f.stack[n - 2] else {
        return None;
    };
    let i = index_of(&f.stack[n - 1])?;
    if i >= l.items.borrow().len() {
        return None;
    }
    let l = l.clone();
    f.stack.pop();
    f.stack.pop();
    let value = f.pop();
    let old = std::mem::replace(&mut l.items.borrow_mut()[i], value);
    drop(old);
    next(f)
}

fn store_subscr_dict(vm: &mut Vm, f: &mut Frame) -> Option<Step> {
    if !matches!(f.peek(2), Value::Dict(_)) {
        return None;
    }
    let sub = f.pop();
    let Value::Dict(d) = f.pop() else {
        unreachable!("checked above")
    };
    let value = f.pop();
    Some(d.set(vm, sub, value).map(|()| Flow::Next))
}

// ------------------------------------------------------------ comparisons

fn compare_int(f: &mut Frame, arg: u32) -> Option<Step> {
    let n = f.stack.len();
    let (Value::Int(a), Value::Int(b)) = (&f.stack[n - 2], &f.stack[n - 1]) else {
        return None;
    };
    let op = CmpOp::from_oparg(arg)?;
    let r = op.test(a.cmp(b));
    replace_two_inline(f, Value::Bool(r));
    next(f)
}

fn compare_float(f: &mut Frame, arg: u32) -> Option<Step> {
    let n = f.stack.len();
    let (Value::Float(a), Value::Float(b)) = (&f.stack[n - 2], &f.stack[n - 1]) else {
        return None;
    };
    // IEEE comparisons, so NaN compares as Python's float does.
    let r = match CmpOp::from_oparg(arg)? {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    };
    replace_two_inline(f, Value::Bool(r));
    next(f)
}

fn compare_str(f: &mut Frame, arg: u32) -> Option<Step> {
    let n = f.stack.len();
    let (Value::Str(a), Value::Str(b)) = (&f.stack[n - 2], &f.stack[n - 1]) else {
        return None;
    };
    let equal = Rc::ptr_eq(a, b) || a.as_str() == b.as_str();
    let r = match CmpOp::from_oparg(arg)? {
        CmpOp::Eq => equal,
        CmpOp::Ne => !equal,
        _ => return None,
    };
    replace_two(f, Value::Bool(r));
    next(f)
}

fn contains_set(vm: &mut Vm, f: &mut Frame, arg: u32) -> Option<Step> {
    let s = match f.peek(1) {
        Value::Set(s) | Value::FrozenSet(s) => s.clone(),
        _ => return None,
    };
    f.stack.pop();
    let item = f.pop();
    Some(set::contains(vm, &s, &item).map(|found| {
        f.push(Value::Bool(found != (arg != 0)));
        Flow::Next
    }))
}

fn contains_dict(vm: &mut Vm, f: &mut Frame, arg: u32) -> Option<Step> {
    let Value::Dict(d) = f.peek(1) else {
        return None;
    };
    let d = d.clone();
    f.stack.pop();
    let item = f.pop();
    Some(d.contains(vm, &item).map(|found| {
        f.push(Value::Bool(found != (arg != 0)));
        Flow::Next
    }))
}

#[inline(always)]
fn to_bool(f: &mut Frame, test: impl Fn(&Value) -> Option<bool>) -> Option<Step> {
    let b = test(f.top())?;
    *f.stack.last_mut().expect("operand") = Value::Bool(b);
    next(f)
}

// ------------------------------------------------------------ unpacking

fn unpack_tuple(f: &mut Frame, n: u32) -> Option<Step> {
    let Value::Tuple(t) = f.top() else {
        return None;
    };
    if t.items.len() != n as usize {
        return None;
    }
    let Value::Tuple(t) = f.pop() else {
        unreachable!("checked above")
    };
    f.stack.extend(t.items.iter().rev().cloned());
    next(f)
}

fn unpack_list(f: &mut Frame, n: u32) -> Option<Step> {
    let Value::List(l) = f.top() else {
        return None;
    };
    if l.items.borrow().len() != n as usize {
        return None;
    }
    let Value::List(l) = f.pop() else {
        unreachable!("checked above")
    };
    f.stack.extend(l.items.borrow().iter().rev().cloned());
    next(f)
}

// ------------------------------------------------------------ globals

fn push_with_null(f: &mut Frame, v: Value, arg: u32) -> Option<Step> {
    f.push(v);
    if arg & 1 != 0 {
        f.push(Value::Null);
    }
    next(f)
}

fn load_global_module(f: &mut Frame, ip: usize, arg: u32) -> Option<Step> {
    if f.globals.peek_keys_version() != unit(f, ip, 1) {
        return None;
    }
    let v = f.globals.value_at(unit(f, ip, 3) as usize)?;
    push_with_null(f, v, arg)
}

fn load_global_builtin(f: &mut Frame, ip: usize, arg: u32) -> Option<Step> {
    if f.globals.peek_keys_version() != unit(f, ip, 1)
        || f.builtins.peek_keys_version() != unit(f, ip, 2)
    {
        return None;
    }
    let v = f.builtins.value_at(unit(f, ip, 3) as usize)?;
    push_with_null(f, v, arg)
}

// ------------------------------------------------------------ attributes

/// What a method or class-attribute load requires of the instance dict.
#[derive(Clone, Copy)]
enum DictState {
    /// The instance may have a dict, which must not hold the name.
    NotShadowing,
    /// The dict has not been created yet.
    NotCreated,
    /// The owner cannot have a dict (slots, or a builtin type's value).
    NoDict,
}

/// The cached class version matches the owner's class.
#[inline(always)]
fn class_is(owner: &Value, version: u32) -> bool {
    version != 0 && class_version(owner) == version
}

fn dict_allows(owner: &Value, name: &PyStr, state: DictState) -> bool {
    match (state, owner) {
        (DictState::NoDict, _) => true,
        (DictState::NotCreated, Value::Instance(i)) => i.dict.borrow().is_none(),
        (DictState::NotShadowing, Value::Instance(i)) => match &*i.dict.borrow() {
            None => true,
            Some(d) => d.get_str(name).is_none(),
        },
        _ => false,
    }
}

fn replace_owner(f: &mut Frame, attr: Value, arg: u32) -> Option<Step> {
    *f.stack.last_mut().expect("owner") = attr;
    if arg & 1 != 0 {
        f.push(Value::Null);
    }
    next(f)
}

fn load_attr_instance(f: &mut Frame, ip: usize, arg: u32, compact: bool) -> Option<Step> {
    let Value::Instance(inst) = f.top() else {
        return None;
    };
    if !class_is(f.top(), unit(f, ip, 1)) {
        return None;
    }
    let v = {
        let dict = inst.dict.borrow();
        let d = dict.as_ref()?;
        if compact && !d.is_compact() {
            return None;
        }
        d.value_at_if_key(unit(f, ip, 2) as usize, &f.code.names[(arg >> 1) as usize])?
    };
    replace_owner(f, v, arg)
}

fn load_attr_slot(f: &mut Frame, ip: usize, arg: u32) -> Option<Step> {
    let Value::Instance(inst) = f.top() else {
        return None;
    };
    if !class_is(f.top(), unit(f, ip, 1)) {
        return None;
    }
    let v = inst.slots.borrow().get(unit(f, ip, 2) as usize)?.clone()?;
    replace_owner(f, v, arg)
}

fn load_attr_module(f: &mut Frame, ip: usize, arg: u32) -> Option<Step> {
    let Value::Module(m) = f.top() else {
        return None;
    };
    if m.dict.peek_keys_version() != unit(f, ip, 1) {
        return None;
    }
    let v = m.dict.value_at(unit(f, ip, 2) as usize)?;
    replace_owner(f, v, arg)
}

fn load_attr_class(f: &mut Frame, ip: usize, arg: u32) -> Option<Step> {
    let Value::Type(t) = f.top() else {
        return None;
    };
    let version = unit(f, ip, 1);
    if version == 0 || t.version.get() != version {
        return None;
    }
    let v = object(f, ip, 0);
    replace_owner(f, v, arg)
}

fn load_attr_property(vm: &mut Vm, f: &mut Frame, ip: usize) -> Option<Step> {
    if !matches!(f.top(), Value::Instance(_)) || !class_is(f.top(), unit(f, ip, 1)) {
        return None;
    }
    let Value::Function(fget) = object(f, ip, 0) else {
        return None;
    };
    if fget.version.get() != unit(f, ip, 3) {
        return None;
    }
    let owner = f.pop();
    Some(enter(vm, f, &fget, vec![owner]))
}

fn load_attr_getattribute(vm: &mut Vm, f: &mut Frame, ip: usize, arg: u32) -> Option<Step> {
    if !matches!(f.top(), Value::Instance(_)) || !class_is(f.top(), unit(f, ip, 1)) {
        return None;
    }
    let Value::Function(ga) = object(f, ip, 0) else {
        return None;
    };
    if ga.version.get() != unit(f, ip, 3) {
        return None;
    }
    let owner = f.pop();
    let name = Value::Str(f.code.names[(arg >> 1) as usize].clone());
    Some(enter(vm, f, &ga, vec![owner, name]))
}

fn load_attr_method(f: &mut Frame, ip: usize, arg: u32, state: DictState) -> Option<Step> {
    let owner = f.top();
    if !class_is(owner, unit(f, ip, 1))
        || !dict_allows(owner, &f.code.names[(arg >> 1) as usize], state)
    {
        return None;
    }
    let method = object(f, ip, 0);
    let owner = std::mem::replace(f.stack.last_mut().expect("owner"), method);
    f.push(owner);
    next(f)
}

fn load_attr_nondescriptor(f: &mut Frame, ip: usize, arg: u32, state: DictState) -> Option<Step> {
    let owner = f.top();
    if !class_is(owner, unit(f, ip, 1))
        || !dict_allows(owner, &f.code.names[(arg >> 1) as usize], state)
    {
        return None;
    }
    let v = object(f, ip, 0);
    replace_owner(f, v, arg)
}

/// `super().name` without a super object: the builtin `super` and a class
/// that `self` passes super's check against (otherwise the generic path
/// raises super's TypeError).
fn load_super_attr(vm: &mut Vm, f: &mut Frame, op: Opcode, arg: u32) -> Option<Step> {
    let n = f.stack.len();
    let (Value::Type(global_super), Value::Type(class)) = (&f.stack[n - 3], &f.stack[n - 2]) else {
        return None;
    };
    if !Rc::ptr_eq(global_super, &types().super_) {
        return None;
    }
    let sup = quicken_spec::runtime::class::make_super(class, f.stack[n - 1].clone()).ok()?;
    let name = f.code.names[(arg >> 2) as usize].clone();
    if op == Opcode::LOAD_SUPER_ATTR_METHOD && !matches!(sup.obj, Value::Type(_)) {
        if let Some(func @ Value::Function(_)) = quicken_spec::eval::super_lookup(&sup, &name) {
            // (function, self): what calling the bound method would do.
            let obj = f.pop();
            f.stack.truncate(n - 3);
            f.push(func);
            f.push(obj);
            return next(f);
        }
    }
    f.stack.truncate(n - 3);
    Some(vm.super_getattr(&sup, &name).map(|v| {
        f.push(v);
        if arg & 1 != 0 {
            f.push(Value::Null);
        }
        Flow::Next
    }))
}

fn store_attr_instance(f: &mut Frame, ip: usize, arg: u32, compact: bool) -> Option<Step> {
    let Value::Instance(inst) = f.top() else {
        return None;
    };
    if !class_is(f.top(), unit(f, ip, 1)) {
        return None;
    }
    let pos = unit(f, ip, 2) as usize;
    let code = f.code.clone();
    let name = &code.names[arg as usize];
    let dict = inst.dict.borrow().clone();
    match dict {
        // Replacing the value of an attribute at its cached position.
        Some(d) if d.value_at_if_key(pos, name).is_some() => {
            if compact && !d.is_compact() {
                return None;
            }
            f.stack.pop();
            let value = f.pop();
            if let Err(value) = d.replace_at_if_key(pos, name, value) {
                unreachable!("entry checked above: {value:?}")
            }
        }
        // Adding the attribute as the next one in insertion order, as a
        // shared-keys instance in CPython would (`self.x = x` in __init__).
        Some(d) if compact && d.is_compact() && d.len() == pos && d.get_str(name).is_none() => {
            let name = name.clone();
            f.stack.pop();
            let value = f.pop();
            d.set_str(name, value);
        }
        None if compact && pos == 0 => {
            let name = name.clone();
            let Value::Instance(inst) = f.pop() else {
                unreachable!("checked above")
            };
            let value = f.pop();
            inst.dict().set_str(name, value);
        }
        _ => return None,
    }
    next(f)
}

fn store_attr_slot(f: &mut Frame, ip: usize) -> Option<Step> {
    let Value::Instance(inst) = f.top() else {
        return None;
    };
    if !class_is(f.top(), unit(f, ip, 1)) {
        return None;
    }
    let i = unit(f, ip, 2) as usize;
    if i >= inst.slots.borrow().len() {
        return None;
    }
    let Value::Instance(inst) = f.pop() else {
        unreachable!("checked above")
    };
    let value = f.pop();
    let old = inst.slots.borrow_mut()[i].replace(value);
    drop(old);
    next(f)
}

// ------------------------------------------------------------ calls

/// A bound method in the callable slot with an empty self slot, whose
/// function has the cached version: split it into (function, self).
fn unpack_bound_method(f: &mut Frame, ip: usize, argc: u32) -> Option<()> {
    let base = f.stack.len() - argc as usize - 2;
    let Value::BoundMethod(m) = &f.stack[base] else {
        return None;
    };
    if !matches!(f.stack[base + 1], Value::Null) {
        return None;
    }
    match &m.func {
        Value::Function(func) if func.version.get() == unit(f, ip, 1) => {}
        _ => return None,
    }
    let m = m.clone();
    f.stack[base] = m.func.clone();
    f.stack[base + 1] = m.receiver.clone();
    Some(())
}

/// The function in the callable slot, if it has the cached version.
fn versioned_function(f: &Frame, ip: usize, base: usize) -> Option<Rc<Function>> {
    match &f.stack[base] {
        Value::Function(func) if func.version.get() == unit(f, ip, 1) => Some(func.clone()),
        _ => None,
    }
}

fn call_py_exact(vm: &mut Vm, f: &mut Frame, ip: usize, argc: u32) -> Option<Step> {
    let base = f.stack.len() - argc as usize - 2;
    let func = versioned_function(f, ip, base)?;
    // The cached version pins the code (so its argcount and flags); the
    // site's argc is fixed, so only the self slot can change the count.
    let has_self = !matches!(f.stack[base + 1], Value::Null);
    if has_self as u32 != unit(f, ip, 2) {
        return None;
    }
    let code = func.code.borrow().clone();
    let start = if has_self { base + 1 } else { base + 2 };
    let mut frame = vm.new_frame(code, func.globals.clone(), None, Some(func));
    // Popping straight into the parameter slots (last first) avoids a
    // Drain and its drop (~20 instructions a call, callgrind on fib).
    for i in (0..f.stack.len() - start).rev() {
        frame.fast[i] = f.stack.pop();
    }
    f.stack.truncate(base);
    Some(Ok(Flow::Call(frame)))
}

fn call_py_general(vm: &mut Vm, f: &mut Frame, ip: usize, argc: u32) -> Option<Step> {
    let base = f.stack.len() - argc as usize - 2;
    versioned_function(f, ip, base)?;
    Some(call_from_stack(vm, f, argc as usize, None))
}

/// A builtin function (the cached one) called with its arguments in place.
fn call_builtin(vm: &mut Vm, f: &mut Frame, ip: usize, argc: u32) -> Option<Step> {
    let base = f.stack.len() - argc as usize - 2;
    let Value::Builtin(b) = &f.stack[base] else {
        return None;
    };
    if !matches!(f.stack[base + 1], Value::Null) || !same_object(&f.stack[base], &object(f, ip, 0))
    {
        return None;
    }
    let func = b.func;
    let r = func(vm, &f.stack[base + 2..], &[]);
    f.stack.truncate(base);
    Some(r.map(|v| {
        f.push(v);
        Flow::Next
    }))
}

/// `T(x)` for one of the builtin types with a one-argument form.
fn one_arg_of_type<'a>(f: &'a Frame, argc: u32, t: &Rc<Type>) -> Option<&'a Value> {
    if argc != 1 {
        return None;
    }
    let base = f.stack.len() - 3;
    match (&f.stack[base], &f.stack[base + 1]) {
        (Value::Type(c), Value::Null) if Rc::ptr_eq(c, t) => Some(&f.stack[base + 2]),
        _ => None,
    }
}

fn finish_call(f: &mut Frame, argc: u32, r: PyResult<Value>) -> Step {
    let base = f.stack.len() - argc as usize - 2;
    f.stack.truncate(base);
    f.push(r?);
    Ok(Flow::Next)
}

fn call_type_1(f: &mut Frame, argc: u32) -> Option<Step> {
    let arg = one_arg_of_type(f, argc, &types().type_)?;
    let r = Value::Type(type_of(arg));
    Some(finish_call(f, argc, Ok(r)))
}

fn call_str_1(vm: &mut Vm, f: &mut Frame, argc: u32) -> Option<Step> {
    let arg = one_arg_of_type(f, argc, &types().str_)?.clone();
    let r = ops::str_value(vm, &arg);
    Some(finish_call(f, argc, r))
}

fn call_tuple_1(vm: &mut Vm, f: &mut Frame, argc: u32) -> Option<Step> {
    let arg = one_arg_of_type(f, argc, &types().tuple)?.clone();
    let r = match arg {
        Value::Tuple(_) => Ok(arg),
        other => ops::collect(vm, &other).map(Value::tuple),
    };
    Some(finish_call(f, argc, r))
}

fn call_list_append(f: &mut Frame, ip: usize, argc: u32) -> Option<Step> {
    if argc != 1 {
        return None;
    }
    let base = f.stack.len() - 3;
    if !same_object(&f.stack[base], &object(f, ip, 0)) {
        return None;
    }
    let Value::List(l) = &f.stack[base + 1] else {
        return None;
    };
    let l = l.clone();
    let item = f.pop();
    l.items.borrow_mut().push(item);
    f.stack.truncate(base);
    f.push(Value::None);
    next(f)
}

fn call_method_descriptor(vm: &mut Vm, f: &mut Frame, ip: usize, argc: u32) -> Option<Step> {
    let base = f.stack.len() - argc as usize - 2;
    let Value::Builtin(b) = &f.stack[base] else {
        return None;
    };
    if !same_object(&f.stack[base], &object(f, ip, 0)) {
        return None;
    }
    // `self` must be exactly the descriptor's class (a subclass instance
    // goes through the generic path, which passes the builtin value).
    let owner = b.owner.as_ref()?;
    let receiver = &f.stack[base + 1];
    if matches!(receiver, Value::Null | Value::Instance(_))
        || class_version(receiver) != owner.version.get()
    {
        return None;
    }
    let func = b.func;
    let r = func(vm, &f.stack[base + 1..], &[]);
    f.stack.truncate(base);
    Some(r.map(|v| {
        f.push(v);
        Flow::Next
    }))
}

fn call_alloc_and_enter_init(vm: &mut Vm, f: &mut Frame, ip: usize, argc: u32) -> Option<Step> {
    let base = f.stack.len() - argc as usize - 2;
    let Value::Type(cls) = &f.stack[base] else {
        return None;
    };
    let version = unit(f, ip, 1);
    if version == 0 || cls.version.get() != version || !matches!(f.stack[base + 1], Value::Null) {
        return None;
    }
    let Value::Function(init) = object(f, ip, 0) else {
        return None;
    };
    // The class version pins which __init__ the class has; the function's
    // version pins its code (gh-122712: a new __code__ with *args must not
    // be entered as if it took exactly these arguments).
    if init.version.get() != unit(f, ip, 2) {
        return None;
    }
    let obj = Value::Instance(Rc::new(Instance::new(cls.clone())));
    let code = init.code.borrow().clone();
    let mut frame = vm.new_frame(code, init.globals.clone(), None, Some(init));
    frame.fast[0] = Some(obj.clone());
    for i in (1..=f.stack.len() - (base + 2)).rev() {
        frame.fast[i] = f.stack.pop();
    }
    f.stack.truncate(base);
    frame.init_self = Some(obj);
    Some(Ok(Flow::Call(frame)))
}

// ------------------------------------------------------------ iteration

fn for_iter_builtin(f: &mut Frame, op: Opcode, target: u32) -> Option<Step> {
    let Value::Iter(it) = f.top() else {
        return None;
    };
    let item = {
        let mut st = it.state.borrow_mut();
        let item = match (&mut *st, op) {
            (IterState::List { list, index }, Opcode::FOR_ITER_LIST) => {
                let item = list.items.borrow().get(*index).cloned();
                *index += 1;
                item
            }
            (IterState::Tuple { tuple, index }, Opcode::FOR_ITER_TUPLE) => {
                let item = tuple.items.get(*index).cloned();
                *index += 1;
                item
            }
            (
                IterState::Range {
                    next,
                    step,
                    remaining,
                },
                Opcode::FOR_ITER_RANGE,
            ) => {
                if *remaining > 0 {
                    let v = *next;
                    *remaining -= 1;
                    *next = next.wrapping_add(*step);
                    Some(Value::Int(v))
                } else {
                    None
                }
            }
            _ => return None,
        };
        if item.is_none() {
            // As the generic path: an exhausted iterator stays exhausted.
            *st = IterState::Exhausted;
        }
        item
    };
    match item {
        Some(v) => f.push(v),
        None => {
            f.stack.pop();
            f.ip = target as usize;
        }
    }
    next(f)
}

fn for_iter_gen(vm: &mut Vm, f: &mut Frame, target: u32) -> Option<Step> {
    let Value::Generator(g) = f.top() else {
        return None;
    };
    if g.state.get() == GenState::Running {
        return None;
    }
    let g = g.clone();
    Some(vm.gen_next(&g).map(|item| {
        match item {
            Some(v) => f.push(v),
            None => {
                f.stack.pop();
                f.ip = target as usize;
            }
        }
        Flow::Next
    }))
}
