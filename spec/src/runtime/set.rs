//! set and frozenset, on CPython's table algorithm (`settable`), so that
//! iteration order, and therefore every printed set, matches CPython's.

use super::dict::native_eq;
use super::exceptions::*;
use super::settable::SetTable;
use super::*;
use crate::eval::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub struct SetObj {
    pub table: RefCell<SetTable<Value>>,
}

impl SetObj {
    pub fn new(table: SetTable<Value>) -> SetObj {
        SetObj {
            table: RefCell::new(table),
        }
    }
}

pub fn set_value(table: SetTable<Value>) -> Value {
    Value::Set(Rc::new(SetObj::new(table)))
}

pub fn frozenset_value(table: SetTable<Value>) -> Value {
    Value::FrozenSet(Rc::new(SetObj::new(table)))
}

/// Python equality for set keys: identity, then builtin equality, then `__eq__`.
pub fn key_eq(vm: &mut Vm) -> impl FnMut(&Value, &Value) -> PyResult<bool> + '_ {
    move |a, b| match native_eq(a, b) {
        Some(r) => Ok(r),
        None => ops::eq(vm, a, b),
    }
}

fn busy() -> PyErr {
    runtime_error("Set changed size during iteration")
}

/// Borrow a set's table for reading, or raise if it is being mutated.
pub fn read(s: &SetObj) -> PyResult<std::cell::Ref<'_, SetTable<Value>>> {
    s.table.try_borrow().map_err(|_| busy())
}

fn write(s: &SetObj) -> PyResult<std::cell::RefMut<'_, SetTable<Value>>> {
    s.table.try_borrow_mut().map_err(|_| busy())
}

/// The hash of a set element; a set element that is itself a set is looked
/// up as a frozenset, as CPython does for `in` and `remove`.
fn elem_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    ops::hash(vm, v)
}

/// The table of a set or frozenset operand, if it is one.
pub fn as_set(v: &Value) -> Option<&Rc<SetObj>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        Value::Instance(i) => match &i.base {
            Some(Value::Set(s) | Value::FrozenSet(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// A new table holding the elements of any iterable, in the order
/// `set(iterable)` would give.
pub fn table_from(vm: &mut Vm, v: &Value) -> PyResult<SetTable<Value>> {
    if let Some(s) = as_set(v) {
        return Ok(read(s)?.copy());
    }
    let mut t = SetTable::new();
    if let Value::Dict(d) = v {
        let mut entries = Vec::new();
        d.with_entries(|it| {
            for e in it {
                entries.push((e.hash, e.key.clone()));
            }
        });
        t.update_from_dict_entries(&entries, key_eq(vm))?;
        return Ok(t);
    }
    let it = ops::get_iter(vm, v)?;
    while let Some(x) = ops::next(vm, &it)? {
        let h = elem_hash(vm, &x)?;
        t.insert(h, x, key_eq(vm))?;
    }
    Ok(t)
}

/// Add the elements of `v` to `table` (`set.update`, SET_UPDATE).
pub fn update(vm: &mut Vm, table: &mut SetTable<Value>, v: &Value) -> PyResult<()> {
    if let Some(s) = as_set(v) {
        let other = read(s)?.copy();
        return table.update_from_table(&other, key_eq(vm));
    }
    if let Value::Dict(d) = v {
        let mut entries = Vec::new();
        d.with_entries(|it| {
            for e in it {
                entries.push((e.hash, e.key.clone()));
            }
        });
        return table.update_from_dict_entries(&entries, key_eq(vm));
    }
    let items = ops::collect(vm, v)?;
    for x in items {
        let h = elem_hash(vm, &x)?;
        table.insert(h, x, key_eq(vm))?;
    }
    Ok(())
}

/// `s.add(v)`. A Python `__eq__` that touches the same set while it is
/// being probed gets a RuntimeError (the table is borrowed), never a crash.
pub fn add(vm: &mut Vm, s: &SetObj, v: Value) -> PyResult<()> {
    let h = elem_hash(vm, &v)?;
    let mut t = write(s)?;
    t.insert(h, v, key_eq(vm))?;
    Ok(())
}

pub fn contains(vm: &mut Vm, s: &SetObj, v: &Value) -> PyResult<bool> {
    let h = match v {
        Value::Set(inner) => read(inner)?.frozenset_hash(),
        _ => elem_hash(vm, v)?,
    };
    let t = read(s)?;
    t.contains(h, v, key_eq(vm))
}

pub fn len(s: &SetObj) -> usize {
    s.table.borrow().len()
}

/// The elements in iteration order.
pub fn elements(s: &SetObj) -> Vec<Value> {
    s.table.borrow().keys().cloned().collect()
}

pub fn repr(vm: &mut Vm, v: &Value, s: &SetObj, frozen: bool) -> PyResult<String> {
    let items = elements(s);
    let name = type_name(v);
    let is_builtin = matches!(v, Value::Set(_) | Value::FrozenSet(_));
    if items.is_empty() {
        return Ok(format!("{}()", name.as_str()));
    }
    vm.repr_guarded(v, &format!("{}(...)", name.as_str()), |vm| {
        let mut parts = Vec::with_capacity(items.len());
        for it in &items {
            parts.push(ops::repr(vm, it)?);
        }
        let body = format!("{{{}}}", parts.join(", "));
        Ok(if frozen || !is_builtin {
            format!("{}({})", name.as_str(), body)
        } else {
            body
        })
    })
}

/// `a <= b` for sets (subset).
pub fn is_subset(vm: &mut Vm, a: &SetObj, b: &SetObj) -> PyResult<bool> {
    if len(a) > len(b) {
        return Ok(false);
    }
    for x in elements(a) {
        if !contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Rich comparison of two sets; None when `b` is not a set.
pub fn compare(
    vm: &mut Vm,
    a: &SetObj,
    b: &Value,
    op: crate::instructions::CmpOp,
) -> PyResult<Option<bool>> {
    use crate::instructions::CmpOp::*;
    let Some(b) = as_set(b) else { return Ok(None) };
    let (la, lb) = (len(a), len(b));
    Ok(Some(match op {
        Eq => la == lb && is_subset(vm, a, b)?,
        Ne => !(la == lb && is_subset(vm, a, b)?),
        Le => is_subset(vm, a, b)?,
        Lt => la < lb && is_subset(vm, a, b)?,
        Ge => is_subset(vm, b, a)?,
        Gt => la > lb && is_subset(vm, b, a)?,
    }))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets; the result has `a`'s type.
pub fn binary(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: crate::instructions::BinOp,
) -> PyResult<Option<Value>> {
    use crate::instructions::BinOp::*;
    let (Some(sa), Some(sb)) = (as_set(a), as_set(b)) else {
        return Ok(None);
    };
    let same = Rc::ptr_eq(sa, sb);
    let ta = read(sa)?.copy();
    let tb = read(sb)?.copy();
    let t = match op {
        Or => ta.union(&tb, same, key_eq(vm))?,
        And => ta.intersection(&tb, same, key_eq(vm))?,
        Subtract => ta.difference(&tb, same, key_eq(vm))?,
        Xor => {
            if same {
                SetTable::new()
            } else {
                ta.symmetric_difference(&tb, key_eq(vm))?
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(if matches!(a, Value::FrozenSet(_)) {
        frozenset_value(t)
    } else {
        set_value(t)
    }))
}

/// In-place `|= &= -= ^=` on a set: mutates and returns it.
pub fn inplace(
    vm: &mut Vm,
    a: &Rc<SetObj>,
    b: &Value,
    op: crate::instructions::BinOp,
) -> PyResult<Option<Value>> {
    use crate::instructions::BinOp::*;
    let Some(sb) = as_set(b) else { return Ok(None) };
    let same = Rc::ptr_eq(a, sb);
    let tb = read(sb)?.copy();
    let mut ta = std::mem::take(&mut *write(a)?);
    match op {
        Or => {
            if !same {
                ta.update_from_table(&tb, key_eq(vm))?;
            }
        }
        And => {
            let r = ta.intersection(&tb, same, key_eq(vm))?;
            ta.replace_contents(r);
        }
        Subtract => {
            if same {
                ta.clear();
            } else {
                ta.difference_update_table(&tb, key_eq(vm))?;
            }
        }
        Xor => {
            if same {
                ta.clear();
            } else {
                ta.symmetric_difference_update_table(&tb, key_eq(vm))?;
            }
        }
        _ => return Ok(None),
    }
    *write(a)? = ta;
    Ok(Some(Value::Set(a.clone())))
}

/// Build a frozenset constant the way CPython's compiler does for a set
/// display of three or more constants: built in source order, rebuilt from
/// that table's order when constants are merged, and rebuilt once more when
/// interning replaces one of its strings. Whether interning replaces a
/// string depends on what the CPython process interned before (identifier-
/// like strings usually are), so we model the common case: one more rebuild
/// when the set holds an identifier-like string. The order differs only
/// between colliding hashes.
pub fn constant_frozenset(items: Vec<(i64, Value)>) -> Value {
    let never: fn(&Value, &Value) -> Result<bool, ()> = |a, b| Ok(native_eq(a, b).unwrap_or(false));
    let identifier_like = items.iter().any(|(_, v)| {
        matches!(v, Value::Str(s) if !s.as_str().is_empty()
            && s.as_str().chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
    });
    let mut table = SetTable::new();
    let _ = table.update_from_entries(items, never);
    for _ in 0..(1 + identifier_like as usize) {
        let mut rebuilt = SetTable::new();
        let _ = rebuilt.update_from_entries(table.entries_snapshot(), never);
        table = rebuilt;
    }
    frozenset_value(table)
}
