//! Methods of the builtin types. Algorithms on text live in
//! `text::strmethods`; these wrappers convert arguments and errors.

use super::*;
use crate::eval::Vm;
use crate::runtime::int::as_int;
use crate::text::strmethods::{self as sm, StrError};

pub fn install_all(t: &BuiltinTypes) {
    install(&t.str_, STR_METHODS);
    install(&t.list, LIST_METHODS);
    install(&t.dict, DICT_METHODS);
    install_classmethods(&t.dict, &[("fromkeys", dict_fromkeys)]);
    install(&t.tuple, TUPLE_METHODS);
    install(&t.int, INT_METHODS);
    install(&t.float, FLOAT_METHODS);
    install(&t.range, &[("index", range_index), ("count", range_count)]);
    install(&t.type_, &[("mro", type_mro)]);
    install(&t.generator, crate::eval::generator::GENERATOR_METHODS);
    install(&t.set, super::setmethods::SET_METHODS);
    install(&t.function, &[("__get__", function_get)]);
    install(
        &t.member_descriptor,
        &[
            ("__get__", member_descr_get),
            ("__set__", member_descr_set),
            ("__delete__", member_descr_delete),
        ],
    );
    install(&t.slice, &[("indices", slice_indices)]);
    install(&t.frozenset, super::setmethods::FROZENSET_METHODS);
    let exc_methods: &[(&str, NativeFn)] = &[("with_traceback", exc_with_traceback)];
    install(&t.exc.base_exception, exc_methods);
}

fn str_err(e: StrError) -> PyErr {
    match e {
        StrError::Value(m) => value_error(m),
        StrError::Type(m) => type_error(m),
        StrError::Overflow(m) => overflow_error(m),
    }
}

fn recv_str<'a>(args: &'a [Value], method: &str) -> PyResult<&'a PyStr> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s),
        other => Err(receiver_error("str", method, other)),
    }
}

/// Optional start/end slice arguments (None allowed), as i64.
fn opt_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match ops::index_value(vm, v)? {
            Some(ops::IntIndex::Small(i)) => Ok(Some(i)),
            Some(ops::IntIndex::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(&b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })),
            None => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
    }
}

fn arg_str<'a>(v: &'a Value, method: &str, pos: usize) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!(
            "{method}() argument {pos} must be str, not {}",
            type_name(other).as_str()
        ))),
    }
}

fn must_str(v: &Value, what: impl FnOnce(&Value) -> String) -> PyResult<&str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(what(other))),
    }
}

fn strs<S: AsRef<str>>(items: Vec<S>) -> Value {
    Value::list(items.into_iter().map(|s| Value::str(s.as_ref())).collect())
}

macro_rules! str_predicate {
    ($name:ident, $f:path, $pyname:literal) => {
        fn $name(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            no_kwargs(concat!("str.", $pyname), kw)?;
            let s = recv_str(args, $pyname)?;
            clinic_range(concat!("str.", $pyname), &args[1..], 0, 0)?;
            Ok(Value::Bool($f(s.as_str())))
        }
    };
}

macro_rules! str_transform {
    ($name:ident, $f:path, $pyname:literal) => {
        fn $name(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            no_kwargs(concat!("str.", $pyname), kw)?;
            let s = recv_str(args, $pyname)?;
            clinic_range(concat!("str.", $pyname), &args[1..], 0, 0)?;
            Ok(Value::string($f(s.as_str())))
        }
    };
}

str_predicate!(str_isdigit, sm::isdigit, "isdigit");
str_predicate!(str_isalpha, sm::isalpha, "isalpha");
str_predicate!(str_isspace, sm::isspace, "isspace");
str_predicate!(str_isalnum, sm::isalnum, "isalnum");
str_predicate!(str_isupper, sm::isupper, "isupper");
str_predicate!(str_islower, sm::islower, "islower");
str_predicate!(str_istitle, sm::istitle, "istitle");
str_predicate!(str_isdecimal, sm::isdecimal, "isdecimal");
str_predicate!(str_isnumeric, sm::isnumeric, "isnumeric");
str_predicate!(str_isidentifier, sm::isidentifier, "isidentifier");
str_predicate!(str_isprintable, sm::isprintable, "isprintable");
str_predicate!(str_isascii, sm::isascii, "isascii");
str_transform!(str_upper, sm::upper, "upper");
str_transform!(str_lower, sm::lower, "lower");
str_transform!(str_casefold, sm::casefold, "casefold");
str_transform!(str_swapcase, sm::swapcase, "swapcase");
str_transform!(str_capitalize, sm::capitalize, "capitalize");
str_transform!(str_title, sm::title, "title");

static STR_METHODS: &[(&str, NativeFn)] = &[
    ("join", str_join),
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("splitlines", str_splitlines),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("upper", str_upper),
    ("lower", str_lower),
    ("casefold", str_casefold),
    ("swapcase", str_swapcase),
    ("capitalize", str_capitalize),
    ("title", str_title),
    ("replace", str_replace),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("rindex", str_rindex),
    ("count", str_count),
    ("isdigit", str_isdigit),
    ("isalpha", str_isalpha),
    ("isspace", str_isspace),
    ("isalnum", str_isalnum),
    ("isupper", str_isupper),
    ("islower", str_islower),
    ("istitle", str_istitle),
    ("isdecimal", str_isdecimal),
    ("isnumeric", str_isnumeric),
    ("isidentifier", str_isidentifier),
    ("isprintable", str_isprintable),
    ("isascii", str_isascii),
    ("zfill", str_zfill),
    ("center", str_center),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("partition", str_partition),
    ("rpartition", str_rpartition),
    ("expandtabs", str_expandtabs),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
    ("format", super::strformat::str_format),
    ("__len__", str_len),
];

fn str_len(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = recv_str(args, "__len__")?;
    Ok(Value::from_usize(s.char_len()))
}

fn str_join(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("str.join", kw)?;
    let sep = recv_str(args, "join")?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "str.join() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let items = ops::collect(vm, &args[1]).map_err(|e| {
        if e.is_instance(&types().exc.type_error) && !matches!(args[1], Value::Instance(_)) {
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        let base = vm.base_value(it);
        match &base {
            Value::Str(s) => out.push_str(s.as_str()),
            _ => {
                let other = it;
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(other).as_str()
                )));
            }
        }
    }
    Ok(Value::string(out))
}

fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs,
    name: &str,
) -> PyResult<(Option<String>, i64)> {
    let [sep_kw, max_kw] = take_kwargs(name, kw, ["sep", "maxsplit"])?;
    if args.len() > 3 {
        return Err(type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let sep = args.get(1).cloned().or(sep_kw);
    let max = args.get(2).cloned().or(max_kw);
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(other) => {
            return Err(type_error(format!(
                "must be str or None, not {}",
                type_name(&other).as_str()
            )))
        }
    };
    let max = match max {
        None => -1,
        Some(v) => to_index(vm, &v)?,
    };
    Ok((sep, max))
}

fn str_split(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = recv_str(args, "split")?;
    let (sep, max) = split_args(vm, args, kw, "split")?;
    sm::split(s.as_str(), sep.as_deref(), max)
        .map(strs)
        .map_err(str_err)
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = recv_str(args, "rsplit")?;
    let (sep, max) = split_args(vm, args, kw, "rsplit")?;
    sm::rsplit(s.as_str(), sep.as_deref(), max)
        .map(strs)
        .map_err(str_err)
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = recv_str(args, "splitlines")?;
    let [keep_kw] = take_kwargs("splitlines", kw, ["keepends"])?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "splitlines() takes at most 1 argument ({} given)",
            args.len() - 1
        )));
    }
    let keep = match args.get(1).cloned().or(keep_kw) {
        Some(v) => ops::truthy(vm, &v)?,
        None => false,
    };
    Ok(strs(sm::splitlines(s.as_str(), keep)))
}

fn strip_chars<'a>(args: &'a [Value], name: &str) -> PyResult<Option<&'a str>> {
    if args.len() > 2 {
        return Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    match args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str())),
        Some(_) => Err(type_error(format!("{name} arg must be None or str"))),
    }
}

fn str_strip(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("str.strip", kw)?;
    let s = recv_str(args, "strip")?;
    let chars = strip_chars(args, "strip")?;
    Ok(Value::str(sm::strip(s.as_str(), chars)))
}

fn str_lstrip(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("str.lstrip", kw)?;
    let s = recv_str(args, "lstrip")?;
    let chars = strip_chars(args, "lstrip")?;
    Ok(Value::str(sm::lstrip(s.as_str(), chars)))
}

fn str_rstrip(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("str.rstrip", kw)?;
    let s = recv_str(args, "rstrip")?;
    let chars = strip_chars(args, "rstrip")?;
    Ok(Value::str(sm::rstrip(s.as_str(), chars)))
}

fn str_replace(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("str.replace", kw)?;
    let s = recv_str(args, "replace")?;
    if args.len() < 3 || args.len() > 4 {
        return Err(type_error(format!(
            "replace expected at {} {} arguments, got {}",
            if args.len() < 3 { "least" } else { "most" },
            if args.len() < 3 { 2 } else { 3 },
            args.len() - 1
        )));
    }
    let old = arg_str(&args[1], "replace", 1)?;
    let new = arg_str(&args[2], "replace", 2)?;
    let count = match args.get(3) {
        Some(v) => to_index(vm, v)?,
        None => -1,
    };
    Ok(Value::string(
        sm::replace(s.as_str(), old, new, count).into_owned(),
    ))
}

/// startswith/endswith: a str or a tuple of str, with optional start/end.
fn affix(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs,
    name: &str,
    f: fn(&str, &str, Option<i64>, Option<i64>) -> bool,
) -> PyResult<Value> {
    no_kwargs(&format!("str.{name}"), kw)?;
    let s = recv_str(args, name)?;
    if args.len() < 2 || args.len() > 4 {
        return Err(type_error(format!(
            "{name} expected at {} {} argument{}, got {}",
            if args.len() < 2 { "least" } else { "most" },
            if args.len() < 2 { 1 } else { 3 },
            if args.len() < 2 { "" } else { "s" },
            args.len() - 1
        )));
    }
    let start = opt_index(vm, args.get(2))?;
    let end = opt_index(vm, args.get(3))?;
    match &args[1] {
        Value::Str(p) => Ok(Value::Bool(f(s.as_str(), p.as_str(), start, end))),
        Value::Tuple(t) => {
            for it in t.items.iter() {
                let p = must_str(it, |o| {
                    format!(
                        "tuple for {name} must only contain str, not {}",
                        type_name(o).as_str()
                    )
                })?;
                if f(s.as_str(), p, start, end) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(other).as_str()
        ))),
    }
}

fn str_startswith(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    affix(vm, args, kw, "startswith", sm::startswith)
}

fn str_endswith(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    affix(vm, args, kw, "endswith", sm::endswith)
}

/// The shared argument shape of find/rfind/index/rindex/count.
fn search_args<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    kw: KwArgs,
    name: &str,
) -> PyResult<(&'a str, &'a str, Option<i64>, Option<i64>)> {
    no_kwargs(&format!("str.{name}"), kw)?;
    let s = recv_str(args, name)?;
    if args.len() < 2 || args.len() > 4 {
        return Err(type_error(format!(
            "{name} expected at {} {} argument{}, got {}",
            if args.len() < 2 { "least" } else { "most" },
            if args.len() < 2 { 1 } else { 3 },
            if args.len() < 2 { "" } else { "s" },
            args.len() - 1
        )));
    }
    let sub = must_str(&args[1], |o| {
        format!("must be str, not {}", type_name(o).as_str())
    })?;
    let start = opt_index(vm, args.get(2))?;
    let end = opt_index(vm, args.get(3))?;
    Ok((s.as_str(), sub, start, end))
}

fn str_find(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, args, kw, "find")?;
    Ok(Value::Int(sm::find(s, sub, a, b)))
}

fn str_rfind(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, args, kw, "rfind")?;
    Ok(Value::Int(sm::rfind(s, sub, a, b)))
}

fn str_index(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, args, kw, "index")?;
    sm::index(s, sub, a, b).map(Value::Int).map_err(str_err)
}

fn str_rindex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, args, kw, "rindex")?;
    sm::rindex(s, sub, a, b).map(Value::Int).map_err(str_err)
}

fn str_count(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, args, kw, "count")?;
    Ok(Value::Int(sm::count(s, sub, a, b)))
}

fn str_zfill(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("str.zfill", kw)?;
    let s = recv_str(args, "zfill")?;
    clinic_range("str.zfill", &args[1..], 1, 1).map_err(|_| {
        type_error(format!(
            "str.zfill() takes exactly one argument ({} given)",
            args.len() - 1
        ))
    })?;
    let w = to_index(vm, &args[1])?;
    Ok(Value::string(sm::zfill(s.as_str(), w).into_owned()))
}

fn justify(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs,
    name: &str,
    f: fn(&str, i64, char) -> std::borrow::Cow<'_, str>,
) -> PyResult<Value> {
    no_kwargs(&format!("str.{name}"), kw)?;
    let s = recv_str(args, name)?;
    if args.len() < 2 || args.len() > 3 {
        return Err(type_error(format!(
            "{name} expected at {} {} argument{}, got {}",
            if args.len() < 2 { "least" } else { "most" },
            if args.len() < 2 { 1 } else { 2 },
            if args.len() < 2 { "" } else { "s" },
            args.len() - 1
        )));
    }
    let w = to_index(vm, &args[1])?;
    let fill = match args.get(2) {
        None => ' ',
        Some(Value::Str(fs)) => sm::fill_char(fs.as_str()).map_err(str_err)?,
        Some(other) => {
            return Err(type_error(format!(
                "{name}() argument 2 must be str, not {}",
                type_name(other).as_str()
            )))
        }
    };
    Ok(Value::string(f(s.as_str(), w, fill).into_owned()))
}

fn str_center(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    justify(vm, args, kw, "center", sm::center)
}

fn str_ljust(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    justify(vm, args, kw, "ljust", sm::ljust)
}

fn str_rjust(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    justify(vm, args, kw, "rjust", sm::rjust)
}

fn str_partition(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("str.partition", kw)?;
    let s = recv_str(args, "partition")?;
    let sep = must_str(args.get(1).unwrap_or(&Value::None), |o| {
        format!("must be str, not {}", type_name(o).as_str())
    })?;
    let (a, b, c) = sm::partition(s.as_str(), sep).map_err(str_err)?;
    Ok(Value::tuple(vec![
        Value::str(a),
        Value::str(b),
        Value::str(c),
    ]))
}

fn str_rpartition(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("str.rpartition", kw)?;
    let s = recv_str(args, "rpartition")?;
    let sep = must_str(args.get(1).unwrap_or(&Value::None), |o| {
        format!("must be str, not {}", type_name(o).as_str())
    })?;
    let (a, b, c) = sm::rpartition(s.as_str(), sep).map_err(str_err)?;
    Ok(Value::tuple(vec![
        Value::str(a),
        Value::str(b),
        Value::str(c),
    ]))
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = recv_str(args, "expandtabs")?;
    let [ts_kw] = take_kwargs("expandtabs", kw, ["tabsize"])?;
    let ts = match args.get(1).cloned().or(ts_kw) {
        Some(v) => to_index(vm, &v)?,
        None => 8,
    };
    sm::expandtabs(s.as_str(), ts)
        .map(|c| Value::string(c.into_owned()))
        .map_err(str_err)
}

fn str_removeprefix(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("str.removeprefix", kw)?;
    let s = recv_str(args, "removeprefix")?;
    let p = arg_str(args.get(1).unwrap_or(&Value::None), "removeprefix", 1)?;
    Ok(Value::str(sm::removeprefix(s.as_str(), p)))
}

fn str_removesuffix(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("str.removesuffix", kw)?;
    let s = recv_str(args, "removesuffix")?;
    let p = arg_str(args.get(1).unwrap_or(&Value::None), "removesuffix", 1)?;
    Ok(Value::str(sm::removesuffix(s.as_str(), p)))
}

// ------------------------------------------------------------ list

static LIST_METHODS: &[(&str, NativeFn)] = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", list_index),
    ("count", list_count),
    ("sort", list_sort),
    ("reverse", list_reverse),
    ("copy", list_copy),
    ("clear", list_clear),
];

fn recv_list<'a>(args: &'a [Value], method: &str) -> PyResult<&'a Rc<List>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l),
        other => Err(receiver_error("list", method, other)),
    }
}

fn list_append(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("list.append", kw)?;
    let l = recv_list(args, "append")?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    l.items.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("list.extend", kw)?;
    let l = recv_list(args, "extend")?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "list.extend() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let items = ops::collect(vm, &args[1])?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("list.insert", kw)?;
    let l = recv_list(args, "insert")?;
    if args.len() != 3 {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let i = to_index(vm, &args[1])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(pos as usize, args[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("list.pop", kw)?;
    let l = recv_list(args, "pop")?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "pop expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let i = match args.get(1) {
        Some(v) => to_index(vm, v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let pos = if i < 0 { i + n } else { i };
    if pos < 0 || pos >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(items.remove(pos as usize))
}

fn list_remove(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("list.remove", kw)?;
    let l = recv_list(args, "remove")?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "list.remove() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let snapshot = l.items.borrow().clone();
    for (i, it) in snapshot.iter().enumerate() {
        if it.is(&args[1]) || ops::eq(vm, it, &args[1])? {
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn list_index(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("list.index", kw)?;
    let l = recv_list(args, "index")?;
    if args.len() < 2 || args.len() > 4 {
        return Err(type_error(format!(
            "index expected at {} {} argument{}, got {}",
            if args.len() < 2 { "least" } else { "most" },
            if args.len() < 2 { 1 } else { 3 },
            if args.len() < 2 { "" } else { "s" },
            args.len() - 1
        )));
    }
    let snapshot = l.items.borrow().clone();
    let n = snapshot.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = norm(opt_index(vm, args.get(2))?.unwrap_or(0));
    let stop = norm(opt_index(vm, args.get(3))?.unwrap_or(n));
    for i in start..stop.max(start) {
        let it = &snapshot[i as usize];
        if it.is(&args[1]) || ops::eq(vm, it, &args[1])? {
            return Ok(Value::Int(i));
        }
    }
    let r = ops::repr(vm, &args[1])?;
    let _ = r;
    Err(value_error(format!(
        "{} is not in list",
        ops::repr(vm, &args[1])?
    )))
}

fn list_count(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("list.count", kw)?;
    let l = recv_list(args, "count")?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "list.count() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let snapshot = l.items.borrow().clone();
    let mut n = 0;
    for it in &snapshot {
        if it.is(&args[1]) || ops::eq(vm, it, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = recv_list(args, "sort")?;
    if args.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let [key, reverse] = take_kwargs("sort", kw, ["key", "reverse"])?;
    let reverse = match reverse {
        Some(r) => ops::truthy(vm, &r)?,
        None => false,
    };
    // CPython empties the list during the sort so mutation is detected.
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let result = super::functions::sort_values(vm, items.clone(), key, reverse);
    let mut cur = l.items.borrow_mut();
    let mutated = !cur.is_empty();
    match result {
        Ok(sorted) => {
            *cur = sorted;
            if mutated {
                return Err(value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            *cur = items;
            Err(e)
        }
    }
}

fn list_reverse(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("list.reverse", kw)?;
    let l = recv_list(args, "reverse")?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("list.copy", kw)?;
    let l = recv_list(args, "copy")?;
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}

fn list_clear(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("list.clear", kw)?;
    let l = recv_list(args, "clear")?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

// ------------------------------------------------------------ dict

static DICT_METHODS: &[(&str, NativeFn)] = &[
    ("get", dict_get),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("setdefault", dict_setdefault),
    ("update", dict_update),
    ("copy", dict_copy),
    ("clear", dict_clear),
];

fn recv_dict<'a>(args: &'a [Value], method: &str) -> PyResult<&'a Rc<Dict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d),
        other => Err(receiver_error("dict", method, other)),
    }
}

fn dict_get(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("dict.get", kw)?;
    let d = recv_dict(args, "get")?;
    arg_range("get", &args[1..], 1, 2)?;
    Ok(d.get(vm, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn view(args: &[Value], name: &str, kind: DictViewKind) -> PyResult<Value> {
    let d = recv_dict(args, name)?;
    clinic_range(&format!("dict.{name}"), &args[1..], 0, 0)?;
    Ok(Value::DictView(Rc::new(DictView {
        dict: d.clone(),
        kind,
    })))
}

fn dict_keys(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("dict.keys", kw)?;
    view(args, "keys", DictViewKind::Keys)
}

fn dict_values(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("dict.values", kw)?;
    view(args, "values", DictViewKind::Values)
}

fn dict_items(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("dict.items", kw)?;
    view(args, "items", DictViewKind::Items)
}

fn dict_pop(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("dict.pop", kw)?;
    let d = recv_dict(args, "pop")?;
    arg_range("pop", &args[1..], 1, 2)?;
    match d.remove(vm, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(def) => Ok(def.clone()),
            None => Err(key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("dict.popitem", kw)?;
    let d = recv_dict(args, "popitem")?;
    match d.pop_last() {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("dict.setdefault", kw)?;
    let d = recv_dict(args, "setdefault")?;
    arg_range("setdefault", &args[1..], 1, 2)?;
    match d.get(vm, &args[1])? {
        Some(v) => Ok(v),
        None => {
            let def = args.get(2).cloned().unwrap_or(Value::None);
            d.set(vm, args[1].clone(), def.clone())?;
            Ok(def)
        }
    }
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = recv_dict(args, "update")?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    if let Some(src) = args.get(1) {
        super::constructors::dict_update_from(vm, d, src)?;
    }
    for (k, v) in kw {
        d.set(vm, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_copy(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("dict.copy", kw)?;
    let d = recv_dict(args, "copy")?;
    Ok(Value::Dict(Rc::new((**d).clone())))
}

fn dict_clear(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("dict.clear", kw)?;
    let d = recv_dict(args, "clear")?;
    d.clear();
    Ok(Value::None)
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("dict.fromkeys", kw)?;
    arg_range("fromkeys", &args[1..], 1, 2)?;
    let d = Rc::new(Dict::new());
    let value = args.get(2).cloned().unwrap_or(Value::None);
    for k in ops::collect(vm, &args[1])? {
        d.set(vm, k, value.clone())?;
    }
    Ok(Value::Dict(d))
}

// ------------------------------------------------------------ tuple, int, float, range, type

static TUPLE_METHODS: &[(&str, NativeFn)] = &[("index", tuple_index), ("count", tuple_count)];

fn recv_tuple<'a>(args: &'a [Value], method: &str) -> PyResult<&'a Rc<Tuple>> {
    match args.first() {
        Some(Value::Tuple(t)) => Ok(t),
        _ => Err(type_error(format!(
            "descriptor '{method}' for 'tuple' objects needs a tuple"
        ))),
    }
}

fn tuple_index(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("tuple.index", kw)?;
    let t = recv_tuple(args, "index")?;
    arg_range("index", &args[1..], 1, 3)?;
    let n = t.items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = norm(opt_index(vm, args.get(2))?.unwrap_or(0));
    let stop = norm(opt_index(vm, args.get(3))?.unwrap_or(n));
    for i in start..stop.max(start) {
        let it = &t.items[i as usize];
        if it.is(&args[1]) || ops::eq(vm, it, &args[1])? {
            return Ok(Value::Int(i));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("tuple.count", kw)?;
    let t = recv_tuple(args, "count")?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "tuple.count() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let mut n = 0;
    for it in t.items.iter() {
        if it.is(&args[1]) || ops::eq(vm, it, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

static INT_METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("conjugate", int_conjugate),
    ("is_integer", int_is_integer),
    ("__index__", int_conjugate),
];

fn recv_int(args: &[Value]) -> PyResult<num_bigint::BigInt> {
    match args.first().and_then(as_int) {
        Some(i) => Ok(i.to_bigint()),
        None => Err(type_error("descriptor requires an 'int' object")),
    }
}

fn int_bit_length(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = recv_int(args)?;
    Ok(Value::Int(i.bits() as i64))
}

fn int_bit_count(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = recv_int(args)?;
    let ones: u64 = i
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_conjugate(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from_bigint(recv_int(args)?))
}

fn int_is_integer(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    recv_int(args)?;
    Ok(Value::Bool(true))
}

static FLOAT_METHODS: &[(&str, NativeFn)] = &[
    ("is_integer", float_is_integer),
    ("conjugate", float_conjugate),
    ("as_integer_ratio", float_as_integer_ratio),
];

fn recv_float(args: &[Value]) -> PyResult<f64> {
    match args.first() {
        Some(Value::Float(f)) => Ok(*f),
        _ => Err(type_error("descriptor requires a 'float' object")),
    }
}

fn float_is_integer(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = recv_float(args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(recv_float(args)?))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = recv_float(args)?;
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = int::frexp(f);
    // m * 2**53 is an integer; reduce by powers of two.
    let mut num = (m * 9007199254740992.0) as i64;
    let mut exp = e - 53;
    while num != 0 && num % 2 == 0 && exp < 0 {
        num /= 2;
        exp += 1;
    }
    let (n, d) = if exp >= 0 {
        (
            num_bigint::BigInt::from(num) << exp as usize,
            num_bigint::BigInt::from(1),
        )
    } else {
        (
            num_bigint::BigInt::from(num),
            num_bigint::BigInt::from(1) << (-exp) as usize,
        )
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Range(r)) = args.first() else {
        return Err(type_error("range.index needs a range"));
    };
    let v = args.get(1).cloned().unwrap_or(Value::None);
    if ops::contains(vm, &args[0], &v)? {
        if let Some(i) = as_int(&v).and_then(|i| i.to_i64()) {
            return Ok(Value::Int((i - r.start) / r.step));
        }
    }
    Err(value_error(format!(
        "{} is not in range",
        ops::repr(vm, &v)?
    )))
}

fn range_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Int(ops::contains(vm, &args[0], &v)? as i64))
}

fn type_mro(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.first() else {
        return Err(type_error("mro() needs a type"));
    };
    let mut items = vec![Value::Type(t.clone())];
    items.extend(t.mro.borrow().iter().map(|b| Value::Type(b.clone())));
    Ok(Value::list(items))
}

fn exc_with_traceback(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

/// `function.__get__(obj, type)`: functions are non-data descriptors.
fn function_get(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = args.first().cloned().unwrap_or(Value::None);
    match args.get(1) {
        None | Some(Value::None) => Ok(f),
        Some(obj) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
            func: f,
            receiver: obj.clone(),
        }))),
    }
}

fn recv_member<'a>(args: &'a [Value], method: &str) -> PyResult<&'a MemberDescr> {
    match args.first() {
        Some(Value::Member(m)) => Ok(m),
        Some(other) => Err(type_error(format!(
            "descriptor '{method}' requires a 'member_descriptor' object but received a '{}'",
            type_name(other).as_str()
        ))),
        None => Err(type_error(format!(
            "descriptor '{method}' of 'member_descriptor' object needs an argument"
        ))),
    }
}

/// `member_descriptor.__get__(obj, type=None)`.
fn member_descr_get(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = recv_member(args, "__get__")?;
    match args.get(1) {
        None => Err(type_error("expected at least 1 argument, got 0")),
        Some(Value::None) => Ok(args[0].clone()),
        Some(obj) => crate::eval::member_get(m, obj),
    }
}

/// `member_descriptor.__set__(obj, value)`.
fn member_descr_set(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = recv_member(args, "__set__")?;
    let (Some(obj), Some(value)) = (args.get(1), args.get(2)) else {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    };
    crate::eval::member_set(m, obj, Some(value.clone()))?;
    Ok(Value::None)
}

/// `member_descriptor.__delete__(obj)`.
fn member_descr_delete(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = recv_member(args, "__delete__")?;
    let Some(obj) = args.get(1) else {
        return Err(type_error("expected 1 argument, got 0"));
    };
    crate::eval::member_set(m, obj, None)?;
    Ok(Value::None)
}

/// `slice.indices(length)`.
fn slice_indices(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Slice(s)) = args.first() else {
        return Err(type_error("indices() needs a slice"));
    };
    let n = to_index(vm, args.get(1).unwrap_or(&Value::None))?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step, _) = ops::slice_indices(vm, s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}
