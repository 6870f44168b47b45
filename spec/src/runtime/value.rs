//! `Value`: one Python object reference, 16 bytes.
//!
//! Small ints (`i64`), floats, bools and the singletons live inline, so the
//! arithmetic that dominates benchmarks never allocates. Everything else is a
//! reference-counted pointer to a typed payload; cloning is one counter
//! increment and there is no dynamic dispatch on clone or drop.

use super::dict::Dict;
use super::object::*;
use super::str::PyStr;
use super::types::Type;
use crate::code::CodeObject;
use num_bigint::BigInt;
use std::rc::Rc;

#[derive(Clone)]
pub enum Value {
    /// The NULL marker of the value stack (the empty `self` slot of a call,
    /// CPython's NULL). Never visible to Python code.
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// An int that fits in 64 bits. Results that do not fit become `BigInt`;
    /// a `BigInt` is never used for a value that fits (the seam is invisible).
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Tuple(Rc<Tuple>),
    List(Rc<List>),
    Dict(Rc<Dict>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Type(Rc<Type>),
    /// Instances of classes (including every exception).
    Instance(Rc<Instance>),
    Range(Rc<Range>),
    Iter(Rc<Iter>),
    Slice(Rc<Slice>),
    Cell(Rc<Cell>),
    Code(Rc<CodeObject>),
    Module(Rc<Module>),
    DictView(Rc<DictView>),
    Property(Rc<Property>),
    StaticMethod(Rc<Wrapped>),
    ClassMethod(Rc<Wrapped>),
    Super(Rc<SuperObj>),
    /// A `__slots__` member descriptor.
    Member(Rc<MemberDescr>),
    Generator(Rc<Generator>),
    Set(Rc<super::set::SetObj>),
    FrozenSet(Rc<super::set::SetObj>),
    Bytes(Rc<Bytes>),
    ByteArray(Rc<ByteArray>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Value {
    #[inline]
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    #[inline]
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(Tuple::new(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(List::new(items)))
    }

    pub fn empty_tuple() -> Value {
        Value::tuple(Vec::new())
    }

    /// An int from a big integer, demoted to the inline form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn from_usize(n: usize) -> Value {
        match i64::try_from(n) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(BigInt::from(n))),
        }
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`). Inline values compare by value as CPython's caches
    /// of small ints and singletons would make them appear; floats and ints
    /// outside CPython's small-int cache are distinct objects there, which
    /// programs must not depend on.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null)
            | (None, None)
            | (NotImplemented, NotImplemented)
            | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (BigInt(a), BigInt(b)) => Rc::ptr_eq(a, b),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b) || (a.items.is_empty() && b.items.is_empty()),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => Rc::ptr_eq(a, b),
            (BoundMethod(a), BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Type(a), Type(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Range(a), Range(b)) => Rc::ptr_eq(a, b),
            (Iter(a), Iter(b)) => Rc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Rc::ptr_eq(a, b),
            (Cell(a), Cell(b)) => Rc::ptr_eq(a, b),
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            (Module(a), Module(b)) => Rc::ptr_eq(a, b),
            (DictView(a), DictView(b)) => Rc::ptr_eq(a, b),
            (Property(a), Property(b)) => Rc::ptr_eq(a, b),
            (StaticMethod(a), StaticMethod(b)) => Rc::ptr_eq(a, b),
            (ClassMethod(a), ClassMethod(b)) => Rc::ptr_eq(a, b),
            (Super(a), Super(b)) => Rc::ptr_eq(a, b),
            (Member(a), Member(b)) => Rc::ptr_eq(a, b),
            (Generator(a), Generator(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) | (FrozenSet(a), FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Bytes(a), Bytes(b)) => Rc::ptr_eq(a, b) || (a.data.is_empty() && b.data.is_empty()),
            (ByteArray(a), ByteArray(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The object's address-like identity, for `id()` and default reprs.
    pub fn identity(&self) -> usize {
        use Value::*;
        match self {
            Null => 0,
            None => 0x1000,
            NotImplemented => 0x1010,
            Ellipsis => 0x1020,
            Bool(b) => 0x1030 + *b as usize * 16,
            Int(i) => 0x2000_0000usize.wrapping_add((*i as usize).wrapping_mul(32)),
            Float(f) => f.to_bits() as usize,
            BigInt(r) => Rc::as_ptr(r) as usize,
            Str(r) => Rc::as_ptr(r) as usize,
            Tuple(r) => Rc::as_ptr(r) as usize,
            List(r) => Rc::as_ptr(r) as usize,
            Dict(r) => Rc::as_ptr(r) as usize,
            Function(r) => Rc::as_ptr(r) as usize,
            Builtin(r) => Rc::as_ptr(r) as usize,
            BoundMethod(r) => Rc::as_ptr(r) as usize,
            Type(r) => Rc::as_ptr(r) as usize,
            Instance(r) => Rc::as_ptr(r) as usize,
            Range(r) => Rc::as_ptr(r) as usize,
            Iter(r) => Rc::as_ptr(r) as usize,
            Slice(r) => Rc::as_ptr(r) as usize,
            Cell(r) => Rc::as_ptr(r) as usize,
            Code(r) => Rc::as_ptr(r) as usize,
            Module(r) => Rc::as_ptr(r) as usize,
            DictView(r) => Rc::as_ptr(r) as usize,
            Property(r) => Rc::as_ptr(r) as usize,
            StaticMethod(r) => Rc::as_ptr(r) as usize,
            ClassMethod(r) => Rc::as_ptr(r) as usize,
            Super(r) => Rc::as_ptr(r) as usize,
            Member(r) => Rc::as_ptr(r) as usize,
            Generator(r) => Rc::as_ptr(r) as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as usize,
            Bytes(r) => Rc::as_ptr(r) as usize,
            ByteArray(r) => Rc::as_ptr(r) as usize,
        }
    }

    /// The string payload, if this is exactly a str.
    #[inline]
    pub fn as_str(&self) -> Option<&PyStr> {
        match self {
            Value::Str(s) => Some(s),
            _ => Option::None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match super::ops::repr_plain(self) {
            Some(s) => f.write_str(&s),
            Option::None => write!(f, "<{}>", super::types::type_of(self).name()),
        }
    }
}

thread_local! {
    /// Serial number of the last NaN created (see [`new_float`]).
    static NAN_SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A float result that CPython would hand back as a new object. In CPython
/// two NaNs are the same object only when one was copied from the other,
/// and identity decides `nan in [nan]`, `list.count`, dict lookups (equality
/// never holds for NaN). Quicken keeps floats inline, so a NaN carries its
/// identity in its payload bits: each operation that creates a NaN gives it
/// a payload no recent NaN has, copies keep it, and [`Value::is`] compares
/// bits. Non-NaN results pass through untouched (one compare on the hot
/// path).
#[inline]
pub fn new_float(x: f64) -> f64 {
    if x.is_nan() {
        fresh_nan(x)
    } else {
        x
    }
}

#[cold]
fn fresh_nan(x: f64) -> f64 {
    const PAYLOAD: u64 = (1 << 51) - 1;
    let serial = NAN_SERIAL.with(|s| {
        let n = s.get().wrapping_add(1);
        s.set(n);
        n
    });
    // Sign, exponent and the quiet bit from `x`, the serial as payload.
    f64::from_bits((x.to_bits() & !PAYLOAD) | (serial & PAYLOAD) | (1 << 51))
}
