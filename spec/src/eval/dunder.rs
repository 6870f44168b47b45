//! The data model for instances of classes: special methods looked up on the
//! type (never the instance), with the builtin behaviour of `object` and
//! `BaseException` as the fallback.

use super::Vm;
use crate::instructions::{BinOp, CmpOp};
use crate::runtime::exceptions::*;
use crate::runtime::ops;
use crate::runtime::*;
use std::rc::Rc;

impl Vm {
    /// The special method `name` of `v`'s type, if a class defines it.
    pub fn lookup_special(&self, v: &Value, name: &str) -> Option<Value> {
        match v {
            Value::Instance(i) => i.class().lookup(&intern(name)),
            _ => None,
        }
    }

    /// Call special method `name` on `v` with `args`, if defined.
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(m) = self.lookup_special(v, name) else {
            return Ok(None);
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(v.clone());
        all.extend_from_slice(args);
        self.enter_native()?;
        let r = self.call_unbound(&m, &all);
        self.leave_native();
        r.map(Some)
    }

    /// Call a class attribute as a method with an explicit receiver in args[0].
    fn call_unbound(&mut self, m: &Value, args: &[Value]) -> PyResult<Value> {
        self.call(m, args, &[])
    }

    pub fn instance_truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_special(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b),
                other => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    type_name(&other).as_str()
                ))),
            };
        }
        if self.lookup_special(v, "__len__").is_some() {
            return Ok(self.instance_len(v)? != 0);
        }
        Ok(true)
    }

    pub fn binary_dunder(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let (fwd, refl, inp) = op.dunders();
        if inplace {
            if let Some(r) = self.call_special(a, inp, std::slice::from_ref(b))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        let ta = type_of(a);
        let tb = type_of(b);
        let same = Rc::ptr_eq(&ta, &tb);
        // A subclass's reflected method gets the first chance.
        let b_first = !same && tb.is_subtype(&ta) && self.lookup_special(b, refl).is_some();
        if b_first {
            if let Some(r) = self.call_special(b, refl, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(r) = self.call_special(a, fwd, std::slice::from_ref(b))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if !same && !b_first {
            if let Some(r) = self.call_special(b, refl, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    pub fn unary_dunder(&mut self, v: &Value, name: &str, opname: &str) -> PyResult<Value> {
        match self.call_special(v, name, &[])? {
            Some(r) => Ok(r),
            None => Err(type_error(format!(
                "bad operand type for {}: '{}'",
                opname,
                type_name(v).as_str()
            ))),
        }
    }

    pub fn compare_dunder(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let ta = type_of(a);
        let tb = type_of(b);
        let reflected_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta);
        let attempts: [(&Value, &Value, CmpOp); 2] = if reflected_first {
            [(b, a, op.swapped()), (a, b, op)]
        } else {
            [(a, b, op), (b, a, op.swapped())]
        };
        for (x, y, o) in attempts {
            if let Some(r) = self.call_special(x, o.dunder(), std::slice::from_ref(y))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
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

    pub fn instance_hash(&mut self, v: &Value) -> PyResult<i64> {
        match self.lookup_special(v, "__hash__") {
            Some(Value::None) => Err(type_error(format!(
                "unhashable type: '{}'",
                type_name(v).as_str()
            ))),
            Some(_) => {
                let r = self
                    .call_special(v, "__hash__", &[])?
                    .unwrap_or(Value::Int(0));
                match int::as_int(&r) {
                    Some(i) => Ok(match i.to_i64() {
                        Some(-1) => -2,
                        Some(x) => x,
                        None => int::hash(i),
                    }),
                    None => Err(type_error("__hash__ method should return an integer")),
                }
            }
            None => {
                // Defining __eq__ without __hash__ makes a class unhashable.
                if self.lookup_special(v, "__eq__").is_some() {
                    return Err(type_error(format!(
                        "unhashable type: '{}'",
                        type_name(v).as_str()
                    )));
                }
                Ok((v.identity() as u64).rotate_right(4) as i64)
            }
        }
    }

    pub fn instance_repr(&mut self, v: &Value) -> PyResult<String> {
        if let Some(r) = self.call_special(v, "__repr__", &[])? {
            return match r {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(type_error(format!(
                    "__repr__ returned non-string (type {})",
                    type_name(&other).as_str()
                ))),
            };
        }
        if let Some(err) = PyErr::from_value(v) {
            let args = err.args();
            let name = err.class().name().to_string();
            return self.repr_guarded(v, "...", |vm| {
                Ok(match args.items.len() {
                    1 => format!("{}({})", name, ops::repr(vm, &args.items[0])?),
                    _ => format!("{}{}", name, ops::repr(vm, &Value::Tuple(args.clone()))?),
                })
            });
        }
        let t = type_of(v);
        Ok(format!(
            "<{}.{} object at {:#x}>",
            t.module.as_str(),
            t.qualname.borrow().as_str(),
            v.identity()
        ))
    }

    pub fn instance_str(&mut self, v: &Value) -> PyResult<String> {
        if let Some(r) = self.call_special(v, "__str__", &[])? {
            return match r {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(type_error(format!(
                    "__str__ returned non-string (type {})",
                    type_name(&other).as_str()
                ))),
            };
        }
        if let Some(err) = PyErr::from_value(v) {
            return self.exception_str(&err);
        }
        self.instance_repr(v)
    }

    /// `str(exc)` for builtin exception classes.
    pub fn exception_str(&mut self, err: &PyErr) -> PyResult<String> {
        let args = err.args();
        match args.items.len() {
            0 => Ok(String::new()),
            1 => {
                if err.is_instance(&types().exc.key_error) {
                    ops::repr(self, &args.items[0])
                } else {
                    ops::str_(self, &args.items[0])
                }
            }
            _ => ops::repr(self, &Value::Tuple(args.clone())),
        }
    }

    pub fn instance_format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Some(r) = self.call_special(v, "__format__", &[Value::str(spec)])? {
            return match r {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(type_error(format!(
                    "__format__ must return a str, not {}",
                    type_name(&other).as_str()
                ))),
            };
        }
        if spec.is_empty() {
            return self.instance_str(v);
        }
        Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(v).as_str()
        )))
    }

    pub fn instance_getattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        let Value::Instance(inst) = obj else {
            return Err(ops::no_attribute(obj, name));
        };
        if let Some(v) = exception_attr(inst, name) {
            return Ok(v);
        }
        if name.as_str() == "__class__" {
            return Ok(Value::Type(inst.class()));
        }
        if name.as_str() == "__dict__" {
            return Ok(Value::Dict(inst.dict()));
        }
        if let Some(d) = inst.dict.borrow().as_ref() {
            if let Some(v) = d.get_str(name) {
                return Ok(v);
            }
        }
        let cls = inst.class();
        match cls.lookup(name) {
            Some(Value::Function(f)) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                func: Value::Function(f),
                receiver: obj.clone(),
            }))),
            Some(Value::Builtin(b)) if b.owner.is_some() => {
                Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    func: Value::Builtin(b),
                    receiver: obj.clone(),
                })))
            }
            Some(v) => Ok(v),
            None => Err(ops::no_attribute(obj, name)),
        }
    }

    pub fn instance_load_method(
        &mut self,
        obj: &Value,
        name: &PyStr,
    ) -> PyResult<(Value, Option<Value>)> {
        let Value::Instance(inst) = obj else {
            return Ok((ops::getattr(self, obj, name)?, None));
        };
        let shadowed = inst
            .dict
            .borrow()
            .as_ref()
            .map(|d| d.get_str(name).is_some())
            .unwrap_or(false);
        if !shadowed {
            match inst.class().lookup(name) {
                Some(Value::Function(f)) => return Ok((Value::Function(f), Some(obj.clone()))),
                Some(Value::Builtin(b)) if b.owner.is_some() && !b.binds_class => {
                    return Ok((Value::Builtin(b), Some(obj.clone())))
                }
                _ => {}
            }
        }
        Ok((self.instance_getattr(obj, name)?, None))
    }

    pub fn type_getattr(&mut self, t: &Rc<Type>, name: &PyStr) -> PyResult<Value> {
        match name.as_str() {
            "__name__" => return Ok(Value::Str(t.name.clone())),
            "__qualname__" => return Ok(Value::Str(t.qualname.borrow().clone())),
            "__module__" => return Ok(Value::Str(t.module.clone())),
            "__mro__" => {
                let mut items = vec![Value::Type(t.clone())];
                items.extend(t.mro.borrow().iter().map(|b| Value::Type(b.clone())));
                return Ok(Value::tuple(items));
            }
            "__bases__" => {
                return Ok(Value::tuple(
                    t.bases
                        .borrow()
                        .iter()
                        .map(|b| Value::Type(b.clone()))
                        .collect(),
                ))
            }
            "__base__" => {
                return Ok(t
                    .bases
                    .borrow()
                    .first()
                    .map(|b| Value::Type(b.clone()))
                    .unwrap_or(Value::None));
            }
            "__class__" => return Ok(Value::Type(types().type_.clone())),
            _ => {}
        }
        match t.lookup(name) {
            Some(Value::Builtin(b)) if b.binds_class => {
                Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    func: Value::Builtin(b),
                    receiver: Value::Type(t.clone()),
                })))
            }
            Some(v) => Ok(v),
            None => {
                // Methods of `type` itself (mro(), ...) are looked up last.
                if let Some(Value::Builtin(b)) = types().type_.lookup(name) {
                    return Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        func: Value::Builtin(b),
                        receiver: Value::Type(t.clone()),
                    })));
                }
                Err(attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    t.name(),
                    name.as_str()
                )))
            }
        }
    }

    pub fn instance_setattr(
        &mut self,
        obj: &Value,
        name: &Name,
        value: Option<Value>,
    ) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            return Err(ops::no_attribute(obj, name));
        };
        if let Some(state) = &inst.exc {
            let mut st = state.borrow_mut();
            match name.as_str() {
                "args" => {
                    let v = value.unwrap_or(Value::empty_tuple());
                    st.args = Some(match v {
                        Value::Tuple(t) => t,
                        other => Rc::new(Tuple::new(vec![other])),
                    });
                    return Ok(());
                }
                "__cause__" => {
                    st.cause = value.filter(|v| !v.is_none());
                    st.suppress_context = true;
                    return Ok(());
                }
                "__context__" => {
                    st.context = value.filter(|v| !v.is_none());
                    return Ok(());
                }
                "__suppress_context__" => {
                    st.suppress_context = matches!(value, Some(Value::Bool(true)));
                    return Ok(());
                }
                _ => {}
            }
        }
        let dict = inst.dict();
        match value {
            Some(v) => {
                dict.set_str(name.clone(), v);
                Ok(())
            }
            None => match dict.remove_str(name) {
                Some(_) => Ok(()),
                None => Err(ops::no_attribute(obj, name)),
            },
        }
    }

    pub fn type_setattr(
        &mut self,
        t: &Rc<Type>,
        name: &Name,
        value: Option<Value>,
    ) -> PyResult<()> {
        if !t.is_heap {
            return Err(type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                t.name()
            )));
        }
        match value {
            Some(v) => t.set_attr(name.clone(), v),
            None => {
                if t.dict.remove_str(name).is_none() {
                    return Err(attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        t.name(),
                        name.as_str()
                    )));
                }
                t.modified();
            }
        }
        Ok(())
    }

    pub fn instance_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(r) = self.call_special(v, "__iter__", &[])? {
            return Ok(r);
        }
        if self.lookup_special(v, "__getitem__").is_some() {
            return Ok(Iter::new(
                "iterator",
                IterState::SeqGetItem {
                    obj: v.clone(),
                    index: 0,
                },
            ));
        }
        Err(type_error(format!(
            "'{}' object is not iterable",
            type_name(v).as_str()
        )))
    }

    pub fn instance_next(&mut self, v: &Value) -> PyResult<Option<Value>> {
        match self.call_special(v, "__next__", &[]) {
            Ok(Some(r)) => Ok(Some(r)),
            Ok(None) => Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name(v).as_str()
            ))),
            Err(e) if e.is_instance(&types().exc.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn instance_index(&mut self, v: &Value) -> PyResult<Option<ops::IntIndex>> {
        match self.call_special(v, "__index__", &[])? {
            Some(r) => match int::as_int(&r) {
                Some(int::IntRef::Small(i)) => Ok(Some(ops::IntIndex::Small(i))),
                Some(int::IntRef::Big(b)) => Ok(Some(ops::IntIndex::Big(b.clone()))),
                None => Err(type_error(format!(
                    "__index__ returned non-int (type {})",
                    type_name(&r).as_str()
                ))),
            },
            None => Ok(None),
        }
    }

    pub fn instance_getitem(&mut self, c: &Value, key: &Value) -> PyResult<Value> {
        match self.call_special(c, "__getitem__", std::slice::from_ref(key))? {
            Some(r) => Ok(r),
            None => Err(type_error(format!(
                "'{}' object is not subscriptable",
                type_name(c).as_str()
            ))),
        }
    }

    pub fn class_getitem(&mut self, c: &Value, key: &Value) -> PyResult<Value> {
        let _ = key;
        match c {
            Value::Type(t) => Err(type_error(format!(
                "type '{}' is not subscriptable",
                t.name()
            ))),
            _ => Err(type_error("object is not subscriptable")),
        }
    }

    pub fn instance_setitem(
        &mut self,
        c: &Value,
        key: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        let r = match value {
            Some(v) => self.call_special(c, "__setitem__", &[key.clone(), v])?,
            None => self.call_special(c, "__delitem__", std::slice::from_ref(key))?,
        };
        match r {
            Some(_) => Ok(()),
            None => Err(type_error(format!(
                "'{}' object does not support item assignment",
                type_name(c).as_str()
            ))),
        }
    }

    pub fn instance_contains(&mut self, c: &Value, item: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_special(c, "__contains__", std::slice::from_ref(item))? {
            return ops::truthy(self, &r);
        }
        let it = ops::get_iter(self, c).map_err(|_| {
            type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(c).as_str()
            ))
        })?;
        while let Some(x) = ops::next(self, &it)? {
            if x.is(item) || ops::eq(self, &x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn instance_len(&mut self, v: &Value) -> PyResult<usize> {
        match self.call_special(v, "__len__", &[])? {
            Some(r) => match int::as_int(&r) {
                Some(i) => {
                    if i.is_negative() {
                        return Err(value_error("__len__() should return >= 0"));
                    }
                    i.to_i64().map(|n| n as usize).ok_or_else(|| {
                        overflow_error("cannot fit 'int' into an index-sized integer")
                    })
                }
                None => Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(&r).as_str()
                ))),
            },
            None => Err(type_error(format!(
                "object of type '{}' has no len()",
                type_name(v).as_str()
            ))),
        }
    }

    pub fn instance_call(&mut self, v: &Value, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        match self.lookup_special(v, "__call__") {
            Some(m) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(v.clone());
                all.extend_from_slice(args);
                self.call(&m, &all, kw)
            }
            None => Err(type_error(format!(
                "'{}' object is not callable",
                type_name(v).as_str()
            ))),
        }
    }
}

/// Attributes every exception has.
fn exception_attr(inst: &Instance, name: &PyStr) -> Option<Value> {
    let state = inst.exc.as_ref()?.borrow();
    Some(match name.as_str() {
        "args" => Value::Tuple(
            state
                .args
                .clone()
                .unwrap_or_else(|| Rc::new(Tuple::new(Vec::new()))),
        ),
        "__cause__" => state.cause.clone().unwrap_or(Value::None),
        "__context__" => state.context.clone().unwrap_or(Value::None),
        "__suppress_context__" => Value::Bool(state.suppress_context),
        "__traceback__" => Value::None,
        "value" if inst.class().is_subtype(&types().exc.stop_iteration) => state
            .args
            .as_ref()
            .and_then(|a| a.items.first().cloned())
            .unwrap_or(Value::None),
        "code" if inst.class().is_subtype(&types().exc.system_exit) => {
            let args = state
                .args
                .clone()
                .unwrap_or_else(|| Rc::new(Tuple::new(Vec::new())));
            match args.items.len() {
                0 => Value::None,
                1 => args.items[0].clone(),
                _ => Value::Tuple(args),
            }
        }
        _ => return None,
    })
}
