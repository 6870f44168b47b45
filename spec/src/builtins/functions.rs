//! Builtin functions (`print`, `len`, `sorted`, ...).

use super::*;
use crate::eval::Vm;
use crate::instructions::{BinOp, CmpOp};
use crate::runtime::int::{self, as_int};
use crate::text::numfmt;

pub static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("sorted", sorted),
    ("chr", chr),
    ("ord", ord),
    ("divmod", divmod),
    ("pow", pow),
    ("round", round),
    ("hex", hex),
    ("bin", bin),
    ("oct", oct),
    ("all", all),
    ("any", any),
    ("hash", hash),
    ("iter", iter),
    ("next", next),
    ("id", id),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("format", format),
    ("vars", vars),
    ("dir", dir),
    ("globals", globals),
    ("locals", locals),
    ("compile", compile),
    ("exec", exec),
    ("eval", eval),
];

/// A compile error as the SyntaxError instance CPython raises from compile():
/// args = (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
pub fn syntax_error_value(e: &crate::compile::CompileError, filename: &str, source: &str) -> PyErr {
    use crate::compile::CompileErrorKind as K;
    let t = types();
    let ty = match e.kind {
        K::IndentationError => t.exc.indentation_error.clone(),
        K::TabError => t.exc.tab_error.clone(),
        K::RecursionError => return recursion_error(e.message.clone()),
        _ => t.exc.syntax_error.clone(),
    };
    let msg = e.message.replace("{file}", filename);
    let text = source
        .split('\n')
        .nth(e.line.saturating_sub(1) as usize)
        .map(|l| Value::string(format!("{l}\n")))
        .unwrap_or(Value::None);
    let details = Value::tuple(vec![
        Value::str(filename),
        Value::Int(e.line as i64),
        Value::Int(e.offset as i64),
        text,
        Value::Int(e.line as i64),
        Value::Int(e.offset as i64),
    ]);
    PyErr::with_args(&ty, vec![Value::string(msg), details])
}

fn source_text(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => match super::bytes_data(other) {
            Some(b) => Ok(String::from_utf8_lossy(&b).into_owned()),
            None => {
                let _ = vm;
                Err(type_error(format!(
                    "{fname}() arg 1 must be a string, bytes or code object"
                )))
            }
        },
    }
}

fn compile(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [s_kw, f_kw, m_kw, _flags, _inherit, _opt] = take_kwargs(
        "compile",
        kw,
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    let source = args
        .first()
        .cloned()
        .or(s_kw)
        .ok_or_else(|| type_error("compile() missing required argument 'source' (pos 1)"))?;
    let filename = match args.get(1).cloned().or(f_kw) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(_) => return Err(type_error("compile() argument 'filename' must be str")),
        None => {
            return Err(type_error(
                "compile() missing required argument 'filename' (pos 2)",
            ))
        }
    };
    let mode = match args.get(2).cloned().or(m_kw) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => {
            return Err(type_error(
                "compile() missing required argument 'mode' (pos 3)",
            ))
        }
    };
    let text = source_text(vm, &source, "compile")?;
    let code = match mode.as_str() {
        "exec" | "single" => crate::compile::compile(&text, &filename),
        "eval" => crate::compile::compile_eval(&text, &filename),
        _ => {
            return Err(value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    code.map(Value::Code)
        .map_err(|e| syntax_error_value(&e, &filename, &text))
}

/// Run code for exec()/eval() in the given or the caller's namespaces.
fn run_in(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs,
    fname: &str,
    eval_mode: bool,
) -> PyResult<Value> {
    let [g_kw, l_kw] = take_kwargs(fname, kw, ["globals", "locals"])?;
    let caller = vm.caller_namespaces.take();
    let Some(src) = args.first() else {
        return Err(type_error(format!(
            "{fname} expected at least 1 argument, got 0"
        )));
    };
    let globals = match args.get(1).cloned().or(g_kw) {
        None | Some(Value::None) => match &caller {
            Some((g, _)) => g.clone(),
            None => {
                return Err(crate::compile_unsupported(&format!(
                    "{fname}() called indirectly"
                )))
            }
        },
        Some(Value::Dict(d)) => d,
        Some(other) => {
            return Err(type_error(format!(
                "{fname}() globals must be a dict, not {}",
                type_name(&other).as_str()
            )))
        }
    };
    let explicit_globals = args.get(1).is_some_and(|v| !v.is_none());
    let locals = match args.get(2).cloned().or(l_kw) {
        None | Some(Value::None) => {
            if explicit_globals {
                globals.clone()
            } else {
                caller
                    .as_ref()
                    .and_then(|(_, l)| l.clone())
                    .unwrap_or_else(|| globals.clone())
            }
        }
        Some(Value::Dict(d)) => d,
        Some(other) => {
            return Err(type_error(format!(
                "locals must be a mapping, not {}",
                type_name(&other).as_str()
            )))
        }
    };
    if globals.get_str(&intern("__builtins__")).is_none() {
        globals.set_str(intern("__builtins__"), Value::Dict(vm.builtins.clone()));
    }
    let code = match src {
        Value::Code(c) => c.clone(),
        other => {
            let text = source_text(vm, other, fname)?;
            let compiled = if eval_mode {
                crate::compile::compile_eval(&text, "<string>")
            } else {
                crate::compile::compile(&text, "<string>")
            };
            compiled.map_err(|e| syntax_error_value(&e, "<string>", &text))?
        }
    };
    let frame = vm.new_frame(code, globals, Some(locals), None);
    let r = vm.run_frame(frame)?;
    Ok(if eval_mode { r } else { Value::None })
}

fn exec(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    run_in(vm, args, kw, "exec", false)
}

fn eval(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    run_in(vm, args, kw, "eval", true)
}

fn globals(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("globals", kw)?;
    clinic_range("globals", args, 0, 0)?;
    match vm.caller_namespaces.take() {
        Some((g, _)) => Ok(Value::Dict(g)),
        None => Err(crate::compile_unsupported("globals() called indirectly")),
    }
}

fn locals(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("locals", kw)?;
    clinic_range("locals", args, 0, 0)?;
    match vm.caller_namespaces.take() {
        Some((g, l)) => Ok(Value::Dict(l.unwrap_or(g))),
        None => Err(crate::compile_unsupported("locals() called indirectly")),
    }
}

fn vars(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("vars", kw)?;
    match args {
        [] => match vm.caller_namespaces.take() {
            Some((g, l)) => Ok(Value::Dict(l.unwrap_or(g))),
            None => Err(crate::compile_unsupported("vars() without an argument")),
        },
        [v] => ops::getattr(vm, v, &intern("__dict__"))
            .map_err(|_| type_error("vars() argument must have __dict__ attribute")),
        _ => Err(type_error(format!(
            "vars expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

fn dir(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("dir", kw)?;
    let Some(v) = args.first() else {
        return Err(crate::compile_unsupported("dir() without an argument"));
    };
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |vm: &mut Vm, d: &Dict| -> PyResult<()> {
        for k in d.keys() {
            names.push(ops::str_(vm, &k)?);
        }
        Ok(())
    };
    match v {
        Value::Module(m) => add_dict(vm, &m.dict)?,
        Value::Type(t) => {
            add_dict(vm, &t.dict)?;
            for b in t.mro.borrow().iter() {
                add_dict(vm, &b.dict)?;
            }
        }
        other => {
            if let Value::Instance(i) = other {
                if let Some(d) = i.dict.borrow().as_ref() {
                    add_dict(vm, d)?;
                }
            }
            let t = type_of(other);
            add_dict(vm, &t.dict)?;
            for b in t.mro.borrow().iter() {
                add_dict(vm, &b.dict)?;
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn print(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [sep, end, file, flush] = take_kwargs("print", kw, ["sep", "end", "file", "flush"])?;
    let text_opt = |v: Option<Value>, what: &str, default: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(type_error(format!(
                "{what} must be None or a string, not {}",
                type_name(&other).as_str()
            ))),
        }
    };
    let sep = text_opt(sep, "sep", " ")?;
    let end = text_opt(end, "end", "\n")?;
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a {
            Value::Str(s) => out.push_str(s.as_str()),
            other => out.push_str(&ops::str_(vm, other)?),
        }
    }
    out.push_str(&end);
    match file {
        None | Some(Value::None) => vm.write_out(&out),
        Some(f) => {
            let w = ops::getattr(vm, &f, &intern("write"))?;
            vm.call(&w, &[Value::string(out)], &[])?;
        }
    }
    if let Some(f) = flush {
        if ops::truthy(vm, &f)? {
            vm.out.flush();
        }
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = one_arg("len", args, kw)?;
    Ok(Value::from_usize(ops::len(vm, v)?))
}

fn repr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = one_arg("repr", args, kw)?;
    Ok(Value::string(ops::repr(vm, v)?))
}

fn ascii(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = one_arg("ascii", args, kw)?;
    Ok(Value::string(ops::ascii(vm, v)?))
}

fn abs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = one_arg("abs", args, kw)?;
    ops::abs(vm, v)
}

/// min() and max(): one iterable or several arguments, `key`, `default`.
fn min_max(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &str, op: CmpOp) -> PyResult<Value> {
    let [key, default] = take_kwargs(name, kw, ["key", "default"])?;
    if args.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    let items = if args.len() == 1 {
        ops::collect(vm, &args[0])?
    } else {
        if default.is_some() {
            return Err(type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        args.to_vec()
    };
    let key = key.filter(|k| !k.is_none());
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                if ops::compare_bool(vm, &k, &bk, op)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "min", CmpOp::Lt)
}

fn max(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "max", CmpOp::Gt)
}

fn sum(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [start_kw] = take_kwargs("sum", kw, ["start"])?;
    if args.is_empty() {
        return Err(type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    if args.len() > 2 {
        return Err(type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let start = args.get(1).cloned().or(start_kw).unwrap_or(Value::Int(0));
    if let Value::Str(_) = &start {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = ops::get_iter(vm, &args[0])?;
    let mut acc = start;
    while let Some(x) = ops::next(vm, &it)? {
        acc = ops::binary_op(vm, &acc, &x, BinOp::Add, false)?;
    }
    Ok(acc)
}

/// isinstance/issubclass against a class or (nested) tuple of classes.
fn class_check(ty: &Rc<Type>, spec: &Value, fname: &str) -> PyResult<bool> {
    match spec {
        Value::Type(t) => Ok(ty.is_subtype(t)),
        Value::Tuple(items) => {
            for it in items.items.iter() {
                if class_check(ty, it, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn isinstance(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("isinstance", kw)?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.len()
        )));
    }
    let ty = type_of(&args[0]);
    Ok(Value::Bool(class_check(&ty, &args[1], "isinstance")?))
}

fn issubclass(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("issubclass", kw)?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.len()
        )));
    }
    let Value::Type(ty) = &args[0] else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_check(ty, &args[1], "issubclass")?))
}

/// Sort values by Python's `<`, with optional key and reverse: the meaning
/// shared by `sorted` and `list.sort`.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let key = key.filter(|k| !k.is_none());
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        pairs.push((k, it));
    }
    // Reverse sorting keeps equal elements in their original order, like
    // CPython's reverse-sort-reverse.
    if reverse {
        pairs.reverse();
    }
    let mut lt = |a: &(Value, Value), b: &(Value, Value)| -> PyResult<bool> {
        match (&a.0, &b.0) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
            (x, y) => ops::compare_bool(vm, x, y, CmpOp::Lt),
        }
    };
    sort::merge_sort(&mut pairs, &mut lt)?;
    if reverse {
        pairs.reverse();
    }
    Ok(pairs.into_iter().map(|(_, v)| v).collect())
}

fn sorted(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [key, reverse] = take_kwargs("sort", kw, ["key", "reverse"])?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let items = ops::collect(vm, &args[0])?;
    let reverse = match reverse {
        Some(r) => ops::truthy(vm, &r)?,
        None => false,
    };
    Ok(Value::list(sort_values(vm, items, key, reverse)?))
}

fn chr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = one_arg("chr", args, kw)?;
    let i = match as_int(v) {
        Some(i) => match i.to_i64() {
            Some(n) if (i32::MIN as i64..=i32::MAX as i64).contains(&n) => n,
            _ => return Err(overflow_error("Python int too large to convert to C int")),
        },
        None => {
            let _ = vm;
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v).as_str()
            )));
        }
    };
    match u32::try_from(i).ok().filter(|&c| c < 0x110000) {
        Some(c) => match char::from_u32(c) {
            Some(ch) => Ok(ops::char_value(ch)),
            // Lone surrogates cannot live in a Rust string.
            None => Err(value_error(
                "surrogate characters are not supported by Quicken",
            )),
        },
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = one_arg("ord", args, kw)?;
    match v {
        Value::Str(s) => {
            if s.char_len() == 1 {
                Ok(Value::Int(s.char_at(0).map(|c| c as i64).unwrap_or(0)))
            } else {
                Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )))
            }
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            let data = crate::builtins::bytes_data(v).unwrap_or_default();
            match data.as_slice() {
                [b] => Ok(Value::Int(*b as i64)),
                _ => Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    data.len()
                ))),
            }
        }
        other => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(other).as_str()
        ))),
    }
}

fn divmod(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("divmod", kw)?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "divmod expected 2 arguments, got {}",
            args.len()
        )));
    }
    let (a, b) = (&args[0], &args[1]);
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        let (q, r) = int::divmod(x, y)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    let fa = match a {
        Value::Float(f) => Some(*f),
        _ => as_int(a).map(int::to_f64).transpose()?,
    };
    let fb = match b {
        Value::Float(f) => Some(*f),
        _ => as_int(b).map(int::to_f64).transpose()?,
    };
    match (fa, fb) {
        (Some(x), Some(y)) => {
            let (q, r) = numfmt::float_divmod(x, y).map_err(ops::num_error)?;
            Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]))
        }
        _ => {
            let q = ops::binary_op(vm, a, b, BinOp::FloorDivide, false).map_err(|_| {
                type_error(format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    type_name(a).as_str(),
                    type_name(b).as_str()
                ))
            })?;
            let r = ops::binary_op(vm, a, b, BinOp::Remainder, false)?;
            Ok(Value::tuple(vec![q, r]))
        }
    }
}

fn pow(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [base_kw, exp_kw, mod_kw] = take_kwargs("pow", kw, ["base", "exp", "mod"])?;
    let mut all: Vec<Value> = args.to_vec();
    for v in [base_kw, exp_kw, mod_kw].into_iter().flatten() {
        all.push(v);
    }
    if all.is_empty() {
        return Err(type_error("pow() missing required argument 'base' (pos 1)"));
    }
    if all.len() == 1 {
        return Err(type_error("pow() missing required argument 'exp' (pos 2)"));
    }
    if all.len() > 3 {
        return Err(type_error(format!(
            "pow() takes from 2 to 3 positional arguments but {} were given",
            all.len()
        )));
    }
    if all.len() == 3 && !all[2].is_none() {
        return match (as_int(&all[0]), as_int(&all[1]), as_int(&all[2])) {
            (Some(a), Some(b), Some(m)) => int::pow_mod(a, b, m),
            _ => {
                let numeric = |v: &Value| matches!(v, Value::Float(_)) || as_int(v).is_some();
                if all.iter().all(numeric) {
                    Err(type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    ))
                } else {
                    Err(type_error(format!(
                        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                        type_name(&all[0]).as_str(),
                        type_name(&all[1]).as_str(),
                        type_name(&all[2]).as_str()
                    )))
                }
            }
        };
    }
    ops::binary_op(vm, &all[0], &all[1], BinOp::Power, false)
}

fn round(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [number_kw, nd_kw] = take_kwargs("round", kw, ["number", "ndigits"])?;
    let mut all: Vec<Value> = args.to_vec();
    if let Some(n) = number_kw {
        all.insert(0, n);
    }
    if let Some(n) = nd_kw {
        all.push(n);
    }
    if all.is_empty() {
        return Err(type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    }
    if all.len() > 2 {
        return Err(type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            all.len()
        )));
    }
    let x = &all[0];
    let nd = all.get(1).filter(|v| !v.is_none());
    match x {
        Value::Float(f) => match nd {
            None => {
                if f.is_nan() {
                    return Err(value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(overflow_error("cannot convert float infinity to integer"));
                }
                let r = round_half_even(*f);
                numfmt::float_to_int(r)
                    .map(Value::from_bigint)
                    .map_err(ops::num_error)
            }
            Some(n) => {
                let n = super::to_index(vm, n)?;
                numfmt::round_float(*f, n)
                    .map(Value::Float)
                    .map_err(ops::num_error)
            }
        },
        _ => match as_int(x) {
            Some(i) => match nd {
                None => Ok(match i {
                    int::IntRef::Small(v) => Value::Int(v),
                    int::IntRef::Big(b) => Value::BigInt(Rc::new(b.clone())),
                }),
                Some(n) => {
                    let n = super::to_index(vm, n)?;
                    if n >= 0 {
                        return Ok(match i {
                            int::IntRef::Small(v) => Value::Int(v),
                            int::IntRef::Big(b) => Value::BigInt(Rc::new(b.clone())),
                        });
                    }
                    round_int(i.to_bigint(), -n)
                }
            },
            None => match vm.call_special(x, "__round__", &all[1..])? {
                Some(r) => Ok(r),
                // A subclass of float or int inherits the builtin's
                // rounding, which works on the value it extends.
                None if !vm.base_value(x).is(x) => {
                    let mut again = vec![vm.base_value(x)];
                    again.extend(all[1..].iter().cloned());
                    round(vm, &again, &[])
                }
                None => Err(type_error(format!(
                    "type {} doesn't define __round__ method",
                    type_name(x).as_str()
                ))),
            },
        },
    }
}

/// Round half to even, for round() of a float to an int.
fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

/// Round an int to 10**digits, half to even.
fn round_int(v: num_bigint::BigInt, digits: i64) -> PyResult<Value> {
    use num_integer::Integer;
    use num_traits::{Signed, Zero};
    if digits > 5000 {
        return Ok(Value::Int(0));
    }
    let p = num_traits::pow::Pow::pow(num_bigint::BigInt::from(10), digits as u32);
    let (q, r) = v.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    let _ = r.is_zero() || r.is_negative();
    Ok(Value::from_bigint(q * p))
}

fn radix(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &str, r: u32) -> PyResult<Value> {
    let v = one_arg(name, args, kw)?;
    let i = match as_int(v) {
        Some(i) => i.to_bigint(),
        None => match ops::index_value(vm, v)? {
            Some(ops::IntIndex::Small(i)) => num_bigint::BigInt::from(i),
            Some(ops::IntIndex::Big(b)) => b,
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(v).as_str()
                )))
            }
        },
    };
    Ok(Value::string(numfmt::int_to_str_radix(&i, r)))
}

fn hex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    radix(vm, args, kw, "hex", 16)
}

fn bin(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    radix(vm, args, kw, "bin", 2)
}

fn oct(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    radix(vm, args, kw, "oct", 8)
}

fn all(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = one_arg("all", args, kw)?;
    let it = ops::get_iter(vm, v)?;
    while let Some(x) = ops::next(vm, &it)? {
        if !ops::truthy(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = one_arg("any", args, kw)?;
    let it = ops::get_iter(vm, v)?;
    while let Some(x) = ops::next(vm, &it)? {
        if ops::truthy(vm, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn hash(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = one_arg("hash", args, kw)?;
    Ok(Value::Int(ops::hash(vm, v)?))
}

fn iter(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("iter", kw)?;
    match args.len() {
        1 => ops::get_iter(vm, &args[0]),
        2 => Err(crate::compile_unsupported("iter(callable, sentinel)")),
        n => Err(type_error(format!(
            "iter expected at most 2 arguments, got {n}"
        ))),
    }
}

fn next(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("next", kw)?;
    arg_range("next", args, 1, 2)?;
    match &args[0] {
        Value::Iter(_) | Value::Instance(_) | Value::Generator(_) => {}
        other => {
            return Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name(other).as_str()
            )));
        }
    }
    if let (Value::Generator(g), None) = (&args[0], args.get(1)) {
        return vm.gen_next_or_stop(g);
    }
    match ops::next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(stop_iteration(None)),
        },
    }
}

fn id(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = one_arg("id", args, kw)?;
    Ok(Value::from_usize(v.identity()))
}

fn callable(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = one_arg("callable", args, kw)?;
    Ok(Value::Bool(match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Type(_) => true,
        Value::Instance(_) => vm.lookup_special(v, "__call__").is_some(),
        _ => false,
    }))
}

fn attr_name<'a>(v: &'a Value, fname: &str) -> PyResult<&'a PyStr> {
    match v {
        Value::Str(s) => Ok(s),
        other => {
            let _ = fname;
            Err(type_error(format!(
                "attribute name must be string, not '{}'",
                type_name(other).as_str()
            )))
        }
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("getattr", kw)?;
    arg_range("getattr", args, 2, 3)?;
    let name = attr_name(&args[1], "getattr")?;
    match ops::getattr(vm, &args[0], name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && e.is_instance(&types().exc.attribute_error) => {
            Ok(args[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("setattr", kw)?;
    arg_range("setattr", args, 3, 3)?;
    let name = intern(attr_name(&args[1], "setattr")?.as_str());
    ops::setattr(vm, &args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("hasattr", kw)?;
    arg_range("hasattr", args, 2, 2)?;
    let name = attr_name(&args[1], "hasattr")?;
    match ops::getattr(vm, &args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is_instance(&types().exc.attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("delattr", kw)?;
    arg_range("delattr", args, 2, 2)?;
    let name = intern(attr_name(&args[1], "delattr")?.as_str());
    ops::delattr(vm, &args[0], &name)?;
    Ok(Value::None)
}

fn format(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("format", kw)?;
    if args.is_empty() || args.len() > 2 {
        return Err(type_error(format!(
            "format expected at {} {} argument{}, got {}",
            if args.is_empty() { "least" } else { "most" },
            if args.is_empty() { 1 } else { 2 },
            if args.is_empty() { "" } else { "s" },
            args.len()
        )));
    }
    let spec = match args.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(other).as_str()
            )))
        }
    };
    Ok(Value::string(ops::format(vm, &args[0], &spec)?))
}
