//! The symbol table: which scope every name belongs to.
//!
//! Python decides at compile time whether a name in a function is local,
//! global, or a free variable of an enclosing function (closure cell). The
//! rules, as CPython applies them:
//! - a name bound anywhere in a function body (assignment, parameter, `for`
//!   target, `def`, `del`, `except ... as`, import) is local to it, unless
//!   declared `global` or `nonlocal`;
//! - a name used but not bound is free if an enclosing *function* scope binds
//!   it (class bodies are skipped), otherwise global;
//! - a local captured by an inner scope becomes a cell;
//! - a class body passes free variables through to the functions inside it.

use super::CompileError;
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    Lambda,
    Comprehension,
}

/// Where a name lives, from the point of view of one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Debug, Default, Clone)]
pub struct Symbol {
    pub bound: bool,
    pub used: bool,
    pub param: bool,
    pub global: bool,
    pub nonlocal: bool,
    /// Where a `nonlocal` declaration of the name stands (for errors).
    pub declared_at: Option<super::Location0>,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Symbols in first-appearance order.
    pub symbols: Vec<(String, Symbol)>,
    index: HashMap<String, usize>,
    pub children: Vec<usize>,
    pub params: Vec<String>,
    /// Final resolution of every name mentioned in or passed through this scope.
    pub resolved: HashMap<String, NameScope>,
    /// Names this scope hands to children as cells (sorted as CPython does).
    pub cellvars: Vec<String>,
    /// Free variables in the order CPython numbers them.
    pub freevars: Vec<String>,
    pub line: u32,
    pub is_generator: bool,
    pub has_docstring_slot: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, line: u32) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            children: Vec::new(),
            params: Vec::new(),
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            line,
            is_generator: false,
            has_docstring_slot: false,
        }
    }

    fn sym(&mut self, name: &str) -> &mut Symbol {
        let idx = match self.index.get(name) {
            Some(&i) => i,
            None => {
                self.symbols.push((name.to_string(), Symbol::default()));
                self.index.insert(name.to_string(), self.symbols.len() - 1);
                self.symbols.len() - 1
            }
        };
        &mut self.symbols[idx].1
    }

    pub fn get(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i].1)
    }

    /// How this scope resolves `name`.
    pub fn lookup(&self, name: &str) -> NameScope {
        self.resolved.get(name).copied().unwrap_or(match self.kind {
            ScopeKind::Module | ScopeKind::Class => NameScope::GlobalImplicit,
            _ => NameScope::GlobalImplicit,
        })
    }

    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// All scopes of a module. Scope 0 is the module; children are keyed by the
/// address of the AST node that creates them.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

/// The key of a scope-creating AST node.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder<'a> {
    table: SymbolTable,
    stack: Vec<usize>,
    lines: &'a super::LineIndex,
    depth: usize,
}

const MAX_DEPTH: usize = super::MAX_NESTING;

impl SymbolTable {
    pub fn build(
        module: &[ast::Stmt],
        lines: &super::LineIndex,
    ) -> Result<SymbolTable, CompileError> {
        let mut b = Builder {
            table: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module, "top", 1)],
                by_node: HashMap::new(),
            },
            stack: vec![0],
            lines,
            depth: 0,
        };
        for s in module {
            b.stmt(s)?;
        }
        b.analyze()?;
        Ok(b.table)
    }

    /// The scope a function, class, lambda or comprehension node created.
    pub fn scope_of<T>(&self, node: &T) -> Result<usize, CompileError> {
        self.by_node
            .get(&node_key(node))
            .copied()
            .ok_or_else(|| CompileError {
                kind: super::CompileErrorKind::SyntaxError,
                message: "internal compiler error: a nested scope was not analysed".into(),
                line: 0,
                offset: 0,
            })
    }
}

impl Builder<'_> {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().expect("scope stack");
        &mut self.table.scopes[i]
    }

    fn err(&self, msg: impl Into<String>, range: ast::text_size::TextRange) -> CompileError {
        CompileError::syntax(msg, self.lines.location(range))
    }

    fn bind(&mut self, name: &str, range: ast::text_size::TextRange) -> Result<(), CompileError> {
        let s = self.cur().sym(name);
        if s.global && !s.bound && s.used {
            // reported at the global statement instead
        }
        s.bound = true;
        let _ = range;
        Ok(())
    }

    fn use_name(&mut self, name: &str) {
        self.cur().sym(name).used = true;
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, key: usize, line: u32) -> usize {
        let idx = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name, line));
        let parent = *self.stack.last().expect("scope stack");
        self.table.scopes[parent].children.push(idx);
        self.table.by_node.insert(key, idx);
        self.stack.push(idx);
        idx
    }

    fn enter(&mut self, range: ast::text_size::TextRange) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::recursion(self.lines.location(range)));
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[ast::Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        let mut seen = HashSet::new();
        let all = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .map(|a| &a.def)
            .chain(args.kwonlyargs.iter().map(|a| &a.def))
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref());
        let mut names = Vec::new();
        for a in all {
            if !seen.insert(a.arg.as_str()) {
                return Err(self.err(
                    format!("duplicate argument '{}' in function definition", a.arg),
                    a.range,
                ));
            }
            names.push(a.arg.to_string());
        }
        for n in &names {
            let s = self.cur().sym(n);
            s.param = true;
            s.bound = true;
        }
        self.cur().params = names;
        Ok(())
    }

    fn arg_defaults_and_annotations(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        for a in args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .chain(args.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &ast::Stmt) -> Result<(), CompileError> {
        self.enter(s.range())?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &ast::Stmt) -> Result<(), CompileError> {
        use ast::Stmt::*;
        match s {
            FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d)?;
                }
                self.arg_defaults_and_annotations(&f.args)?;
                self.bind(&f.name, f.range)?;
                let line = self.lines.location(f.range).line;
                self.push_scope(ScopeKind::Function, &f.name, node_key(f), line);
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.stack.pop();
            }
            AsyncFunctionDef(f) => {
                return Err(self.err("async functions are not supported yet", f.range))
            }
            ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name, c.range)?;
                let line = self.lines.location(c.range).line;
                self.push_scope(ScopeKind::Class, &c.name, node_key(c), line);
                self.stmts(&c.body)?;
                self.stack.pop();
            }
            Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            AugAssign(a) => {
                self.expr(&a.value)?;
                if let ast::Expr::Name(n) = &*a.target {
                    self.use_name(&n.id);
                }
                self.target(&a.target)?;
            }
            AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                // Module and class bodies evaluate their annotations.
                if matches!(self.cur().kind, ScopeKind::Module | ScopeKind::Class) {
                    self.expr(&a.annotation)?;
                }
                if a.value.is_some() || !matches!(&*a.target, ast::Expr::Name(_)) {
                    self.target(&a.target)?;
                } else if let ast::Expr::Name(n) = &*a.target {
                    // An annotation alone still makes the name local to a function.
                    self.bind(&n.id, n.range)?;
                }
            }
            For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            AsyncFor(f) => return Err(self.err("async for is not supported yet", f.range)),
            While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            AsyncWith(w) => return Err(self.err("async with is not supported yet", w.range)),
            Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, h.range)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            TryStar(t) => return Err(self.err("except* is not supported yet", t.range)),
            Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(a) => a.to_string(),
                        None => alias.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&bound, alias.range)?;
                }
            }
            ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(self.err("import * only allowed at module level", i.range));
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                    self.bind(&bound, alias.range)?;
                }
            }
            Global(g) => {
                for n in &g.names {
                    let kind = self.cur().kind;
                    let s = self.cur().sym(n);
                    if s.param {
                        return Err(
                            self.err(format!("name '{}' is parameter and global", n), g.range)
                        );
                    }
                    if s.nonlocal {
                        return Err(
                            self.err(format!("name '{}' is nonlocal and global", n), g.range)
                        );
                    }
                    if s.bound {
                        return Err(self.err(
                            format!("name '{}' is assigned to before global declaration", n),
                            g.range,
                        ));
                    }
                    if s.used {
                        return Err(self.err(
                            format!("name '{}' is used prior to global declaration", n),
                            g.range,
                        ));
                    }
                    let _ = kind;
                    s.global = true;
                }
            }
            Nonlocal(nl) => {
                let at = self.lines.location(nl.range);
                if self.cur().kind == ScopeKind::Module {
                    return Err(
                        self.err("nonlocal declaration not allowed at module level", nl.range)
                    );
                }
                for n in &nl.names {
                    let s = self.cur().sym(n);
                    if s.param {
                        return Err(
                            self.err(format!("name '{}' is parameter and nonlocal", n), nl.range)
                        );
                    }
                    if s.global {
                        return Err(
                            self.err(format!("name '{}' is nonlocal and global", n), nl.range)
                        );
                    }
                    if s.bound {
                        return Err(self.err(
                            format!("name '{}' is assigned to before nonlocal declaration", n),
                            nl.range,
                        ));
                    }
                    if s.used {
                        return Err(self.err(
                            format!("name '{}' is used prior to nonlocal declaration", n),
                            nl.range,
                        ));
                    }
                    s.nonlocal = true;
                    s.declared_at = Some(at);
                }
            }
            Expr(e) => self.expr(&e.value)?,
            Pass(_) | Break(_) | Continue(_) => {}
            TypeAlias(t) => return Err(self.err("type aliases are not supported", t.range)),
        }
        Ok(())
    }

    /// A match pattern: capture names bind, value expressions are evaluated.
    fn pattern(&mut self, p: &ast::Pattern) -> Result<(), CompileError> {
        use ast::Pattern::*;
        match p {
            MatchValue(v) => self.expr(&v.value),
            MatchSingleton(_) => Ok(()),
            MatchSequence(s) => {
                for x in &s.patterns {
                    self.pattern(x)?;
                }
                Ok(())
            }
            MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for x in &m.patterns {
                    self.pattern(x)?;
                }
                if let Some(r) = &m.rest {
                    self.bind(r, m.range)?;
                }
                Ok(())
            }
            MatchClass(c) => {
                self.expr(&c.cls)?;
                for x in c.patterns.iter().chain(c.kwd_patterns.iter()) {
                    self.pattern(x)?;
                }
                Ok(())
            }
            MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n, s.range)?;
                }
                Ok(())
            }
            MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner)?;
                }
                if let Some(n) = &a.name {
                    self.bind(n, a.range)?;
                }
                Ok(())
            }
            MatchOr(o) => {
                for x in &o.patterns {
                    self.pattern(x)?;
                }
                Ok(())
            }
        }
    }

    /// An assignment target: binds names, evaluates the rest.
    fn target(&mut self, t: &ast::Expr) -> Result<(), CompileError> {
        match t {
            ast::Expr::Name(n) => self.bind(&n.id, n.range),
            ast::Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.target(e)?;
                }
                Ok(())
            }
            ast::Expr::List(l) => {
                for e in &l.elts {
                    self.target(e)?;
                }
                Ok(())
            }
            ast::Expr::Starred(s) => self.target(&s.value),
            ast::Expr::Attribute(a) => self.expr(&a.value),
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)
            }
            other => self.expr(other),
        }
    }

    fn expr(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        self.enter(e.range())?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr::*;
        match e {
            BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            NamedExpr(n) => {
                self.expr(&n.value)?;
                // The target binds in the nearest enclosing non-comprehension scope.
                if let Name(name) = &*n.target {
                    let pos = self
                        .stack
                        .iter()
                        .rposition(|&i| self.table.scopes[i].kind != ScopeKind::Comprehension)
                        .unwrap_or(0);
                    let saved = self.stack.split_off(pos + 1);
                    self.bind(&name.id, name.range)?;
                    let scope_kind = self.cur().kind;
                    self.stack.extend(saved.iter().copied());
                    // Inner comprehension scopes see it as free.
                    for &i in &saved {
                        self.table.scopes[i].sym(&name.id).used = true;
                    }
                    let _ = scope_kind;
                }
            }
            BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            UnaryOp(u) => self.expr(&u.operand)?,
            Lambda(l) => {
                self.arg_defaults_and_annotations(&l.args)?;
                let line = self.lines.location(l.range).line;
                self.push_scope(ScopeKind::Lambda, "<lambda>", node_key(l), line);
                self.params(&l.args)?;
                self.expr(&l.body)?;
                self.stack.pop();
            }
            IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in &d.values {
                    self.expr(v)?;
                }
            }
            Set(s) => {
                for v in &s.elts {
                    self.expr(v)?;
                }
            }
            ListComp(c) => {
                self.comprehension("<listcomp>", node_key(c), c.range, &c.generators, &[&c.elt])?
            }
            SetComp(c) => {
                self.comprehension("<setcomp>", node_key(c), c.range, &c.generators, &[&c.elt])?
            }
            DictComp(c) => self.comprehension(
                "<dictcomp>",
                node_key(c),
                c.range,
                &c.generators,
                &[&c.key, &c.value],
            )?,
            GeneratorExp(g) => {
                self.comprehension("<genexpr>", node_key(g), g.range, &g.generators, &[&g.elt])?;
                let idx = self.table.by_node[&node_key(g)];
                self.table.scopes[idx].is_generator = true;
            }
            Await(a) => return Err(self.err("await is not supported yet", a.range)),
            Yield(y) => {
                self.check_yield_allowed(y.range)?;
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            YieldFrom(y) => {
                self.check_yield_allowed(y.range)?;
                self.cur().is_generator = true;
                self.expr(&y.value)?;
            }
            Compare(c) => {
                self.expr(&c.left)?;
                for v in &c.comparators {
                    self.expr(v)?;
                }
            }
            Call(c) => {
                self.expr(&c.func)?;
                for a in &c.args {
                    self.expr(a)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.expr(s)?;
                }
            }
            JoinedStr(j) => {
                for v in &j.values {
                    self.expr(v)?;
                }
            }
            Constant(_) => {}
            Attribute(a) => self.expr(&a.value)?,
            Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Starred(s) => self.expr(&s.value)?,
            Name(n) => {
                self.use_name(&n.id);
                if n.id.as_str() == "super" {
                    // Zero-argument super() needs the __class__ cell.
                    self.cur().sym("__class__").used = true;
                }
            }
            List(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Tuple(t) => {
                for v in &t.elts {
                    self.expr(v)?;
                }
            }
            Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(v)?;
                }
            }
        }
        Ok(())
    }

    fn check_yield_allowed(&self, range: ast::text_size::TextRange) -> Result<(), CompileError> {
        let i = *self.stack.last().expect("scope");
        match self.table.scopes[i].kind {
            ScopeKind::Module | ScopeKind::Class => {
                Err(self.err("'yield' outside function", range))
            }
            ScopeKind::Comprehension if !self.table.scopes[i].is_generator => {
                Err(self.err("'yield' inside list comprehension", range))
            }
            _ => Ok(()),
        }
    }

    fn comprehension(
        &mut self,
        name: &str,
        key: usize,
        range: ast::text_size::TextRange,
        gens: &[ast::Comprehension],
        elts: &[&ast::Expr],
    ) -> Result<(), CompileError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&gens[0].iter)?;
        let line = self.lines.location(range).line;
        self.push_scope(ScopeKind::Comprehension, name, key, line);
        if name == "<genexpr>" {
            self.cur().is_generator = true;
        }
        {
            let s = self.cur().sym(".0");
            s.param = true;
            s.bound = true;
        }
        self.cur().params = vec![".0".into()];
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.stack.pop();
        Ok(())
    }

    /// Resolve every scope, top-down.
    fn analyze(&mut self) -> Result<(), CompileError> {
        let visible = HashSet::new();
        self.analyze_scope(0, &visible)?;
        Ok(())
    }

    /// `visible`: names bound in enclosing function scopes. Returns the names
    /// this scope needs from its enclosing scopes (its free variables).
    fn analyze_scope(
        &mut self,
        idx: usize,
        visible: &HashSet<String>,
    ) -> Result<HashSet<String>, CompileError> {
        let kind = self.table.scopes[idx].kind;
        let is_func = matches!(
            kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        );
        let symbols = self.table.scopes[idx].symbols.clone();
        let mut resolved: HashMap<String, NameScope> = HashMap::new();
        let mut free: HashSet<String> = HashSet::new();

        for (name, s) in &symbols {
            let r = if s.global {
                NameScope::GlobalExplicit
            } else if s.nonlocal {
                if !visible.contains(name) {
                    return Err(CompileError::syntax(
                        format!("no binding for nonlocal '{}' found", name),
                        s.declared_at.unwrap_or(super::Location0 {
                            line: self.table.scopes[idx].line,
                            col: 0,
                        }),
                    ));
                }
                free.insert(name.clone());
                NameScope::Free
            } else if s.bound {
                NameScope::Local
            } else if visible.contains(name) && (is_func || name != "__class__") {
                free.insert(name.clone());
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            resolved.insert(name.clone(), r);
        }

        // Names visible to children: for function scopes, enclosing ones plus
        // its own locals; class and module scopes add nothing.
        let mut child_visible = visible.clone();
        if is_func {
            for (name, s) in &symbols {
                if s.bound && !s.global && !s.nonlocal {
                    child_visible.insert(name.clone());
                }
                if s.nonlocal {
                    child_visible.insert(name.clone());
                }
            }
            // Names declared global here hide enclosing bindings from children.
            for (name, s) in &symbols {
                if s.global {
                    child_visible.remove(name);
                }
            }
        } else if kind == ScopeKind::Class {
            // Methods can use the implicit __class__ cell.
            child_visible.insert("__class__".into());
        }

        let children = self.table.scopes[idx].children.clone();
        let mut cells: Vec<String> = Vec::new();
        for c in children {
            let needed = self.analyze_scope(c, &child_visible)?;
            for name in needed {
                if kind == ScopeKind::Class && name == "__class__" {
                    if !cells.contains(&name) {
                        cells.push(name);
                    }
                    continue;
                }
                let local_here = is_func
                    && matches!(
                        resolved.get(&name),
                        Some(NameScope::Local) | Some(NameScope::Cell)
                    );
                if local_here {
                    resolved.insert(name.clone(), NameScope::Cell);
                    if !cells.contains(&name) {
                        cells.push(name);
                    }
                } else {
                    // Pass through: free here too.
                    if kind == ScopeKind::Class {
                        // A class keeps its own binding of the name in its
                        // dict; the free variable is still passed through.
                        free.insert(name.clone());
                        if !resolved.contains_key(&name) {
                            resolved.insert(name.clone(), NameScope::Free);
                        }
                    } else {
                        free.insert(name.clone());
                        resolved.insert(name.clone(), NameScope::Free);
                    }
                }
            }
        }
        cells.sort();
        let mut freevars: Vec<String> = free.iter().cloned().collect();
        freevars.sort();
        let scope = &mut self.table.scopes[idx];
        scope.resolved = resolved;
        scope.cellvars = cells;
        scope.freevars = freevars;
        if kind == ScopeKind::Module {
            return Ok(HashSet::new());
        }
        Ok(free)
    }
}
