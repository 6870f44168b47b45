//! The built-in `sys` module, and the registry of native modules.

use crate::builtins::{native, no_kwargs, one_arg, to_index};
use crate::eval::Vm;
use crate::runtime::exceptions::*;
use crate::runtime::types::Layout;
use crate::runtime::*;
use std::rc::Rc;

/// Built-in modules that a file beside the script cannot shadow.
pub fn builtin_module(vm: &mut Vm, name: &str) -> Option<Value> {
    match name {
        "sys" => Some(make_sys(vm)),
        "time" => native_module(vm, "time"),
        _ => None,
    }
}

/// Native extension modules, found after the embedded library.
pub fn native_module(vm: &mut Vm, name: &str) -> Option<Value> {
    let (functions, constants) = super::native_table(name)?;
    let m = super::new_module(vm, name);
    for (n, f) in functions {
        m.dict.set_str(intern(n), native(n, *f));
    }
    for (n, v) in constants() {
        m.dict.set_str(intern(n), v);
    }
    Some(Value::Module(m))
}

fn make_sys(vm: &mut Vm) -> Value {
    let m = super::new_module(vm, "sys");
    let d = &m.dict;
    let set = |n: &str, v: Value| d.set_str(intern(n), v);
    set(
        "argv",
        Value::list(vm.argv.iter().map(|a| Value::str(a)).collect()),
    );
    set("maxsize", Value::Int(i64::MAX));
    set("maxunicode", Value::Int(0x10FFFF));
    set("byteorder", Value::str("little"));
    set("platform", Value::str("linux"));
    set("version", Value::str("3.11.2 (quicken)"));
    set("hexversion", Value::Int(0x030B02F0));
    set("executable", Value::str(""));
    set("modules", Value::Dict(vm.modules.clone()));
    set(
        "path",
        Value::list(
            vm.script_dir
                .iter()
                .map(|p| Value::string(p.display().to_string()))
                .collect(),
        ),
    );
    set(
        "builtin_module_names",
        Value::tuple(
            ["builtins", "sys", "time"]
                .iter()
                .map(|s| Value::str(s))
                .collect(),
        ),
    );
    set("version_info", version_info());
    set("stdout", stream(1));
    set("stderr", stream(2));
    set("__stdout__", stream(1));
    set("__stderr__", stream(2));
    for (name, f) in FUNCTIONS {
        set(name, native(name, *f));
    }
    Value::Module(m)
}

static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getrecursionlimit", getrecursionlimit),
    ("setrecursionlimit", setrecursionlimit),
    ("exit", exit),
    ("exc_info", exc_info),
    ("exception", exception),
    ("intern", intern_fn),
    ("get_int_max_str_digits", get_int_max_str_digits),
];

fn getrecursionlimit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("getrecursionlimit", kw)?;
    crate::builtins::clinic_range("getrecursionlimit", args, 0, 0)?;
    Ok(Value::from_usize(vm.recursion_limit))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = one_arg("setrecursionlimit", args, kw)?;
    if matches!(v, Value::Float(_)) {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = to_index(vm, v)?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    // The frame calling setrecursionlimit counts as one level.
    if (n as usize) <= vm.depth {
        return Err(recursion_error(format!(
            "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
            n, vm.depth
        )));
    }
    vm.recursion_limit = usize::try_from(n).unwrap_or(usize::MAX);
    Ok(Value::None)
}

fn exit(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("exit", kw)?;
    crate::builtins::arg_range("exit", args, 0, 1)?;
    Err(PyErr::with_args(&types().exc.system_exit, args.to_vec()))
}

fn exc_info(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(match &vm.handled {
        Some(e) => Value::tuple(vec![Value::Type(type_of(e)), e.clone(), Value::None]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn exception(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.handled.clone().unwrap_or(Value::None))
}

fn intern_fn(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    match one_arg("intern", args, kw)? {
        Value::Str(s) => Ok(Value::Str(intern(s.as_str()))),
        other => Err(type_error(format!(
            "intern() argument must be str, not {}",
            type_name(other).as_str()
        ))),
    }
}

fn get_int_max_str_digits(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from_usize(crate::text::numfmt::MAX_STR_DIGITS))
}

// ------------------------------------------------------------ sys.stdout / sys.stderr

thread_local! {
    static STREAM_TYPE: Rc<Type> = {
        let t = types();
        let ty = Type::new("TextIOWrapper", intern("_io"), vec![t.object.clone()], Layout::Object, false, false);
        let m = |name: &'static str, func: NativeFn| {
            ty.dict.set_str(intern(name), Value::Builtin(Rc::new(Builtin { name, owner: Some(ty.clone()), func, binds_class: false })));
        };
        m("write", stream_write);
        m("flush", stream_flush);
        m("isatty", stream_isatty);
        ty
    };
    static VERSION_INFO_TYPE: Rc<Type> = {
        let t = types();
        let ty = Type::new("version_info", intern("sys"), vec![t.tuple.clone()], Layout::Tuple, false, false);
        let fields: [(&'static str, NativeFn); 5] =
            [("major", vi_0), ("minor", vi_1), ("micro", vi_2), ("releaselevel", vi_3), ("serial", vi_4)];
        for (name, f) in fields {
            let p = Property { fget: native(name, f), fset: Value::None, fdel: Value::None, doc: Value::None, name: Default::default() };
            ty.dict.set_str(intern(name), Value::Property(Rc::new(p)));
        }
        ty.dict.set_str(intern("__repr__"), Value::Builtin(Rc::new(Builtin { name: "__repr__", owner: None, func: vi_repr, binds_class: false })));
        ty
    };
}

fn stream(fd: i64) -> Value {
    let ty = STREAM_TYPE.with(|t| t.clone());
    Value::Instance(Rc::new(Instance::with_base(ty, Some(Value::Int(fd)))))
}

fn stream_fd(args: &[Value]) -> i64 {
    match args.first() {
        Some(Value::Instance(i)) => match i.base {
            Some(Value::Int(fd)) => fd,
            _ => 1,
        },
        _ => 1,
    }
}

fn stream_write(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("write", kw)?;
    let fd = stream_fd(args);
    let Some(v) = args.get(1) else {
        return Err(type_error(
            "TextIOWrapper.write() takes exactly one argument (0 given)",
        ));
    };
    let Value::Str(s) = v else {
        return Err(type_error(format!(
            "write() argument must be str, not {}",
            type_name(v).as_str()
        )));
    };
    if fd == 2 {
        vm.err_out.push_str(s.as_str());
    } else {
        vm.write_out(s.as_str());
    }
    Ok(Value::from_usize(s.char_len()))
}

fn stream_flush(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.out.flush();
    Ok(Value::None)
}

fn stream_isatty(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

const VERSION: (i64, i64, i64, &str, i64) = (3, 11, 2, "final", 0);

fn version_info() -> Value {
    let ty = VERSION_INFO_TYPE.with(|t| t.clone());
    let base = Value::tuple(vec![
        Value::Int(VERSION.0),
        Value::Int(VERSION.1),
        Value::Int(VERSION.2),
        Value::str(VERSION.3),
        Value::Int(VERSION.4),
    ]);
    Value::Instance(Rc::new(Instance::with_base(ty, Some(base))))
}

fn vi_field(args: &[Value], i: usize) -> PyResult<Value> {
    match args.first() {
        Some(Value::Instance(inst)) => match &inst.base {
            Some(Value::Tuple(t)) => Ok(t.items.get(i).cloned().unwrap_or(Value::None)),
            _ => Err(type_error("version_info field of a non-version_info")),
        },
        _ => Err(type_error("version_info field needs an instance")),
    }
}

fn vi_0(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vi_field(args, 0)
}
fn vi_1(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vi_field(args, 1)
}
fn vi_2(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vi_field(args, 2)
}
fn vi_3(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vi_field(args, 3)
}
fn vi_4(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vi_field(args, 4)
}

fn vi_repr(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::string(format!(
        "sys.version_info(major={}, minor={}, micro={}, releaselevel='{}', serial={})",
        VERSION.0, VERSION.1, VERSION.2, VERSION.3, VERSION.4
    )))
}
