//! The typed program generator: scopes, expressions, statements, functions
//! and classes. Scenario templates that stress a specializer live in
//! `scenarios.rs` and use the helpers here.

use std::collections::BTreeSet;

use arbitrary::{Result, Unstructured};

use crate::config::Config;
use crate::ty::Ty;
use crate::{Program, OUT_OF_FUEL_MARKER};

/// Every feature name the generator can report.
pub(crate) const ALL_FEATURES: &[&str] = &[
    "assign",
    "augassign",
    "if",
    "for_range",
    "for_container",
    "while",
    "break_continue",
    "function",
    "default_args",
    "keyword_args",
    "lambda",
    "closure",
    "nonlocal",
    "global_stmt",
    "class",
    "inheritance",
    "super",
    "property",
    "property_setter",
    "slots",
    "class_attr_store",
    "method_call",
    "generator",
    "try_except",
    "try_finally",
    "raise_custom",
    "exception_chain",
    "comprehension",
    "list",
    "tuple",
    "dict",
    "set",
    "str",
    "fstring",
    "bigint",
    "float",
    "match",
    "with",
    "recursion",
    "tight_fuel",
    // Specializer stressors (scenarios.rs).
    "hot_type_change",
    "megamorphic_args",
    "method_replace",
    "class_attr_del",
    "instance_shadow",
    "class_assign",
    "class_assign_bad",
    "builtin_rebind",
    "global_rebind",
    "polymorphic_call",
    "builtin_subclass",
    "stateful_dunder",
    "slots_scenario",
    "borrowed_slot",
    "descriptor",
    "property_replace",
    "defaults_replace",
    "code_replace",
    "init_code_replace",
    "vars_dict",
    "dict_replace",
    "generator_send",
    "getitem_replace",
    "getattr_added",
    "base_method_replace",
    "exc_in_hot_loop",
    "late_binding_closure",
    "unpack_change",
    "int_boundary",
    "float_special",
    "dict_keys_change",
    "str_build",
    "recursive_fn",
    "match_poly",
    "with_scenario",
    // Scenarios aimed at particular specialized forms (form_scenarios.rs).
    "none_truth",
    "module_attr",
    "getattribute_override",
    "store_attr_hint",
    "bound_method_general",
    "gen_iter",
    "yield_from_change",
    "gen_running",
    "super_attr",
    "super_shadow",
    "method_descr_kw",
];

/// Per-call fuel budget of a generated function or method, and of the
/// module's own code. The budget the program gets is generous above these,
/// so only tight-fuel configurations and estimation slips run out.
const FN_COST_LIMIT: u64 = 600;
const MODULE_COST_LIMIT: u64 = 12_000;
/// Bound on container sizes kept by stores, and assumed trip count of a loop
/// over a container.
pub(crate) const CONTAINER_BOUND: u64 = 16;

#[derive(Clone, Debug)]
pub(crate) struct Var {
    pub name: String,
    pub ty: Ty,
    pub frame: usize,
}

#[derive(Clone, Debug)]
pub(crate) struct Param {
    pub name: String,
    pub ty: Ty,
    pub default: Option<String>,
}

#[derive(Clone, Debug)]
pub(crate) struct FuncInfo {
    pub params: Vec<Param>,
    pub ret: Ty,
    pub cost: u64,
    /// For generator functions: the type of the values they yield.
    pub yields: Option<Ty>,
}

#[derive(Clone, Debug)]
pub(crate) struct Method {
    pub name: String,
    pub params: Vec<Ty>,
    pub ret: Ty,
    pub cost: u64,
}

#[derive(Clone, Debug)]
pub(crate) struct Prop {
    pub name: String,
    pub ty: Ty,
    /// The field a setter stores into, if the property has one.
    pub setter_field: Option<String>,
}

#[derive(Clone, Debug)]
pub(crate) struct ClassInfo {
    pub name: String,
    pub base: Option<usize>,
    pub fields: Vec<(String, Ty)>,
    pub class_attrs: Vec<(String, Ty)>,
    pub props: Vec<Prop>,
    pub methods: Vec<Method>,
    pub init: Vec<Ty>,
    pub init_cost: u64,
    pub match_args: bool,
}

struct Frame {
    /// Outer names this frame may assign (declared global or nonlocal).
    writable_extra: Vec<String>,
    ret: Option<Ty>,
    loop_depth: u32,
    mult: u64,
    cost: u64,
    limit: u64,
    /// In a method: self-method calls are allowed to indices below this.
    method_limit: Option<(usize, usize)>,
    is_gen: bool,
}

impl Frame {
    fn new(limit: u64) -> Self {
        Frame {
            writable_extra: Vec::new(),
            ret: None,
            loop_depth: 0,
            mult: 1,
            cost: 0,
            limit,
            method_limit: None,
            is_gen: false,
        }
    }
}

pub(crate) struct Gen<'a, 'b> {
    pub u: &'a mut Unstructured<'b>,
    pub cfg: Config,
    out: String,
    n_lines: usize,
    ind: usize,
    next_id: u32,
    scopes: Vec<Vec<Var>>,
    frames: Vec<Frame>,
    pub funcs: Vec<FuncInfo>,
    pub classes: Vec<ClassInfo>,
    features: BTreeSet<&'static str>,
    digest_no: u32,
    n_functions: u32,
    n_classes: u32,
    /// Fuel the scenarios estimate they spend at module level.
    pub extra_cost: u64,
}

pub(crate) fn py_str(s: &str) -> String {
    let mut o = String::from("'");
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            '\'' => o.push_str("\\'"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            _ => o.push(c),
        }
    }
    o.push('\'');
    o
}

/// An f-string over expressions `x` (any scalar), `i` (int) and `f`
/// (float); falls back to `format()` calls when an expression could not
/// appear inside a 3.11 f-string (backslashes, quotes, nested f-strings).
fn fstring(which: u32, x: &str, i: &str, f: &str) -> String {
    let safe = [x, i, f]
        .iter()
        .all(|e| !e.contains('\\') && !e.contains('"'));
    match (which, safe) {
        (0, true) => format!("f\"<{{({x})}}|{{({i}):>5}}>\""),
        (0, false) => format!("('<' + format({x}) + '|' + format({i}, '>5') + '>')"),
        (1, true) => format!("f\"{{({x})!r}}-{{({i}):x}}\""),
        (1, false) => format!("(repr({x}) + '-' + format({i}, 'x'))"),
        (2, true) => format!("f\"{{({f}):.3f}}/{{({f}):g}}/{{({i}):+d}}\""),
        (2, false) => {
            format!("(format({f}, '.3f') + '/' + format({f}, 'g') + '/' + format({i}, '+d'))")
        }
        _ => format!("('%s:%d' % ({x}, {i}))"),
    }
}

const STR_POOL: &[&str] = &[
    "", "a", "bc", "xyz", "Hello", "12", "-7", " sp ", "ab,cd", "é", "naïve", "it's", "ß€",
    "tab\t", "A_B", "0x1f", "3.5",
];

const FLOAT_POOL: &[&str] = &[
    "0.5",
    "1.25",
    "-3.0",
    "0.1",
    "2.5e10",
    "1e-07",
    "-0.0",
    "3.141592653589793",
    "100.0",
    "7.75",
    "1e+16",
    "0.3",
];

impl<'a, 'b> Gen<'a, 'b> {
    pub fn new(u: &'a mut Unstructured<'b>, cfg: Config) -> Self {
        Gen {
            u,
            cfg,
            out: String::new(),
            n_lines: 0,
            ind: 1,
            next_id: 0,
            scopes: vec![Vec::new()],
            frames: vec![Frame::new(MODULE_COST_LIMIT)],
            funcs: Vec::new(),
            classes: Vec::new(),
            features: BTreeSet::new(),
            digest_no: 0,
            n_functions: 0,
            n_classes: 0,
            extra_cost: 0,
        }
    }

    // ----- small helpers -------------------------------------------------

    pub fn feat(&mut self, f: &'static str) {
        debug_assert!(ALL_FEATURES.contains(&f), "unknown feature {f}");
        self.features.insert(f);
    }

    pub fn fresh(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}{}", self.next_id)
    }

    pub fn line(&mut self, s: &str) {
        for _ in 0..self.ind {
            self.out.push_str("    ");
        }
        self.out.push_str(s);
        self.out.push('\n');
        self.n_lines += 1;
    }

    pub fn indent(&mut self) {
        self.ind += 1;
    }

    pub fn dedent(&mut self) {
        self.ind -= 1;
    }

    pub fn lines(&self) -> usize {
        self.n_lines
    }

    pub fn range(&mut self, lo: u32, hi: u32) -> Result<u32> {
        if lo >= hi {
            return Ok(lo);
        }
        self.u.int_in_range(lo..=hi)
    }

    pub fn chance(&mut self, n: u8, d: u8) -> Result<bool> {
        // `ratio` answers true on exhausted input; invert so that exhausted
        // input takes the simple path.
        Ok(!self.u.ratio(d - n, d)?)
    }

    pub fn pick<T: Clone>(&mut self, xs: &[T]) -> Result<T> {
        Ok(self.u.choose(xs)?.clone())
    }

    /// Index into `weights`; zero weights are never chosen. Exhausted input
    /// takes the first option with a nonzero weight.
    pub fn weighted(&mut self, weights: &[u32]) -> Result<usize> {
        let total: u32 = weights.iter().sum();
        assert!(total > 0, "no option available");
        let mut r = self.u.int_in_range(0..=total - 1)?;
        for (i, &w) in weights.iter().enumerate() {
            if r < w {
                return Ok(i);
            }
            r -= w;
        }
        unreachable!()
    }

    // ----- scopes ---------------------------------------------------------

    fn frame(&self) -> &Frame {
        self.frames.last().unwrap()
    }

    fn frame_mut(&mut self) -> &mut Frame {
        self.frames.last_mut().unwrap()
    }

    pub fn frame_index(&self) -> usize {
        self.frames.len() - 1
    }

    pub fn at_module(&self) -> bool {
        self.frames.len() == 1
    }

    pub fn push_scope(&mut self) {
        self.scopes.push(Vec::new());
    }

    pub fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    pub fn declare(&mut self, name: &str, ty: Ty) {
        let frame = self.frame_index();
        self.scopes.last_mut().unwrap().push(Var {
            name: name.to_string(),
            ty,
            frame,
        });
    }

    fn visible(&self) -> impl Iterator<Item = &Var> {
        self.scopes.iter().flat_map(|s| s.iter())
    }

    pub fn is_subclass(&self, c: usize, of: usize) -> bool {
        let mut k = Some(c);
        while let Some(i) = k {
            if i == of {
                return true;
            }
            k = self.classes[i].base;
        }
        false
    }

    /// Whether a value of type `have` may stand where `want` is expected.
    pub fn fits(&self, have: &Ty, want: &Ty) -> bool {
        match (have, want) {
            (Ty::Obj(a), Ty::Obj(b)) => self.is_subclass(*a, *b),
            _ => have == want,
        }
    }

    pub fn vars_of(&self, ty: &Ty) -> Vec<String> {
        self.visible()
            .filter(|v| self.fits(&v.ty, ty))
            .map(|v| v.name.clone())
            .collect()
    }

    fn vars_where(&self, f: impl Fn(&Ty) -> bool) -> Vec<(String, Ty)> {
        self.visible()
            .filter(|v| f(&v.ty))
            .map(|v| (v.name.clone(), v.ty.clone()))
            .collect()
    }

    fn writable_vars(&self) -> Vec<(String, Ty)> {
        let fi = self.frame_index();
        let extra = &self.frame().writable_extra;
        self.visible()
            .filter(|v| {
                (v.frame == fi || extra.contains(&v.name))
                    && !matches!(v.ty, Ty::Func(_))
                    && v.name != "self"
            })
            .map(|v| (v.name.clone(), v.ty.clone()))
            .collect()
    }

    // ----- cost model -----------------------------------------------------

    pub fn afford(&self, c: u64) -> bool {
        let f = self.frame();
        f.cost.saturating_add(f.mult.saturating_mul(c)) <= f.limit
    }

    pub fn spend(&mut self, c: u64) {
        let f = self.frame_mut();
        f.cost = f.cost.saturating_add(f.mult.saturating_mul(c));
    }

    pub fn fuel_line(&mut self) {
        self.spend(1);
        self.line("_fuel()");
    }

    /// Runs `body` as the body of a loop of `trips` iterations.
    pub fn in_loop<T>(
        &mut self,
        trips: u64,
        body: impl FnOnce(&mut Self) -> Result<T>,
    ) -> Result<T> {
        let f = self.frame_mut();
        let saved = f.mult;
        f.mult = f.mult.saturating_mul(trips.max(1));
        f.loop_depth += 1;
        let r = body(self);
        let f = self.frame_mut();
        f.mult = saved;
        f.loop_depth -= 1;
        r
    }

    pub fn loop_depth(&self) -> u32 {
        self.frame().loop_depth
    }

    // ----- types ------------------------------------------------------------

    fn scalar_ty(&mut self) -> Result<Ty> {
        let w = [
            6,
            if self.cfg.floats { 3 } else { 0 },
            2,
            if self.cfg.strings { 4 } else { 0 },
        ];
        Ok(match self.weighted(&w)? {
            0 => Ty::Int,
            1 => Ty::Float,
            2 => Ty::Bool,
            _ => Ty::Str,
        })
    }

    fn key_ty(&mut self) -> Result<Ty> {
        Ok(if self.cfg.strings && self.u.arbitrary()? {
            Ty::Str
        } else {
            Ty::Int
        })
    }

    /// A type for a new variable, parameter or field.
    pub fn value_ty(&mut self, allow_obj: bool) -> Result<Ty> {
        let c = self.cfg.containers;
        let objs = allow_obj && !self.classes.is_empty();
        let w = [
            10,
            if c { 3 } else { 0 },
            if c { 1 } else { 0 },
            if c { 2 } else { 0 },
            if self.cfg.sets { 1 } else { 0 },
            if objs { 2 } else { 0 },
        ];
        Ok(match self.weighted(&w)? {
            0 => self.scalar_ty()?,
            1 => Ty::List(Box::new(self.scalar_ty()?)),
            2 => {
                let n = self.range(1, 3)?;
                let mut ts = Vec::new();
                for _ in 0..n {
                    ts.push(self.scalar_ty()?);
                }
                Ty::Tuple(ts)
            }
            3 => Ty::Dict(Box::new(self.key_ty()?), Box::new(self.scalar_ty()?)),
            4 => Ty::Set(Box::new(self.key_ty()?)),
            _ => {
                let i = self.range(0, self.classes.len() as u32 - 1)? as usize;
                Ty::Obj(i)
            }
        })
    }

    fn note_ty(&mut self, ty: &Ty) {
        match ty {
            Ty::Float => self.feat("float"),
            Ty::Str => self.feat("str"),
            Ty::List(t) => {
                self.feat("list");
                self.note_ty(t)
            }
            Ty::Tuple(ts) => {
                self.feat("tuple");
                for t in ts {
                    self.note_ty(t)
                }
            }
            Ty::Dict(k, v) => {
                self.feat("dict");
                self.note_ty(k);
                self.note_ty(v)
            }
            Ty::Set(t) => {
                self.feat("set");
                self.note_ty(t)
            }
            _ => {}
        }
    }

    // ----- literals -----------------------------------------------------------

    pub fn int_lit(&mut self) -> Result<String> {
        let w = [8, 2, if self.cfg.bigints { 2 } else { 0 }];
        Ok(match self.weighted(&w)? {
            0 => (self.range(0, 140)? as i64 - 20).to_string(),
            1 => self
                .pick(&[
                    "1073741823",
                    "1073741824",
                    "-1073741824",
                    "2147483647",
                    "4611686018427387904",
                    "9223372036854775807",
                    "255",
                    "256",
                ])?
                .to_string(),
            _ => {
                self.feat("bigint");
                self.pick(&[
                    "18446744073709551617",
                    "(1 << 70)",
                    "(2 ** 64 - 1)",
                    "(10 ** 20 + 7)",
                    "-(3 ** 45)",
                    "123456789012345678901234567890",
                ])?
                .to_string()
            }
        })
    }

    pub fn str_lit(&mut self) -> Result<String> {
        let s = self.pick(STR_POOL)?;
        Ok(py_str(s))
    }

    pub fn float_lit(&mut self) -> Result<String> {
        if self.chance(1, 16)? {
            self.feat("float");
            return Ok(self
                .pick(&["float('inf')", "float('-inf')", "float('nan')"])?
                .to_string());
        }
        Ok(self.pick(FLOAT_POOL)?.to_string())
    }

    /// Modulus used to keep integers stored in mutable places bounded.
    pub fn int_clamp(&mut self, e: &str) -> Result<String> {
        let m = if self.cfg.bigints && self.chance(1, 3)? {
            self.feat("bigint");
            "((1 << 89) - 1)"
        } else {
            self.pick(&["1000003", "65521", "2003", "97"])?
        };
        Ok(if self.u.arbitrary()? {
            format!("({e}) % {m} - 7")
        } else {
            format!("({e}) % {m}")
        })
    }

    /// Wraps an expression of type `ty` so that storing it somewhere that a
    /// loop may feed back cannot grow without bound.
    pub fn clamp(&mut self, ty: &Ty, e: String) -> Result<String> {
        Ok(match ty {
            Ty::Int => self.int_clamp(&e)?,
            Ty::Str => format!("({e})[:{CONTAINER_BOUND}]"),
            // Containers are clamped at run time, elements included: a
            // loop may feed `[x * x for x in l]` back into `l`.
            Ty::List(_) | Ty::Set(_) | Ty::Dict(..) | Ty::Tuple(_) => format!("_k({e})"),
            _ => e,
        })
    }

    // ----- expressions ----------------------------------------------------------

    pub fn expr(&mut self, ty: &Ty, depth: u32) -> Result<String> {
        match ty {
            Ty::Int => self.int_expr(depth),
            Ty::Float => self.float_expr(depth),
            Ty::Bool => self.bool_expr(depth),
            Ty::Str => self.str_expr(depth),
            Ty::NoneT => self.none_expr(depth),
            Ty::List(t) => self.list_expr(t, depth),
            Ty::Tuple(ts) => self.tuple_expr(ts, depth),
            Ty::Dict(k, v) => self.dict_expr(k, v, depth),
            Ty::Set(t) => self.set_expr(t, depth),
            Ty::Obj(c) => self.obj_expr(*c, depth),
            Ty::Func(_) => Ok(self.pick(&self.vars_of(ty))?),
        }
    }

    /// A call to a visible function returning `ty`, if one is affordable.
    fn call_candidates(&self, ty: &Ty) -> Vec<(String, usize)> {
        self.visible()
            .filter_map(|v| match v.ty {
                Ty::Func(id) => {
                    let f = &self.funcs[id];
                    (f.yields.is_none() && self.fits(&f.ret, ty) && self.afford(f.cost))
                        .then(|| (v.name.clone(), id))
                }
                _ => None,
            })
            .collect()
    }

    fn call_expr(&mut self, name: &str, id: usize, depth: u32) -> Result<String> {
        let f = self.funcs[id].clone();
        self.spend(f.cost);
        let mut args = Vec::new();
        let mut keyword = false;
        for p in &f.params {
            if p.default.is_some() && self.u.arbitrary()? {
                // Omit this defaulted argument; later ones must be keywords.
                keyword = true;
                self.feat("default_args");
                continue;
            }
            let a = self.expr(&p.ty, depth.saturating_sub(1))?;
            if keyword || (p.default.is_some() && self.chance(1, 3)?) {
                keyword = true;
                self.feat("keyword_args");
                args.push(format!("{}={a}", p.name));
            } else {
                args.push(a);
            }
        }
        Ok(format!("{name}({})", args.join(", ")))
    }

    fn gen_call_candidates(&self, elem: &Ty) -> Vec<(String, usize)> {
        self.visible()
            .filter_map(|v| match v.ty {
                Ty::Func(id) => {
                    let f = &self.funcs[id];
                    (f.yields.as_ref() == Some(elem) && self.afford(f.cost))
                        .then(|| (v.name.clone(), id))
                }
                _ => None,
            })
            .collect()
    }

    /// Readable members of an object of class `c` with type `ty`:
    /// `(access suffix, is_method_call)` pairs, method calls built later.
    fn members_of(&self, c: usize, ty: &Ty) -> Vec<String> {
        let ci = &self.classes[c];
        let mut out = Vec::new();
        for (n, t) in ci.fields.iter().chain(ci.class_attrs.iter()) {
            if self.fits(t, ty) {
                out.push(n.clone());
            }
        }
        for p in &ci.props {
            if self.fits(&p.ty, ty) {
                out.push(p.name.clone());
            }
        }
        out
    }

    /// Objects visible here whose class has a member of type `ty`.
    fn member_reads(&self, ty: &Ty) -> Vec<String> {
        let mut out = Vec::new();
        for v in self.visible() {
            if let Ty::Obj(c) = v.ty {
                for m in self.members_of(c, ty) {
                    out.push(format!("{}.{m}", v.name));
                }
            }
        }
        out
    }

    /// Method calls allowed here returning `ty`: `(object, class, index)`.
    fn method_candidates(&self, ty: &Ty) -> Vec<(String, usize, usize)> {
        let mut out = Vec::new();
        let fl = self.frame().method_limit;
        for v in self.visible() {
            if let Ty::Obj(c) = v.ty {
                let limit = if v.name == "self" {
                    match fl {
                        Some((_, lim)) => lim,
                        None => continue,
                    }
                } else if self.at_module() {
                    usize::MAX
                } else {
                    continue;
                };
                for (i, m) in self.classes[c].methods.iter().enumerate() {
                    if i < limit && self.fits(&m.ret, ty) && self.afford(m.cost * 2) {
                        out.push((v.name.clone(), c, i));
                    }
                }
            }
        }
        out
    }

    fn method_call(&mut self, obj: &str, c: usize, i: usize, depth: u32) -> Result<String> {
        let m = self.classes[c].methods[i].clone();
        self.spend(m.cost * 2);
        self.feat("method_call");
        let mut args = Vec::new();
        for p in &m.params {
            args.push(self.expr(p, depth.saturating_sub(1))?);
        }
        Ok(format!("{obj}.{}({})", m.name, args.join(", ")))
    }

    /// Tries the options shared by every type: a variable, a call, a member
    /// read, a method call, a conditional. `None` when none applies or the
    /// dice say no.
    fn common_expr(&mut self, ty: &Ty, depth: u32) -> Result<Option<String>> {
        let vars = self.vars_of(ty);
        let calls = if depth > 0 {
            self.call_candidates(ty)
        } else {
            Vec::new()
        };
        let reads = self.member_reads(ty);
        let meths = if depth > 0 {
            self.method_candidates(ty)
        } else {
            Vec::new()
        };
        let w = [
            6,
            if vars.is_empty() { 0 } else { 8 },
            if calls.is_empty() { 0 } else { 3 },
            if reads.is_empty() { 0 } else { 3 },
            if meths.is_empty() { 0 } else { 3 },
            if depth > 1 { 1 } else { 0 },
        ];
        Ok(match self.weighted(&w)? {
            0 => None,
            1 => Some(self.pick(&vars)?),
            2 => {
                let (n, id) = self.pick(&calls)?;
                Some(self.call_expr(&n, id, depth)?)
            }
            3 => Some(self.pick(&reads)?),
            4 => {
                let (o, c, i) = self.pick(&meths)?;
                Some(self.method_call(&o, c, i, depth)?)
            }
            _ => {
                let c = self.bool_expr(depth - 1)?;
                let a = self.expr(ty, depth - 1)?;
                let b = self.expr(ty, depth - 1)?;
                Some(format!("({a} if {c} else {b})"))
            }
        })
    }

    fn int_expr(&mut self, depth: u32) -> Result<String> {
        if let Some(e) = self.common_expr(&Ty::Int, depth)? {
            return Ok(e);
        }
        if depth == 0 {
            return self.int_lit();
        }
        let d = depth - 1;
        let lists = self.vars_where(|t| matches!(t, Ty::List(e) if **e == Ty::Int));
        let tuples: Vec<(String, usize)> = self
            .vars_where(|t| matches!(t, Ty::Tuple(_)))
            .into_iter()
            .flat_map(|(n, t)| match t {
                Ty::Tuple(ts) => ts
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| **t == Ty::Int)
                    .map(|(i, _)| (n.clone(), i))
                    .collect::<Vec<_>>(),
                _ => Vec::new(),
            })
            .collect();
        let dicts = self.vars_where(|t| matches!(t, Ty::Dict(_, v) if **v == Ty::Int));
        let sized = self.vars_where(|t| t.is_container());
        let w = [
            4,
            5,
            2,
            2,
            if sized.is_empty() { 0 } else { 3 },
            1,
            if lists.is_empty() { 0 } else { 3 },
            if tuples.is_empty() { 0 } else { 2 },
            if dicts.is_empty() { 0 } else { 2 },
            3,
            if self.cfg.strings { 2 } else { 0 },
            if self.cfg.floats { 1 } else { 0 },
        ];
        Ok(match self.weighted(&w)? {
            0 => self.int_lit()?,
            1 => {
                let a = self.int_expr(d)?;
                let b = self.int_expr(d)?;
                let op = self.pick(&["+", "-", "*", "+", "-"])?;
                format!("({a} {op} {b})")
            }
            2 => {
                let a = self.int_expr(d)?;
                let b = self.int_expr(d)?;
                let op = self.pick(&["//", "%"])?;
                if self.u.arbitrary()? {
                    let k = self.range(1, 13)? as i64 * if self.u.arbitrary()? { 1 } else { -1 };
                    format!("({a} {op} {k})")
                } else {
                    format!("({a} {op} (abs({b}) + 1))")
                }
            }
            3 => {
                let a = self.int_expr(d)?;
                let b = self.int_expr(d)?;
                match self.range(0, 4)? {
                    0 => format!("({a} & {b})"),
                    1 => format!("({a} | {b})"),
                    2 => format!("({a} ^ {b})"),
                    3 => format!("({a} << ({b} & 7))"),
                    _ => format!("({a} >> ({b} & 15))"),
                }
            }
            4 => {
                let (n, _) = self.pick(&sized)?;
                format!("len({n})")
            }
            5 => {
                let b = self.bool_expr(d)?;
                if self.u.arbitrary()? {
                    format!("int({b})")
                } else {
                    format!("({b} + 1)")
                }
            }
            6 => {
                let (n, _) = self.pick(&lists)?;
                let i = self.int_expr(d)?;
                match self.range(0, 2)? {
                    0 => format!("({n}[{i} % len({n})] if {n} else 0)"),
                    1 => format!("sum({n})"),
                    _ => format!("(max({n}) if {n} else -1)"),
                }
            }
            7 => {
                let (n, i) = self.pick(&tuples)?;
                format!("{n}[{i}]")
            }
            8 => {
                let (n, t) = self.pick(&dicts)?;
                let Ty::Dict(k, _) = t else { unreachable!() };
                let key = self.expr(&k, d)?;
                format!("{n}.get({key}, -1)")
            }
            9 => {
                let a = self.int_expr(d)?;
                match self.range(0, 5)? {
                    0 => format!("abs({a})"),
                    1 => {
                        let b = self.int_expr(d)?;
                        format!("min({a}, {b})")
                    }
                    2 => {
                        let b = self.int_expr(d)?;
                        format!("max({a}, {b}, 3)")
                    }
                    3 => format!("({a} ** {})", self.range(0, 3)?),
                    4 => format!("(-{a})"),
                    _ => format!("divmod({a}, 7)[{}]", self.range(0, 1)?),
                }
            }
            10 => {
                let s = self.str_expr(d)?;
                match self.range(0, 3)? {
                    0 => format!("len({s})"),
                    1 => format!("{s}.find('a')"),
                    2 => format!("{s}.count('b')"),
                    _ => format!("ord(({s} + 'q')[0])"),
                }
            }
            _ => {
                let f = self.float_expr(d)?;
                format!("(int({f}) if -1e15 < {f} < 1e15 else 0)")
            }
        })
    }

    fn float_expr(&mut self, depth: u32) -> Result<String> {
        self.feat("float");
        if let Some(e) = self.common_expr(&Ty::Float, depth)? {
            return Ok(e);
        }
        if depth == 0 {
            return self.float_lit();
        }
        let d = depth - 1;
        let lists = self.vars_where(|t| matches!(t, Ty::List(e) if **e == Ty::Float));
        let w = [3, 5, 2, 3, 2, if lists.is_empty() { 0 } else { 2 }];
        Ok(match self.weighted(&w)? {
            0 => self.float_lit()?,
            1 => {
                let a = self.float_expr(d)?;
                let b = self.float_expr(d)?;
                let op = self.pick(&["+", "-", "*"])?;
                format!("({a} {op} {b})")
            }
            2 => {
                let a = self.float_expr(d)?;
                let b = self.float_expr(d)?;
                let op = self.pick(&["/", "//", "%"])?;
                format!("({a} {op} (abs({b}) + 1.0))")
            }
            3 => {
                let i = self.int_expr(d)?;
                if self.u.arbitrary()? {
                    format!("float(({i}) % 10007)")
                } else {
                    format!("(({i}) % 10007 / 4)")
                }
            }
            4 => {
                let a = self.float_expr(d)?;
                match self.range(0, 3)? {
                    0 => format!("abs({a})"),
                    1 => format!("(abs({a}) ** 0.5)"),
                    2 => format!("round({a}, {})", self.range(0, 3)?),
                    _ => format!("(-{a})"),
                }
            }
            _ => {
                let (n, _) = self.pick(&lists)?;
                format!("sum({n})")
            }
        })
    }

    fn bool_expr(&mut self, depth: u32) -> Result<String> {
        if let Some(e) = self.common_expr(&Ty::Bool, depth)? {
            return Ok(e);
        }
        if depth == 0 {
            return Ok(self.pick(&["True", "False"])?.to_string());
        }
        let d = depth - 1;
        let conts = self.vars_where(|t| matches!(t, Ty::List(_) | Ty::Set(_) | Ty::Dict(..)));
        let objs = self.vars_where(|t| matches!(t, Ty::Obj(_)));
        let w = [
            1,
            6,
            2,
            2,
            if conts.is_empty() { 0 } else { 3 },
            if objs.is_empty() { 0 } else { 2 },
            2,
        ];
        Ok(match self.weighted(&w)? {
            0 => self.pick(&["True", "False"])?.to_string(),
            1 => {
                let t = self.scalar_ty()?;
                let t = if t == Ty::Bool { Ty::Int } else { t };
                let a = self.expr(&t, d)?;
                let b = self.expr(&t, d)?;
                let op = self.pick(&["<", "<=", "==", "!=", ">", ">="])?;
                format!("({a} {op} {b})")
            }
            2 => {
                let a = self.bool_expr(d)?;
                format!("(not {a})")
            }
            3 => {
                let a = self.bool_expr(d)?;
                let b = self.bool_expr(d)?;
                let op = self.pick(&["and", "or"])?;
                format!("({a} {op} {b})")
            }
            4 => {
                let (n, t) = self.pick(&conts)?;
                let et = match &t {
                    Ty::List(e) | Ty::Set(e) | Ty::Dict(e, _) => (**e).clone(),
                    _ => unreachable!(),
                };
                let x = self.expr(&et, d)?;
                if self.u.arbitrary()? {
                    format!("({x} in {n})")
                } else {
                    format!("({x} not in {n})")
                }
            }
            5 => {
                let (n, _) = self.pick(&objs)?;
                let c = self.range(0, self.classes.len() as u32 - 1)? as usize;
                let cn = self.classes[c].name.clone();
                match self.range(0, 2)? {
                    0 => format!("isinstance({n}, {cn})"),
                    1 => format!("hasattr({n}, 'zz_missing')"),
                    _ => format!("(type({n}) is {cn})"),
                }
            }
            _ => {
                let t = self.value_ty(false)?;
                let x = self.expr(&t, d)?;
                match self.range(0, 2)? {
                    0 => format!("bool({x})"),
                    1 => format!("isinstance({x}, (int, str))"),
                    _ => format!("(not {x})"),
                }
            }
        })
    }

    fn str_expr(&mut self, depth: u32) -> Result<String> {
        self.feat("str");
        if let Some(e) = self.common_expr(&Ty::Str, depth)? {
            return Ok(e);
        }
        if depth == 0 || !self.cfg.strings {
            return if self.cfg.strings {
                self.str_lit()
            } else {
                let i = self.int_expr(depth.saturating_sub(1))?;
                Ok(format!("str({i})"))
            };
        }
        let d = depth - 1;
        let strlists = self.vars_where(|t| matches!(t, Ty::List(e) if **e == Ty::Str));
        let objs = self.vars_where(|t| matches!(t, Ty::Obj(_)));
        let w = [
            3,
            4,
            3,
            3,
            2,
            if strlists.is_empty() { 0 } else { 2 },
            2,
            if objs.is_empty() { 0 } else { 1 },
        ];
        Ok(match self.weighted(&w)? {
            0 => self.str_lit()?,
            1 => {
                let a = self.str_expr(d)?;
                let b = self.str_expr(d)?;
                format!("({a} + {b})")
            }
            2 => {
                let t = self.scalar_ty()?;
                let x = self.expr(&t, d)?;
                match self.range(0, 2)? {
                    0 => format!("str({x})"),
                    1 => format!("repr({x})"),
                    _ => format!("ascii({x})"),
                }
            }
            3 => {
                let a = self.str_expr(d)?;
                match self.range(0, 7)? {
                    0 => format!("{a}.upper()"),
                    1 => format!("{a}[::-1]"),
                    2 => format!("{a}.replace('a', 'A')"),
                    3 => format!("{a}.strip()"),
                    4 => {
                        let i = self.int_expr(d)?;
                        format!("{a}[{i} % 5:]")
                    }
                    5 => {
                        let i = self.int_expr(d)?;
                        format!("({a} * ({i} % 3))")
                    }
                    6 => format!("{a}.title()"),
                    _ => format!("'-'.join({a}.split('a'))"),
                }
            }
            4 => {
                self.feat("fstring");
                let t1 = self.scalar_ty()?;
                let x = self.expr(&t1, d)?;
                let i = self.int_expr(d)?;
                let f = if self.cfg.floats {
                    self.float_expr(d)?
                } else {
                    "2.5".to_string()
                };
                let which = self.range(0, 3)?;
                fstring(which, &x, &i, &f)
            }
            5 => {
                let (n, _) = self.pick(&strlists)?;
                format!("','.join({n})")
            }
            6 => {
                let i = self.int_expr(d)?;
                format!("chr(65 + ({i}) % 26)")
            }
            _ => {
                let (n, _) = self.pick(&objs)?;
                format!("type({n}).__name__")
            }
        })
    }

    fn none_expr(&mut self, depth: u32) -> Result<String> {
        if let Some(e) = self.common_expr(&Ty::NoneT, depth)? {
            return Ok(e);
        }
        Ok("None".to_string())
    }

    fn list_expr(&mut self, t: &Ty, depth: u32) -> Result<String> {
        self.feat("list");
        let lt = Ty::List(Box::new(t.clone()));
        if let Some(e) = self.common_expr(&lt, depth)? {
            return Ok(e);
        }
        let d = depth.saturating_sub(1);
        let gens = if depth > 0 {
            self.gen_call_candidates(t)
        } else {
            Vec::new()
        };
        let w = [
            4,
            if depth > 0 && self.cfg.comprehensions {
                3
            } else {
                0
            },
            if depth > 0 { 2 } else { 0 },
            if gens.is_empty() { 0 } else { 2 },
            if depth > 0 && t.is_orderable() && *t != Ty::Float {
                1
            } else {
                0
            },
        ];
        Ok(match self.weighted(&w)? {
            0 => {
                let n = self.range(0, 4)?;
                let mut xs = Vec::new();
                for _ in 0..n {
                    xs.push(self.expr(t, d)?);
                }
                format!("[{}]", xs.join(", "))
            }
            1 => {
                self.feat("comprehension");
                let v = self.fresh("c");
                let n = self.range(0, 6)?;
                self.push_scope();
                self.declare(&v, Ty::Int);
                let r = self.in_loop(n as u64, |g| {
                    let e = g.expr(t, d)?;
                    let cond = if g.u.arbitrary()? {
                        format!(" if {}", g.bool_expr(d)?)
                    } else {
                        String::new()
                    };
                    Ok(format!("[{e} for {v} in range({n}){cond}]"))
                });
                self.pop_scope();
                r?
            }
            2 => {
                let a = self.list_expr(t, d)?;
                let b = self.list_expr(t, d)?;
                match self.range(0, 2)? {
                    0 => format!("({a} + {b})[:{CONTAINER_BOUND}]"),
                    1 => format!("{a}[::-1]"),
                    _ => format!("{a}[1:]"),
                }
            }
            3 => {
                let (n, id) = self.pick(&gens)?;
                self.feat("generator");
                let c = self.call_expr(&n, id, depth)?;
                format!("list({c})")
            }
            _ => {
                let a = self.list_expr(t, d)?;
                format!("sorted({a})")
            }
        })
    }

    fn tuple_expr(&mut self, ts: &[Ty], depth: u32) -> Result<String> {
        self.feat("tuple");
        let tt = Ty::Tuple(ts.to_vec());
        if let Some(e) = self.common_expr(&tt, depth)? {
            return Ok(e);
        }
        let d = depth.saturating_sub(1);
        let mut xs = Vec::new();
        for t in ts {
            xs.push(self.expr(t, d)?);
        }
        Ok(if xs.len() == 1 {
            format!("({},)", xs[0])
        } else {
            format!("({})", xs.join(", "))
        })
    }

    fn dict_expr(&mut self, k: &Ty, v: &Ty, depth: u32) -> Result<String> {
        self.feat("dict");
        let dt = Ty::Dict(Box::new(k.clone()), Box::new(v.clone()));
        if let Some(e) = self.common_expr(&dt, depth)? {
            return Ok(e);
        }
        let d = depth.saturating_sub(1);
        let w = [
            4,
            if depth > 0 && self.cfg.comprehensions {
                2
            } else {
                0
            },
            if depth > 0 { 1 } else { 0 },
        ];
        Ok(match self.weighted(&w)? {
            0 => {
                let n = self.range(0, 3)?;
                let mut xs = Vec::new();
                for _ in 0..n {
                    let a = self.expr(k, d)?;
                    let b = self.expr(v, d)?;
                    xs.push(format!("{a}: {b}"));
                }
                format!("{{{}}}", xs.join(", "))
            }
            1 => {
                self.feat("comprehension");
                let c = self.fresh("c");
                let n = self.range(0, 6)?;
                self.push_scope();
                self.declare(&c, Ty::Int);
                let r = self.in_loop(n as u64, |g| {
                    let key = if *k == Ty::Int {
                        format!("{c} * 3")
                    } else {
                        format!("'k' + str({c})")
                    };
                    let val = g.expr(v, d)?;
                    Ok(format!("{{{key}: {val} for {c} in range({n})}}"))
                });
                self.pop_scope();
                r?
            }
            _ => {
                let a = self.dict_expr(k, v, d)?;
                let b = self.dict_expr(k, v, d)?;
                format!("{{**{a}, **{b}}}")
            }
        })
    }

    fn set_expr(&mut self, t: &Ty, depth: u32) -> Result<String> {
        self.feat("set");
        let st = Ty::Set(Box::new(t.clone()));
        if let Some(e) = self.common_expr(&st, depth)? {
            return Ok(e);
        }
        let d = depth.saturating_sub(1);
        let w = [
            4,
            if depth > 0 { 2 } else { 0 },
            if depth > 0 && self.cfg.containers {
                1
            } else {
                0
            },
            if depth > 0 && self.cfg.comprehensions {
                1
            } else {
                0
            },
        ];
        Ok(match self.weighted(&w)? {
            0 => {
                let n = self.range(0, 4)?;
                if n == 0 {
                    "set()".to_string()
                } else {
                    let mut xs = Vec::new();
                    for _ in 0..n {
                        xs.push(self.expr(t, d)?);
                    }
                    format!("{{{}}}", xs.join(", "))
                }
            }
            1 => {
                let a = self.set_expr(t, d)?;
                let b = self.set_expr(t, d)?;
                let op = self.pick(&["|", "&", "-", "^"])?;
                format!("({a} {op} {b})")
            }
            2 => {
                let l = self.list_expr(t, d)?;
                format!("set({l})")
            }
            _ => {
                self.feat("comprehension");
                let c = self.fresh("c");
                let n = self.range(0, 6)?;
                self.push_scope();
                self.declare(&c, Ty::Int);
                let r = self.in_loop(n as u64, |g| {
                    let e = g.expr(t, d)?;
                    Ok(format!("{{{e} for {c} in range({n})}}"))
                });
                self.pop_scope();
                r?
            }
        })
    }

    fn obj_expr(&mut self, c: usize, depth: u32) -> Result<String> {
        if let Some(e) = self.common_expr(&Ty::Obj(c), depth)? {
            return Ok(e);
        }
        // A constructor call of `c` or one of its subclasses.
        let subs: Vec<usize> = (0..self.classes.len())
            .filter(|&k| self.is_subclass(k, c))
            .collect();
        let k = self.pick(&subs)?;
        self.construct(k, depth)
    }

    pub fn construct(&mut self, k: usize, depth: u32) -> Result<String> {
        let ci = self.classes[k].clone();
        self.spend(ci.init_cost);
        let mut args = Vec::new();
        for t in &ci.init {
            args.push(self.expr(t, depth.saturating_sub(1))?);
        }
        Ok(format!("{}({})", ci.name, args.join(", ")))
    }

    /// A deterministic printable rendering of a variable.
    pub fn show(&self, name: &str, ty: &Ty) -> String {
        match ty {
            Ty::Float => format!("repr({name})"),
            Ty::Set(_) => format!("sorted({name})"),
            Ty::Obj(_) => format!("{name}._d()"),
            Ty::Str => format!("repr({name})"),
            _ => name.to_string(),
        }
    }

    pub fn digest(&mut self) -> Result<()> {
        self.digest_no += 1;
        let vars = self.vars_where(|t| t.printable());
        let mut parts = vec![py_str(&format!("#{}", self.digest_no))];
        let n = self.range(1, 4)?;
        for _ in 0..n {
            if vars.is_empty() {
                break;
            }
            let (v, t) = self.pick(&vars)?;
            let shown = self.show(&v, &t);
            if !parts.contains(&shown) {
                parts.push(shown);
            }
        }
        self.line(&format!("print({})", parts.join(", ")));
        Ok(())
    }

    // ----- statements -------------------------------------------------------------

    /// A block of 1..=n statements in its own (generator-level) scope.
    pub fn block(&mut self, depth: u32, max: u32) -> Result<()> {
        self.push_scope();
        let n = self.range(1, max.max(1))?;
        let r = (|| {
            for _ in 0..n {
                self.stmt(depth)?;
            }
            Ok(())
        })();
        self.pop_scope();
        r
    }

    pub fn stmt(&mut self, depth: u32) -> Result<()> {
        let d = depth.saturating_sub(1);
        let nested = depth > 0 && self.lines() < 280;
        let writable = self.writable_vars();
        let in_fn = !self.at_module();
        let loop_ok = nested && self.afford(self.cfg.loop_bound as u64 * 4);
        let c = &self.cfg;
        let w = [
            8,
            if writable.is_empty() { 0 } else { 5 },
            if writable.is_empty() { 0 } else { 3 },
            4,
            if nested { 3 } else { 0 },
            if loop_ok { 3 } else { 0 },
            if loop_ok && c.containers { 2 } else { 0 },
            if loop_ok { 1 } else { 0 },
            if nested && c.exceptions { 3 } else { 0 },
            if nested && c.with_stmt { 1 } else { 0 },
            if nested && c.match_stmt { 2 } else { 0 },
            2,
            if nested && c.closures && in_fn { 2 } else { 0 },
            if self.loop_depth() > 0 { 2 } else { 0 },
            if in_fn && self.frame().ret.is_some() && !self.frame().is_gen {
                1
            } else {
                0
            },
            if c.functions { 1 } else { 0 },
            if self.at_module() { 1 } else { 0 },
        ];
        match self.weighted(&w)? {
            0 => self.assign_new(depth),
            1 => self.reassign(&writable, depth),
            2 => self.mutate(&writable, depth),
            3 => self.effect_stmt(depth),
            4 => self.if_stmt(depth, d),
            5 => self.for_range(d),
            6 => self.for_container(d),
            7 => self.while_stmt(d),
            8 => self.try_stmt(d),
            9 => self.with_stmt(d),
            10 => self.match_stmt(depth, d),
            11 => self.assign_new(depth),
            12 => self.closure_def(d),
            13 => {
                self.feat("break_continue");
                let cond = self.bool_expr(d)?;
                let kw = self.pick(&["break", "continue"])?;
                self.line(&format!("if {cond}:"));
                self.indent();
                self.line(kw);
                self.dedent();
                Ok(())
            }
            14 => {
                let ret = self.frame().ret.clone().unwrap();
                let cond = self.bool_expr(d)?;
                let e = self.expr(&ret, d)?;
                self.line(&format!("if {cond}:"));
                self.indent();
                self.line(&format!("return {e}"));
                self.dedent();
                Ok(())
            }
            15 => self.lambda_def(d),
            _ => self.digest(),
        }
    }

    fn assign_new(&mut self, depth: u32) -> Result<()> {
        self.feat("assign");
        let t = self.value_ty(true)?;
        self.note_ty(&t);
        let e = self.expr(&t, depth.max(1))?;
        let v = self.fresh("v");
        self.line(&format!("{v} = {e}"));
        self.declare(&v, t);
        Ok(())
    }

    fn reassign(&mut self, writable: &[(String, Ty)], depth: u32) -> Result<()> {
        let (v, t) = self.pick(writable)?;
        let e = self.expr(&t, depth.max(1))?;
        let aug = matches!(t, Ty::Int | Ty::Str | Ty::Float | Ty::List(_)) && self.u.arbitrary()?;
        if !aug {
            let e = self.clamp(&t, e)?;
            self.line(&format!("{v} = {e}"));
            return Ok(());
        }
        self.feat("augassign");
        match &t {
            Ty::Int => {
                let op = self.pick(&["+=", "-=", "*=", "|=", "^="])?;
                self.line(&format!("{v} {op} {e}"));
                let c = self.int_clamp(&v)?;
                self.line(&format!("{v} = {c}"));
            }
            Ty::Float => {
                let op = self.pick(&["+=", "-=", "*="])?;
                self.line(&format!("{v} {op} {e}"));
            }
            Ty::Str => {
                self.line(&format!("{v} += {e}"));
                self.line(&format!("{v} = {v}[:{CONTAINER_BOUND}]"));
            }
            _ => {
                self.line(&format!("{v} += {e}"));
                self.line(&format!("{v}[:] = _k({v})"));
            }
        }
        Ok(())
    }

    /// In-place mutation of a container or object.
    fn mutate(&mut self, writable: &[(String, Ty)], depth: u32) -> Result<()> {
        // Any visible container may be mutated in place (no rebinding).
        let conts =
            self.vars_where(|t| matches!(t, Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Obj(_)));
        if conts.is_empty() {
            return self.assign_new(depth);
        }
        let (n, t) = self.pick(&conts)?;
        let d = depth.saturating_sub(1);
        match t {
            Ty::List(e) => {
                let x = self.expr(&e, d)?;
                let x = self.clamp(&e, x)?;
                match self.range(0, 6)? {
                    0 => self.line(&format!("if len({n}) < {CONTAINER_BOUND}: {n}.append({x})")),
                    1 => {
                        let i = self.int_expr(d)?;
                        self.line(&format!("if {n}: {n}[{i} % len({n})] = {x}"));
                    }
                    2 => self.line(&format!("if {n}: {n}.pop()")),
                    3 if e.is_orderable() && *e != Ty::Float => {
                        let rev = if self.u.arbitrary()? {
                            "reverse=True"
                        } else {
                            ""
                        };
                        self.line(&format!("{n}.sort({rev})"));
                    }
                    4 => self.line(&format!("{n}.reverse()")),
                    5 => self.line(&format!(
                        "if len({n}) < {CONTAINER_BOUND}: {n}.insert(1, {x})"
                    )),
                    _ => self.line(&format!("{n}[:] = {n}[1:] + {n}[:1]")),
                }
            }
            Ty::Dict(k, v) => {
                let key = self.expr(&k, d)?;
                let key = self.clamp(&k, key)?;
                let val = self.expr(&v, d)?;
                let val = self.clamp(&v, val)?;
                match self.range(0, 3)? {
                    0 => self.line(&format!(
                        "if len({n}) < {CONTAINER_BOUND} or {key} in {n}: {n}[{key}] = {val}"
                    )),
                    1 => self.line(&format!("{n}.pop({key}, None)")),
                    2 => self.line(&format!(
                        "if len({n}) < {CONTAINER_BOUND}: {n}.setdefault({key}, {val})"
                    )),
                    _ => self.line(&format!("if {n}: del {n}[next(iter({n}))]")),
                }
            }
            Ty::Set(e) => {
                let x = self.expr(&e, d)?;
                let x = self.clamp(&e, x)?;
                match self.range(0, 2)? {
                    0 => self.line(&format!("if len({n}) < {CONTAINER_BOUND}: {n}.add({x})")),
                    1 => self.line(&format!("{n}.discard({x})")),
                    _ => {
                        let o = self.set_expr(&e, d)?;
                        // `&=` rebinds the name: only for writable names.
                        if writable.iter().any(|(w, _)| *w == n) {
                            self.line(&format!("{n} &= {o}"));
                        } else {
                            self.line(&format!("{n}.intersection_update({o})"));
                        }
                    }
                }
            }
            Ty::Obj(c) => {
                let ci = self.classes[c].clone();
                let mut opts: Vec<(String, Ty, u8)> = ci
                    .fields
                    .iter()
                    .map(|(f, t)| (f.clone(), t.clone(), 0))
                    .collect();
                for p in &ci.props {
                    if p.setter_field.is_some() {
                        opts.push((p.name.clone(), p.ty.clone(), 1));
                    }
                }
                if self.at_module() {
                    for (a, t) in &ci.class_attrs {
                        opts.push((a.clone(), t.clone(), 2));
                    }
                }
                if opts.is_empty() || n == "self" && self.frame().method_limit.is_none() {
                    return self.assign_new(depth);
                }
                let (f, t, kind) = self.pick(&opts)?;
                let x = self.expr(&t, d)?;
                let x = self.clamp(&t, x)?;
                match kind {
                    0 => self.line(&format!("{n}.{f} = {x}")),
                    1 => {
                        self.feat("property_setter");
                        self.line(&format!("{n}.{f} = {x}"))
                    }
                    _ => {
                        self.feat("class_attr_store");
                        self.line(&format!("{}.{f} = {x}", ci.name))
                    }
                }
            }
            _ => unreachable!(),
        }
        Ok(())
    }

    /// An expression evaluated for its effect: a call or a print.
    fn effect_stmt(&mut self, depth: u32) -> Result<()> {
        let t = self.value_ty(true)?;
        let calls = self.call_candidates(&t);
        let meths = self.method_candidates(&t);
        let w = [
            3,
            if calls.is_empty() { 0 } else { 4 },
            if meths.is_empty() { 0 } else { 4 },
        ];
        match self.weighted(&w)? {
            0 => {
                let e = self.expr(&t, depth.max(1))?;
                let v = self.fresh("p");
                self.line(&format!("{v} = {e}"));
                let s = self.show(&v, &t);
                self.line(&format!("print({}, {s})", py_str(&v)));
            }
            1 => {
                let (n, id) = self.pick(&calls)?;
                let c = self.call_expr(&n, id, depth)?;
                self.line(&c);
            }
            _ => {
                let (o, c, i) = self.pick(&meths)?;
                let m = self.method_call(&o, c, i, depth)?;
                self.line(&m);
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, depth: u32, d: u32) -> Result<()> {
        self.feat("if");
        let c = self.bool_expr(depth)?;
        self.line(&format!("if {c}:"));
        self.indent();
        self.block(d, 3)?;
        self.dedent();
        if self.u.arbitrary()? {
            let c2 = self.bool_expr(depth)?;
            self.line(&format!("elif {c2}:"));
            self.indent();
            self.block(d, 2)?;
            self.dedent();
        }
        if self.u.arbitrary()? {
            self.line("else:");
            self.indent();
            self.block(d, 2)?;
            self.dedent();
        }
        Ok(())
    }

    fn for_range(&mut self, d: u32) -> Result<()> {
        self.feat("for_range");
        let n = self.range(0, self.cfg.loop_bound)?;
        let i = self.fresh("i");
        let head = match self.range(0, 2)? {
            0 => format!("for {i} in range({n}):"),
            1 => format!("for {i} in range({}, {n}):", self.range(0, 2)?),
            _ => format!("for {i} in range({n}, 0, -1):"),
        };
        self.line(&head);
        self.indent();
        self.push_scope();
        self.declare(&i, Ty::Int);
        let r = self.in_loop(n as u64, |g| {
            g.fuel_line();
            g.block(d, 3)
        });
        self.pop_scope();
        self.dedent();
        r?;
        if self.chance(1, 6)? {
            self.line("else:");
            self.indent();
            self.block(0, 1)?;
            self.dedent();
        }
        Ok(())
    }

    fn for_container(&mut self, d: u32) -> Result<()> {
        let conts = self.vars_where(|t| {
            matches!(
                t,
                Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Str | Ty::Tuple(_)
            )
        });
        // Generator functions affordable here, iterated directly
        // (FOR_ITER over a generator object).
        let gens: Vec<(String, usize, Ty)> = self
            .visible()
            .filter_map(|v| match v.ty {
                Ty::Func(id) => {
                    let f = &self.funcs[id];
                    match &f.yields {
                        Some(y) if self.afford(f.cost) => Some((v.name.clone(), id, y.clone())),
                        _ => None,
                    }
                }
                _ => None,
            })
            .collect();
        if !gens.is_empty() && (conts.is_empty() || self.chance(1, 3)?) {
            self.feat("for_container");
            self.feat("generator");
            let (name, id, y) = self.pick(&gens)?;
            let call = self.call_expr(&name, id, d)?;
            let x = self.fresh("x");
            self.line(&format!("for {x} in {call}:"));
            self.indent();
            self.push_scope();
            self.declare(&x, y);
            let trips = self.cfg.loop_bound as u64;
            let r = self.in_loop(trips, |g| {
                g.fuel_line();
                g.block(d, 3)
            });
            self.pop_scope();
            self.dedent();
            return r;
        }
        if conts.is_empty() {
            return self.for_range(d);
        }
        self.feat("for_container");
        let (n, t) = self.pick(&conts)?;
        let x = self.fresh("x");
        let (head, binds): (String, Vec<(String, Ty)>) = match &t {
            Ty::List(e) => {
                if self.u.arbitrary()? {
                    let k = self.fresh("k");
                    (
                        format!("for {k}, {x} in enumerate(list({n})):"),
                        vec![(k, Ty::Int), (x, (**e).clone())],
                    )
                } else {
                    (format!("for {x} in {n}[:]:"), vec![(x, (**e).clone())])
                }
            }
            Ty::Set(e) => (format!("for {x} in sorted({n}):"), vec![(x, (**e).clone())]),
            Ty::Dict(k, v) => {
                let y = self.fresh("y");
                (
                    format!("for {x}, {y} in list({n}.items()):"),
                    vec![(x, (**k).clone()), (y, (**v).clone())],
                )
            }
            Ty::Tuple(ts) if ts.iter().all(|t| *t == ts[0]) => {
                (format!("for {x} in {n}:"), vec![(x, ts[0].clone())])
            }
            Ty::Tuple(_) => (format!("for {x} in range(len({n})):"), vec![(x, Ty::Int)]),
            _ => (
                format!("for {x} in {n}[:{CONTAINER_BOUND}]:"),
                vec![(x, Ty::Str)],
            ),
        };
        self.line(&head);
        self.indent();
        self.push_scope();
        for (b, t) in binds {
            self.declare(&b, t);
        }
        let r = self.in_loop(CONTAINER_BOUND, |g| {
            g.fuel_line();
            g.block(d, 3)
        });
        self.pop_scope();
        self.dedent();
        r
    }

    fn while_stmt(&mut self, d: u32) -> Result<()> {
        self.feat("while");
        let w = self.fresh("w");
        let n = self.range(0, self.cfg.loop_bound)?;
        self.line(&format!("{w} = 0"));
        self.line(&format!("while {w} < {n}:"));
        self.indent();
        let r = self.in_loop(n as u64, |g| {
            g.fuel_line();
            g.line(&format!("{w} += 1"));
            g.block(d, 3)
        });
        self.dedent();
        r
    }

    /// A statement that raises for sure, and the exception class to catch.
    fn provoke(&mut self, d: u32) -> Result<(String, &'static str)> {
        let lists = self.vars_where(|t| matches!(t, Ty::List(_)));
        let dicts = self.vars_where(|t| matches!(t, Ty::Dict(..)));
        let objs = self.vars_where(|t| matches!(t, Ty::Obj(_)));
        let v = self.fresh("z");
        let w = [
            2,
            if lists.is_empty() { 0 } else { 2 },
            if dicts.is_empty() { 0 } else { 2 },
            2,
            2,
            2,
            if objs.is_empty() { 0 } else { 2 },
            1,
            2,
            1,
            1,
            if self.cfg.bigints { 1 } else { 0 },
        ];
        Ok(match self.weighted(&w)? {
            0 => {
                let e = self.int_expr(d)?;
                let op = self.pick(&["//", "%"])?;
                (format!("{v} = {e} {op} 0"), "ZeroDivisionError")
            }
            1 => {
                let (n, _) = self.pick(&lists)?;
                (format!("{v} = {n}[len({n}) + 2]"), "IndexError")
            }
            2 => {
                let (n, t) = self.pick(&dicts)?;
                let Ty::Dict(k, _) = t else { unreachable!() };
                let key = if *k == Ty::Int {
                    "-987654"
                } else {
                    "'no such key'"
                };
                (format!("{v} = {n}[{key}]"), "KeyError")
            }
            3 => {
                let s = self.str_expr(d)?;
                (format!("{v} = int('z' + {s})"), "ValueError")
            }
            4 => {
                let e = self.int_expr(d)?;
                (format!("{v} = {e} + 'x'"), "TypeError")
            }
            5 => {
                self.feat("raise_custom");
                let s = self.str_expr(d)?;
                let i = self.int_expr(d)?;
                let cls = self.pick(&["GenError", "GenSubError"])?;
                (format!("raise {cls}({s}, {i})"), "GenError")
            }
            6 => {
                let (n, _) = self.pick(&objs)?;
                (format!("{v} = {n}.zz_missing"), "AttributeError")
            }
            7 => (format!("{v} = next(iter([]))"), "StopIteration"),
            8 => {
                let e = self.int_expr(d)?;
                (format!("{v}, {v}b = [{e}, 1, 2]"), "ValueError")
            }
            9 => (format!("{v} = undefined_name_zz"), "NameError"),
            10 => {
                self.feat("exception_chain");
                let s = self.str_expr(d)?;
                (
                    format!("raise ValueError({s}) from KeyError('cause')"),
                    "ValueError",
                )
            }
            _ => (format!("{v} = float(10 ** 400)"), "OverflowError"),
        })
    }

    fn try_stmt(&mut self, d: u32) -> Result<()> {
        self.feat("try_except");
        let only_finally = self.chance(1, 6)?;
        self.line("try:");
        self.indent();
        self.push_scope();
        let pre = self.range(0, 2)?;
        for _ in 0..pre {
            self.stmt(d)?;
        }
        let (raise, exc) = if only_finally {
            (String::new(), "")
        } else {
            self.provoke(d)?
        };
        if !only_finally {
            if self.u.arbitrary()? {
                let c = self.bool_expr(d)?;
                self.line(&format!("if {c}:"));
                self.indent();
                self.line(&raise);
                self.dedent();
            } else {
                self.line(&raise);
            }
        } else {
            self.stmt(d)?;
        }
        self.pop_scope();
        self.dedent();
        if !only_finally {
            let catch = match exc {
                "ZeroDivisionError" => {
                    self.pick(&["ZeroDivisionError", "ArithmeticError", "Exception"])?
                }
                "IndexError" | "KeyError" => self.pick(&[exc, "LookupError", "Exception"])?,
                "GenError" => self.pick(&["GenError", "Exception"])?,
                "NameError" | "OverflowError" | "StopIteration" | "AttributeError" => exc,
                _ => self.pick(&[exc, "Exception"])?,
            };
            let e = self.fresh("e");
            let multi = if self.chance(1, 4)? {
                format!("(TypeError, {catch})")
            } else {
                catch.to_string()
            };
            self.line(&format!("except {multi} as {e}:"));
            self.indent();
            let what = if exc == "ValueError" && raise.contains(" from ") {
                format!("type({e}.__cause__).__name__")
            } else {
                format!("{e}.args")
            };
            self.line(&format!("print('caught', type({e}).__name__, {what})"));
            self.push_scope();
            if self.u.arbitrary()? {
                self.stmt(d)?;
            }
            self.pop_scope();
            self.dedent();
            if self.chance(1, 4)? {
                self.line("else:");
                self.indent();
                self.block(d, 2)?;
                self.dedent();
            }
        }
        if only_finally || self.chance(1, 3)? {
            self.feat("try_finally");
            self.line("finally:");
            self.indent();
            self.block(d, 2)?;
            self.dedent();
        }
        Ok(())
    }

    fn with_stmt(&mut self, d: u32) -> Result<()> {
        self.feat("with");
        let t = self.fresh("t");
        let tag = self.fresh("cm");
        self.line(&format!("with _CM('{tag}') as {t}:"));
        self.indent();
        self.push_scope();
        self.declare(&t, Ty::Str);
        let r = (|| {
            self.stmt(d)?;
            if self.u.arbitrary()? {
                let c = self.bool_expr(d)?;
                self.line(&format!("if {c}:"));
                self.indent();
                self.line(&format!("raise ValueError('in ' + {t})"));
                self.dedent();
                self.stmt(d)?;
            }
            Ok(())
        })();
        self.pop_scope();
        self.dedent();
        r
    }

    fn match_stmt(&mut self, depth: u32, d: u32) -> Result<()> {
        self.feat("match");
        let t = self.value_ty(true)?;
        let subj = self.expr(&t, depth)?;
        self.line(&format!("match {subj}:"));
        self.indent();
        let mut cases: Vec<(String, Vec<(String, Ty)>)> = Vec::new();
        let a = self.fresh("m");
        let b = self.fresh("m");
        match &t {
            Ty::Int => {
                cases.push(("0 | 1".into(), vec![]));
                cases.push((format!("int({a}) if {a} > 5"), vec![(a.clone(), Ty::Int)]));
            }
            Ty::Str => {
                cases.push(("'a' | 'bc'".into(), vec![]));
                cases.push((
                    format!("str({a}) if len({a}) > 2"),
                    vec![(a.clone(), Ty::Str)],
                ));
            }
            Ty::Bool => cases.push(("True".into(), vec![])),
            Ty::Float => cases.push((
                format!("float({a}) if {a} > 1.0"),
                vec![(a.clone(), Ty::Float)],
            )),
            Ty::NoneT => cases.push(("None".into(), vec![])),
            Ty::List(e) => {
                cases.push(("[]".into(), vec![]));
                cases.push((
                    format!("[{a}, *{b}]"),
                    vec![(a.clone(), (**e).clone()), (b.clone(), Ty::List(e.clone()))],
                ));
            }
            Ty::Tuple(ts) => {
                let names: Vec<String> = (0..ts.len()).map(|i| format!("{a}_{i}")).collect();
                cases.push((
                    format!("({},)", names.join(", ")),
                    names.into_iter().zip(ts.iter().cloned()).collect(),
                ));
            }
            Ty::Dict(k, v) => {
                let key = if **k == Ty::Int { "0" } else { "'a'" };
                cases.push((format!("{{{key}: {a}}}"), vec![(a.clone(), (**v).clone())]));
                cases.push(("{}".into(), vec![]));
            }
            Ty::Set(e) => cases.push((
                format!("set() as {a}"),
                vec![(a.clone(), Ty::Set(e.clone()))],
            )),
            Ty::Obj(c) => {
                let ci = self.classes[*c].clone();
                let subs: Vec<usize> = (0..self.classes.len())
                    .filter(|&k| self.is_subclass(k, *c) && k != *c)
                    .collect();
                if !subs.is_empty() {
                    let s = self.pick(&subs)?;
                    cases.push((format!("{}()", self.classes[s].name), vec![]));
                }
                if let Some((f, ft)) = ci.fields.first() {
                    cases.push((
                        format!("{}({f}={a})", ci.name),
                        vec![(a.clone(), ft.clone())],
                    ));
                    if ci.match_args && ci.fields.len() > 1 {
                        cases.push((
                            format!("{}({b}, _)", ci.name),
                            vec![(b.clone(), ft.clone())],
                        ));
                    }
                }
            }
            Ty::Func(_) => {}
        }
        cases.push(("_".into(), vec![]));
        let r = (|| {
            for (pat, binds) in cases {
                self.line(&format!("case {pat}:"));
                self.indent();
                self.push_scope();
                for (n, t) in binds {
                    self.declare(&n, t);
                }
                let r = self.block(d, 2);
                self.pop_scope();
                self.dedent();
                r?;
            }
            Ok(())
        })();
        self.dedent();
        r
    }

    fn lambda_def(&mut self, d: u32) -> Result<()> {
        self.feat("lambda");
        let n = self.range(0, 2)?;
        let mut params = Vec::new();
        self.push_scope();
        self.frames.push(Frame::new(FN_COST_LIMIT));
        for _ in 0..n {
            let t = self.value_ty(false)?;
            let p = self.fresh("a");
            self.declare(&p, t.clone());
            params.push(Param {
                name: p,
                ty: t,
                default: None,
            });
        }
        let ret = self.value_ty(false)?;
        let body = self.expr(&ret, d.max(1));
        let cost = self.frame().cost;
        self.frames.pop();
        self.pop_scope();
        let body = body?;
        let v = self.fresh("lam");
        let names: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
        self.line(&format!("{v} = lambda {}: {body}", names.join(", ")));
        self.funcs.push(FuncInfo {
            params,
            ret,
            cost,
            yields: None,
        });
        self.declare(&v, Ty::Func(self.funcs.len() - 1));
        Ok(())
    }

    /// A nested function reading (and maybe `nonlocal`-updating) the
    /// enclosing function's variables.
    fn closure_def(&mut self, d: u32) -> Result<()> {
        self.feat("closure");
        let fi = self.frame_index();
        let ints: Vec<String> = self
            .visible()
            .filter(|v| v.frame == fi && v.ty == Ty::Int)
            .map(|v| v.name.clone())
            .collect();
        let nonlocal = if !ints.is_empty() && self.u.arbitrary()? {
            Some(self.pick(&ints)?)
        } else {
            None
        };
        let name = self.fresh("inner");
        let id = self.function_def(&name, d, nonlocal, false)?;
        // Call it right away, once or in a loop.
        let f = self.funcs[id].clone();
        if self.afford(f.cost * 3) {
            let c = self.call_expr(&name, id, d)?;
            let r = self.fresh("r");
            self.line(&format!("{r} = {c}"));
            self.declare(&r, f.ret.clone());
        }
        Ok(())
    }

    /// Emits `def name(...)` with typed parameters, fuel at entry and a final
    /// return; registers and declares it; returns its id.
    pub fn function_def(
        &mut self,
        name: &str,
        depth: u32,
        outer_write: Option<String>,
        generator: bool,
    ) -> Result<usize> {
        self.feat("function");
        let n = self.range(0, 3)?;
        let mut params = Vec::new();
        let mut any_default = false;
        for i in 0..n {
            let t = self.value_ty(false)?;
            let p = format!("p{i}_");
            let default = if (any_default || self.chance(1, 3)?) && t.is_scalar() {
                any_default = true;
                // Defaults are evaluated at definition time, here.
                Some(self.expr(&t, 0)?)
            } else {
                None
            };
            if default.is_none() && any_default {
                // Non-default parameter after a default one is a syntax error.
                let lit = self.expr(&t, 0)?;
                params.push(Param {
                    name: p,
                    ty: t,
                    default: Some(lit),
                });
                continue;
            }
            params.push(Param {
                name: p,
                ty: t,
                default,
            });
        }
        // Parameter names must be unique per function but may repeat across
        // functions; make them unique program-wide to keep scoping simple.
        for p in params.iter_mut() {
            p.name = self.fresh(&p.name);
        }
        let ret = if generator || self.chance(1, 6)? {
            Ty::NoneT
        } else {
            self.value_ty(true)?
        };
        let yields = if generator {
            Some(self.scalar_ty()?)
        } else {
            None
        };
        let sig: Vec<String> = params
            .iter()
            .map(|p| match &p.default {
                Some(dft) => format!("{}={dft}", p.name),
                None => p.name.clone(),
            })
            .collect();
        self.line(&format!("def {name}({}):", sig.join(", ")));
        self.indent();
        self.push_scope();
        self.frames.push(Frame::new(FN_COST_LIMIT));
        self.frame_mut().ret = Some(ret.clone());
        self.frame_mut().is_gen = generator;
        let r = (|| {
            if let Some(o) = &outer_write {
                self.feat("nonlocal");
                let kw = if self.frames.len() == 2 {
                    "global"
                } else {
                    "nonlocal"
                };
                self.line(&format!("{kw} {o}"));
                self.frame_mut().writable_extra.push(o.clone());
            }
            self.fuel_line();
            for p in &params {
                self.declare(&p.name, p.ty.clone());
            }
            if let Some(o) = &outer_write {
                let e = self.int_expr(1)?;
                let c = self.int_clamp(&format!("{o} + {e}"))?;
                self.line(&format!("{o} = {c}"));
            }
            let nstmts = self.range(1, 4)?;
            for _ in 0..nstmts {
                self.stmt(depth)?;
            }
            if let Some(y) = &yields {
                self.feat("generator");
                let k = self.fresh("k");
                let n = self.range(0, self.cfg.loop_bound)?;
                self.line(&format!("for {k} in range({n}):"));
                self.indent();
                self.push_scope();
                self.declare(&k, Ty::Int);
                let r = self.in_loop(n as u64, |g| {
                    g.fuel_line();
                    let e = g.expr(y, depth)?;
                    g.line(&format!("yield {e}"));
                    Ok(())
                });
                self.pop_scope();
                self.dedent();
                r?;
            } else if ret != Ty::NoneT || self.u.arbitrary()? {
                let e = self.expr(&ret, depth.max(1))?;
                self.line(&format!("return {e}"));
            }
            Ok(())
        })();
        let cost = self.frame().cost;
        self.frames.pop();
        self.pop_scope();
        self.dedent();
        r?;
        self.funcs.push(FuncInfo {
            params,
            ret,
            cost: cost.max(1),
            yields,
        });
        let id = self.funcs.len() - 1;
        self.declare(name, Ty::Func(id));
        Ok(id)
    }

    // ----- classes --------------------------------------------------------------

    pub fn class_def(&mut self, depth: u32) -> Result<usize> {
        self.feat("class");
        let name = format!("C{}", self.classes.len());
        let base = if self.cfg.inheritance && !self.classes.is_empty() && self.u.arbitrary()? {
            Some(self.range(0, self.classes.len() as u32 - 1)? as usize)
        } else {
            None
        };
        let base_info = base.map(|b| self.classes[b].clone());
        let slots = self.cfg.descriptors && self.chance(1, 3)?;
        let nf = self.range(1, 3)?;
        let mut own_fields = Vec::new();
        for _ in 0..nf {
            let f = self.fresh("f");
            let t = self.value_ty(false)?;
            self.note_ty(&t);
            own_fields.push((f, t));
        }
        let mut fields = base_info
            .as_ref()
            .map(|b| b.fields.clone())
            .unwrap_or_default();
        fields.extend(own_fields.iter().cloned());
        let mut class_attrs = base_info
            .as_ref()
            .map(|b| b.class_attrs.clone())
            .unwrap_or_default();
        let own_attr = if self.u.arbitrary()? {
            let a = self.fresh("ca");
            let t = self.scalar_ty()?;
            Some((a, t))
        } else {
            None
        };
        let match_args = self.cfg.match_stmt && base.is_none() && fields.len() > 1;
        match &base_info {
            Some(b) => {
                self.feat("inheritance");
                self.line(&format!("class {name}({}):", b.name));
            }
            None => self.line(&format!("class {name}:")),
        }
        self.indent();
        if slots {
            self.feat("slots");
            let names: Vec<String> = own_fields.iter().map(|(f, _)| py_str(f)).collect();
            self.line(&format!("__slots__ = ({},)", names.join(", ")));
        }
        if match_args {
            let names: Vec<String> = fields.iter().map(|(f, _)| py_str(f)).collect();
            self.line(&format!("__match_args__ = ({},)", names.join(", ")));
        }
        if let Some((a, t)) = &own_attr {
            let e = self.expr(t, 0)?;
            self.line(&format!("{a} = {e}"));
            class_attrs.push((a.clone(), t.clone()));
        }
        // __init__: base parameters first, then own fields.
        let mut init: Vec<Ty> = base_info
            .as_ref()
            .map(|b| b.init.clone())
            .unwrap_or_default();
        let own_params: Vec<Ty> = own_fields.iter().map(|(_, t)| t.clone()).collect();
        init.extend(own_params.iter().cloned());
        let pnames: Vec<String> = (0..init.len()).map(|i| format!("q{i}")).collect();
        let mut sig = vec!["self".to_string()];
        sig.extend(pnames.iter().cloned());
        self.line(&format!("def __init__({}):", sig.join(", ")));
        self.indent();
        self.push_scope();
        self.frames.push(Frame::new(FN_COST_LIMIT));
        let r = (|| {
            self.fuel_line();
            let nb = base_info.as_ref().map(|b| b.init.len()).unwrap_or(0);
            if let Some(b) = &base_info {
                self.feat("super");
                self.spend(b.init_cost);
                let args = pnames[..nb].join(", ");
                if self.u.arbitrary()? {
                    self.line(&format!("super().__init__({args})"));
                } else {
                    let sep = if nb > 0 { ", " } else { "" };
                    self.line(&format!("{}.__init__(self{sep}{args})", b.name));
                }
            }
            for (i, t) in init.iter().enumerate() {
                self.declare(&pnames[i], t.clone());
            }
            for (k, (f, t)) in own_fields.iter().enumerate() {
                let p = &pnames[nb + k];
                // Clamped: constructor arguments may feed back from the
                // object's own fields in a loop.
                let e = if self.chance(1, 3)? {
                    self.expr(t, 1)?
                } else {
                    p.clone()
                };
                let e = self.clamp(t, e)?;
                self.line(&format!("self.{f} = {e}"));
            }
            Ok(())
        })();
        let init_cost = self.frame().cost + base_info.as_ref().map(|b| b.init_cost).unwrap_or(0);
        self.frames.pop();
        self.pop_scope();
        self.dedent();
        r?;
        let mut info = ClassInfo {
            name: name.clone(),
            base,
            fields: fields.clone(),
            class_attrs,
            props: base_info
                .as_ref()
                .map(|b| b.props.clone())
                .unwrap_or_default(),
            methods: base_info
                .as_ref()
                .map(|b| b.methods.clone())
                .unwrap_or_default(),
            init,
            init_cost: init_cost.max(1),
            match_args,
        };
        // Properties read fields; a setter writes one.
        if self.cfg.descriptors && self.u.arbitrary()? {
            self.feat("property");
            let p = self.fresh("prop");
            let (f, t) = self.pick(&fields)?;
            self.line("@property");
            self.line(&format!("def {p}(self):"));
            self.indent();
            self.line(&format!("return self.{f}"));
            self.dedent();
            let setter = if self.u.arbitrary()? {
                self.line(&format!("@{p}.setter"));
                self.line(&format!("def {p}(self, value):"));
                self.indent();
                self.line(&format!("self.{f} = value"));
                self.dedent();
                Some(f.clone())
            } else {
                None
            };
            info.props.push(Prop {
                name: p,
                ty: t,
                setter_field: setter,
            });
        }
        self.classes.push(info);
        let cid = self.classes.len() - 1;
        // Methods: overrides of inherited ones keep their index; new ones
        // are appended. A method may call self-methods of lower index only.
        let base_methods = base_info.as_ref().map(|b| b.methods.len()).unwrap_or(0);
        let nm = self.range(0, 3)?;
        for _ in 0..nm {
            let inherited = self.classes[cid].methods.len();
            let (idx, mname, params, ret) = if inherited > 0 && self.u.arbitrary()? {
                let i = self.range(0, inherited as u32 - 1)? as usize;
                let m = self.classes[cid].methods[i].clone();
                (i, m.name, m.params, m.ret)
            } else {
                let np = self.range(0, 2)?;
                let mut ps = Vec::new();
                for _ in 0..np {
                    ps.push(self.value_ty(false)?);
                }
                let ret = self.value_ty(false)?;
                (inherited, self.fresh("m"), ps, ret)
            };
            let pn: Vec<String> = params.iter().map(|_| self.fresh("a")).collect();
            let mut sig = vec!["self".to_string()];
            sig.extend(pn.iter().cloned());
            self.line(&format!("def {mname}({}):", sig.join(", ")));
            self.indent();
            self.push_scope();
            self.frames.push(Frame::new(FN_COST_LIMIT));
            self.frame_mut().method_limit = Some((cid, idx));
            self.frame_mut().ret = Some(ret.clone());
            let r = (|| {
                self.fuel_line();
                self.declare("self", Ty::Obj(cid));
                for (n, t) in pn.iter().zip(params.iter()) {
                    self.declare(n, t.clone());
                }
                if idx < base_methods && self.chance(1, 2)? {
                    // Extend the inherited method through super().
                    self.feat("super");
                    let args = pn.join(", ");
                    let v = self.fresh("s");
                    let bc = self.classes[cid].methods[idx].cost;
                    self.spend(bc);
                    self.line(&format!("{v} = super().{mname}({args})"));
                    self.declare(&v, ret.clone());
                }
                let n = self.range(0, 2)?;
                for _ in 0..n {
                    self.stmt(depth)?;
                }
                let e = self.expr(&ret, depth.max(1))?;
                self.line(&format!("return {e}"));
                Ok(())
            })();
            let cost = self.frame().cost.max(1);
            self.frames.pop();
            self.pop_scope();
            self.dedent();
            r?;
            let m = Method {
                name: mname,
                params,
                ret,
                cost,
            };
            let ms = &mut self.classes[cid].methods;
            if idx < ms.len() {
                ms[idx].cost = ms[idx].cost.max(cost);
            } else {
                ms.push(m);
            }
        }
        // The digest helper every class has.
        let fs: Vec<String> = fields
            .iter()
            .map(|(f, t)| self.show(&format!("self.{f}"), t))
            .collect();
        self.line("def _d(self):");
        self.indent();
        self.line(&format!("return ({}, {})", py_str(&name), fs.join(", ")));
        self.dedent();
        self.dedent();
        Ok(cid)
    }

    // ----- program ----------------------------------------------------------------

    fn top_item(&mut self) -> Result<()> {
        let depth = self.cfg.max_depth;
        let can_fn = self.cfg.functions && self.n_functions < self.cfg.max_functions;
        let can_cls = self.cfg.classes && self.n_classes < self.cfg.max_classes;
        let w = [
            4,
            if can_fn { 4 } else { 0 },
            if can_fn && self.cfg.generators { 1 } else { 0 },
            if can_cls { 4 } else { 0 },
            if self.cfg.stress { 7 } else { 0 },
        ];
        match self.weighted(&w)? {
            0 => {
                let n = self.range(1, 4)?;
                for _ in 0..n {
                    self.stmt(depth)?;
                }
            }
            k @ (1 | 2) => {
                self.n_functions += 1;
                let name = self.fresh("f");
                let globals: Vec<String> = self.scopes[0]
                    .iter()
                    .filter(|v| v.ty == Ty::Int)
                    .map(|v| v.name.clone())
                    .collect();
                let gw = if !globals.is_empty() && self.chance(1, 4)? {
                    self.feat("global_stmt");
                    Some(self.pick(&globals)?)
                } else {
                    None
                };
                let id = self.function_def(&name, depth, gw, k == 2)?;
                let f = self.funcs[id].clone();
                if self.afford(f.cost * 2) {
                    if f.yields.is_some() {
                        let c = self.call_expr(&name, id, depth)?;
                        self.line(&format!("print({}, list({c}))", py_str(&name)));
                    } else {
                        let c = self.call_expr(&name, id, depth)?;
                        let v = self.fresh("r");
                        self.line(&format!("{v} = {c}"));
                        let s = self.show(&v, &f.ret);
                        self.line(&format!("print({}, {s})", py_str(&name)));
                    }
                }
            }
            3 => {
                self.n_classes += 1;
                let cid = self.class_def(depth)?;
                let v = self.fresh("o");
                let e = self.construct(cid, depth)?;
                self.line(&format!("{v} = {e}"));
                self.declare(&v, Ty::Obj(cid));
            }
            _ => crate::scenarios::scenario(self)?,
        }
        self.digest()
    }

    pub fn program(mut self) -> Result<Program> {
        if self.cfg.tight_fuel {
            self.feat("tight_fuel");
        }
        let items = self.cfg.top_level_items;
        for _ in 0..items {
            if self.lines() > 250 {
                break;
            }
            self.top_item()?;
        }
        let est = self.frames[0].cost + self.extra_cost;
        let fuel = if self.cfg.tight_fuel {
            (est / 3).max(5)
        } else {
            est * 4 + 10_000
        };
        let mut src = String::new();
        src.push_str("# Generated by quicken-fuzzgen.\n");
        src.push_str("class OutOfFuel(BaseException):\n    pass\n\n");
        src.push_str(&format!("_fuel_left = {fuel}\n\n"));
        src.push_str(
            "def _fuel():\n    global _fuel_left\n    _fuel_left -= 1\n    if _fuel_left < 0:\n        raise OutOfFuel()\n\n",
        );
        if self.cfg.exceptions {
            src.push_str("class GenError(Exception):\n    pass\n\nclass GenSubError(GenError):\n    pass\n\n");
        }
        if self.cfg.with_stmt || self.features.contains("with_scenario") {
            src.push_str(concat!(
                "class _CM:\n",
                "    def __init__(self, tag):\n",
                "        self.tag = tag\n",
                "    def __enter__(self):\n",
                "        _fuel()\n",
                "        print('enter', self.tag)\n",
                "        return self.tag\n",
                "    def __exit__(self, et, ev, tb):\n",
                "        print('exit', self.tag, et.__name__ if et is not None else None)\n",
                "        return et is not None and issubclass(et, ValueError)\n\n",
            ));
        }
        src.push_str(&format!(
            concat!(
                "_K = {}\n\n",
                "def _k(x):\n",
                "    t = type(x)\n",
                "    if t is int:\n",
                "        return x if -_K < x < _K else x % _K\n",
                "    if t is str:\n",
                "        return x[:{b}]\n",
                "    if t is list:\n",
                "        return [_k(e) for e in x[:{b}]]\n",
                "    if t is tuple:\n",
                "        return tuple([_k(e) for e in x])\n",
                "    if t is dict:\n",
                "        return {{_k(k): _k(v) for k, v in list(x.items())[:{b}]}}\n",
                "    if t is set:\n",
                "        return set(sorted([_k(e) for e in x])[:{b}])\n",
                "    return x\n\n",
            ),
            if self.cfg.bigints {
                "1 << 100"
            } else {
                "1 << 40"
            },
            b = CONTAINER_BOUND
        ));
        src.push_str(concat!(
            "def _r(x):\n",
            "    if isinstance(x, (set, frozenset)):\n",
            "        return 'set' + repr(sorted(x))\n",
            "    return repr(x)\n\n",
        ));
        src.push_str("try:\n");
        if self.out.is_empty() {
            self.out.push_str("    pass\n");
        }
        src.push_str(&self.out);
        src.push_str(&format!(
            "except OutOfFuel:\n    print({})\n",
            py_str(OUT_OF_FUEL_MARKER)
        ));
        Ok(Program {
            source: src,
            config: self.cfg,
            features: self.features.into_iter().collect(),
        })
    }
}
