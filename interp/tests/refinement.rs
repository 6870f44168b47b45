//! Single-instruction refinement properties of the specialized forms.
//!
//! For every specialized form F of a family head H (a form is an opcode
//! whose `family()` is another opcode; superinstructions are out of scope),
//! running F on arbitrary operands, including operands that fail its
//! guards, either
//! (a) returns `None` ("guard failed") having touched nothing: value stack,
//!     locals, ip and the operands' contents are exactly as they were; or
//! (b) returns `Some(step)` with the same observable outcome as H's generic
//!     meaning (spec's function) on an identical copy of the frame: same
//!     error (type and arguments) or success, same value stack, ip, locals
//!     and `yield_from_exit`, same effect on the operands (a stored item, an
//!     advanced iterator, a new attribute), same output.
//!
//! A case builds a fresh interpreter and "world" (a Python module defining
//! the classes, functions and generators used as operands), specializes the
//! site on one or two "warm" operand tuples (filling the inline caches as a
//! real attempt would, stale units of earlier attempts included), optionally
//! mutates the world (patches a class, a function's code, a global), and
//! then runs the form on a test operand tuple (the warm one, or an arbitrary
//! one). Operands are recipes ([`V`]) so that the form and the generic path
//! each get their own copy of every mutable object.
//!
//! Forms that enter a frame (`Flow::Call`) are run to completion with
//! `Vm::run_frame`, and the callee's result is pushed as the main loop would.
//! When both paths enter a frame, the callee frames (code name and fast
//! locals) must agree as well; a form may enter a frame where the generic
//! path calls the same function natively (LOAD_ATTR_PROPERTY,
//! BINARY_SUBSCR_GETITEM, CALL_ALLOC_AND_ENTER_INIT, ...), and then only the
//! completed outcomes are compared.
//!
//! Each family test first runs fixed examples (at least one per form,
//! asserting that the specializer chooses that form, that it hits, and that
//! the property holds), then the random property. The test
//! `every_form_has_a_refinement_property` runs every family's fixed
//! examples and asserts that together they hit every specialized form in
//! the instruction table, so that a new form (or family) without a property
//! fails the suite; property violations are left to the family tests.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use quicken_interp::adaptive::probe;
use quicken_spec::code::CodeObject;
use quicken_spec::compile::compile_bytes;
use quicken_spec::eval::instructions::{self as generic, Step};
use quicken_spec::eval::{Flow, Frame, Output, Vm};
use quicken_spec::instructions::{flags, Opcode};
use quicken_spec::runtime::object::{IterState, Module};
use quicken_spec::runtime::*;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

/// Random cases per family property (`PROPTEST_CASES` overrides it, for
/// longer hunts).
const CASES: u32 = 1024;

// ====================================================================
// The world: classes, functions and generators the operands come from.
// ====================================================================

const WORLD: &str = r#"
class Plain:
    pass

class PlainBase:
    pass

class PlainChild(PlainBase):
    pass

class WithBool:
    def __bool__(self):
        return False

class WithLen:
    def __len__(self):
        return 0

class BadBool:
    def __bool__(self):
        return 1

class MyErr(Exception):
    pass

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return ('add', self.v, o)
    def __radd__(self, o):
        return ('radd', self.v, o)
    def __iadd__(self, o):
        self.v = ('iadd', self.v, o)
        return self
    def __sub__(self, o):
        return ('sub', self.v)
    def __mul__(self, o):
        return ('mul', self.v)
    def __rmul__(self, o):
        return ('rmul', self.v)
    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o):
        return ('lt', self.v)
    def __hash__(self):
        return hash(self.v)

class IntSub(int):
    pass

class FloatSub(float):
    pass

class StrSub(str):
    pass

class ListSub(list):
    pass

class TupleSub(tuple):
    pass

class DictMissing(dict):
    def __missing__(self, k):
        return ('missing', k)

class SetSub(set):
    pass

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
    def __len__(self):
        return 3

class SeqGen:
    def __getitem__(self, i):
        yield i

class SeqRaise:
    def __getitem__(self, i):
        raise KeyError(('nope', i))

class SeqChild(Seq):
    pass

class Slotted:
    __slots__ = ('a', 'b')

class SlottedChild(Slotted):
    pass

class Borrow:
    pass

Borrow.a = Slotted.a

class Prop:
    def __init__(self):
        self._x = 21
    @property
    def p(self):
        return self._x * 2
    @property
    def bad(self):
        raise AttributeError('bad property')
    @property
    def q(self):
        return self.nosuch

class PropGetattr:
    @property
    def p(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return ('getattr', name)

class GA:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError(name)
        return ('ga', name)

class WithGetattr:
    x = 1
    def __getattr__(self, name):
        return ('getattr', name)

def top(x):
    return ('top', x)

class Meth:
    k = 5
    t = (1, 2)
    s = 'class-str'
    fn = top
    def m(self, x=0):
        return ('m', x)
    def m0(self):
        return ('m0',)
    def m1(self, x):
        return ('m1', x)
    def mgen(self, n):
        yield n
    @staticmethod
    def sm(x=1):
        return ('sm', x)
    @classmethod
    def cm(cls, x=1):
        return ('cm', cls.__name__, x)

class MethSlots:
    __slots__ = ('x',)
    k = 7
    def m(self, x=0):
        return ('ms', x)

class MethChild(Meth):
    pass

class Base:
    k = 'base-k'
    def m(self, x=0):
        return ('base-m', x)
    def __init__(self):
        self.v = 1
    @property
    def p(self):
        return 'base-p'
    @classmethod
    def cm(cls, x=1):
        return ('base-cm', cls.__name__, x)
    @staticmethod
    def sm(x=1):
        return ('base-sm', x)

class Derived(Base):
    k = 'derived-k'
    def m(self, x=0):
        return ('derived-m', x)

class Derived2(Derived):
    pass

class DerivedSlots(Base):
    __slots__ = ('s',)

class SetAttr:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ('wrapped', value))

class DataDescr:
    def __get__(self, obj, owner):
        return 'dd-get'
    def __set__(self, obj, value):
        raise AttributeError('read-only dd')

class WithDescr:
    x = DataDescr()

class Init:
    def __init__(self, a, b):
        self.a = a
        self.b = b

class Init0:
    def __init__(self):
        self.z = 0

class Init1:
    def __init__(self, a):
        self.a = a

class InitBad:
    def __init__(self, a):
        return 5

class InitRaise:
    def __init__(self, a):
        raise ValueError(('init', a))

class InitVar:
    def __init__(self, *a):
        self.a = a

class InitSlots:
    __slots__ = ('a',)
    def __init__(self, a):
        self.a = a

class NewCls:
    def __new__(cls, *a):
        return ('new', a)

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    def __init__(self, a=0):
        self.a = a

class InitChild(Init1):
    pass

class InitDefault:
    def __init__(self, a, b=2):
        self.ab = (a, b)

class InitCell:
    def __init__(self, a):
        def get():
            return a
        self.get = get

class SeqVar:
    def __getitem__(self, *a):
        return ('seqvar', a)

class Callable:
    def __call__(self, *a):
        return ('called', a)

def f0():
    return 'f0'

def f1(a):
    return ('f1', a)

def f2(a, b=2):
    return ('f2', a, b)

def f3(a, b, c):
    return ('f3', a, b, c)

def fvar(*a):
    return ('fvar', a)

def fkw(a, *, k=1):
    return ('fkw', a, k)

def fcell(a):
    def g():
        return a
    return ('fcell', g())

def fraise(a):
    raise MyErr(('fraise', a))

def fgen(n):
    for i in range(n):
        yield i
    return 'fgen-done'

def fgen_raise():
    yield 1
    raise ValueError('gen boom')

def echo():
    x = yield 'start'
    while True:
        x = yield ('got', x)

def inner_gen():
    a = yield 'i1'
    b = yield ('i2', a)
    return ('inner-ret', a, b)

def outer_gen():
    r = yield from inner_gen()
    yield ('outer', r)
    return 'outer-done'

def make_closure(v):
    def clo(a):
        return ('clo', v, a)
    return clo

clo = make_closure('cv')

def selfref(n):
    if n <= 0:
        return 'base'
    return selfref(n - 1)

def adv(it, k):
    for _ in range(k):
        try:
            next(it, None)
        except Exception:
            break
    return it

def it_adv(xs, k):
    return adv(iter(xs), k)

def it_shrink(xs, k):
    it = adv(iter(xs), k)
    xs.clear()
    return it

def it_grow(xs, k):
    it = adv(iter(xs), k)
    xs.append('grown')
    return it

def gen_done():
    g = fgen(1)
    for _ in g:
        pass
    return g

class UserIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def send(self, v):
        if v == 'stop':
            raise StopIteration('user-ret')
        return ('user-send', v)

def bound(o, name):
    return getattr(o, name)

def new_inst(cls, *ops):
    o = cls.__new__(cls)
    for op in ops:
        try:
            if op[0] == 's':
                setattr(o, op[1], op[2])
            else:
                delattr(o, op[1])
        except (AttributeError, TypeError):
            pass
    return o

list_append = list.append
str_upper = str.upper
str_split = str.split
str_join = str.join
dict_get = dict.get
list_sort = list.sort
int_bit_length = int.bit_length

gx = 'global-x'
gy = 'global-y'

def mut_plain_bool():
    Plain.__bool__ = lambda self: False

def mut_plainbase_len():
    PlainBase.__len__ = lambda self: 0

def mut_plain_x():
    Plain.x = property(lambda self: 'prop-on-plain')

def mut_seq_getitem():
    Seq.__getitem__ = lambda self, i: ('patched', i)

def mut_seq_getitem_code():
    Seq.__getitem__.__code__ = (lambda self, i: ('patched-code', i)).__code__

def mut_meth_m():
    Meth.m = lambda self, x=0: ('patched-m', x)

def mut_meth_k():
    Meth.k = 'patched-k'

def mut_meth_x():
    Meth.x = property(lambda self: 'prop-x')

def mut_meth_m_code():
    Meth.m.__code__ = (lambda self, x, y=9: ('m-code', x, y)).__code__

def mut_meth_m0_code():
    Meth.m0.__code__ = (lambda self, *a: ('m0-var', a)).__code__

def mut_prop_p():
    Prop.p = property(lambda self: 'patched-p')

def mut_prop_fget_code():
    Prop.__dict__['p'].fget.__code__ = (lambda self: 'patched-code').__code__

def mut_init_init():
    Init1.__init__ = lambda self, a: setattr(self, 'patched', a)

def mut_init_code():
    Init1.__init__.__code__ = (lambda self, *a: None).__code__

def mut_f1_code():
    f1.__code__ = (lambda a: ('f1-patched', a)).__code__

def mut_f1_code_var():
    f1.__code__ = (lambda *a: ('f1-var', a)).__code__

def mut_f2_defaults():
    f2.__defaults__ = ('d',)

def mut_ga():
    GA.__getattribute__ = lambda self, name: ('ga2', name)

def mut_ga_code():
    GA.__getattribute__.__code__ = (lambda self, name: ('ga-code', name)).__code__

def mut_ga_getattr():
    GA.__getattr__ = lambda self, name: ('ga-fallback', name)

def mut_prop_getattr():
    Prop.__getattr__ = lambda self, name: ('prop-fallback', name)

def mut_mod_del():
    if hasattr(umod, 'attr'):
        del umod.attr

def mut_mod_add():
    umod.zzz_new = 1

def mut_mod_attr():
    umod.attr = 'attr-patched'

def mut_slotted_a():
    Slotted.a = 'not-a-slot'
"#;

thread_local! {
    static WORLD_CODE: Rc<CodeObject> = compile(WORLD, "<world>");
    static SITE_CODE: RefCell<HashMap<String, Rc<CodeObject>>> = RefCell::new(HashMap::new());
}

fn compile(src: &str, name: &str) -> Rc<CodeObject> {
    match compile_bytes(src.as_bytes(), name) {
        Ok(code) => code,
        Err(e) => panic!("{name} does not compile: {e:?}"),
    }
}

struct World {
    vm: Vm,
    globals: Rc<Dict>,
}

impl World {
    fn new() -> World {
        let code = WORLD_CODE.with(|c| c.clone());
        let mut vm = Vm::new(Output::Buffer(Vec::new()));
        if let Err(e) = vm.run_module(code) {
            panic!("world fails: {e:?}");
        }
        let globals = match vm.modules.get_str(&intern("__main__")) {
            Some(Value::Module(m)) => m.dict.clone(),
            _ => panic!("no __main__ module"),
        };
        let mdict = Rc::new(Dict::new());
        mdict.set_str(intern("__name__"), Value::str("umod"));
        mdict.set_str(intern("attr"), Value::str("mod-attr"));
        mdict.set_str(intern("other"), Value::Int(7));
        let module = Value::Module(Rc::new(Module {
            name: intern("umod"),
            dict: mdict,
        }));
        globals.set_str(intern("umod"), module);
        vm.take_output();
        World { vm, globals }
    }

    fn global(&self, name: &str) -> Value {
        let n = intern(name);
        self.globals
            .get_str(&n)
            .or_else(|| self.vm.builtins.get_str(&n))
            .unwrap_or_else(|| panic!("no global {name}"))
    }

    fn call(&mut self, name: &str, args: &[Value]) -> Value {
        let f = self.global(name);
        match self.vm.call(&f, args, &[]) {
            Ok(v) => v,
            Err(e) => panic!("building operand: {name}(...) raised {}", show_err(&e)),
        }
    }

    fn build(&mut self, v: &V) -> Value {
        match v {
            V::Null => Value::Null,
            V::None => Value::None,
            V::Bool(b) => Value::Bool(*b),
            V::Int(i) => Value::Int(*i),
            V::Big(i) => Value::from_bigint(num_bigint::BigInt::from(*i)),
            V::Float(f) => Value::Float(*f),
            V::Str(s) => Value::str(s),
            V::Tuple(items) => {
                let items = items.iter().map(|x| self.build(x)).collect();
                Value::tuple(items)
            }
            V::List(items) => {
                let items = items.iter().map(|x| self.build(x)).collect();
                Value::list(items)
            }
            V::Dict(items) => {
                let d = Dict::new();
                for (k, x) in items {
                    let k = self.build(k);
                    let x = self.build(x);
                    if let Err(e) = d.set(&mut self.vm, k, x) {
                        panic!("dict operand: {}", show_err(&e));
                    }
                }
                Value::Dict(Rc::new(d))
            }
            V::Set(items) | V::FrozenSet(items) => {
                let items = items.iter().map(|x| self.build(x)).collect();
                let ctor = if matches!(v, V::Set(_)) {
                    "set"
                } else {
                    "frozenset"
                };
                self.call(ctor, &[Value::list(items)])
            }
            V::Range(a, b, c) => {
                self.call("range", &[Value::Int(*a), Value::Int(*b), Value::Int(*c)])
            }
            V::G(name) => self.global(name),
            V::Call(name, args) => {
                let args: Vec<Value> = args.iter().map(|x| self.build(x)).collect();
                self.call(name, &args)
            }
            V::Attr(owner, name) => {
                let owner = self.build(owner);
                match ops::getattr(&mut self.vm, &owner, &intern(name)) {
                    Ok(v) => v,
                    Err(e) => panic!("operand attribute {name}: {}", show_err(&e)),
                }
            }
        }
    }

    fn apply(&mut self, m: &Mut) {
        match m {
            Mut::SetGlobal(n, v) => {
                let v = self.build(v);
                self.globals.set_str(intern(n), v);
            }
            Mut::DelGlobal(n) => {
                self.globals.remove_str(&intern(n));
            }
            Mut::SetBuiltin(n, v) => {
                let v = self.build(v);
                self.vm.builtins.set_str(intern(n), v);
            }
            Mut::DelBuiltin(n) => {
                self.vm.builtins.remove_str(&intern(n));
            }
            Mut::Run(n) => {
                self.call(n, &[]);
            }
        }
    }
}

// ====================================================================
// Operand recipes.
// ====================================================================

/// How to build one operand: the form and the generic path each get their
/// own copy of mutable objects.
#[derive(Clone, Debug)]
enum V {
    /// The NULL marker (the empty self slot of CALL).
    Null,
    None,
    Bool(bool),
    Int(i64),
    /// An int outside 64 bits.
    Big(i128),
    Float(f64),
    Str(String),
    Tuple(Vec<V>),
    List(Vec<V>),
    Dict(Vec<(V, V)>),
    Set(Vec<V>),
    FrozenSet(Vec<V>),
    Range(i64, i64, i64),
    /// A world global, or a builtin.
    G(&'static str),
    /// A world global (or builtin) called with these arguments.
    Call(&'static str, Vec<V>),
    /// `getattr(owner, name)`.
    Attr(Box<V>, &'static str),
}

/// A change to the world, before the warm-up or between it and the test.
#[derive(Clone, Debug)]
enum Mut {
    SetGlobal(&'static str, V),
    DelGlobal(&'static str),
    SetBuiltin(&'static str, V),
    DelBuiltin(&'static str),
    /// Call a world function (one of the `mut_*` class and function patches).
    Run(&'static str),
}

/// A fast local of the site's frame.
#[derive(Clone, Debug)]
enum L {
    Unbound,
    /// The very object pushed as stack operand `i`.
    Stack(usize),
    Val(V),
}

/// The operands of one execution: the value stack (bottom first) and the
/// leading fast locals.
#[derive(Clone, Debug)]
struct Ops {
    stack: Vec<V>,
    locals: Vec<L>,
}

fn stack(vs: Vec<V>) -> Ops {
    Ops {
        stack: vs,
        locals: Vec::new(),
    }
}

fn s(x: &str) -> V {
    V::Str(x.to_string())
}

fn call(name: &'static str, args: Vec<V>) -> V {
    V::Call(name, args)
}

/// An instance of world class `cls` made by `cls.__new__(cls)` (no
/// `__init__`), then this history of attribute sets and deletes.
fn inst(cls: &'static str, history: Vec<V>) -> V {
    let mut args = vec![V::G(cls)];
    args.extend(history);
    V::Call("new_inst", args)
}

fn set_attr(name: &str, v: V) -> V {
    V::Tuple(vec![s("s"), s(name), v])
}

fn del_attr(name: &str) -> V {
    V::Tuple(vec![s("d"), s(name)])
}

fn bound(owner: V, name: &str) -> V {
    call("bound", vec![owner, s(name)])
}

fn iter_of(xs: V, k: i64) -> V {
    call("it_adv", vec![xs, V::Int(k)])
}

fn ints(xs: &[i64]) -> Vec<V> {
    xs.iter().map(|&i| V::Int(i)).collect()
}

// ====================================================================
// Value strategies.
// ====================================================================

fn int() -> BoxedStrategy<V> {
    prop_oneof![
        4 => (-4i64..300).prop_map(V::Int),
        2 => prop::sample::select(vec![
            i64::MIN,
            i64::MIN + 1,
            i64::MAX,
            i64::MAX - 1,
            -1,
            0,
            1 << 32,
            -(1 << 32),
            3_037_000_499,
            3_037_000_500,
            -3_037_000_500,
            1 << 62,
            -(1 << 62),
        ])
        .prop_map(V::Int),
        1 => any::<i64>().prop_map(V::Int),
    ]
    .boxed()
}

fn big() -> BoxedStrategy<V> {
    (any::<bool>(), 1i128..(1 << 40))
        .prop_map(|(neg, k)| {
            V::Big(if neg {
                i64::MIN as i128 - k
            } else {
                i64::MAX as i128 + k
            })
        })
        .boxed()
}

fn float() -> BoxedStrategy<V> {
    prop_oneof![
        2 => prop::sample::select(vec![
            0.0,
            -0.0,
            1.5,
            -2.5,
            3.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e308,
            5e-324,
            9007199254740993.0,
        ])
        .prop_map(V::Float),
        2 => (-1000i32..1000).prop_map(|i| V::Float(i as f64 / 8.0)),
        1 => any::<f64>().prop_map(V::Float),
    ]
    .boxed()
}

fn text() -> BoxedStrategy<V> {
    prop_oneof![
        3 => "[a-c]{0,3}".prop_map(V::Str),
        2 => "[aé☃𝄞]{0,3}".prop_map(V::Str),
        1 => prop::sample::select(vec!["", "x", "gx", "abc", "a b c", "é"]).prop_map(s),
    ]
    .boxed()
}

fn scalar() -> BoxedStrategy<V> {
    prop_oneof![
        4 => int(),
        1 => big(),
        2 => float(),
        2 => text(),
        1 => any::<bool>().prop_map(V::Bool),
        1 => Just(V::None),
    ]
    .boxed()
}

fn container() -> BoxedStrategy<V> {
    prop_oneof![
        prop::collection::vec(scalar(), 0..4).prop_map(V::List),
        prop::collection::vec(scalar(), 0..4).prop_map(V::Tuple),
        prop::collection::vec((scalar(), scalar()), 0..3).prop_map(V::Dict),
        prop::collection::vec(scalar(), 0..4).prop_map(V::Set),
        prop::collection::vec(scalar(), 0..4).prop_map(V::FrozenSet),
    ]
    .boxed()
}

fn pick(vs: Vec<V>) -> BoxedStrategy<V> {
    prop::sample::select(vs).boxed()
}

/// World objects of every kind, for operands of any family.
fn world_objects() -> Vec<V> {
    vec![
        inst("Plain", vec![]),
        inst("Plain", vec![set_attr("x", V::Int(1))]),
        inst("PlainChild", vec![]),
        call("WithBool", vec![]),
        call("WithLen", vec![]),
        call("BadBool", vec![]),
        call("MyErr", vec![s("e")]),
        call("Num", vec![V::Int(3)]),
        call("IntSub", vec![V::Int(5)]),
        call("IntSub", vec![V::Int(0)]),
        call("FloatSub", vec![V::Float(1.5)]),
        call("StrSub", vec![s("ab")]),
        call("ListSub", vec![V::List(ints(&[1, 2]))]),
        call("TupleSub", vec![V::List(ints(&[1, 2]))]),
        call("DictMissing", vec![]),
        call("SetSub", vec![V::List(ints(&[1]))]),
        call("Seq", vec![]),
        call("SeqGen", vec![]),
        call("Prop", vec![]),
        call("GA", vec![]),
        call("Meth", vec![]),
        call("Callable", vec![]),
        inst("Slotted", vec![set_attr("a", V::Int(1))]),
        V::G("Plain"),
        V::G("Meth"),
        V::G("int"),
        V::G("len"),
        V::G("f1"),
        V::G("umod"),
        bound(call("Meth", vec![]), "m"),
        V::Range(0, 5, 1),
        call("fgen", vec![V::Int(2)]),
        iter_of(V::List(ints(&[1, 2])), 0),
        call("UserIter", vec![V::Int(2)]),
    ]
}

fn any_value() -> BoxedStrategy<V> {
    prop_oneof![
        3 => scalar(),
        2 => container(),
        2 => pick(world_objects()),
    ]
    .boxed()
}

fn no_muts() -> BoxedStrategy<Vec<Mut>> {
    Just(Vec::new()).boxed()
}

fn runs(names: &[&'static str]) -> BoxedStrategy<Vec<Mut>> {
    prop::collection::vec(
        prop::sample::select(names.to_vec()).prop_map(Mut::Run),
        0..=1,
    )
    .boxed()
}

// ====================================================================
// Sites, frames and outcomes.
// ====================================================================

/// The instruction under test: the first `head` in `site`'s code.
struct Site {
    code: Rc<CodeObject>,
    ip: usize,
    head: Opcode,
    arg: u32,
}

fn site(src: &str, head: Opcode) -> Site {
    let module = SITE_CODE.with(|c| {
        c.borrow_mut()
            .entry(src.to_string())
            .or_insert_with(|| compile(src, "<site>"))
            .clone()
    });
    let code = module
        .consts
        .iter()
        .find_map(|c| match c {
            Value::Code(code) if code.name == "site" => Some(code.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no function `site` in {src:?}"));
    let ip = code
        .code
        .iter()
        .position(|i| i.op == head)
        .unwrap_or_else(|| panic!("no {} in {src:?}", head.name()));
    let arg = code.code[ip].arg;
    // A fresh quickened copy: no specialization and zeroed caches.
    for (cell, ins) in code.adaptive.instrs.iter().zip(code.code.iter()) {
        cell.set(*ins);
    }
    for o in code.adaptive.objects.iter() {
        drop(o.replace(Value::Null));
    }
    Site {
        code,
        ip,
        head,
        arg,
    }
}

/// An operand as it was, or a handle to it to describe after the run.
enum Kept {
    Live(Value),
    Shown(String),
}

struct Built {
    frame: Box<Frame>,
    kept: Vec<Kept>,
}

/// A frame positioned as the main loop leaves it before executing the
/// instruction at `site.ip`, with the operands on its stack.
fn make_frame(w: &mut World, site: &Site, ops: &Ops) -> Built {
    let vals: Vec<Value> = ops.stack.iter().map(|v| w.build(v)).collect();
    let locals: Vec<Option<Value>> = ops
        .locals
        .iter()
        .map(|l| match l {
            L::Unbound => None,
            L::Stack(i) => Some(vals[*i].clone()),
            L::Val(v) => Some(w.build(v)),
        })
        .collect();
    // Immutable values are described now, so that no extra reference keeps
    // a str from being uniquely owned (BINARY_OP_INPLACE_ADD_UNICODE).
    let kept = vals
        .iter()
        .map(|v| match v {
            Value::Str(_) | Value::BigInt(_) => Kept::Shown(show(v)),
            other => Kept::Live(other.clone()),
        })
        .collect();
    let mut frame =
        w.vm.new_frame(site.code.clone(), w.globals.clone(), None, None);
    for (slot, v) in frame.fast.iter_mut().zip(locals) {
        *slot = v;
    }
    frame.stack.extend(vals);
    frame.lasti = site.ip;
    frame.ip = site.ip + 1 + site.head.cache_size();
    Built { frame, kept }
}

fn describe_kept(kept: &[Kept]) -> Vec<String> {
    kept.iter()
        .map(|k| match k {
            Kept::Live(v) => show(v),
            Kept::Shown(s) => s.clone(),
        })
        .collect()
}

/// What one execution of the instruction did, as observable afterwards.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Outcome {
    /// "Next", "Call", "Err", ...
    flow: &'static str,
    /// The entered frame (code name and fast locals), for Flow::Call.
    callee: Option<String>,
    result: Result<(), String>,
    stack: Vec<String>,
    ip: usize,
    locals: Vec<Option<String>>,
    yield_from_exit: Option<u32>,
    /// Every operand after the run (containers, instances, iterators).
    operands: Vec<String>,
    output: String,
}

fn describe_frame(f: &Frame) -> String {
    let fast: Vec<Option<String>> = f.fast.iter().map(|v| v.as_ref().map(show)).collect();
    format!("{} {:?}", f.code.name, fast)
}

/// Finish one execution as the main loop would: a pushed frame runs to
/// completion and its result lands on the caller's stack. For BINARY_OP,
/// a following STORE_FAST runs too, since BINARY_OP_INPLACE_ADD_UNICODE
/// drops the local that this store rebinds.
fn complete(w: &mut World, site: &Site, step: Step, b: &mut Built) -> Outcome {
    let frame = &mut b.frame;
    let (flow, callee, result) = match step {
        Ok(Flow::Next) => ("Next", None, Ok(())),
        Ok(Flow::Call(callee)) => {
            let desc = describe_frame(&callee);
            match w.vm.run_frame(callee) {
                Ok(v) => {
                    frame.stack.push(v);
                    ("Call", Some(desc), Ok(()))
                }
                Err(e) => ("Call", Some(desc), Err(show_err(&e))),
            }
        }
        Ok(Flow::Return(v)) => ("Return", Some(show(&v)), Ok(())),
        Ok(Flow::Yield(v)) => ("Yield", Some(show(&v)), Ok(())),
        Err(e) => ("Err", None, Err(show_err(&e))),
    };
    let mut result = result;
    if result.is_ok() && site.head == Opcode::BINARY_OP {
        let next = frame.code.code[frame.ip];
        if next.op == Opcode::STORE_FAST {
            frame.lasti = frame.ip;
            frame.ip += 1 + next.op.cache_size();
            if let Err(e) = generic::execute(&mut w.vm, frame, next.op, next.arg) {
                result = Err(show_err(&e));
            }
        }
    }
    let failed = result.is_err();
    Outcome {
        flow,
        callee,
        result,
        // After an error the handler truncates the stack and sets ip: only
        // the error, the locals and the effects on operands are observable.
        stack: if failed {
            Vec::new()
        } else {
            frame.stack.iter().map(show).collect()
        },
        ip: if failed { 0 } else { frame.ip },
        locals: frame.fast.iter().map(|v| v.as_ref().map(show)).collect(),
        yield_from_exit: if failed { None } else { frame.yield_from_exit },
        operands: describe_kept(&b.kept),
        output: strip_addresses(&String::from_utf8_lossy(&w.vm.take_output())),
    }
}

/// The frame state a failed guard must leave untouched: identities of the
/// stack and locals, and descriptions of everything.
#[derive(Debug, PartialEq, Eq)]
struct Snapshot {
    stack: Vec<(usize, String)>,
    locals: Vec<Option<(usize, String)>>,
    ip: usize,
    yield_from_exit: Option<u32>,
    operands: Vec<String>,
}

fn snapshot(b: &Built) -> Snapshot {
    let f = &b.frame;
    Snapshot {
        stack: f.stack.iter().map(|v| (identity(v), show(v))).collect(),
        locals: f
            .fast
            .iter()
            .map(|v| v.as_ref().map(|v| (identity(v), show(v))))
            .collect(),
        ip: f.ip,
        yield_from_exit: f.yield_from_exit,
        operands: describe_kept(&b.kept),
    }
}

fn identity(v: &Value) -> usize {
    match v {
        // Inline values: the identity is the value; tell types apart too.
        Value::Float(f) => f.to_bits() as usize ^ 0x5a5a,
        other => other.identity(),
    }
}

// ---------------------------------------------------------- describing

/// A structural description of a value that does not depend on addresses,
/// so that two copies of the same operand describe alike.
fn show(v: &Value) -> String {
    let mut out = String::new();
    show_into(&mut out, v, 0);
    strip_addresses(&out)
}

fn show_err(e: &PyErr) -> String {
    format!("{}{}", e.type_name(), show(&Value::Tuple(e.args())))
}

fn show_seq(out: &mut String, open: &str, items: &[Value], close: &str, depth: usize) {
    out.push_str(open);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        show_into(out, x, depth + 1);
    }
    out.push_str(close);
}

fn show_into(out: &mut String, v: &Value, depth: usize) {
    if depth > 8 {
        out.push_str("...");
        return;
    }
    match v {
        Value::Null => out.push_str("NULL"),
        Value::Tuple(t) => show_seq(out, "(", &t.items, ")", depth),
        Value::List(l) => {
            let items = l.items.borrow().clone();
            show_seq(out, "[", &items, "]", depth)
        }
        Value::Dict(d) => show_dict(out, d, depth),
        Value::Set(st) | Value::FrozenSet(st) => {
            let mut items: Vec<String> = set::elements(st).iter().map(show).collect();
            items.sort();
            let kind = if matches!(v, Value::Set(_)) {
                "set"
            } else {
                "frozenset"
            };
            out.push_str(&format!("{kind}{{{}}}", items.join(", ")));
        }
        Value::Instance(i) => {
            out.push_str(&format!("<{}", i.class().qualname.borrow().as_str()));
            if let Some(base) = &i.base {
                out.push_str(" base=");
                show_into(out, base, depth + 1);
            }
            if let Some(d) = &*i.dict.borrow() {
                out.push_str(" dict=");
                show_dict(out, d, depth);
            }
            let slots = i.slots.borrow().clone();
            if !slots.is_empty() {
                out.push_str(" slots=[");
                for (k, x) in slots.iter().enumerate() {
                    if k > 0 {
                        out.push_str(", ");
                    }
                    match x {
                        Some(x) => show_into(out, x, depth + 1),
                        None => out.push('-'),
                    }
                }
                out.push(']');
            }
            if let Some(exc) = &i.exc {
                if let Some(args) = &exc.borrow().args {
                    out.push_str(" args=");
                    show_seq(out, "(", &args.items, ")", depth);
                }
            }
            out.push('>');
        }
        Value::Function(f) => out.push_str(&format!("<function {}>", f.qualname.borrow().as_str())),
        Value::Builtin(b) => match &b.owner {
            Some(t) => out.push_str(&format!("<method {}.{}>", t.name(), b.name)),
            None => out.push_str(&format!("<builtin {}>", b.name)),
        },
        Value::BoundMethod(m) => {
            out.push_str("<bound ");
            show_into(out, &m.func, depth + 1);
            out.push_str(" of ");
            show_into(out, &m.receiver, depth + 1);
            out.push('>');
        }
        Value::Iter(it) => {
            out.push_str(&format!("<{} ", it.type_name));
            match &*it.state.borrow() {
                IterState::List { list, index } => {
                    out.push_str(&format!("@{index} "));
                    show_into(out, &Value::List(list.clone()), depth + 1);
                }
                IterState::Tuple { tuple, index } => {
                    out.push_str(&format!("@{index} "));
                    show_into(out, &Value::Tuple(tuple.clone()), depth + 1);
                }
                IterState::Range {
                    next,
                    step,
                    remaining,
                } => out.push_str(&format!("next={next} step={step} remaining={remaining}")),
                IterState::Str { s, byte_pos } => {
                    out.push_str(&format!("@{byte_pos} {:?}", s.as_str()))
                }
                IterState::Exhausted => out.push_str("exhausted"),
                _ => out.push('?'),
            }
            out.push('>');
        }
        Value::Generator(g) => {
            let pos = g
                .frame
                .borrow()
                .as_ref()
                .map(|f| format!(" lasti={} depth={}", f.lasti, f.stack.len()))
                .unwrap_or_default();
            out.push_str(&format!(
                "<generator {} {:?}{pos}>",
                g.qualname.as_str(),
                g.state.get()
            ));
        }
        Value::Module(m) => out.push_str(&format!("<module {}>", m.name.as_str())),
        Value::Code(c) => out.push_str(&format!("<code {}>", c.name)),
        Value::Cell(c) => {
            out.push_str("<cell ");
            match &*c.value.borrow() {
                Some(x) => show_into(out, x, depth + 1),
                None => out.push('-'),
            }
            out.push('>');
        }
        other => match ops::repr_plain(other) {
            Some(r) => out.push_str(&r),
            None => out.push_str(&format!("<{}>", type_name(other).as_str())),
        },
    }
}

fn show_dict(out: &mut String, d: &Dict, depth: usize) {
    out.push('{');
    for (i, (k, x)) in d.items().iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        show_into(out, k, depth + 1);
        out.push_str(": ");
        show_into(out, x, depth + 1);
    }
    out.push('}');
}

/// `0x7f...` addresses (default reprs in messages and str() results)
/// differ between the two copies of an operand.
fn strip_addresses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at + 2]);
        rest = &rest[at + 2..];
        let n = rest.bytes().take_while(|b| b.is_ascii_hexdigit()).count();
        if n >= 6 {
            out.push('_');
            rest = &rest[n..];
        }
    }
    out.push_str(rest);
    out
}

// ====================================================================
// The property.
// ====================================================================

#[derive(Clone, Debug)]
struct Case {
    site: usize,
    /// World changes before the warm-up.
    pre: Vec<Mut>,
    /// Operands of the specialization attempts, in order (the last one
    /// chooses the form; earlier ones leave their cache units behind).
    warm: Vec<Ops>,
    /// World changes between specialization and the test.
    post: Vec<Mut>,
    /// The test operands (None: the last warm operands again).
    test: Option<Ops>,
}

/// What a case exercised.
#[derive(Clone, Copy)]
struct Exercised {
    form: Opcode,
    hit: bool,
}

/// The result of one case: the form it ran (None when the last attempt
/// did not specialize), and the property violation, if any.
struct Run {
    exercised: Option<Exercised>,
    failure: Option<String>,
}

fn run_case(sites: &[String], head: Opcode, case: &Case) -> Run {
    let mut exercised = None;
    let failure = check_case(sites, head, case, &mut exercised).err();
    Run { exercised, failure }
}

/// Check the property on one case, recording the form it ran.
fn check_case(
    sites: &[String],
    head: Opcode,
    case: &Case,
    exercised: &mut Option<Exercised>,
) -> Result<(), String> {
    let mut w = World::new();
    let site = site(&sites[case.site], head);
    for m in &case.pre {
        w.apply(m);
    }
    let mut form = None;
    for ops in &case.warm {
        let b = make_frame(&mut w, &site, ops);
        form = probe::specialize(&mut w.vm, &b.frame, site.ip, site.head, site.arg).ok();
        w.vm.recycle(b.frame);
    }
    let Some(form) = form else {
        return Ok(());
    };
    if form.family() != head || form == head {
        return Err(format!(
            "the specializer chose {} for {}",
            form.name(),
            head.name()
        ));
    }
    for m in &case.post {
        w.apply(m);
    }
    let ops = case
        .test
        .as_ref()
        .or(case.warm.last())
        .expect("warm operands");
    w.vm.take_output();

    let mut a = make_frame(&mut w, &site, ops);
    let before = snapshot(&a);
    let step = probe::run_form(&mut w.vm, &mut a.frame, site.ip, form, site.arg);
    *exercised = Some(Exercised {
        form,
        hit: step.is_some(),
    });
    let Some(step) = step else {
        let after = snapshot(&a);
        let output = w.vm.take_output();
        if before != after || !output.is_empty() {
            return Err(format!(
                "{} failed a guard but changed the frame\nbefore: {before:#?}\nafter:  {after:#?}\noutput: {:?}",
                form.name(),
                String::from_utf8_lossy(&output)
            ));
        }
        return Ok(());
    };
    let by_form = complete(&mut w, &site, step, &mut a);
    w.vm.recycle(a.frame);

    let mut b = make_frame(&mut w, &site, ops);
    let step = generic::execute(&mut w.vm, &mut b.frame, head, site.arg);
    let by_head = complete(&mut w, &site, step, &mut b);
    w.vm.recycle(b.frame);

    let mut f = by_form.clone();
    let g = by_head.clone();
    // A form may enter a frame for what the generic path calls natively
    // (a property getter, __getitem__, __init__); then only the completed
    // outcome is comparable.
    if f.flow == "Call" && g.flow != "Call" {
        f.flow = g.flow;
        f.callee = g.callee.clone();
    }
    if f != g {
        return Err(format!(
            "{} disagrees with {}\nform:    {by_form:#?}\ngeneric: {by_head:#?}",
            form.name(),
            head.name()
        ));
    }
    Ok(())
}

/// A deterministic case that must specialize to `form` and hit.
struct Fixed {
    site: usize,
    pre: Vec<Mut>,
    ops: Ops,
    form: Opcode,
}

struct Family {
    head: Opcode,
    sites: Vec<String>,
    /// Arbitrary operands for site `i`.
    ops: Rc<dyn Fn(usize) -> BoxedStrategy<Ops>>,
    /// Operands for site `i` that its forms are likely made for (most warm
    /// operands, some test operands).
    hot: Rc<dyn Fn(usize) -> BoxedStrategy<Ops>>,
    muts: BoxedStrategy<Vec<Mut>>,
    fixed: Vec<Fixed>,
}

fn site_index(sites: &[String], needle: &str) -> usize {
    sites
        .iter()
        .position(|s| s.contains(needle))
        .unwrap_or_else(|| panic!("no site containing {needle:?}"))
}

/// Run the fixed examples of a family: the forms they hit. With `strict`,
/// an example that does not hit its form, or violates the property, panics.
fn run_fixed(fam: &Family, strict: bool) -> BTreeSet<Opcode> {
    let mut hit = BTreeSet::new();
    for fx in &fam.fixed {
        let case = Case {
            site: fx.site,
            pre: fx.pre.clone(),
            warm: vec![fx.ops.clone()],
            post: Vec::new(),
            test: None,
        };
        let run = run_case(&fam.sites, fam.head, &case);
        if let Some(Exercised { form, hit: true }) = run.exercised {
            hit.insert(form);
        }
        if !strict {
            continue;
        }
        if let Some(msg) = run.failure {
            panic!(
                "fixed example for {}: {msg}\ncase: {case:?}",
                fx.form.name()
            );
        }
        match run.exercised {
            Some(Exercised { form, hit: true }) if form == fx.form => {}
            Some(Exercised { form, hit }) => panic!(
                "fixed example for {} chose {} (hit: {hit}): {case:?}",
                fx.form.name(),
                form.name()
            ),
            None => panic!(
                "fixed example for {} did not specialize: {case:?}",
                fx.form.name()
            ),
        }
    }
    hit
}

/// The forms of `head` in the instruction table.
fn forms_of(head: Opcode) -> BTreeSet<Opcode> {
    Opcode::ALL
        .iter()
        .copied()
        .filter(|op| op.family() == head && *op != head && op.info().flags & flags::SUPER == 0)
        .collect()
}

fn check_family(fam: Family) {
    let head = fam.head;
    let covered = run_fixed(&fam, true);
    let missing: Vec<&str> = forms_of(head)
        .difference(&covered)
        .map(|op| op.name())
        .collect();
    assert!(
        missing.is_empty(),
        "{}: forms without a fixed example: {missing:?}",
        head.name()
    );

    let nsites = fam.sites.len();
    let ops = fam.ops.clone();
    let muts = fam.muts.clone();
    let hot = fam.hot.clone();
    let strategy = (0..nsites).prop_flat_map(move |i| {
        let o = ops(i);
        let h = hot(i);
        let warm = prop_oneof![3 => h.clone(), 1 => o.clone()];
        (
            Just(i),
            muts.clone(),
            prop::collection::vec(warm, 1..=2),
            muts.clone(),
            prop_oneof![
                2 => Just(None),
                2 => h.prop_map(Some),
                1 => o.prop_map(Some),
            ],
        )
            .prop_map(|(site, pre, warm, post, test)| Case {
                site,
                pre,
                warm,
                post,
                test,
            })
    });
    // (form, hit) -> cases, and cases that did not specialize.
    let tally: RefCell<BTreeMap<(Opcode, bool), u32>> = RefCell::new(BTreeMap::new());
    let unspecialized = std::cell::Cell::new(0u32);
    let mut runner = TestRunner::new(Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(CASES),
        failure_persistence: None,
        max_shrink_iters: 2048,
        ..Config::default()
    });
    let sites = fam.sites.clone();
    let result = runner.run(&strategy, |case| {
        let run = run_case(&sites, head, &case);
        if let Some(msg) = run.failure {
            return Err(TestCaseError::fail(msg));
        }
        match run.exercised {
            Some(e) => *tally.borrow_mut().entry((e.form, e.hit)).or_default() += 1,
            None => unspecialized.set(unspecialized.get() + 1),
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{}: {e}", head.name());
    }
    // Shown with --nocapture: how the random cases spread over the forms.
    let mut report = format!(
        "{}: {} cases did not specialize",
        head.name(),
        unspecialized.get()
    );
    for ((form, hit), n) in tally.into_inner() {
        let kind = if hit { "hit" } else { "miss" };
        report.push_str(&format!("\n  {:<44} {kind:<4} {n}", form.name()));
    }
    eprintln!("{report}");
}

// ====================================================================
// Families.
// ====================================================================

/// Two operands of the same builtin type (what the numeric and str forms
/// are made for).
fn same_kind() -> BoxedStrategy<(V, V)> {
    prop_oneof![
        3 => (int(), int()),
        2 => (float(), float()),
        2 => (text(), text()),
        1 => (int(), any::<bool>().prop_map(V::Bool)),
        1 => (int(), float()),
    ]
    .boxed()
}

/// An int operand that would repeat a sequence into more memory than
/// there is (`'ab' * 2**62` aborts the process instead of raising).
fn huge_count(v: &V) -> bool {
    match v {
        V::Int(i) => i.unsigned_abs() > 1000,
        V::Big(_) => true,
        _ => false,
    }
}

fn is_sequence(v: &V) -> bool {
    matches!(v, V::Str(_) | V::List(_) | V::Tuple(_) | V::Call(..))
}

fn binary_op() -> Family {
    let mut sites: Vec<String> = ["+", "-", "*", "//", "%", "/", "&", "|"]
        .iter()
        .map(|op| format!("def site(a, b):\n    return a {op} b\n"))
        .collect();
    sites.extend(
        ["+=", "-=", "*=", "//=", "%="]
            .iter()
            .map(|op| format!("def site(a, b):\n    a {op} b\n    return a\n")),
    );
    sites.push("def site(a, b):\n    a = a + b\n    return a\n".into());
    let operand = || {
        prop_oneof![
            4 => int(),
            1 => big(),
            3 => float(),
            3 => text(),
            1 => any::<bool>().prop_map(V::Bool),
            1 => pick(vec![
                call("Num", vec![V::Int(1)]),
                call("IntSub", vec![V::Int(7)]),
                call("FloatSub", vec![V::Float(0.5)]),
                call("StrSub", vec![s("sub")]),
                inst("Plain", vec![]),
                V::List(ints(&[1])),
                V::Tuple(ints(&[2])),
                V::None,
            ]),
        ]
        .boxed()
    };
    let local_a = || {
        prop_oneof![
            6 => Just(L::Stack(0)),
            1 => Just(L::Unbound),
            1 => text().prop_map(L::Val),
        ]
    };
    let ops = Rc::new(move |_site: usize| {
        (operand(), operand(), local_a())
            .prop_filter("no huge repetitions", |(a, b, _)| {
                !(huge_count(a) && is_sequence(b) || huge_count(b) && is_sequence(a))
            })
            .prop_map(|(a, b, la)| Ops {
                stack: vec![a, b],
                locals: vec![la, L::Stack(1)],
            })
            .boxed()
    });
    let hot = Rc::new(move |_site: usize| {
        (same_kind(), local_a())
            .prop_filter("no huge repetitions", |((a, b), _)| {
                !(huge_count(a) && is_sequence(b) || huge_count(b) && is_sequence(a))
            })
            .prop_map(|((a, b), la)| Ops {
                stack: vec![a, b],
                locals: vec![la, L::Stack(1)],
            })
            .boxed()
    });
    let two = |a: V, b: V| Ops {
        stack: vec![a, b],
        locals: vec![L::Stack(0), L::Stack(1)],
    };
    let at = |op: &str| site_index(&sites, &format!("a {op} b"));
    let fixed = vec![
        Fixed {
            site: at("+"),
            pre: vec![],
            ops: two(V::Int(1), V::Int(2)),
            form: Opcode::BINARY_OP_ADD_INT,
        },
        Fixed {
            site: at("-"),
            pre: vec![],
            ops: two(V::Int(1), V::Int(2)),
            form: Opcode::BINARY_OP_SUBTRACT_INT,
        },
        Fixed {
            site: at("*"),
            pre: vec![],
            ops: two(V::Int(3), V::Int(2)),
            form: Opcode::BINARY_OP_MULTIPLY_INT,
        },
        Fixed {
            site: at("//"),
            pre: vec![],
            ops: two(V::Int(-7), V::Int(2)),
            form: Opcode::BINARY_OP_FLOOR_DIVIDE_INT,
        },
        Fixed {
            site: at("%"),
            pre: vec![],
            ops: two(V::Int(-7), V::Int(2)),
            form: Opcode::BINARY_OP_REMAINDER_INT,
        },
        Fixed {
            site: at("+"),
            pre: vec![],
            ops: two(V::Float(1.5), V::Float(2.0)),
            form: Opcode::BINARY_OP_ADD_FLOAT,
        },
        Fixed {
            site: at("-"),
            pre: vec![],
            ops: two(V::Float(1.5), V::Float(2.0)),
            form: Opcode::BINARY_OP_SUBTRACT_FLOAT,
        },
        Fixed {
            site: at("*"),
            pre: vec![],
            ops: two(V::Float(1.5), V::Float(2.0)),
            form: Opcode::BINARY_OP_MULTIPLY_FLOAT,
        },
        Fixed {
            site: at("+"),
            pre: vec![],
            ops: two(s("ab"), s("cd")),
            form: Opcode::BINARY_OP_ADD_UNICODE,
        },
        Fixed {
            site: at("+="),
            pre: vec![],
            ops: two(s("ab"), s("cd")),
            form: Opcode::BINARY_OP_INPLACE_ADD_UNICODE,
        },
        Fixed {
            site: site_index(&sites, "a = a + b"),
            pre: vec![],
            ops: two(s("é"), s("cd")),
            form: Opcode::BINARY_OP_INPLACE_ADD_UNICODE,
        },
    ];
    Family {
        head: Opcode::BINARY_OP,
        sites,
        ops,
        hot,
        muts: no_muts(),
        fixed,
    }
}

fn compare_op() -> Family {
    let mut sites: Vec<String> = ["<", "<=", "==", "!=", ">", ">="]
        .iter()
        .map(|op| format!("def site(a, b):\n    return a {op} b\n"))
        .collect();
    sites.push("def site(a, b):\n    if a == b:\n        return 1\n".into());
    let operand = || {
        prop_oneof![
            4 => int(),
            1 => big(),
            3 => float(),
            3 => text(),
            1 => any::<bool>().prop_map(V::Bool),
            1 => pick(vec![
                call("Num", vec![V::Int(1)]),
                call("IntSub", vec![V::Int(7)]),
                call("FloatSub", vec![V::Float(0.5)]),
                call("StrSub", vec![s("a")]),
                inst("Plain", vec![]),
                V::Tuple(ints(&[1, 2])),
                V::None,
            ]),
        ]
        .boxed()
    };
    let ops = Rc::new(move |_site: usize| {
        (operand(), operand())
            .prop_map(|(a, b)| stack(vec![a, b]))
            .boxed()
    });
    let hot = Rc::new(|_site: usize| same_kind().prop_map(|(a, b)| stack(vec![a, b])).boxed());
    let at = |op: &str| site_index(&sites, &format!("a {op} b\n"));
    let fixed = vec![
        Fixed {
            site: at("<"),
            pre: vec![],
            ops: stack(vec![V::Int(1), V::Int(2)]),
            form: Opcode::COMPARE_OP_INT,
        },
        Fixed {
            site: at(">="),
            pre: vec![],
            ops: stack(vec![V::Float(f64::NAN), V::Float(2.0)]),
            form: Opcode::COMPARE_OP_FLOAT,
        },
        Fixed {
            site: at("=="),
            pre: vec![],
            ops: stack(vec![s("a"), s("a")]),
            form: Opcode::COMPARE_OP_STR,
        },
    ];
    Family {
        head: Opcode::COMPARE_OP,
        sites,
        ops,
        hot,
        muts: no_muts(),
        fixed,
    }
}

fn contains_op() -> Family {
    let sites: Vec<String> = vec![
        "def site(a, b):\n    return a in b\n".into(),
        "def site(a, b):\n    return a not in b\n".into(),
    ];
    let item = || {
        prop_oneof![
            4 => scalar(),
            1 => prop::collection::vec(scalar(), 0..3).prop_map(V::List),
            1 => prop::collection::vec(int(), 0..3).prop_map(V::Tuple),
            1 => prop::collection::vec(int(), 0..3).prop_map(V::Set),
            1 => prop::collection::vec(int(), 0..3).prop_map(V::FrozenSet),
            1 => pick(vec![call("Num", vec![V::Int(1)]), inst("Plain", vec![]), V::Dict(vec![])]),
        ]
        .boxed()
    };
    let hashable = || {
        prop_oneof![
            4 => scalar(),
            1 => prop::collection::vec(int(), 0..3).prop_map(V::Tuple),
            1 => prop::collection::vec(int(), 0..3).prop_map(V::FrozenSet),
            1 => Just(call("Num", vec![V::Int(1)])),
        ]
        .boxed()
    };
    let ops = Rc::new(move |_site: usize| {
        let container = prop_oneof![
            3 => prop::collection::vec(hashable(), 0..4).prop_map(V::Set),
            2 => prop::collection::vec(hashable(), 0..4).prop_map(V::FrozenSet),
            3 => prop::collection::vec((hashable(), scalar()), 0..4).prop_map(V::Dict),
            1 => prop::collection::vec(scalar(), 0..3).prop_map(V::List),
            1 => text(),
            1 => pick(vec![
                call("SetSub", vec![V::List(ints(&[1, 2]))]),
                call("DictMissing", vec![]),
                call("Seq", vec![]),
                V::Range(0, 10, 2),
                V::Int(3),
            ]),
        ];
        (item(), container)
            .prop_map(|(a, b)| stack(vec![a, b]))
            .boxed()
    });
    let hot = Rc::new(move |_site: usize| {
        let container = prop_oneof![
            2 => prop::collection::vec(hashable(), 0..4).prop_map(V::Set),
            1 => prop::collection::vec(hashable(), 0..4).prop_map(V::FrozenSet),
            2 => prop::collection::vec((hashable(), scalar()), 0..4).prop_map(V::Dict),
        ];
        (hashable(), container)
            .prop_map(|(a, b)| stack(vec![a, b]))
            .boxed()
    });
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::Int(1), V::Set(ints(&[1, 2]))]),
            form: Opcode::CONTAINS_OP_SET,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: stack(vec![V::Int(1), V::FrozenSet(ints(&[2]))]),
            form: Opcode::CONTAINS_OP_SET,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![s("k"), V::Dict(vec![(s("k"), V::Int(1))])]),
            form: Opcode::CONTAINS_OP_DICT,
        },
    ];
    Family {
        head: Opcode::CONTAINS_OP,
        sites,
        ops,
        hot,
        muts: no_muts(),
        fixed,
    }
}

fn to_bool() -> Family {
    let sites: Vec<String> =
        vec!["def site(x):\n    if x:\n        return 1\n    return 2\n".into()];
    let ops = Rc::new(|_site: usize| {
        prop_oneof![
            3 => any_value(),
            2 => pick(vec![
                inst("Plain", vec![]),
                inst("PlainBase", vec![]),
                inst("PlainChild", vec![]),
                call("MyErr", vec![]),
                inst("Slotted", vec![]),
                call("WithBool", vec![]),
                call("WithLen", vec![]),
                call("BadBool", vec![]),
                call("IntSub", vec![V::Int(0)]),
                call("ListSub", vec![V::List(vec![])]),
                V::List(vec![]),
                V::Str(String::new()),
            ]),
        ]
        .prop_map(|v| stack(vec![v]))
        .boxed()
    });
    let hot = Rc::new(|_site: usize| {
        prop_oneof![
            any::<bool>().prop_map(V::Bool),
            int(),
            prop::collection::vec(scalar(), 0..2).prop_map(V::List),
            Just(V::None),
            text(),
            inst_of(&["Plain", "PlainBase", "PlainChild", "Slotted"]),
            Just(call("MyErr", vec![])),
        ]
        .prop_map(|v| stack(vec![v]))
        .boxed()
    });
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::Bool(false)]),
            form: Opcode::TO_BOOL_BOOL,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::Int(0)]),
            form: Opcode::TO_BOOL_INT,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::List(ints(&[1]))]),
            form: Opcode::TO_BOOL_LIST,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::None]),
            form: Opcode::TO_BOOL_NONE,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![s("")]),
            form: Opcode::TO_BOOL_STR,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![inst("Plain", vec![])]),
            form: Opcode::TO_BOOL_ALWAYS_TRUE,
        },
    ];
    Family {
        head: Opcode::TO_BOOL,
        sites,
        ops,
        hot,
        muts: runs(&["mut_plain_bool", "mut_plainbase_len"]),
        fixed,
    }
}

fn binary_subscr() -> Family {
    let sites: Vec<String> = vec!["def site(a, b):\n    return a[b]\n".into()];
    let ops = Rc::new(|_site: usize| {
        let container = prop_oneof![
            3 => prop::collection::vec(scalar(), 0..4).prop_map(V::List),
            2 => prop::collection::vec(scalar(), 0..4).prop_map(V::Tuple),
            2 => text(),
            2 => prop::collection::vec((scalar(), scalar()), 0..4).prop_map(V::Dict),
            2 => pick(vec![
                call("Seq", vec![]),
                call("SeqChild", vec![]),
                call("SeqGen", vec![]),
                call("SeqRaise", vec![]),
                call("ListSub", vec![V::List(ints(&[1, 2]))]),
                call("DictMissing", vec![]),
                inst("Plain", vec![]),
                V::Range(0, 10, 3),
                V::None,
            ]),
        ];
        let sub = prop_oneof![
            4 => (-5i64..6).prop_map(V::Int),
            2 => scalar(),
            1 => pick(vec![
                call("slice", vec![V::Int(0), V::Int(2)]),
                call("IntSub", vec![V::Int(1)]),
                V::List(vec![]),
                V::Tuple(ints(&[1])),
            ]),
        ];
        (container, sub)
            .prop_map(|(a, b)| stack(vec![a, b]))
            .boxed()
    });
    let hot = Rc::new(|_site: usize| {
        let index = || (-2i64..5).prop_map(V::Int);
        prop_oneof![
            (
                prop::collection::vec(scalar(), 0..4).prop_map(V::List),
                index()
            ),
            (
                prop::collection::vec(scalar(), 0..4).prop_map(V::Tuple),
                index()
            ),
            (text(), index()),
            (
                prop::collection::vec(((0i64..4).prop_map(V::Int), scalar()), 0..4)
                    .prop_map(V::Dict),
                index()
            ),
            (
                pick(vec![
                    call("Seq", vec![]),
                    call("SeqChild", vec![]),
                    call("SeqGen", vec![]),
                    call("SeqRaise", vec![]),
                    call("SeqVar", vec![]),
                ]),
                index()
            ),
        ]
        .prop_map(|(a, b)| stack(vec![a, b]))
        .boxed()
    });
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::List(ints(&[1, 2])), V::Int(1)]),
            form: Opcode::BINARY_SUBSCR_LIST_INT,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::Tuple(ints(&[1, 2])), V::Int(0)]),
            form: Opcode::BINARY_SUBSCR_TUPLE_INT,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![s("abc"), V::Int(2)]),
            form: Opcode::BINARY_SUBSCR_STR_INT,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::Dict(vec![(V::Int(1), s("one"))]), V::Int(1)]),
            form: Opcode::BINARY_SUBSCR_DICT,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![call("Seq", vec![]), V::Int(1)]),
            form: Opcode::BINARY_SUBSCR_GETITEM,
        },
    ];
    Family {
        head: Opcode::BINARY_SUBSCR,
        sites,
        ops,
        hot,
        muts: runs(&["mut_seq_getitem", "mut_seq_getitem_code"]),
        fixed,
    }
}

fn store_subscr() -> Family {
    let sites: Vec<String> = vec!["def site(a, b, v):\n    a[b] = v\n".into()];
    let ops = Rc::new(|_site: usize| {
        let container = prop_oneof![
            4 => prop::collection::vec(scalar(), 0..4).prop_map(V::List),
            3 => prop::collection::vec((scalar(), scalar()), 0..4).prop_map(V::Dict),
            1 => prop::collection::vec(scalar(), 0..3).prop_map(V::Tuple),
            1 => pick(vec![
                call("ListSub", vec![V::List(ints(&[1, 2]))]),
                call("DictMissing", vec![]),
                inst("Plain", vec![]),
                s("abc"),
            ]),
        ];
        let sub = prop_oneof![
            4 => (-5i64..6).prop_map(V::Int),
            2 => scalar(),
            1 => pick(vec![
                call("slice", vec![V::Int(0), V::Int(1)]),
                V::Bool(true),
                V::List(vec![]),
                V::Tuple(ints(&[1])),
            ]),
        ];
        (scalar(), container, sub)
            .prop_map(|(v, a, b)| stack(vec![v, a, b]))
            .boxed()
    });
    let hot = Rc::new(|_site: usize| {
        prop_oneof![
            (
                scalar(),
                prop::collection::vec(scalar(), 0..4).prop_map(V::List),
                (-1i64..4).prop_map(V::Int)
            ),
            (
                scalar(),
                prop::collection::vec((scalar(), scalar()), 0..3).prop_map(V::Dict),
                scalar()
            ),
        ]
        .prop_map(|(v, a, b)| stack(vec![v, a, b]))
        .boxed()
    });
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![s("v"), V::List(ints(&[1, 2])), V::Int(1)]),
            form: Opcode::STORE_SUBSCR_LIST_INT,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![s("v"), V::Dict(vec![]), s("k")]),
            form: Opcode::STORE_SUBSCR_DICT,
        },
    ];
    Family {
        head: Opcode::STORE_SUBSCR,
        sites,
        ops,
        hot,
        muts: no_muts(),
        fixed,
    }
}

fn unpack_sequence() -> Family {
    let sites: Vec<String> = vec![
        "def site(x):\n    a, = x\n".into(),
        "def site(x):\n    a, b = x\n".into(),
        "def site(x):\n    a, b, c = x\n".into(),
    ];
    let ops = Rc::new(|_site: usize| {
        prop_oneof![
            4 => prop::collection::vec(scalar(), 0..5).prop_map(V::Tuple),
            3 => prop::collection::vec(scalar(), 0..5).prop_map(V::List),
            1 => text(),
            1 => prop::collection::vec((int(), scalar()), 0..4).prop_map(V::Dict),
            1 => pick(vec![
                call("fgen", vec![V::Int(2)]),
                call("fgen", vec![V::Int(3)]),
                call("Seq", vec![]),
                call("TupleSub", vec![V::List(ints(&[1, 2]))]),
                call("ListSub", vec![V::List(ints(&[1, 2, 3]))]),
                iter_of(V::List(ints(&[1, 2, 3])), 1),
                call("UserIter", vec![V::Int(3)]),
                V::Set(ints(&[1, 2])),
                V::Range(0, 3, 1),
                V::Int(2),
                V::None,
            ]),
        ]
        .prop_map(|v| stack(vec![v]))
        .boxed()
    });
    let hot = Rc::new(|site: usize| {
        let n = site + 1;
        prop_oneof![
            prop::collection::vec(scalar(), n..=n).prop_map(V::Tuple),
            prop::collection::vec(scalar(), n..=n).prop_map(V::List),
            prop::collection::vec(scalar(), 0..4).prop_map(V::Tuple),
            prop::collection::vec(scalar(), 0..4).prop_map(V::List),
        ]
        .prop_map(|v| stack(vec![v]))
        .boxed()
    });
    let fixed = vec![
        Fixed {
            site: 1,
            pre: vec![],
            ops: stack(vec![V::Tuple(ints(&[1, 2]))]),
            form: Opcode::UNPACK_SEQUENCE_TWO_TUPLE,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: stack(vec![V::Tuple(ints(&[1, 2, 3]))]),
            form: Opcode::UNPACK_SEQUENCE_TUPLE,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: stack(vec![V::List(ints(&[1, 2]))]),
            form: Opcode::UNPACK_SEQUENCE_LIST,
        },
    ];
    Family {
        head: Opcode::UNPACK_SEQUENCE,
        sites,
        ops,
        hot,
        muts: no_muts(),
        fixed,
    }
}

fn load_global() -> Family {
    let sites: Vec<String> = vec![
        "def site():\n    return gx\n".into(),
        "def site():\n    return gx()\n".into(),
        "def site():\n    return len\n".into(),
        "def site(a):\n    return len(a)\n".into(),
        "def site():\n    return nosuch\n".into(),
    ];
    let ops = Rc::new(|_site: usize| Just(stack(vec![])).boxed());
    let name = || prop::sample::select(vec!["gx", "len", "nosuch", "zz_new", "abs"]);
    let value = || {
        prop_oneof![
            3 => scalar(),
            1 => pick(vec![V::G("f1"), V::G("Plain")]),
        ]
    };
    let one = prop_oneof![
        3 => (name(), value()).prop_map(|(n, v)| Mut::SetGlobal(n, v)),
        2 => name().prop_map(Mut::DelGlobal),
        2 => (name(), value()).prop_map(|(n, v)| Mut::SetBuiltin(n, v)),
        2 => name().prop_map(Mut::DelBuiltin),
    ];
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![]),
            form: Opcode::LOAD_GLOBAL_MODULE,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: stack(vec![]),
            form: Opcode::LOAD_GLOBAL_MODULE,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: stack(vec![]),
            form: Opcode::LOAD_GLOBAL_BUILTIN,
        },
        Fixed {
            site: 3,
            pre: vec![],
            ops: stack(vec![]),
            form: Opcode::LOAD_GLOBAL_BUILTIN,
        },
        Fixed {
            site: 4,
            pre: vec![Mut::SetBuiltin("nosuch", V::Int(1))],
            ops: stack(vec![]),
            form: Opcode::LOAD_GLOBAL_BUILTIN,
        },
    ];
    Family {
        head: Opcode::LOAD_GLOBAL,
        sites,
        hot: ops.clone(),
        ops,
        muts: prop::collection::vec(one, 0..3).boxed(),
        fixed,
    }
}

/// Classes whose instances are attribute owners.
const OWNER_CLASSES: &[&str] = &[
    "Plain",
    "PlainChild",
    "Meth",
    "MethChild",
    "MethSlots",
    "Slotted",
    "SlottedChild",
    "Borrow",
    "Prop",
    "PropGetattr",
    "GA",
    "WithGetattr",
    "WithDescr",
    "SetAttr",
];

const ATTR_NAMES: &[&str] = &["x", "y", "z", "m", "k", "p", "a", "b"];

fn attr_history() -> BoxedStrategy<Vec<V>> {
    let one = prop_oneof![
        3 => (prop::sample::select(ATTR_NAMES.to_vec()), scalar()).prop_map(|(n, v)| set_attr(n, v)),
        1 => prop::sample::select(ATTR_NAMES.to_vec()).prop_map(del_attr),
    ];
    prop::collection::vec(one, 0..5).boxed()
}

fn attr_owner() -> BoxedStrategy<V> {
    prop_oneof![
        6 => (prop::sample::select(OWNER_CLASSES.to_vec()), attr_history())
            .prop_map(|(c, h)| inst(c, h)),
        1 => pick(vec![call("Prop", vec![]), call("Meth", vec![]), call("IntSub", vec![V::Int(3)])]),
        2 => pick(vec![
            V::G("Meth"),
            V::G("MethChild"),
            V::G("Plain"),
            V::G("WithMeta"),
            V::G("umod"),
            V::G("int"),
            s("abc"),
            V::List(ints(&[1])),
            V::Dict(vec![]),
            V::Int(5),
            V::Bool(true),
            V::None,
        ]),
    ]
    .boxed()
}

/// An instance of one of `classes` whose history sets `name` somewhere.
fn inst_with(classes: &[&'static str], name: &'static str) -> BoxedStrategy<V> {
    (
        prop::sample::select(classes.to_vec()),
        attr_history(),
        scalar(),
        0usize..5,
    )
        .prop_map(move |(c, mut h, v, at)| {
            h.insert(at.min(h.len()), set_attr(name, v));
            inst(c, h)
        })
        .boxed()
}

/// An instance of one of `classes` whose dict holds `name` after a
/// deletion (not compact: the WITH_HINT forms), then more history.
fn inst_hint(classes: &[&'static str], name: &'static str) -> BoxedStrategy<V> {
    (
        prop::sample::select(classes.to_vec()),
        prop::sample::select(vec!["q", "r"]),
        scalar(),
        attr_history(),
    )
        .prop_map(move |(c, other, v, more)| {
            let mut h = vec![
                set_attr(other, V::Int(0)),
                set_attr(name, v),
                del_attr(other),
            ];
            h.extend(more);
            inst(c, h)
        })
        .boxed()
}

/// An instance of one of `classes` with an arbitrary attribute history.
fn inst_of(classes: &[&'static str]) -> BoxedStrategy<V> {
    (prop::sample::select(classes.to_vec()), attr_history())
        .prop_map(|(c, h)| inst(c, h))
        .boxed()
}

/// Owners that an attribute access of `name` is likely specialized for.
fn hot_owner(name: &'static str) -> BoxedStrategy<V> {
    const PLAIN: &[&str] = &["Plain", "PlainChild", "Meth", "MethChild", "WithGetattr"];
    const METH: &[&str] = &["Meth", "MethChild", "MethSlots"];
    const SLOTS: &[&str] = &["Slotted", "SlottedChild", "Borrow"];
    match name {
        "x" | "y" | "z" | "b" => prop_oneof![
            4 => inst_with(PLAIN, name),
            2 => inst_hint(PLAIN, name),
            1 => inst_of(PLAIN),
            1 => pick(vec![call("GA", vec![]), inst("MethSlots", vec![set_attr("x", V::Int(1))])]),
        ]
        .boxed(),
        "m" | "m0" | "k" | "t" | "s" | "fn" | "sm" | "cm" => prop_oneof![
            4 => inst_of(METH),
            1 => inst_with(METH, name),
            1 => pick(vec![V::G("Meth"), V::G("MethChild"), V::G("MethSlots"), call("Meth", vec![])]),
        ]
        .boxed(),
        "p" | "q" | "bad" => pick(vec![
            call("Prop", vec![]),
            inst("Prop", vec![]),
            inst("Prop", vec![set_attr("_x", s("ab"))]),
            inst("PropGetattr", vec![]),
            call("GA", vec![]),
        ]),
        "a" => prop_oneof![
            3 => inst_with(SLOTS, "a"),
            1 => inst_of(SLOTS),
        ]
        .boxed(),
        "attr" | "other" => pick(vec![V::G("umod"), V::G("umod"), V::G("Meth")]),
        "upper" => prop_oneof![3 => text(), 1 => Just(call("StrSub", vec![s("q")])), 1 => scalar()].boxed(),
        "append" => prop_oneof![
            3 => prop::collection::vec(scalar(), 0..3).prop_map(V::List),
            1 => Just(call("ListSub", vec![V::List(vec![])])),
            1 => container(),
        ]
        .boxed(),
        "get" => prop_oneof![3 => container(), 1 => Just(call("DictMissing", vec![]))].boxed(),
        "bit_length" | "real" => prop_oneof![
            3 => int(),
            1 => any::<bool>().prop_map(V::Bool),
            1 => float(),
            1 => big(),
            1 => Just(call("IntSub", vec![V::Int(3)])),
        ]
        .boxed(),
        _ => attr_owner(),
    }
}

fn load_attr() -> Family {
    let attrs = [
        "x",
        "y",
        "m",
        "m0",
        "k",
        "t",
        "s",
        "fn",
        "p",
        "q",
        "bad",
        "a",
        "sm",
        "cm",
        "attr",
        "other",
        "upper",
        "append",
        "get",
        "bit_length",
        "real",
        "nosuch",
        "boom",
        "__class__",
    ];
    let methods = [
        "m",
        "m0",
        "x",
        "k",
        "fn",
        "sm",
        "cm",
        "upper",
        "append",
        "get",
        "bit_length",
        "attr",
        "a",
    ];
    let mut sites: Vec<String> = attrs
        .iter()
        .map(|n| format!("def site(o):\n    return o.{n}\n"))
        .collect();
    sites.extend(
        methods
            .iter()
            .map(|n| format!("def site(o):\n    return o.{n}()\n")),
    );
    let names: Vec<&'static str> = attrs.iter().chain(methods.iter()).copied().collect();
    let ops = Rc::new(|_site: usize| attr_owner().prop_map(|o| stack(vec![o])).boxed());
    let hot =
        Rc::new(move |site: usize| hot_owner(names[site]).prop_map(|o| stack(vec![o])).boxed());
    let attr = |n: &str| site_index(&sites, &format!("o.{n}\n"));
    let method = |n: &str| site_index(&sites, &format!("o.{n}()\n"));
    let one = |v: V| stack(vec![v]);
    let fixed = vec![
        Fixed {
            site: attr("x"),
            pre: vec![],
            ops: one(inst("Plain", vec![set_attr("x", V::Int(1))])),
            form: Opcode::LOAD_ATTR_INSTANCE_VALUE,
        },
        Fixed {
            site: attr("x"),
            pre: vec![],
            ops: one(inst(
                "Plain",
                vec![
                    set_attr("y", V::Int(1)),
                    set_attr("x", V::Int(2)),
                    del_attr("y"),
                ],
            )),
            form: Opcode::LOAD_ATTR_WITH_HINT,
        },
        Fixed {
            site: attr("a"),
            pre: vec![],
            ops: one(inst("Slotted", vec![set_attr("a", V::Int(1))])),
            form: Opcode::LOAD_ATTR_SLOT,
        },
        Fixed {
            site: attr("attr"),
            pre: vec![],
            ops: one(V::G("umod")),
            form: Opcode::LOAD_ATTR_MODULE,
        },
        Fixed {
            site: attr("k"),
            pre: vec![],
            ops: one(V::G("Meth")),
            form: Opcode::LOAD_ATTR_CLASS,
        },
        Fixed {
            site: attr("p"),
            pre: vec![],
            ops: one(call("Prop", vec![])),
            form: Opcode::LOAD_ATTR_PROPERTY,
        },
        Fixed {
            site: attr("x"),
            pre: vec![],
            ops: one(call("GA", vec![])),
            form: Opcode::LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN,
        },
        Fixed {
            site: method("m"),
            pre: vec![],
            ops: one(inst("Meth", vec![set_attr("z", V::Int(1))])),
            form: Opcode::LOAD_ATTR_METHOD_WITH_VALUES,
        },
        Fixed {
            site: method("upper"),
            pre: vec![],
            ops: one(s("abc")),
            form: Opcode::LOAD_ATTR_METHOD_NO_DICT,
        },
        Fixed {
            site: method("m"),
            pre: vec![],
            ops: one(inst("MethSlots", vec![])),
            form: Opcode::LOAD_ATTR_METHOD_NO_DICT,
        },
        Fixed {
            site: method("m"),
            pre: vec![],
            ops: one(inst("Meth", vec![])),
            form: Opcode::LOAD_ATTR_METHOD_LAZY_DICT,
        },
        Fixed {
            site: attr("k"),
            pre: vec![],
            ops: one(inst("Meth", vec![])),
            form: Opcode::LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES,
        },
        Fixed {
            site: attr("k"),
            pre: vec![],
            ops: one(inst("MethSlots", vec![])),
            form: Opcode::LOAD_ATTR_NONDESCRIPTOR_NO_DICT,
        },
    ];
    Family {
        head: Opcode::LOAD_ATTR,
        sites,
        ops,
        hot,
        muts: runs(&[
            "mut_meth_m",
            "mut_meth_k",
            "mut_meth_x",
            "mut_meth_m_code",
            "mut_prop_p",
            "mut_prop_fget_code",
            "mut_ga",
            "mut_ga_code",
            "mut_mod_add",
            "mut_mod_attr",
            "mut_mod_del",
            "mut_ga_getattr",
            "mut_prop_getattr",
            "mut_slotted_a",
            "mut_plain_x",
        ]),
        fixed,
    }
}

fn store_attr() -> Family {
    let names = ["x", "y", "z", "a", "b", "p", "k", "m", "attr"];
    let sites: Vec<String> = names
        .iter()
        .map(|n| format!("def site(o, v):\n    o.{n} = v\n"))
        .collect();
    let ops = Rc::new(|_site: usize| {
        (scalar(), attr_owner())
            .prop_map(|(v, o)| stack(vec![v, o]))
            .boxed()
    });
    let hot = Rc::new(move |site: usize| {
        let owner = match names[site] {
            "x" | "y" | "z" => prop_oneof![
                2 => inst_of(&["Plain", "PlainChild", "Meth", "WithGetattr"]),
                2 => inst_with(&["Plain", "PlainChild", "Meth", "WithGetattr"], names[site]),
                2 => inst_hint(&["Plain", "PlainChild", "Meth"], names[site]),
                1 => inst_of(&["SetAttr", "WithDescr", "MethSlots"]),
            ]
            .boxed(),
            other => hot_owner(other),
        };
        (scalar(), owner)
            .prop_map(|(v, o)| stack(vec![v, o]))
            .boxed()
    });
    let at = |n: &str| site_index(&sites, &format!("o.{n} ="));
    let fixed = vec![
        Fixed {
            site: at("x"),
            pre: vec![],
            ops: stack(vec![
                V::Int(9),
                inst("Plain", vec![set_attr("x", V::Int(1))]),
            ]),
            form: Opcode::STORE_ATTR_INSTANCE_VALUE,
        },
        Fixed {
            site: at("x"),
            pre: vec![],
            ops: stack(vec![V::Int(9), inst("Plain", vec![])]),
            form: Opcode::STORE_ATTR_INSTANCE_VALUE,
        },
        Fixed {
            site: at("y"),
            pre: vec![],
            ops: stack(vec![
                V::Int(9),
                inst("Plain", vec![set_attr("x", V::Int(1))]),
            ]),
            form: Opcode::STORE_ATTR_INSTANCE_VALUE,
        },
        Fixed {
            site: at("x"),
            pre: vec![],
            ops: stack(vec![
                V::Int(9),
                inst(
                    "Plain",
                    vec![
                        set_attr("y", V::Int(1)),
                        set_attr("x", V::Int(2)),
                        del_attr("y"),
                    ],
                ),
            ]),
            form: Opcode::STORE_ATTR_WITH_HINT,
        },
        Fixed {
            site: at("a"),
            pre: vec![],
            ops: stack(vec![V::Int(9), inst("Slotted", vec![])]),
            form: Opcode::STORE_ATTR_SLOT,
        },
    ];
    Family {
        head: Opcode::STORE_ATTR,
        sites,
        ops,
        hot,
        muts: runs(&["mut_slotted_a", "mut_plain_x", "mut_meth_x", "mut_meth_k"]),
        fixed,
    }
}

/// Receivers for a world global holding a method descriptor: mostly its
/// own type, some subclass instances and other values.
fn receiver_for(descriptor: &str) -> BoxedStrategy<V> {
    match descriptor {
        "list_append" | "list_sort" => prop_oneof![
            3 => prop::collection::vec(int(), 0..3).prop_map(V::List),
            1 => Just(call("ListSub", vec![V::List(ints(&[2, 1]))])),
            1 => scalar(),
        ]
        .boxed(),
        "str_upper" | "str_split" | "str_join" => prop_oneof![
            3 => text(),
            1 => Just(call("StrSub", vec![s("x y")])),
            1 => scalar(),
        ]
        .boxed(),
        "dict_get" => prop_oneof![
            3 => prop::collection::vec((scalar(), scalar()), 0..3).prop_map(V::Dict),
            1 => Just(call("DictMissing", vec![])),
            1 => scalar(),
        ]
        .boxed(),
        _ => prop_oneof![
            2 => int(),
            1 => any::<bool>().prop_map(V::Bool),
            1 => big(),
            1 => Just(call("IntSub", vec![V::Int(3)])),
            1 => float(),
        ]
        .boxed(),
    }
}

fn call_family() -> Family {
    let sites: Vec<String> = vec![
        "def site(f):\n    return f()\n".into(),
        "def site(f, a):\n    return f(a)\n".into(),
        "def site(f, a, b):\n    return f(a, b)\n".into(),
        "def site(f, a, b, c):\n    return f(a, b, c)\n".into(),
    ];
    let callables = vec![
        V::G("f0"),
        V::G("f1"),
        V::G("f2"),
        V::G("f3"),
        V::G("fvar"),
        V::G("fkw"),
        V::G("fraise"),
        V::G("fgen"),
        V::G("clo"),
        V::G("fcell"),
        V::G("selfref"),
        V::G("top"),
        V::G("InitDefault"),
        V::G("InitCell"),
        bound(call("Meth", vec![]), "m"),
        bound(call("Meth", vec![]), "m0"),
        bound(call("Meth", vec![]), "m1"),
        bound(call("Meth", vec![]), "mgen"),
        bound(call("Meth", vec![]), "sm"),
        bound(call("Meth", vec![]), "cm"),
        bound(s("a b"), "upper"),
        bound(V::List(vec![]), "append"),
        V::Attr(Box::new(V::G("Meth")), "m"),
        V::G("Init"),
        V::G("Init0"),
        V::G("Init1"),
        V::G("InitBad"),
        V::G("InitRaise"),
        V::G("InitVar"),
        V::G("InitSlots"),
        V::G("InitChild"),
        V::G("NewCls"),
        V::G("WithMeta"),
        V::G("Plain"),
        V::G("MyErr"),
        V::G("IntSub"),
        V::G("int"),
        V::G("str"),
        V::G("tuple"),
        V::G("type"),
        V::G("list"),
        V::G("dict"),
        V::G("range"),
        V::G("bool"),
        V::G("float"),
        V::G("len"),
        V::G("isinstance"),
        V::G("max"),
        V::G("min"),
        V::G("abs"),
        V::G("repr"),
        V::G("sorted"),
        V::G("iter"),
        V::G("sum"),
        V::G("hasattr"),
        V::G("getattr"),
        V::G("print"),
        V::G("globals"),
        V::G("list_append"),
        V::G("str_upper"),
        V::G("str_split"),
        V::G("str_join"),
        V::G("dict_get"),
        V::G("list_sort"),
        V::G("int_bit_length"),
        call("Callable", vec![]),
        V::Int(5),
        V::None,
    ];
    let receivers = vec![
        V::List(ints(&[3, 1, 2])),
        s("a b"),
        s(","),
        V::Dict(vec![(s("k"), V::Int(1))]),
        V::Int(5),
        V::Bool(true),
        call("Meth", vec![]),
        call("ListSub", vec![V::List(ints(&[1]))]),
        call("StrSub", vec![s("x y")]),
    ];
    let arg = || {
        prop_oneof![
            4 => scalar(),
            1 => container(),
            1 => pick(vec![
                V::G("int"),
                V::G("str"),
                V::G("Plain"),
                V::Tuple(vec![V::G("int"), V::G("str")]),
                V::List(vec![s("a"), s("b")]),
                s("big"),
                s(" "),
                V::Int(2),
                call("Num", vec![V::Int(1)]),
                inst("Plain", vec![]),
                call("fgen", vec![V::Int(2)]),
            ]),
        ]
        .boxed()
    };
    let ops = Rc::new(move |site: usize| {
        let callable = pick(callables.clone());
        let self_slot = prop_oneof![
            6 => Just(V::Null),
            2 => pick(receivers.clone()),
        ];
        (
            callable,
            self_slot,
            prop::collection::vec(arg(), site..=site),
        )
            .prop_map(|(c, s, args)| {
                let mut v = vec![c, s];
                v.extend(args);
                stack(v)
            })
            .boxed()
    });
    // Coherent calls: callables that take the site's argument count, each
    // with the self slot its forms expect.
    let hot = Rc::new(move |site: usize| {
        let g = |names: &[&'static str]| names.iter().map(|n| V::G(n)).collect::<Vec<V>>();
        let meth = || call("Meth", vec![]);
        let plain: Vec<V> = match site {
            0 => {
                let mut v = g(&[
                    "f0", "Init0", "Plain", "list", "int", "str", "MyErr", "print", "globals",
                ]);
                v.extend([
                    bound(meth(), "m0"),
                    bound(meth(), "m"),
                    bound(meth(), "cm"),
                    call("Callable", vec![]),
                ]);
                v
            }
            1 => {
                let mut v = g(&[
                    "f1",
                    "f2",
                    "clo",
                    "selfref",
                    "fraise",
                    "fgen",
                    "fvar",
                    "fkw",
                    "len",
                    "abs",
                    "repr",
                    "type",
                    "str",
                    "tuple",
                    "list",
                    "int",
                    "range",
                    "Init1",
                    "InitChild",
                    "InitBad",
                    "InitRaise",
                    "InitSlots",
                    "InitVar",
                    "InitDefault",
                    "InitCell",
                    "fcell",
                    "WithMeta",
                    "NewCls",
                    "IntSub",
                    "sorted",
                    "iter",
                    "sum",
                    "print",
                ]);
                v.extend([
                    bound(meth(), "m"),
                    bound(meth(), "m1"),
                    bound(meth(), "mgen"),
                    bound(call("MethChild", vec![]), "m1"),
                    bound(V::G("Meth"), "sm"),
                ]);
                v
            }
            2 => g(&[
                "f2",
                "fvar",
                "isinstance",
                "max",
                "min",
                "hasattr",
                "getattr",
                "Init",
                "InitVar",
                "InitDefault",
                "range",
                "print",
            ]),
            _ => g(&[
                "f3", "fvar", "max", "min", "getattr", "range", "InitVar", "print",
            ]),
        };
        let descriptors: Vec<&'static str> = match site {
            0 => vec!["str_upper", "int_bit_length", "list_sort"],
            1 => vec!["list_append", "str_join", "dict_get", "str_split"],
            2 => vec!["dict_get", "str_split"],
            _ => vec!["dict_get"],
        };
        // Functions called as methods: LOAD_ATTR left (function, self).
        let methods: Vec<V> = match site {
            0 => vec![
                V::Attr(Box::new(V::G("Meth")), "m0"),
                V::Attr(Box::new(V::G("Meth")), "m"),
                V::G("f1"),
            ],
            1 => vec![
                V::Attr(Box::new(V::G("Meth")), "m1"),
                V::Attr(Box::new(V::G("Meth")), "m"),
                V::G("f2"),
            ],
            2 => vec![V::G("f3"), V::G("fvar")],
            _ => vec![V::G("fvar")],
        };
        let head = prop_oneof![
            4 => pick(plain).prop_map(|c| (c, V::Null)),
            3 => prop::sample::select(descriptors).prop_flat_map(|d| (Just(V::G(d)), receiver_for(d))),
            1 => (
                pick(methods),
                pick(vec![meth(), inst("MethChild", vec![]), V::Int(1)]),
            ),
        ];
        (head, prop::collection::vec(arg(), site..=site))
            .prop_map(|((c, s), args)| {
                let mut v = vec![c, s];
                v.extend(args);
                stack(v)
            })
            .boxed()
    });
    let c = |callable: V, self_slot: V, args: Vec<V>| {
        let mut v = vec![callable, self_slot];
        v.extend(args);
        stack(v)
    };
    let fixed = vec![
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("f1"), V::Null, vec![V::Int(1)]),
            form: Opcode::CALL_PY_EXACT_ARGS,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("f2"), call("Meth", vec![]), vec![V::Int(1)]),
            form: Opcode::CALL_PY_EXACT_ARGS,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("f2"), V::Null, vec![V::Int(1)]),
            form: Opcode::CALL_PY_GENERAL,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: c(bound(call("Meth", vec![]), "m0"), V::Null, vec![]),
            form: Opcode::CALL_BOUND_METHOD_EXACT_ARGS,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: c(bound(call("Meth", vec![]), "m"), V::Null, vec![]),
            form: Opcode::CALL_BOUND_METHOD_GENERAL,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(call("Callable", vec![]), V::Null, vec![V::Int(1)]),
            form: Opcode::CALL_NON_PY_GENERAL,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("int"), V::Null, vec![s("12")]),
            form: Opcode::CALL_BUILTIN_CLASS,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("abs"), V::Null, vec![V::Int(-3)]),
            form: Opcode::CALL_BUILTIN_O,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: c(V::G("hasattr"), V::Null, vec![s("abc"), s("upper")]),
            form: Opcode::CALL_BUILTIN_FAST,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: c(V::G("max"), V::Null, vec![V::Int(1), V::Int(2)]),
            form: Opcode::CALL_BUILTIN_FAST_WITH_KEYWORDS,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("type"), V::Null, vec![V::Int(1)]),
            form: Opcode::CALL_TYPE_1,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("str"), V::Null, vec![V::Int(1)]),
            form: Opcode::CALL_STR_1,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("tuple"), V::Null, vec![V::List(ints(&[1]))]),
            form: Opcode::CALL_TUPLE_1,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("len"), V::Null, vec![s("abc")]),
            form: Opcode::CALL_LEN,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: c(V::G("isinstance"), V::Null, vec![V::Int(1), V::G("int")]),
            form: Opcode::CALL_ISINSTANCE,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("list_append"), V::List(vec![]), vec![V::Int(1)]),
            form: Opcode::CALL_LIST_APPEND,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(
                V::G("str_join"),
                s(","),
                vec![V::List(vec![s("a"), s("b")])],
            ),
            form: Opcode::CALL_METHOD_DESCRIPTOR_O,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: c(V::G("str_upper"), s("abc"), vec![]),
            form: Opcode::CALL_METHOD_DESCRIPTOR_NOARGS,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: c(V::G("dict_get"), V::Dict(vec![]), vec![s("k"), V::Int(0)]),
            form: Opcode::CALL_METHOD_DESCRIPTOR_FAST,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: c(V::G("str_split"), s("a b c"), vec![s(" "), V::Int(1)]),
            form: Opcode::CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("Init1"), V::Null, vec![V::Int(1)]),
            form: Opcode::CALL_ALLOC_AND_ENTER_INIT,
        },
    ];
    Family {
        head: Opcode::CALL,
        sites,
        ops,
        hot,
        muts: runs(&[
            "mut_f1_code",
            "mut_f1_code_var",
            "mut_f2_defaults",
            "mut_meth_m",
            "mut_meth_m_code",
            "mut_meth_m0_code",
            "mut_init_init",
            "mut_init_code",
        ]),
        fixed,
    }
}

fn iterators() -> BoxedStrategy<V> {
    let k = || 0i64..4;
    prop_oneof![
        3 => (prop::collection::vec(scalar(), 0..4), k()).prop_map(|(xs, k)| iter_of(V::List(xs), k)),
        1 => (prop::collection::vec(scalar(), 0..4), k())
            .prop_map(|(xs, k)| call("it_shrink", vec![V::List(xs), V::Int(k)])),
        1 => (prop::collection::vec(scalar(), 0..4), k())
            .prop_map(|(xs, k)| call("it_grow", vec![V::List(xs), V::Int(k)])),
        2 => (prop::collection::vec(scalar(), 0..4), k()).prop_map(|(xs, k)| iter_of(V::Tuple(xs), k)),
        2 => (
            prop::sample::select(vec![
                (0, 3, 1),
                (5, -5, -3),
                (i64::MAX - 2, i64::MAX, 1),
                (i64::MIN + 2, i64::MIN, -1),
                (i64::MIN, i64::MAX, i64::MAX),
                (0, 0, 1),
            ]),
            k(),
        )
            .prop_map(|((a, b, c), k)| iter_of(V::Range(a, b, c), k)),
        1 => k().prop_map(|k| iter_of(call("range", vec![V::Big(i64::MAX as i128 - 1), V::Big(i64::MAX as i128 + 2)]), k)),
        2 => (0i64..3, k()).prop_map(|(n, k)| call("adv", vec![call("fgen", vec![V::Int(n)]), V::Int(k)])),
        1 => k().prop_map(|k| call("adv", vec![call("outer_gen", vec![]), V::Int(k)])),
        1 => k().prop_map(|k| call("adv", vec![call("fgen_raise", vec![]), V::Int(k)])),
        1 => k().prop_map(|k| call("adv", vec![call("echo", vec![]), V::Int(k)])),
        1 => pick(vec![
            call("gen_done", vec![]),
            iter_of(s("aé"), 1),
            iter_of(V::Dict(vec![(V::Int(1), V::Int(2))]), 0),
            iter_of(V::Set(ints(&[1, 2])), 0),
            call("reversed", vec![V::List(ints(&[1, 2]))]),
            call("enumerate", vec![V::List(ints(&[1]))]),
            call("UserIter", vec![V::Int(2)]),
            call("UserIter", vec![V::Int(0)]),
            V::List(ints(&[1])),
            V::Int(3),
        ]),
    ]
    .boxed()
}

fn for_iter() -> Family {
    let sites: Vec<String> = vec!["def site(x):\n    for i in x:\n        pass\n".into()];
    let ops = Rc::new(|_site: usize| iterators().prop_map(|v| stack(vec![v])).boxed());
    let one = |v: V| stack(vec![v]);
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: one(iter_of(V::List(ints(&[1, 2])), 0)),
            form: Opcode::FOR_ITER_LIST,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: one(iter_of(V::List(ints(&[1, 2])), 2)),
            form: Opcode::FOR_ITER_LIST,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: one(iter_of(V::Tuple(ints(&[1])), 0)),
            form: Opcode::FOR_ITER_TUPLE,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: one(iter_of(V::Range(0, 3, 1), 1)),
            form: Opcode::FOR_ITER_RANGE,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: one(call("fgen", vec![V::Int(2)])),
            form: Opcode::FOR_ITER_GEN,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: one(call("gen_done", vec![])),
            form: Opcode::FOR_ITER_GEN,
        },
    ];
    Family {
        head: Opcode::FOR_ITER,
        sites,
        hot: ops.clone(),
        ops,
        muts: no_muts(),
        fixed,
    }
}

fn send() -> Family {
    let sites: Vec<String> = vec!["def site(x):\n    yield from x\n".into()];
    let ops = Rc::new(|_site: usize| {
        let receiver = prop_oneof![
            3 => (prop::sample::select(vec!["fgen", "outer_gen", "echo", "fgen_raise", "inner_gen"]), 0i64..4)
                .prop_map(|(g, k)| {
                    let args = if g == "fgen" { vec![V::Int(2)] } else { vec![] };
                    call("adv", vec![call(g, args), V::Int(k)])
                }),
            1 => iterators(),
            1 => pick(vec![call("UserIter", vec![V::Int(2)]), call("gen_done", vec![]), V::Int(1)]),
        ];
        let value = prop_oneof![
            3 => Just(V::None),
            1 => scalar(),
            1 => Just(s("stop")),
        ];
        (receiver, value)
            .prop_map(|(r, v)| stack(vec![r, v]))
            .boxed()
    });
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![call("fgen", vec![V::Int(2)]), V::None]),
            form: Opcode::SEND_GEN,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![
                call("adv", vec![call("echo", vec![]), V::Int(1)]),
                V::Int(5),
            ]),
            form: Opcode::SEND_GEN,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![
                call("adv", vec![call("fgen", vec![V::Int(1)]), V::Int(1)]),
                V::None,
            ]),
            form: Opcode::SEND_GEN,
        },
    ];
    Family {
        head: Opcode::SEND,
        sites,
        hot: ops.clone(),
        ops,
        muts: no_muts(),
        fixed,
    }
}

fn load_super_attr() -> Family {
    let names = [
        "m",
        "k",
        "p",
        "cm",
        "sm",
        "__init__",
        "nosuch",
        "v",
        "__class__",
        "upper",
    ];
    let mut sites: Vec<String> = names
        .iter()
        .map(|n| format!("def site(c, o):\n    return super(c, o).{n}\n"))
        .collect();
    sites.extend(
        names
            .iter()
            .map(|n| format!("def site(c, o):\n    return super(c, o).{n}()\n")),
    );
    let classes = || {
        pick(vec![
            V::G("Base"),
            V::G("Derived"),
            V::G("Derived2"),
            V::G("DerivedSlots"),
            V::G("Meth"),
            V::G("MethChild"),
            V::G("StrSub"),
            V::G("object"),
        ])
    };
    let selves = || {
        pick(vec![
            call("Base", vec![]),
            call("Derived", vec![]),
            call("Derived2", vec![]),
            inst("Derived", vec![set_attr("m", s("shadow"))]),
            inst("DerivedSlots", vec![]),
            call("MethChild", vec![]),
            call("StrSub", vec![s("ab")]),
            V::G("Derived"),
            V::G("Derived2"),
            V::G("MethChild"),
        ])
    };
    let ops = Rc::new(move |_site: usize| {
        let sup = prop_oneof![
            4 => Just(V::G("super")),
            1 => pick(vec![V::G("top"), V::G("Plain"), V::Int(1)]),
        ];
        let class = prop_oneof![3 => classes(), 1 => any_value()];
        let obj = prop_oneof![3 => selves(), 1 => any_value()];
        (sup, class, obj)
            .prop_map(|(a, b, c)| stack(vec![a, b, c]))
            .boxed()
    });
    let hot = Rc::new(move |_site: usize| {
        (classes(), selves())
            .prop_map(|(b, c)| stack(vec![V::G("super"), b, c]))
            .boxed()
    });
    let attr = |n: &str| site_index(&sites, &format!(").{n}\n"));
    let method = |n: &str| site_index(&sites, &format!(").{n}()\n"));
    let fixed = vec![
        Fixed {
            site: attr("k"),
            pre: vec![],
            ops: stack(vec![
                V::G("super"),
                V::G("Derived"),
                call("Derived2", vec![]),
            ]),
            form: Opcode::LOAD_SUPER_ATTR_ATTR,
        },
        Fixed {
            site: method("m"),
            pre: vec![],
            ops: stack(vec![
                V::G("super"),
                V::G("Derived"),
                call("Derived", vec![]),
            ]),
            form: Opcode::LOAD_SUPER_ATTR_METHOD,
        },
        Fixed {
            site: method("cm"),
            pre: vec![],
            ops: stack(vec![V::G("super"), V::G("Derived"), V::G("Derived2")]),
            form: Opcode::LOAD_SUPER_ATTR_METHOD,
        },
    ];
    Family {
        head: Opcode::LOAD_SUPER_ATTR,
        sites,
        ops,
        hot,
        muts: no_muts(),
        fixed,
    }
}

/// Every family with a refinement property.
fn families() -> Vec<Family> {
    vec![
        binary_op(),
        compare_op(),
        contains_op(),
        to_bool(),
        binary_subscr(),
        store_subscr(),
        unpack_sequence(),
        load_global(),
        load_attr(),
        load_super_attr(),
        store_attr(),
        call_family(),
        for_iter(),
        send(),
    ]
}

// ====================================================================
// Tests.
// ====================================================================

#[test]
fn binary_op_forms_refine_binary_op() {
    check_family(binary_op());
}

#[test]
fn compare_op_forms_refine_compare_op() {
    check_family(compare_op());
}

#[test]
fn contains_op_forms_refine_contains_op() {
    check_family(contains_op());
}

#[test]
fn to_bool_forms_refine_to_bool() {
    check_family(to_bool());
}

#[test]
fn binary_subscr_forms_refine_binary_subscr() {
    check_family(binary_subscr());
}

#[test]
fn store_subscr_forms_refine_store_subscr() {
    check_family(store_subscr());
}

#[test]
fn unpack_sequence_forms_refine_unpack_sequence() {
    check_family(unpack_sequence());
}

#[test]
fn load_global_forms_refine_load_global() {
    check_family(load_global());
}

#[test]
fn load_attr_forms_refine_load_attr() {
    check_family(load_attr());
}

#[test]
fn load_super_attr_forms_refine_load_super_attr() {
    check_family(load_super_attr());
}

#[test]
fn store_attr_forms_refine_store_attr() {
    check_family(store_attr());
}

#[test]
fn call_forms_refine_call() {
    check_family(call_family());
}

#[test]
fn for_iter_forms_refine_for_iter() {
    check_family(for_iter());
}

#[test]
fn send_forms_refine_send() {
    check_family(send());
}

/// Every specialized form in the instruction table (superinstructions
/// aside) is exercised, hitting, by a refinement check: a new form, or a
/// new family, without a property fails here.
#[test]
fn every_form_has_a_refinement_property() {
    let mut exercised = BTreeSet::new();
    for fam in families() {
        exercised.extend(run_fixed(&fam, false));
    }
    let missing: Vec<&str> = Opcode::ALL
        .iter()
        .copied()
        .filter(|op| op.family() != *op && op.info().flags & flags::SUPER == 0)
        .filter(|op| !exercised.contains(op))
        .map(|op| op.name())
        .collect();
    assert!(
        missing.is_empty(),
        "forms without a refinement property: {missing:?}"
    );
}
