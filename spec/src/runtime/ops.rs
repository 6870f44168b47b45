//! The data model: the generic meaning of every operator, attribute access,
//! iteration, subscripting, hashing, truth, repr and str.
//!
//! Each function here is the single definition of its behaviour. The
//! reference evaluator calls them for every instruction; the specializing
//! interpreter calls them on every generic path and after every deopt.

use super::exceptions::*;
use super::int::{self, as_int, IntRef};
use super::object::*;
use super::str::{intern, PyStr};
use super::types::{type_name, type_of, types, Type};
use super::value::{new_float, Value};
use super::PyResult;
use crate::eval::Vm;
use crate::instructions::{BinOp, CmpOp};
use crate::text::numfmt::{self, NumError};
use num_bigint::BigInt;
use std::cmp::Ordering;
use std::rc::Rc;

/// Turn a text-module error into the Python exception CPython raises.
pub fn num_error(e: NumError) -> PyErr {
    match e {
        NumError::Value(m) => value_error(m),
        NumError::Overflow(m) => overflow_error(m),
        NumError::Type(m) => type_error(m),
        NumError::ZeroDivision(m) => zero_division_error(m),
        NumError::Memory(m) => memory_error(m),
    }
}

// ---------------------------------------------------------------- truth

/// `bool(v)`.
pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::BigInt(_) => true,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::List(l) => !l.items.borrow().is_empty(),
        Value::Tuple(t) => !t.items.is_empty(),
        Value::Dict(d) => !d.is_empty(),
        Value::Range(r) => match &r.big {
            Some(b) => !num_traits::Zero::is_zero(&b.len()),
            None => !r.is_empty(),
        },
        Value::DictView(v) => !v.dict.is_empty(),
        Value::Set(s) | Value::FrozenSet(s) => super::set::len(s) != 0,
        Value::Bytes(b) => !b.data.is_empty(),
        Value::ByteArray(b) => !b.data.borrow().is_empty(),
        Value::Instance(_) => return vm.instance_truthy(v),
        Value::Type(t) if t.meta.borrow().is_some() => return vm.instance_truthy(v),
        _ => true,
    })
}

// ---------------------------------------------------------------- numbers

/// A float operand: floats, and ints/bools converted exactly or with
/// OverflowError as CPython's float arithmetic does.
fn as_float_operand(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        _ => as_int(v).map(int::to_f64),
    }
}

pub fn float_pow(a: f64, b: f64) -> PyResult<Value> {
    numfmt::float_pow(a, b)
        .map(|x| Value::Float(new_float(x)))
        .map_err(num_error)
}

fn float_binary(op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    Ok(Value::Float(new_float(match op {
        BinOp::Add => a + b,
        BinOp::Subtract => a - b,
        BinOp::Multiply => a * b,
        BinOp::TrueDivide => {
            if b == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDivide => numfmt::float_floordiv(a, b).map_err(num_error)?,
        BinOp::Remainder => numfmt::float_mod(a, b).map_err(num_error)?,
        BinOp::Power => return float_pow(a, b),
        _ => return Err(unsupported(op, false, &Value::Float(a), &Value::Float(b))),
    })))
}

fn int_binary(op: BinOp, a: IntRef, b: IntRef) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => int::add(a, b),
        BinOp::Subtract => int::sub(a, b),
        BinOp::Multiply => int::mul(a, b),
        BinOp::FloorDivide => int::floordiv(a, b)?,
        BinOp::Remainder => int::modulo(a, b)?,
        BinOp::TrueDivide => int::truediv(a, b)?,
        BinOp::Power => int::pow(a, b)?,
        BinOp::Lshift => int::lshift(a, b)?,
        BinOp::Rshift => int::rshift(a, b)?,
        BinOp::And => int::bitand(a, b),
        BinOp::Or => int::bitor(a, b),
        BinOp::Xor => int::bitxor(a, b),
        BinOp::MatrixMultiply => {
            return Err(unsupported(op, false, &Value::Int(0), &Value::Int(0)))
        }
    })
}

fn unsupported(op: BinOp, inplace: bool, a: &Value, b: &Value) -> PyErr {
    let sym = if inplace {
        format!("{}=", op.symbol())
    } else {
        op.symbol().to_string()
    };
    if op == BinOp::Power && !inplace {
        return type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            type_name(a).as_str(),
            type_name(b).as_str()
        ));
    }
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_name(a).as_str(),
        type_name(b).as_str()
    ))
}

/// Repetition count for `seq * n`.
fn repeat_count(n: &Value) -> Option<PyResult<usize>> {
    let i = as_int(n)?;
    Some(match i.to_i64() {
        Some(k) if k <= 0 => Ok(0),
        Some(k) => usize::try_from(k)
            .map_err(|_| overflow_error("cannot fit 'int' into an index-sized integer")),
        None if i.is_negative() => Ok(0),
        None => Err(overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
    })
}

/// The largest single object Quicken tries to allocate, in bytes. Rust
/// aborts the process when an allocation fails, where CPython raises
/// MemoryError; refusing sizes past any machine's memory keeps the
/// MemoryError (CPython gives one for `'a' * 10**12` and `1 << 10**12`).
pub const MAX_OBJECT_BYTES: usize = 1 << 34;

/// MemoryError for a repetition of `unit` elements of `elem_bytes` each
/// `n` times that could not be allocated.
fn check_repeat_size(unit: usize, n: usize, elem_bytes: usize) -> PyResult<()> {
    if unit
        .checked_mul(n)
        .and_then(|t| t.checked_mul(elem_bytes))
        .is_none_or(|t| t > MAX_OBJECT_BYTES)
    {
        return Err(memory_error(""));
    }
    Ok(())
}

/// The builtin-type part of binary operators, or `None` when neither operand
/// is a builtin type that implements `op` (the caller then tries dunders).
fn native_binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::And => return Ok(Some(Value::Bool(x & y))),
            BinOp::Or => return Ok(Some(Value::Bool(x | y))),
            BinOp::Xor => return Ok(Some(Value::Bool(x ^ y))),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return int_binary(op, x, y).map(Some);
    }
    if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
        if let (Some(x), Some(y)) = (as_float_operand(a), as_float_operand(b)) {
            if matches!(
                op,
                BinOp::Add
                    | BinOp::Subtract
                    | BinOp::Multiply
                    | BinOp::TrueDivide
                    | BinOp::FloorDivide
                    | BinOp::Remainder
                    | BinOp::Power
            ) {
                return float_binary(op, x?, y?).map(Some);
            }
            return Ok(None);
        }
    }
    Ok(match (op, a, b) {
        (BinOp::Add, Value::Str(x), Value::Str(y)) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Some(Value::string(s))
        }
        (BinOp::Add, Value::Str(_), _) if !matches!(b, Value::Instance(_)) => {
            return Err(type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                type_name(b).as_str()
            )))
        }
        (BinOp::Add, Value::List(x), Value::List(y)) => {
            let mut v = x.items.borrow().clone();
            v.extend(y.items.borrow().iter().cloned());
            Some(Value::list(v))
        }
        (BinOp::Add, Value::List(_), _) if !matches!(b, Value::Instance(_)) => {
            return Err(type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                type_name(b).as_str()
            )))
        }
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
            let mut v = x.items.to_vec();
            v.extend(y.items.iter().cloned());
            Some(Value::tuple(v))
        }
        (BinOp::Add, Value::Tuple(_), _) if !matches!(b, Value::Instance(_)) => {
            return Err(type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                type_name(b).as_str()
            )))
        }
        (BinOp::Multiply, Value::Str(_) | Value::List(_) | Value::Tuple(_), _)
        | (BinOp::Multiply, _, Value::Str(_) | Value::List(_) | Value::Tuple(_)) => {
            let (seq, n) = if matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
                (a, b)
            } else {
                (b, a)
            };
            match repeat_count(n) {
                None => {
                    if matches!(n, Value::Instance(_)) || matches!(seq, Value::Instance(_)) {
                        return Ok(None);
                    }
                    return Err(type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        type_name(n).as_str()
                    )));
                }
                Some(k) => {
                    let k = k?;
                    Some(match seq {
                        Value::Str(s) => {
                            check_repeat_size(s.as_str().len(), k, 1)?;
                            Value::string(s.as_str().repeat(k))
                        }
                        Value::List(l) => {
                            let items = l.items.borrow();
                            check_repeat_size(items.len(), k, std::mem::size_of::<Value>())?;
                            let mut v = Vec::with_capacity(items.len() * k);
                            for _ in 0..k {
                                v.extend(items.iter().cloned());
                            }
                            Value::list(v)
                        }
                        Value::Tuple(t) => {
                            check_repeat_size(t.items.len(), k, std::mem::size_of::<Value>())?;
                            let mut v = Vec::with_capacity(t.items.len() * k);
                            for _ in 0..k {
                                v.extend(t.items.iter().cloned());
                            }
                            Value::tuple(v)
                        }
                        _ => unreachable!("seq is a sequence"),
                    })
                }
            }
        }
        (BinOp::Or, Value::Dict(x), Value::Dict(y)) => {
            let d = (**x).clone();
            let d = Rc::new(d);
            for (k, v) in y.items() {
                // Keys already hashed in y: hashing cannot fail.
                d.set_str_or_value(k, v);
            }
            Some(Value::Dict(d))
        }
        _ => None,
    })
}

impl super::dict::Dict {
    /// Insert a key known to be hashable without Python code (used when
    /// copying entries between dicts).
    pub fn set_str_or_value(&self, key: Value, value: Value) {
        let mut vm = Vm::scratch();
        let _ = self.set(&mut vm, key, value);
    }
}

/// `a <op> b`, or `a <op>= b` when `inplace`.
pub fn binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    if inplace {
        if let Some(r) = inplace_native(vm, a, b, op)? {
            return Ok(r);
        }
    }
    if op == BinOp::Remainder {
        if let Value::Str(fmt) = a {
            return percent_format(vm, fmt, b);
        }
    }
    if matches!(a, Value::Bytes(_) | Value::ByteArray(_))
        || matches!(b, Value::Bytes(_) | Value::ByteArray(_))
    {
        if let Some(r) = crate::builtins::bytes_binary(vm, a, b, op)? {
            return Ok(r);
        }
    }
    if let Some(r) = native_binary(op, a, b)? {
        return Ok(r);
    }
    if matches!(a, Value::Set(_) | Value::FrozenSet(_)) {
        if let Some(r) = super::set::binary(vm, a, b, op)? {
            return Ok(r);
        }
    }
    // Keys and items views combine like sets: `d.keys() & e.keys()`.
    let is_set_like = |v: &Value| {
        matches!(v, Value::Set(_) | Value::FrozenSet(_))
            || matches!(v, Value::DictView(dv) if dv.kind != DictViewKind::Values)
    };
    if (matches!(a, Value::DictView(_)) || matches!(b, Value::DictView(_)))
        && is_set_like(a)
        && matches!(op, BinOp::And | BinOp::Or | BinOp::Subtract | BinOp::Xor)
    {
        let sa = super::set::set_value(super::set::table_from(vm, a)?);
        let sb = if is_set_like(b) || matches!(b, Value::List(_) | Value::Tuple(_)) {
            super::set::set_value(super::set::table_from(vm, b)?)
        } else {
            b.clone()
        };
        if let Some(r) = super::set::binary(vm, &sa, &sb, op)? {
            return Ok(r);
        }
    }
    if let Some(r) = vm.binary_dunder(a, b, op, inplace)? {
        return Ok(r);
    }
    // Sequence repetition takes any object with `__index__` as the count,
    // once neither operand's multiplication applied (CPython's sq_repeat).
    if op == BinOp::Multiply {
        let is_seq = |v: &Value| {
            matches!(
                v,
                Value::Str(_)
                    | Value::List(_)
                    | Value::Tuple(_)
                    | Value::Bytes(_)
                    | Value::ByteArray(_)
            )
        };
        let (seq, n) = if is_seq(a) { (a, b) } else { (b, a) };
        if is_seq(seq) && matches!(n, Value::Instance(_)) {
            if let Some(count) = index_value(vm, n)? {
                let count = match count {
                    IntIndex::Small(i) => Value::Int(i),
                    IntIndex::Big(big) => Value::from_bigint(big),
                };
                return binary_op(vm, seq, &count, op, inplace);
            }
        }
    }
    Err(unsupported(op, inplace, a, b))
}

/// In-place forms that mutate builtin containers (`list += iterable`).
fn inplace_native(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if let Value::Set(s) = a {
        return super::set::inplace(vm, s, b, op);
    }
    if let Value::ByteArray(ba) = a {
        return crate::builtins::bytearray_inplace(vm, ba, b, op).map(|r| r.map(|_| a.clone()));
    }
    match (op, a) {
        (BinOp::Add, Value::List(l)) => {
            if matches!(b, Value::Instance(_)) {
                return Ok(None);
            }
            let items = collect(vm, b)?;
            l.items.borrow_mut().extend(items);
            Ok(Some(a.clone()))
        }
        (BinOp::Multiply, Value::List(l)) => match repeat_count(b) {
            Some(k) => {
                let k = k?;
                let mut items = l.items.borrow_mut();
                check_repeat_size(items.len(), k, std::mem::size_of::<Value>())?;
                let orig = items.clone();
                items.clear();
                for _ in 0..k {
                    items.extend(orig.iter().cloned());
                }
                drop(items);
                Ok(Some(a.clone()))
            }
            None => Ok(None),
        },
        (BinOp::Or, Value::Dict(d)) => {
            if let Value::Dict(other) = b {
                for (k, v) in other.items() {
                    d.set(vm, k, v)?;
                }
                return Ok(Some(a.clone()));
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

pub fn negative(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => Ok(Value::Float(new_float(-f))),
        _ => match as_int(v) {
            Some(i) => Ok(int::neg(i)),
            None => vm.unary_dunder(v, "__neg__", "unary -"),
        },
    }
}

pub fn positive(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => Ok(Value::Float(*f)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        _ => vm.unary_dunder(v, "__pos__", "unary +"),
    }
}

pub fn invert(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match as_int(v) {
        Some(i) => Ok(int::invert(i)),
        None => vm.unary_dunder(v, "__invert__", "unary ~"),
    }
}

pub fn abs(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => Ok(Value::Float(new_float(f.abs()))),
        _ => match as_int(v) {
            Some(i) => Ok(int::abs(i)),
            None => vm.unary_dunder(v, "__abs__", "abs()"),
        },
    }
}

// ---------------------------------------------------------------- comparison

/// Equality between builtin values that never runs Python code, or `None`
/// when the answer needs a dunder or a deeper walk.
pub fn eq_builtin(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Float(x), _) => as_int(b).map(|i| int::cmp_float(i, *x) == Some(Ordering::Equal)),
        (_, Value::Float(y)) => as_int(a).map(|i| int::cmp_float(i, *y) == Some(Ordering::Equal)),
        (Value::None, Value::None) => Some(true),
        _ => match (as_int(a), as_int(b)) {
            (Some(x), Some(y)) => Some(int::cmp(x, y) == Ordering::Equal),
            (Some(_), None) | (None, Some(_)) => {
                if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
                    None
                } else {
                    Some(false)
                }
            }
            _ => None,
        },
    }
}

/// `a == b` as a bool.
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = eq_builtin(a, b) {
        return Ok(r);
    }
    let r = compare(vm, a, b, CmpOp::Eq)?;
    truthy(vm, &r)
}

/// Order two numbers, or None if either is not a number (or NaN involved).
fn cmp_numbers(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(y)),
        (Value::Float(x), _) => as_int(b).map(|i| int::cmp_float(i, *x).map(Ordering::reverse)),
        (_, Value::Float(y)) => as_int(a).map(|i| int::cmp_float(i, *y)),
        _ => match (as_int(a), as_int(b)) {
            (Some(x), Some(y)) => Some(Some(int::cmp(x, y))),
            _ => None,
        },
    }
}

/// Rich comparison `a <op> b`: the generic meaning of COMPARE_OP.
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if let Some(ord) = cmp_numbers(a, b) {
        return Ok(Value::Bool(match ord {
            Some(o) => op.test(o),
            None => op == CmpOp::Ne,
        }));
    }
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        return vm.compare_dunder(a, b, op);
    }
    if let Some(r) = native_compare(vm, a, b, op)? {
        return Ok(Value::Bool(r));
    }
    match op {
        CmpOp::Eq => Ok(Value::Bool(a.is(b))),
        CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a).as_str(),
            type_name(b).as_str()
        ))),
    }
}

/// Compare `a` and `b` as a bool.
pub fn compare_bool(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let r = compare(vm, a, b, op)?;
    match r {
        Value::Bool(b) => Ok(b),
        other => truthy(vm, &other),
    }
}

/// Comparison of builtin containers and strings; `None` when unsupported.
fn native_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    Ok(match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(op.test(x.as_str().cmp(y.as_str()))),
        (Value::List(x), Value::List(y)) => {
            let xs = x.items.borrow().clone();
            let ys = y.items.borrow().clone();
            Some(sequence_compare(vm, &xs, &ys, op)?)
        }
        (Value::Tuple(x), Value::Tuple(y)) => Some(sequence_compare(vm, &x.items, &y.items, op)?),
        (Value::Dict(x), Value::Dict(y)) => match op {
            CmpOp::Eq | CmpOp::Ne => {
                let same = dict_eq(vm, x, y)?;
                Some(if op == CmpOp::Eq { same } else { !same })
            }
            _ => None,
        },
        (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
            let x = crate::builtins::bytes_data(a).unwrap_or_default();
            let y = crate::builtins::bytes_data(b).unwrap_or_default();
            Some(op.test(x.cmp(&y)))
        }
        (Value::Set(s) | Value::FrozenSet(s), _) if super::set::as_set(b).is_some() => {
            super::set::compare(vm, s, b, op)?
        }
        // Methods are equal when they bind the same function to the same
        // object (identity, as CPython 3.8+ compares `__self__`).
        (Value::BoundMethod(x), Value::BoundMethod(y)) => match op {
            CmpOp::Eq | CmpOp::Ne => {
                let same = x.func.is(&y.func) && x.receiver.is(&y.receiver);
                Some(same == (op == CmpOp::Eq))
            }
            _ => None,
        },
        (Value::Range(x), Value::Range(y)) => match op {
            CmpOp::Eq | CmpOp::Ne => {
                let same = range_eq(x, y);
                Some(if op == CmpOp::Eq { same } else { !same })
            }
            _ => None,
        },
        (Value::DictView(x), Value::DictView(y))
            if x.kind != DictViewKind::Values && y.kind != DictViewKind::Values =>
        {
            match op {
                CmpOp::Eq | CmpOp::Ne => {
                    let xs = view_items(x);
                    let ys = view_items(y);
                    let mut same = xs.len() == ys.len();
                    if same {
                        for item in &xs {
                            if !contains_in_slice(vm, &ys, item)? {
                                same = false;
                                break;
                            }
                        }
                    }
                    Some(if op == CmpOp::Eq { same } else { !same })
                }
                _ => None,
            }
        }
        _ => None,
    })
}

fn view_items(v: &DictView) -> Vec<Value> {
    match v.kind {
        DictViewKind::Keys => v.dict.keys(),
        DictViewKind::Values => v.dict.values(),
        DictViewKind::Items => v
            .dict
            .items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    }
}

fn contains_in_slice(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<bool> {
    for it in items {
        if it.is(x) || eq(vm, it, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_eq(x: &Range, y: &Range) -> bool {
    let (lx, ly) = (x.len(), y.len());
    if lx != ly {
        return false;
    }
    if lx == 0 {
        return true;
    }
    if x.start != y.start {
        return false;
    }
    lx == 1 || x.step == y.step
}

fn dict_eq(vm: &mut Vm, x: &Rc<super::dict::Dict>, y: &Rc<super::dict::Dict>) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for (k, v) in x.items() {
        match y.get(vm, &k)? {
            Some(w) => {
                if !(v.is(&w) || eq(vm, &v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// Lexicographic comparison: the first unequal pair decides, else lengths.
pub fn sequence_compare(vm: &mut Vm, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<bool> {
    let n = xs.len().min(ys.len());
    for i in 0..n {
        if xs[i].is(&ys[i]) {
            continue;
        }
        if !eq(vm, &xs[i], &ys[i])? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => compare_bool(vm, &xs[i], &ys[i], op),
            };
        }
    }
    Ok(op.test(xs.len().cmp(&ys.len())))
}

// ---------------------------------------------------------------- hashing

/// `hash(v)`.
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::Str(s) => s.hash(),
        Value::Int(i) => int::hash(IntRef::Small(*i)),
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => int::hash(IntRef::Big(b)),
        Value::Float(f) => {
            if f.is_nan() {
                pointer_hash(v)
            } else {
                int::hash_float(*f)
            }
        }
        Value::None => -0x4d5c8d0a3b1e2fa0_i64 >> 4,
        Value::Tuple(t) => tuple_hash(vm, &t.items)?,
        Value::List(_) | Value::Dict(_) | Value::DictView(_) => {
            return Err(type_error(format!(
                "unhashable type: '{}'",
                type_name(v).as_str()
            )))
        }
        Value::Slice(_) => return Err(type_error("unhashable type: 'slice'")),
        Value::Set(_) => return Err(type_error("unhashable type: 'set'")),
        Value::ByteArray(_) => return Err(type_error("unhashable type: 'bytearray'")),
        Value::Bytes(b) => b.hash(),
        Value::FrozenSet(s) => super::set::read(s)?.frozenset_hash(),
        Value::Range(r) => {
            let len = r.len();
            let items = if len == 0 {
                vec![Value::Int(0), Value::None, Value::None]
            } else if len == 1 {
                vec![Value::Int(1), Value::Int(r.start), Value::None]
            } else {
                vec![Value::Int(len), Value::Int(r.start), Value::Int(r.step)]
            };
            tuple_hash(vm, &items)?
        }
        Value::Instance(_) => return vm.instance_hash(v),
        _ => pointer_hash(v),
    })
}

/// CPython's default object hash: the address rotated by 4 bits.
fn pointer_hash(v: &Value) -> i64 {
    let p = v.identity() as u64;
    let h = p.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's tuple hash (the xxHash-based one of 3.8+).
pub fn tuple_hash(vm: &mut Vm, items: &[Value]) -> PyResult<i64> {
    let mut hashes = Vec::with_capacity(items.len());
    for it in items {
        hashes.push(hash(vm, it)?);
    }
    Ok(combine_tuple_hash(&hashes))
}

/// The tuple hash of items with the given hashes.
pub fn combine_tuple_hash(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hashes {
        let lane = h as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

// ---------------------------------------------------------------- repr and str

/// repr() of values that need no Python code and no recursion guard, or None.
pub fn repr_plain(v: &Value) -> Option<String> {
    Some(match v {
        Value::None => "None".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => numfmt::int_to_decimal(b).ok()?,
        Value::Float(f) => numfmt::float_repr(*f),
        Value::Str(s) => numfmt::str_repr(s.as_str()),
        Value::Type(t) => type_repr(t),
        Value::Range(r) if r.big.is_some() => {
            let b = r.big.as_deref()?;
            if b.step == BigInt::from(1) {
                format!("range({}, {})", b.start, b.stop)
            } else {
                format!("range({}, {}, {})", b.start, b.stop, b.step)
            }
        }
        Value::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Value::Tuple(t) if t.items.is_empty() => "()".into(),
        Value::Tuple(t) => {
            let parts: Option<Vec<String>> = t.items.iter().map(repr_plain).collect();
            let parts = parts?;
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        _ => return None,
    })
}

pub fn type_repr(t: &Type) -> String {
    if t.module.as_str() == "builtins" {
        format!("<class '{}'>", t.qualname.borrow().as_str())
    } else {
        format!(
            "<class '{}.{}'>",
            t.module.as_str(),
            t.qualname.borrow().as_str()
        )
    }
}

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::BigInt(b) => return numfmt::int_to_decimal(b).map_err(num_error),
        Value::List(_)
        | Value::Tuple(_)
        | Value::Dict(_)
        | Value::DictView(_)
        | Value::Instance(_) => {}
        _ => {
            if let Some(s) = repr_plain(v) {
                return Ok(s);
            }
        }
    }
    match v {
        Value::List(l) => vm.repr_guarded(v, "[...]", |vm| {
            let items = l.items.borrow().clone();
            Ok(format!("[{}]", join_reprs(vm, &items)?))
        }),
        Value::Tuple(t) => vm.repr_guarded(v, "(...)", |vm| {
            let inner = join_reprs(vm, &t.items)?;
            Ok(if t.items.len() == 1 {
                format!("({inner},)")
            } else {
                format!("({inner})")
            })
        }),
        Value::Dict(d) => vm.repr_guarded(v, "{...}", |vm| {
            let mut out = String::from("{");
            for (i, (k, val)) in d.items().into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr(vm, &k)?);
                out.push_str(": ");
                out.push_str(&repr(vm, &val)?);
            }
            out.push('}');
            Ok(out)
        }),
        Value::DictView(dv) => vm.repr_guarded(v, "...", |vm| {
            let name = match dv.kind {
                DictViewKind::Keys => "dict_keys",
                DictViewKind::Values => "dict_values",
                DictViewKind::Items => "dict_items",
            };
            let items = view_items(dv);
            Ok(format!("{}([{}])", name, join_reprs(vm, &items)?))
        }),
        Value::Instance(_) => vm.instance_repr(v),
        Value::Set(s) => super::set::repr(vm, v, s, false),
        Value::Bytes(b) => Ok(crate::text::bytesmethods::bytes_repr(&b.data, "b")),
        Value::ByteArray(b) => Ok(crate::text::bytesmethods::bytearray_repr(&b.data.borrow())),
        Value::FrozenSet(s) => super::set::repr(vm, v, s, true),
        Value::Function(f) => Ok(format!(
            "<function {} at {:#x}>",
            f.qualname.borrow().as_str(),
            v.identity()
        )),
        Value::Builtin(b) => Ok(match &b.owner {
            Some(t) => format!("<method '{}' of '{}' objects>", b.name, t.name()),
            None => format!("<built-in function {}>", b.name),
        }),
        Value::BoundMethod(m) => match &m.func {
            Value::Builtin(b) => Ok(format!(
                "<built-in method {} of {} object at {:#x}>",
                b.name,
                type_name(&m.receiver).as_str(),
                m.receiver.identity()
            )),
            Value::Function(f) => {
                let r = repr(vm, &m.receiver)?;
                Ok(format!(
                    "<bound method {} of {}>",
                    f.qualname.borrow().as_str(),
                    r
                ))
            }
            _ => Ok("<bound method>".into()),
        },
        Value::Slice(s) => Ok(format!(
            "slice({}, {}, {})",
            repr(vm, &s.start)?,
            repr(vm, &s.stop)?,
            repr(vm, &s.step)?
        )),
        Value::Module(m) => Ok(format!("<module '{}' (built-in)>", m.name.as_str())),
        Value::Code(c) => Ok(format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name,
            v.identity(),
            c.filename,
            c.firstlineno
        )),
        Value::Cell(_) => Ok(format!("<cell at {:#x}>", v.identity())),
        Value::Iter(it) => Ok(format!("<{} object at {:#x}>", it.type_name, v.identity())),
        _ => Ok(format!(
            "<{} object at {:#x}>",
            type_name(v).as_str(),
            v.identity()
        )),
    }
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(vm, it)?);
    }
    Ok(out)
}

/// `str(v)`.
pub fn str_(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Float(f) => Ok(numfmt::float_repr(*f)),
        Value::Instance(_) => vm.instance_str(v),
        _ => repr(vm, v),
    }
}

/// `str(v)` as a value, without copying when v already is a str.
pub fn str_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Str(_) => Ok(v.clone()),
        _ => Ok(Value::string(str_(vm, v)?)),
    }
}

/// `ascii(v)`: repr with non-ASCII characters escaped.
pub fn ascii(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = repr(vm, v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    Ok(out)
}

/// `format(v, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Bool(b) if spec.is_empty() => Ok(if *b { "True" } else { "False" }.into()),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let spec = numfmt::parse_format_spec(spec).map_err(num_error)?;
            let b = as_int(v).expect("int").to_bigint();
            numfmt::format_int(&b, &spec).map_err(num_error)
        }
        Value::Float(f) => {
            let spec = numfmt::parse_format_spec(spec).map_err(num_error)?;
            numfmt::format_float(*f, &spec).map_err(num_error)
        }
        Value::Str(s) => {
            let spec = numfmt::parse_format_spec(spec).map_err(num_error)?;
            numfmt::format_str(s.as_str(), &spec).map_err(num_error)
        }
        Value::Instance(_) => vm.instance_format(v, spec),
        _ => {
            if spec.is_empty() {
                str_(vm, v)
            } else {
                Err(type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    type_name(v).as_str()
                )))
            }
        }
    }
}

/// `fmt % args` for str.
fn percent_format(vm: &mut Vm, fmt: &PyStr, args: &Value) -> PyResult<Value> {
    // A tuple subclass supplies its items, like a tuple.
    let args = match args {
        Value::Instance(i) if matches!(i.base, Some(Value::Tuple(_))) => {
            i.base.clone().unwrap_or(Value::None)
        }
        other => other.clone(),
    };
    let mut src = PercentSource {
        vm,
        args,
        keyed: None,
    };
    numfmt::percent_format(fmt.as_str(), &mut src).map(Value::string)
}

impl From<NumError> for PyErr {
    fn from(e: NumError) -> PyErr {
        num_error(e)
    }
}

/// Supplies %-format arguments, converting objects on the VM side.
struct PercentSource<'a> {
    vm: &'a mut Vm,
    args: Value,
    keyed: Option<Value>,
}

impl numfmt::PercentArgs for PercentSource<'_> {
    type Error = PyErr;

    fn tuple_len(&self) -> Option<usize> {
        match &self.args {
            Value::Tuple(t) => Some(t.items.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        match &self.args {
            Value::Tuple(_) | Value::Str(_) => false,
            Value::Dict(_) => true,
            Value::Instance(_) => self.vm.lookup_special(&self.args, "__getitem__").is_some(),
            _ => false,
        }
    }

    fn select_key(&mut self, key: &str) -> PyResult<()> {
        let v = getitem(self.vm, &self.args, &Value::str(key))?;
        self.keyed = Some(v);
        Ok(())
    }

    fn convert(&mut self, slot: numfmt::ArgSlot, conv: char) -> PyResult<numfmt::PercentValue> {
        use numfmt::{ArgSlot, PercentValue as P};
        let v = match slot {
            ArgSlot::Item(i) => match &self.args {
                Value::Tuple(t) => t.items.get(i).cloned().unwrap_or(Value::None),
                other => other.clone(),
            },
            ArgSlot::Whole => self.args.clone(),
            ArgSlot::Keyed => self.keyed.clone().unwrap_or(Value::None),
        };
        let vm = &mut *self.vm;
        let type_err =
            |v: &Value| PyErr::from(numfmt::percent_type_error(conv, type_name(v).as_str()));
        Ok(match conv {
            's' => P::Text(str_(vm, &v)?),
            'r' => P::Text(repr(vm, &v)?),
            'a' => P::Text(ascii(vm, &v)?),
            'c' => match &v {
                Value::Str(s) if s.char_len() == 1 => P::Char(s.char_at(0).unwrap_or('\0')),
                _ => match index_value(vm, &v)? {
                    Some(IntIndex::Small(i)) => P::Int(BigInt::from(i)),
                    Some(IntIndex::Big(b)) => P::Int(b),
                    None => return Err(type_err(&v)),
                },
            },
            '*' => match as_int(&v) {
                Some(i) => P::Int(i.to_bigint()),
                None => return Err(type_err(&v)),
            },
            'd' | 'i' | 'u' => match &v {
                Value::Float(f) => P::Int(numfmt::float_to_int(f.trunc())?),
                _ => match as_int(&v) {
                    Some(i) => P::Int(i.to_bigint()),
                    None => match vm.call_special(&v, "__int__", &[])? {
                        Some(r) => match as_int(&r) {
                            Some(i) => P::Int(i.to_bigint()),
                            None => return Err(type_err(&v)),
                        },
                        None => return Err(type_err(&v)),
                    },
                },
            },
            'o' | 'x' | 'X' => match index_value(vm, &v)? {
                Some(IntIndex::Small(i)) => P::Int(BigInt::from(i)),
                Some(IntIndex::Big(b)) => P::Int(b),
                None => return Err(type_err(&v)),
            },
            _ => match &v {
                Value::Float(f) => P::Float(*f),
                _ => match as_int(&v) {
                    Some(i) => P::Float(int::to_f64(i)?),
                    None => match vm.call_special(&v, "__float__", &[])? {
                        Some(Value::Float(f)) => P::Float(f),
                        _ => return Err(type_err(&v)),
                    },
                },
            },
        })
    }
}

// ---------------------------------------------------------------- attributes

/// `getattr(obj, name)`: the generic meaning of LOAD_ATTR.
pub fn getattr(vm: &mut Vm, obj: &Value, name: &PyStr) -> PyResult<Value> {
    match obj {
        Value::Instance(_) => vm.instance_getattr(obj, name),
        Value::Type(t) => vm.type_getattr(t, name),
        Value::Super(s) => vm.super_getattr(s, name),
        Value::Module(m) => match m.dict.get_str(name) {
            Some(v) => Ok(v),
            None => Err(attribute_error(format!(
                "module '{}' has no attribute '{}'",
                m.name.as_str(),
                name.as_str()
            ))),
        },
        _ => {
            if let Some(v) = special_attr(vm, obj, name)? {
                return Ok(v);
            }
            let ty = type_of(obj);
            match ty.lookup(name) {
                Some(Value::Builtin(b)) if b.owner.is_some() => {
                    let receiver = if b.binds_class {
                        Value::Type(ty.clone())
                    } else {
                        obj.clone()
                    };
                    Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        func: Value::Builtin(b),
                        receiver,
                    })))
                }
                Some(v) => Ok(v),
                None => Err(no_attribute(obj, name)),
            }
        }
    }
}

pub fn no_attribute(obj: &Value, name: &PyStr) -> PyErr {
    let err = attribute_error(format!(
        "'{}' object has no attribute '{}'",
        type_name(obj).as_str(),
        name.as_str()
    ));
    set_attribute_error_context(&err, obj, name);
    err
}

/// AttributeError carries `name` and `obj` (3.10+).
fn set_attribute_error_context(err: &PyErr, obj: &Value, name: &PyStr) {
    let d = err.exc.dict();
    d.set_str(intern("name"), Value::str(name.as_str()));
    d.set_str(intern("obj"), obj.clone());
}

/// Attributes of builtin objects that are not methods.
fn special_attr(vm: &mut Vm, obj: &Value, name: &PyStr) -> PyResult<Option<Value>> {
    let n = name.as_str();
    if n == "__class__" {
        return Ok(Some(Value::Type(type_of(obj))));
    }
    Ok(match (obj, n) {
        (Value::Int(_) | Value::BigInt(_), "real" | "numerator") => Some(obj.clone()),
        (Value::Bool(b), "real" | "numerator") => Some(Value::Int(*b as i64)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(_), "real") => Some(obj.clone()),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (Value::Function(f), "__name__") => Some(Value::Str(f.name.borrow().clone())),
        (Value::Function(f), "__qualname__") => Some(Value::Str(f.qualname.borrow().clone())),
        (Value::Function(f), "__code__") => Some(Value::Code(f.code.borrow().clone())),
        (Value::Function(f), "__defaults__") => Some(
            f.defaults
                .borrow()
                .clone()
                .map(Value::Tuple)
                .unwrap_or(Value::None),
        ),
        (Value::Function(f), "__kwdefaults__") => Some(
            f.kwdefaults
                .borrow()
                .clone()
                .map(Value::Dict)
                .unwrap_or(Value::None),
        ),
        (Value::Function(f), "__globals__") => Some(Value::Dict(f.globals.clone())),
        (Value::Function(f), "__module__") => Some(f.module.clone()),
        (Value::Function(f), "__closure__") => {
            Some(f.closure.clone().map(Value::Tuple).unwrap_or(Value::None))
        }
        (Value::Function(f), "__doc__") => Some(
            match f.dict.borrow().as_ref().and_then(|d| d.get_str(name)) {
                Some(v) => v,
                None => f
                    .code
                    .borrow()
                    .consts
                    .first()
                    .filter(|_| f.code.borrow().has_docstring)
                    .cloned()
                    .unwrap_or(Value::None),
            },
        ),
        (Value::Function(_), "__annotations__") => {
            Some(Value::Dict(Rc::new(super::dict::Dict::new())))
        }
        (Value::Cell(c), "cell_contents") => match c.value.borrow().clone() {
            Some(v) => Some(v),
            None => return Err(value_error("Cell is empty")),
        },
        (Value::Function(f), "__dict__") => Some(Value::Dict(
            f.dict
                .borrow_mut()
                .get_or_insert_with(Default::default)
                .clone(),
        )),
        (Value::Function(f), _) => f.dict.borrow().as_ref().and_then(|d| d.get_str(name)),
        (Value::Builtin(b), "__name__" | "__qualname__") => Some(Value::str(b.name)),
        (Value::BoundMethod(m), "__self__") => Some(m.receiver.clone()),
        (Value::BoundMethod(m), "__func__") => Some(m.func.clone()),
        (Value::BoundMethod(m), "__name__" | "__qualname__" | "__doc__" | "__module__") => {
            Some(getattr(vm, &m.func, name)?)
        }
        (Value::Property(p), "fget") => Some(p.fget.clone()),
        (Value::Property(p), "fset") => Some(p.fset.clone()),
        (Value::Property(p), "fdel") => Some(p.fdel.clone()),
        (Value::Property(p), "__doc__") => Some(p.doc.clone()),
        (Value::StaticMethod(w) | Value::ClassMethod(w), "__func__" | "__wrapped__") => {
            Some(w.func.clone())
        }
        (Value::Generator(g), "__name__") => Some(Value::Str(g.name.clone())),
        (Value::Generator(g), "__qualname__") => Some(Value::Str(g.qualname.clone())),
        (Value::Range(r), "start" | "stop" | "step") if r.big.is_some() => {
            let b = r.big.as_deref().expect("big range");
            Some(Value::from_bigint(match name.as_str() {
                "start" => b.start.clone(),
                "stop" => b.stop.clone(),
                _ => b.step.clone(),
            }))
        }
        (Value::Range(r), "start") => Some(Value::Int(r.start)),
        (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
        (Value::Range(r), "step") => Some(Value::Int(r.step)),
        (Value::Slice(s), "start") => Some(s.start.clone()),
        (Value::Slice(s), "stop") => Some(s.stop.clone()),
        (Value::Slice(s), "step") => Some(s.step.clone()),
        (Value::Code(c), "co_name") => Some(Value::str(&c.name)),
        (Value::Code(c), "co_filename") => Some(Value::str(&c.filename)),
        (Value::Code(c), "co_argcount") => Some(Value::from_usize(c.argcount)),
        (Value::Code(c), "co_kwonlyargcount") => Some(Value::from_usize(c.kwonlyargcount)),
        (Value::Code(c), "co_posonlyargcount") => Some(Value::from_usize(c.posonlyargcount)),
        (Value::Code(c), "co_nlocals") => Some(Value::from_usize(c.varnames.len())),
        (Value::Code(c), "co_flags") => Some(Value::Int(c.flags as i64)),
        (Value::Code(c), "co_firstlineno") => Some(Value::Int(c.firstlineno as i64)),
        (Value::Code(c), "co_qualname") => Some(Value::str(&c.qualname)),
        (Value::Code(c), "co_names") => Some(Value::tuple(
            c.names.iter().map(|n| Value::Str(n.clone())).collect(),
        )),
        (Value::Code(c), "co_freevars" | "co_cellvars") => {
            let want = if name.as_str() == "co_freevars" {
                crate::code::SlotKind::Free
            } else {
                crate::code::SlotKind::Cell
            };
            Some(Value::tuple(
                c.localsplus
                    .iter()
                    .zip(c.slot_kinds.iter())
                    .filter(|(_, k)| **k == want)
                    .map(|(n, _)| Value::Str(n.clone()))
                    .collect(),
            ))
        }
        (Value::Code(c), "co_varnames") => Some(Value::tuple(
            c.varnames.iter().map(|n| Value::Str(n.clone())).collect(),
        )),
        _ => None,
    })
}

/// `obj.name = value`: the generic meaning of STORE_ATTR.
pub fn setattr(vm: &mut Vm, obj: &Value, name: &super::str::Name, value: Value) -> PyResult<()> {
    match obj {
        Value::Instance(_) => vm.instance_setattr(obj, name, Some(value)),
        Value::Type(t) => vm.type_setattr(t, name, Some(value)),
        Value::Function(f) => match name.as_str() {
            "__defaults__" => {
                let d = match value {
                    Value::None => None,
                    Value::Tuple(t) => Some(t),
                    _ => return Err(type_error("__defaults__ must be set to a tuple object")),
                };
                *f.defaults.borrow_mut() = d;
                f.version.set(next_function_version());
                Ok(())
            }
            "__kwdefaults__" => {
                let d = match value {
                    Value::None => None,
                    Value::Dict(d) => Some(d),
                    _ => return Err(type_error("__kwdefaults__ must be set to a dict object")),
                };
                *f.kwdefaults.borrow_mut() = d;
                f.version.set(next_function_version());
                Ok(())
            }
            "__code__" => match value {
                Value::Code(c) => {
                    *f.code.borrow_mut() = c;
                    f.version.set(next_function_version());
                    Ok(())
                }
                _ => Err(type_error("__code__ must be set to a code object")),
            },
            "__name__" => match value {
                Value::Str(s) => {
                    *f.name.borrow_mut() = s;
                    Ok(())
                }
                _ => Err(type_error("__name__ must be set to a string object")),
            },
            "__qualname__" => match value {
                Value::Str(s) => {
                    *f.qualname.borrow_mut() = s;
                    Ok(())
                }
                _ => Err(type_error("__qualname__ must be set to a string object")),
            },
            _ => {
                f.dict
                    .borrow_mut()
                    .get_or_insert_with(Default::default)
                    .set_str(name.clone(), value);
                Ok(())
            }
        },
        Value::Module(m) => {
            m.dict.set_str(name.clone(), value);
            Ok(())
        }
        _ => {
            if name.as_str() == "__class__" {
                return Err(type_error(
                    "__class__ assignment only supported for mutable types or ModuleType subclasses",
                ));
            }
            // Data attributes of builtin objects (int.real, ...) are not writable.
            if special_attr(vm, obj, name)?.is_some() {
                return Err(attribute_error(format!(
                    "attribute '{}' of '{}' objects is not writable",
                    name.as_str(),
                    type_name(obj).as_str()
                )));
            }
            let has = type_of(obj).lookup(name).is_some();
            Err(attribute_error(if has {
                format!(
                    "'{}' object attribute '{}' is read-only",
                    type_name(obj).as_str(),
                    name.as_str()
                )
            } else {
                format!(
                    "'{}' object has no attribute '{}'",
                    type_name(obj).as_str(),
                    name.as_str()
                )
            }))
        }
    }
}

/// `del obj.name`: the generic meaning of DELETE_ATTR.
pub fn delattr(vm: &mut Vm, obj: &Value, name: &super::str::Name) -> PyResult<()> {
    match obj {
        Value::Instance(_) => vm.instance_setattr(obj, name, None),
        Value::Type(t) => vm.type_setattr(t, name, None),
        Value::Module(m) => match m.dict.remove_str(name) {
            Some(_) => Ok(()),
            None => Err(attribute_error(format!(
                "module '{}' has no attribute '{}'",
                m.name.as_str(),
                name.as_str()
            ))),
        },
        Value::Function(f) => {
            let removed = f.dict.borrow().as_ref().and_then(|d| d.remove_str(name));
            match removed {
                Some(_) => Ok(()),
                None => Err(no_attribute(obj, name)),
            }
        }
        _ => Err(no_attribute(obj, name)),
    }
}

/// The method-load protocol of LOAD_ATTR with oparg&1: `(callable, Some(self))`
/// when the attribute is a plain method found on the type (no bound method
/// object is created), else `(attr, None)`.
pub fn load_method(vm: &mut Vm, obj: &Value, name: &PyStr) -> PyResult<(Value, Option<Value>)> {
    match obj {
        Value::Instance(_) => vm.instance_load_method(obj, name),
        Value::Type(_) | Value::Module(_) | Value::Function(_) | Value::Super(_) => {
            Ok((getattr(vm, obj, name)?, None))
        }
        _ => {
            let ty = type_of(obj);
            match ty.lookup(name) {
                Some(Value::Builtin(b)) if b.owner.is_some() && !b.binds_class => {
                    Ok((Value::Builtin(b), Some(obj.clone())))
                }
                _ => Ok((getattr(vm, obj, name)?, None)),
            }
        }
    }
}

// ---------------------------------------------------------------- iteration

/// `iter(v)`: the generic meaning of GET_ITER.
pub fn get_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::List(l) => Iter::new(
            "list_iterator",
            IterState::List {
                list: l.clone(),
                index: 0,
            },
        ),
        Value::Tuple(t) => Iter::new(
            "tuple_iterator",
            IterState::Tuple {
                tuple: t.clone(),
                index: 0,
            },
        ),
        Value::Str(s) => Iter::new(
            if s.is_ascii() {
                "str_ascii_iterator"
            } else {
                "str_iterator"
            },
            IterState::Str {
                s: s.clone(),
                byte_pos: 0,
            },
        ),
        Value::Range(r) if r.big.is_some() => {
            let b = r.big.as_deref().expect("big range");
            Iter::new(
                "longrange_iterator",
                IterState::BigRange {
                    next: b.start.clone(),
                    step: b.step.clone(),
                    remaining: b.len(),
                },
            )
        }
        Value::Range(r) => Iter::new(
            "range_iterator",
            IterState::Range {
                next: r.start,
                step: r.step,
                remaining: r.len(),
            },
        ),
        Value::Dict(d) => Iter::new(
            "dict_keyiterator",
            IterState::Dict {
                dict: d.clone(),
                pos: 0,
                len: d.len(),
                kind: DictViewKind::Keys,
            },
        ),
        Value::DictView(dv) => Iter::new(
            match dv.kind {
                DictViewKind::Keys => "dict_keyiterator",
                DictViewKind::Values => "dict_valueiterator",
                DictViewKind::Items => "dict_itemiterator",
            },
            IterState::Dict {
                dict: dv.dict.clone(),
                pos: 0,
                len: dv.dict.len(),
                kind: dv.kind,
            },
        ),
        Value::Bytes(b) => Iter::new(
            "bytes_iterator",
            IterState::Values {
                items: b.data.iter().map(|&x| Value::Int(x as i64)).collect(),
                index: 0,
            },
        ),
        Value::ByteArray(b) => Iter::new(
            "bytearray_iterator",
            IterState::ByteArray {
                array: b.clone(),
                index: 0,
            },
        ),
        Value::Set(s) | Value::FrozenSet(s) => Iter::new(
            "set_iterator",
            IterState::Set {
                set: s.clone(),
                pos: 0,
                len: super::set::len(s),
            },
        ),
        Value::Iter(_) | Value::Generator(_) => v.clone(),
        Value::Instance(_) => return vm.instance_iter(v),
        Value::Type(t) if t.meta.borrow().is_some() && vm.user_special(v, "__iter__").is_some() => {
            return vm.instance_iter(v)
        }
        _ => {
            return Err(type_error(format!(
                "'{}' object is not iterable",
                type_name(v).as_str()
            )))
        }
    })
}

/// `next(it)`, with exhaustion as `None` rather than StopIteration.
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    match it {
        Value::Iter(i) => iter_next(vm, i),
        Value::Generator(g) => vm.gen_next(g),
        Value::Instance(_) => vm.instance_next(it),
        _ => Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it).as_str()
        ))),
    }
}

fn iter_next(vm: &mut Vm, it: &Iter) -> PyResult<Option<Value>> {
    let mut st = it.state.borrow_mut();
    let out = match &mut *st {
        IterState::List { list, index } => {
            let items = list.items.borrow();
            match items.get(*index) {
                Some(v) => {
                    *index += 1;
                    Some(v.clone())
                }
                None => None,
            }
        }
        IterState::ListReversed { list, index } => {
            let items = list.items.borrow();
            if *index == 0 || *index > items.len() {
                None
            } else {
                *index -= 1;
                Some(items[*index].clone())
            }
        }
        IterState::Tuple { tuple, index } => match tuple.items.get(*index) {
            Some(v) => {
                *index += 1;
                Some(v.clone())
            }
            None => None,
        },
        IterState::Str { s, byte_pos } => match s.as_str()[*byte_pos..].chars().next() {
            Some(c) => {
                *byte_pos += c.len_utf8();
                Some(char_value(c))
            }
            None => None,
        },
        IterState::BigRange {
            next,
            step,
            remaining,
        } => {
            if num_traits::Signed::is_positive(remaining) {
                let v = next.clone();
                *remaining -= 1u32;
                *next += &*step;
                Some(Value::from_bigint(v))
            } else {
                None
            }
        }
        IterState::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining > 0 {
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                Some(Value::Int(v))
            } else {
                None
            }
        }
        IterState::Dict {
            dict,
            pos,
            len,
            kind,
        } => {
            if dict.len() != *len {
                *len = usize::MAX;
                return Err(runtime_error("dictionary changed size during iteration"));
            }
            match dict.entry_from(*pos) {
                Some((p, k, v)) => {
                    *pos = p + 1;
                    Some(match kind {
                        DictViewKind::Keys => k,
                        DictViewKind::Values => v,
                        DictViewKind::Items => Value::tuple(vec![k, v]),
                    })
                }
                None => None,
            }
        }
        IterState::Set { set, pos, len } => {
            let t = super::set::read(set)?;
            if t.len() != *len {
                *len = usize::MAX;
                return Err(runtime_error("Set changed size during iteration"));
            }
            match t.next_active(*pos) {
                Some((i, _, k)) => {
                    *pos = i + 1;
                    Some(k.clone())
                }
                None => None,
            }
        }
        IterState::ByteArray { array, index } => match array.data.borrow().get(*index) {
            Some(&x) => {
                *index += 1;
                Some(Value::Int(x as i64))
            }
            None => None,
        },
        IterState::Values { items, index } => match items.get(*index) {
            Some(v) => {
                *index += 1;
                Some(v.clone())
            }
            None => None,
        },
        IterState::Exhausted => None,
        // The remaining iterators call back into Python: release the borrow.
        _ => {
            drop(st);
            return iter_next_slow(vm, it);
        }
    };
    if out.is_none() {
        *st = IterState::Exhausted;
    }
    Ok(out)
}

fn iter_next_slow(vm: &mut Vm, it: &Iter) -> PyResult<Option<Value>> {
    let snapshot = std::mem::replace(&mut *it.state.borrow_mut(), IterState::Exhausted);
    let (result, state) = match snapshot {
        IterState::Enumerate { inner, count } => match next(vm, &inner)? {
            Some(v) => {
                let c2 = binary_op(vm, &count, &Value::Int(1), BinOp::Add, false)?;
                (
                    Some(Value::tuple(vec![count, v])),
                    IterState::Enumerate { inner, count: c2 },
                )
            }
            None => (None, IterState::Exhausted),
        },
        IterState::Zip { iters } => {
            let mut vals = Vec::with_capacity(iters.len());
            let mut done = iters.is_empty();
            for i in &iters {
                match next(vm, i)? {
                    Some(v) => vals.push(v),
                    None => {
                        done = true;
                        break;
                    }
                }
            }
            if done {
                (None, IterState::Exhausted)
            } else {
                (Some(Value::tuple(vals)), IterState::Zip { iters })
            }
        }
        IterState::Map { func, iters } => {
            let mut vals = Vec::with_capacity(iters.len());
            let mut done = false;
            for i in &iters {
                match next(vm, i)? {
                    Some(v) => vals.push(v),
                    None => {
                        done = true;
                        break;
                    }
                }
            }
            if done {
                (None, IterState::Exhausted)
            } else {
                let r = vm.call(&func, &vals, &[])?;
                (Some(r), IterState::Map { func, iters })
            }
        }
        IterState::Filter { func, inner } => {
            let mut found = None;
            while let Some(v) = next(vm, &inner)? {
                let keep = if func.is_none() {
                    truthy(vm, &v)?
                } else {
                    let r = vm.call(&func, std::slice::from_ref(&v), &[])?;
                    truthy(vm, &r)?
                };
                if keep {
                    found = Some(v);
                    break;
                }
            }
            match found {
                Some(v) => (Some(v), IterState::Filter { func, inner }),
                None => (None, IterState::Exhausted),
            }
        }
        IterState::SeqGetItem { obj, index } => match getitem(vm, &obj, &Value::Int(index)) {
            Ok(v) => (
                Some(v),
                IterState::SeqGetItem {
                    obj,
                    index: index + 1,
                },
            ),
            Err(e)
                if e.is_instance(&types().exc.index_error)
                    || e.is_instance(&types().exc.stop_iteration) =>
            {
                (None, IterState::Exhausted)
            }
            Err(e) => return Err(e),
        },
        other => (None, other),
    };
    *it.state.borrow_mut() = state;
    Ok(result)
}

/// A one-character str value (ASCII characters are interned).
pub fn char_value(c: char) -> Value {
    if c.is_ascii() {
        let mut buf = [0u8; 4];
        Value::Str(intern(c.encode_utf8(&mut buf)))
    } else {
        let mut buf = [0u8; 4];
        Value::str(c.encode_utf8(&mut buf))
    }
}

/// Drain any iterable into a vector.
pub fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => return Ok(l.items.borrow().clone()),
        Value::Tuple(t) => return Ok(t.items.to_vec()),
        _ => {}
    }
    let it = get_iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

// ---------------------------------------------------------------- subscripts

/// Convert an index operand (int, bool, or `__index__`) to i64.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Option<IntIndex>> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(Some(IntIndex::Small(i))),
        Some(IntRef::Big(b)) => Ok(Some(IntIndex::Big(b.clone()))),
        None => match v {
            Value::Instance(_) => vm.instance_index(v),
            _ => Ok(None),
        },
    }
}

pub enum IntIndex {
    Small(i64),
    Big(BigInt),
}

fn seq_index(
    vm: &mut Vm,
    idx: &Value,
    len: usize,
    what: &str,
    container: &str,
) -> PyResult<Option<usize>> {
    let i = match index_value(vm, idx)? {
        Some(IntIndex::Small(i)) => i,
        Some(IntIndex::Big(_)) => {
            return Err(index_error("cannot fit 'int' into an index-sized integer"))
        }
        None => {
            return Err(type_error(format!(
                "{} indices must be integers or slices, not {}",
                container,
                type_name(idx).as_str()
            )))
        }
    };
    let _ = what;
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        Ok(None)
    } else {
        Ok(Some(j as usize))
    }
}

/// Normalize slice bounds as CPython's PySlice_AdjustIndices: (start, stop, step, count).
pub fn slice_indices(vm: &mut Vm, s: &Slice, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let step = match &s.step {
        Value::None => 1,
        v => match index_value(vm, v)? {
            Some(IntIndex::Small(i)) => i,
            Some(IntIndex::Big(b)) => {
                if num_traits::Signed::is_negative(&b) {
                    -i64::MAX
                } else {
                    i64::MAX
                }
            }
            None => return Err(slice_type_error()),
        },
    };
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let n = len as i64;
    let bound = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
        Ok(match v {
            Value::None => default,
            v => match index_value(vm, v)? {
                Some(IntIndex::Small(i)) => i,
                Some(IntIndex::Big(b)) => {
                    if num_traits::Signed::is_negative(&b) {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
                None => return Err(slice_type_error()),
            },
        })
    };
    let (def_start, def_stop) = if step < 0 { (n - 1, -1) } else { (0, n) };
    let mut start = bound(vm, &s.start, i64::MIN)?;
    let mut stop = bound(vm, &s.stop, i64::MIN)?;
    let clamp = |x: i64, explicit: bool, default: i64| -> i64 {
        if !explicit {
            return default;
        }
        if x < 0 {
            let y = x + n;
            if y < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                y
            }
        } else if x >= n {
            if step < 0 {
                n - 1
            } else {
                n
            }
        } else {
            x
        }
    };
    start = clamp(start, !s.start.is_none(), def_start);
    stop = clamp(stop, !s.stop.is_none(), def_stop);
    let count = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

fn slice_type_error() -> PyErr {
    type_error("slice indices must be integers or None or have an __index__ method")
}

fn slice_positions(start: i64, step: i64, count: usize) -> impl Iterator<Item = usize> {
    (0..count).map(move |k| (start + k as i64 * step) as usize)
}

/// `container[key]`: the generic meaning of BINARY_SUBSCR.
pub fn getitem(vm: &mut Vm, c: &Value, key: &Value) -> PyResult<Value> {
    match c {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let items = l.items.borrow().clone();
                let (start, _, step, count) = slice_indices(vm, s, items.len())?;
                return Ok(Value::list(
                    slice_positions(start, step, count)
                        .map(|i| items[i].clone())
                        .collect(),
                ));
            }
            let len = l.items.borrow().len();
            match seq_index(vm, key, len, "index", "list")? {
                Some(i) => Ok(l.items.borrow()[i].clone()),
                None => Err(index_error("list index out of range")),
            }
        }
        Value::Tuple(t) => {
            if let Value::Slice(s) = key {
                let (start, _, step, count) = slice_indices(vm, s, t.items.len())?;
                if step == 1 && count == t.items.len() {
                    return Ok(c.clone());
                }
                return Ok(Value::tuple(
                    slice_positions(start, step, count)
                        .map(|i| t.items[i].clone())
                        .collect(),
                ));
            }
            match seq_index(vm, key, t.items.len(), "index", "tuple")? {
                Some(i) => Ok(t.items[i].clone()),
                None => Err(index_error("tuple index out of range")),
            }
        }
        Value::Str(s) => {
            if let Value::Slice(sl) = key {
                let (start, _, step, count) = slice_indices(vm, sl, s.char_len())?;
                if s.is_ascii() {
                    let b = s.as_str().as_bytes();
                    if step == 1 {
                        let st = start as usize;
                        return Ok(Value::str(&s.as_str()[st..st + count]));
                    }
                    let out: String = slice_positions(start, step, count)
                        .map(|i| b[i] as char)
                        .collect();
                    return Ok(Value::string(out));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let out: String = slice_positions(start, step, count)
                    .map(|i| chars[i])
                    .collect();
                return Ok(Value::string(out));
            }
            match as_int(key) {
                Some(_) => match seq_index(vm, key, s.char_len(), "index", "string")? {
                    Some(i) => Ok(char_value(s.char_at(i).unwrap_or('\0'))),
                    None => Err(index_error("string index out of range")),
                },
                None => {
                    if matches!(key, Value::Instance(_)) {
                        if let Some(IntIndex::Small(_)) = index_value(vm, key)? {
                            let k = index_as_value(vm, key)?;
                            return getitem(vm, c, &k);
                        }
                    }
                    Err(type_error(format!(
                        "string indices must be integers, not '{}'",
                        type_name(key).as_str()
                    )))
                }
            }
        }
        Value::Dict(d) => match d.get(vm, key)? {
            Some(v) => Ok(v),
            None => Err(key_error(key.clone())),
        },
        Value::Range(r) if r.big.is_some() => {
            let b = r.big.as_deref().expect("big range");
            let idx = match index_value(vm, key)? {
                Some(IntIndex::Small(i)) => BigInt::from(i),
                Some(IntIndex::Big(i)) => i,
                None if matches!(key, Value::Slice(_)) => {
                    return Err(crate::compile_unsupported("slicing a range beyond 64 bits"))
                }
                None => {
                    return Err(type_error(format!(
                        "range indices must be integers or slices, not {}",
                        type_name(key).as_str()
                    )))
                }
            };
            let n = b.len();
            let i = if num_traits::Signed::is_negative(&idx) {
                &idx + &n
            } else {
                idx
            };
            if num_traits::Signed::is_negative(&i) || i >= n {
                return Err(index_error("range object index out of range"));
            }
            Ok(Value::from_bigint(b.item(&i)))
        }
        Value::Range(r) => {
            if let Value::Slice(s) = key {
                let (start, stop, step, _) = slice_indices(vm, s, r.len() as usize)?;
                let new_start = r.item(start);
                let new_step = r.step * step;
                let new_stop = r.item(stop);
                return Ok(Value::Range(Rc::new(Range {
                    start: new_start,
                    stop: new_stop,
                    step: new_step,
                    big: None,
                })));
            }
            match seq_index(vm, key, r.len() as usize, "index", "range")? {
                Some(i) => Ok(Value::Int(r.item(i as i64))),
                None => Err(index_error("range object index out of range")),
            }
        }
        Value::Bytes(_) | Value::ByteArray(_) => crate::builtins::bytes_getitem(vm, c, key),
        Value::Instance(_) => vm.instance_getitem(c, key),
        Value::Type(_) => vm.class_getitem(c, key),
        _ => Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name(c).as_str()
        ))),
    }
}

fn index_as_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match index_value(vm, v)? {
        Some(IntIndex::Small(i)) => Value::Int(i),
        Some(IntIndex::Big(b)) => Value::from_bigint(b),
        None => v.clone(),
    })
}

/// `container[key] = value`: the generic meaning of STORE_SUBSCR.
pub fn setitem(vm: &mut Vm, c: &Value, key: &Value, value: Value) -> PyResult<()> {
    match c {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                return list_set_slice(vm, l, s, value);
            }
            let len = l.items.borrow().len();
            match seq_index(vm, key, len, "assignment index", "list")? {
                Some(i) => {
                    let old = std::mem::replace(&mut l.items.borrow_mut()[i], value);
                    drop(old);
                    Ok(())
                }
                None => Err(index_error("list assignment index out of range")),
            }
        }
        Value::Dict(d) => d.set(vm, key.clone(), value),
        Value::ByteArray(b) => crate::builtins::bytearray_setitem(vm, b, key, Some(value)),
        Value::Instance(_) => vm.instance_setitem(c, key, Some(value)),
        _ => Err(type_error(format!(
            "'{}' object does not support item assignment",
            type_name(c).as_str()
        ))),
    }
}

fn list_set_slice(vm: &mut Vm, l: &Rc<List>, s: &Slice, value: Value) -> PyResult<()> {
    let new_items = if let Value::List(other) = &value {
        other.items.borrow().clone()
    } else {
        match &value {
            Value::Tuple(_)
            | Value::Str(_)
            | Value::Range(_)
            | Value::Dict(_)
            | Value::Iter(_)
            | Value::DictView(_)
            | Value::Instance(_) => collect(vm, &value)?,
            _ => return Err(type_error("can only assign an iterable")),
        }
    };
    let len = l.items.borrow().len();
    let (start, stop, step, count) = slice_indices(vm, s, len)?;
    let mut items = l.items.borrow_mut();
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as i64)) as usize;
        let removed: Vec<Value> = items.splice(start..stop, new_items).collect();
        drop(items);
        drop(removed);
        return Ok(());
    }
    if new_items.len() != count {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new_items.len(),
            count
        )));
    }
    for (k, v) in slice_positions(start, step, count).zip(new_items) {
        items[k] = v;
    }
    Ok(())
}

/// `del container[key]`: the generic meaning of DELETE_SUBSCR.
pub fn delitem(vm: &mut Vm, c: &Value, key: &Value) -> PyResult<()> {
    match c {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let len = l.items.borrow().len();
                let (start, _, step, count) = slice_indices(vm, s, len)?;
                let mut positions: Vec<usize> = slice_positions(start, step, count).collect();
                positions.sort_unstable();
                let mut items = l.items.borrow_mut();
                let mut removed = Vec::with_capacity(positions.len());
                for p in positions.into_iter().rev() {
                    removed.push(items.remove(p));
                }
                drop(items);
                drop(removed);
                return Ok(());
            }
            let len = l.items.borrow().len();
            match seq_index(vm, key, len, "assignment index", "list")? {
                Some(i) => {
                    let old = l.items.borrow_mut().remove(i);
                    drop(old);
                    Ok(())
                }
                None => Err(index_error("list assignment index out of range")),
            }
        }
        Value::Dict(d) => match d.remove(vm, key)? {
            Some(_) => Ok(()),
            None => Err(key_error(key.clone())),
        },
        Value::ByteArray(b) => crate::builtins::bytearray_setitem(vm, b, key, None),
        Value::Instance(_) => vm.instance_setitem(c, key, None),
        _ => Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name(c).as_str()
        ))),
    }
}

/// `item in container`: the generic meaning of CONTAINS_OP.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
            _ => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(item).as_str()
            ))),
        },
        Value::List(l) => {
            let items = l.items.borrow().clone();
            contains_in_slice(vm, &items, item)
        }
        Value::Tuple(t) => contains_in_slice(vm, &t.items, item),
        Value::Dict(d) => d.contains(vm, item),
        Value::DictView(dv) => match dv.kind {
            DictViewKind::Keys => dv.dict.contains(vm, item),
            DictViewKind::Values => {
                let vals = dv.dict.values();
                contains_in_slice(vm, &vals, item)
            }
            DictViewKind::Items => match item {
                Value::Tuple(t) if t.items.len() == 2 => match dv.dict.get(vm, &t.items[0])? {
                    Some(v) => Ok(v.is(&t.items[1]) || eq(vm, &v, &t.items[1])?),
                    None => Ok(false),
                },
                _ => Ok(false),
            },
        },
        Value::Range(r) if r.big.is_some() && as_int(item).is_some() => {
            use num_integer::Integer;
            let b = r.big.as_deref().expect("big range");
            let i = as_int(item).map(|i| i.to_bigint()).unwrap_or_default();
            let in_bounds = if num_traits::Signed::is_positive(&b.step) {
                i >= b.start && i < b.stop
            } else {
                i <= b.start && i > b.stop
            };
            Ok(in_bounds && num_traits::Zero::is_zero(&(&i - &b.start).mod_floor(&b.step)))
        }
        Value::Range(r) => match item {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let Some(i) = as_int(item).and_then(|i| i.to_i64()) else {
                    return Ok(false);
                };
                if r.is_empty() {
                    return Ok(false);
                }
                let in_bounds = if r.step > 0 {
                    i >= r.start && i < r.stop
                } else {
                    i <= r.start && i > r.stop
                };
                Ok(in_bounds && (i - r.start) % r.step == 0)
            }
            _ => {
                let items = collect(vm, container)?;
                contains_in_slice(vm, &items, item)
            }
        },
        Value::Set(s) | Value::FrozenSet(s) => super::set::contains(vm, s, item),
        Value::Bytes(_) | Value::ByteArray(_) => {
            crate::builtins::bytes_contains(vm, container, item)
        }
        Value::Instance(_) => vm.instance_contains(container, item),
        Value::Type(t)
            if t.meta.borrow().is_some()
                && vm.user_special(container, "__contains__").is_some() =>
        {
            vm.instance_contains(container, item)
        }
        Value::Iter(_) | Value::Generator(_) => {
            while let Some(x) = next(vm, container)? {
                if x.is(item) || eq(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(container).as_str()
        ))),
    }
}

/// `len(v)`.
pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::DictView(d) => d.dict.len(),
        Value::Range(r) => match &r.big {
            Some(b) => num_traits::ToPrimitive::to_i64(&b.len())
                .map(|n| n as usize)
                .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?,
            None => r.len() as usize,
        },
        Value::Set(s) | Value::FrozenSet(s) => super::set::len(s),
        Value::Bytes(b) => b.data.len(),
        Value::ByteArray(b) => b.data.borrow().len(),
        Value::Instance(_) => return vm.instance_len(v),
        Value::Type(t) if t.meta.borrow().is_some() => return vm.instance_len(v),
        _ => {
            return Err(type_error(format!(
                "object of type '{}' has no len()",
                type_name(v).as_str()
            )))
        }
    })
}

/// `isinstance(v, ty)` for a single class.
pub fn isinstance(v: &Value, ty: &Type) -> bool {
    type_of(v).is_subtype(ty)
}
