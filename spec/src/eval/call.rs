//! Calls: the calling convention of CALL, argument binding with CPython's
//! error messages, and calls from native code back into Python.

use super::{Flow, Frame, Vm};
use crate::code::CodeObject;
use crate::runtime::exceptions::*;
use crate::runtime::*;
use std::rc::Rc;

/// `name()` as CPython's argument errors spell it (`_PyObject_FunctionStr`:
/// module-qualified unless the module is builtins).
pub fn callable_name(v: &Value) -> String {
    match v {
        Value::Function(f) => match &f.module {
            Value::Str(m) if m.as_str() != "builtins" => {
                format!("{}.{}()", m.as_str(), f.qualname.borrow().as_str())
            }
            _ => format!("{}()", f.qualname.borrow().as_str()),
        },
        Value::Builtin(b) => match &b.owner {
            Some(t) => format!("{}.{}()", t.name(), b.name),
            None => format!("{}()", b.name),
        },
        Value::BoundMethod(m) => callable_name(&m.func),
        Value::Type(t) => format!("{}()", t.name()),
        other => format!("{} object", type_name(other).as_str()),
    }
}

/// CALL / CALL_KW: `callable, self_or_null, args...` are on the stack; the
/// last `kwnames.len()` arguments are keyword values.
pub fn call_from_stack(
    vm: &mut Vm,
    f: &mut Frame,
    argc: usize,
    kwnames: Option<Rc<Tuple>>,
) -> super::instructions::Step {
    let base = f.stack.len() - argc - 2;
    let has_self = !matches!(f.stack[base + 1], Value::Null);
    let args_start = if has_self { base + 1 } else { base + 2 };
    let nkw = kwnames.as_ref().map(|k| k.items.len()).unwrap_or(0);
    let callable = f.stack[base].clone();

    // Python functions: bind straight from the stack into a new frame.
    if let Value::Function(func) = &callable {
        if nkw == 0 {
            let frame = enter_function_from_stack(vm, func, f, args_start)?;
            f.stack.truncate(base);
            if frame.code.is_generator() {
                f.push(super::generator::new_generator(frame));
                return Ok(Flow::Next);
            }
            return Ok(Flow::Call(frame));
        }
    }
    // Natives read their arguments in place.
    if let Value::Builtin(b) = &callable {
        if b.owner.is_none()
            && matches!(
                b.name,
                "globals" | "locals" | "vars" | "dir" | "exec" | "eval"
            )
        {
            let locals = f.locals.clone().or_else(|| Some(fast_locals_snapshot(f)));
            vm.caller_namespaces = Some((f.globals.clone(), locals));
        }
        let total = f.stack.len();
        let kw_start = total - nkw;
        if let Some(adapted) = adapt_receiver(b, &f.stack[args_start..kw_start]) {
            let kw = match &kwnames {
                Some(names) => kw_pairs(&f.stack[kw_start..total], names),
                None => Vec::new(),
            };
            let r = (b.func)(vm, &adapted, &kw);
            f.stack.truncate(base);
            f.push(r?);
            return Ok(Flow::Next);
        }
        let result = if nkw == 0 {
            (b.func)(vm, &f.stack[args_start..total], &[])
        } else {
            let kw = kw_pairs(
                &f.stack[kw_start..total],
                kwnames.as_ref().expect("kwnames"),
            );
            (b.func)(vm, &f.stack[args_start..kw_start], &kw)
        };
        f.stack.truncate(base);
        f.push(result?);
        return Ok(Flow::Next);
    }
    let mut args: Vec<Value> = f.stack.drain(args_start..).collect();
    f.stack.truncate(base);
    let kw = match &kwnames {
        Some(names) => {
            let split = args.len() - nkw;
            let values = args.split_off(split);
            names.items.iter().cloned().zip(values).collect()
        }
        None => Vec::new(),
    };
    call_or_enter(vm, f, &callable, args, &kw)
}

fn kw_pairs(values: &[Value], names: &Tuple) -> Vec<(Value, Value)> {
    names
        .items
        .iter()
        .cloned()
        .zip(values.iter().cloned())
        .collect()
}

/// Call anything from the evaluator: Python functions become a new frame on
/// the explicit stack (no Rust recursion), everything else runs now.
pub fn call_or_enter(
    vm: &mut Vm,
    f: &mut Frame,
    callable: &Value,
    mut args: Vec<Value>,
    kw: &[(Value, Value)],
) -> super::instructions::Step {
    match callable {
        Value::Function(func) => {
            let frame = enter_function(vm, func, args, kw)?;
            if frame.code.is_generator() {
                f.push(super::generator::new_generator(frame));
                return Ok(Flow::Next);
            }
            Ok(Flow::Call(frame))
        }
        Value::BoundMethod(m) => {
            args.insert(0, m.receiver.clone());
            let func = m.func.clone();
            call_or_enter(vm, f, &func, args, kw)
        }
        other => {
            let r = call_native(vm, other, &args, kw)?;
            f.push(r);
            Ok(Flow::Next)
        }
    }
}

/// Call from native code: runs Python functions in a nested loop.
pub fn call(vm: &mut Vm, callable: &Value, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    match callable {
        Value::Function(func) => {
            let frame = enter_function(vm, func, args.to_vec(), kw)?;
            if frame.code.is_generator() {
                return Ok(super::generator::new_generator(frame));
            }
            vm.run_frame(frame)
        }
        Value::BoundMethod(m) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(m.receiver.clone());
            all.extend_from_slice(args);
            call(vm, &m.func, &all, kw)
        }
        other => call_native(vm, other, args, kw),
    }
}

/// A builtin type's method called with an instance of a subclass as `self`
/// (`dict.update(self, ...)`) operates on the builtin value it extends.
fn adapt_receiver(b: &Builtin, args: &[Value]) -> Option<Vec<Value>> {
    use crate::runtime::types::Layout;
    let owner = b.owner.as_ref()?;
    if matches!(
        owner.layout,
        Layout::Object | Layout::Exception | Layout::Other
    ) {
        return None;
    }
    match args.first() {
        Some(Value::Instance(i)) => {
            let base = i.base.clone()?;
            let mut v = args.to_vec();
            v[0] = base;
            Some(v)
        }
        _ => None,
    }
}

fn call_native(vm: &mut Vm, callable: &Value, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    match callable {
        Value::Builtin(b) => match adapt_receiver(b, args) {
            Some(adapted) => (b.func)(vm, &adapted, kw),
            None => (b.func)(vm, args, kw),
        },
        Value::Type(t) => crate::builtins::construct(vm, t, args, kw),
        Value::Instance(_) => vm.instance_call(callable, args, kw),
        Value::StaticMethod(w) => {
            let f = w.func.clone();
            call(vm, &f, args, kw)
        }
        other => Err(type_error(format!(
            "'{}' object is not callable",
            type_name(other).as_str()
        ))),
    }
}

/// A frame for `func` with arguments taken from `caller.stack[start..]`.
pub fn enter_function_from_stack(
    vm: &mut Vm,
    func: &Rc<Function>,
    caller: &mut Frame,
    start: usize,
) -> PyResult<Box<Frame>> {
    let code = func.code.borrow().clone();
    let nargs = caller.stack.len() - start;
    let simple = code.flags & (crate::code::flags::VARARGS | crate::code::flags::VARKEYWORDS) == 0
        && code.kwonlyargcount == 0
        && nargs == code.argcount;
    if simple {
        let mut frame = vm.new_frame(code, func.globals.clone(), None, Some(func.clone()));
        for (slot, v) in frame.fast.iter_mut().zip(caller.stack.drain(start..)) {
            *slot = Some(v);
        }
        return Ok(frame);
    }
    let args: Vec<Value> = caller.stack.drain(start..).collect();
    enter_function(vm, func, args, &[])
}

/// A frame for `func(*args, **kw)` with its parameters bound.
pub fn enter_function(
    vm: &mut Vm,
    func: &Rc<Function>,
    args: Vec<Value>,
    kw: &[(Value, Value)],
) -> PyResult<Box<Frame>> {
    let code = func.code.borrow().clone();
    let mut frame = vm.new_frame(code.clone(), func.globals.clone(), None, Some(func.clone()));
    if let Err(e) = bind_arguments(vm, func, &code, &mut frame.fast, args, kw) {
        vm.recycle_frame(frame);
        return Err(e);
    }
    Ok(frame)
}

/// Bind call arguments to parameter slots as CPython does, with its messages.
pub fn bind_arguments(
    vm: &mut Vm,
    func: &Function,
    code: &CodeObject,
    fast: &mut [Option<Value>],
    args: Vec<Value>,
    kw: &[(Value, Value)],
) -> PyResult<()> {
    let name = || format!("{}()", func.qualname.borrow().as_str());
    let argcount = code.argcount;
    let kwonly = code.kwonlyargcount;
    let nargs = args.len();
    let mut extra = Vec::new();
    for (i, v) in args.into_iter().enumerate() {
        if i < argcount {
            fast[i] = Some(v);
        } else {
            extra.push(v);
        }
    }
    let mut next_slot = argcount + kwonly;
    if code.has_varargs() {
        fast[next_slot] = Some(Value::tuple(extra));
        next_slot += 1;
    } else if !extra.is_empty() {
        return Err(too_many_positional(vm, func, code, nargs, kw, fast));
    }
    let kwargs_dict = if code.has_varkeywords() {
        let d = Rc::new(Dict::new());
        fast[next_slot] = Some(Value::Dict(d.clone()));
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (k, v) in kw {
        let Value::Str(ks) = k else {
            return Err(type_error(format!("{} keywords must be strings", name())));
        };
        let pos = code.varnames[..argcount + kwonly]
            .iter()
            .position(|n| Rc::ptr_eq(n, ks) || n.as_str() == ks.as_str());
        match pos {
            Some(i) if i >= code.posonlyargcount => {
                if fast[i].is_some() {
                    return Err(type_error(format!(
                        "{} got multiple values for argument '{}'",
                        name(),
                        ks.as_str()
                    )));
                }
                fast[i] = Some(v.clone());
            }
            _ => match &kwargs_dict {
                Some(d) => {
                    if d.get_str(ks).is_some() {
                        return Err(type_error(format!(
                            "{} got multiple values for argument '{}'",
                            name(),
                            ks.as_str()
                        )));
                    }
                    d.set_str(intern(ks.as_str()), v.clone());
                }
                None => {
                    if pos.is_some() {
                        posonly_as_kw.push(ks.as_str().to_string());
                    } else {
                        return Err(type_error(format!(
                            "{} got an unexpected keyword argument '{}'",
                            name(),
                            ks.as_str()
                        )));
                    }
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{} got some positional-only arguments passed as keyword arguments: '{}'",
            name(),
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for missing positional parameters.
    let defaults = func.defaults.borrow().clone();
    let ndefaults = defaults.as_ref().map(|d| d.items.len()).unwrap_or(0);
    let first_default = argcount.saturating_sub(ndefaults);
    let mut missing = Vec::new();
    for (i, slot) in fast.iter_mut().enumerate().take(argcount) {
        if slot.is_none() {
            if i >= first_default {
                if let Some(d) = &defaults {
                    let di = i + ndefaults - argcount;
                    *slot = d.items.get(di).cloned();
                }
            } else {
                missing.push(code.varnames[i].as_str().to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(&name(), &missing, "positional"));
    }
    let kwdefaults = func.kwdefaults.borrow().clone();
    let mut missing = Vec::new();
    for (i, slot) in fast
        .iter_mut()
        .enumerate()
        .take(argcount + kwonly)
        .skip(argcount)
    {
        if slot.is_none() {
            let pname = &code.varnames[i];
            match kwdefaults.as_ref().and_then(|d| d.get_str(pname)) {
                Some(v) => *slot = Some(v),
                None => missing.push(pname.as_str().to_string()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(&name(), &missing, "keyword-only"));
    }
    Ok(())
}

fn missing_error(name: &str, missing: &[String], kind: &str) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let s = if missing.len() == 1 { "" } else { "s" };
    type_error(format!(
        "{} missing {} required {} argument{}: {}",
        name,
        missing.len(),
        kind,
        s,
        list
    ))
}

fn too_many_positional(
    _vm: &mut Vm,
    func: &Function,
    code: &CodeObject,
    given: usize,
    kw: &[(Value, Value)],
    _fast: &[Option<Value>],
) -> PyErr {
    let argcount = code.argcount;
    let ndefaults = func
        .defaults
        .borrow()
        .as_ref()
        .map(|d| d.items.len())
        .unwrap_or(0);
    let min = argcount - ndefaults.min(argcount);
    let takes = if ndefaults > 0 && min != argcount {
        format!("from {} to {} positional arguments", min, argcount)
    } else {
        format!(
            "{} positional argument{}",
            argcount,
            if argcount == 1 { "" } else { "s" }
        )
    };
    let kwonly_given = kw
        .iter()
        .filter(|(k, _)| {
            code.varnames[argcount..argcount + code.kwonlyargcount]
                .iter()
                .any(|n| matches!(k, Value::Str(s) if s.as_str() == n.as_str()))
        })
        .count();
    let given_s = if kwonly_given > 0 {
        format!(
            "{} positional argument{} (and {} keyword-only argument{}) were given",
            given,
            if given == 1 { "" } else { "s" },
            kwonly_given,
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{} {} given",
            given,
            if given == 1 { "was" } else { "were" }
        )
    };
    type_error(format!(
        "{}() takes {} but {}",
        func.qualname.borrow().as_str(),
        takes,
        given_s
    ))
}

impl Vm {
    pub(crate) fn recycle_frame(&mut self, f: Box<Frame>) {
        drop(f);
    }
}

/// A dict of a function frame's bound local variables (what `locals()`
/// returns inside a function: a snapshot, cells read through).
fn fast_locals_snapshot(f: &Frame) -> Rc<Dict> {
    let d = Rc::new(Dict::new());
    for (i, name) in f.code.localsplus.iter().enumerate() {
        let v = match (f.code.slot_kinds[i], &f.fast[i]) {
            (crate::code::SlotKind::Local, Some(v)) => Some(v.clone()),
            (_, Some(Value::Cell(c))) => c.value.borrow().clone(),
            _ => None,
        };
        if let Some(v) = v {
            d.set_str(name.clone(), v);
        }
    }
    d
}
