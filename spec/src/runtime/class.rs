//! Classes: `type(name, bases, ns)`, the class statement, C3 linearization,
//! instance construction, and the natives of `object`, `type`, `property`,
//! `staticmethod`, `classmethod` and `super`.

use super::exceptions::*;
use super::types::{types, Layout, Type};
use super::*;
use crate::builtins::{native, no_kwargs};
use crate::eval::Vm;
use std::rc::Rc;

/// C3 linearization of a new class with `bases` (excluding the class itself).
pub fn c3_mro(bases: &[Rc<Type>]) -> PyResult<Vec<Rc<Type>>> {
    let mut seqs: Vec<Vec<Rc<Type>>> = bases
        .iter()
        .map(|b| {
            let mut s = vec![b.clone()];
            s.extend(b.mro.borrow().iter().cloned());
            s
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Type>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        // The first head that appears in no other sequence's tail.
        let candidate = seqs.iter().map(|s| s[0].clone()).find(|head| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|t| Rc::ptr_eq(t, head)))
        });
        match candidate {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if Rc::ptr_eq(&s[0], &c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                let names: Vec<&str> = bases.iter().map(|b| b.name()).collect();
                return Err(type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

/// The builtin layout a class inherits ("solid base").
fn solid_layout(bases: &[Rc<Type>]) -> PyResult<Layout> {
    let mut layout = Layout::Object;
    for b in bases {
        let l = b.layout;
        if l == Layout::Object {
            continue;
        }
        if layout == Layout::Object {
            layout = l;
        } else if layout != l {
            return Err(type_error("multiple bases have instance lay-out conflict"));
        }
    }
    Ok(layout)
}

/// `type.__new__(meta, name, bases, ns)`: create a class.
pub fn type_new(
    vm: &mut Vm,
    meta: &Rc<Type>,
    name: &str,
    bases: Vec<Rc<Type>>,
    ns: &Rc<Dict>,
) -> PyResult<Rc<Type>> {
    let t = types();
    let bases = if bases.is_empty() {
        vec![t.object.clone()]
    } else {
        bases
    };
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
            return Err(type_error(format!("duplicate base class {}", b.name())));
        }
        if !b.is_basetype {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                b.name()
            )));
        }
    }
    let layout = solid_layout(&bases)?;
    let mro = c3_mro(&bases)?;
    let module = match ns.get_str(&intern("__module__")) {
        Some(Value::Str(m)) => intern(m.as_str()),
        _ => intern("builtins"),
    };
    let cls = Type::new(name, module, bases.clone(), layout, true, true);
    *cls.mro.borrow_mut() = mro;
    if !Rc::ptr_eq(meta, &t.type_) {
        *cls.meta.borrow_mut() = Some(meta.clone());
    }
    // Copy the namespace; __qualname__ and __classcell__ are not attributes.
    let mut classcell = None;
    for (k, v) in ns.items() {
        let Value::Str(key) = &k else { continue };
        match key.as_str() {
            "__qualname__" => {
                if let Value::Str(q) = &v {
                    *cls.qualname.borrow_mut() = q.clone();
                } else {
                    return Err(type_error(format!(
                        "type __qualname__ must be a str, not {}",
                        type_name(&v).as_str()
                    )));
                }
            }
            "__classcell__" => classcell = Some(v),
            _ => {
                // __init_subclass__ and __class_getitem__ are implicit classmethods,
                // __new__ an implicit staticmethod.
                let v = match (key.as_str(), &v) {
                    ("__init_subclass__" | "__class_getitem__", Value::Function(_)) => {
                        Value::ClassMethod(Rc::new(Wrapped { func: v.clone() }))
                    }
                    ("__new__", Value::Function(_)) => {
                        Value::StaticMethod(Rc::new(Wrapped { func: v.clone() }))
                    }
                    _ => v.clone(),
                };
                cls.dict.set_str(intern(key.as_str()), v);
            }
        }
    }
    // __slots__: member descriptors and no instance dict.
    let inherited_slots = bases.iter().map(|b| b.nslots.get()).max().unwrap_or(0);
    let base_has_dict = bases
        .iter()
        .any(|b| b.has_dict.get() && !Rc::ptr_eq(b, &t.object));
    cls.nslots.set(inherited_slots);
    if let Some(slots) = ns.get_str(&intern("__slots__")) {
        let names: Vec<Value> = match &slots {
            Value::Str(_) => vec![slots.clone()],
            other => ops::collect(vm, other)?,
        };
        let mut has_dict = base_has_dict;
        let mut index = inherited_slots;
        for n in names {
            let Value::Str(s) = &n else {
                return Err(type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    type_name(&n).as_str()
                )));
            };
            if s.as_str() == "__dict__" {
                has_dict = true;
                continue;
            }
            if ns.get_str(s).is_some() && s.as_str() != "__slots__" {
                return Err(value_error(format!(
                    "'{}' in __slots__ conflicts with class variable",
                    s.as_str()
                )));
            }
            let m = MemberDescr {
                name: intern(s.as_str()),
                index,
                owner_name: cls.name.clone(),
                owner: Rc::downgrade(&cls),
            };
            cls.dict
                .set_str(intern(s.as_str()), Value::Member(Rc::new(m)));
            index += 1;
        }
        cls.nslots.set(index);
        cls.has_dict.set(has_dict || layout == Layout::Exception);
    }
    // Defining __eq__ without __hash__ makes instances unhashable.
    if cls.dict.get_str(&intern("__eq__")).is_some()
        && cls.dict.get_str(&intern("__hash__")).is_none()
    {
        cls.dict.set_str(intern("__hash__"), Value::None);
    }
    if let Some(Value::Cell(c)) = classcell {
        *c.value.borrow_mut() = Some(Value::Type(cls.clone()));
    }
    // __set_name__ on descriptors, in definition order.
    for (k, v) in cls.dict.items() {
        if let Value::Property(p) = &v {
            if let Value::Str(s) = &k {
                *p.name.borrow_mut() = Some(intern(s.as_str()));
            }
            continue;
        }
        if matches!(v, Value::Instance(_)) {
            if let Some(m) = vm.lookup_special(&v, "__set_name__") {
                vm.call(&m, &[v.clone(), Value::Type(cls.clone()), k.clone()], &[])?;
            }
        }
    }
    Ok(cls)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kw)`: the class statement.
pub fn build_class(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let Value::Function(body) = &args[0] else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    let Value::Str(name) = &args[1] else {
        return Err(type_error("__build_class__: name is not a string"));
    };
    let mut bases = Vec::new();
    for b in &args[2..] {
        match b {
            Value::Type(t) => bases.push(t.clone()),
            other => {
                // __mro_entries__ is not supported; CPython's message for plain objects:
                return Err(type_error(format!(
                    "{}() argument 'bases' must be a tuple of types... got {}",
                    "__build_class__",
                    type_name(other).as_str()
                )));
            }
        }
    }
    let mut meta: Option<Value> = None;
    let mut class_kw: Vec<(Value, Value)> = Vec::new();
    for (k, v) in kw {
        if matches!(k, Value::Str(s) if s.as_str() == "metaclass") {
            meta = Some(v.clone());
        } else {
            class_kw.push((k.clone(), v.clone()));
        }
    }
    // The most derived metaclass of the explicit one and the bases' ones.
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Type(super::types::type_of(&Value::Type(b.clone()))),
            None => Value::Type(types().type_.clone()),
        },
    };
    if let Value::Type(m) = &meta {
        let mut winner = m.clone();
        for b in &bases {
            let bm = super::types::type_of(&Value::Type(b.clone()));
            if bm.is_subtype(&winner) {
                winner = bm;
            } else if !winner.is_subtype(&bm) {
                return Err(type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
        meta = Value::Type(winner);
    }
    // __prepare__: the namespace the body runs in (a dict, or any mapping).
    let ns: Value = match ops::getattr(vm, &meta, &intern("__prepare__")) {
        Ok(prep) if !matches!(prep, Value::Builtin(_)) => {
            let pargs = vec![
                args[1].clone(),
                Value::tuple(bases.iter().map(|b| Value::Type(b.clone())).collect()),
            ];
            let ns = vm.call(&prep, &pargs, &class_kw)?;
            let is_mapping =
                matches!(ns, Value::Dict(_)) || vm.lookup_special(&ns, "__getitem__").is_some();
            if !is_mapping {
                return Err(type_error(format!(
                    "{}.__prepare__() must return a mapping, not {}",
                    match &meta {
                        Value::Type(t) => t.name().to_string(),
                        other => type_name(other).as_str().to_string(),
                    },
                    type_name(&ns).as_str()
                )));
            }
            ns
        }
        _ => Value::Dict(Rc::new(Dict::new())),
    };
    let code = body.code.borrow().clone();
    let frame = match &ns {
        Value::Dict(d) => vm.new_frame(
            code,
            body.globals.clone(),
            Some(d.clone()),
            Some(body.clone()),
        ),
        other => {
            let mut f = vm.new_frame(code, body.globals.clone(), None, Some(body.clone()));
            f.locals_mapping = Some(other.clone());
            f
        }
    };
    vm.run_frame(frame)?;
    let bases_tuple = Value::tuple(bases.iter().map(|b| Value::Type(b.clone())).collect());
    let cls = vm.call(
        &meta,
        &[Value::Str(name.clone()), bases_tuple, ns],
        &class_kw,
    )?;
    Ok(cls)
}

/// Call `super(cls, cls).__init_subclass__(**kw)` for a new class.
fn init_subclass(vm: &mut Vm, cls: &Rc<Type>, kw: KwArgs) -> PyResult<()> {
    let parent_attr = cls
        .mro
        .borrow()
        .iter()
        .find_map(|t| t.dict.get_str(&intern("__init_subclass__")));
    match parent_attr {
        Some(Value::ClassMethod(w)) => {
            let mut all = vec![Value::Type(cls.clone())];
            all.truncate(1);
            vm.call(&w.func, &all, kw)?;
            Ok(())
        }
        Some(Value::Builtin(_)) | None => {
            if !kw.is_empty() {
                return Err(type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    cls.name()
                )));
            }
            Ok(())
        }
        Some(other) => {
            vm.call(&other, &[Value::Type(cls.clone())], kw)?;
            Ok(())
        }
    }
}

/// Calling `type` (or a metaclass) with three arguments.
pub fn type_call_new(vm: &mut Vm, meta: &Rc<Type>, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let Value::Str(name) = &args[0] else {
        return Err(type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            type_name(&args[0]).as_str()
        )));
    };
    let bases: Vec<Rc<Type>> = match &args[1] {
        Value::Tuple(t) => t
            .items
            .iter()
            .map(|b| match b {
                Value::Type(t) => Ok(t.clone()),
                other => Err(type_error(format!(
                    "type.__new__() bases must be types, not {}",
                    type_name(other).as_str()
                ))),
            })
            .collect::<PyResult<_>>()?,
        other => {
            return Err(type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                type_name(other).as_str()
            )))
        }
    };
    let ns_arg = match &args[2] {
        Value::Instance(i) if matches!(i.base, Some(Value::Dict(_))) => {
            i.base.clone().unwrap_or(Value::None)
        }
        other => other.clone(),
    };
    let ns = match &ns_arg {
        Value::Dict(d) => {
            let copy = Rc::new((**d).clone());
            if copy.get_str(&intern("__module__")).is_none() {
                copy.set_str(intern("__module__"), vm.current_module_name());
            }
            copy
        }
        other => {
            return Err(type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                type_name(other).as_str()
            )))
        }
    };
    let cls = type_new(vm, meta, name.as_str(), bases, &ns)?;
    init_subclass(vm, &cls, kw)?;
    Ok(Value::Type(cls))
}

/// Construct an instance of a heap type: `__new__`, then `__init__`.
pub fn construct_instance(
    vm: &mut Vm,
    cls: &Rc<Type>,
    args: &[Value],
    kw: KwArgs,
) -> PyResult<Value> {
    // A metaclass __call__ takes over entirely.
    if let Some(meta) = cls.meta.borrow().clone() {
        if let Some(call) = meta.lookup(&intern("__call__")) {
            if !matches!(call, Value::Builtin(_)) {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(Value::Type(cls.clone()));
                all.extend_from_slice(args);
                return vm.call(&call, &all, kw);
            }
        }
        if meta.is_subtype(&types().type_) && Rc::ptr_eq(cls, &meta) {
            return type_call_new(vm, cls, args, kw);
        }
    }
    if cls.is_subtype(&types().type_) {
        // Calling a metaclass: create a class.
        return metaclass_instantiate(vm, cls, args, kw);
    }
    type_call(vm, cls, args, kw)
}

/// `type.__call__(cls, *args, **kw)`.
pub fn type_call(vm: &mut Vm, cls: &Rc<Type>, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let new = cls.lookup(&intern("__new__"));
    let init = cls.lookup(&intern("__init__"));
    let custom_new = matches!(
        &new,
        Some(Value::StaticMethod(_)) | Some(Value::Function(_))
    );
    let custom_init = matches!(&init, Some(v) if !is_native(v, "__init__", &types().object));
    let obj = if custom_new {
        let f = match new {
            Some(Value::StaticMethod(w)) => w.func.clone(),
            Some(f) => f,
            None => unreachable!("custom __new__ exists"),
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(Value::Type(cls.clone()));
        all.extend_from_slice(args);
        vm.call(&f, &all, kw)?
    } else {
        native_new(vm, cls, args, kw, custom_init)?
    };
    if !super::types::type_of(&obj).is_subtype(cls) {
        return Ok(obj);
    }
    if custom_init {
        let init = init.expect("custom __init__ exists");
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(obj.clone());
        all.extend_from_slice(args);
        let r = vm.call(&init, &all, kw)?;
        if !r.is_none() {
            return Err(type_error(format!(
                "__init__() should return None, not '{}'",
                type_name(&r).as_str()
            )));
        }
    } else if !custom_new && (!args.is_empty() || !kw.is_empty()) && base_layout_takes_args(cls) {
        // Builtin bases consumed the arguments in native_new.
    }
    Ok(obj)
}

fn base_layout_takes_args(cls: &Type) -> bool {
    cls.layout != Layout::Object
}

fn is_native(v: &Value, name: &str, owner: &Rc<Type>) -> bool {
    match v {
        Value::Builtin(b) => {
            b.name == name && b.owner.as_ref().is_some_and(|o| Rc::ptr_eq(o, owner))
        }
        _ => false,
    }
}

/// Allocate an instance of `cls`, building the builtin base value from the
/// arguments as the base type's constructor would.
pub fn native_new(
    vm: &mut Vm,
    cls: &Rc<Type>,
    args: &[Value],
    kw: KwArgs,
    custom_init: bool,
) -> PyResult<Value> {
    let t = types();
    let base = match cls.layout {
        Layout::Object => {
            if (!args.is_empty() || !kw.is_empty()) && !custom_init {
                return Err(type_error(format!("{}() takes no arguments", cls.name())));
            }
            None
        }
        Layout::Exception => {
            let inst = Instance::new(cls.clone());
            if let Some(st) = &inst.exc {
                st.borrow_mut().args = Some(Rc::new(Tuple::new(args.to_vec())));
            }
            return Ok(Value::Instance(Rc::new(inst)));
        }
        Layout::Bytes | Layout::ByteArray => {
            let builtin = if cls.layout == Layout::Bytes {
                &t.bytes
            } else {
                &t.bytearray
            };
            Some(crate::builtins::construct(vm, builtin, args, kw)?)
        }
        Layout::Set => {
            let builtin = if cls.is_subtype(&t.frozenset) {
                &t.frozenset
            } else {
                &t.set
            };
            Some(crate::builtins::construct(vm, builtin, args, kw)?)
        }
        Layout::List | Layout::Dict => {
            // list/dict subclasses start empty; __init__ fills them.
            let empty = if cls.layout == Layout::List {
                Value::list(Vec::new())
            } else {
                Value::Dict(Rc::new(Dict::new()))
            };
            if !custom_init {
                let builtin = if cls.layout == Layout::List {
                    &t.list
                } else {
                    &t.dict
                };
                let filled = crate::builtins::construct(vm, builtin, args, kw)?;
                Some(filled)
            } else {
                Some(empty)
            }
        }
        Layout::Int | Layout::Float | Layout::Str | Layout::Tuple | Layout::Bool => {
            let builtin = match cls.layout {
                Layout::Int => &t.int,
                Layout::Float => &t.float,
                Layout::Str => &t.str_,
                _ => &t.tuple,
            };
            // Immutable bases take their value from __new__'s arguments.
            Some(crate::builtins::construct(vm, builtin, args, kw)?)
        }
        _ => None,
    };
    Ok(Value::Instance(Rc::new(Instance::with_base(
        cls.clone(),
        base,
    ))))
}

/// Calling a metaclass `M(name, bases, ns)`.
fn metaclass_instantiate(
    vm: &mut Vm,
    meta: &Rc<Type>,
    args: &[Value],
    kw: KwArgs,
) -> PyResult<Value> {
    let new = meta.lookup(&intern("__new__"));
    let cls = match new {
        Some(Value::StaticMethod(w)) => {
            let mut all = vec![Value::Type(meta.clone())];
            all.extend_from_slice(args);
            vm.call(&w.func, &all, kw)?
        }
        _ => type_call_new(vm, meta, args, kw)?,
    };
    if let Some(init) = meta.lookup(&intern("__init__")) {
        if matches!(init, Value::Function(_)) && super::types::type_of(&cls).is_subtype(meta) {
            let mut all = vec![cls.clone()];
            all.extend_from_slice(args);
            vm.call(&init, &all, kw)?;
        }
    }
    Ok(cls)
}

// ------------------------------------------------------------ natives

fn object_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return Err(type_error("object.__new__(X): X is not a type object"));
    };
    if cls.is_subtype(&types().type_) {
        return type_call_new(vm, cls, &args[1..], kw);
    }
    let init = cls.lookup(&intern("__init__"));
    let custom_init = matches!(&init, Some(v) if !is_native(v, "__init__", &types().object));
    let rest = &args[1..];
    if (!rest.is_empty() || !kw.is_empty()) && cls.layout == Layout::Object {
        let custom_new = matches!(cls.lookup(&intern("__new__")), Some(Value::StaticMethod(_)));
        if custom_new && !custom_init {
            return Err(type_error(format!("{}() takes no arguments", cls.name())));
        }
        if !custom_new && !custom_init {
            return Err(type_error(format!("{}() takes no arguments", cls.name())));
        }
    }
    native_new(vm, cls, rest, kw, true)
}

fn object_init(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let cls = args.first().map(type_of);
        if let Some(cls) = cls {
            let custom_new = matches!(cls.lookup(&intern("__new__")), Some(Value::StaticMethod(_)));
            let custom_init = matches!(cls.lookup(&intern("__init__")), Some(Value::Function(_)));
            if custom_init || !custom_new {
                return Err(type_error(format!(
                    "{}.__init__() takes exactly one argument (the instance to initialize)",
                    cls.name()
                )));
            }
        }
    }
    Ok(Value::None)
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let Value::Str(name) = &args[1] else {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(&args[1]).as_str()
        )));
    };
    vm.generic_setattr(&args[0], &intern(name.as_str()), Some(args[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let Value::Str(name) = &args[1] else {
        return Err(type_error("attribute name must be string"));
    };
    vm.generic_setattr(&args[0], &intern(name.as_str()), None)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let Value::Str(name) = &args[1] else {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(&args[1]).as_str()
        )));
    };
    vm.generic_getattr(&args[0], name)
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(vm.default_repr(&v)))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(ops::repr(vm, &v)?))
}

fn object_eq(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    Ok(if args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    // Default __ne__ inverts __eq__ unless it is NotImplemented.
    let r = match vm.call_special(&args[0], "__eq__", &args[1..])? {
        Some(r) => r,
        None => object_eq(vm, args, &[])?,
    };
    Ok(match r {
        Value::NotImplemented => Value::NotImplemented,
        other => Value::Bool(!ops::truthy(vm, &other)?),
    })
}

fn object_hash(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Int((v.identity() as u64).rotate_right(4) as i64))
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    match args.get(1) {
        Some(Value::Str(s)) if !s.as_str().is_empty() => Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(&v).as_str()
        ))),
        _ => Ok(Value::string(ops::str_(vm, &v)?)),
    }
}

fn object_init_subclass(_vm: &mut Vm, _args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error(
            "object.__init_subclass__() takes no keyword arguments",
        ));
    }
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    let mut names: Vec<String> = Vec::new();
    if let Value::Instance(i) = &v {
        if let Some(d) = i.dict.borrow().as_ref() {
            for k in d.keys() {
                names.push(ops::str_(vm, &k)?);
            }
        }
    }
    let cls = type_of(&v);
    for t in std::iter::once(cls.clone()).chain(cls.mro.borrow().iter().cloned()) {
        for k in t.dict.keys() {
            names.push(ops::str_(vm, &k)?);
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn type_new_native(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(meta)) = args.first() else {
        return Err(type_error("type.__new__(X): X is not a type object"));
    };
    if args.len() == 2 {
        return Ok(Value::Type(type_of(&args[1])));
    }
    type_call_new(vm, meta, &args[1..], kw)
}

fn type_init_native(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call_native(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return Err(type_error("descriptor '__call__' requires a 'type' object"));
    };
    if cls.is_heap {
        type_call(vm, cls, &args[1..], kw)
    } else {
        crate::builtins::construct(vm, cls, &args[1..], kw)
    }
}

fn type_subclasses(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.first() else {
        return Err(type_error("__subclasses__ needs a type"));
    };
    let subs: Vec<Value> = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .map(Value::Type)
        .collect();
    Ok(Value::list(subs))
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn property_new(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [kfget, kfset, kfdel, kdoc] =
        crate::builtins::take_kwargs("property", kw, ["fget", "fset", "fdel", "doc"])?;
    let arg = |i: usize, k: Option<Value>| args.get(i).cloned().or(k).unwrap_or(Value::None);
    Ok(Value::Property(Rc::new(Property {
        fget: arg(0, kfget),
        fset: arg(1, kfset),
        fdel: arg(2, kfdel),
        doc: arg(3, kdoc),
        name: std::cell::RefCell::new(None),
    })))
}

fn property_with(args: &[Value], which: usize) -> PyResult<Value> {
    let Some(Value::Property(p)) = args.first() else {
        return Err(type_error("descriptor needs a property"));
    };
    let f = args.get(1).cloned().unwrap_or(Value::None);
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = f;
    let [fget, fset, fdel] = parts;
    Ok(Value::Property(Rc::new(Property {
        fget,
        fset,
        fdel,
        doc: p.doc.clone(),
        name: std::cell::RefCell::new(p.name.borrow().clone()),
    })))
}

fn property_getter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_with(args, 0)
}

fn property_setter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_with(args, 1)
}

fn property_deleter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_with(args, 2)
}

fn staticmethod_new(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("staticmethod", kw)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "staticmethod expected 1 argument, got {}",
            args.len()
        )));
    }
    Ok(Value::StaticMethod(Rc::new(Wrapped {
        func: args[0].clone(),
    })))
}

fn classmethod_new(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("classmethod", kw)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "classmethod expected 1 argument, got {}",
            args.len()
        )));
    }
    Ok(Value::ClassMethod(Rc::new(Wrapped {
        func: args[0].clone(),
    })))
}

/// `super(type, obj_or_type)`.
/// The state of `super(thisclass, obj)`, with CPython's check on `obj`.
pub fn make_super(thisclass: &Rc<Type>, obj: Value) -> PyResult<SuperObj> {
    let obj_type = match &obj {
        Value::Type(t) if t.is_subtype(thisclass) => t.clone(),
        other => {
            let t = type_of(other);
            if !t.is_subtype(thisclass) {
                return Err(type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
            t
        }
    };
    Ok(SuperObj {
        thisclass: thisclass.clone(),
        obj,
        obj_type,
    })
}

pub fn super_new(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("super", kw)?;
    match args.len() {
        0 => Err(runtime_error("super(): no arguments")),
        1 => Err(crate::compile_unsupported("unbound super objects")),
        2 => {
            let Value::Type(thisclass) = &args[0] else {
                return Err(type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    type_name(&args[0]).as_str()
                )));
            };
            Ok(Value::Super(Rc::new(make_super(
                thisclass,
                args[1].clone(),
            )?)))
        }
        n => Err(type_error(format!(
            "super() takes at most 2 arguments ({n} given)"
        ))),
    }
}

fn base_exception_init(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = args.first() {
        if let Some(st) = &i.exc {
            st.borrow_mut().args = Some(Rc::new(Tuple::new(args[1..].to_vec())));
        }
    }
    Ok(Value::None)
}

fn base_exception_new(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return Err(type_error(
            "BaseException.__new__(X): X is not a type object",
        ));
    };
    let err = PyErr::with_args(cls, args[1..].to_vec());
    Ok(err.value())
}

fn base_exception_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first().and_then(PyErr::from_value) {
        Some(e) => Ok(Value::string(vm.exception_str(&e)?)),
        None => Err(type_error(
            "descriptor '__str__' requires a 'BaseException' object",
        )),
    }
}

fn base_exception_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(vm.exception_repr(&v)?))
}

/// `exc.add_note(note)` (3.11): notes print after the exception line.
fn base_exception_add_note(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.first() else {
        return Err(type_error("add_note needs an exception"));
    };
    let note = args.get(1).cloned().unwrap_or(Value::None);
    if !matches!(note, Value::Str(_)) {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            type_name(&note).as_str()
        )));
    }
    let d = inst.dict();
    match d.get_str(&intern("__notes__")) {
        Some(Value::List(l)) => l.items.borrow_mut().push(note),
        Some(other) => {
            return Err(type_error(format!(
                "Cannot add note: __notes__ is not a list ({})",
                type_name(&other).as_str()
            )))
        }
        None => d.set_str(intern("__notes__"), Value::list(vec![note])),
    }
    let _ = vm;
    Ok(Value::None)
}

fn list_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("list", kw)?;
    let Some(Value::List(l)) = args.first().map(|v| vm.base_value(v)) else {
        return Ok(Value::None);
    };
    let items = match args.get(1) {
        Some(it) => ops::collect(vm, it)?,
        None => Vec::new(),
    };
    *l.items.borrow_mut() = items;
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Dict(d)) = args.first().map(|v| vm.base_value(v)) else {
        return Ok(Value::None);
    };
    if let Some(src) = args.get(1) {
        crate::builtins::dict_update_from(vm, &d, src)?;
    }
    for (k, v) in kw {
        d.set(vm, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

/// Install the natives of object, type, property, ... (once per thread).
pub fn install(t: &types::BuiltinTypes) {
    let m = |owner: &Rc<Type>, name: &'static str, func: NativeFn| {
        owner.dict.set_str(
            intern(name),
            Value::Builtin(Rc::new(Builtin {
                name,
                owner: Some(owner.clone()),
                func,
                binds_class: false,
            })),
        );
    };
    let st = |owner: &Rc<Type>, name: &'static str, func: NativeFn| {
        let b = Value::Builtin(Rc::new(Builtin {
            name,
            owner: Some(owner.clone()),
            func,
            binds_class: false,
        }));
        owner.dict.set_str(
            intern(name),
            Value::StaticMethod(Rc::new(Wrapped { func: b })),
        );
    };
    let cm = |owner: &Rc<Type>, name: &'static str, func: NativeFn| {
        owner.dict.set_str(
            intern(name),
            Value::Builtin(Rc::new(Builtin {
                name,
                owner: Some(owner.clone()),
                func,
                binds_class: true,
            })),
        );
    };
    st(&t.object, "__new__", object_new);
    m(&t.object, "__init__", object_init);
    m(&t.object, "__setattr__", object_setattr);
    m(&t.object, "__delattr__", object_delattr);
    m(&t.object, "__getattribute__", object_getattribute);
    m(&t.object, "__repr__", object_repr);
    m(&t.object, "__str__", object_str);
    m(&t.object, "__eq__", object_eq);
    m(&t.object, "__ne__", object_ne);
    m(&t.object, "__hash__", object_hash);
    m(&t.object, "__format__", object_format);
    m(&t.object, "__dir__", object_dir);
    cm(&t.object, "__init_subclass__", object_init_subclass);
    st(&t.type_, "__new__", type_new_native);
    m(&t.type_, "__init__", type_init_native);
    m(&t.type_, "__call__", type_call_native);
    m(&t.type_, "__subclasses__", type_subclasses);
    m(&t.property, "getter", property_getter);
    m(&t.property, "setter", property_setter);
    m(&t.property, "deleter", property_deleter);
    st(&t.exc.base_exception, "__new__", base_exception_new);
    m(&t.exc.base_exception, "__init__", base_exception_init);
    m(&t.exc.base_exception, "__str__", base_exception_str);
    m(&t.exc.base_exception, "__repr__", base_exception_repr);
    m(&t.exc.base_exception, "add_note", base_exception_add_note);
    m(&t.list, "__init__", list_init);
    m(&t.dict, "__init__", dict_init);
    let _ = (
        property_new,
        staticmethod_new,
        classmethod_new,
        super_new,
        build_class,
    );
}

/// The builtins added by the class machinery.
pub fn builtins() -> Vec<(&'static str, Value)> {
    let t = types();
    vec![
        ("property", Value::Type(t.property.clone())),
        ("staticmethod", Value::Type(t.staticmethod.clone())),
        ("classmethod", Value::Type(t.classmethod.clone())),
        ("super", Value::Type(t.super_.clone())),
        ("__build_class__", native("__build_class__", build_class)),
    ]
}
