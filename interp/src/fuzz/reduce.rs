//! AST-guided reduction of a program on which two engines disagree.
//!
//! A fuzz finding is usually hundreds of generated lines of which a handful
//! matter, and every check runs the program on two engines, so the reducer
//! spends its effort on candidates that have a real chance: each one is an
//! edit of the source text at an AST node's byte range (no unparser, so what
//! is kept keeps its spelling and layout), and a candidate that does not
//! parse, that CPython would reject for an obvious context reason, or that
//! is not strictly smaller than the current program never reaches the
//! oracle.
//!
//! Passes run to a fixed point, in the spirit of C-Reduce and of
//! Hypothesis' shrinker, coarse ones first because one accepted big
//! deletion saves every test the fine passes would have spent inside it:
//! statement chunks, unwrapping of compound statements, optional clauses,
//! display elements and arguments, expressions, and finally plain lines.

use std::borrow::Cow;
use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};

use rustpython_parser::ast::{self, Constant, ExceptHandler, Expr, Ranged, Stmt};
use rustpython_parser::lexer::lex;
use rustpython_parser::{parse, Mode, Tok};

/// What the reducer reports while it works.
pub struct Progress {
    pub tests: usize,
    pub accepted: usize,
    pub bytes: usize,
    pub lines: usize,
}

/// Long runs of rejected candidates would otherwise look like a hang.
const REPORT_EVERY: usize = 50;

/// Shrink `source` while `interesting` keeps returning true for the candidate.
/// `interesting(source)` is true for the input (the caller checks that first).
/// Returns the smallest interesting program found (always one `interesting` said true to, or the input).
pub fn reduce(
    source: &str,
    interesting: &mut dyn FnMut(&str) -> bool,
    progress: &mut dyn FnMut(&Progress),
) -> String {
    let Some(checked) = check(source) else {
        return source.to_string();
    };
    let mut reducer = Reducer {
        current: source.to_string(),
        npass: checked.npass,
        // A program that already breaks a context rule must be allowed to
        // keep breaking it, or no candidate could ever be accepted.
        strict: checked.valid,
        seen: HashSet::new(),
        tests: 0,
        accepted: 0,
        quiet: 0,
        interesting,
        progress,
    };
    reducer.seen.insert(source.to_string());
    reducer.run();
    reducer.current
}

struct Reducer<'a, 'b> {
    current: String,
    npass: usize,
    strict: bool,
    /// Every candidate ever built, accepted or not: fixed-point rounds rebuild
    /// most of them, and the oracle is far more expensive than the lookup.
    seen: HashSet<String>,
    tests: usize,
    accepted: usize,
    /// Rejected tests since the last report.
    quiet: usize,
    interesting: &'a mut dyn FnMut(&str) -> bool,
    progress: &'b mut dyn FnMut(&Progress),
}

impl Reducer<'_, '_> {
    fn run(&mut self) {
        self.strip_comments();
        loop {
            while self.ast_round() {}
            // Lines are the fallback for what no AST pass can express, so
            // they only run once the AST passes are stuck.
            if !self.line_pass() {
                break;
            }
        }
        self.report();
    }

    fn ast_round(&mut self) -> bool {
        let mut changed = self.seq_pass(|a| &a.blocks);
        changed |= self.group_pass(|a| &a.unwraps);
        changed |= self.group_pass(|a| &a.optional);
        changed |= self.seq_pass(|a| &a.elements);
        changed |= self.group_pass(|a| &a.exprs);
        changed
    }

    fn report(&mut self) {
        self.quiet = 0;
        let p = Progress {
            tests: self.tests,
            accepted: self.accepted,
            bytes: self.current.len(),
            lines: self.current.lines().count(),
        };
        (self.progress)(&p);
    }

    /// Only well-formed, strictly smaller, never-seen candidates cost an
    /// oracle call; "smaller" is well founded, so every pass terminates.
    fn attempt(&mut self, candidate: String) -> bool {
        if candidate == self.current || !self.seen.insert(candidate.clone()) {
            return false;
        }
        let Some(checked) = check(&candidate) else {
            return false;
        };
        if (self.strict && !checked.valid) || !self.smaller(&candidate, checked.npass) {
            return false;
        }
        self.tests += 1;
        if (self.interesting)(&candidate) {
            self.current = candidate;
            self.npass = checked.npass;
            self.accepted += 1;
            self.report();
            true
        } else {
            self.quiet += 1;
            if self.quiet >= REPORT_EVERY {
                self.report();
            }
            false
        }
    }

    /// `pass` bytes are free so that emptying a block (which must then hold
    /// `pass`) counts as progress even when it lengthens the text; ties go to
    /// the lexicographically smaller text so that `x` -> `0` is progress too.
    fn smaller(&self, candidate: &str, npass: usize) -> bool {
        let key = |s: &str, p: usize| (s.len().saturating_sub(4 * p), s.len());
        let (new, old) = (key(candidate, npass), key(&self.current, self.npass));
        new < old || (new == old && candidate < self.current.as_str())
    }

    /// Comments and blank lines never matter to the engines, and removing
    /// them all at once is one test instead of one per line.
    fn strip_comments(&mut self) {
        let comments = comment_spans(&self.current);
        let mut text = String::with_capacity(self.current.len());
        let mut at = 0;
        for &(s, e) in &comments {
            text.push_str(&self.current[at..s]);
            at = e;
        }
        text.push_str(&self.current[at..]);
        let mut all = String::with_capacity(text.len());
        for line in text.lines() {
            if !line.trim().is_empty() {
                all.push_str(line.trim_end());
                all.push('\n');
            }
        }
        if self.attempt(all) {
            return;
        }
        // Blank lines inside a string literal may matter; comment-only lines
        // cannot.
        let mut only = String::with_capacity(self.current.len());
        let mut at = 0;
        for &(s, e) in &comments {
            let ls = line_start(&self.current, s);
            if self.current[ls..s].trim().is_empty() {
                only.push_str(&self.current[at..ls]);
                at = self.current[e..].find('\n').map_or(e, |i| e + i + 1);
            }
        }
        only.push_str(&self.current[at.min(self.current.len())..]);
        self.attempt(only);
    }

    /// Deletes chunks of each sequence, halving the chunk size as deletions
    /// fail (ddmin without complements), so that a long block whose content
    /// barely matters goes in a few tests.  Sequences are numbered in
    /// pre-order, so an accepted deletion never renumbers the ones already
    /// done, and the scan resumes where it was.
    fn seq_pass(&mut self, pick: fn(&Analysis) -> &Vec<Seq>) -> bool {
        let mut changed = false;
        let mut k = 0;
        let mut state: Option<(usize, usize)> = None;
        let mut analysis = analyze(&self.current);
        while let Some(an) = analysis.as_ref() {
            let Some(seq) = pick(an).get(k) else {
                break;
            };
            let n = seq.items.len();
            let (size, pos) = *state.get_or_insert((n, 0));
            if n == 0 || size == 0 || (pos >= n && size == 1) {
                k += 1;
                state = None;
                continue;
            }
            if pos >= n {
                state = Some((size.div_ceil(2), 0));
                continue;
            }
            let candidate = seq.delete(&self.current, pos, (pos + size).min(n));
            if let Some(candidate) = candidate {
                if self.attempt(candidate) {
                    changed = true;
                    analysis = analyze(&self.current);
                    continue;
                }
            }
            state = Some((size, pos + size));
        }
        changed
    }

    /// Tries each node's alternatives in order and takes the first that
    /// works; the scan then stays on the same node number, which now names
    /// the replacement, so simplification descends into what was kept.
    fn group_pass(&mut self, pick: fn(&Analysis) -> &Vec<Vec<Edit>>) -> bool {
        let mut changed = false;
        let mut g = 0;
        let mut analysis = analyze(&self.current);
        while let Some(an) = analysis.as_ref() {
            let groups = pick(an);
            let mut hit = false;
            while let Some(group) = groups.get(g) {
                for edit in group {
                    if let Some(candidate) = edit.apply(&self.current) {
                        if self.attempt(candidate) {
                            hit = true;
                            break;
                        }
                    }
                }
                if hit {
                    break;
                }
                g += 1;
            }
            if !hit {
                break;
            }
            changed = true;
            analysis = analyze(&self.current);
        }
        changed
    }

    /// Catches what the AST passes cannot name: stray lines, a header the
    /// unwrap pass must not remove, statements glued by odd layout.
    fn line_pass(&mut self) -> bool {
        let mut changed = false;
        let mut i = 0;
        loop {
            let lines = line_spans(&self.current);
            let Some(&(ls, le)) = lines.get(i) else {
                break;
            };
            let mut cuts = Vec::new();
            let text = &self.current[ls..le];
            if !text.trim().is_empty() {
                let width = indent_width(text);
                let mut j = i + 1;
                while let Some(&(s, e)) = lines.get(j) {
                    let t = &self.current[s..e];
                    if t.trim().is_empty() || indent_width(t) > width {
                        j += 1;
                    } else {
                        break;
                    }
                }
                if j > i + 1 {
                    cuts.push((ls, lines[j - 1].1));
                }
            }
            cuts.push((ls, le));
            let mut hit = false;
            for (s, e) in cuts {
                let candidate = format!("{}{}", &self.current[..s], &self.current[e..]);
                if self.attempt(candidate) {
                    hit = true;
                    break;
                }
            }
            if hit {
                changed = true;
            } else {
                i += 1;
            }
        }
        changed
    }
}

/// Byte spans of each line, newline included.
fn line_spans(src: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut at = 0;
    for line in src.split_inclusive('\n') {
        spans.push((at, at + line.len()));
        at += line.len();
    }
    spans
}

fn line_start(src: &str, pos: usize) -> usize {
    src.get(..pos)
        .and_then(|head| head.rfind('\n'))
        .map_or(0, |i| i + 1)
}

fn indent_width(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '\t']).len()
}

fn is_blank(text: &str) -> bool {
    text.bytes().all(|b| b == b' ' || b == b'\t')
}

fn span<T: Ranged>(node: &T) -> (usize, usize) {
    let r = node.range();
    (r.start().to_usize(), r.end().to_usize())
}

/// The parser is third-party code fed with mangled programs; a panic in it
/// must cost one candidate, not the whole reduction.
fn parse_module(src: &str) -> Option<Vec<Stmt>> {
    match catch_unwind(AssertUnwindSafe(|| parse(src, Mode::Module, "<reduce>"))) {
        Ok(Ok(ast::Mod::Module(m))) => Some(m.body),
        _ => None,
    }
}

/// Tokens the range arithmetic needs to see (the lexer, without its
/// `full-lexer` feature, already skips comments and non-logical newlines).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Lpar,
    Rpar,
    At,
    DoubleStar,
    Arrow,
    Colon,
    Other,
}

type Token = (Kind, usize, usize);

fn lex_all(src: &str) -> Vec<(Tok, usize, usize)> {
    catch_unwind(AssertUnwindSafe(|| {
        let mut out = Vec::new();
        for item in lex(src, Mode::Module) {
            match item {
                Ok((tok, r)) => out.push((tok, r.start().to_usize(), r.end().to_usize())),
                Err(_) => break,
            }
        }
        out
    }))
    .unwrap_or_default()
}

fn tokens(src: &str) -> Vec<Token> {
    lex_all(src)
        .into_iter()
        .map(|(tok, s, e)| {
            let kind = match tok {
                Tok::Lpar => Kind::Lpar,
                Tok::Rpar => Kind::Rpar,
                Tok::At => Kind::At,
                Tok::DoubleStar => Kind::DoubleStar,
                Tok::Rarrow => Kind::Arrow,
                Tok::Colon => Kind::Colon,
                _ => Kind::Other,
            };
            (kind, s, e)
        })
        .collect()
}

/// Comments are what lies in the gaps between tokens from a `#` to the end
/// of its line (the lexer does not report them).
fn comment_spans(src: &str) -> Vec<(usize, usize)> {
    let toks = tokens(src);
    let mut gaps: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for &(_, s, e) in &toks {
        if s > at {
            gaps.push((at, s));
        }
        at = at.max(e);
    }
    gaps.push((at, src.len()));
    let mut out = Vec::new();
    for (gs, ge) in gaps {
        let Some(gap) = src.get(gs..ge) else {
            continue;
        };
        let mut from = 0;
        while let Some(i) = gap[from..].find('#') {
            let s = from + i;
            let e = gap[s..].find(['\n', '\r']).map_or(gap.len(), |j| s + j);
            out.push((gs + s, gs + e));
            from = e;
        }
    }
    out
}

/// What a candidate must pass before it may cost an oracle call.
struct Checked {
    /// `pass` statements, which the size measure does not charge for.
    npass: usize,
    /// No `return`/`yield` outside a function, no `break`/`continue` outside
    /// a loop: CPython rejects these at compile time, so both engines would
    /// agree on the error and the test would be wasted.
    valid: bool,
}

fn check(src: &str) -> Option<Checked> {
    let body = parse_module(src)?;
    let mut c = Checked {
        npass: 0,
        valid: true,
    };
    check_block(&body, false, false, &mut c);
    Some(c)
}

fn check_block(body: &[Stmt], func: bool, in_loop: bool, c: &mut Checked) {
    for s in body {
        check_stmt(s, func, in_loop, c);
    }
}

fn check_stmt(s: &Stmt, func: bool, in_loop: bool, c: &mut Checked) {
    let outside =
        |e: &Expr| !func && matches!(e, Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_));
    match s {
        Stmt::Pass(_) => c.npass += 1,
        Stmt::Return(_) | Stmt::Nonlocal(_) => c.valid &= func,
        Stmt::Break(_) | Stmt::Continue(_) => c.valid &= in_loop,
        Stmt::Expr(x) => c.valid &= !outside(&x.value),
        Stmt::Assign(x) => c.valid &= !outside(&x.value),
        Stmt::FunctionDef(x) => check_block(&x.body, true, false, c),
        Stmt::AsyncFunctionDef(x) => check_block(&x.body, true, false, c),
        Stmt::ClassDef(x) => check_block(&x.body, false, false, c),
        Stmt::For(x) => {
            check_block(&x.body, func, true, c);
            check_block(&x.orelse, func, in_loop, c);
        }
        Stmt::AsyncFor(x) => {
            check_block(&x.body, func, true, c);
            check_block(&x.orelse, func, in_loop, c);
        }
        Stmt::While(x) => {
            check_block(&x.body, func, true, c);
            check_block(&x.orelse, func, in_loop, c);
        }
        Stmt::If(x) => {
            check_block(&x.body, func, in_loop, c);
            check_block(&x.orelse, func, in_loop, c);
        }
        Stmt::With(x) => check_block(&x.body, func, in_loop, c),
        Stmt::AsyncWith(x) => check_block(&x.body, func, in_loop, c),
        Stmt::Match(x) => {
            for case in &x.cases {
                check_block(&case.body, func, in_loop, c);
            }
        }
        Stmt::Try(x) => check_try(
            &x.body,
            &x.handlers,
            &x.orelse,
            &x.finalbody,
            func,
            in_loop,
            c,
        ),
        Stmt::TryStar(x) => check_try(
            &x.body,
            &x.handlers,
            &x.orelse,
            &x.finalbody,
            func,
            in_loop,
            c,
        ),
        _ => {}
    }
}

fn check_try(
    body: &[Stmt],
    handlers: &[ExceptHandler],
    orelse: &[Stmt],
    finalbody: &[Stmt],
    func: bool,
    in_loop: bool,
    c: &mut Checked,
) {
    check_block(body, func, in_loop, c);
    for ExceptHandler::ExceptHandler(h) in handlers {
        check_block(&h.body, func, in_loop, c);
    }
    check_block(orelse, func, in_loop, c);
    check_block(finalbody, func, in_loop, c);
}

/// A replacement of `start..end` in the current text.
struct Edit {
    start: usize,
    end: usize,
    text: Repl,
}

enum Repl {
    Lit(&'static str),
    /// Another span of the same text, i.e. a sub-node.
    Copy(usize, usize),
    /// A sub-node that needs parentheses of its own where it lands.
    Paren(usize, usize),
    Owned(String),
}

impl Edit {
    fn cut(start: usize, end: usize) -> Edit {
        Edit {
            start,
            end,
            text: Repl::Lit(""),
        }
    }

    fn lit(start: usize, end: usize, text: &'static str) -> Edit {
        Edit {
            start,
            end,
            text: Repl::Lit(text),
        }
    }

    fn apply(&self, src: &str) -> Option<String> {
        if self.start > self.end {
            return None;
        }
        let mid: Cow<str> = match &self.text {
            Repl::Lit(s) => Cow::Borrowed(s),
            Repl::Copy(a, b) => Cow::Borrowed(src.get(*a..*b)?),
            Repl::Paren(a, b) => Cow::Owned(format!("({})", src.get(*a..*b)?)),
            Repl::Owned(s) => Cow::Borrowed(s),
        };
        Some(format!(
            "{}{}{}",
            src.get(..self.start)?,
            mid,
            src.get(self.end..)?
        ))
    }
}

/// Consecutive deletable items (statements of a block, elements of a
/// display, arguments of a call, ...), each given by the span that must go
/// with it.  Deleting items `i..j` removes from the start of item `i` to the
/// start of item `j` (the separator goes along), or, at the tail, from the
/// end of item `i - 1`, so the survivors keep their own layout.
struct Seq {
    items: Vec<(usize, usize)>,
    /// What replaces all items at once (`pass` for a block that may not be
    /// empty); `None` when the sequence may not lose every item.
    all: Option<&'static str>,
}

impl Seq {
    fn delete(&self, src: &str, i: usize, j: usize) -> Option<String> {
        let n = self.items.len();
        let edit = if i == 0 && j >= n {
            Edit::lit(self.items.first()?.0, self.items.last()?.1, self.all?)
        } else if j < n {
            Edit::cut(self.items.get(i)?.0, self.items.get(j)?.0)
        } else {
            Edit::cut(
                self.items.get(i.checked_sub(1)?)?.1,
                self.items.get(j - 1)?.1,
            )
        };
        edit.apply(src)
    }
}

/// Every edit the passes may try on one version of the program, in
/// deterministic pre-order.
#[derive(Default)]
struct Analysis {
    /// Pass 1: statement blocks, except-handler lists, match-case lists.
    blocks: Vec<Seq>,
    /// Pass 2: compound statement -> one of its bodies, re-indented.
    unwraps: Vec<Vec<Edit>>,
    /// Pass 5: optional parts (else, finally, defaults, annotations, ...).
    optional: Vec<Vec<Edit>>,
    /// Pass 3: display elements, call arguments, import names, ...
    elements: Vec<Seq>,
    /// Pass 4: expression -> sub-expression or small constant.
    exprs: Vec<Vec<Edit>>,
}

fn analyze(src: &str) -> Option<Analysis> {
    let body = parse_module(src)?;
    let mut c = Collector {
        src,
        toks: tokens(src),
        an: Analysis::default(),
    };
    c.block(&body, "");
    Some(c.an)
}

struct Collector<'s> {
    src: &'s str,
    toks: Vec<Token>,
    an: Analysis,
}

/// How far an expression's span may grow (its parent's span): node ranges
/// leave out the parentheses around an expression, and they must be found.
type Bound = (usize, usize);

const ANYWHERE: Bound = (0, usize::MAX);

impl Collector<'_> {
    fn before(&self, pos: usize) -> Option<Token> {
        let i = self.toks.partition_point(|t| t.2 <= pos);
        i.checked_sub(1).map(|i| self.toks[i])
    }

    fn after(&self, pos: usize) -> Option<Token> {
        let i = self.toks.partition_point(|t| t.1 < pos);
        self.toks.get(i).copied()
    }

    fn next_of(&self, pos: usize, kind: Kind) -> Option<usize> {
        let i = self.toks.partition_point(|t| t.1 < pos);
        self.toks[i..].iter().find(|t| t.0 == kind).map(|t| t.1)
    }

    /// Grows a node's span over the parentheses that belong to it: a `(`
    /// right before and a `)` right after necessarily match, and the bound
    /// keeps the parent's own parentheses (a call's) out.
    fn expand(&self, (mut s, mut e): (usize, usize), (lo, hi): Bound) -> (usize, usize) {
        while let (Some((Kind::Lpar, ps, _)), Some((Kind::Rpar, _, pe))) =
            (self.before(s), self.after(e))
        {
            if ps < lo || pe > hi {
                break;
            }
            s = ps;
            e = pe;
        }
        (s, e)
    }

    fn text(&self, (s, e): (usize, usize)) -> &str {
        self.src.get(s..e).unwrap_or("")
    }

    fn unwraps(&mut self, group: Vec<Edit>) {
        if !group.is_empty() {
            self.an.unwraps.push(group);
        }
    }

    fn optional(&mut self, group: Vec<Edit>) {
        if !group.is_empty() {
            self.an.optional.push(group);
        }
    }

    fn elements(&mut self, mut items: Vec<(usize, usize)>) {
        if !items.is_empty() {
            items.sort_unstable();
            self.an.elements.push(Seq {
                items,
                all: Some(""),
            });
        }
    }

    // ----- statements -------------------------------------------------

    fn block(&mut self, body: &[Stmt], all: &'static str) {
        if !body.is_empty() {
            let items = body
                .iter()
                .map(|s| (self.stmt_start(s), span(s).1))
                .collect();
            self.an.blocks.push(Seq {
                items,
                all: Some(all),
            });
        }
        for s in body {
            self.stmt(s);
        }
    }

    fn decorators_of(s: &Stmt) -> &[Expr] {
        match s {
            Stmt::FunctionDef(f) => &f.decorator_list,
            Stmt::AsyncFunctionDef(f) => &f.decorator_list,
            Stmt::ClassDef(c) => &c.decorator_list,
            _ => &[],
        }
    }

    /// Decorators lie before the statement's own range and must go with it.
    fn stmt_start(&self, s: &Stmt) -> usize {
        Self::decorators_of(s)
            .first()
            .and_then(|d| self.at_sign(d))
            .unwrap_or(span(s).0)
    }

    fn at_sign(&self, decorator: &Expr) -> Option<usize> {
        let (s, _) = self.expand(span(decorator), ANYWHERE);
        match self.before(s) {
            Some((Kind::At, p, _)) => Some(p),
            _ => None,
        }
    }

    /// The statement's body in its place, re-indented to the statement's
    /// own indentation; `None` when the layout is too odd to do by text.
    fn unwrap_to(&self, stmt: (usize, usize), body: &[Stmt]) -> Option<Edit> {
        let first = self.stmt_start(body.first()?);
        let last = span(body.last()?).1;
        let sl = line_start(self.src, stmt.0);
        let prefix = self.src.get(sl..stmt.0)?;
        if !is_blank(prefix) {
            return None;
        }
        let bl = line_start(self.src, first);
        let body_prefix = self.src.get(bl..first)?;
        if !is_blank(body_prefix) {
            // `if x: a; b` - the body shares the header's line.
            return Some(Edit {
                start: stmt.0,
                end: stmt.1,
                text: Repl::Copy(first, last),
            });
        }
        let mut out = String::new();
        for line in self.src.get(bl..last)?.split_inclusive('\n') {
            match line.strip_prefix(body_prefix) {
                Some(rest) => {
                    out.push_str(prefix);
                    out.push_str(rest);
                }
                None => out.push_str(line),
            }
        }
        Some(Edit {
            start: sl,
            end: stmt.1,
            text: Repl::Owned(out),
        })
    }

    fn is_elif(&self, orelse: &[Stmt]) -> bool {
        match orelse {
            [s @ Stmt::If(_)] => self
                .src
                .get(span(s).0..)
                .is_some_and(|t| t.starts_with("elif")),
            _ => false,
        }
    }

    /// Removes a trailing clause (`else:`, `finally:`) from the end of what
    /// precedes it, so the header goes along with the statements.
    fn drop_clause(prev: &[Stmt], clause: &[Stmt]) -> Option<Edit> {
        Some(Edit::cut(span(prev.last()?).1, span(clause.last()?).1))
    }

    fn stmt(&mut self, s: &Stmt) {
        let whole = span(s);
        match s {
            Stmt::FunctionDef(f) => {
                self.function(s, &f.args, f.returns.as_deref(), &f.body);
            }
            Stmt::AsyncFunctionDef(f) => {
                self.function(s, &f.args, f.returns.as_deref(), &f.body);
            }
            Stmt::ClassDef(c) => {
                self.decorators(s);
                self.elements(
                    c.bases
                        .iter()
                        .map(span)
                        .chain(c.keywords.iter().map(span))
                        .collect(),
                );
                self.block(&c.body, "pass");
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    if self.text(whole).starts_with("return") {
                        self.optional(vec![Edit::cut(whole.0 + 6, whole.1)]);
                    }
                    self.load(v, whole);
                }
            }
            Stmt::Delete(d) => {
                self.elements(d.targets.iter().map(span).collect());
                for t in &d.targets {
                    self.store(t);
                }
            }
            Stmt::Assign(a) => {
                if a.targets.len() > 1 {
                    self.elements(a.targets.iter().map(span).collect());
                }
                for t in &a.targets {
                    self.store(t);
                }
                self.load(&a.value, whole);
            }
            Stmt::AugAssign(a) => {
                self.store(&a.target);
                self.load(&a.value, whole);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let target_end = self.expand(span(&*a.target), whole).1;
                    let value_start = self.expand(span(&**v), whole).0;
                    self.optional(vec![Edit::lit(target_end, value_start, " = ")]);
                }
                self.store(&a.target);
                if let Some(v) = &a.value {
                    self.load(v, whole);
                }
            }
            Stmt::For(x) => self.looping(s, Some((&x.target, &x.iter)), None, &x.body, &x.orelse),
            Stmt::AsyncFor(x) => {
                self.looping(s, Some((&x.target, &x.iter)), None, &x.body, &x.orelse)
            }
            Stmt::While(x) => self.looping(s, None, Some(&x.test), &x.body, &x.orelse),
            Stmt::If(x) => {
                let elif = self.is_elif(&x.orelse);
                let mut unwraps: Vec<Edit> = self.unwrap_to(whole, &x.body).into_iter().collect();
                if elif {
                    let (es, ee) = span(&x.orelse[0]);
                    unwraps.push(Edit {
                        start: whole.0,
                        end: whole.1,
                        text: Repl::Copy(es + 2, ee),
                    });
                } else {
                    unwraps.extend(self.unwrap_to(whole, &x.orelse));
                }
                self.unwraps(unwraps);
                self.optional(Self::drop_clause(&x.body, &x.orelse).into_iter().collect());
                self.load(&x.test, whole);
                self.block(&x.body, "pass");
                if elif {
                    self.stmt(&x.orelse[0]);
                } else {
                    self.block(&x.orelse, "pass");
                }
            }
            Stmt::With(x) => self.with(s, &x.items, &x.body),
            Stmt::AsyncWith(x) => self.with(s, &x.items, &x.body),
            Stmt::Match(m) => {
                let unwraps = m
                    .cases
                    .iter()
                    .filter_map(|c| self.unwrap_to(whole, &c.body))
                    .collect();
                self.unwraps(unwraps);
                self.load(&m.subject, whole);
                self.an.blocks.push(Seq {
                    items: m.cases.iter().map(span).collect(),
                    all: None,
                });
                for case in &m.cases {
                    if let Some(g) = &case.guard {
                        self.load(g, span(case));
                    }
                    self.block(&case.body, "pass");
                }
            }
            Stmt::Raise(r) => {
                let mut drops = Vec::new();
                if let (Some(exc), Some(cause)) = (&r.exc, &r.cause) {
                    let from = self.expand(span(&**exc), whole).1;
                    drops.push(Edit::cut(from, self.expand(span(&**cause), whole).1));
                }
                if r.exc.is_some() && self.text(whole).starts_with("raise") {
                    drops.push(Edit::cut(whole.0 + 5, whole.1));
                }
                self.optional(drops);
                for e in r.exc.iter().chain(r.cause.iter()) {
                    self.load(e, whole);
                }
            }
            Stmt::Try(t) => self.try_stmt(s, &t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::TryStar(t) => self.try_stmt(s, &t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::Assert(a) => {
                if let Some(msg) = &a.msg {
                    let from = self.expand(span(&*a.test), whole).1;
                    let to = self.expand(span(&**msg), whole).1;
                    self.optional(vec![Edit::cut(from, to)]);
                }
                self.load(&a.test, whole);
                if let Some(msg) = &a.msg {
                    self.load(msg, whole);
                }
            }
            Stmt::Import(i) => self.elements(i.names.iter().map(span).collect()),
            Stmt::ImportFrom(i) => self.elements(i.names.iter().map(span).collect()),
            Stmt::Expr(e) => self.load(&e.value, whole),
            _ => {}
        }
    }

    fn decorators(&mut self, s: &Stmt) {
        let decorators = Self::decorators_of(s);
        let starts: Vec<Option<usize>> = decorators.iter().map(|d| self.at_sign(d)).collect();
        let mut drops = Vec::new();
        for (i, start) in starts.iter().enumerate() {
            let next = match starts.get(i + 1) {
                Some(n) => *n,
                None => Some(span(s).0),
            };
            if let (Some(a), Some(b)) = (start, next) {
                drops.push(Edit::cut(*a, b));
            }
        }
        self.optional(drops);
        for d in decorators {
            self.load(d, ANYWHERE);
        }
    }

    /// Parameters stay (call sites would break), but what they carry —
    /// defaults and annotations — may go.
    fn function(&mut self, s: &Stmt, args: &ast::Arguments, returns: Option<&Expr>, body: &[Stmt]) {
        let whole = span(s);
        self.decorators(s);
        let mut drops = Vec::new();
        let with_defaults = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs);
        let mut plain: Vec<&ast::Arg> = with_defaults.clone().map(|a| &a.def).collect();
        plain.extend(args.vararg.as_deref());
        plain.extend(args.kwarg.as_deref());
        for a in with_defaults.clone() {
            if let Some(d) = &a.default {
                let from = span(&a.def).1;
                drops.push(Edit::cut(from, self.expand(span(&**d), whole).1));
            }
        }
        for a in plain {
            if let Some(ann) = &a.annotation {
                let name_end = span(a).0 + a.arg.as_str().len();
                if self.text((span(a).0, name_end)) != a.arg.as_str() {
                    continue;
                }
                drops.push(Edit::cut(name_end, self.expand(span(&**ann), whole).1));
            }
        }
        if let Some(r) = returns {
            let (rs, re) = self.expand(span(r), whole);
            if let Some((Kind::Arrow, a, _)) = self.before(rs) {
                // From the `)`, so that no space is left before the `:`.
                let from = match self.before(a) {
                    Some((Kind::Rpar, _, e)) => e,
                    _ => a,
                };
                drops.push(Edit::cut(from, re));
            }
        }
        self.optional(drops);
        for a in with_defaults {
            if let Some(d) = &a.default {
                self.load(d, whole);
            }
        }
        self.block(body, "pass");
    }

    fn looping(
        &mut self,
        s: &Stmt,
        for_parts: Option<(&Expr, &Expr)>,
        test: Option<&Expr>,
        body: &[Stmt],
        orelse: &[Stmt],
    ) {
        let whole = span(s);
        let unwraps = [body, orelse]
            .iter()
            .filter_map(|b| self.unwrap_to(whole, b))
            .collect();
        self.unwraps(unwraps);
        self.optional(Self::drop_clause(body, orelse).into_iter().collect());
        if let Some((target, iter)) = for_parts {
            self.store(target);
            self.load(iter, whole);
        }
        if let Some(t) = test {
            self.load(t, whole);
        }
        self.block(body, "pass");
        self.block(orelse, "pass");
    }

    fn with(&mut self, s: &Stmt, items: &[ast::WithItem], body: &[Stmt]) {
        let whole = span(s);
        let unwraps = self.unwrap_to(whole, body).into_iter().collect();
        self.unwraps(unwraps);
        let mut drops = Vec::new();
        for item in items {
            if let Some(v) = &item.optional_vars {
                let from = self.expand(span(&item.context_expr), whole).1;
                drops.push(Edit::cut(from, span(&**v).1));
            }
        }
        self.optional(drops);
        self.elements(items.iter().map(span).collect());
        for item in items {
            self.load(&item.context_expr, whole);
            if let Some(v) = &item.optional_vars {
                self.store(v);
            }
        }
        self.block(body, "pass");
    }

    fn try_stmt(
        &mut self,
        s: &Stmt,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) {
        let whole = span(s);
        let handlers: Vec<&ast::ExceptHandlerExceptHandler> = handlers
            .iter()
            .map(|ExceptHandler::ExceptHandler(h)| h)
            .collect();
        let mut unwraps: Vec<Edit> = self.unwrap_to(whole, body).into_iter().collect();
        for h in &handlers {
            unwraps.extend(self.unwrap_to(whole, &h.body));
        }
        unwraps.extend(self.unwrap_to(whole, orelse));
        unwraps.extend(self.unwrap_to(whole, finalbody));
        self.unwraps(unwraps);

        let before_else = handlers
            .last()
            .map_or(span(body.last().map_or(s, |b| b)).1, |h| span(*h).1);
        let mut drops = Vec::new();
        if let Some(last) = orelse.last() {
            drops.push(Edit::cut(before_else, span(last).1));
        }
        if let Some(last) = finalbody.last() {
            let from = orelse.last().map_or(before_else, |o| span(o).1);
            drops.push(Edit::cut(from, span(last).1));
        }
        self.optional(drops);

        self.block(body, "pass");
        if !handlers.is_empty() {
            self.an.blocks.push(Seq {
                items: handlers.iter().map(|h| span(*h)).collect(),
                all: Some(""),
            });
        }
        for h in &handlers {
            let hs = span(*h);
            if let Some(t) = &h.type_ {
                let plain =
                    self.text(hs).starts_with("except") && !self.text(hs).starts_with("except*");
                if let (true, Some(colon)) = (plain, self.next_of(span(&**t).1, Kind::Colon)) {
                    self.optional(vec![Edit::cut(hs.0 + 6, colon)]);
                }
                self.load(t, hs);
            }
            self.block(&h.body, "pass");
        }
        self.block(orelse, "pass");
        self.block(finalbody, "pass");
    }

    // ----- expressions ------------------------------------------------

    /// Assignment targets are not simplified (`0 = x` is no program), but
    /// what they evaluate — subscripts, attribute owners — is.
    fn store(&mut self, e: &Expr) {
        let inner = span(e);
        match e {
            Expr::Tuple(t) => t.elts.iter().for_each(|x| self.store(x)),
            Expr::List(l) => l.elts.iter().for_each(|x| self.store(x)),
            Expr::Starred(s) => self.store(&s.value),
            Expr::Attribute(a) => self.load(&a.value, inner),
            Expr::Subscript(s) => {
                self.load(&s.value, inner);
                self.load(&s.slice, inner);
            }
            _ => {}
        }
    }

    fn load(&mut self, e: &Expr, bound: Bound) {
        self.load_expr(e, bound, false);
    }

    /// Replacing `outer` (node with its parentheses) by `child`: a child that
    /// is atomic where it lands replaces everything; one that needs
    /// parentheses of its own gets them; any other replaces the bare node,
    /// so the node's parentheses keep the precedence right.
    fn subst(
        &self,
        raw: (usize, usize),
        outer: (usize, usize),
        child: &Expr,
        cbound: Bound,
    ) -> Edit {
        let craw = span(child);
        let (cs, ce) = self.expand(craw, cbound);
        let opens = self.src.as_bytes().get(craw.0) == Some(&b'(');
        let atomic = cs < craw.0
            || match child {
                Expr::Name(_)
                | Expr::Constant(_)
                | Expr::Call(_)
                | Expr::Attribute(_)
                | Expr::Subscript(_)
                | Expr::List(_)
                | Expr::ListComp(_)
                | Expr::Dict(_)
                | Expr::DictComp(_)
                | Expr::Set(_)
                | Expr::SetComp(_)
                | Expr::JoinedStr(_) => true,
                Expr::Tuple(_) | Expr::GeneratorExp(_) => opens,
                _ => false,
            };
        let (start, end, text) = if atomic {
            (outer.0, outer.1, Repl::Copy(cs, ce))
        } else if matches!(
            child,
            Expr::Tuple(_)
                | Expr::GeneratorExp(_)
                | Expr::NamedExpr(_)
                | Expr::Yield(_)
                | Expr::YieldFrom(_)
        ) {
            (outer.0, outer.1, Repl::Paren(cs, ce))
        } else {
            (raw.0, raw.1, Repl::Copy(cs, ce))
        };
        Edit { start, end, text }
    }

    fn load_expr(&mut self, e: &Expr, bound: Bound, callee: bool) {
        let raw = span(e);
        let outer = self.expand(raw, bound);
        let inner: Bound = raw;
        let mut alts: Vec<Edit> = Vec::new();
        let mut children: Vec<(&Expr, Bound)> = Vec::new();
        let mut callee_of: Option<&Expr> = None;
        // Plain constants tried after the sub-expressions.
        let mut consts: &[&'static str] = &["0", "None"];
        match e {
            Expr::BoolOp(x) => {
                children.extend(x.values.iter().map(|v| (v, inner)));
                alts.extend(x.values.iter().map(|v| self.subst(raw, outer, v, inner)));
                self.elements(
                    x.values
                        .iter()
                        .map(|v| self.expand(span(v), inner))
                        .collect(),
                );
            }
            Expr::NamedExpr(x) => {
                alts.push(self.subst(raw, outer, &x.value, inner));
                children.push((&x.value, inner));
            }
            Expr::BinOp(x) => {
                alts.push(self.subst(raw, outer, &x.left, inner));
                alts.push(self.subst(raw, outer, &x.right, inner));
                children.push((&x.left, inner));
                children.push((&x.right, inner));
            }
            Expr::UnaryOp(x) => {
                alts.push(self.subst(raw, outer, &x.operand, inner));
                children.push((&x.operand, inner));
            }
            Expr::Lambda(x) => {
                let a = &x.args;
                for d in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
                    if let Some(d) = &d.default {
                        children.push((d, inner));
                    }
                }
                children.push((&x.body, inner));
            }
            Expr::IfExp(x) => {
                for c in [&x.body, &x.orelse, &x.test] {
                    alts.push(self.subst(raw, outer, c, inner));
                }
                children.extend([(&*x.test, inner), (&*x.body, inner), (&*x.orelse, inner)]);
            }
            Expr::Dict(x) => {
                let items = x
                    .keys
                    .iter()
                    .zip(&x.values)
                    .filter_map(|(k, v)| {
                        let (vs, ve) = self.expand(span(v), inner);
                        let start = match k {
                            Some(k) => self.expand(span(k), inner).0,
                            None => match self.before(vs) {
                                Some((Kind::DoubleStar, p, _)) => p,
                                _ => return None,
                            },
                        };
                        Some((start, ve))
                    })
                    .collect::<Vec<_>>();
                if items.len() == x.values.len() {
                    self.elements(items);
                }
                children.extend(x.keys.iter().flatten().map(|k| (k, inner)));
                children.extend(x.values.iter().map(|v| (v, inner)));
                consts = &["{}"];
            }
            Expr::Set(x) => {
                self.elements(x.elts.iter().map(|v| self.expand(span(v), inner)).collect());
                children.extend(x.elts.iter().map(|v| (v, inner)));
                consts = &["0"];
            }
            Expr::List(x) => {
                self.elements(x.elts.iter().map(|v| self.expand(span(v), inner)).collect());
                children.extend(x.elts.iter().map(|v| (v, inner)));
                consts = &["[]"];
            }
            Expr::Tuple(x) => {
                self.elements(x.elts.iter().map(|v| self.expand(span(v), inner)).collect());
                children.extend(x.elts.iter().map(|v| (v, inner)));
                consts = &["()"];
            }
            Expr::ListComp(x) => {
                self.comprehension(&x.generators, inner, &mut children);
                children.insert(0, (&x.elt, inner));
                consts = &["[]"];
            }
            Expr::SetComp(x) => {
                self.comprehension(&x.generators, inner, &mut children);
                children.insert(0, (&x.elt, inner));
            }
            Expr::GeneratorExp(x) => {
                self.comprehension(&x.generators, inner, &mut children);
                children.insert(0, (&x.elt, inner));
                consts = &["()"];
            }
            Expr::DictComp(x) => {
                self.comprehension(&x.generators, inner, &mut children);
                children.insert(0, (&x.value, inner));
                children.insert(0, (&x.key, inner));
                consts = &["{}"];
            }
            Expr::Await(x) => {
                alts.push(self.subst(raw, outer, &x.value, inner));
                children.push((&x.value, inner));
            }
            Expr::Yield(x) => {
                if let Some(v) = &x.value {
                    alts.push(self.subst(raw, outer, v, inner));
                    children.push((v, inner));
                }
            }
            Expr::YieldFrom(x) => {
                alts.push(self.subst(raw, outer, &x.value, inner));
                children.push((&x.value, inner));
            }
            Expr::Compare(x) => {
                alts.push(self.subst(raw, outer, &x.left, inner));
                alts.extend(
                    x.comparators
                        .iter()
                        .map(|c| self.subst(raw, outer, c, inner)),
                );
                children.push((&x.left, inner));
                children.extend(x.comparators.iter().map(|c| (c, inner)));
            }
            Expr::Call(x) => {
                // The call's own parentheses belong to it, not to a sole argument.
                let args: Bound = (raw.0, raw.1.saturating_sub(1));
                let mut items: Vec<(usize, usize)> =
                    x.args.iter().map(|a| self.expand(span(a), args)).collect();
                items.extend(x.keywords.iter().map(span));
                self.elements(items);
                for a in &x.args {
                    let a = match a {
                        Expr::Starred(s) => &*s.value,
                        a => a,
                    };
                    alts.push(self.subst(raw, outer, a, args));
                }
                for k in &x.keywords {
                    alts.push(self.subst(raw, outer, &k.value, span(k)));
                }
                if !matches!(*x.func, Expr::Name(_)) {
                    alts.push(self.subst(raw, outer, &x.func, inner));
                }
                callee_of = Some(&x.func);
                children.extend(x.args.iter().map(|a| (a, args)));
                children.extend(x.keywords.iter().map(|k| (&k.value, span(k))));
            }
            Expr::FormattedValue(_) | Expr::JoinedStr(_) => {
                // Parts of an f-string carry the whole string's range here.
                consts = &["''"];
            }
            Expr::Constant(c) => {
                let text = self.text(raw);
                consts = match &c.value {
                    Constant::Int(_) if text == "0" => &[],
                    Constant::Int(_) if text == "1" => &["0"],
                    Constant::Int(_) => &["0", "1"],
                    Constant::Float(_) => &["0.0"],
                    Constant::Str(s) if !s.is_empty() => &["''"],
                    Constant::Bytes(b) if !b.is_empty() => &["b''"],
                    _ => &[],
                };
            }
            Expr::Attribute(x) => {
                alts.push(self.subst(raw, outer, &x.value, inner));
                children.push((&x.value, inner));
            }
            Expr::Subscript(x) => {
                alts.push(self.subst(raw, outer, &x.value, inner));
                if !matches!(*x.slice, Expr::Slice(_)) {
                    alts.push(self.subst(raw, outer, &x.slice, inner));
                }
                children.push((&x.value, inner));
                children.push((&x.slice, inner));
            }
            Expr::Starred(x) => {
                alts.push(self.subst(raw, outer, &x.value, inner));
                children.push((&x.value, inner));
                consts = &[];
            }
            Expr::Name(_) => {
                // `0(...)` can never be what was wanted.
                consts = if callee { &[] } else { &["0"] };
            }
            Expr::Slice(x) => {
                for part in [&x.lower, &x.upper, &x.step].into_iter().flatten() {
                    alts.push(self.subst(raw, outer, part, inner));
                    children.push((part, inner));
                }
                consts = &[];
            }
        }
        let text = self.text(outer);
        alts.extend(
            consts
                .iter()
                .filter(|c| **c != text)
                .map(|c| Edit::lit(outer.0, outer.1, c)),
        );
        if !alts.is_empty() {
            self.an.exprs.push(alts);
        }
        if let Some(f) = callee_of {
            self.load_expr(f, inner, true);
        }
        for (c, b) in children {
            self.load(c, b);
        }
    }

    fn comprehension<'e>(
        &mut self,
        generators: &'e [ast::Comprehension],
        inner: Bound,
        children: &mut Vec<(&'e Expr, Bound)>,
    ) {
        let mut drops = Vec::new();
        for g in generators {
            let mut prev = self.expand(span(&g.iter), inner).1;
            for cond in &g.ifs {
                let end = self.expand(span(cond), inner).1;
                drops.push(Edit::cut(prev, end));
                prev = end;
            }
            self.store(&g.target);
            children.push((&g.iter, inner));
            children.extend(g.ifs.iter().map(|c| (c, inner)));
        }
        self.optional(drops);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parses(src: &str) -> bool {
        parse_module(src).is_some()
    }

    /// Runs the reducer and checks the contract every caller relies on: the
    /// result is the input or a candidate the predicate accepted, and it
    /// still satisfies the predicate.  Returns the result and the number of
    /// predicate calls.
    fn run(src: &str, pred: impl Fn(&str) -> bool) -> (String, usize) {
        assert!(pred(src), "the predicate must hold for the input");
        let mut accepted: HashSet<String> = HashSet::new();
        let mut calls = 0;
        let mut reports = 0;
        let out = reduce(
            src,
            &mut |c| {
                calls += 1;
                let ok = pred(c);
                if ok {
                    accepted.insert(c.to_string());
                }
                ok
            },
            &mut |_| reports += 1,
        );
        assert!(out == src || accepted.contains(&out));
        assert!(pred(&out));
        assert!(reports >= 1);
        (out, calls)
    }

    /// About 100 lines of the kind of program the generator writes, with
    /// `needle` buried in nested blocks in the middle.
    fn program(needle: &str, copies: usize) -> String {
        let mut s = String::from("import math\n# a comment\n\n");
        for i in 0..copies {
            s.push_str(&format!(
                "def helper{i}(a, b=3, *rest, key=None):
    total = 0
    for k in range(a):
        if k % 2 == 0:
            total += k * b
        else:
            total -= 1
    return total + len(rest)


class Box{i}(object):
    '''A box.'''
    size = {i}

    def __init__(self, v):
        self.v = [v, v + 1, {{'k': v}}]

    @property
    def first(self):
        return self.v[0]


x{i} = helper{i}(4, 5)
while x{i} > 10:
    x{i} //= 2
try:
    y{i} = Box{i}(x{i}).first
except (ValueError, TypeError) as e:
    y{i} = -1
finally:
    pass
print(x{i}, y{i}, [q for q in range(3) if q])
"
            ));
            if i == copies / 2 {
                s.push_str(&format!(
                    "for j in range(2):\n    if j:\n        with open('f') as fh:\n            {needle}\n    else:\n        pass\n"
                ));
            }
        }
        s
    }

    #[test]
    fn reduces_to_the_one_line_that_matters() {
        let src = program("print(7 * 3)", 3);
        assert!(src.lines().count() >= 100);
        let (out, calls) = run(&src, |c| parses(c) && c.contains("print(7 * 3)"));
        eprintln!(
            "{} lines -> {} lines in {calls} calls",
            src.lines().count(),
            out.lines().count()
        );
        assert_eq!(out.trim(), "print(7 * 3)", "{out}");
        assert!(calls < 1000, "{calls} calls");
    }

    #[test]
    fn keeps_a_function_and_its_call() {
        let src = program("pass", 3);
        let pred = |c: &str| parses(c) && c.contains("def helper1(") && c.contains("x1 = helper1(");
        let (out, _) = run(&src, pred);
        assert!(out.lines().count() <= 3, "{out}");
        assert!(out.starts_with("def helper1("), "{out}");
    }

    #[test]
    fn unwraps_nested_blocks() {
        let src = "\
def f():
    return 1
for i in range(3):
    if i > 1:
        while i:
            with ctx() as c:
                try:
                    print(7 * 3)
                    i -= 1
                except E:
                    pass
    else:
        g()
";
        let (out, _) = run(src, |c| parses(c) && c.contains("print(7 * 3)"));
        assert_eq!(out, "print(7 * 3)\n");
    }

    #[test]
    fn keeps_function_definitions_whole() {
        let src = "def f():\n    if a:\n        print(7 * 3)\n    return 2\nf()\n";
        let (out, _) = run(src, |c| {
            parses(c) && c.contains("print(7 * 3)") && c.contains("\nf()")
        });
        assert_eq!(out, "def f():\n    print(7 * 3)\nf()\n");
    }

    #[test]
    fn simplifies_the_expressions_around_a_subscript() {
        let src = "y = foo(bar(x[1]) + 3 * z, key=[7, 8])[2].attr if cond else None\n";
        let (out, _) = run(src, |c| parses(c) && c.contains("x[1]"));
        assert_eq!(out, "y = x[1]\n");
    }

    #[test]
    fn simplifies_literals_and_keeps_precedence() {
        let src = "print((a + 12345) * 'hello', -(b - c))\n";
        let (out, _) = run(src, |c| {
            parses(c) && c.contains("print((a + ") && c.contains("-(")
        });
        // The operand keeps its parentheses, so the sum stays a sum.
        assert_eq!(out, "print((a + 0), -(0 - 0))\n");
        let (out, _) = run("z = (a - b) * c\n", |c| parses(c) && c.contains("(a - b)"));
        assert_eq!(out, "z = (a - b)\n");
    }

    #[test]
    fn removes_elements_and_arguments() {
        let src = "print([1, 2, 3, 44, 5], f(a, b, c=4), {1: 2, 3: 44}, (44, 6))\n";
        let (out, _) = run(src, |c| parses(c) && c.matches("44").count() == 3);
        assert_eq!(out, "print([44], {0: 44}, (44))\n", "{out}");
    }

    #[test]
    fn removes_else_finally_defaults_and_annotations() {
        let src = "\
def f(a: int, b: int = 3) -> int:
    return a
try:
    x = f(1)
except ValueError as e:
    x = 2
else:
    x = 3
finally:
    x = 4
";
        let pred = |c: &str| {
            parses(c) && c.contains("try:") && c.contains("def f(") && c.contains("except")
        };
        let (out, _) = run(src, pred);
        assert!(!out.contains("finally") && !out.contains("else"), "{out}");
        assert!(
            out.contains("def f(a, b):") && out.contains("except:"),
            "{out}"
        );
    }

    #[test]
    fn drops_decorators_and_elif_branches() {
        let src = "\
@dec
@other(1)
def f():
    pass
if a:
    b = 1
elif c:
    print(7 * 3)
else:
    d = 2
";
        let (out, _) = run(src, |c| {
            parses(c) && c.contains("def f") && c.contains("print(7 * 3)")
        });
        assert_eq!(out, "def f():\n    pass\nprint(7 * 3)\n");
    }

    #[test]
    fn strips_comments_but_not_hashes_in_strings() {
        let src = "x = 1  # one\n# full line\n\n    # indented\ny = '#not' # ☃\nz = 2\n";
        let (out, calls) = run(src, |c| {
            parses(c) && c.contains("x = 1") && c.contains("'#not'")
        });
        assert_eq!(out, "x = 1\ny = '#not'\n");
        assert!(calls < 20, "{calls} calls");
    }

    #[test]
    fn unparsable_input_is_returned_unchanged() {
        let mut calls = 0;
        for src in ["def f(:\n", "x = (1,\n", "if x\n    pass\n", "  x = 1\n"] {
            let out = reduce(
                src,
                &mut |_| {
                    calls += 1;
                    true
                },
                &mut |_| {},
            );
            assert_eq!(out, src);
        }
        assert_eq!(calls, 0);
    }

    #[test]
    fn candidates_are_well_formed() {
        // Every candidate shown to the predicate parses and keeps `break`
        // inside its loop and `return` inside its function.
        let src = "\
def f(x):
    while x:
        if x > 3:
            break
        x -= 1
    return x
for i in range(3):
    continue
print(f(5))
";
        let mut bad = Vec::new();
        let out = reduce(
            src,
            &mut |c| {
                match check(c) {
                    Some(k) if k.valid => {}
                    _ => bad.push(c.to_string()),
                }
                c.contains("def f(") && c.contains("print(f(")
            },
            &mut |_| {},
        );
        assert!(bad.is_empty(), "{bad:?}");
        assert!(
            out.contains("def f(x):") && out.contains("print(f("),
            "{out}"
        );
    }

    #[test]
    fn odd_layouts_never_panic() {
        let inputs = [
            "",
            "\n\n",
            "pass",
            "x = 1; y = 2; print(x)\n",
            "if a: b; c\nelse: d\n",
            "é = 1\nprint(é, 'ü' * 3)  # ☃\n",
            "x = 1\r\nif x:\r\n    print(x)\r\n",
            "s = '''\n# not a comment\n\n'''\nprint(s)\n",
            "x = [\n    1,  # one\n    2,\n]\nprint(x)\n",
            "y = 1 + \\\n    2\nprint(y)\n",
            "f = lambda a, b=2: a + b\nprint(f(1), f'{f(1)!r:>4}')\n",
            "match p:\n    case [1, *r] if r:\n        print(r)\n    case _:\n        pass\n",
            "async def g():\n    async with a as b:\n        await b\n    async for i in c:\n        yield i\n",
            "class K(A, metaclass=M):\n    x: int = 3\n    def m(self, /, a, *, b=(1)):\n        return (yield)\n",
            "def f(*a, **k): return a, k\nprint(f(*[1], **{'a': 2}), {**{}}, {1, 2}, x[1:2, ::3])\n",
            "try:\n    pass\nexcept* E:\n    pass\n",
            "del a[0], b.c\nglobal q\nimport os, sys\nfrom m import (a, b as c)\nassert x, 'msg'\nraise E from None\n",
            "\tif x:\n\t\tpass\n",
            "if x:\n\tif y:\n\t\tprint(7 * 3)\n",
            "with (a as b, c):\n    pass\nz = (w := 3) if (yield) else [i for i in j if i if not i]\n",
        ];
        for src in inputs {
            if !parses(src) {
                continue;
            }
            // A predicate that accepts about half of what it sees.
            let pred = |c: &str| c.len() % 2 == src.len() % 2;
            let (out, _) = run(src, pred);
            assert!(parses(&out), "{out:?}");
            let (out, _) = run(src, |c| {
                parses(c) && c.contains(src.lines().next().unwrap_or(""))
            });
            assert!(out.len() <= src.len());
        }
    }

    #[test]
    fn number_of_tests_is_bounded() {
        let src = program("print(7 * 3)", 10);
        let lines = src.lines().count();
        assert!(lines >= 300, "{lines}");
        // Two distant lines matter: the first definition of x0 and the needle.
        let (out, calls) = run(&src, |c| {
            parses(c) && c.contains("x0 = helper0(4, 5)") && c.contains("print(7 * 3)")
        });
        eprintln!(
            "{lines} lines -> {} lines in {calls} calls",
            out.lines().count()
        );
        assert!(out.lines().count() <= 3, "{out}");
        assert!(calls < 2000, "{calls} calls");
    }

    #[test]
    fn many_scattered_needles_stay_cheap() {
        // Ten module-level lines and the definitions they name must stay.
        let src = program("print(7 * 3)", 10);
        let needles: Vec<String> = (0..10).map(|i| format!("print(x{i}, y{i}")).collect();
        let (out, calls) = run(&src, |c| {
            parses(c) && needles.iter().all(|n| c.contains(n.as_str()))
        });
        eprintln!(
            "{} lines -> {} lines in {calls} calls",
            src.lines().count(),
            out.lines().count()
        );
        assert_eq!(out.lines().count(), 10, "{out}");
        assert!(calls < 3000, "{calls} calls");
    }

    #[test]
    fn progress_is_reported_for_every_accepted_candidate() {
        let src = program("print(7 * 3)", 1);
        let mut accepted = 0;
        let mut last = None;
        let out = reduce(
            &src,
            &mut |c| {
                let ok = parses(c) && c.contains("print(7 * 3)");
                accepted += usize::from(ok);
                ok
            },
            &mut |p: &Progress| last = Some((p.tests, p.accepted, p.bytes, p.lines)),
        );
        let (tests, acc, bytes, lines) = last.expect("progress was reported");
        assert_eq!(acc, accepted);
        assert!(tests >= acc);
        assert_eq!((bytes, lines), (out.len(), out.lines().count()));
    }
}
