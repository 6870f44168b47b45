//! Python exceptions as Rust errors.

use super::object::{Instance, Tuple};
use super::types::{types, Type};
use super::value::Value;
use std::rc::Rc;

/// A raised Python exception: always an instance of a BaseException subclass.
#[derive(Clone)]
pub struct PyErr {
    pub exc: Rc<Instance>,
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.type_name(), self.message_plain())
    }
}

impl PyErr {
    /// An exception of class `ty` with `args`.
    pub fn with_args(ty: &Rc<Type>, args: Vec<Value>) -> PyErr {
        let inst = Instance::new(ty.clone());
        if let Some(state) = &inst.exc {
            state.borrow_mut().args = Some(Rc::new(Tuple::new(args)));
        }
        PyErr { exc: Rc::new(inst) }
    }

    /// An exception of class `ty` with one message argument.
    pub fn new(ty: &Rc<Type>, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(ty, vec![Value::string(msg.into())])
    }

    pub fn from_value(v: &Value) -> Option<PyErr> {
        match v {
            Value::Instance(i) if i.exc.is_some() => Some(PyErr { exc: i.clone() }),
            _ => None,
        }
    }

    pub fn value(&self) -> Value {
        Value::Instance(self.exc.clone())
    }

    pub fn class(&self) -> Rc<Type> {
        self.exc.class()
    }

    pub fn type_name(&self) -> String {
        self.class().name().to_string()
    }

    pub fn is_instance(&self, ty: &Rc<Type>) -> bool {
        self.class().is_subtype(ty)
    }

    /// The exception's arguments.
    pub fn args(&self) -> Rc<Tuple> {
        self.exc
            .exc
            .as_ref()
            .and_then(|s| s.borrow().args.clone())
            .unwrap_or_else(|| Rc::new(Tuple::new(Vec::new())))
    }

    /// `str(exc)` for exceptions whose args are plain builtin values; used
    /// where no VM is at hand (Debug output). The VM's str() is authoritative.
    pub fn message_plain(&self) -> String {
        let args = self.args();
        match args.items.len() {
            0 => String::new(),
            1 => match &args.items[0] {
                Value::Str(s) if !self.is_instance(&types().exc.key_error) => {
                    s.as_str().to_string()
                }
                v => super::ops::repr_plain(v).unwrap_or_default(),
            },
            _ => super::ops::repr_plain(&Value::Tuple(args.clone())).unwrap_or_default(),
        }
    }
}

/// Shorthands for the exceptions the runtime raises, with CPython's messages
/// supplied by the caller.
macro_rules! raisers {
    ($($fn:ident => $field:ident),* $(,)?) => {
        $(
            pub fn $fn(msg: impl Into<String>) -> PyErr {
                PyErr::new(&types().exc.$field, msg)
            }
        )*
    };
}

raisers! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    name_error => name_error,
    attribute_error => attribute_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    unbound_local_error => unbound_local_error,
    assertion_error => assertion_error,
    not_implemented_error => not_implemented_error,
    syntax_error => syntax_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
}

/// MemoryError; CPython raises it with no arguments (`MemoryError()`), so
/// an empty message gives none.
pub fn memory_error(msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    if msg.is_empty() {
        PyErr::with_args(&types().exc.memory_error, Vec::new())
    } else {
        PyErr::new(&types().exc.memory_error, msg)
    }
}

/// KeyError carries the key itself as its argument.
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(&types().exc.key_error, vec![key])
}

/// StopIteration with a value.
pub fn stop_iteration(value: Option<Value>) -> PyErr {
    let args = value.map(|v| vec![v]).unwrap_or_default();
    PyErr::with_args(&types().exc.stop_iteration, args)
}
