//! The builtins module and the methods of the builtin types.
//!
//! Every native has the signature [`NativeFn`]; methods receive `self` as
//! `args[0]`. Argument checking goes through the small helpers below so that
//! the messages match CPython's.

mod bytes;
mod constructors;
mod dunders;
mod functions;
mod methods;
mod setmethods;
pub mod sort;
mod strformat;

pub use bytes::{
    bytearray_inplace, bytearray_setitem, bytes_binary, bytes_contains, bytes_data, bytes_getitem,
    bytes_value,
};
pub use constructors::{construct, dict_update_from};

use crate::runtime::exceptions::*;
use crate::runtime::types::BuiltinTypes;
use crate::runtime::*;
use std::rc::Rc;

/// A builtin function value.
pub fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        owner: None,
        func,
        binds_class: false,
    }))
}

/// Install `(name, fn)` pairs as method descriptors of `t`.
fn install(t: &Rc<Type>, methods: &[(&'static str, NativeFn)]) {
    for &(name, func) in methods {
        let b = Builtin {
            name,
            owner: Some(t.clone()),
            func,
            binds_class: false,
        };
        t.dict.set_str(intern(name), Value::Builtin(Rc::new(b)));
    }
}

/// Install class-bound natives (like `dict.fromkeys`).
fn install_classmethods(t: &Rc<Type>, methods: &[(&'static str, NativeFn)]) {
    for &(name, func) in methods {
        let b = Builtin {
            name,
            owner: Some(t.clone()),
            func,
            binds_class: true,
        };
        t.dict.set_str(intern(name), Value::Builtin(Rc::new(b)));
    }
}

/// Put the methods of every builtin type in place (once per thread).
pub fn install_methods(t: &BuiltinTypes) {
    methods::install_all(t);
    crate::runtime::class::install(t);
    dunders::install_dunders(t);
    bytes::install_bytes(t);
}

/// A fresh builtins namespace for one program run.
pub fn make_builtins_dict() -> Rc<Dict> {
    let d = Rc::new(Dict::new());
    let t = types();
    for (name, func) in functions::FUNCTIONS {
        d.set_str(intern(name), native(name, *func));
    }
    d.set_str(intern("set"), Value::Type(t.set.clone()));
    d.set_str(intern("bytes"), Value::Type(t.bytes.clone()));
    d.set_str(intern("bytearray"), Value::Type(t.bytearray.clone()));
    d.set_str(intern("frozenset"), Value::Type(t.frozenset.clone()));
    let classes: [(&str, &Rc<Type>); 17] = [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("str", &t.str_),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("range", &t.range),
        ("slice", &t.slice),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
        ("__build_class__", &t.object),
    ];
    for (name, ty) in classes.iter().take(16) {
        d.set_str(intern(name), Value::Type((*ty).clone()));
    }
    for e in &t.exceptions {
        d.set_str(e.name.clone(), Value::Type(e.clone()));
    }
    d.set_str(
        intern("EnvironmentError"),
        Value::Type(
            t.exceptions
                .iter()
                .find(|e| e.name() == "OSError")
                .expect("OSError")
                .clone(),
        ),
    );
    d.set_str(
        intern("IOError"),
        Value::Type(
            t.exceptions
                .iter()
                .find(|e| e.name() == "OSError")
                .expect("OSError")
                .clone(),
        ),
    );
    for (name, v) in crate::runtime::class::builtins() {
        d.set_str(intern(name), v);
    }
    d.set_str(intern("NotImplemented"), Value::NotImplemented);
    d.set_str(intern("Ellipsis"), Value::Ellipsis);
    d.set_str(intern("__name__"), Value::str("builtins"));
    d.set_str(intern("__debug__"), Value::Bool(true));
    d
}

// ------------------------------------------------------------ argument helpers

/// "f() takes no keyword arguments".
/// The TypeError for calling `owner.method` through the type with a receiver
/// of the wrong type (`got`), or with none at all.
pub fn receiver_error(owner: &str, method: &str, got: Option<&Value>) -> PyErr {
    type_error(match got {
        Some(other) => format!(
            "descriptor '{method}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name(other).as_str()
        ),
        None => format!("unbound method {owner}.{method}() needs an argument"),
    })
}

pub fn no_kwargs(name: &str, kw: KwArgs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Exactly one positional argument, as CPython's METH_O functions check.
pub fn one_arg<'a>(name: &str, args: &'a [Value], kw: KwArgs) -> PyResult<&'a Value> {
    no_kwargs(name, kw)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(&args[0])
}

/// Between `min` and `max` positional arguments ("expected at least/at most").
pub fn arg_range(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min {
        return Err(type_error(if min == max {
            format!(
                "{name} expected {min} argument{}, got {}",
                plural(min),
                args.len()
            )
        } else {
            format!(
                "{name} expected at least {min} argument{}, got {}",
                plural(min),
                args.len()
            )
        }));
    }
    if args.len() > max {
        return Err(type_error(if min == max {
            format!(
                "{name} expected {max} argument{}, got {}",
                plural(max),
                args.len()
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {}",
                plural(max),
                args.len()
            )
        }));
    }
    Ok(())
}

/// For Argument-Clinic style natives: "f() takes at most N arguments (M given)".
pub fn clinic_range(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min {
        return Err(type_error(if min == max {
            format!(
                "{name}() takes exactly {min} argument{} ({} given)",
                plural(min),
                args.len()
            )
        } else {
            format!(
                "{name}() takes at least {min} argument{} ({} given)",
                plural(min),
                args.len()
            )
        }));
    }
    if args.len() > max {
        return Err(type_error(if min == max {
            format!(
                "{name}() takes exactly {max} argument{} ({} given)",
                plural(max),
                args.len()
            )
        } else if max == 0 {
            format!("{name}() takes no arguments ({} given)", args.len())
        } else {
            format!(
                "{name}() takes at most {max} argument{} ({} given)",
                plural(max),
                args.len()
            )
        }));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Split keyword arguments into the allowed names; an unknown one raises
/// CPython's "'x' is an invalid keyword argument for f()".
pub fn take_kwargs<const N: usize>(
    name: &str,
    kw: KwArgs,
    allowed: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (k, v) in kw {
        let key = match k {
            Value::Str(s) => s.as_str(),
            _ => return Err(type_error("keywords must be strings")),
        };
        match allowed.iter().position(|a| *a == key) {
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok(out)
}

/// An index-like argument as i64 ("'float' object cannot be interpreted as an integer").
pub fn to_index(vm: &mut crate::eval::Vm, v: &Value) -> PyResult<i64> {
    match ops::index_value(vm, v)? {
        Some(ops::IntIndex::Small(i)) => Ok(i),
        Some(ops::IntIndex::Big(_)) => Err(overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v).as_str()
        ))),
    }
}

/// The str payload of a method receiver or argument.
pub fn expect_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a PyStr> {
    match v {
        Value::Str(s) => Ok(s),
        _ => Err(type_error(format!(
            "{what} must be str, not {}",
            type_name(v).as_str()
        ))),
    }
}
