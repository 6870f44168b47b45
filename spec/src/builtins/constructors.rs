//! Calling a type: `int(x)`, `list(it)`, `ValueError("m")`, ...

use super::*;
use crate::eval::Vm;
use crate::runtime::int::as_int;
use crate::text::numfmt;

/// `t(*args, **kw)`.
pub fn construct(vm: &mut Vm, t: &Rc<Type>, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let ty = types();
    if t.is_heap {
        return crate::runtime::class::construct_instance(vm, t, args, kw);
    }
    if t.is_exception() {
        return construct_exception(vm, t, args, kw);
    }
    let is = |other: &Rc<Type>| Rc::ptr_eq(t, other);
    if is(&ty.int) {
        return int_new(vm, args, kw);
    }
    if is(&ty.float) {
        return float_new(vm, args, kw);
    }
    if is(&ty.str_) {
        return str_new(vm, args, kw);
    }
    if is(&ty.bool_) {
        no_kwargs("bool", kw)?;
        arg_range("bool", args, 0, 1)?;
        return Ok(Value::Bool(match args.first() {
            Some(v) => ops::truthy(vm, v)?,
            None => false,
        }));
    }
    if is(&ty.list) {
        no_kwargs("list", kw)?;
        arg_range("list", args, 0, 1)?;
        return Ok(Value::list(match args.first() {
            Some(v) => ops::collect(vm, v)?,
            None => Vec::new(),
        }));
    }
    if is(&ty.tuple) {
        no_kwargs("tuple", kw)?;
        arg_range("tuple", args, 0, 1)?;
        return Ok(match args.first() {
            Some(v @ Value::Tuple(_)) => v.clone(),
            Some(v) => Value::tuple(ops::collect(vm, v)?),
            None => Value::empty_tuple(),
        });
    }
    if is(&ty.dict) {
        let d = Rc::new(Dict::new());
        arg_range("dict", args, 0, 1)?;
        if let Some(src) = args.first() {
            dict_update_from(vm, &d, src)?;
        }
        for (k, v) in kw {
            d.set(vm, k.clone(), v.clone())?;
        }
        return Ok(Value::Dict(d));
    }
    if is(&ty.range) {
        return range_new(vm, args, kw);
    }
    if is(&ty.slice) {
        no_kwargs("slice", kw)?;
        arg_range("slice", args, 1, 3)?;
        let (start, stop, step) = match args.len() {
            1 => (Value::None, args[0].clone(), Value::None),
            2 => (args[0].clone(), args[1].clone(), Value::None),
            _ => (args[0].clone(), args[1].clone(), args[2].clone()),
        };
        return Ok(Value::Slice(Rc::new(Slice { start, stop, step })));
    }
    if is(&ty.bytes) {
        return super::bytes::bytes_new(vm, args, kw);
    }
    if is(&ty.bytearray) {
        return super::bytes::bytearray_new(vm, args, kw);
    }
    if is(&ty.set) {
        return super::setmethods::set_new(vm, args, kw);
    }
    if is(&ty.frozenset) {
        return super::setmethods::frozenset_new(vm, args, kw);
    }
    if is(&ty.property) {
        return crate::runtime::class::property_new(vm, args, kw);
    }
    if is(&ty.staticmethod) || is(&ty.classmethod) {
        no_kwargs(t.name(), kw)?;
        if args.len() != 1 {
            return Err(type_error(format!(
                "{} expected 1 argument, got {}",
                t.name(),
                args.len()
            )));
        }
        let w = Rc::new(Wrapped {
            func: args[0].clone(),
        });
        return Ok(if is(&ty.staticmethod) {
            Value::StaticMethod(w)
        } else {
            Value::ClassMethod(w)
        });
    }
    if is(&ty.super_) {
        return crate::runtime::class::super_new(vm, args, kw);
    }
    if is(&ty.type_) {
        if args.len() != 1 {
            return crate::runtime::class::type_call_new(vm, t, args, kw);
        }
        return match args.len() {
            1 => Ok(Value::Type(type_of(&args[0]))),
            _ => crate::runtime::class::type_call_new(vm, t, args, kw),
        };
    }
    if is(&ty.object) {
        if !args.is_empty() || !kw.is_empty() {
            return Err(type_error("object() takes no arguments"));
        }
        return Ok(Value::Instance(Rc::new(Instance::new(ty.object.clone()))));
    }
    if is(&ty.enumerate) {
        let [iterable_kw, start_kw] = take_kwargs("enumerate", kw, ["iterable", "start"])?;
        let mut all = args.to_vec();
        if let Some(i) = iterable_kw {
            all.insert(0, i);
        }
        if all.is_empty() {
            return Err(type_error(
                "enumerate() missing required argument 'iterable' (pos 1)",
            ));
        }
        if all.len() > 2 || (all.len() == 2 && start_kw.is_some()) {
            return Err(type_error(format!(
                "enumerate() takes at most 2 arguments ({} given)",
                all.len()
            )));
        }
        let start = all.get(1).cloned().or(start_kw).unwrap_or(Value::Int(0));
        if as_int(&start).is_none() {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&start).as_str()
            )));
        }
        let inner = ops::get_iter(vm, &all[0])?;
        return Ok(Iter::new(
            "enumerate",
            IterState::Enumerate {
                inner,
                count: start,
            },
        ));
    }
    if is(&ty.zip) {
        let [strict] = take_kwargs("zip", kw, ["strict"])?;
        if strict.is_some() {
            return Err(crate::compile_unsupported("zip(strict=True)"));
        }
        let mut iters = Vec::with_capacity(args.len());
        for a in args {
            iters.push(ops::get_iter(vm, a)?);
        }
        return Ok(Iter::new("zip", IterState::Zip { iters }));
    }
    if is(&ty.map) {
        no_kwargs("map", kw)?;
        if args.len() < 2 {
            return Err(type_error("map() must have at least two arguments."));
        }
        let mut iters = Vec::with_capacity(args.len() - 1);
        for a in &args[1..] {
            iters.push(ops::get_iter(vm, a)?);
        }
        return Ok(Iter::new(
            "map",
            IterState::Map {
                func: args[0].clone(),
                iters,
            },
        ));
    }
    if is(&ty.filter) {
        no_kwargs("filter", kw)?;
        if args.len() != 2 {
            return Err(type_error(format!(
                "filter expected 2 arguments, got {}",
                args.len()
            )));
        }
        let inner = ops::get_iter(vm, &args[1])?;
        return Ok(Iter::new(
            "filter",
            IterState::Filter {
                func: args[0].clone(),
                inner,
            },
        ));
    }
    if is(&ty.reversed) {
        no_kwargs("reversed", kw)?;
        if args.len() != 1 {
            return Err(type_error(format!(
                "reversed expected 1 argument, got {}",
                args.len()
            )));
        }
        return reversed(vm, &args[0]);
    }
    Err(type_error(format!(
        "cannot create '{}' instances",
        t.name()
    )))
}

fn reversed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::List(l) => {
            let n = l.items.borrow().len();
            Ok(Iter::new(
                "list_reverseiterator",
                IterState::ListReversed {
                    list: l.clone(),
                    index: n,
                },
            ))
        }
        Value::Tuple(t) => {
            let items: Vec<Value> = t.items.iter().rev().cloned().collect();
            Ok(Iter::new("reversed", IterState::Values { items, index: 0 }))
        }
        Value::Str(s) => {
            let items: Vec<Value> = s.as_str().chars().rev().map(ops::char_value).collect();
            Ok(Iter::new("reversed", IterState::Values { items, index: 0 }))
        }
        Value::Range(r) if r.big.is_some() => Err(crate::compile_unsupported(
            "reversed() of a range beyond 64 bits",
        )),
        Value::Range(r) => {
            let n = r.len();
            let last = if n > 0 { r.item(n - 1) } else { r.start };
            Ok(Iter::new(
                "range_iterator",
                IterState::Range {
                    next: last,
                    step: -r.step,
                    remaining: n,
                },
            ))
        }
        Value::DictView(_) | Value::Dict(_) => {
            let mut items = ops::collect(vm, v)?;
            items.reverse();
            Ok(Iter::new(
                "dict_reversekeyiterator",
                IterState::Values { items, index: 0 },
            ))
        }
        Value::Instance(_) => {
            if let Some(r) = vm.call_special(v, "__reversed__", &[])? {
                return Ok(r);
            }
            let n = ops::len(vm, v)?;
            let mut items = Vec::with_capacity(n);
            for i in (0..n).rev() {
                items.push(ops::getitem(vm, v, &Value::from_usize(i))?);
            }
            Ok(Iter::new("reversed", IterState::Values { items, index: 0 }))
        }
        other => Err(type_error(format!(
            "'{}' object is not reversible",
            type_name(other).as_str()
        ))),
    }
}

fn construct_exception(_vm: &mut Vm, t: &Rc<Type>, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let e = &types().exc;
    let allowed: &[&str] = if t.is_subtype(&e.attribute_error) {
        &["name", "obj"]
    } else if t.is_subtype(&e.name_error) {
        &["name"]
    } else if t.is_subtype(&e.import_error) {
        &["name", "path"]
    } else {
        &[]
    };
    for (k, _) in kw {
        let key = k
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        if !allowed.contains(&key.as_str()) {
            return Err(type_error(if allowed.is_empty() {
                format!("{}() takes no keyword arguments", t.name())
            } else {
                format!(
                    "'{}' is an invalid keyword argument for {}()",
                    key,
                    t.name()
                )
            }));
        }
    }
    let err = PyErr::with_args(t, args.to_vec());
    if !kw.is_empty() {
        let d = err.exc.dict();
        for (k, v) in kw {
            if let Value::Str(s) = k {
                d.set_str(intern(s.as_str()), v.clone());
            }
        }
    }
    Ok(err.value())
}

pub fn dict_update_from(vm: &mut Vm, d: &Rc<Dict>, src: &Value) -> PyResult<()> {
    // Any object with keys() is a mapping: d[k] = src[k] for k in src.keys().
    if !matches!(src, Value::Dict(_)) && ops::getattr(vm, src, &intern("keys")).is_ok() {
        if let Value::Instance(i) = src {
            if let (Some(Value::Dict(base)), None) = (&i.base, vm.user_special(src, "keys")) {
                for (k, v) in base.items() {
                    d.set(vm, k, v)?;
                }
                return Ok(());
            }
        }
        let keys_fn = ops::getattr(vm, src, &intern("keys"))?;
        let keys = vm.call(&keys_fn, &[], &[])?;
        for k in ops::collect(vm, &keys)? {
            let v = ops::getitem(vm, src, &k)?;
            d.set(vm, k, v)?;
        }
        return Ok(());
    }
    match src {
        Value::Dict(other) => {
            for (k, v) in other.items() {
                d.set(vm, k, v)?;
            }
            Ok(())
        }
        _ => {
            let it = ops::get_iter(vm, src)?;
            let mut i = 0usize;
            while let Some(item) = ops::next(vm, &it)? {
                let pair = match ops::collect(vm, &item) {
                    Ok(p) => p,
                    Err(_) => {
                        return Err(type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )))
                    }
                };
                if pair.len() != 2 {
                    return Err(value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut p = pair.into_iter();
                let (k, v) = (
                    p.next().unwrap_or(Value::None),
                    p.next().unwrap_or(Value::None),
                );
                d.set(vm, k, v)?;
                i += 1;
            }
            Ok(())
        }
    }
}

fn int_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [base_kw] = take_kwargs("int", kw, ["base"])?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let base = args.get(1).cloned().or(base_kw);
    let Some(x) = args.first() else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = to_index(vm, &b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match x {
            Value::Str(s) => numfmt::parse_int(s.as_str(), b as u32)
                .map(Value::from_bigint)
                .map_err(ops::num_error),
            _ => Err(type_error(
                "int() can't convert non-string with explicit base",
            )),
        };
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => numfmt::float_to_int(f.trunc())
            .map(Value::from_bigint)
            .map_err(ops::num_error),
        Value::Str(s) => numfmt::parse_int(s.as_str(), 10)
            .map(Value::from_bigint)
            .map_err(ops::num_error),
        Value::Instance(inst) => {
            if let Some(
                b @ (Value::Int(_)
                | Value::BigInt(_)
                | Value::Bool(_)
                | Value::Float(_)
                | Value::Str(_)),
            ) = &inst.base
            {
                if vm.user_special(x, "__int__").is_none()
                    && vm.user_special(x, "__index__").is_none()
                {
                    return int_new(vm, std::slice::from_ref(b), &[]);
                }
            }
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = vm.call_special(x, m, &[])? {
                    return match as_int(&r) {
                        Some(_) => Ok(r),
                        None => Err(type_error(format!(
                            "{m} returned non-int (type {})",
                            type_name(&r).as_str()
                        ))),
                    };
                }
            }
            Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(x).as_str()
            )))
        }
        other => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(other).as_str()
        ))),
    }
}

fn float_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("float", kw)?;
    if args.len() > 1 {
        return Err(type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let Some(x) = args.first() else {
        return Ok(Value::Float(0.0));
    };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Str(s) => numfmt::parse_float(s.as_str())
            .map(|x| Value::Float(crate::runtime::value::new_float(x)))
            .map_err(ops::num_error),
        Value::Instance(inst) => {
            if let Some(
                b @ (Value::Int(_)
                | Value::BigInt(_)
                | Value::Bool(_)
                | Value::Float(_)
                | Value::Str(_)),
            ) = &inst.base
            {
                if vm.user_special(x, "__float__").is_none() {
                    return float_new(vm, std::slice::from_ref(b), &[]);
                }
            }
            if let Some(r) = vm.call_special(x, "__float__", &[])? {
                return match r {
                    Value::Float(_) => Ok(r),
                    other => Err(type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        type_name(x).as_str(),
                        type_name(&other).as_str()
                    ))),
                };
            }
            if let Some(r) = vm.call_special(x, "__index__", &[])? {
                if let Some(i) = as_int(&r) {
                    return int::to_f64(i).map(Value::Float);
                }
            }
            Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(x).as_str()
            )))
        }
        other => match as_int(other) {
            Some(i) => int::to_f64(i).map(Value::Float),
            None => Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(other).as_str()
            ))),
        },
    }
}

fn str_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [object_kw, _encoding, _errors] = take_kwargs("str", kw, ["object", "encoding", "errors"])?;
    if args.len() > 3 {
        return Err(type_error(format!(
            "str expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    if let (Some(obj), Some(enc)) = (
        args.first().cloned().or(object_kw.clone()),
        args.get(1).cloned().or(_encoding.clone()),
    ) {
        let data = super::bytes_data(&obj).ok_or_else(|| {
            type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                type_name(&obj).as_str()
            ))
        })?;
        let enc = match enc {
            Value::Str(e) => e.as_str().to_string(),
            _ => return Err(type_error("str() argument 'encoding' must be str")),
        };
        let errs = match args.get(2).cloned().or(_errors.clone()) {
            Some(Value::Str(e)) => e.as_str().to_string(),
            _ => "strict".into(),
        };
        return crate::text::bytesmethods::decode(&data, &enc, &errs)
            .map(Value::string)
            .map_err(super::bytes::codec_err);
    }
    match args.first().cloned().or(object_kw) {
        Some(v) => ops::str_value(vm, &v),
        None => Ok(Value::str("")),
    }
}

fn range_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("range", kw)?;
    if args.is_empty() {
        return Err(type_error("range expected at least 1 argument, got 0"));
    }
    if args.len() > 3 {
        return Err(type_error(format!(
            "range expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let mut n: Vec<num_bigint::BigInt> = Vec::with_capacity(3);
    for a in args {
        n.push(match ops::index_value(vm, a)? {
            Some(ops::IntIndex::Small(i)) => num_bigint::BigInt::from(i),
            Some(ops::IntIndex::Big(b)) => b,
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(a).as_str()
                )))
            }
        });
    }
    let one = num_bigint::BigInt::from(1);
    let zero = num_bigint::BigInt::from(0);
    let (start, stop, step) = match n.len() {
        1 => (zero.clone(), n[0].clone(), one),
        2 => (n[0].clone(), n[1].clone(), one),
        _ => (n[0].clone(), n[1].clone(), n[2].clone()),
    };
    if step == zero {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    use num_traits::ToPrimitive;
    // The 64-bit form when everything (including the length) fits.
    let small = match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(a), Some(b), Some(c))
            if a.checked_sub(b).is_some() && b.checked_sub(a).is_some() && c != i64::MIN =>
        {
            Some((a, b, c))
        }
        _ => None,
    };
    Ok(Value::Range(Rc::new(match small {
        Some((start, stop, step)) => Range {
            start,
            stop,
            step,
            big: None,
        },
        None => Range {
            start: 0,
            stop: 0,
            step: 1,
            big: Some(Box::new(BigRange { start, stop, step })),
        },
    })))
}
