//! Type objects, the builtin types, and version tags.
//!
//! A type's *version tag* is a number that identifies the current state of the
//! type and all its bases: attribute caches record it and compare it instead
//! of repeating a lookup. It is handed out lazily and dropped (set to 0) when
//! the type or any base is mutated, so every cache keyed on the old version
//! misses from then on.

use super::dict::Dict;
use super::str::{intern, Name, PyStr};
use super::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// Which native payload instances of a type carry (CPython: the C layout).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    Bytes,
    ByteArray,
    NoneType,
    Other,
    Exception,
}

pub struct Type {
    pub name: Name,
    pub qualname: RefCell<Name>,
    pub module: Name,
    pub bases: RefCell<Vec<Rc<Type>>>,
    /// The method resolution order, excluding the type itself.
    pub mro: RefCell<Vec<Rc<Type>>>,
    pub dict: Dict,
    pub version: Cell<u32>,
    pub layout: Layout,
    /// Builtin types cannot be mutated and have no version churn.
    pub is_heap: bool,
    /// Whether the type may be subclassed (bool, NoneType... may not).
    pub is_basetype: bool,
    pub subclasses: RefCell<Vec<Weak<Type>>>,
    /// The metaclass, when it is not `type`.
    pub meta: RefCell<Option<Rc<Type>>>,
    /// Number of `__slots__` values instances carry (own and inherited).
    pub nslots: Cell<usize>,
    /// Whether instances have a `__dict__` (false for pure `__slots__` classes).
    pub has_dict: Cell<bool>,
}

thread_local! {
    static NEXT_TYPE_VERSION: Cell<u32> = const { Cell::new(1) };
}

impl Type {
    pub fn new_builtin(
        name: &str,
        bases: Vec<Rc<Type>>,
        layout: Layout,
        is_basetype: bool,
    ) -> Rc<Type> {
        let module = intern("builtins");
        Type::new(name, module, bases, layout, false, is_basetype)
    }

    pub fn new(
        name: &str,
        module: Name,
        bases: Vec<Rc<Type>>,
        layout: Layout,
        is_heap: bool,
        is_basetype: bool,
    ) -> Rc<Type> {
        let mro = compute_mro_simple(&bases);
        let t = Rc::new(Type {
            name: intern(name),
            qualname: RefCell::new(intern(name)),
            module,
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(mro),
            dict: Dict::new(),
            version: Cell::new(0),
            layout,
            is_heap,
            is_basetype,
            subclasses: RefCell::new(Vec::new()),
            meta: RefCell::new(None),
            nslots: Cell::new(0),
            has_dict: Cell::new(true),
        });
        for b in &bases {
            b.subclasses.borrow_mut().push(Rc::downgrade(&t));
        }
        t
    }

    pub fn name(&self) -> &str {
        self.name.as_str()
    }

    /// The version tag for a cache to record, assigned on first request.
    pub fn version(&self) -> u32 {
        let v = self.version.get();
        if v != 0 {
            return v;
        }
        let v = NEXT_TYPE_VERSION.with(|n| {
            let v = n.get();
            n.set(v.wrapping_add(1).max(1));
            v
        });
        self.version.set(v);
        v
    }

    /// Invalidate this type's version and every subclass's.
    pub fn modified(&self) {
        if self.version.get() == 0 && !self.is_heap {
            return;
        }
        self.version.set(0);
        let subs: Vec<Rc<Type>> = self
            .subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        for s in subs {
            s.modified();
        }
    }

    /// Look an attribute up along the MRO (the type's own dict first).
    pub fn lookup(&self, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for t in self.mro.borrow().iter() {
            if let Some(v) = t.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// Whether `self` is `other` or a subclass of it.
    pub fn is_subtype(&self, other: &Type) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        self.mro.borrow().iter().any(|t| std::ptr::eq(&**t, other))
    }

    pub fn is_exception(&self) -> bool {
        self.layout == Layout::Exception
    }

    /// Set a class attribute (invalidates versions).
    pub fn set_attr(&self, name: Name, value: Value) {
        self.dict.set_str(name, value);
        self.modified();
    }
}

/// MRO for single inheritance and simple multiple inheritance; C3 proper
/// is computed by the class machinery, which overwrites this.
fn compute_mro_simple(bases: &[Rc<Type>]) -> Vec<Rc<Type>> {
    let mut out: Vec<Rc<Type>> = Vec::new();
    for b in bases {
        for t in std::iter::once(b.clone()).chain(b.mro.borrow().iter().cloned()) {
            if !out.iter().any(|o| Rc::ptr_eq(o, &t)) {
                out.push(t);
            }
        }
    }
    out
}

/// The builtin types of one interpreter thread.
pub struct BuiltinTypes {
    pub object: Rc<Type>,
    pub type_: Rc<Type>,
    pub int: Rc<Type>,
    pub bool_: Rc<Type>,
    pub float: Rc<Type>,
    pub str_: Rc<Type>,
    pub list: Rc<Type>,
    pub tuple: Rc<Type>,
    pub dict: Rc<Type>,
    pub none: Rc<Type>,
    pub not_implemented: Rc<Type>,
    pub ellipsis: Rc<Type>,
    pub function: Rc<Type>,
    pub builtin_function: Rc<Type>,
    pub method: Rc<Type>,
    pub method_descriptor: Rc<Type>,
    pub range: Rc<Type>,
    pub slice: Rc<Type>,
    pub cell: Rc<Type>,
    pub code: Rc<Type>,
    pub module: Rc<Type>,
    pub dict_keys: Rc<Type>,
    pub dict_values: Rc<Type>,
    pub dict_items: Rc<Type>,
    pub enumerate: Rc<Type>,
    pub zip: Rc<Type>,
    pub map: Rc<Type>,
    pub filter: Rc<Type>,
    pub reversed: Rc<Type>,
    pub property: Rc<Type>,
    pub staticmethod: Rc<Type>,
    pub classmethod: Rc<Type>,
    pub super_: Rc<Type>,
    pub member_descriptor: Rc<Type>,
    pub generator: Rc<Type>,
    pub set: Rc<Type>,
    pub frozenset: Rc<Type>,
    pub bytes: Rc<Type>,
    pub bytearray: Rc<Type>,
    /// Iterator types looked up by their Python name.
    pub iterators: Vec<Rc<Type>>,
    /// Every builtin exception class, by name.
    pub exceptions: Vec<Rc<Type>>,
    pub exc: ExceptionTypes,
}

/// The exception classes the runtime raises itself.
pub struct ExceptionTypes {
    pub base_exception: Rc<Type>,
    pub exception: Rc<Type>,
    pub arithmetic_error: Rc<Type>,
    pub assertion_error: Rc<Type>,
    pub attribute_error: Rc<Type>,
    pub index_error: Rc<Type>,
    pub key_error: Rc<Type>,
    pub lookup_error: Rc<Type>,
    pub memory_error: Rc<Type>,
    pub name_error: Rc<Type>,
    pub unbound_local_error: Rc<Type>,
    pub not_implemented_error: Rc<Type>,
    pub overflow_error: Rc<Type>,
    pub recursion_error: Rc<Type>,
    pub runtime_error: Rc<Type>,
    pub stop_iteration: Rc<Type>,
    pub syntax_error: Rc<Type>,
    pub indentation_error: Rc<Type>,
    pub tab_error: Rc<Type>,
    pub system_exit: Rc<Type>,
    pub type_error: Rc<Type>,
    pub value_error: Rc<Type>,
    pub zero_division_error: Rc<Type>,
    pub import_error: Rc<Type>,
    pub module_not_found_error: Rc<Type>,
    pub unicode_decode_error: Rc<Type>,
    pub generator_exit: Rc<Type>,
    pub keyboard_interrupt: Rc<Type>,
}

const ITERATOR_NAMES: &[&str] = &[
    "bytes_iterator",
    "bytearray_iterator",
    "set_iterator",
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "range_iterator",
    "longrange_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "iterator",
    "callable_iterator",
];

/// (name, base) of every builtin exception, parents first.
const EXCEPTION_TREE: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

impl BuiltinTypes {
    fn new() -> BuiltinTypes {
        let object = Type::new_builtin("object", vec![], Layout::Object, true);
        // `object()` instances have no __dict__; heap classes re-enable it.
        object.has_dict.set(false);
        let b = |name: &str, layout: Layout, basetype: bool| {
            Type::new_builtin(name, vec![object.clone()], layout, basetype)
        };
        let int = b("int", Layout::Int, true);
        let bool_ = Type::new_builtin("bool", vec![int.clone()], Layout::Bool, false);
        let mut exceptions: Vec<Rc<Type>> = Vec::new();
        for (name, base) in EXCEPTION_TREE {
            let bases = if base.is_empty() {
                vec![object.clone()]
            } else {
                vec![exceptions
                    .iter()
                    .find(|t| t.name() == *base)
                    .expect("parent first")
                    .clone()]
            };
            exceptions.push(Type::new_builtin(name, bases, Layout::Exception, true));
        }
        let e = |name: &str| {
            exceptions
                .iter()
                .find(|t| t.name() == name)
                .expect("known exception")
                .clone()
        };
        let exc = ExceptionTypes {
            base_exception: e("BaseException"),
            exception: e("Exception"),
            arithmetic_error: e("ArithmeticError"),
            assertion_error: e("AssertionError"),
            attribute_error: e("AttributeError"),
            index_error: e("IndexError"),
            key_error: e("KeyError"),
            lookup_error: e("LookupError"),
            memory_error: e("MemoryError"),
            name_error: e("NameError"),
            unbound_local_error: e("UnboundLocalError"),
            not_implemented_error: e("NotImplementedError"),
            overflow_error: e("OverflowError"),
            recursion_error: e("RecursionError"),
            runtime_error: e("RuntimeError"),
            stop_iteration: e("StopIteration"),
            syntax_error: e("SyntaxError"),
            indentation_error: e("IndentationError"),
            tab_error: e("TabError"),
            system_exit: e("SystemExit"),
            type_error: e("TypeError"),
            value_error: e("ValueError"),
            zero_division_error: e("ZeroDivisionError"),
            import_error: e("ImportError"),
            module_not_found_error: e("ModuleNotFoundError"),
            unicode_decode_error: e("UnicodeDecodeError"),
            generator_exit: e("GeneratorExit"),
            keyboard_interrupt: e("KeyboardInterrupt"),
        };
        BuiltinTypes {
            type_: b("type", Layout::Other, true),
            float: b("float", Layout::Float, true),
            str_: b("str", Layout::Str, true),
            list: b("list", Layout::List, true),
            tuple: b("tuple", Layout::Tuple, true),
            dict: b("dict", Layout::Dict, true),
            none: b("NoneType", Layout::NoneType, false),
            not_implemented: b("NotImplementedType", Layout::Other, false),
            ellipsis: b("ellipsis", Layout::Other, false),
            function: b("function", Layout::Other, false),
            builtin_function: b("builtin_function_or_method", Layout::Other, false),
            method: b("method", Layout::Other, false),
            method_descriptor: b("method_descriptor", Layout::Other, false),
            range: b("range", Layout::Other, false),
            slice: b("slice", Layout::Other, false),
            cell: b("cell", Layout::Other, false),
            code: b("code", Layout::Other, false),
            module: b("module", Layout::Other, true),
            dict_keys: b("dict_keys", Layout::Other, false),
            dict_values: b("dict_values", Layout::Other, false),
            dict_items: b("dict_items", Layout::Other, false),
            enumerate: b("enumerate", Layout::Other, true),
            zip: b("zip", Layout::Other, true),
            map: b("map", Layout::Other, true),
            filter: b("filter", Layout::Other, true),
            reversed: b("reversed", Layout::Other, true),
            property: b("property", Layout::Other, true),
            staticmethod: b("staticmethod", Layout::Other, true),
            classmethod: b("classmethod", Layout::Other, true),
            super_: b("super", Layout::Other, true),
            member_descriptor: b("member_descriptor", Layout::Other, false),
            generator: b("generator", Layout::Other, false),
            set: b("set", Layout::Set, true),
            frozenset: b("frozenset", Layout::Set, true),
            bytes: b("bytes", Layout::Bytes, true),
            bytearray: b("bytearray", Layout::ByteArray, true),
            iterators: ITERATOR_NAMES
                .iter()
                .map(|n| b(n, Layout::Other, false))
                .collect(),
            int,
            bool_,
            object,
            exceptions,
            exc,
        }
    }

    /// An iterator type by its Python name.
    pub fn iterator(&self, name: &str) -> Rc<Type> {
        self.iterators
            .iter()
            .chain([
                &self.enumerate,
                &self.zip,
                &self.map,
                &self.filter,
                &self.reversed,
            ])
            .find(|t| t.name() == name)
            .cloned()
            .unwrap_or_else(|| self.iterators[ITERATOR_NAMES.len() - 2].clone())
    }
}

thread_local! {
    static TYPES: &'static BuiltinTypes = {
        let types: &'static BuiltinTypes = Box::leak(Box::new(BuiltinTypes::new()));
        crate::builtins::install_methods(types);
        types
    };
}

/// The builtin types of this thread. They are created once per thread and
/// never mutated after their methods are installed, so sharing them between
/// programs run on the same thread is safe.
#[inline]
pub fn types() -> &'static BuiltinTypes {
    TYPES.with(|t| *t)
}

/// `type(v)`.
pub fn type_of(v: &Value) -> Rc<Type> {
    let t = types();
    match v {
        Value::None | Value::Null => t.none.clone(),
        Value::NotImplemented => t.not_implemented.clone(),
        Value::Ellipsis => t.ellipsis.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) | Value::BigInt(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Str(_) => t.str_.clone(),
        Value::Tuple(_) => t.tuple.clone(),
        Value::List(_) => t.list.clone(),
        Value::Dict(_) => t.dict.clone(),
        Value::Function(_) => t.function.clone(),
        Value::Builtin(b) => {
            if b.owner.is_some() {
                t.method_descriptor.clone()
            } else {
                t.builtin_function.clone()
            }
        }
        Value::BoundMethod(m) => match &m.func {
            Value::Builtin(_) => t.builtin_function.clone(),
            _ => t.method.clone(),
        },
        Value::Type(ty) => ty.meta.borrow().clone().unwrap_or_else(|| t.type_.clone()),
        Value::Instance(i) => i.class(),
        Value::Range(_) => t.range.clone(),
        Value::Iter(it) => t.iterator(it.type_name),
        Value::Slice(_) => t.slice.clone(),
        Value::Cell(_) => t.cell.clone(),
        Value::Code(_) => t.code.clone(),
        Value::Module(_) => t.module.clone(),
        Value::DictView(v) => match v.kind {
            super::object::DictViewKind::Keys => t.dict_keys.clone(),
            super::object::DictViewKind::Values => t.dict_values.clone(),
            super::object::DictViewKind::Items => t.dict_items.clone(),
        },
        Value::Property(_) => t.property.clone(),
        Value::StaticMethod(_) => t.staticmethod.clone(),
        Value::ClassMethod(_) => t.classmethod.clone(),
        Value::Super(_) => t.super_.clone(),
        Value::Member(_) => t.member_descriptor.clone(),
        Value::Generator(_) => t.generator.clone(),
        Value::Set(_) => t.set.clone(),
        Value::FrozenSet(_) => t.frozenset.clone(),
        Value::Bytes(_) => t.bytes.clone(),
        Value::ByteArray(_) => t.bytearray.clone(),
    }
}

/// `type(v).__name__` without cloning the type.
pub fn type_name(v: &Value) -> Name {
    type_of(v).name.clone()
}
