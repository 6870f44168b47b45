//! The specializer: given a family head about to run on these operands,
//! choose the form that will be right for them (and, as far as its guards
//! can tell, for the operands that follow) and fill in its caches, or say
//! why there is none.
//!
//! A form may only be chosen when its fast action equals the generic
//! meaning for every operand its guards accept. The guards check versions;
//! the decisions here are what those versions pin.

use super::cache::{set_object, set_unit};
use quicken_spec::code::flags as code_flags;
use quicken_spec::eval::{Frame, Vm};
use quicken_spec::instructions::{BinOp, CmpOp, Opcode};
use quicken_spec::runtime::object::IterState;
use quicken_spec::runtime::types::Layout;
use quicken_spec::runtime::*;
use std::rc::Rc;

/// Why a head stays generic (the failure kinds of `quicken stats`).
pub type Failure = &'static str;

/// Builtin functions that take keywords in CPython (METH_FASTCALL |
/// METH_KEYWORDS): their calls without keywords are BUILTIN_FAST_WITH_KEYWORDS.
const KEYWORD_BUILTINS: &[&str] = &[
    "print",
    "sorted",
    "max",
    "min",
    "sum",
    "round",
    "pow",
    "compile",
    "__import__",
    "__build_class__",
];

/// Methods of builtin types that take keywords in CPython.
const KEYWORD_METHODS: &[&str] = &[
    "sort",
    "split",
    "rsplit",
    "splitlines",
    "encode",
    "decode",
    "expandtabs",
    "to_bytes",
    "format",
    "hex",
];

/// Builtins that read the caller's namespaces: the generic call records
/// them first, so no form may call them directly.
const NAMESPACE_BUILTINS: &[&str] = &["globals", "locals", "vars", "dir", "exec", "eval"];

pub fn specialize(
    vm: &mut Vm,
    f: &Frame,
    ip: usize,
    head: Opcode,
    arg: u32,
) -> Result<Opcode, Failure> {
    use Opcode::*;
    match head {
        BINARY_OP => binary_op(f, ip, arg),
        COMPARE_OP => compare_op(f, arg),
        CONTAINS_OP => match f.peek(1) {
            Value::Set(_) | Value::FrozenSet(_) => Ok(CONTAINS_OP_SET),
            Value::Dict(_) => Ok(CONTAINS_OP_DICT),
            _ => Err("container type"),
        },
        BINARY_SUBSCR => binary_subscr(f, ip),
        STORE_SUBSCR => match (f.peek(2), f.peek(1)) {
            (Value::List(l), Value::Int(i))
                if *i >= 0 && (*i as usize) < l.items.borrow().len() =>
            {
                Ok(STORE_SUBSCR_LIST_INT)
            }
            (Value::List(_), _) => Err("list index"),
            (Value::Dict(_), _) => Ok(STORE_SUBSCR_DICT),
            _ => Err("container type"),
        },
        TO_BOOL => to_bool(vm, f, ip),
        UNPACK_SEQUENCE => match f.peek(1) {
            Value::Tuple(t) if t.items.len() == arg as usize => Ok(if arg == 2 {
                UNPACK_SEQUENCE_TWO_TUPLE
            } else {
                UNPACK_SEQUENCE_TUPLE
            }),
            Value::List(l) if l.items.borrow().len() == arg as usize => Ok(UNPACK_SEQUENCE_LIST),
            Value::Tuple(_) | Value::List(_) => Err("length"),
            _ => Err("sequence type"),
        },
        LOAD_GLOBAL => load_global(f, ip, arg),
        LOAD_ATTR => load_attr(vm, f, ip, arg),
        STORE_ATTR => store_attr(vm, f, ip, arg),
        LOAD_SUPER_ATTR => match (f.peek(3), f.peek(2)) {
            (Value::Type(s), Value::Type(_)) if Rc::ptr_eq(s, &types().super_) => {
                Ok(if arg & 1 != 0 {
                    LOAD_SUPER_ATTR_METHOD
                } else {
                    LOAD_SUPER_ATTR_ATTR
                })
            }
            (Value::Type(s), _) if Rc::ptr_eq(s, &types().super_) => Err("class argument type"),
            _ => Err("super shadowed"),
        },
        CALL => call(f, ip, arg),
        FOR_ITER => match f.peek(1) {
            Value::Iter(it) => match &*it.state.borrow() {
                IterState::List { .. } => Ok(FOR_ITER_LIST),
                IterState::Tuple { .. } => Ok(FOR_ITER_TUPLE),
                IterState::Range { .. } => Ok(FOR_ITER_RANGE),
                _ => Err("iterator kind"),
            },
            Value::Generator(_) => Ok(FOR_ITER_GEN),
            _ => Err("iterator type"),
        },
        SEND => match f.peek(2) {
            Value::Generator(_) => Ok(SEND_GEN),
            _ => Err("receiver type"),
        },
        _ => Err("not adaptive"),
    }
}

fn binary_op(f: &Frame, ip: usize, arg: u32) -> Result<Opcode, Failure> {
    use Opcode::*;
    let (op, _) = BinOp::from_oparg(arg).ok_or("bad oparg")?;
    match (f.peek(2), f.peek(1), op) {
        (Value::Int(_), Value::Int(_), BinOp::Add) => Ok(BINARY_OP_ADD_INT),
        (Value::Int(_), Value::Int(_), BinOp::Subtract) => Ok(BINARY_OP_SUBTRACT_INT),
        (Value::Int(_), Value::Int(_), BinOp::Multiply) => Ok(BINARY_OP_MULTIPLY_INT),
        (Value::Int(_), Value::Int(_), BinOp::FloorDivide) => Ok(BINARY_OP_FLOOR_DIVIDE_INT),
        (Value::Int(_), Value::Int(_), BinOp::Remainder) => Ok(BINARY_OP_REMAINDER_INT),
        (Value::Int(_), Value::Int(_), _) => Err("int operator"),
        (Value::Float(_), Value::Float(_), BinOp::Add) => Ok(BINARY_OP_ADD_FLOAT),
        (Value::Float(_), Value::Float(_), BinOp::Subtract) => Ok(BINARY_OP_SUBTRACT_FLOAT),
        (Value::Float(_), Value::Float(_), BinOp::Multiply) => Ok(BINARY_OP_MULTIPLY_FLOAT),
        (Value::Float(_), Value::Float(_), _) => Err("float operator"),
        (Value::Str(a), Value::Str(_), BinOp::Add) => {
            // `s += t` / `s = s + t` into the local holding s.
            let store = f.code.adaptive.instrs.get(ip + 2).map(|c| c.get());
            let into_same_local = match store {
                Some(s)
                    if s.op.family() == STORE_FAST
                        || s.op == STORE_FAST_LOAD_FAST
                        || s.op == STORE_FAST_STORE_FAST =>
                {
                    matches!(f.fast.get(s.arg as usize), Some(Some(Value::Str(l))) if Rc::ptr_eq(l, a))
                }
                _ => false,
            };
            Ok(if into_same_local {
                BINARY_OP_INPLACE_ADD_UNICODE
            } else {
                BINARY_OP_ADD_UNICODE
            })
        }
        (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_), _) => {
            Err("mixed int and float")
        }
        _ => Err("operand types"),
    }
}

fn compare_op(f: &Frame, arg: u32) -> Result<Opcode, Failure> {
    use Opcode::*;
    match (f.peek(2), f.peek(1)) {
        (Value::Int(_), Value::Int(_)) => Ok(COMPARE_OP_INT),
        (Value::Float(_), Value::Float(_)) => Ok(COMPARE_OP_FLOAT),
        (Value::Str(_), Value::Str(_)) => match CmpOp::from_oparg(arg) {
            Some(CmpOp::Eq | CmpOp::Ne) => Ok(COMPARE_OP_STR),
            _ => Err("str ordering"),
        },
        _ => Err("operand types"),
    }
}

fn binary_subscr(f: &Frame, ip: usize) -> Result<Opcode, Failure> {
    use Opcode::*;
    match (f.peek(2), f.peek(1)) {
        (Value::List(_), Value::Int(_)) => Ok(BINARY_SUBSCR_LIST_INT),
        (Value::Tuple(_), Value::Int(_)) => Ok(BINARY_SUBSCR_TUPLE_INT),
        (Value::Str(s), Value::Int(_)) if s.is_ascii() => Ok(BINARY_SUBSCR_STR_INT),
        (Value::Dict(_), _) => Ok(BINARY_SUBSCR_DICT),
        (Value::Instance(inst), _) => {
            let cls = inst.class();
            if cls.meta.borrow().is_some() || cls.layout != Layout::Object {
                return Err("class kind");
            }
            match cls.lookup(&intern("__getitem__")) {
                Some(Value::Function(getitem)) => {
                    set_unit(f, ip, 1, cls.version());
                    set_object(f, ip, 0, Value::Function(getitem));
                    Ok(BINARY_SUBSCR_GETITEM)
                }
                _ => Err("__getitem__ kind"),
            }
        }
        (Value::List(_) | Value::Tuple(_) | Value::Str(_), _) => Err("index type"),
        _ => Err("container type"),
    }
}

fn to_bool(vm: &mut Vm, f: &Frame, ip: usize) -> Result<Opcode, Failure> {
    use Opcode::*;
    match f.peek(1) {
        Value::Bool(_) => Ok(TO_BOOL_BOOL),
        Value::Int(_) => Ok(TO_BOOL_INT),
        Value::List(_) => Ok(TO_BOOL_LIST),
        Value::None => Ok(TO_BOOL_NONE),
        Value::Str(_) => Ok(TO_BOOL_STR),
        owner @ Value::Instance(inst) => {
            let cls = inst.class();
            if !matches!(cls.layout, Layout::Object | Layout::Exception) {
                return Err("builtin subclass");
            }
            if vm.user_special(owner, "__bool__").is_some()
                || vm.user_special(owner, "__len__").is_some()
            {
                return Err("__bool__ or __len__");
            }
            set_unit(f, ip, 1, cls.version());
            Ok(TO_BOOL_ALWAYS_TRUE)
        }
        _ => Err("operand type"),
    }
}

fn load_global(f: &Frame, ip: usize, arg: u32) -> Result<Opcode, Failure> {
    let name = &f.code.names[(arg >> 1) as usize];
    if let Some(pos) = f.globals.position_str(name) {
        set_unit(f, ip, 1, f.globals.keys_version());
        set_unit(f, ip, 3, pos as u32);
        return Ok(Opcode::LOAD_GLOBAL_MODULE);
    }
    if let Some(pos) = f.builtins.position_str(name) {
        set_unit(f, ip, 1, f.globals.keys_version());
        set_unit(f, ip, 2, f.builtins.keys_version());
        set_unit(f, ip, 3, pos as u32);
        return Ok(Opcode::LOAD_GLOBAL_BUILTIN);
    }
    Err("name not found")
}

/// A class attribute whose lookup result is the attribute itself: no
/// `__get__` now, and none later while the class version holds (a user
/// object could gain `__get__` through its own class, so none qualify).
fn is_plain(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Tuple(_)
            | Value::Bytes(_)
            | Value::FrozenSet(_)
            | Value::Type(_)
    )
}

/// What a class attribute does to instance attribute access, as far as the
/// attribute caches care.
enum ClassAttr {
    /// Absent, or a value that instance dicts shadow and that has no
    /// `__get__` that could turn it into a data descriptor.
    Shadowable(Option<Value>),
    /// A Python function: a method.
    Method(Value),
    Other,
}

fn classify(descr: Option<Value>) -> ClassAttr {
    match descr {
        None => ClassAttr::Shadowable(None),
        Some(v @ Value::Function(_)) => ClassAttr::Method(v),
        Some(v) if is_plain(&v) => ClassAttr::Shadowable(Some(v)),
        // Builtin methods, static and class methods are non-data
        // descriptors whose behaviour is fixed: an instance dict shadows them.
        Some(Value::Builtin(_) | Value::StaticMethod(_) | Value::ClassMethod(_)) => {
            ClassAttr::Shadowable(None)
        }
        Some(_) => ClassAttr::Other,
    }
}

fn load_attr(vm: &mut Vm, f: &Frame, ip: usize, arg: u32) -> Result<Opcode, Failure> {
    use Opcode::*;
    let name = f.code.names[(arg >> 1) as usize].clone();
    let method = arg & 1 != 0;
    let owner = f.peek(1);
    match owner {
        Value::Module(m) => {
            let pos = m
                .dict
                .position_str(&name)
                .ok_or("module attribute missing")?;
            set_unit(f, ip, 1, m.dict.keys_version());
            set_unit(f, ip, 2, pos as u32);
            Ok(LOAD_ATTR_MODULE)
        }
        Value::Type(t) => {
            if t.meta.borrow().is_some() {
                return Err("metaclass");
            }
            if name.as_str().starts_with("__") {
                return Err("special name");
            }
            match t.lookup(&name) {
                Some(v) if is_plain(&v) || matches!(v, Value::Function(_)) => {
                    set_unit(f, ip, 1, t.version());
                    set_object(f, ip, 0, v);
                    Ok(LOAD_ATTR_CLASS)
                }
                Some(_) => Err("class attribute kind"),
                None => Err("class attribute missing"),
            }
        }
        Value::Instance(inst) => load_attr_instance(vm, f, ip, owner, inst, &name, method),
        Value::Function(_) | Value::Super(_) | Value::Null => Err("owner type"),
        other => {
            // A builtin type's value: only method loads are specialized.
            if !method {
                return Err("builtin attribute");
            }
            let ty = type_of(other);
            match ty.lookup(&name) {
                Some(b @ Value::Builtin(_)) if matches!(&b, Value::Builtin(x) if x.owner.is_some() && !x.binds_class) =>
                {
                    set_unit(f, ip, 1, ty.version());
                    set_object(f, ip, 0, b);
                    Ok(LOAD_ATTR_METHOD_NO_DICT)
                }
                _ => Err("builtin attribute"),
            }
        }
    }
}

fn load_attr_instance(
    vm: &mut Vm,
    f: &Frame,
    ip: usize,
    owner: &Value,
    inst: &Instance,
    name: &Name,
    method: bool,
) -> Result<Opcode, Failure> {
    use Opcode::*;
    let cls = inst.class();
    if cls.layout != Layout::Object {
        return Err("builtin or exception subclass");
    }
    if matches!(name.as_str(), "__class__" | "__dict__") {
        return Err("special name");
    }
    if let Some(ga) = vm.user_special(owner, "__getattribute__") {
        return match ga {
            Value::Function(func)
                if !method
                    && !func.code.borrow().is_generator()
                    && cls.lookup(&intern("__getattr__")).is_none() =>
            {
                set_unit(f, ip, 1, cls.version());
                set_unit(f, ip, 3, func.version.get());
                set_object(f, ip, 0, Value::Function(func));
                Ok(LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN)
            }
            _ => Err("__getattribute__ overridden"),
        };
    }
    let descr = cls.lookup(name);
    match &descr {
        Some(Value::Property(p)) => {
            // An AttributeError from the getter falls back to __getattr__
            // on the generic path, which a pushed frame cannot do.
            let has_getattr = cls.lookup(&intern("__getattr__")).is_some();
            return match &p.fget {
                Value::Function(fget)
                    if !method && !has_getattr && !fget.code.borrow().is_generator() =>
                {
                    set_unit(f, ip, 1, cls.version());
                    set_unit(f, ip, 3, fget.version.get());
                    set_object(f, ip, 0, p.fget.clone());
                    Ok(LOAD_ATTR_PROPERTY)
                }
                _ => Err("property kind"),
            };
        }
        Some(Value::Member(m)) => {
            // gh-99257: the slot must belong to this object's class.
            let applies = m.owner.upgrade().is_some_and(|o| cls.is_subtype(&o))
                && m.index < inst.slots.borrow().len();
            if !applies {
                return Err("borrowed slot descriptor");
            }
            set_unit(f, ip, 1, cls.version());
            set_unit(f, ip, 2, m.index as u32);
            return Ok(LOAD_ATTR_SLOT);
        }
        _ => {}
    }
    let kind = classify(descr);
    if matches!(kind, ClassAttr::Other) {
        return Err("class attribute kind");
    }
    // An attribute in the instance dict (shadowing any non-data class
    // attribute) is read from the dict.
    if let Some(d) = inst.dict.borrow().as_ref() {
        if let Some(pos) = d.position_str(name) {
            set_unit(f, ip, 1, cls.version());
            set_unit(f, ip, 2, pos as u32);
            return Ok(if d.is_compact() {
                LOAD_ATTR_INSTANCE_VALUE
            } else {
                LOAD_ATTR_WITH_HINT
            });
        }
    }
    match kind {
        ClassAttr::Method(func) if method => {
            set_unit(f, ip, 1, cls.version());
            set_object(f, ip, 0, func);
            Ok(if !cls.has_dict.get() {
                LOAD_ATTR_METHOD_NO_DICT
            } else if inst.dict.borrow().is_none() {
                LOAD_ATTR_METHOD_LAZY_DICT
            } else {
                LOAD_ATTR_METHOD_WITH_VALUES
            })
        }
        ClassAttr::Shadowable(Some(v)) => {
            set_unit(f, ip, 1, cls.version());
            set_object(f, ip, 0, v);
            Ok(if cls.has_dict.get() {
                LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES
            } else {
                LOAD_ATTR_NONDESCRIPTOR_NO_DICT
            })
        }
        ClassAttr::Method(_) => Err("method as attribute"),
        _ => Err("attribute missing"),
    }
}

fn store_attr(vm: &mut Vm, f: &Frame, ip: usize, arg: u32) -> Result<Opcode, Failure> {
    use Opcode::*;
    let name = &f.code.names[arg as usize];
    let owner = f.peek(1);
    let Value::Instance(inst) = owner else {
        return Err("owner type");
    };
    let cls = inst.class();
    if cls.layout != Layout::Object {
        return Err("builtin or exception subclass");
    }
    if matches!(name.as_str(), "__class__" | "__dict__") {
        return Err("special name");
    }
    if vm.user_special(owner, "__setattr__").is_some() {
        return Err("__setattr__ overridden");
    }
    let descr = cls.lookup(name);
    if let Some(Value::Member(m)) = &descr {
        let applies = m.owner.upgrade().is_some_and(|o| cls.is_subtype(&o))
            && m.index < inst.slots.borrow().len();
        if !applies {
            return Err("borrowed slot descriptor");
        }
        set_unit(f, ip, 1, cls.version());
        set_unit(f, ip, 2, m.index as u32);
        return Ok(STORE_ATTR_SLOT);
    }
    if matches!(classify(descr), ClassAttr::Other) {
        return Err("class attribute kind");
    }
    if !cls.has_dict.get() {
        return Err("no __dict__");
    }
    let dict = inst.dict.borrow().clone();
    let (pos, compact) = match &dict {
        None => (0, true),
        Some(d) => match d.position_str(name) {
            Some(pos) => (pos, d.is_compact()),
            None if d.is_compact() => (d.len(), true),
            None => return Err("new attribute after deletions"),
        },
    };
    set_unit(f, ip, 1, cls.version());
    set_unit(f, ip, 2, pos as u32);
    Ok(if compact {
        STORE_ATTR_INSTANCE_VALUE
    } else {
        STORE_ATTR_WITH_HINT
    })
}

/// A code object a frame can be built for straight from the stack.
fn takes_exactly(code: &quicken_spec::code::CodeObject, nargs: usize) -> bool {
    code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
        && code.kwonlyargcount == 0
        && !code.is_generator()
        && code.argcount == nargs
}

fn call(f: &Frame, ip: usize, argc: u32) -> Result<Opcode, Failure> {
    use Opcode::*;
    let argc = argc as usize;
    let base = f.stack.len() - argc - 2;
    let callable = &f.stack[base];
    let has_self = !matches!(f.stack[base + 1], Value::Null);
    match callable {
        Value::Function(func) => {
            set_unit(f, ip, 1, func.version.get());
            if takes_exactly(&func.code.borrow(), argc + has_self as usize) {
                set_unit(f, ip, 2, has_self as u32);
                Ok(CALL_PY_EXACT_ARGS)
            } else {
                Ok(CALL_PY_GENERAL)
            }
        }
        Value::BoundMethod(m) if !has_self => match &m.func {
            Value::Function(func) => {
                set_unit(f, ip, 1, func.version.get());
                if takes_exactly(&func.code.borrow(), argc + 1) {
                    set_unit(f, ip, 2, 1);
                    Ok(CALL_BOUND_METHOD_EXACT_ARGS)
                } else {
                    Ok(CALL_BOUND_METHOD_GENERAL)
                }
            }
            _ => Ok(CALL_NON_PY_GENERAL),
        },
        Value::Type(t) if !has_self => {
            let ty = types();
            if argc == 1 && Rc::ptr_eq(t, &ty.type_) {
                return Ok(CALL_TYPE_1);
            }
            if argc == 1 && Rc::ptr_eq(t, &ty.str_) {
                return Ok(CALL_STR_1);
            }
            if argc == 1 && Rc::ptr_eq(t, &ty.tuple) {
                return Ok(CALL_TUPLE_1);
            }
            if !t.is_heap {
                set_object(f, ip, 0, callable.clone());
                return Ok(CALL_BUILTIN_CLASS);
            }
            alloc_and_enter_init(f, ip, t, argc)
        }
        Value::Builtin(b) if b.owner.is_none() && !has_self => {
            if NAMESPACE_BUILTINS.contains(&b.name) {
                return Err("reads the caller's namespaces");
            }
            set_object(f, ip, 0, callable.clone());
            Ok(match (b.name, argc) {
                ("len", 1) => CALL_LEN,
                ("isinstance", 2) => CALL_ISINSTANCE,
                (_, 1) => CALL_BUILTIN_O,
                (name, _) if KEYWORD_BUILTINS.contains(&name) => CALL_BUILTIN_FAST_WITH_KEYWORDS,
                _ => CALL_BUILTIN_FAST,
            })
        }
        Value::Builtin(b) if has_self && !b.binds_class => {
            let Some(owner) = &b.owner else {
                return Err("builtin with self");
            };
            let receiver = &f.stack[base + 1];
            if matches!(receiver, Value::Instance(_)) || !Rc::ptr_eq(&type_of(receiver), owner) {
                return Err("receiver type");
            }
            set_object(f, ip, 0, callable.clone());
            Ok(match (b.name, argc) {
                ("append", 1) if Rc::ptr_eq(owner, &types().list) => CALL_LIST_APPEND,
                (_, 0) => CALL_METHOD_DESCRIPTOR_NOARGS,
                (_, 1) => CALL_METHOD_DESCRIPTOR_O,
                (name, _) if KEYWORD_METHODS.contains(&name) => {
                    CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS
                }
                _ => CALL_METHOD_DESCRIPTOR_FAST,
            })
        }
        _ => Ok(CALL_NON_PY_GENERAL),
    }
}

/// `C(args)` for a plain class whose `__init__` is a Python function
/// taking exactly the arguments, and whose `__new__` is object's.
fn alloc_and_enter_init(
    f: &Frame,
    ip: usize,
    cls: &Rc<Type>,
    argc: usize,
) -> Result<Opcode, Failure> {
    if cls.meta.borrow().is_some() || cls.layout != Layout::Object {
        return Ok(Opcode::CALL_NON_PY_GENERAL);
    }
    // object.__new__ (a staticmethod around the native), not a user's.
    let object_new = types().object.lookup(&intern("__new__"));
    match (cls.lookup(&intern("__new__")), &object_new) {
        (Some(a), Some(b)) if a.is(b) => {}
        _ => return Ok(Opcode::CALL_NON_PY_GENERAL),
    }
    match cls.lookup(&intern("__init__")) {
        Some(Value::Function(init)) if takes_exactly(&init.code.borrow(), argc + 1) => {
            set_unit(f, ip, 1, cls.version());
            set_unit(f, ip, 2, init.version.get());
            set_object(f, ip, 0, Value::Function(init));
            Ok(Opcode::CALL_ALLOC_AND_ENTER_INIT)
        }
        _ => Ok(Opcode::CALL_NON_PY_GENERAL),
    }
}
