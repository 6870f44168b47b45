//! `set` and `frozenset`: constructors and methods.

use super::*;
use crate::eval::Vm;
use crate::runtime::set::{self, key_eq, read, SetObj};
use crate::runtime::settable::SetTable;

pub fn set_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("set", kw)?;
    arg_range("set", args, 0, 1)?;
    let t = match args.first() {
        Some(v) => set::table_from(vm, v)?,
        None => SetTable::new(),
    };
    Ok(set::set_value(t))
}

pub fn frozenset_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("frozenset", kw)?;
    arg_range("frozenset", args, 0, 1)?;
    Ok(match args.first() {
        Some(v @ Value::FrozenSet(_)) => v.clone(),
        Some(v) => set::frozenset_value(set::table_from(vm, v)?),
        None => set::frozenset_value(SetTable::new()),
    })
}

fn recv<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Rc<SetObj>> {
    match args.first() {
        Some(Value::Set(s)) | Some(Value::FrozenSet(s)) => Ok(s),
        other => Err(receiver_error("set", name, other)),
    }
}

fn recv_mut<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Rc<SetObj>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s),
        _ => recv(args, name),
    }
}

/// The same kind of value as the receiver (set or frozenset) around `t`.
fn like(recv: &Value, t: SetTable<Value>) -> Value {
    match recv {
        Value::FrozenSet(_) => set::frozenset_value(t),
        _ => set::set_value(t),
    }
}

fn one(args: &[Value], name: &str) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "set.{name}() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    Ok(args[1].clone())
}

/// A table for an argument of union/intersection/...: sets as they are,
/// other iterables converted.
fn arg_table(vm: &mut Vm, v: &Value) -> PyResult<SetTable<Value>> {
    match set::as_set(v) {
        Some(s) => Ok(read(s)?.copy()),
        None => set::table_from(vm, v),
    }
}

fn add(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("set.add", kw)?;
    let s = recv_mut(args, "add")?;
    let v = one(args, "add")?;
    set::add(vm, s, v)?;
    Ok(Value::None)
}

fn remove_impl(vm: &mut Vm, args: &[Value], name: &str, missing_ok: bool) -> PyResult<Value> {
    let s = recv_mut(args, name)?;
    let v = one(args, name)?;
    let h = match &v {
        Value::Set(inner) => read(inner)?.frozenset_hash(),
        other => ops::hash(vm, other)?,
    };
    let removed = {
        let mut t = s
            .table
            .try_borrow_mut()
            .map_err(|_| runtime_error("Set changed size during iteration"))?;
        t.remove(h, &v, key_eq(vm))?
    };
    match removed {
        Some(_) => Ok(Value::None),
        None if missing_ok => Ok(Value::None),
        None => Err(key_error(v)),
    }
}

fn remove(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("set.remove", kw)?;
    remove_impl(vm, args, "remove", false)
}

fn discard(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("set.discard", kw)?;
    remove_impl(vm, args, "discard", true)
}

fn pop(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = recv_mut(args, "pop")?;
    let v = s.table.borrow_mut().pop();
    v.ok_or_else(|| key_error(Value::str("pop from an empty set")))
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = recv_mut(args, "clear")?;
    let old = std::mem::take(&mut *s.table.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = recv(args, "copy")?;
    if let Value::FrozenSet(_) = &args[0] {
        return Ok(args[0].clone());
    }
    let t = read(s)?.copy();
    Ok(set::set_value(t))
}

fn update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("set.update", kw)?;
    let s = recv_mut(args, "update")?;
    let mut t = std::mem::take(&mut *s.table.borrow_mut());
    for other in &args[1..] {
        if let Some(o) = set::as_set(other) {
            if Rc::ptr_eq(o, s) {
                continue;
            }
        }
        set::update(vm, &mut t, other)?;
    }
    *s.table.borrow_mut() = t;
    Ok(Value::None)
}

fn union(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = recv(args, "union")?;
    let mut t = read(s)?.copy();
    for other in &args[1..] {
        match set::as_set(other) {
            Some(o) => {
                let same = Rc::ptr_eq(o, s);
                let ot = read(o)?.copy();
                t = t.union(&ot, same, key_eq(vm))?;
            }
            None => set::update(vm, &mut t, other)?,
        }
    }
    Ok(like(&args[0], t))
}

fn intersection(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = recv(args, "intersection")?;
    let mut t = read(s)?.copy();
    for other in &args[1..] {
        t = match set::as_set(other) {
            Some(o) => {
                let same = Rc::ptr_eq(o, s);
                let ot = read(o)?.copy();
                t.intersection(&ot, same, key_eq(vm))?
            }
            None => {
                let items = ops::collect(vm, other)?;
                let mut entries = Vec::with_capacity(items.len());
                for x in items {
                    entries.push((ops::hash(vm, &x)?, x));
                }
                t.intersection_with_entries(entries, key_eq(vm))?
            }
        };
    }
    Ok(like(&args[0], t))
}

fn difference(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = recv(args, "difference")?;
    let mut t = read(s)?.copy();
    for other in &args[1..] {
        let same = set::as_set(other).is_some_and(|o| Rc::ptr_eq(o, s));
        let ot = arg_table(vm, other)?;
        t = t.difference(&ot, same, key_eq(vm))?;
    }
    Ok(like(&args[0], t))
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = recv(args, "symmetric_difference")?;
    let other = one(args, "symmetric_difference")?;
    let t = read(s)?.copy();
    if set::as_set(&other).is_some_and(|o| Rc::ptr_eq(o, s)) {
        return Ok(like(&args[0], SetTable::new()));
    }
    let ot = arg_table(vm, &other)?;
    let r = t.symmetric_difference(&ot, key_eq(vm))?;
    Ok(like(&args[0], r))
}

fn in_place(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    op: crate::instructions::BinOp,
) -> PyResult<Value> {
    let s = recv_mut(args, name)?.clone();
    for other in &args[1..] {
        let other_set = match set::as_set(other) {
            Some(_) => other.clone(),
            None => set::set_value(set::table_from(vm, other)?),
        };
        set::inplace(vm, &s, &other_set, op)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    in_place(
        vm,
        args,
        "intersection_update",
        crate::instructions::BinOp::And,
    )
}

fn difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    in_place(
        vm,
        args,
        "difference_update",
        crate::instructions::BinOp::Subtract,
    )
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    in_place(
        vm,
        args,
        "symmetric_difference_update",
        crate::instructions::BinOp::Xor,
    )
}

fn issubset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = recv(args, "issubset")?;
    let other = one(args, "issubset")?;
    let o = match set::as_set(&other) {
        Some(o) => o.clone(),
        None => Rc::new(SetObj::new(set::table_from(vm, &other)?)),
    };
    Ok(Value::Bool(set::is_subset(vm, s, &o)?))
}

fn issuperset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = recv(args, "issuperset")?;
    let other = one(args, "issuperset")?;
    let o = match set::as_set(&other) {
        Some(o) => o.clone(),
        None => Rc::new(SetObj::new(set::table_from(vm, &other)?)),
    };
    Ok(Value::Bool(set::is_subset(vm, &o, s)?))
}

fn isdisjoint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = recv(args, "isdisjoint")?;
    let other = one(args, "isdisjoint")?;
    for x in ops::collect(vm, &other)? {
        if set::contains(vm, s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub static SET_METHODS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("remove", remove),
    ("discard", discard),
    ("pop", pop),
    ("clear", clear),
    ("copy", copy),
    ("update", update),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("intersection_update", intersection_update),
    ("difference_update", difference_update),
    ("symmetric_difference_update", symmetric_difference_update),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
];

pub static FROZENSET_METHODS: &[(&str, NativeFn)] = &[
    ("copy", copy),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
];
