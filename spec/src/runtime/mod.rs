//! The object model shared by the reference evaluator and the specializing
//! interpreter: values, builtin objects, types, and the data-model operations
//! (the generic meaning of every operator) as plain functions.

pub mod class;
pub mod dict;
pub mod exceptions;
pub mod int;
pub mod object;
pub mod ops;
pub mod set;
pub mod settable;
pub mod str;
pub mod types;
pub mod value;

pub use dict::Dict;
pub use exceptions::PyErr;
pub use object::*;
pub use str::{intern, Name, PyStr};
pub use types::{type_name, type_of, types, Type};
pub use value::Value;

/// Every fallible runtime operation returns this; the error is a Python
/// exception object.
pub type PyResult<T> = Result<T, PyErr>;
