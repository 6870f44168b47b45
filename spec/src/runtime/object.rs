//! Payloads of the heap-allocated builtin objects.

use super::dict::Dict;
use super::str::{Name, PyStr};
use super::types::Type;
use super::value::Value;
use crate::code::CodeObject;
use crate::eval::Vm;
use crate::runtime::PyResult;
use std::cell::{Cell as StdCell, RefCell};
use std::rc::Rc;

pub struct Tuple {
    pub items: Box<[Value]>,
}

impl Tuple {
    pub fn new(items: Vec<Value>) -> Tuple {
        Tuple {
            items: items.into_boxed_slice(),
        }
    }
}

pub struct List {
    pub items: RefCell<Vec<Value>>,
}

impl List {
    pub fn new(items: Vec<Value>) -> List {
        List {
            items: RefCell::new(items),
        }
    }
}

/// A Python function: code plus the environment it closes over.
pub struct Function {
    pub code: RefCell<Rc<CodeObject>>,
    pub globals: Rc<Dict>,
    pub builtins: Rc<Dict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub defaults: RefCell<Option<Rc<Tuple>>>,
    pub kwdefaults: RefCell<Option<Rc<Dict>>>,
    pub closure: Option<Rc<Tuple>>,
    pub module: Value,
    /// Covers code, defaults, kwdefaults and closure: any assignment to one of
    /// them gives the function a new version (see SPECIALIZATION.md, gh-117050).
    pub version: StdCell<u32>,
    pub dict: RefCell<Option<Rc<Dict>>>,
}

thread_local! {
    static NEXT_FUNC_VERSION: StdCell<u32> = const { StdCell::new(1) };
}

/// A fresh function version.
pub fn next_function_version() -> u32 {
    NEXT_FUNC_VERSION.with(|n| {
        let v = n.get();
        n.set(v.wrapping_add(1).max(1));
        v
    })
}

/// Keyword arguments passed to a native function: (name, value) pairs.
pub type KwArgs<'a> = &'a [(Value, Value)];

/// The signature of every native (builtin) function and method.
/// Methods receive `self` as `args[0]`.
pub type NativeFn = fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>;

/// A builtin function, or a method descriptor when `owner` is set.
pub struct Builtin {
    pub name: &'static str,
    /// The class a method descriptor belongs to (`list` for `list.append`).
    pub owner: Option<Rc<Type>>,
    pub func: NativeFn,
    /// For classmethod-like natives (`dict.fromkeys`): bind the class, not the instance.
    pub binds_class: bool,
}

/// A method bound to its receiver: `obj.method` outside a call.
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

/// Per-exception state that CPython keeps in the exception object.
#[derive(Default)]
pub struct ExcState {
    pub args: Option<Rc<Tuple>>,
    /// Innermost frame last; printed outermost first.
    pub traceback: Vec<TracebackEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// StopIteration.value, KeyError's key for messages, etc.
    pub value: Option<Value>,
}

#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Rc<CodeObject>,
    /// Index of the instruction that raised.
    pub instr: usize,
}

/// An instance of a class. Exceptions carry an `ExcState`.
pub struct Instance {
    pub class: RefCell<Rc<Type>>,
    /// The instance `__dict__`. Attribute positions in it are stable while
    /// its keys version is, which is what attribute caches key on.
    pub dict: RefCell<Option<Rc<Dict>>>,
    /// Values of `__slots__` members, by index.
    pub slots: RefCell<Vec<Option<Value>>>,
    /// For subclasses of builtin types (int, str, list, ...): the builtin
    /// value this instance extends.
    pub base: Option<Value>,
    pub exc: Option<RefCell<ExcState>>,
}

impl Instance {
    pub fn new(class: Rc<Type>) -> Instance {
        Instance::with_base(class, None)
    }

    /// An instance extending the builtin value `base`.
    pub fn with_base(class: Rc<Type>, base: Option<Value>) -> Instance {
        let is_exc = class.is_exception();
        let nslots = class.nslots.get();
        Instance {
            class: RefCell::new(class),
            dict: RefCell::new(None),
            slots: RefCell::new(vec![None; nslots]),
            base,
            exc: if is_exc {
                Some(RefCell::new(ExcState::default()))
            } else {
                None
            },
        }
    }

    pub fn class(&self) -> Rc<Type> {
        self.class.borrow().clone()
    }

    /// The instance dict, created on first use.
    pub fn dict(&self) -> Rc<Dict> {
        self.dict
            .borrow_mut()
            .get_or_insert_with(|| Rc::new(Dict::new()))
            .clone()
    }
}

pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Bounds that do not fit in 64 bits (then the i64 fields are unused).
    pub big: Option<Box<BigRange>>,
}

/// A range with arbitrary-precision bounds.
pub struct BigRange {
    pub start: num_bigint::BigInt,
    pub stop: num_bigint::BigInt,
    pub step: num_bigint::BigInt,
}

impl BigRange {
    pub fn len(&self) -> num_bigint::BigInt {
        use num_integer::Integer;
        use num_traits::{Signed, Zero};
        let zero = num_bigint::BigInt::zero();
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            return zero;
        }
        (hi - lo - 1u32).div_floor(&step) + 1u32
    }

    pub fn item(&self, i: &num_bigint::BigInt) -> num_bigint::BigInt {
        &self.start + i * &self.step
    }
}

impl Range {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if lo < hi {
                (hi - lo - 1) / step + 1
            } else {
                0
            }
        } else if lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn item(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct Cell {
    pub value: RefCell<Option<Value>>,
}

impl Cell {
    pub fn new(v: Option<Value>) -> Cell {
        Cell {
            value: RefCell::new(v),
        }
    }
}

pub struct Module {
    pub name: Name,
    pub dict: Rc<Dict>,
}

/// What a dict view shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// The state of a builtin iterator.
pub enum IterState {
    List {
        list: Rc<List>,
        index: usize,
    },
    ListReversed {
        list: Rc<List>,
        index: usize,
    },
    Tuple {
        tuple: Rc<Tuple>,
        index: usize,
    },
    Str {
        s: Rc<PyStr>,
        byte_pos: usize,
    },
    BigRange {
        next: num_bigint::BigInt,
        step: num_bigint::BigInt,
        remaining: num_bigint::BigInt,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    ByteArray {
        array: Rc<ByteArray>,
        index: usize,
    },
    Set {
        set: Rc<super::set::SetObj>,
        pos: usize,
        len: usize,
    },
    Dict {
        dict: Rc<Dict>,
        pos: usize,
        len: usize,
        kind: DictViewKind,
    },
    /// Items produced eagerly (reversed(), sorted snapshots, ...).
    Values {
        items: Vec<Value>,
        index: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// Iteration through `__getitem__` with increasing indices.
    SeqGetItem {
        obj: Value,
        index: i64,
    },
    Exhausted,
}

pub struct Iter {
    pub state: RefCell<IterState>,
    /// The Python type name this iterator reports (`list_iterator`, ...).
    pub type_name: &'static str,
}

impl Iter {
    /// A new iterator *value* (not an `Iter`): iterators are always used as values.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(type_name: &'static str, state: IterState) -> Value {
        Value::Iter(Rc::new(Iter {
            state: RefCell::new(state),
            type_name,
        }))
    }
}

/// A dict view (`dict_keys`, `dict_values`, `dict_items`).
pub struct DictView {
    pub dict: Rc<Dict>,
    pub kind: DictViewKind,
}

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// Set by `__set_name__`, for error messages.
    pub name: RefCell<Option<Name>>,
}

/// The callable inside a `staticmethod` or `classmethod`.
pub struct Wrapped {
    pub func: Value,
}

/// A `super(thisclass, obj)` object.
pub struct SuperObj {
    pub thisclass: Rc<Type>,
    /// The instance (or class) the lookup binds to.
    pub obj: Value,
    /// The type whose MRO is searched (type(obj), or obj itself for a class).
    pub obj_type: Rc<Type>,
}

/// A `__slots__` entry: reads and writes slot `index` of instances.
pub struct MemberDescr {
    pub name: Name,
    pub index: usize,
    /// The class that declared the slot, by name (for messages; no cycle).
    pub owner_name: Name,
    pub owner: std::rc::Weak<Type>,
}

/// Where a generator is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

/// A generator: a suspended frame.
pub struct Generator {
    pub frame: RefCell<Option<Box<crate::eval::Frame>>>,
    pub state: std::cell::Cell<GenState>,
    pub name: Name,
    pub qualname: Rc<PyStr>,
    /// The iterator a `yield from` is currently delegating to.
    pub delegate: RefCell<Option<Value>>,
}

/// An immutable `bytes` object (hash cached as for str).
pub struct Bytes {
    pub data: Box<[u8]>,
    pub hash: StdCell<i64>,
}

impl Bytes {
    pub fn new(data: Vec<u8>) -> Bytes {
        Bytes {
            data: data.into_boxed_slice(),
            hash: StdCell::new(-1),
        }
    }

    /// CPython's bytes hash under PYTHONHASHSEED=0: SipHash-1-3 of the bytes.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = if self.data.is_empty() {
            0
        } else {
            use std::hash::Hasher;
            let mut s = siphasher::sip::SipHasher13::new_with_keys(0, 0);
            s.write(&self.data);
            let v = s.finish() as i64;
            if v == -1 {
                -2
            } else {
                v
            }
        };
        self.hash.set(h);
        h
    }
}

/// A mutable `bytearray`.
pub struct ByteArray {
    pub data: RefCell<Vec<u8>>,
}

impl ByteArray {
    pub fn new(data: Vec<u8>) -> ByteArray {
        ByteArray {
            data: RefCell::new(data),
        }
    }
}
