//! Reusing a world across cases: a record of the state of everything a
//! fresh world reaches, and the check (and repair) that brings a world back
//! to it after a case.
//!
//! The record lists every mutable object reachable from the world's
//! globals, the builtins and `sys.modules` (dicts with their entries in
//! order, functions with their code, defaults, names and dict, classes with
//! their dict, bases, MRO and live subclasses, instances, cells, lists,
//! properties). After a case, [`Pristine::restore`] compares each object
//! with its record by identity and puts back what changed: a dict's entries
//! (reinserted in order into the emptied dict, so positions match a fresh
//! dict's), a function's code or defaults (and its version), an instance's
//! class or slots; a class whose dict changed is also marked modified, as
//! any class mutation is. What it cannot put back exactly (a class's bases,
//! a dict that had holes, an object of a kind it does not record) makes it
//! report failure, and the caller builds a fresh world instead.
//!
//! What a restored world keeps from earlier cases is invisible to a case:
//! version tags and keys versions handed out (a fresh world hands out others
//! on first request; no cache survives a case, since every case quickens its
//! site afresh), interned strings, and the interpreter's frame pool.

use super::world::World;
use quicken_spec::code::CodeObject;
use quicken_spec::runtime::*;
use std::collections::HashSet;
use std::rc::{Rc, Weak};

/// A dict of the world: an object of its own, or a class's namespace.
enum DictRef {
    Own(Rc<Dict>),
    OfType(Rc<Type>),
}

impl DictRef {
    fn dict(&self) -> &Dict {
        match self {
            DictRef::Own(d) => d,
            DictRef::OfType(t) => &t.dict,
        }
    }
}

/// The recorded state of one mutable object.
enum Item {
    Dict {
        owner: DictRef,
        /// Entries in order; every key a str (else `restorable` is false).
        entries: Vec<(Value, Value)>,
        /// Whether emptying the dict and reinserting `entries` gives it
        /// back exactly (it had no holes, and only str keys).
        restorable: bool,
    },
    Function {
        f: Rc<Function>,
        code: Rc<CodeObject>,
        name: Rc<PyStr>,
        qualname: Rc<PyStr>,
        defaults: Option<Rc<Tuple>>,
        kwdefaults: Option<Rc<Dict>>,
        dict: Option<Rc<Dict>>,
        version: u32,
    },
    Type {
        t: Rc<Type>,
        qualname: Name,
        bases: Vec<Rc<Type>>,
        mro: Vec<Rc<Type>>,
        meta: Option<Rc<Type>>,
        nslots: usize,
        has_dict: bool,
        subclasses: Vec<Weak<Type>>,
    },
    Instance {
        i: Rc<Instance>,
        class: Rc<Type>,
        dict: Option<Rc<Dict>>,
        slots: Vec<Option<Value>>,
    },
    Cell {
        c: Rc<Cell>,
        value: Option<Value>,
    },
    List {
        l: Rc<List>,
        items: Vec<Value>,
    },
    Property {
        p: Rc<Property>,
        name: Option<Name>,
    },
}

/// The recorded state of a fresh world.
pub(crate) struct Pristine {
    items: Vec<Item>,
    recursion_limit: usize,
    /// Builtin classes that world classes derive from: their subclass
    /// lists collect dead entries as worlds come and go.
    builtin_bases: Vec<Rc<Type>>,
}

/// Same object (or same inline value). The kinds world dicts hold most
/// are compared without `Value::identity`, which this runs thousands of
/// times per case.
#[inline]
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y),
        (Value::Function(x), Value::Function(y)) => Rc::ptr_eq(x, y),
        (Value::Builtin(x), Value::Builtin(y)) => Rc::ptr_eq(x, y),
        (Value::Type(x), Value::Type(y)) => Rc::ptr_eq(x, y),
        (Value::Int(x), Value::Int(y)) => x == y,
        _ => std::mem::discriminant(a) == std::mem::discriminant(b) && a.identity() == b.identity(),
    }
}

fn same_opt(a: &Option<Value>, b: &Option<Value>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same(a, b),
        (None, None) => true,
        _ => false,
    }
}

fn same_rc<T>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

fn same_types(a: &[Rc<Type>], b: &[Rc<Type>]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| Rc::ptr_eq(x, y))
}

fn dict_is(d: &Dict, entries: &[(Value, Value)]) -> bool {
    d.len() == entries.len()
        && d.with_entries(|it| {
            it.zip(entries)
                .all(|(e, (k, v))| same(&e.key, k) && same(&e.value, v))
        })
}

/// Record-time walk over the world's object graph.
struct Recorder {
    items: Vec<Item>,
    seen: HashSet<usize>,
    builtin_bases: Vec<Rc<Type>>,
    /// An object whose state this module does not record (a set, an
    /// iterator, a generator, an exception): the world cannot be reused.
    unsupported: bool,
}

impl Recorder {
    fn first_visit(&mut self, v: &Value) -> bool {
        self.seen.insert(v.identity())
    }

    fn dict(&mut self, owner: DictRef, depth: usize) {
        let d = owner.dict();
        let mut restorable = d.is_compact();
        let entries: Vec<(Value, Value)> =
            d.with_entries(|it| it.map(|e| (e.key.clone(), e.value.clone())).collect());
        for (k, v) in &entries {
            restorable &= matches!(k, Value::Str(_));
            self.value(k, depth + 1);
            self.value(v, depth + 1);
        }
        self.items.push(Item::Dict {
            owner,
            entries,
            restorable,
        });
    }

    fn value(&mut self, v: &Value, depth: usize) {
        if depth > 64 {
            self.unsupported = true;
            return;
        }
        match v {
            Value::Null
            | Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Builtin(_)
            | Value::Code(_)
            | Value::Range(_)
            | Value::Slice(_)
            | Value::Bytes(_)
            | Value::Member(_) => {}
            Value::Tuple(t) => {
                if self.first_visit(v) {
                    for x in t.items.iter() {
                        self.value(x, depth + 1);
                    }
                }
            }
            Value::FrozenSet(s) => {
                if self.first_visit(v) {
                    for x in set::elements(s) {
                        self.value(&x, depth + 1);
                    }
                }
            }
            Value::List(l) => {
                if self.first_visit(v) {
                    let items = l.items.borrow().clone();
                    for x in &items {
                        self.value(x, depth + 1);
                    }
                    self.items.push(Item::List {
                        l: l.clone(),
                        items,
                    });
                }
            }
            Value::Dict(d) => {
                if self.first_visit(v) {
                    self.dict(DictRef::Own(d.clone()), depth);
                }
            }
            Value::Function(f) => {
                if self.first_visit(v) {
                    let defaults = f.defaults.borrow().clone();
                    let kwdefaults = f.kwdefaults.borrow().clone();
                    let dict = f.dict.borrow().clone();
                    if let Some(t) = &defaults {
                        self.value(&Value::Tuple(t.clone()), depth + 1);
                    }
                    if let Some(d) = &kwdefaults {
                        self.value(&Value::Dict(d.clone()), depth + 1);
                    }
                    if let Some(t) = &f.closure {
                        self.value(&Value::Tuple(t.clone()), depth + 1);
                    }
                    if let Some(d) = &dict {
                        self.value(&Value::Dict(d.clone()), depth + 1);
                    }
                    self.value(&Value::Dict(f.globals.clone()), depth + 1);
                    self.value(&f.module, depth + 1);
                    self.items.push(Item::Function {
                        f: f.clone(),
                        code: f.code.borrow().clone(),
                        name: f.name.borrow().clone(),
                        qualname: f.qualname.borrow().clone(),
                        defaults,
                        kwdefaults,
                        dict,
                        version: f.version.get(),
                    });
                }
            }
            Value::BoundMethod(m) => {
                if self.first_visit(v) {
                    self.value(&m.func, depth + 1);
                    self.value(&m.receiver, depth + 1);
                }
            }
            Value::Type(t) => {
                if !self.first_visit(v) {
                    return;
                }
                if !t.is_heap {
                    // Builtin classes cannot be mutated.
                    return;
                }
                let bases = t.bases.borrow().clone();
                let mro = t.mro.borrow().clone();
                let meta = t.meta.borrow().clone();
                for b in bases.iter().chain(mro.iter()).chain(meta.iter()) {
                    if !b.is_heap && !self.builtin_bases.iter().any(|x| Rc::ptr_eq(x, b)) {
                        self.builtin_bases.push(b.clone());
                    }
                    self.value(&Value::Type(b.clone()), depth + 1);
                }
                self.dict(DictRef::OfType(t.clone()), depth);
                let subclasses: Vec<Weak<Type>> = t
                    .subclasses
                    .borrow()
                    .iter()
                    .filter(|w| w.strong_count() > 0)
                    .cloned()
                    .collect();
                self.items.push(Item::Type {
                    t: t.clone(),
                    qualname: t.qualname.borrow().clone(),
                    bases,
                    mro,
                    meta,
                    nslots: t.nslots.get(),
                    has_dict: t.has_dict.get(),
                    subclasses,
                });
            }
            Value::Instance(i) => {
                if !self.first_visit(v) {
                    return;
                }
                if i.exc.is_some() {
                    self.unsupported = true;
                    return;
                }
                let class = i.class.borrow().clone();
                let dict = i.dict.borrow().clone();
                let slots = i.slots.borrow().clone();
                self.value(&Value::Type(class.clone()), depth + 1);
                if let Some(d) = &dict {
                    self.value(&Value::Dict(d.clone()), depth + 1);
                }
                for x in slots.iter().flatten() {
                    self.value(x, depth + 1);
                }
                if let Some(b) = &i.base {
                    self.value(b, depth + 1);
                }
                self.items.push(Item::Instance {
                    i: i.clone(),
                    class,
                    dict,
                    slots,
                });
            }
            Value::Cell(c) => {
                if self.first_visit(v) {
                    let value = c.value.borrow().clone();
                    if let Some(x) = &value {
                        self.value(x, depth + 1);
                    }
                    self.items.push(Item::Cell {
                        c: c.clone(),
                        value,
                    });
                }
            }
            Value::Module(m) => {
                if self.first_visit(v) {
                    self.value(&Value::Dict(m.dict.clone()), depth + 1);
                }
            }
            Value::Property(p) => {
                if self.first_visit(v) {
                    for x in [&p.fget, &p.fset, &p.fdel, &p.doc] {
                        self.value(x, depth + 1);
                    }
                    self.items.push(Item::Property {
                        p: p.clone(),
                        name: p.name.borrow().clone(),
                    });
                }
            }
            Value::StaticMethod(w) | Value::ClassMethod(w) => {
                if self.first_visit(v) {
                    self.value(&w.func, depth + 1);
                }
            }
            Value::Super(s) => {
                if self.first_visit(v) {
                    self.value(&Value::Type(s.thisclass.clone()), depth + 1);
                    self.value(&s.obj, depth + 1);
                    self.value(&Value::Type(s.obj_type.clone()), depth + 1);
                }
            }
            Value::Set(_)
            | Value::Iter(_)
            | Value::Generator(_)
            | Value::ByteArray(_)
            | Value::DictView(_) => self.unsupported = true,
        }
    }
}

impl Pristine {
    /// Record the state of a fresh world, or `None` when it holds objects
    /// whose state cannot be recorded (then it is never reused).
    pub fn record(w: &World) -> Option<Pristine> {
        let mut r = Recorder {
            items: Vec::new(),
            seen: HashSet::new(),
            builtin_bases: Vec::new(),
            unsupported: false,
        };
        r.value(&Value::Dict(w.globals.clone()), 0);
        r.value(&Value::Dict(w.vm.builtins.clone()), 0);
        r.value(&Value::Dict(w.vm.modules.clone()), 0);
        if r.unsupported {
            return None;
        }
        Some(Pristine {
            items: r.items,
            recursion_limit: w.vm.recursion_limit,
            builtin_bases: r.builtin_bases,
        })
    }

    /// Bring `w` back to the recorded state after a case. False when that
    /// is impossible: then `w` must not be used again.
    pub fn restore(&self, w: &mut World) -> bool {
        if w.vm.depth != 0 {
            return false;
        }
        w.vm.handled = None;
        w.vm.caller_namespaces = None;
        w.vm.err_out.clear();
        w.vm.steps = 0;
        w.vm.recursion_limit = self.recursion_limit;
        w.vm.take_output();
        // Repair in two passes: objects first, then class dicts (whose
        // `modified` must see the final subclass lists).
        let mut ok = true;
        let mut touched_types: Vec<&Rc<Type>> = Vec::new();
        for item in &self.items {
            ok &= self.restore_item(item, &mut touched_types);
        }
        for t in touched_types {
            t.modified();
        }
        ok
    }

    fn restore_item<'a>(&self, item: &'a Item, touched_types: &mut Vec<&'a Rc<Type>>) -> bool {
        match item {
            Item::Dict {
                owner,
                entries,
                restorable,
            } => {
                let d = owner.dict();
                if dict_is(d, entries) {
                    return true;
                }
                if !restorable {
                    return false;
                }
                d.clear();
                for (k, v) in entries {
                    if let Value::Str(name) = k {
                        d.set_str(name.clone(), v.clone());
                    }
                }
                if let DictRef::OfType(t) = owner {
                    touched_types.push(t);
                }
                true
            }
            Item::Function {
                f,
                code,
                name,
                qualname,
                defaults,
                kwdefaults,
                dict,
                version,
            } => {
                if !Rc::ptr_eq(&f.code.borrow(), code) {
                    *f.code.borrow_mut() = code.clone();
                }
                if !Rc::ptr_eq(&f.name.borrow(), name) {
                    *f.name.borrow_mut() = name.clone();
                }
                if !Rc::ptr_eq(&f.qualname.borrow(), qualname) {
                    *f.qualname.borrow_mut() = qualname.clone();
                }
                if !same_rc(&f.defaults.borrow(), defaults) {
                    *f.defaults.borrow_mut() = defaults.clone();
                }
                if !same_rc(&f.kwdefaults.borrow(), kwdefaults) {
                    *f.kwdefaults.borrow_mut() = kwdefaults.clone();
                }
                if !same_rc(&f.dict.borrow(), dict) {
                    *f.dict.borrow_mut() = dict.clone();
                }
                f.version.set(*version);
                true
            }
            Item::Type {
                t,
                qualname,
                bases,
                mro,
                meta,
                nslots,
                has_dict,
                subclasses,
            } => {
                let mut live = t.subclasses.borrow_mut();
                live.retain(|w| w.strong_count() > 0);
                let same_subclasses = live.len() == subclasses.len()
                    && live.iter().zip(subclasses).all(|(a, b)| a.ptr_eq(b));
                drop(live);
                if !Rc::ptr_eq(&t.qualname.borrow(), qualname) {
                    *t.qualname.borrow_mut() = qualname.clone();
                }
                same_subclasses
                    && same_types(&t.bases.borrow(), bases)
                    && same_types(&t.mro.borrow(), mro)
                    && same_rc(&t.meta.borrow(), meta)
                    && t.nslots.get() == *nslots
                    && t.has_dict.get() == *has_dict
            }
            Item::Instance {
                i,
                class,
                dict,
                slots,
            } => {
                if !Rc::ptr_eq(&i.class.borrow(), class) {
                    *i.class.borrow_mut() = class.clone();
                }
                if !same_rc(&i.dict.borrow(), dict) {
                    *i.dict.borrow_mut() = dict.clone();
                }
                let mut now = i.slots.borrow_mut();
                if now.len() != slots.len() || !now.iter().zip(slots).all(|(a, b)| same_opt(a, b)) {
                    *now = slots.clone();
                }
                true
            }
            Item::Cell { c, value } => {
                if !same_opt(&c.value.borrow(), value) {
                    *c.value.borrow_mut() = value.clone();
                }
                true
            }
            Item::List { l, items } => {
                let mut now = l.items.borrow_mut();
                if now.len() != items.len() || !now.iter().zip(items).all(|(a, b)| same(a, b)) {
                    *now = items.clone();
                }
                true
            }
            Item::Property { p, name } => {
                if !same_rc(&p.name.borrow(), name) {
                    *p.name.borrow_mut() = name.clone();
                }
                true
            }
        }
    }

    /// Drop the dead entries that discarded worlds left in the subclass
    /// lists of builtin classes.
    pub fn prune_builtin_bases(&self) {
        for t in &self.builtin_bases {
            t.subclasses.borrow_mut().retain(|w| w.strong_count() > 0);
        }
    }
}

impl Pristine {
    /// Break the reference cycles of a world that will not be used again
    /// (functions refer to the globals, which refer to the functions and
    /// classes), so that dropping it frees it.
    pub fn dismantle(&self) {
        for item in &self.items {
            match item {
                Item::Dict { owner, .. } => owner.dict().clear(),
                Item::Function { f, .. } => {
                    f.dict.borrow_mut().take();
                    f.defaults.borrow_mut().take();
                    f.kwdefaults.borrow_mut().take();
                }
                Item::Instance { i, .. } => {
                    i.dict.borrow_mut().take();
                    i.slots.borrow_mut().clear();
                }
                Item::Cell { c, .. } => {
                    c.value.borrow_mut().take();
                }
                Item::List { l, .. } => l.items.borrow_mut().clear(),
                Item::Type { .. } | Item::Property { .. } => {}
            }
        }
    }
}
