//! The world (a Python module defining the classes, functions and
//! generators operands come from) and operand recipes.

use quicken_spec::code::CodeObject;
use quicken_spec::compile::compile_bytes;
use quicken_spec::eval::{Output, Vm};
use quicken_spec::runtime::object::Module;
use quicken_spec::runtime::*;
use std::rc::Rc;

use super::show::show_err;

/// The world's source.
pub const WORLD: &str = r#"
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

/// Compile `src` (a harness source: the world or a site).
pub(crate) fn compile(src: &str, name: &str) -> Result<Rc<CodeObject>, String> {
    compile_bytes(src.as_bytes(), name).map_err(|e| format!("{name} does not compile: {e:?}"))
}

/// An interpreter that has run the world module, with the module `umod`
/// added to its globals.
pub(crate) struct World {
    pub vm: Vm,
    pub globals: Rc<Dict>,
}

impl World {
    /// Run the world's (compiled) code in a fresh interpreter.
    pub fn new(code: Rc<CodeObject>) -> Result<World, String> {
        let mut vm = Vm::new(Output::Buffer(Vec::new()));
        if let Err(e) = vm.run_module(code) {
            return Err(format!("the world fails: {}", show_err(&e)));
        }
        let globals = match vm.modules.get_str(&intern("__main__")) {
            Some(Value::Module(m)) => m.dict.clone(),
            _ => return Err("the world made no __main__ module".into()),
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
        Ok(World { vm, globals })
    }

    /// A world global, or a builtin.
    pub fn global(&self, name: &str) -> Result<Value, String> {
        let n = intern(name);
        self.globals
            .get_str(&n)
            .or_else(|| self.vm.builtins.get_str(&n))
            .ok_or_else(|| format!("no global {name}"))
    }

    fn call(&mut self, name: &str, args: &[Value]) -> Result<Value, String> {
        let f = self.global(name)?;
        self.vm
            .call(&f, args, &[])
            .map_err(|e| format!("building operand: {name}(...) raised {}", show_err(&e)))
    }

    /// A fresh copy of the operand `v` describes.
    pub fn build(&mut self, v: &V) -> Result<Value, String> {
        Ok(match v {
            V::Null => Value::Null,
            V::None => Value::None,
            V::Bool(b) => Value::Bool(*b),
            V::Int(i) => Value::Int(*i),
            V::Big(i) => Value::from_bigint(num_bigint::BigInt::from(*i)),
            V::Float(f) => Value::Float(*f),
            V::Str(s) => Value::str(s),
            V::Tuple(items) => Value::tuple(self.build_all(items)?),
            V::List(items) => Value::list(self.build_all(items)?),
            V::Dict(items) => {
                let d = Dict::new();
                for (k, x) in items {
                    let k = self.build(k)?;
                    let x = self.build(x)?;
                    d.set(&mut self.vm, k, x)
                        .map_err(|e| format!("dict operand: {}", show_err(&e)))?;
                }
                Value::Dict(Rc::new(d))
            }
            V::Set(items) | V::FrozenSet(items) => {
                let items = self.build_all(items)?;
                let ctor = if matches!(v, V::Set(_)) {
                    "set"
                } else {
                    "frozenset"
                };
                self.call(ctor, &[Value::list(items)])?
            }
            V::Range(a, b, c) => {
                self.call("range", &[Value::Int(*a), Value::Int(*b), Value::Int(*c)])?
            }
            V::G(name) => self.global(name)?,
            V::Call(name, args) => {
                let args = self.build_all(args)?;
                self.call(name, &args)?
            }
            V::Attr(owner, name) => {
                let owner = self.build(owner)?;
                ops::getattr(&mut self.vm, &owner, &intern(name))
                    .map_err(|e| format!("operand attribute {name}: {}", show_err(&e)))?
            }
        })
    }

    fn build_all(&mut self, vs: &[V]) -> Result<Vec<Value>, String> {
        vs.iter().map(|x| self.build(x)).collect()
    }

    /// Make a change to the world.
    pub fn apply(&mut self, m: &Mut) -> Result<(), String> {
        match m {
            Mut::SetGlobal(n, v) => {
                let v = self.build(v)?;
                self.globals.set_str(intern(n), v);
            }
            Mut::DelGlobal(n) => {
                self.globals.remove_str(&intern(n));
            }
            Mut::SetBuiltin(n, v) => {
                let v = self.build(v)?;
                self.vm.builtins.set_str(intern(n), v);
            }
            Mut::DelBuiltin(n) => {
                self.vm.builtins.remove_str(&intern(n));
            }
            Mut::Run(n) => {
                self.call(n, &[])?;
            }
        }
        Ok(())
    }
}

// ====================================================================
// Operand recipes.
// ====================================================================

/// How to build one operand: the form and the generic path each get their
/// own copy of mutable objects.
#[derive(Clone, Debug)]
pub enum V {
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
pub enum Mut {
    SetGlobal(&'static str, V),
    DelGlobal(&'static str),
    SetBuiltin(&'static str, V),
    DelBuiltin(&'static str),
    /// Call a world function (one of the `mut_*` class and function patches).
    Run(&'static str),
}

/// A fast local of the site's frame.
#[derive(Clone, Debug)]
pub enum L {
    Unbound,
    /// The very object pushed as stack operand `i`.
    Stack(usize),
    Val(V),
}

/// The operands of one execution: the value stack (bottom first) and the
/// leading fast locals.
#[derive(Clone, Debug)]
pub struct Ops {
    pub stack: Vec<V>,
    pub locals: Vec<L>,
}

pub fn stack(vs: Vec<V>) -> Ops {
    Ops {
        stack: vs,
        locals: Vec::new(),
    }
}

pub fn s(x: &str) -> V {
    V::Str(x.to_string())
}

pub fn call(name: &'static str, args: Vec<V>) -> V {
    V::Call(name, args)
}

/// An instance of world class `cls` made by `cls.__new__(cls)` (no
/// `__init__`), then this history of attribute sets and deletes.
pub fn inst(cls: &'static str, history: Vec<V>) -> V {
    let mut args = vec![V::G(cls)];
    args.extend(history);
    V::Call("new_inst", args)
}

pub fn set_attr(name: &str, v: V) -> V {
    V::Tuple(vec![s("s"), s(name), v])
}

pub fn del_attr(name: &str) -> V {
    V::Tuple(vec![s("d"), s(name)])
}

pub fn bound(owner: V, name: &str) -> V {
    call("bound", vec![owner, s(name)])
}

pub fn iter_of(xs: V, k: i64) -> V {
    call("it_adv", vec![xs, V::Int(k)])
}

pub fn ints(xs: &[i64]) -> Vec<V> {
    xs.iter().map(|&i| V::Int(i)).collect()
}
