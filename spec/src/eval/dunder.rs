//! The data model for instances of classes (and for classes themselves):
//! special methods are looked up on the type, never the instance;
//! attribute access follows the descriptor protocol; instances of subclasses
//! of builtin types fall back to the builtin value they extend.

use super::Vm;
use crate::instructions::{BinOp, CmpOp};
use crate::runtime::exceptions::*;
use crate::runtime::types::Layout;
use crate::runtime::*;
use std::rc::Rc;

/// Whether a class attribute is a data descriptor (it wins over the
/// instance dict).
fn is_data_descriptor(vm: &Vm, d: &Value) -> bool {
    match d {
        Value::Property(_) | Value::Member(_) => true,
        Value::Instance(_) => {
            vm.lookup_special(d, "__set__").is_some()
                || vm.lookup_special(d, "__delete__").is_some()
        }
        _ => false,
    }
}

impl Vm {
    /// The special method `name` of `v`'s type, including natives of
    /// builtin bases. Classes look in their metaclass.
    pub fn lookup_special(&self, v: &Value, name: &str) -> Option<Value> {
        match v {
            Value::Instance(i) => i.class().lookup(&intern(name)),
            Value::Type(t) => t
                .meta
                .borrow()
                .as_ref()
                .and_then(|m| m.lookup(&intern(name))),
            _ => None,
        }
    }

    /// Like `lookup_special`, but only what Python code defined: natives of
    /// `object` and builtin bases are the fallback behaviour handled by the
    /// callers themselves.
    pub fn user_special(&self, v: &Value, name: &str) -> Option<Value> {
        // Method descriptors of builtin types are the fallback behaviour.
        self.lookup_special(v, name)
            .filter(|m| !matches!(m, Value::Builtin(b) if b.owner.is_some()))
    }

    /// Whether the `__ne__` `v` finds is `object.__ne__` (or none at all).
    fn ne_is_objects(&self, v: &Value) -> bool {
        match self.lookup_special(v, "__ne__") {
            None => true,
            Some(Value::Builtin(b)) => b
                .owner
                .as_ref()
                .is_none_or(|owner| Rc::ptr_eq(owner, &types().object)),
            Some(_) => false,
        }
    }

    /// The builtin value an instance of a builtin subclass extends, or `v`.
    pub fn base_value(&self, v: &Value) -> Value {
        match v {
            Value::Instance(i) => i.base.clone().unwrap_or_else(|| v.clone()),
            other => other.clone(),
        }
    }

    /// Call a class-level attribute `m` found for `v` as a method with `args`.
    fn call_bound(&mut self, m: &Value, v: &Value, args: &[Value]) -> PyResult<Value> {
        match m {
            Value::StaticMethod(w) => self.call(&w.func, args, &[]),
            Value::ClassMethod(w) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(Value::Type(type_of(v)));
                all.extend_from_slice(args);
                self.call(&w.func, &all, &[])
            }
            _ => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(v.clone());
                all.extend_from_slice(args);
                self.call(m, &all, &[])
            }
        }
    }

    /// Call the user-defined special method `name` of `v`, if there is one.
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(m) = self.user_special(v, name) else {
            return Ok(None);
        };
        self.enter_native()?;
        let r = self.call_bound(&m, v, args);
        self.leave_native();
        r.map(Some)
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
        if self.user_special(v, "__len__").is_some() {
            return Ok(self.instance_len(v)? != 0);
        }
        match v {
            Value::Instance(i) if i.base.is_some() => ops::truthy(self, &self.base_value(v)),
            _ => Ok(true),
        }
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
        let b_first = !same && tb.is_subtype(&ta) && self.user_special(b, refl).is_some();
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
        // float's own operators take any int, subclasses included
        // (`1.5 + MyInt(2)` is float.__add__'s, before MyInt.__radd__).
        if let Value::Float(_) = a {
            let bb = self.base_value(b);
            if !bb.is(b) && matches!(bb, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                return ops::binary_op(self, a, &bb, op, false).map(Some);
            }
        }
        if !same && !b_first {
            if let Some(r) = self.call_special(b, refl, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        // Subclasses of builtin types inherit the builtin operators.
        let (ba, bb) = (self.base_value(a), self.base_value(b));
        if !ba.is(a) || !bb.is(b) {
            return ops::binary_op(self, &ba, &bb, op, inplace)
                // `lst += x` on a list subclass mutates it in place: the
                // result is the instance itself, not its base list.
                .map(|r| {
                    Some(if inplace && r.is(&ba) && !ba.is(a) {
                        a.clone()
                    } else {
                        r
                    })
                })
                .or_else(|e| {
                    if e.is_instance(&types().exc.type_error) {
                        Ok(None)
                    } else {
                        Err(e)
                    }
                });
        }
        Ok(None)
    }

    pub fn unary_dunder(&mut self, v: &Value, name: &str, opname: &str) -> PyResult<Value> {
        if let Some(r) = self.call_special(v, name, &[])? {
            return Ok(r);
        }
        if let Value::Instance(i) = v {
            if let Some(b) = &i.base {
                let b = b.clone();
                return match name {
                    "__neg__" => ops::negative(self, &b),
                    "__pos__" => ops::positive(self, &b),
                    "__invert__" => ops::invert(self, &b),
                    "__abs__" => ops::abs(self, &b),
                    _ => Err(type_error(format!(
                        "bad operand type for {}: '{}'",
                        opname,
                        type_name(v).as_str()
                    ))),
                };
            }
        }
        Err(type_error(format!(
            "bad operand type for {}: '{}'",
            opname,
            type_name(v).as_str()
        )))
    }

    pub fn compare_dunder(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let ta = type_of(a);
        let tb = type_of(b);
        let reflected_first = !Rc::ptr_eq(&ta, &tb)
            && tb.is_subtype(&ta)
            && self.user_special(b, op.swapped().dunder()).is_some();
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
            // `!=` defaults to the negation of a user `__eq__` only where
            // `__ne__` is object's: a builtin base's own `__ne__` (list,
            // dict, ...) compares the values instead.
            if o == CmpOp::Ne && self.ne_is_objects(x) {
                if let Some(r) = self.call_special(x, "__eq__", std::slice::from_ref(y))? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Value::Bool(!ops::truthy(self, &r)?));
                    }
                }
            }
        }
        let (ba, bb) = (self.base_value(a), self.base_value(b));
        if !ba.is(a) || !bb.is(b) {
            return ops::compare(self, &ba, &bb, op);
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
        let unhashable = || type_error(format!("unhashable type: '{}'", type_name(v).as_str()));
        let Value::Instance(inst) = v else {
            return Ok((v.identity() as u64).rotate_right(4) as i64);
        };
        let cls = inst.class();
        // A class that defines __eq__ but not __hash__ has __hash__ = None.
        for t in std::iter::once(cls.clone()).chain(cls.mro.borrow().iter().cloned()) {
            if let Some(h) = t.dict.get_str(&intern("__hash__")) {
                return match h {
                    Value::None => Err(unhashable()),
                    Value::Builtin(_) => self.native_hash(v, inst),
                    m => {
                        let r = self.call_bound(&m, v, &[])?;
                        match int::as_int(&r) {
                            Some(i) => Ok(match i.to_i64() {
                                Some(-1) => -2,
                                Some(x) => x,
                                None => int::hash(i),
                            }),
                            None => Err(type_error("__hash__ method should return an integer")),
                        }
                    }
                };
            }
            if t.is_heap && t.dict.get_str(&intern("__eq__")).is_some() {
                return Err(unhashable());
            }
        }
        self.native_hash(v, inst)
    }

    fn native_hash(&mut self, v: &Value, inst: &Instance) -> PyResult<i64> {
        match &inst.base {
            Some(b) => {
                let b = b.clone();
                ops::hash(self, &b)
            }
            None => Ok((v.identity() as u64).rotate_right(4) as i64),
        }
    }

    /// A set, frozenset or bytearray subclass without a `__repr__` of its
    /// own: the builtin's repr names the instance's class (`Tags({1, 2})`,
    /// `Buf(b'..')`), for str() too.
    fn named_builtin_repr(&mut self, v: &Value) -> Option<PyResult<String>> {
        let Value::Instance(i) = v else {
            return None;
        };
        if !matches!(
            &i.base,
            Some(Value::Set(_) | Value::FrozenSet(_) | Value::ByteArray(_))
        ) || self.user_special(v, "__repr__").is_some()
            || self.user_special(v, "__str__").is_some()
        {
            return None;
        }
        match i.base.clone() {
            Some(Value::Set(s) | Value::FrozenSet(s)) => {
                Some(crate::runtime::set::repr(self, v, &s, true))
            }
            // bytearray's repr names the class too: Buf(b'..').
            Some(b) => Some(ops::repr(self, &b).map(|r| {
                let rest = r.strip_prefix("bytearray").unwrap_or(&r);
                format!("{}{rest}", type_name(v).as_str())
            })),
            None => None,
        }
    }

    pub fn instance_repr(&mut self, v: &Value) -> PyResult<String> {
        if let Some(r) = self.named_builtin_repr(v) {
            return r;
        }
        if let Some(r) = self.call_special(v, "__repr__", &[])? {
            return match r {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(type_error(format!(
                    "__repr__ returned non-string (type {})",
                    type_name(&other).as_str()
                ))),
            };
        }
        if PyErr::from_value(v).is_some() {
            return self.exception_repr(v);
        }
        if let Value::Instance(i) = v {
            match &i.base {
                // set subclasses print their class name: Tags({1, 2}).
                Some(Value::Set(s)) => return crate::runtime::set::repr(self, v, &s.clone(), true),
                Some(Value::FrozenSet(s)) => {
                    return crate::runtime::set::repr(self, v, &s.clone(), true)
                }
                Some(b) => {
                    let b = b.clone();
                    return ops::repr(self, &b);
                }
                None => {}
            }
        }
        Ok(self.default_repr(v))
    }

    /// `object.__repr__`: `<module.Qualname object at 0x...>`.
    pub fn default_repr(&self, v: &Value) -> String {
        let t = type_of(v);
        if t.module.as_str() == "builtins" {
            format!(
                "<{} object at {:#x}>",
                t.qualname.borrow().as_str(),
                v.identity()
            )
        } else {
            format!(
                "<{}.{} object at {:#x}>",
                t.module.as_str(),
                t.qualname.borrow().as_str(),
                v.identity()
            )
        }
    }

    /// `BaseException.__repr__`.
    pub fn exception_repr(&mut self, v: &Value) -> PyResult<String> {
        let Some(err) = PyErr::from_value(v) else {
            return Ok(self.default_repr(v));
        };
        let args = err.args();
        let name = err.class().name().to_string();
        self.repr_guarded(v, "...", |vm| {
            Ok(match args.items.len() {
                1 => format!("{}({})", name, ops::repr(vm, &args.items[0])?),
                _ => format!("{}{}", name, ops::repr(vm, &Value::Tuple(args.clone()))?),
            })
        })
    }

    pub fn instance_str(&mut self, v: &Value) -> PyResult<String> {
        if let Some(r) = self.named_builtin_repr(v) {
            return r;
        }
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
            // A user __repr__ does not change str() of an exception.
            return self.exception_str(&err);
        }
        if self.user_special(v, "__repr__").is_some() {
            return self.instance_repr(v);
        }
        if let Value::Instance(i) = v {
            if let Some(b) = &i.base {
                let b = b.clone();
                return ops::str_(self, &b);
            }
        }
        self.instance_repr(v)
    }

    /// `str(exc)` for builtin exception classes.
    pub fn exception_str(&mut self, err: &PyErr) -> PyResult<String> {
        let args = err.args();
        // SyntaxError(msg, (filename, lineno, ...)) prints "msg (filename, line N)".
        if err.is_instance(&types().exc.syntax_error) && args.items.len() == 2 {
            if let Value::Tuple(d) = &args.items[1] {
                let msg = ops::str_(self, &args.items[0])?;
                return Ok(match (d.items.first(), d.items.get(1)) {
                    (Some(Value::Str(f)), Some(Value::Int(l))) => {
                        format!("{msg} ({}, line {l})", f.as_str())
                    }
                    _ => msg,
                });
            }
        }
        // OSError(errno, strerror[, filename]) prints as "[Errno 2] No such file: 'x'".
        let is_os = types()
            .exceptions
            .iter()
            .find(|e| e.name() == "OSError")
            .is_some_and(|o| err.is_instance(o));
        if is_os && (2..=5).contains(&args.items.len()) {
            let errno = ops::str_(self, &args.items[0])?;
            let strerror = ops::str_(self, &args.items[1])?;
            return Ok(match args.items.get(2) {
                Some(f) if !f.is_none() => {
                    format!("[Errno {errno}] {strerror}: {}", ops::repr(self, f)?)
                }
                _ => format!("[Errno {errno}] {strerror}"),
            });
        }
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
        if let Value::Instance(i) = v {
            if let Some(b) = &i.base {
                if spec.is_empty() && self.user_special(v, "__str__").is_some() {
                    return self.instance_str(v);
                }
                let b = b.clone();
                return ops::format(self, &b, spec);
            }
        }
        if spec.is_empty() {
            return self.instance_str(v);
        }
        Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(v).as_str()
        )))
    }

    // ------------------------------------------------------------ attributes

    /// Bind a class attribute found for `obj` (None: looked up on the class
    /// itself) of class `owner`: the `__get__` step of the descriptor protocol.
    pub fn descr_get(
        &mut self,
        d: Value,
        obj: Option<&Value>,
        owner: &Rc<Type>,
    ) -> PyResult<Value> {
        match &d {
            Value::Function(_) => Ok(match obj {
                Some(o) => Value::BoundMethod(Rc::new(BoundMethod {
                    func: d,
                    receiver: o.clone(),
                })),
                None => d,
            }),
            Value::Builtin(b) if b.owner.is_some() => {
                if b.binds_class {
                    return Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        func: d.clone(),
                        receiver: Value::Type(owner.clone()),
                    })));
                }
                Ok(match obj {
                    Some(o) => {
                        let receiver = self.receiver_for(b, o);
                        Value::BoundMethod(Rc::new(BoundMethod {
                            func: d.clone(),
                            receiver,
                        }))
                    }
                    None => d,
                })
            }
            Value::StaticMethod(w) => Ok(w.func.clone()),
            Value::ClassMethod(w) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                func: w.func.clone(),
                receiver: Value::Type(owner.clone()),
            }))),
            Value::Property(p) => match obj {
                None => Ok(d.clone()),
                Some(o) => {
                    if p.fget.is_none() {
                        return Err(attribute_error(format!(
                            "property {}of '{}' object has no getter",
                            p.name
                                .borrow()
                                .as_ref()
                                .map(|n| format!("'{}' ", n.as_str()))
                                .unwrap_or_default(),
                            type_name(o).as_str()
                        )));
                    }
                    let f = p.fget.clone();
                    self.call(&f, std::slice::from_ref(o), &[])
                }
            },
            Value::Member(m) => match obj {
                None => Ok(d.clone()),
                Some(o) => member_get(m, o),
            },
            Value::Instance(_) => match self.user_special(&d, "__get__") {
                Some(get) => {
                    let inst = obj.cloned().unwrap_or(Value::None);
                    self.call_bound(&get, &d, &[inst, Value::Type(owner.clone())])
                }
                None => Ok(d),
            },
            _ => Ok(d),
        }
    }

    /// The receiver a builtin method gets: instances of builtin subclasses
    /// pass the builtin value they extend to methods of that builtin.
    fn receiver_for(&self, b: &Builtin, obj: &Value) -> Value {
        match (obj, &b.owner) {
            (Value::Instance(i), Some(owner))
                if i.base.is_some()
                    && !matches!(owner.layout, Layout::Object | Layout::Exception) =>
            {
                i.base.clone().unwrap_or_else(|| obj.clone())
            }
            _ => obj.clone(),
        }
    }

    /// `object.__getattribute__(obj, name)`: the generic lookup.
    pub fn generic_getattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        let Value::Instance(inst) = obj else {
            return ops::getattr(self, obj, name);
        };
        let cls = inst.class();
        if let Some(v) = exception_attr(inst, name) {
            return Ok(v);
        }
        match name.as_str() {
            "__class__" => return Ok(Value::Type(cls)),
            "__dict__" if cls.has_dict.get() => return Ok(Value::Dict(inst.dict())),
            _ => {}
        }
        let descr = cls.lookup(name);
        if let Some(d) = &descr {
            if is_data_descriptor(self, d) {
                return self.descr_get(d.clone(), Some(obj), &cls);
            }
        }
        if let Some(d) = inst.dict.borrow().as_ref() {
            if let Some(v) = d.get_str(name) {
                return Ok(v);
            }
        }
        match descr {
            Some(d) => self.descr_get(d, Some(obj), &cls),
            None => match exception_default_attr(inst, name) {
                Some(v) => Ok(v),
                None => Err(ops::no_attribute(obj, name)),
            },
        }
    }

    pub fn instance_getattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        let r = match self.user_special(obj, "__getattribute__") {
            Some(ga) => {
                let n = Value::Str(intern(name.as_str()));
                self.call_bound(&ga, obj, &[n])
            }
            None => self.generic_getattr(obj, name),
        };
        match r {
            Err(e) if e.is_instance(&types().exc.attribute_error) => {
                match self.user_special(obj, "__getattr__") {
                    Some(ga) => {
                        let n = Value::Str(intern(name.as_str()));
                        self.call_bound(&ga, obj, &[n])
                    }
                    None => Err(e),
                }
            }
            other => other,
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
        if self.user_special(obj, "__getattribute__").is_none() {
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
                        let receiver = self.receiver_for(&b, obj);
                        return Ok((Value::Builtin(b), Some(receiver)));
                    }
                    _ => {}
                }
            }
        }
        Ok((self.instance_getattr(obj, name)?, None))
    }

    /// `object.__setattr__` / `object.__delattr__` (value None).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        name: &Name,
        value: Option<Value>,
    ) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            return match value {
                Some(v) => ops::setattr(self, obj, name, v),
                None => ops::delattr(self, obj, name),
            };
        };
        let cls = inst.class();
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
                "__traceback__" => return Ok(()),
                _ => {}
            }
        }
        if name.as_str() == "__class__" {
            return self.set_class(inst, value);
        }
        if name.as_str() == "__dict__" && cls.has_dict.get() {
            return match value {
                Some(Value::Dict(d)) => {
                    *inst.dict.borrow_mut() = Some(d);
                    Ok(())
                }
                Some(other) => Err(type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    type_name(&other).as_str()
                ))),
                None => {
                    *inst.dict.borrow_mut() = None;
                    Ok(())
                }
            };
        }
        if let Some(d) = cls.lookup(name) {
            match &d {
                Value::Property(p) => {
                    let (f, what) = if value.is_some() {
                        (p.fset.clone(), "setter")
                    } else {
                        (p.fdel.clone(), "deleter")
                    };
                    if f.is_none() {
                        return Err(attribute_error(format!(
                            "property {}of '{}' object has no {}",
                            p.name
                                .borrow()
                                .as_ref()
                                .map(|n| format!("'{}' ", n.as_str()))
                                .unwrap_or_default(),
                            cls.name(),
                            what
                        )));
                    }
                    let mut args = vec![obj.clone()];
                    args.extend(value);
                    self.call(&f, &args, &[])?;
                    return Ok(());
                }
                Value::Member(m) => return member_set(m, obj, value),
                Value::Instance(_) => {
                    let hook = if value.is_some() {
                        "__set__"
                    } else {
                        "__delete__"
                    };
                    if let Some(set) = self.user_special(&d, hook) {
                        let mut args = vec![obj.clone()];
                        args.extend(value);
                        self.call_bound(&set, &d, &args)?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if !cls.has_dict.get() {
            return Err(attribute_error(format!(
                "'{}' object has no attribute '{}'",
                cls.name(),
                name.as_str()
            )));
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

    /// `obj.__class__ = cls`, where CPython allows it.
    fn set_class(&mut self, inst: &Instance, value: Option<Value>) -> PyResult<()> {
        let Some(value) = value else {
            return Err(type_error("can't delete __class__ attribute"));
        };
        let Value::Type(new) = value else {
            return Err(type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                type_name(&value).as_str()
            )));
        };
        let old = inst.class();
        if !new.is_heap || !old.is_heap {
            return Err(type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        if new.layout != old.layout
            || new.nslots.get() != old.nslots.get()
            || new.has_dict.get() != old.has_dict.get()
        {
            return Err(type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name(),
                old.name()
            )));
        }
        *inst.class.borrow_mut() = new;
        Ok(())
    }

    pub fn instance_setattr(
        &mut self,
        obj: &Value,
        name: &Name,
        value: Option<Value>,
    ) -> PyResult<()> {
        let hook = if value.is_some() {
            "__setattr__"
        } else {
            "__delattr__"
        };
        match self.user_special(obj, hook) {
            Some(m) => {
                let mut args = vec![Value::Str(name.clone())];
                args.extend(value);
                self.call_bound(&m, obj, &args)?;
                Ok(())
            }
            None => self.generic_setattr(obj, name, value),
        }
    }

    pub fn type_getattr(&mut self, t: &Rc<Type>, name: &PyStr) -> PyResult<Value> {
        match name.as_str() {
            "__name__" => return Ok(Value::Str(t.name.clone())),
            "__qualname__" => return Ok(Value::Str(t.qualname.borrow().clone())),
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
                ));
            }
            "__base__" => {
                return Ok(t
                    .bases
                    .borrow()
                    .first()
                    .map(|b| Value::Type(b.clone()))
                    .unwrap_or(Value::None));
            }
            "__dict__" => return Ok(Value::Dict(Rc::new(t.dict.clone()))),
            "__class__" => return Ok(Value::Type(type_of(&Value::Type(t.clone())))),
            "__module__" if !t.is_heap => return Ok(Value::Str(t.module.clone())),
            "__doc__" if t.dict.get_str(name).is_none() => return Ok(Value::None),
            _ => {}
        }
        let meta = type_of(&Value::Type(t.clone()));
        let meta_attr = if meta.is_heap {
            meta.lookup(name)
        } else {
            None
        };
        if let Some(m) = &meta_attr {
            if is_data_descriptor(self, m) {
                return self.descr_get(m.clone(), Some(&Value::Type(t.clone())), &meta);
            }
        }
        if let Some(a) = t.lookup(name) {
            return self.descr_get(a, None, t);
        }
        if let Some(m) = meta_attr {
            return self.descr_get(m, Some(&Value::Type(t.clone())), &meta);
        }
        // Methods of `type` itself (mro(), __subclasses__, ...).
        if let Some(v @ Value::Builtin(_)) = types().type_.lookup(name) {
            return self.descr_get(v, Some(&Value::Type(t.clone())), &types().type_);
        }
        let missing = attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            t.name(),
            name.as_str()
        ));
        // A metaclass's `__getattr__` answers for its classes.
        if meta.is_heap {
            if let Some(getattr) = meta.lookup(&intern("__getattr__")) {
                let cls = Value::Type(t.clone());
                let bound = self.descr_get(getattr, Some(&cls), &meta)?;
                return self.call(&bound, &[Value::str(name.as_str())], &[]);
            }
        }
        Err(missing)
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
        match (name.as_str(), &value) {
            ("__bases__", Some(v)) => return self.set_bases(t, v),
            ("__qualname__", Some(Value::Str(s))) => {
                *t.qualname.borrow_mut() = s.clone();
                return Ok(());
            }
            _ => {}
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

    /// `C.__bases__ = (...)`: recompute the MRO and invalidate versions.
    fn set_bases(&mut self, t: &Rc<Type>, v: &Value) -> PyResult<()> {
        let Value::Tuple(items) = v else {
            return Err(type_error(format!(
                "can only assign tuple to {}.__bases__, not {}",
                t.name(),
                type_name(v).as_str()
            )));
        };
        if items.items.is_empty() {
            return Err(type_error(format!(
                "can only assign non-empty tuple to {}.__bases__, not ()",
                t.name()
            )));
        }
        let mut bases = Vec::new();
        for b in items.items.iter() {
            match b {
                Value::Type(bt) => {
                    if bt.is_subtype(t) {
                        return Err(type_error("a __bases__ item causes an inheritance cycle"));
                    }
                    bases.push(bt.clone());
                }
                other => {
                    return Err(type_error(format!(
                        "{}.__bases__ must be tuple of classes, not '{}'",
                        t.name(),
                        type_name(other).as_str()
                    )))
                }
            }
        }
        let new_layout = bases
            .iter()
            .map(|b| b.layout)
            .find(|l| *l != Layout::Object)
            .unwrap_or(Layout::Object);
        if new_layout != t.layout {
            return Err(type_error(format!(
                "__bases__ assignment: '{}' object layout differs from '{}'",
                bases[0].name(),
                t.bases
                    .borrow()
                    .first()
                    .map(|b| b.name().to_string())
                    .unwrap_or_default()
            )));
        }
        let mro = crate::runtime::class::c3_mro(&bases)?;
        for old in t.bases.borrow().iter() {
            old.subclasses
                .borrow_mut()
                .retain(|w| w.upgrade().is_some_and(|s| !Rc::ptr_eq(&s, t)));
        }
        for b in &bases {
            b.subclasses.borrow_mut().push(Rc::downgrade(t));
        }
        *t.bases.borrow_mut() = bases;
        *t.mro.borrow_mut() = mro;
        t.modified();
        Ok(())
    }

    /// Attribute lookup through a `super` object.
    pub fn super_getattr(&mut self, s: &SuperObj, name: &PyStr) -> PyResult<Value> {
        if name.as_str() == "__class__" {
            return Ok(Value::Type(types().super_.clone()));
        }
        let Some(v) = super_lookup(s, name) else {
            return Err(attribute_error(format!(
                "'super' object has no attribute '{}'",
                name.as_str()
            )));
        };
        let obj = match &s.obj {
            Value::Type(o) if Rc::ptr_eq(o, &s.obj_type) => None,
            o => Some(o.clone()),
        };
        match (&v, &obj) {
            (Value::ClassMethod(w), _) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                func: w.func.clone(),
                receiver: Value::Type(s.obj_type.clone()),
            }))),
            (_, None) => self.descr_get(v, None, &s.obj_type),
            (_, Some(o)) => self.descr_get(v, Some(o), &s.obj_type),
        }
    }

    pub fn instance_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(r) = self.call_special(v, "__iter__", &[])? {
            if !matches!(r, Value::Iter(_) | Value::Generator(_))
                && self.user_special(&r, "__next__").is_none()
            {
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    type_name(&r).as_str()
                )));
            }
            return Ok(r);
        }
        if let Value::Instance(i) = v {
            if let Some(b) = &i.base {
                let b = b.clone();
                return ops::get_iter(self, &b);
            }
        }
        if self.user_special(v, "__getitem__").is_some() {
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
        let r = match self.call_special(v, "__index__", &[])? {
            Some(r) => r,
            None => match v {
                Value::Instance(i)
                    if matches!(
                        i.base,
                        Some(Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
                    ) =>
                {
                    i.base.clone().unwrap_or(Value::None)
                }
                _ => return Ok(None),
            },
        };
        match int::as_int(&r) {
            Some(int::IntRef::Small(i)) => Ok(Some(ops::IntIndex::Small(i))),
            Some(int::IntRef::Big(b)) => Ok(Some(ops::IntIndex::Big(b.clone()))),
            None => Err(type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(&r).as_str()
            ))),
        }
    }

    pub fn instance_getitem(&mut self, c: &Value, key: &Value) -> PyResult<Value> {
        match self.call_special(c, "__getitem__", std::slice::from_ref(key)) {
            Ok(Some(r)) => Ok(r),
            Ok(None) => {
                let b = self.base_value(c);
                if !b.is(c) {
                    return match ops::getitem(self, &b, key) {
                        Err(e) if e.is_instance(&types().exc.key_error) => {
                            // dict subclasses: __missing__.
                            match self.call_special(c, "__missing__", std::slice::from_ref(key))? {
                                Some(v) => Ok(v),
                                None => Err(e),
                            }
                        }
                        other => other,
                    };
                }
                Err(type_error(format!(
                    "'{}' object is not subscriptable",
                    type_name(c).as_str()
                )))
            }
            Err(e) => Err(e),
        }
    }

    pub fn class_getitem(&mut self, c: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Type(t) = c {
            if let Some(Value::ClassMethod(w)) = t.lookup(&intern("__class_getitem__")) {
                return self.call(&w.func, &[c.clone(), key.clone()], &[]);
            }
            if let Some(m) = self.user_special(c, "__getitem__") {
                return self.call_bound(&m, c, std::slice::from_ref(key));
            }
            return Err(type_error(format!(
                "type '{}' is not subscriptable",
                t.name()
            )));
        }
        Err(type_error("object is not subscriptable"))
    }

    pub fn instance_setitem(
        &mut self,
        c: &Value,
        key: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        let r = match &value {
            Some(v) => self.call_special(c, "__setitem__", &[key.clone(), v.clone()])?,
            None => self.call_special(c, "__delitem__", std::slice::from_ref(key))?,
        };
        if r.is_some() {
            return Ok(());
        }
        let b = self.base_value(c);
        if !b.is(c) {
            return match value {
                Some(v) => ops::setitem(self, &b, key, v),
                None => ops::delitem(self, &b, key),
            };
        }
        Err(type_error(format!(
            "'{}' object {}",
            type_name(c).as_str(),
            if value.is_some() {
                "does not support item assignment"
            } else {
                "doesn't support item deletion"
            }
        )))
    }

    pub fn instance_contains(&mut self, c: &Value, item: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_special(c, "__contains__", std::slice::from_ref(item))? {
            return ops::truthy(self, &r);
        }
        let b = self.base_value(c);
        if !b.is(c) && self.user_special(c, "__iter__").is_none() {
            return ops::contains(self, &b, item);
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
            Some(r) => match int::as_int(&self.base_value(&r)) {
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
            None => {
                let b = self.base_value(v);
                if !b.is(v) {
                    return ops::len(self, &b);
                }
                Err(type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(v).as_str()
                )))
            }
        }
    }

    pub fn instance_call(&mut self, v: &Value, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        match self.user_special(v, "__call__") {
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

    /// `__name__` of the module whose code is running (for classes made by
    /// `type(name, bases, ns)`).
    pub fn current_module_name(&self) -> Value {
        self.main_module_name.clone()
    }
}

/// Read a `__slots__` member of `obj` (`member_descriptor.__get__`).
pub fn member_get(m: &MemberDescr, obj: &Value) -> PyResult<Value> {
    member_check(m, obj)?;
    let Value::Instance(i) = obj else {
        return Err(member_type_error(m, obj));
    };
    let value = i.slots.borrow().get(m.index).cloned().flatten();
    value.ok_or_else(|| {
        attribute_error(format!(
            "'{}' object has no attribute '{}'",
            i.class().name(),
            m.name.as_str()
        ))
    })
}

/// Store (`Some`) or delete (`None`) a `__slots__` member of `obj`
/// (`member_descriptor.__set__` / `__delete__`).
pub fn member_set(m: &MemberDescr, obj: &Value, value: Option<Value>) -> PyResult<()> {
    member_check(m, obj)?;
    let Value::Instance(inst) = obj else {
        return Err(member_type_error(m, obj));
    };
    let mut slots = inst.slots.borrow_mut();
    if m.index >= slots.len() {
        slots.resize(m.index + 1, None);
    }
    if value.is_none() && slots[m.index].is_none() {
        // CPython 3.11's structmember code names only the slot here.
        return Err(attribute_error(m.name.as_str().to_string()));
    }
    let old = std::mem::replace(&mut slots[m.index], value);
    drop(slots);
    // The old value may run arbitrary drop code; release the borrow first.
    drop(old);
    Ok(())
}

/// A slot descriptor only applies to instances of the class that declared
/// it (a descriptor borrowed by another class raises; CPython gh-99257).
fn member_check(m: &MemberDescr, obj: &Value) -> PyResult<()> {
    match m.owner.upgrade() {
        Some(owner) if type_of(obj).is_subtype(&owner) => Ok(()),
        _ => Err(member_type_error(m, obj)),
    }
}

fn member_type_error(m: &MemberDescr, obj: &Value) -> PyErr {
    type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        m.name.as_str(),
        m.owner_name.as_str(),
        type_name(obj).as_str()
    ))
}

/// Attributes that particular exception classes have even when unset.
fn exception_default_attr(inst: &Instance, name: &PyStr) -> Option<Value> {
    let state = inst.exc.as_ref()?.borrow();
    let cls = inst.class();
    let t = types();
    let arg = |i: usize| state.args.as_ref().and_then(|a| a.items.get(i).cloned());
    let nargs = state.args.as_ref().map(|a| a.items.len()).unwrap_or(0);
    let is = |ty: &Rc<Type>| cls.is_subtype(ty);
    let os_error = t.exceptions.iter().find(|e| e.name() == "OSError");
    Some(match name.as_str() {
        "name"
            if is(&t.exc.attribute_error) || is(&t.exc.name_error) || is(&t.exc.import_error) =>
        {
            Value::None
        }
        "obj" if is(&t.exc.attribute_error) => Value::None,
        "path" if is(&t.exc.import_error) => Value::None,
        "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
            if is(&t.exc.syntax_error) =>
        {
            let details = arg(1).and_then(|d| match d {
                Value::Tuple(t) => Some(t),
                _ => None,
            });
            let field = |i: usize| {
                details
                    .as_ref()
                    .and_then(|t| t.items.get(i).cloned())
                    .unwrap_or(Value::None)
            };
            match name.as_str() {
                "msg" => arg(0).unwrap_or(Value::None),
                "filename" => field(0),
                "lineno" => field(1),
                "offset" => field(2),
                "text" => field(3),
                "end_lineno" => field(4),
                _ => field(5),
            }
        }
        "msg" if is(&t.exc.import_error) => arg(0).unwrap_or(Value::None),
        "errno" if os_error.is_some_and(is) => {
            if nargs >= 2 {
                arg(0).unwrap_or(Value::None)
            } else {
                Value::None
            }
        }
        "strerror" if os_error.is_some_and(is) => {
            if nargs >= 2 {
                arg(1).unwrap_or(Value::None)
            } else {
                Value::None
            }
        }
        "filename" | "filename2" if os_error.is_some_and(is) => {
            if name.as_str() == "filename" && nargs >= 3 {
                arg(2).unwrap_or(Value::None)
            } else {
                Value::None
            }
        }
        _ => return None,
    })
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

/// The class attribute a `super` object finds for `name`: the first
/// definition after `thisclass` in the MRO of `obj_type`, unbound.
pub fn super_lookup(s: &SuperObj, name: &PyStr) -> Option<Value> {
    let start = &s.obj_type;
    let mro = start.mro.borrow();
    let chain = std::iter::once(start).chain(mro.iter());
    let mut after = chain.skip_while(|t| !Rc::ptr_eq(t, &s.thisclass));
    after.next()?;
    after.find_map(|t| t.dict.get_str(name))
}
