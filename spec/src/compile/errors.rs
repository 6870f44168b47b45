//! Compile-time errors, reported with CPython 3.11's exception types,
//! messages and line numbers.
//!
//! rustpython-parser tells us that a program is malformed and roughly where.
//! CPython's message comes from two places: its tokenizer (unterminated
//! strings, bad numbers, brackets, indentation), whose errors win over any
//! parser error wherever they occur in the file, and the `invalid_*` rules of
//! its PEG grammar, tried on a second pass from the statement where the first
//! pass failed. So we re-tokenize the source exactly as `Parser/tokenizer.c`
//! does, and classify a parser error from the tokens around the point where
//! rustpython's parser gave up (which is where CPython's first pass gives up).

use super::Location0;
use rustpython_parser::ast::{self, Constant, Expr, Ranged, UnaryOp};
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::{Mode, ParseError, ParseErrorType, Tok};
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// CPython raises RecursionError for ASTs nested too deeply to compile.
    RecursionError,
    /// CPython's parser gives up on input nested too deeply for its stack
    /// with a bare MemoryError.
    MemoryError,
    /// Valid Python that Quicken does not support yet.
    Unsupported,
}

#[derive(Debug, Clone)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub line: u32,
    /// 1-based column as CPython reports `offset` (0 when unknown).
    pub offset: u32,
}

impl CompileError {
    pub fn syntax(msg: impl Into<String>, at: Location0) -> CompileError {
        CompileError {
            kind: CompileErrorKind::SyntaxError,
            message: msg.into(),
            line: at.line,
            offset: at.col + 1,
        }
    }

    pub fn unsupported(construct: &str, at: Location0) -> CompileError {
        CompileError {
            kind: CompileErrorKind::Unsupported,
            message: format!("{construct} is not supported by Quicken yet"),
            line: at.line,
            offset: at.col + 1,
        }
    }

    pub fn recursion(at: Location0) -> CompileError {
        CompileError {
            kind: CompileErrorKind::RecursionError,
            message: "maximum recursion depth exceeded during compilation".into(),
            line: at.line,
            offset: at.col + 1,
        }
    }

    /// The Python exception class name.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            CompileErrorKind::SyntaxError | CompileErrorKind::Unsupported => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
            CompileErrorKind::RecursionError => "RecursionError",
            CompileErrorKind::MemoryError => "MemoryError",
        }
    }
}

fn err(kind: CompileErrorKind, msg: impl Into<String>, line: u32, offset: u32) -> CompileError {
    CompileError {
        kind,
        message: msg.into(),
        line,
        offset,
    }
}

fn syntax_err(msg: impl Into<String>, line: u32, offset: u32) -> CompileError {
    err(CompileErrorKind::SyntaxError, msg, line, offset)
}

// ---------------------------------------------------------------------------
// Source decoding

/// Decode a source file as `python3.11 FILE` reads it: a UTF-8 BOM is
/// skipped; `\r\n` and `\r` become `\n`; a NUL byte ends its physical line
/// (CPython 3.11 reads lines as C strings, so the rest of that line and its
/// newline are lost); then the bytes must be UTF-8, or CPython reports the
/// first bad byte. `{file}` in that message stands for the file name.
pub fn decode_source(bytes: &[u8]) -> Result<String, CompileError> {
    let had_bom = bytes.starts_with(b"\xef\xbb\xbf");
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let needs_work = bytes.iter().any(|&b| b == b'\r' || b == 0);
    let owned;
    let bytes = if needs_work {
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            // One physical line, with its terminator.
            let mut j = i;
            while j < bytes.len() && bytes[j] != b'\n' && bytes[j] != b'\r' {
                j += 1;
            }
            let (content, next) = if j >= bytes.len() {
                (&bytes[i..j], j)
            } else if bytes[j] == b'\r' && bytes.get(j + 1) == Some(&b'\n') {
                (&bytes[i..j], j + 2)
            } else {
                (&bytes[i..j], j + 1)
            };
            match content.iter().position(|&b| b == 0) {
                Some(nul) => out.extend_from_slice(&content[..nul]),
                None => {
                    out.extend_from_slice(content);
                    if j < bytes.len() {
                        out.push(b'\n');
                    }
                }
            }
            i = next;
        }
        owned = out;
        &owned[..]
    } else {
        bytes
    };
    if let Some(spec) = coding_spec(bytes) {
        return decode_declared(bytes, &spec, had_bom);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let pos = e.valid_up_to();
            let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            Err(syntax_err(
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {{file}} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[pos], line
                ),
                line,
                0,
            ))
        }
    }
}

/// The PEP 263 declaration on the first line, or on the second when the
/// first holds at most a comment (CPython's `get_coding_spec`), normalized
/// as `get_normal_name` does.
fn coding_spec(bytes: &[u8]) -> Option<String> {
    for line in bytes.split(|&b| b == b'\n').take(2) {
        let body = line
            .iter()
            .position(|&b| !matches!(b, b' ' | b'\t' | 0x0c))
            .map_or(&line[..0], |i| &line[i..]);
        if !body.starts_with(b"#") {
            if body.is_empty() {
                continue;
            }
            return None;
        }
        let mut i = 0;
        while i + 6 < line.len() {
            if &line[i..i + 6] == b"coding" && matches!(line.get(i + 6), Some(b':' | b'=')) {
                let mut t = i + 7;
                while matches!(line.get(t), Some(b' ' | b'\t')) {
                    t += 1;
                }
                let begin = t;
                while line
                    .get(t)
                    .is_some_and(|&c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
                {
                    t += 1;
                }
                if t > begin {
                    let name = String::from_utf8_lossy(&line[begin..t]).to_string();
                    let norm: String = name
                        .chars()
                        .take(12)
                        .map(|c| {
                            if c == '_' {
                                '-'
                            } else {
                                c.to_ascii_lowercase()
                            }
                        })
                        .collect();
                    return Some(if norm == "utf-8" || norm.starts_with("utf-8-") {
                        "utf-8".to_string()
                    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&norm.as_str())
                        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
                            .iter()
                            .any(|p| norm.starts_with(p))
                    {
                        "iso-8859-1".to_string()
                    } else {
                        name
                    });
                }
            }
            i += 1;
        }
    }
    None
}

/// Decode source that declares its encoding.
fn decode_declared(bytes: &[u8], spec: &str, had_bom: bool) -> Result<String, CompileError> {
    let problem = |what: String| syntax_err(format!("encoding problem: {what}"), 0, 0);
    if had_bom && spec != "utf-8" {
        return Err(problem(format!("{spec} with BOM")));
    }
    let codec = spec.to_ascii_lowercase().replace('_', "-");
    match codec.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|_| problem(spec.to_string())),
        "iso-8859-1" | "latin1" | "latin" | "l1" | "iso8859-1" | "8859" | "cp819" => {
            Ok(bytes.iter().map(|&b| b as char).collect())
        }
        "ascii" | "us-ascii" | "646" | "us" => match std::str::from_utf8(bytes) {
            Ok(s) if s.is_ascii() => Ok(s.to_string()),
            _ => Err(problem(spec.to_string())),
        },
        c if [
            "cp", "iso", "koi8", "utf-", "mac", "euc", "shift", "gb", "big5", "latin", "windows",
            "hz", "johab",
        ]
        .iter()
        .any(|p| c.starts_with(p)) =>
        {
            Err(CompileError {
                kind: CompileErrorKind::Unsupported,
                message: format!("source encoding '{spec}' is not supported by Quicken yet"),
                line: 1,
                offset: 0,
            })
        }
        _ => Err(problem(spec.to_string())),
    }
}

/// `\r\n` and `\r` as `\n`, as CPython's tokenizer sees any source.
pub fn normalize_newlines(source: &str) -> Cow<'_, str> {
    if source.contains('\r') {
        Cow::Owned(source.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(source)
    }
}

/// Checks made before anything else looks at source text given as a string
/// (`compile_bytes` has already dealt with NUL bytes the way a file run does).
pub fn precheck(source: &str) -> Result<(), CompileError> {
    if let Some(pos) = source.find('\0') {
        let line = source[..pos].matches('\n').count() as u32 + 1;
        return Err(syntax_err("source code cannot contain null bytes", line, 0));
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Parsing, with CPython's errors

/// Parse a module: the statements, or the error CPython 3.11 reports for the
/// source (type, message and line). `source` must have `\n` newlines only.
pub fn parse_module(source: &str, filename: &str) -> Result<Vec<ast::Stmt>, CompileError> {
    precheck(source)?;
    parse_checked(source, filename).map_err(|e| e.error)
}

/// A compile error and whether CPython's tokenizer raised it (an f-string
/// expression's tokenizer errors are reported without the "f-string: " prefix).
struct Failure {
    error: CompileError,
    from_tokenizer: bool,
}

fn parse_checked(source: &str, filename: &str) -> Result<Vec<ast::Stmt>, Failure> {
    let lexed = tokenize(source);
    if let Some(d) = parser_overflow(&lexed) {
        // Unless the parser fails earlier, it overflows on this statement.
        let first = View { lx: &lexed }.line_start(d);
        let cut = lexed.line_start(lexed.toks[first].line);
        if parses_up_to(&source[..cut], filename) {
            return Err(Failure {
                error: err(CompileErrorKind::MemoryError, "", 0, 0),
                from_tokenizer: false,
            });
        }
    }
    if let Some(tok_error) = lexed.error.clone() {
        // The tokenizer error wins unless the parser fails on an unexpected
        // indent first, or (for a deferred error) fails at all first. The
        // text before the failing line nests fewer than 200 brackets, so it
        // is safe to hand to the parser.
        let cut = lexed.error_pos.min(source.len());
        // (A name where the failing token was, so that its line's indent counts.)
        let probe = format!("{}x", &source[..cut]);
        if let Err(pe) = rustpython_parser::parse(&probe, Mode::Module, filename) {
            if let ParseErrorType::UnrecognizedToken(Tok::Indent, _) = pe.error {
                let line = lexed.line_of(u32::from(pe.offset) as usize);
                return Err(Failure {
                    error: err(
                        CompileErrorKind::IndentationError,
                        "unexpected indent",
                        line,
                        0,
                    ),
                    from_tokenizer: false,
                });
            }
        }
        if let Some(pe) = prefix_error(&source[..cut], filename) {
            if let ParseErrorType::UnrecognizedToken(Tok::Indent, _) = pe.error {
                let line = lexed.line_of(u32::from(pe.offset) as usize);
                return Err(Failure {
                    error: err(
                        CompileErrorKind::IndentationError,
                        "unexpected indent",
                        line,
                        0,
                    ),
                    from_tokenizer: false,
                });
            }
            if lexed.error_deferred {
                return Err(Failure {
                    error: classify(source, &lexed, &pe),
                    from_tokenizer: false,
                });
            }
        }
        return Err(Failure {
            error: tok_error,
            from_tokenizer: true,
        });
    }
    match rustpython_parser::parse(source, Mode::Module, filename) {
        Ok(module) => {
            let body = match module {
                ast::Mod::Module(m) => m.body,
                _ => Vec::new(),
            };
            if let Some(e) = earliest(check_strings(&lexed, usize::MAX), check_ast(source, &body)) {
                return Err(Failure {
                    error: e,
                    from_tokenizer: false,
                });
            }
            Ok(body)
        }
        Err(pe) => Err(Failure {
            error: classify(source, &lexed, &pe),
            from_tokenizer: false,
        }),
    }
}

/// The error on the earlier line (`a` on a tie).
fn earliest(a: Option<CompileError>, b: Option<CompileError>) -> Option<CompileError> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.line < a.line { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// Whether `prefix` parses, but for what is missing at its end.
fn parses_up_to(prefix: &str, filename: &str) -> bool {
    prefix_error(prefix, filename).is_none()
}

/// The parser's error in `prefix` (the start of a source), unless it is
/// only that the text stops where it does.
fn prefix_error(prefix: &str, filename: &str) -> Option<ParseError> {
    let pe = rustpython_parser::parse(prefix, Mode::Module, filename).err()?;
    let at_end = matches!(
        pe.error,
        ParseErrorType::Eof | ParseErrorType::UnrecognizedToken(Tok::EndOfFile, _)
    ) || u32::from(pe.offset) as usize >= prefix.len();
    (!at_end).then_some(pe)
}

/// Where CPython's parser would overflow its stack (MAXSTACK, 6000 rule
/// calls deep) and raise MemoryError: the token at which an estimate of its
/// depth first reaches the limit. The estimate, measured against CPython
/// 3.11: 32 levels down to a top-level factor, 7 more per enclosing block,
/// per open bracket 28 (24 for a call, 29 for a list or dict; 18 fewer for
/// the outermost), one per prefix operator or `else` of a conditional, two
/// per `**` or `lambda` in a chain that binary operators and separators end.
fn parser_overflow(lx: &Lexed) -> Option<usize> {
    const MAXSTACK: i64 = 6000;
    let v = View { lx };
    let mut indent: i64 = 0;
    // Per open bracket: (its cost, the chain, lambdas waiting for ':').
    let mut frames: Vec<(i64, i64, i64)> = vec![(0, 0, 0)];
    let mut total: i64 = 0; // sum of costs and chains
    for i in 0..v.len() {
        let top = frames.len() - 1;
        let text = v.text(i);
        match v.kind(i) {
            Tk::Indent => indent += 1,
            Tk::Dedent => indent -= 1,
            Tk::Newline | Tk::End => {
                frames.truncate(1);
                frames[0] = (0, 0, 0);
                total = 0;
            }
            Tk::Op if v.is_open(i) => {
                let cost = if v.is_call(i) {
                    24
                } else if text == "(" {
                    28
                } else {
                    29
                };
                let cost = if frames.len() == 1 { cost - 18 } else { cost };
                frames.push((cost, 0, 0));
                total += cost;
            }
            Tk::Op if v.is_close(i) => {
                if frames.len() > 1 {
                    let (cost, chain, _) = frames.pop().unwrap_or_default();
                    total -= cost + chain;
                }
            }
            _ => {
                let unary = (matches!(text, "-" | "+" | "~")
                    && v.kind(i) == Tk::Op
                    && (i == 0 || !v.ends_expr(i - 1)))
                    || (text == "not" && v.kind(i) == Tk::Name && !(i > 0 && v.is(i - 1, "is")));
                let add = if unary || (text == "else" && v.kind(i) == Tk::Name) {
                    1
                } else if text == "**" || (text == "lambda" && v.kind(i) == Tk::Name) {
                    if text == "lambda" {
                        frames[top].2 += 1;
                    }
                    2
                } else if text == ":" && frames[top].2 > 0 {
                    frames[top].2 -= 1;
                    0
                } else if v.kind(i) == Tk::Op || matches!(text, "and" | "or" | "in" | "is" | "for")
                {
                    // A binary operator or a separator ends the chain.
                    total -= frames[top].1;
                    frames[top].1 = 0;
                    0
                } else {
                    0
                };
                frames[top].1 += add;
                total += add;
            }
        }
        if 32 + 7 * indent + total >= MAXSTACK {
            return Some(i);
        }
    }
    None
}

// ---------------------------------------------------------------------------
// The tokenizer (Parser/tokenizer.c, 3.11)

const TABSIZE: u32 = 8;
const MAXINDENT: usize = 100;
const MAXLEVEL: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tk {
    Name,
    Number,
    Str,
    Op,
    Newline,
    Indent,
    Dedent,
    End,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Tk,
    start: usize,
    end: usize,
    line: u32,
}

struct Lexed<'a> {
    src: &'a str,
    toks: Vec<Token>,
    /// The tokenizer's error, if it stopped on one.
    error: Option<CompileError>,
    /// The error is one CPython's tokenizer reports through its status
    /// (indentation, line continuation, end of file): the parser raises it
    /// only on reaching it, so an earlier parser error wins.
    error_deferred: bool,
    /// Innermost bracket still open at the end of input: (char, line, offset).
    open_at_eof: Option<(char, u32, u32)>,
    /// Where that bracket is.
    open_at_eof_pos: Option<usize>,
    /// Where the token the tokenizer failed on began.
    error_pos: usize,
    line_starts: Vec<usize>,
}

impl Lexed<'_> {
    fn line_of(&self, pos: usize) -> u32 {
        match self.line_starts.binary_search(&pos) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    fn line_start(&self, line: u32) -> usize {
        let i = (line.max(1) - 1) as usize;
        self.line_starts
            .get(i)
            .copied()
            .unwrap_or(self.src.len())
            .min(self.src.len())
    }

    fn text(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.src[t.start.min(self.src.len())..t.end.min(self.src.len())]
    }
}

struct Lexer<'a> {
    /// The source, ending in a newline as CPython's tokenizer sees it.
    s: Cow<'a, [u8]>,
    cur: usize,
    /// Furthest position read: CPython's current line is the one holding it.
    hi: usize,
    line_starts: Vec<usize>,
    atbol: bool,
    /// Indentation stack: (column, column with tabs as one space).
    ind: Vec<(u32, u32)>,
    pendin: i32,
    /// Open brackets: (char, line, position).
    parens: Vec<(u8, u32, usize)>,
    /// Where the current token began.
    tok_start: usize,
    /// The error returned is a deferred one (see `Lexed::error_deferred`).
    deferred: bool,
}

fn tokenize(src: &str) -> Lexed<'_> {
    let s: Cow<[u8]> = if src.is_empty() || src.ends_with('\n') {
        Cow::Borrowed(src.as_bytes())
    } else {
        let mut v = src.as_bytes().to_vec();
        v.push(b'\n');
        Cow::Owned(v)
    };
    let mut line_starts = vec![0];
    for (i, &b) in s.iter().enumerate() {
        if b == b'\n' {
            line_starts.push(i + 1);
        }
    }
    let mut lx = Lexer {
        s,
        cur: 0,
        hi: 0,
        line_starts,
        atbol: true,
        ind: vec![(0, 0)],
        pendin: 0,
        parens: Vec::new(),
        tok_start: 0,
        deferred: false,
    };
    let mut toks = Vec::new();
    let error = loop {
        match lx.get() {
            Ok(t) => {
                toks.push(t);
                if t.kind == Tk::End {
                    break None;
                }
            }
            Err(e) => break Some(e),
        }
    };
    let open_at_eof_pos = if error.is_none() {
        lx.parens.last().map(|p| p.2)
    } else {
        None
    };
    let open_at_eof = match (&error, lx.parens.last()) {
        (None, Some(&(c, line, pos))) => Some((c as char, line, lx.col(pos) + 1)),
        _ => None,
    };
    Lexed {
        src,
        toks,
        error,
        error_deferred: lx.deferred,
        open_at_eof_pos,
        error_pos: lx.tok_start,
        open_at_eof,
        line_starts: lx.line_starts,
    }
}

fn is_id_start_byte(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 128
}

fn is_id_byte(c: Option<u8>) -> bool {
    matches!(c, Some(c) if c.is_ascii_alphanumeric() || c == b'_' || c >= 128)
}

fn is_digit(c: Option<u8>) -> bool {
    matches!(c, Some(c) if c.is_ascii_digit())
}

fn is_xdigit(c: Option<u8>) -> bool {
    matches!(c, Some(c) if c.is_ascii_hexdigit())
}

impl<'a> Lexer<'a> {
    fn nextc(&mut self) -> Option<u8> {
        let c = self.s.get(self.cur).copied()?;
        self.cur += 1;
        self.hi = self.hi.max(self.cur);
        Some(c)
    }

    fn backup(&mut self, c: Option<u8>) {
        if c.is_some() {
            self.cur -= 1;
        }
    }

    fn line_of(&self, pos: usize) -> u32 {
        match self.line_starts.binary_search(&pos) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// CPython's `tok->lineno`.
    fn lineno(&self) -> u32 {
        self.line_of(self.hi.saturating_sub(1))
    }

    /// Characters between the start of `pos`'s line and `pos`.
    fn col(&self, pos: usize) -> u32 {
        let line = self.line_of(pos);
        let start = self.line_starts[(line - 1) as usize];
        char_count(&self.s[start..pos.max(start)])
    }

    /// CPython's `syntaxerror()`: at the current line, the column of `cur`.
    fn error(&self, msg: impl Into<String>) -> CompileError {
        let line = self.lineno();
        let start = self.line_starts[(line - 1) as usize];
        let col = char_count(&self.s[start..self.cur.max(start)]);
        syntax_err(msg, line, col)
    }

    fn token(&self, kind: Tk, start: usize) -> Token {
        Token {
            kind,
            start,
            end: self.cur,
            line: self.line_of(start),
        }
    }

    fn unclosed(&self) -> CompileError {
        let &(c, line, pos) = self.parens.last().expect("open bracket");
        syntax_err(
            format!("'{}' was never closed", c as char),
            line,
            self.col(pos) + 1,
        )
    }

    /// A backslash was read: it must end the line, and input must follow.
    fn continuation(&mut self) -> Result<(), CompileError> {
        self.deferred = true;
        let c = self.nextc();
        if c != Some(b'\n') {
            return Err(self.error("unexpected character after line continuation character"));
        }
        let c = self.nextc();
        if c.is_none() {
            if !self.parens.is_empty() {
                return Err(self.unclosed());
            }
            let line = self.lineno();
            return Err(syntax_err("unexpected EOF while parsing", line, 0));
        }
        self.backup(c);
        self.deferred = false;
        Ok(())
    }

    fn indent_error(&mut self, kind: CompileErrorKind, msg: &str) -> CompileError {
        self.deferred = true;
        err(kind, msg, self.lineno(), 1)
    }

    fn get(&mut self) -> Result<Token, CompileError> {
        'nextline: loop {
            let mut blankline = false;
            if self.atbol {
                self.atbol = false;
                self.tok_start = self.cur;
                let (mut col, mut altcol, mut cont_col) = (0u32, 0u32, 0u32);
                let c = loop {
                    let c = self.nextc();
                    match c {
                        Some(b' ') => {
                            col += 1;
                            altcol += 1;
                        }
                        Some(b'\t') => {
                            col = (col / TABSIZE + 1) * TABSIZE;
                            altcol += 1;
                        }
                        Some(0x0c) => {
                            col = 0;
                            altcol = 0;
                        }
                        Some(b'\\') => {
                            if cont_col == 0 {
                                cont_col = col;
                            }
                            self.continuation()?;
                        }
                        _ => break c,
                    }
                };
                self.backup(c);
                if matches!(c, Some(b'#' | b'\n')) {
                    blankline = true;
                }
                if !blankline && self.parens.is_empty() {
                    if cont_col != 0 {
                        col = cont_col;
                        altcol = cont_col;
                    }
                    let tab_error = |lx: &mut Self| {
                        lx.indent_error(
                            CompileErrorKind::TabError,
                            "inconsistent use of tabs and spaces in indentation",
                        )
                    };
                    let (top, alttop) = *self.ind.last().expect("indent stack");
                    if col == top {
                        if altcol != alttop {
                            return Err(tab_error(self));
                        }
                    } else if col > top {
                        if self.ind.len() >= MAXINDENT {
                            return Err(self.indent_error(
                                CompileErrorKind::IndentationError,
                                "too many levels of indentation",
                            ));
                        }
                        if altcol <= alttop {
                            return Err(tab_error(self));
                        }
                        self.pendin += 1;
                        self.ind.push((col, altcol));
                    } else {
                        while self.ind.len() > 1 && col < self.ind.last().expect("indent").0 {
                            self.pendin -= 1;
                            self.ind.pop();
                        }
                        let (top, alttop) = *self.ind.last().expect("indent stack");
                        if col != top {
                            return Err(self.indent_error(
                                CompileErrorKind::IndentationError,
                                "unindent does not match any outer indentation level",
                            ));
                        }
                        if altcol != alttop {
                            return Err(tab_error(self));
                        }
                    }
                }
            }
            let start = self.cur;
            if self.pendin != 0 {
                self.tok_start = start;
                let kind = if self.pendin < 0 {
                    self.pendin += 1;
                    Tk::Dedent
                } else {
                    self.pendin -= 1;
                    Tk::Indent
                };
                let mut t = self.token(kind, start);
                t.line = self.lineno();
                return Ok(t);
            }
            loop {
                let mut c = self.nextc();
                while matches!(c, Some(b' ' | b'\t' | 0x0c)) {
                    c = self.nextc();
                }
                let start = if c.is_some() { self.cur - 1 } else { self.cur };
                self.tok_start = start;
                if c == Some(b'#') {
                    while !matches!(c, None | Some(b'\n')) {
                        c = self.nextc();
                    }
                }
                let Some(ch) = c else {
                    let mut t = self.token(Tk::End, start);
                    t.line = self.lineno();
                    return Ok(t);
                };
                if is_id_start_byte(ch) {
                    return self.name_or_string(start, ch);
                }
                if ch == b'\n' {
                    self.atbol = true;
                    if blankline || !self.parens.is_empty() {
                        continue 'nextline;
                    }
                    return Ok(self.token(Tk::Newline, start));
                }
                if ch == b'.' {
                    let c2 = self.nextc();
                    if is_digit(c2) {
                        return self.fraction(start, c2);
                    }
                    if c2 == Some(b'.') {
                        let c3 = self.nextc();
                        if c3 == Some(b'.') {
                            return Ok(self.token(Tk::Op, start));
                        }
                        self.backup(c3);
                    }
                    self.backup(c2);
                    return Ok(self.token(Tk::Op, start));
                }
                if ch.is_ascii_digit() {
                    return self.number(start, ch);
                }
                if ch == b'"' || ch == b'\'' {
                    return self.string(start, ch);
                }
                if ch == b'\\' {
                    self.continuation()?;
                    continue;
                }
                let c2 = self.nextc();
                if let Some(c2b) = c2 {
                    if two_char_op(ch, c2b) {
                        let c3 = self.nextc();
                        if !matches!(c3, Some(c3b) if three_char_op(ch, c2b, c3b)) {
                            self.backup(c3);
                        }
                        return Ok(self.token(Tk::Op, start));
                    }
                }
                self.backup(c2);
                match ch {
                    b'(' | b'[' | b'{' => {
                        if self.parens.len() >= MAXLEVEL {
                            return Err(self.error("too many nested parentheses"));
                        }
                        let line = self.lineno();
                        self.parens.push((ch, line, start));
                    }
                    b')' | b']' | b'}' => {
                        let Some((open, oline, _)) = self.parens.pop() else {
                            return Err(self.error(format!("unmatched '{}'", ch as char)));
                        };
                        let matching =
                            matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                        if !matching {
                            let (c, o) = (ch as char, open as char);
                            return Err(if oline != self.lineno() {
                                self.error(format!(
                                    "closing parenthesis '{c}' does not match opening parenthesis '{o}' on line {oline}"
                                ))
                            } else {
                                self.error(format!(
                                    "closing parenthesis '{c}' does not match opening parenthesis '{o}'"
                                ))
                            });
                        }
                    }
                    _ => {}
                }
                if !(0x20..0x7f).contains(&ch) {
                    return Err(self.error(format!("invalid non-printable character U+{:04X}", ch)));
                }
                return Ok(self.token(Tk::Op, start));
            }
        }
    }

    fn name_or_string(&mut self, start: usize, first: u8) -> Result<Token, CompileError> {
        let (mut b, mut r, mut u, mut f) = (false, false, false, false);
        let mut c = Some(first);
        while let Some(ch) = c {
            if !(b || u || f) && (ch == b'b' || ch == b'B') {
                b = true;
            } else if !(b || u || r || f) && (ch == b'u' || ch == b'U') {
                u = true;
            } else if !(r || u) && (ch == b'r' || ch == b'R') {
                r = true;
            } else if !(f || b || u) && (ch == b'f' || ch == b'F') {
                f = true;
            } else {
                break;
            }
            c = self.nextc();
            if let Some(q @ (b'"' | b'\'')) = c {
                return self.string(start, q);
            }
        }
        let mut nonascii = false;
        while is_id_byte(c) {
            if c.is_some_and(|ch| ch >= 128) {
                nonascii = true;
            }
            c = self.nextc();
        }
        self.backup(c);
        if nonascii {
            self.verify_identifier(start)?;
        }
        Ok(self.token(Tk::Name, start))
    }

    fn verify_identifier(&mut self, start: usize) -> Result<(), CompileError> {
        let text = std::str::from_utf8(&self.s[start..self.cur]).unwrap_or("");
        for (i, (off, ch)) in text.char_indices().enumerate() {
            if !xid(ch, i == 0) {
                self.cur = start + off + ch.len_utf8();
                return Err(self.error(if is_printable(ch) {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                }));
            }
        }
        Ok(())
    }

    fn string(&mut self, start: usize, quote: u8) -> Result<Token, CompileError> {
        let first_line = self.line_of(start);
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        let mut c = self.nextc();
        if c == Some(quote) {
            c = self.nextc();
            if c == Some(quote) {
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        if c != Some(quote) {
            self.backup(c);
        }
        while end_quote_size != quote_size {
            c = self.nextc();
            match c {
                None | Some(b'\n') if c.is_none() || quote_size == 1 => {
                    let detected = self.lineno();
                    let what = if quote_size == 3 {
                        "unterminated triple-quoted string literal"
                    } else {
                        "unterminated string literal"
                    };
                    return Err(syntax_err(
                        format!("{what} (detected at line {detected})"),
                        first_line,
                        self.col(start) + 1,
                    ));
                }
                Some(ch) if ch == quote => end_quote_size += 1,
                _ => {
                    end_quote_size = 0;
                    if c == Some(b'\\') {
                        self.nextc();
                    }
                }
            }
        }
        Ok(self.token(Tk::Str, start))
    }

    fn decimal_tail(&mut self) -> Result<Option<u8>, CompileError> {
        loop {
            let mut c = self.nextc();
            while is_digit(c) {
                c = self.nextc();
            }
            if c != Some(b'_') {
                return Ok(c);
            }
            let c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error("invalid decimal literal"));
            }
        }
    }

    fn lookahead(&mut self, test: &[u8]) -> bool {
        let mut read = Vec::new();
        let mut res = false;
        loop {
            let c = self.nextc();
            if read.len() == test.len() {
                res = !is_id_byte(c);
            } else if c == Some(test[read.len()]) {
                read.push(c);
                continue;
            }
            self.backup(c);
            for r in read.into_iter().rev() {
                self.backup(r);
            }
            return res;
        }
    }

    fn verify_end_of_number(&mut self, c: Option<u8>, kind: &str) -> Result<(), CompileError> {
        let r = match c {
            Some(b'a') => self.lookahead(b"nd"),
            Some(b'e') => self.lookahead(b"lse"),
            Some(b'f') => self.lookahead(b"or"),
            Some(b'i') => {
                let c2 = self.nextc();
                self.backup(c2);
                matches!(c2, Some(b'f' | b'n' | b's'))
            }
            Some(b'o') => self.lookahead(b"r"),
            Some(b'n') => self.lookahead(b"ot"),
            _ => false,
        };
        if r {
            // CPython only warns (DeprecationWarning) here.
            return Ok(());
        }
        if is_id_byte(c) {
            self.backup(c);
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    fn radix_digits(&mut self, kind: &str, max: u8) -> Result<Option<u8>, CompileError> {
        let in_radix = |c: Option<u8>| matches!(c, Some(d) if (b'0'..max).contains(&d));
        let mut c = self.nextc();
        loop {
            if c == Some(b'_') {
                c = self.nextc();
            }
            if !in_radix(c) {
                if is_digit(c) {
                    let d = c.unwrap_or(b'0') as char;
                    return Err(self.error(format!("invalid digit '{d}' in {kind} literal")));
                }
                self.backup(c);
                return Err(self.error(format!("invalid {kind} literal")));
            }
            loop {
                c = self.nextc();
                if !in_radix(c) {
                    break;
                }
            }
            if c != Some(b'_') {
                break;
            }
        }
        if is_digit(c) {
            let d = c.unwrap_or(b'0') as char;
            return Err(self.error(format!("invalid digit '{d}' in {kind} literal")));
        }
        Ok(c)
    }

    fn number(&mut self, start: usize, first: u8) -> Result<Token, CompileError> {
        if first != b'0' {
            let c = self.decimal_tail()?;
            if c == Some(b'.') {
                let c = self.nextc();
                return self.fraction(start, c);
            }
            return self.exponent_part(start, c);
        }
        let mut c = self.nextc();
        match c {
            Some(b'x' | b'X') => {
                c = self.nextc();
                loop {
                    if c == Some(b'_') {
                        c = self.nextc();
                    }
                    if !is_xdigit(c) {
                        self.backup(c);
                        return Err(self.error("invalid hexadecimal literal"));
                    }
                    loop {
                        c = self.nextc();
                        if !is_xdigit(c) {
                            break;
                        }
                    }
                    if c != Some(b'_') {
                        break;
                    }
                }
                self.verify_end_of_number(c, "hexadecimal")?;
            }
            Some(b'o' | b'O') => {
                c = self.radix_digits("octal", b'8')?;
                self.verify_end_of_number(c, "octal")?;
            }
            Some(b'b' | b'B') => {
                c = self.radix_digits("binary", b'2')?;
                self.verify_end_of_number(c, "binary")?;
            }
            _ => {
                let mut nonzero = false;
                loop {
                    if c == Some(b'_') {
                        c = self.nextc();
                        if !is_digit(c) {
                            self.backup(c);
                            return Err(self.error("invalid decimal literal"));
                        }
                    }
                    if c != Some(b'0') {
                        break;
                    }
                    c = self.nextc();
                }
                if is_digit(c) {
                    nonzero = true;
                    c = self.decimal_tail()?;
                }
                if c == Some(b'.') {
                    let c = self.nextc();
                    return self.fraction(start, c);
                } else if matches!(c, Some(b'e' | b'E' | b'j' | b'J')) {
                    return self.exponent_part(start, c);
                } else if nonzero {
                    self.backup(c);
                    let line = self.lineno();
                    return Err(syntax_err(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line,
                        self.col(start) + 1,
                    ));
                }
                self.verify_end_of_number(c, "decimal")?;
            }
        }
        self.backup(c);
        Ok(self.token(Tk::Number, start))
    }

    /// After the '.' of a float: `c` is the character after it.
    fn fraction(&mut self, start: usize, c: Option<u8>) -> Result<Token, CompileError> {
        let c = if is_digit(c) { self.decimal_tail()? } else { c };
        self.exponent_part(start, c)
    }

    fn exponent_part(&mut self, start: usize, mut c: Option<u8>) -> Result<Token, CompileError> {
        if matches!(c, Some(b'e' | b'E')) {
            let e = c;
            c = self.nextc();
            if matches!(c, Some(b'+' | b'-')) {
                c = self.nextc();
                if !is_digit(c) {
                    self.backup(c);
                    return Err(self.error("invalid decimal literal"));
                }
            } else if !is_digit(c) {
                self.backup(c);
                self.verify_end_of_number(e, "decimal")?;
                self.backup(e);
                return Ok(self.token(Tk::Number, start));
            }
            c = self.decimal_tail()?;
        }
        if matches!(c, Some(b'j' | b'J')) {
            c = self.nextc();
            self.verify_end_of_number(c, "imaginary")?;
        } else {
            self.verify_end_of_number(c, "decimal")?;
        }
        self.backup(c);
        Ok(self.token(Tk::Number, start))
    }
}

fn char_count(bytes: &[u8]) -> u32 {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u32
}

fn two_char_op(a: u8, b: u8) -> bool {
    matches!(
        (a, b),
        (b'!', b'=')
            | (b'%', b'=')
            | (b'&', b'=')
            | (b'*', b'*')
            | (b'*', b'=')
            | (b'+', b'=')
            | (b'-', b'=')
            | (b'-', b'>')
            | (b'/', b'/')
            | (b'/', b'=')
            | (b':', b'=')
            | (b'<', b'<')
            | (b'<', b'=')
            | (b'<', b'>')
            | (b'=', b'=')
            | (b'>', b'=')
            | (b'>', b'>')
            | (b'@', b'=')
            | (b'^', b'=')
            | (b'|', b'=')
    )
}

fn three_char_op(a: u8, b: u8, c: u8) -> bool {
    matches!(
        (a, b, c),
        (b'*', b'*', b'=') | (b'/', b'/', b'=') | (b'<', b'<', b'=') | (b'>', b'>', b'=')
    )
}

/// Whether `ch` may start (or continue) an identifier: XID_Start/XID_Continue,
/// asked of rustpython's lexer (which has the Unicode tables) for non-ASCII.
fn xid(ch: char, first: bool) -> bool {
    if ch.is_ascii() {
        return ch == '_'
            || if first {
                ch.is_ascii_alphabetic()
            } else {
                ch.is_ascii_alphanumeric()
            };
    }
    // rustpython's lexer also takes a lone emoji as a name: asking about
    // continuation too rules those out (XID_Start is within XID_Continue).
    let whole_name = |probe: &str| {
        let mut it = rustpython_parser::lexer::lex(probe, Mode::Module);
        matches!(it.next(), Some(Ok((Tok::Name { .. }, range))) if usize::from(range.end()) == probe.len())
    };
    whole_name(&format!("a{ch}")) && (!first || whole_name(&ch.to_string()))
}

/// Python's `str.isprintable()` for one character (approximated for
/// unassigned code points, which are not printable in CPython).
fn is_printable(ch: char) -> bool {
    if ch == ' ' {
        return true;
    }
    if ch.is_control() || ch.is_whitespace() {
        return false;
    }
    let c = ch as u32;
    let format_chars: &[(u32, u32)] = &[
        (0x00AD, 0x00AD),
        (0x0600, 0x0605),
        (0x061C, 0x061C),
        (0x06DD, 0x06DD),
        (0x070F, 0x070F),
        (0x08E2, 0x08E2),
        (0x180E, 0x180E),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x2064),
        (0x2066, 0x206F),
        (0xFEFF, 0xFEFF),
        (0xFFF9, 0xFFFB),
        (0x110BD, 0x110BD),
        (0x110CD, 0x110CD),
        (0x13430, 0x13438),
        (0x1BCA0, 0x1BCA3),
        (0x1D173, 0x1D17A),
        (0xE0001, 0xE0001),
        (0xE0020, 0xE007F),
        // Private use.
        (0xE000, 0xF8FF),
        (0xF0000, 0x10FFFF),
        // Noncharacters.
        (0xFDD0, 0xFDEF),
    ];
    if format_chars.iter().any(|&(a, b)| (a..=b).contains(&c)) {
        return false;
    }
    (c & 0xFFFE) != 0xFFFE
}

// ---------------------------------------------------------------------------
// String literals: errors CPython raises when it builds a literal's value.

/// The first error in the string literals that begin before `limit`.
fn check_strings(lx: &Lexed, limit: usize) -> Option<CompileError> {
    let toks = &lx.toks;
    let mut i = 0;
    while i < toks.len() && toks[i].start < limit {
        if toks[i].kind != Tk::Str {
            i += 1;
            continue;
        }
        // A run of adjacent literals, concatenated.
        let first = i;
        while i < toks.len() && toks[i].kind == Tk::Str {
            i += 1;
        }
        // CPython reports at the last token it read: the one after the run.
        let report_line = toks.get(i).map_or(toks[i - 1].line, |t| t.line);
        let mut bytes_seen = None;
        for j in first..i {
            let text = lx.text(j);
            let lit = split_literal(text);
            if let Some(b) = bytes_seen {
                if b != lit.bytes {
                    return Some(syntax_err(
                        "cannot mix bytes and nonbytes literals",
                        toks[first].line,
                        0,
                    ));
                }
            }
            bytes_seen = Some(lit.bytes);
            let result = if lit.fstring {
                check_fstring(lit.body, lit.raw, toks[j].line)
            } else if lit.bytes {
                check_bytes(lit.body, lit.raw).map(|m| (m, None))
            } else if lit.raw {
                None
            } else {
                check_unicode_escapes(lit.body).map(|m| (m, None))
            };
            if let Some((msg, line)) = result {
                return Some(syntax_err(msg, line.unwrap_or(report_line), 0));
            }
        }
    }
    None
}

struct Literal<'a> {
    bytes: bool,
    raw: bool,
    fstring: bool,
    body: &'a str,
}

fn split_literal(text: &str) -> Literal<'_> {
    let q = text.find(['\'', '"']).unwrap_or(0);
    let prefix = text[..q].to_ascii_lowercase();
    let rest = &text[q..];
    let quote = if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
        3
    } else {
        1
    };
    let body = if rest.len() >= 2 * quote {
        &rest[quote..rest.len() - quote]
    } else {
        ""
    };
    Literal {
        bytes: prefix.contains('b'),
        raw: prefix.contains('r'),
        fstring: prefix.contains('f'),
        body,
    }
}

fn check_bytes(body: &str, raw: bool) -> Option<String> {
    if !body.is_ascii() {
        return Some("bytes can only contain ASCII literal characters".into());
    }
    if raw {
        return None;
    }
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 1 < b.len() {
            if b[i + 1] == b'x' {
                let ok =
                    b.len() > i + 3 && b[i + 2].is_ascii_hexdigit() && b[i + 3].is_ascii_hexdigit();
                if !ok {
                    return Some(format!("(value error) invalid \\x escape at position {i}"));
                }
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    None
}

/// Errors of the 'unicodeescape' codec on a str literal's body. Positions are
/// in CPython's intermediate buffer, where each non-ASCII character became a
/// ten-byte `\UXXXXXXXX` escape.
fn check_unicode_escapes(body: &str) -> Option<String> {
    if !body.contains('\\') {
        return None;
    }
    // Build CPython's buffer.
    let mut buf: Vec<u8> = Vec::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            buf.push(b'\\');
            match chars.peek() {
                None => {
                    buf.extend_from_slice(b"u005c");
                    break;
                }
                Some(n) if !n.is_ascii() => buf.extend_from_slice(b"u005c"),
                _ => {}
            }
            continue;
        }
        if c.is_ascii() {
            buf.push(c as u8);
        } else {
            buf.extend_from_slice(format!("\\U{:08x}", c as u32).as_bytes());
        }
    }
    let fail = |start: usize, end: usize, reason: &str| {
        Some(format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
            start,
            end - 1,
            reason
        ))
    };
    let mut i = 0;
    while i < buf.len() {
        if buf[i] != b'\\' {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&c) = buf.get(i) else {
            break;
        };
        i += 1;
        let digits = match c {
            b'x' => 2,
            b'u' => 4,
            b'U' => 8,
            b'N' => {
                // \N{name}
                if buf.get(i) != Some(&b'{') {
                    return fail(start, i, "malformed \\N character escape");
                }
                let close = buf[i..].iter().position(|&b| b == b'}');
                let Some(close) = close.filter(|&k| k > 1) else {
                    let end = if close == Some(1) { i + 2 } else { buf.len() };
                    return fail(start, end, "malformed \\N character escape");
                };
                let name = String::from_utf8_lossy(&buf[i + 1..i + close]).to_string();
                i += close + 1;
                if !unicode_name_exists(&name) {
                    return fail(start, i, "unknown Unicode character name");
                }
                continue;
            }
            _ => continue,
        };
        let mut n = 0;
        let mut value: u32 = 0;
        while n < digits && i < buf.len() && buf[i].is_ascii_hexdigit() {
            value = value.wrapping_mul(16) + (buf[i] as char).to_digit(16).unwrap_or(0);
            i += 1;
            n += 1;
        }
        if n < digits {
            let what = match c {
                b'x' => "truncated \\xXX escape",
                b'u' => "truncated \\uXXXX escape",
                _ => "truncated \\UXXXXXXXX escape",
            };
            return fail(start, i, what);
        }
        if value > 0x10FFFF {
            return fail(start, i, "illegal Unicode character");
        }
    }
    None
}

/// Whether `\N{name}` names a character (rustpython's parser has the table).
fn unicode_name_exists(name: &str) -> bool {
    if name.contains(['"', '\\', '\n']) {
        return false;
    }
    let probe = format!("\"\\N{{{name}}}\"");
    rustpython_parser::parse(&probe, Mode::Expression, "<name>").is_ok()
}

/// CPython 3.11's f-string scanner (Parser/string_parser.c). Returns the
/// message and whether it has its own line (an error inside an expression).
fn check_fstring(body: &str, raw: bool, line: u32) -> Option<(String, Option<u32>)> {
    let mut pos = 0;
    check_fstring_at(body, body.as_bytes(), &mut pos, raw, 0, line).err()
}

/// An f-string error: the message, and its line when it has its own.
type FResult = Result<(), (String, Option<u32>)>;

fn ferr<T>(msg: &str) -> Result<T, (String, Option<u32>)> {
    Err((msg.to_string(), None))
}

fn check_fstring_at(
    body: &str,
    b: &[u8],
    pos: &mut usize,
    raw: bool,
    recurse: u32,
    line: u32,
) -> FResult {
    let end = b.len();
    loop {
        // The literal part.
        let mut s = *pos;
        let mut literal = Vec::new();
        let mut doubled = false;
        while s < end {
            let mut ch = b[s];
            s += 1;
            if !raw && ch == b'\\' && s < end {
                literal.push(ch);
                ch = b[s];
                s += 1;
                literal.push(ch);
                if ch == b'N' && s < end && b[s] == b'{' {
                    literal.push(b'{');
                    s += 1;
                    while s < end {
                        let c = b[s];
                        s += 1;
                        literal.push(c);
                        if c == b'}' {
                            break;
                        }
                    }
                }
                continue;
            }
            if ch == b'{' || ch == b'}' {
                if recurse == 0 {
                    if s < end && b[s] == ch {
                        literal.push(ch);
                        s += 1;
                        doubled = true;
                        break;
                    }
                    if ch == b'}' {
                        return ferr("f-string: single '}' is not allowed");
                    }
                }
                s -= 1;
                break;
            }
            literal.push(ch);
        }
        if !raw {
            if let Some(m) = check_unicode_escapes(&String::from_utf8_lossy(&literal)) {
                return ferr(&m);
            }
        }
        *pos = s;
        if doubled {
            continue;
        }
        if *pos >= end || b[*pos] == b'}' {
            break;
        }
        find_expr(body, b, pos, raw, recurse, line)?;
    }
    if recurse != 0 && (*pos >= end || b[*pos] != b'}') {
        return ferr("f-string: expecting '}'");
    }
    Ok(())
}

fn find_expr(body: &str, b: &[u8], pos: &mut usize, raw: bool, recurse: u32, line: u32) -> FResult {
    let end = b.len();
    if recurse >= 2 {
        return ferr("f-string: expressions nested too deeply");
    }
    *pos += 1;
    let expr_start = *pos;
    let mut quote: u8 = 0;
    let mut string_type = 0;
    let mut stack: Vec<u8> = Vec::new();
    while *pos < end {
        let ch = b[*pos];
        if ch == b'\\' {
            return ferr("f-string expression part cannot include a backslash");
        }
        if quote != 0 {
            if ch == quote {
                if string_type == 3 {
                    if *pos + 2 < end && b[*pos + 1] == ch && b[*pos + 2] == ch {
                        *pos += 3;
                        quote = 0;
                        string_type = 0;
                        continue;
                    }
                } else {
                    quote = 0;
                    string_type = 0;
                }
            }
            *pos += 1;
            continue;
        }
        match ch {
            b'\'' | b'"' => {
                if *pos + 2 < end && b[*pos + 1] == ch && b[*pos + 2] == ch {
                    string_type = 3;
                    *pos += 2;
                } else {
                    string_type = 1;
                }
                quote = ch;
            }
            b'[' | b'{' | b'(' => {
                if stack.len() >= MAXLEVEL {
                    return ferr("f-string: too many nested parenthesis");
                }
                stack.push(ch);
            }
            b'#' => return ferr("f-string expression part cannot include '#'"),
            b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                if *pos + 1 < end {
                    let next = b[*pos + 1];
                    if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        *pos += 2;
                        continue;
                    }
                }
                if ch != b'>' && ch != b'<' {
                    break;
                }
            }
            b']' | b'}' | b')' => {
                let Some(open) = stack.pop() else {
                    return ferr(&format!("f-string: unmatched '{}'", ch as char));
                };
                if !matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                    return ferr(&format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open as char
                    ));
                }
            }
            _ => {}
        }
        *pos += 1;
    }
    let expr_end = *pos;
    if quote != 0 {
        return ferr("f-string: unterminated string");
    }
    if let Some(&open) = stack.last() {
        return ferr(&format!("f-string: unmatched '{}'", open as char));
    }
    if *pos >= end {
        return ferr("f-string: expecting '}'");
    }
    // Compile the expression.
    let expr = &body[expr_start..expr_end];
    if expr
        .bytes()
        .all(|c| matches!(c, b' ' | b'\t' | b'\n' | 0x0c))
    {
        if matches!(b[expr_end], b'!' | b':' | b'=') {
            return ferr(&format!(
                "f-string: expression required before '{}'",
                b[expr_end] as char
            ));
        }
        return ferr("f-string: empty expression not allowed");
    }
    let wrapped = format!("({expr})");
    if let Err(f) = parse_checked(&wrapped, "<fstring>") {
        let lines_before = body[..expr_start].matches('\n').count() as u32;
        let at = line + lines_before + f.error.line.saturating_sub(1);
        let msg = if f.from_tokenizer || f.error.kind != CompileErrorKind::SyntaxError {
            f.error.message
        } else {
            format!("f-string: {}", f.error.message)
        };
        return Err((msg, Some(at)));
    }
    // `=`: keep the text.
    if b[*pos] == b'=' {
        *pos += 1;
        while *pos < end && b[*pos].is_ascii_whitespace() {
            *pos += 1;
        }
        if *pos >= end {
            return ferr("f-string: expecting '}'");
        }
    }
    if b[*pos] == b'!' {
        *pos += 1;
        if *pos >= end {
            return ferr("f-string: expecting '}'");
        }
        let conv = b[*pos];
        *pos += 1;
        if !matches!(conv, b's' | b'r' | b'a') {
            return ferr("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
    }
    if *pos >= end {
        return ferr("f-string: expecting '}'");
    }
    if b[*pos] == b':' {
        *pos += 1;
        if *pos >= end {
            return ferr("f-string: expecting '}'");
        }
        check_fstring_at(body, b, pos, raw, recurse + 1, line)?;
    }
    if *pos >= end || b[*pos] != b'}' {
        return ferr("f-string: expecting '}'");
    }
    *pos += 1;
    Ok(())
}

// ---------------------------------------------------------------------------
// Parser errors: CPython's message for the point where parsing failed.

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The token list with the questions the classifier asks of it.
struct View<'a, 'b> {
    lx: &'b Lexed<'a>,
}

impl View<'_, '_> {
    fn len(&self) -> usize {
        self.lx.toks.len()
    }

    fn kind(&self, i: usize) -> Tk {
        self.lx.toks.get(i).map_or(Tk::End, |t| t.kind)
    }

    fn line(&self, i: usize) -> u32 {
        let i = i.min(self.len().saturating_sub(1));
        self.lx.toks.get(i).map_or(1, |t| t.line)
    }

    fn text(&self, i: usize) -> &str {
        if i < self.len() {
            self.lx.text(i)
        } else {
            ""
        }
    }

    fn is(&self, i: usize, s: &str) -> bool {
        matches!(self.kind(i), Tk::Op | Tk::Name) && self.text(i) == s
    }

    fn is_keyword(&self, i: usize) -> bool {
        self.kind(i) == Tk::Name && KEYWORDS.contains(&self.text(i))
    }

    fn is_plain_name(&self, i: usize) -> bool {
        self.kind(i) == Tk::Name && !KEYWORDS.contains(&self.text(i))
    }

    /// CPython's SOFT_KEYWORD test compares only as many characters as the
    /// name has, so any prefix of a soft keyword passes.
    fn soft_keyword(&self, i: usize) -> bool {
        let t = self.text(i);
        self.kind(i) == Tk::Name
            && !t.is_empty()
            && ["match", "case", "_"].iter().any(|k| k.starts_with(t))
    }

    fn is_constant_kw(&self, i: usize) -> bool {
        self.kind(i) == Tk::Name && matches!(self.text(i), "True" | "False" | "None")
    }

    /// Whether an expression can end with token `i`.
    fn ends_expr(&self, i: usize) -> bool {
        match self.kind(i) {
            Tk::Number | Tk::Str => true,
            Tk::Name => self.is_plain_name(i) || self.is_constant_kw(i),
            Tk::Op => matches!(self.text(i), ")" | "]" | "}" | "..."),
            _ => false,
        }
    }

    /// Whether an expression (after another one) can begin with token `i`.
    fn starts_expr(&self, i: usize) -> bool {
        match self.kind(i) {
            Tk::Number | Tk::Str => true,
            Tk::Name => {
                self.is_plain_name(i)
                    || self.is_constant_kw(i)
                    || matches!(self.text(i), "not" | "lambda" | "await")
            }
            Tk::Op => matches!(self.text(i), "(" | "[" | "{" | "~" | "..."),
            _ => false,
        }
    }

    /// Whether a `bitwise_or` can begin with token `i`.
    fn starts_bitwise_or(&self, i: usize) -> bool {
        (self.starts_expr(i) && !matches!(self.text(i), "not" | "lambda"))
            || self.is(i, "-")
            || self.is(i, "+")
    }

    fn is_open(&self, i: usize) -> bool {
        self.kind(i) == Tk::Op && matches!(self.text(i), "(" | "[" | "{")
    }

    fn is_close(&self, i: usize) -> bool {
        self.kind(i) == Tk::Op && matches!(self.text(i), ")" | "]" | "}")
    }

    /// First token of the logical line holding token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut j = i.min(self.len());
        while j > 0 && !matches!(self.kind(j - 1), Tk::Newline | Tk::Indent | Tk::Dedent) {
            j -= 1;
        }
        j
    }

    /// The innermost bracket open at token `i`.
    fn opener(&self, i: usize) -> Option<usize> {
        let ls = self.line_start(i);
        let mut depth = 0usize;
        let mut j = i;
        while j > ls {
            j -= 1;
            if self.is_close(j) {
                depth += 1;
            } else if self.is_open(j) {
                if depth == 0 {
                    return Some(j);
                }
                depth -= 1;
            }
        }
        None
    }

    /// The bracket closing the one opened at `o`.
    fn closer(&self, o: usize) -> Option<usize> {
        let mut depth = 0usize;
        for j in o..self.len() {
            if self.is_open(j) {
                depth += 1;
            } else if self.is_close(j) {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            } else if matches!(self.kind(j), Tk::Newline | Tk::End) {
                return None;
            }
        }
        None
    }

    /// Whether the bracket at `o` opens a call's arguments.
    fn is_call(&self, o: usize) -> bool {
        self.is(o, "(") && o > 0 && self.ends_expr(o - 1) && !self.is_constant_kw(o - 1)
    }

    /// Start of the expression that ends just before `end`, scanning back to
    /// a token that cannot be inside it. `disjunction` includes comparisons
    /// and boolean operators; otherwise it is a `bitwise_or`.
    fn expr_start(&self, end: usize, disjunction: bool) -> usize {
        let ls = self.line_start(end);
        let mut depth = 0usize;
        let mut j = end;
        while j > ls {
            let k = j - 1;
            if self.is_close(k) {
                depth += 1;
            } else if self.is_open(k) {
                if depth == 0 {
                    return j;
                }
                depth -= 1;
            } else if depth == 0 {
                let t = self.text(k);
                let stop = match self.kind(k) {
                    Tk::Name if t == "in" && disjunction && self.comprehension_keyword(k) => true,
                    Tk::Name if KEYWORDS.contains(&t) => {
                        !(matches!(t, "True" | "False" | "None" | "await")
                            || (disjunction && matches!(t, "not" | "and" | "or" | "in" | "is")))
                    }
                    Tk::Op => match t {
                        "," | ":" | "=" | ";" | ":=" | "->" | "@" if t != "@" => true,
                        "<" | ">" | "==" | ">=" | "<=" | "!=" | "<>" => !disjunction,
                        "." | "+" | "-" | "*" | "/" | "//" | "%" | "**" | "<<" | ">>" | "&"
                        | "|" | "^" | "~" | "@" | "..." => false,
                        _ => true,
                    },
                    _ => false,
                };
                if stop {
                    return j;
                }
            }
            j = k;
        }
        j
    }

    /// `invalid_expression` does not start at a soft keyword or at NAME STRING.
    fn no_invalid_expression_at(&self, s: usize) -> bool {
        self.soft_keyword(s) || (self.is_plain_name(s) && self.kind(s + 1) == Tk::Str)
    }

    /// Whether token `a` names a parameter of a `def` or `lambda` (where no
    /// expression is parsed).
    fn is_parameter_name(&self, a: usize) -> bool {
        if a == 0 || !self.is_plain_name(a) {
            return false;
        }
        let p = a - 1;
        if self.is(p, "lambda") {
            return true;
        }
        if !(self.is(p, ",") || self.is(p, "(") || self.is(p, "*") || self.is(p, "**")) {
            return false;
        }
        // Inside a def's parameter list, or a lambda's before its ':'.
        if let Some(o) = self.opener(a) {
            let ls = self.line_start(a);
            let first = if self.is(ls, "async") { ls + 1 } else { ls };
            if self.is(first, "def") && o == first + 2 {
                return true;
            }
        }
        let lo = self.opener(a).map_or(self.line_start(a), |o| o + 1);
        let mut d = 0i32;
        let mut k = a;
        while k > lo {
            k -= 1;
            if self.is_close(k) {
                d += 1;
            } else if self.is_open(k) {
                d -= 1;
            } else if d == 0 && self.is(k, ":") {
                return false;
            } else if d == 0 && self.is(k, "lambda") {
                return true;
            }
        }
        false
    }

    /// Whether the `in` or `if` at `k` belongs to a comprehension (a `for`
    /// comes before it at the same nesting).
    fn comprehension_keyword(&self, k: usize) -> bool {
        let ls = self.line_start(k);
        let mut depth = 0usize;
        let mut j = k;
        while j > ls {
            j -= 1;
            if self.is_close(j) {
                depth += 1;
            } else if self.is_open(j) {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
            } else if depth == 0 && self.is(j, "for") {
                return true;
            }
        }
        false
    }

    /// The description CPython gives the expression made of tokens
    /// `a..=b` (`_PyPegen_get_expr_name`).
    fn describe(&self, a: usize, b: usize) -> Option<&'static str> {
        let (s, e) = (self.lx.toks.get(a)?.start, self.lx.toks.get(b)?.end);
        let text = format!("({})", self.lx.src.get(s..e)?);
        match rustpython_parser::parse(&text, Mode::Expression, "<expr>") {
            Ok(ast::Mod::Expression(m)) => Some(expr_name(&m.body)),
            _ => None,
        }
    }
}

fn find_failing_token(lx: &Lexed, pe: &ParseError) -> usize {
    let last = lx.toks.len().saturating_sub(1);
    let want = match &pe.error {
        ParseErrorType::Eof | ParseErrorType::UnrecognizedToken(Tok::EndOfFile, _) => return last,
        // rustpython's lexer objecting at the very end: the end it is.
        ParseErrorType::Lexical(_) if u32::from(pe.offset) as usize >= lx.src.trim_end().len() => {
            return last
        }
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => Some(Tk::Indent),
        ParseErrorType::UnrecognizedToken(Tok::Dedent, _) => Some(Tk::Dedent),
        ParseErrorType::UnrecognizedToken(Tok::Newline, _) => Some(Tk::Newline),
        _ => None,
    };
    let off = u32::from(pe.offset) as usize;
    let mut i = lx.toks.partition_point(|t| t.start < off);
    if i > 0 && lx.toks[i - 1].end > off {
        i -= 1;
    }
    if let Some(kind) = want {
        let lo = i.saturating_sub(4);
        let hi = (i + 4).min(lx.toks.len());
        // rustpython places indents and dedents at the start of the line.
        let distance = |j: usize| {
            let start = lx.toks[j].start;
            if start >= off {
                start - off
            } else {
                usize::MAX / 2 + (off - start)
            }
        };
        if let Some(j) = (lo..hi)
            .filter(|&j| lx.toks[j].kind == kind)
            .min_by_key(|&j| distance(j))
        {
            return j;
        }
    } else {
        // Dedents share the position of the token after them.
        while i < last
            && matches!(lx.toks[i].kind, Tk::Indent | Tk::Dedent)
            && lx.toks[i + 1].start == lx.toks[i].start
        {
            i += 1;
        }
    }
    i.min(last)
}

fn classify(src: &str, lx: &Lexed, pe: &ParseError) -> CompileError {
    if std::env::var_os("QUICKEN_DEBUG_PARSE").is_some() {
        eprintln!("rustpython: {:?} at {:?}", pe.error, pe.offset);
    }
    let v = View { lx };
    let ei = find_failing_token(lx, pe);
    let fail_at = lx.toks.get(ei).map_or(usize::MAX, |t| t.start);
    // Literal values are built (and their errors raised) as the parser
    // reduces them, before it reaches a later failing token.
    // So are CPython's errors for what rustpython accepted in the statements
    // before the failing one.
    let ls = View { lx }.line_start(ei);
    let cut = lx.toks.get(ls).map_or(0, |t| lx.line_start(t.line));
    let ast_error =
        match rustpython_parser::parse(&src[..cut.min(src.len())], Mode::Module, "<prefix>") {
            Ok(ast::Mod::Module(m)) => check_ast(src, &m.body),
            _ => None,
        };
    if let Some(e) = earliest(check_strings(lx, fail_at.saturating_add(1)), ast_error) {
        return e;
    }
    let at_pe = lx.line_of(u32::from(pe.offset) as usize);
    if let ParseErrorType::Lexical(lex) = &pe.error {
        let msg = match lex {
            LexicalErrorType::DefaultArgumentError => {
                Some("non-default argument follows default argument".to_string())
            }
            LexicalErrorType::DuplicateArgumentError(name) => Some(format!(
                "duplicate argument '{name}' in function definition"
            )),
            LexicalErrorType::PositionalArgumentError => {
                let unpacked = v.opener(ei).is_some_and(|o| (o..ei).any(|j| v.is(j, "**")));
                Some(if unpacked {
                    "positional argument follows keyword argument unpacking".to_string()
                } else {
                    "positional argument follows keyword argument".to_string()
                })
            }
            LexicalErrorType::UnpackedArgumentError => {
                Some("iterable argument unpacking follows keyword argument unpacking".to_string())
            }
            LexicalErrorType::DuplicateKeywordArgumentError(name) => {
                Some(format!("keyword argument repeated: {name}"))
            }
            LexicalErrorType::FStringError(fe) => Some(format!("f-string: {fe}")),
            LexicalErrorType::OtherError(m)
                if matches!(
                    m.as_str(),
                    "cannot use starred expression here"
                        | "cannot use double starred expression here"
                        | "named arguments must follow bare *"
                        | "cannot use '_' as a target"
                ) =>
            {
                Some(m.clone())
            }
            _ => None,
        };
        if let Some(msg) = msg {
            return syntax_err(msg, at_pe, 0);
        }
    }
    // CPython's parser stops at the first '=' after an invalid target, or at
    // a comprehension's invalid target; rustpython's goes on.
    if let Some(e) = target_error_before(src, &v, ei) {
        return e;
    }
    let e = classify_tokens(&v, ei);
    // A bracket still open at the end of the file: CPython's tokenizer
    // reports it if it was opened on an earlier line than the failure, or
    // when the parser had to read to the end of the file.
    if let Some((c, bline, bcol)) = lx.open_at_eof {
        let unexpected_indent = v.kind(ei) == Tk::Indent;
        let reached_end = v.kind(ei) == Tk::End;
        // CPython compares with the last token it read: the failing one.
        if !unexpected_indent && (reached_end || bline < v.line(ei)) {
            return syntax_err(format!("'{c}' was never closed"), bline, bcol);
        }
    }
    e
}

/// Statement keywords whose header ends in ':' and a block.
fn block_statement(v: &View, first: usize) -> Option<String> {
    let first = if v.is(first, "async") {
        first + 1
    } else {
        first
    };
    let kw = v.text(first);
    Some(match kw {
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        "except" if v.is(first + 1, "*") => "'except*' statement".to_string(),
        "if" | "elif" | "else" | "while" | "for" | "with" | "try" | "except" | "finally"
        | "match" | "case" => format!("'{kw}' statement"),
        _ => return None,
    })
}

fn classify_tokens(v: &View, ei: usize) -> CompileError {
    let line = v.line(ei);
    let generic = syntax_err("invalid syntax", line, 0);
    let kind = v.kind(ei);

    // A block header (`...:` NEWLINE) not followed by an indented block.
    if ei >= 2 && kind != Tk::Indent && v.kind(ei - 1) == Tk::Newline && v.is(ei - 2, ":") {
        let ls = v.line_start(ei - 2);
        let first = if v.is(ls, "async") { ls + 1 } else { ls };
        let msg = match block_statement(v, ls) {
            Some(what) => {
                // CPython names the line of the `if` condition (a grammar quirk).
                let at = if v.is(first, "if") {
                    v.line(first + 1)
                } else {
                    v.line(first)
                };
                format!("expected an indented block after {what} on line {at}")
            }
            None => "expected an indented block".to_string(),
        };
        return err(CompileErrorKind::IndentationError, msg, line, 0);
    }
    if kind == Tk::Indent {
        return err(
            CompileErrorKind::IndentationError,
            "unexpected indent",
            line,
            0,
        );
    }

    // `try:` and its block, then neither `except` nor `finally`.
    // (With several dedents in a row, the failing one is not known.)
    let mut k = ei;
    while k >= 1 && !v.is(k, "except") && !v.is(k, "finally") {
        if previous_sibling(v, k).is_some_and(|header| v.is(header, "try")) {
            return syntax_err("expected 'except' or 'finally' block", v.line(k), 0);
        }
        if v.kind(k) != Tk::Dedent {
            break;
        }
        k += 1;
    }

    let ls = v.line_start(ei);
    let first = if v.is(ls, "async") { ls + 1 } else { ls };
    let kw = if v.kind(first) == Tk::Name {
        v.text(first)
    } else {
        ""
    };
    let colon = || syntax_err("expected ':'", line, 0);
    let depth0 = |a: usize, b: usize, what: &str| {
        let mut d = 0i32;
        (a..b).any(|j| {
            if v.is_open(j) {
                d += 1;
            } else if v.is_close(j) {
                d -= 1;
            }
            d == 0 && v.is(j, what)
        })
    };

    // Statement headers missing their ':' (or '(' after `def NAME`).
    if kind == Tk::Newline
        && ei > first + 1
        && (v.ends_expr(ei - 1) || (kw == "for" && v.is(ei - 1, ",")))
    {
        match kw {
            "if" | "elif" | "while" | "with" => return colon(),
            "for" if depth0(first + 1, ei, "in") => return colon(),
            "except" => return colon(),
            "class"
                if ei == first + 2
                    || (v.is(first + 2, "(") && v.closer(first + 2) == Some(ei - 1)) =>
            {
                return colon()
            }
            _ => {}
        }
    }
    let mut line_end = ei;
    while line_end < v.len() && !matches!(v.kind(line_end), Tk::Newline | Tk::End) {
        line_end += 1;
    }
    let balanced = {
        let mut d = 0i32;
        (first..line_end).all(|j| {
            if v.is_open(j) {
                d += 1;
            } else if v.is_close(j) {
                d -= 1;
            }
            d >= 0
        }) && d == 0
    };
    if (kw == "case" || (kw == "match" && ei > first + 1))
        && matches!(v.text(first), "case" | "match")
        && (ei == first || ei == line_end)
        && balanced
        && !depth0(first, line_end, ":")
    {
        return syntax_err("expected ':'", v.line(line_end), 0);
    }
    if kind == Tk::Newline && ei == first + 1 && kw == "except" {
        return colon();
    }
    if ei == first + 1
        && matches!(kw, "else" | "try" | "finally")
        && !v.is(ei, ":")
        && v.line_start(ei) == ls
    {
        return colon();
    }
    if kw == "except" && v.is(ei, ",") && v.opener(ei).is_none() && depth0(ei, v.len(), ":") {
        return syntax_err(
            "multiple exception types must be parenthesized",
            v.line(first + 1),
            0,
        );
    }
    if kw == "def" && ei >= first + 2 {
        if !v.is(first + 2, "(") && v.is_plain_name(first + 1) {
            return syntax_err("expected '('", v.line(first + 2), 0);
        }
        if let Some(pc) = v.is(first + 2, "(").then(|| v.closer(first + 2)).flatten() {
            if ei == pc + 1 && !v.is(ei, "->") && !v.is(ei, ":") {
                return colon();
            }
            if ei > pc + 2
                && v.is(pc + 1, "->")
                && v.ends_expr(ei - 1)
                && !v.is(ei, ":")
                && v.opener(ei).is_none()
            {
                return colon();
            }
        }
    }
    if kw == "from" && kind == Tk::Newline && v.is(ei - 1, ",") && depth0(first, ei, "import") {
        return syntax_err(
            "trailing comma not allowed without surrounding parentheses",
            line,
            0,
        );
    }

    if let Some(msg) = parameter_error(v, ei) {
        return syntax_err(msg, line, 0);
    }

    // `print x`: a legacy print or exec statement.
    if ei >= 1
        && v.kind(ei - 1) == Tk::Name
        && matches!(v.text(ei - 1), "print" | "exec")
        && v.expr_start(ei, true) == ei - 1
        && (v.starts_expr(ei) || v.is(ei, "*") || v.is(ei, "-") || v.is(ei, "+"))
        && !v.is(ei, "(")
        && (!v.is_open(ei) || v.closer(ei).is_some_and(|c| v.describe(ei, c).is_some()))
    {
        let name = v.text(ei - 1);
        return syntax_err(
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            v.line(ei - 1),
            0,
        );
    }

    let opener = v.opener(ei);
    if v.is(ei, "=") {
        if let Some(e) = misplaced_equals(v, ei, opener) {
            return e;
        }
    }
    if v.is(ei, ":=") && ei >= 1 {
        let s = v.expr_start(ei, true);
        if s < ei && !(s + 1 == ei && v.is_plain_name(s)) {
            if let Some(name) = v.describe(s, ei - 1) {
                return syntax_err(
                    format!("cannot use assignment expressions with {name}"),
                    v.line(s),
                    0,
                );
            }
        }
    }

    // Dictionary displays.
    if let Some(o) = opener.filter(|&o| v.is(o, "{")) {
        if v.is(ei - 1, ":") && (v.is(ei, "}") || v.is(ei, ",")) {
            return syntax_err(
                "expression expected after dictionary key and ':'",
                v.line(ei - 1),
                0,
            );
        }
        if v.is(ei - 1, ":") && v.is(ei, "*") {
            return syntax_err(
                "cannot use a starred expression in a dictionary value",
                line,
                0,
            );
        }
        if (v.is(ei, "}") || v.is(ei, ",")) && depth0(o + 1, ei, ":") {
            let mut s = ei;
            let mut d = 0i32;
            while s > o + 1 {
                if v.is_close(s - 1) {
                    d += 1;
                } else if v.is_open(s - 1) {
                    d -= 1;
                }
                if d == 0 && (v.is(s - 1, ",") || v.is(s - 1, ":")) {
                    break;
                }
                s -= 1;
            }
            if s > o + 1 && v.is(s - 1, ",") && s < ei {
                return syntax_err("':' expected after dictionary key", v.line(s), 0);
            }
        }
    }

    // In a dict display after a `key: value` (or `**mapping`) item, an item
    // without ':' (even one with a missing comma inside a call) is missing
    // its ':' (`invalid_kvpair`).
    {
        let mut o = opener;
        while let Some(k) = o {
            if v.is_call(k) || (v.is(k, "[") && k >= 1 && v.ends_expr(k - 1)) {
                o = v.opener(k);
            } else {
                break;
            }
        }
        if let Some(o) = o.filter(|&o| v.is(o, "{")) {
            // Items of the dict, up to the one holding `ei`.
            let mut d = 0i32;
            let mut item = o + 1;
            let mut earlier_pair = false;
            let mut colon_in_item = false;
            for j in o + 1..ei {
                if v.is_open(j) {
                    d += 1;
                } else if v.is_close(j) {
                    d -= 1;
                } else if d == 0 && v.is(j, ",") {
                    earlier_pair |= colon_in_item || v.is(item, "**");
                    colon_in_item = false;
                    item = j + 1;
                } else if d == 0 && v.is(j, ":") {
                    colon_in_item = true;
                }
            }
            let group = opener.is_some_and(|k| v.is(k, "(") && !v.is_call(k));
            if earlier_pair && !colon_in_item && item < ei && !group && !v.is(item, "**") {
                return syntax_err("':' expected after dictionary key", v.line(item), 0);
            }
        }
    }
    // An annotation with a target that cannot take one.
    if v.is(ei, ":")
        && opener.is_none()
        && !v.is_keyword(first)
        && ei > first
        && !depth0(first, ei, "=")
        && v.describe(first, ei - 1).is_some()
    {
        let msg = if depth0(first, ei, ",") {
            "only single target (not tuple) can be annotated"
        } else if v.is(first, "[") && v.closer(first) == Some(ei - 1) {
            "only single target (not list) can be annotated"
        } else if v.is(first, "(")
            && v.closer(first) == Some(ei - 1)
            && depth0(first + 1, ei - 1, ",")
        {
            "only single target (not tuple) can be annotated"
        } else {
            "illegal target for annotation"
        };
        return syntax_err(msg, v.line(first), 0);
    }

    // `a if b` with no `else`.
    if !v.is(ei, "else") && !v.is(ei, ":") {
        let lo = opener.map_or(ls, |o| o + 1);
        let mut d = 0i32;
        let mut k = ei;
        let mut found = None;
        while k > lo {
            k -= 1;
            if v.is_close(k) {
                d += 1;
            } else if v.is_open(k) {
                d -= 1;
            } else if d == 0 {
                if v.is(k, "else") || v.is(k, "for") || v.is(k, "lambda") || v.is(k, ",") {
                    break;
                }
                if v.is(k, "if") {
                    found = Some(k);
                    break;
                }
            }
        }
        if let Some(k) = found {
            let comprehension = (lo..k).any(|j| v.is(j, "for"));
            if k > first && k > lo && v.ends_expr(k - 1) && !comprehension && k + 1 < ei {
                let s = v.expr_start(k, true);
                return syntax_err("expected 'else' after 'if' expression", v.line(s), 0);
            }
        }
    }

    if let Some(e) = missing_comma(v, ei, opener) {
        return e;
    }
    // `[a, b for ...]`: the target of a comprehension needs parentheses.
    if v.is(ei, "for") {
        if let Some(o) = opener.filter(|&o| v.is(o, "[") || v.is(o, "{")) {
            if depth0(o + 1, ei, ",") && !depth0(o + 1, ei, ":") {
                return syntax_err(
                    "did you forget parentheses around the comprehension target?",
                    v.line(o + 1),
                    0,
                );
            }
        }
    }
    // `a[<comprehension>]` inside brackets: the subscript cannot hold it,
    // but `[<comprehension>]` alone is an expression after `a`.
    if let Some(o) = opener.filter(|&o| v.is(o, "[") && o >= 1 && v.ends_expr(o - 1)) {
        if let Some(close) = v.closer(o) {
            let s = v.expr_start(o, true);
            if v.opener(o).is_some()
                && s < o
                && !v.soft_keyword(s)
                && !(v.is_plain_name(s) && v.kind(s + 1) == Tk::Str)
                && v.describe(o, close).is_some()
            {
                return syntax_err("invalid syntax. Perhaps you forgot a comma?", v.line(s), 0);
            }
        }
    }
    if kind == Tk::Dedent {
        return err(
            CompileErrorKind::IndentationError,
            "unexpected unindent",
            line,
            0,
        );
    }
    generic
}

/// An invalid assignment target before token `ei` in its statement, or an
/// invalid target after a comprehension's `for` at `ei`.
fn target_error_before(src: &str, v: &View, ei: usize) -> Option<CompileError> {
    let ls = v.line_start(ei);
    let text_of = |a: usize, b: usize| src.get(v.lx.toks[a].start..v.lx.toks[b].end);
    // `for` TARGET `in`, in a comprehension.
    for f in ls..=ei.min(v.len().saturating_sub(1)) {
        if !v.is(f, "for")
            || v.opener(f).is_none()
            || f == 0
            || !(v.ends_expr(f - 1) || v.is(f - 1, ","))
        {
            continue;
        }
        let mut d = 0i32;
        let mut j = f + 1;
        while j < v.len()
            && !(d == 0 && (v.is(j, "in") || v.is_close(j)))
            && v.kind(j) != Tk::Newline
        {
            if v.is_open(j) {
                d += 1;
            } else if v.is_close(j) {
                d -= 1;
            }
            j += 1;
        }
        if j > f + 1 {
            let text = format!(
                "({},)",
                text_of(f + 1, j - 1)?.trim_end().trim_end_matches(',')
            );
            if let Ok(ast::Mod::Expression(m)) =
                rustpython_parser::parse(&text, Mode::Expression, "<target>")
            {
                if let Some(bad) = invalid_target(&m.body, Targets::For) {
                    return Some(syntax_err(
                        format!("cannot assign to {}", expr_name(bad)),
                        v.line(f + 1),
                        0,
                    ));
                }
            }
        }
    }
    // `for` TARGET `in` ... as a statement: CPython parses all of
    // `TARGET in ...` (up to ':') as the target's expression.
    let first_kw = if v.is(ls, "async") { ls + 1 } else { ls };
    if v.is(first_kw, "for") {
        let mut d = 0i32;
        let mut colon = None;
        let mut first_in = None;
        for j in first_kw + 1..v.len() {
            if matches!(v.kind(j), Tk::Newline | Tk::End) {
                break;
            }
            if v.is_open(j) {
                d += 1;
            } else if v.is_close(j) {
                d -= 1;
            } else if d == 0 && v.is(j, ":") {
                colon = Some(j);
                break;
            } else if d == 0 && v.is(j, "in") && first_in.is_none() {
                first_in = Some(j);
            }
        }
        let end = colon.unwrap_or_else(|| {
            let mut j = first_kw + 1;
            while j < v.len() && !matches!(v.kind(j), Tk::Newline | Tk::End) {
                j += 1;
            }
            j
        });
        for stop in [Some(end), first_in].into_iter().flatten() {
            if stop <= first_kw + 1 {
                continue;
            }
            let text = format!(
                "({},)",
                text_of(first_kw + 1, stop - 1)?
                    .trim_end()
                    .trim_end_matches(',')
            );
            if let Ok(ast::Mod::Expression(m)) =
                rustpython_parser::parse(&text, Mode::Expression, "<target>")
            {
                let target = match &*m.body {
                    Expr::Tuple(t) if t.elts.len() == 1 => &t.elts[0],
                    other => other,
                };
                if let Some(bad) = invalid_target(target, Targets::For) {
                    return Some(syntax_err(
                        format!("cannot assign to {}", expr_name(bad)),
                        v.line(first_kw + 1),
                        0,
                    ));
                }
                return None;
            }
        }
        return None;
    }
    // Simple statements: TARGET = ... or TARGET op= ...
    if v.is_keyword(ls)
        && !v.is_constant_kw(ls)
        && !v.is(ls, "not")
        && !v.is(ls, "lambda")
        && !v.is(ls, "await")
    {
        return None;
    }
    let mut d = 0i32;
    let mut seg = ls;
    let mut eqs = 0;
    for j in ls..ei {
        if v.is_open(j) {
            d += 1;
        } else if v.is_close(j) {
            d -= 1;
        }
        if d != 0 || v.kind(j) != Tk::Op {
            continue;
        }
        let t = v.text(j);
        let augmented = t.len() >= 2 && t.ends_with('=') && !matches!(t, "==" | "<=" | ">=" | "!=");
        if (t != "=" && !augmented) || j == seg {
            continue;
        }
        eqs += 1;
        let target_text = text_of(seg, j - 1)?;
        let Ok(ast::Mod::Expression(m)) =
            rustpython_parser::parse(&format!("({target_text})"), Mode::Expression, "<target>")
        else {
            return None;
        };
        let target: &Expr = &m.body;
        if augmented {
            if !matches!(
                target,
                Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)
            ) {
                let msg = format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(target)
                );
                return Some(syntax_err(msg, v.line(seg), 0));
            }
            return None;
        }
        if let Some(bad) = invalid_target(target, Targets::Star) {
            // The hint, as for a whole statement `TARGET = <value>`.
            let mut msg = format!("cannot assign to {}", expr_name(bad));
            if eqs == 1
                && v.starts_bitwise_or(j + 1)
                && !v.is(j + 1, "not")
                && !v.is(j + 1, "lambda")
            {
                let synthetic = format!("{target_text} = 0");
                if let Ok(ast::Mod::Module(m)) =
                    rustpython_parser::parse(&synthetic, Mode::Module, "<target>")
                {
                    if let Some(ast::Stmt::Assign(a)) = m.body.first() {
                        if let Some(hint) =
                            assignment_hint(&synthetic, a.range, &a.targets, &a.value)
                        {
                            msg = hint;
                        }
                    }
                }
            }
            return Some(syntax_err(msg, v.line(seg), 0));
        }
        seg = j + 1;
    }
    None
}

/// The token after the expression that starts at `start` (CPython reads it
/// to see that the expression has ended).
fn expr_end(v: &View, start: usize) -> usize {
    let mut j = start;
    let mut d = 0i32;
    while j < v.len() {
        if v.is_open(j) {
            d += 1;
        } else if v.is_close(j) {
            if d == 0 {
                break;
            }
            d -= 1;
            if d == 0 {
                j += 1;
                continue;
            }
        } else if d == 0
            && j > start
            && (matches!(v.kind(j), Tk::Newline | Tk::End)
                || matches!(v.text(j), "," | ";" | "=" | ":" | ":=")
                || (v.is_keyword(j)
                    && !matches!(
                        v.text(j),
                        "and" | "or" | "not" | "in" | "is" | "None" | "True" | "False" | "await"
                    ))
                || (v.ends_expr(j - 1) && v.starts_expr(j)))
        {
            break;
        }
        j += 1;
    }
    j
}

/// Whether `invalid_expression` can start at token `s` (it is not reached
/// for a comprehension's `in`/`if` clause or a parameter).
fn expression_context(v: &View, s: usize) -> bool {
    let comprehension_clause =
        s >= 1 && (v.is(s - 1, "in") || v.is(s - 1, "if")) && v.comprehension_keyword(s - 1);
    !(comprehension_clause || v.is_parameter_name(s))
}

/// What CPython meets when it parses an expression from token `b` while
/// looking for a better message: a missing comma inside a bracket `b`
/// opens (on its first line; further on, what it meets depends on more of
/// the grammar than we follow), or the end of the file inside a bracket
/// never closed (reported when CPython read past that bracket's line).
fn parse_effects(v: &View, b: usize) -> Option<CompileError> {
    // Reading on into the tokenizer's error (one it reports only when the
    // parser asks for the token) raises it.
    if let Some(e) = &v.lx.error {
        if expr_end(v, b) >= v.len() || (v.is_open(b) && b + 1 >= v.len()) {
            return Some(e.clone());
        }
    }
    let never_closed = v.lx.open_at_eof.zip(v.lx.open_at_eof_pos);
    if v.is_open(b) {
        if let Some(((c, bline, bcol), pos)) = never_closed {
            if pos >= v.lx.toks[b].start && (v.kind(b + 1) == Tk::End || v.line(b + 1) > bline) {
                return Some(syntax_err(format!("'{c}' was never closed"), bline, bcol));
            }
        }
        if !(v.starts_expr(b + 1) || v.is_close(b + 1)) {
            return None;
        }
        let end = v.closer(b).unwrap_or(v.len());
        let mut d = 0i32;
        let line = v.line(b);
        for j in (b + 1..end).take_while(|&j| v.line(j) == line) {
            if v.is_open(j) {
                d += 1;
            } else if v.is_close(j) {
                d -= 1;
            } else if d == 0 && v.ends_expr(j - 1) && v.starts_expr(j) {
                let s = v.expr_start(j, true);
                if !v.no_invalid_expression_at(s) && expression_context(v, s) {
                    return Some(syntax_err(
                        "invalid syntax. Perhaps you forgot a comma?",
                        v.line(s),
                        0,
                    ));
                }
            }
        }
    }
    let after = expr_end(v, b);
    if let Some(((c, bline, bcol), pos)) = never_closed {
        let after_start = v.lx.toks.get(after).map_or(usize::MAX, |t| t.start);
        let involved = pos < v.lx.toks[b].start || pos < after_start;
        if involved && (v.kind(after) == Tk::End || v.line(after) > bline) {
            return Some(syntax_err(format!("'{c}' was never closed"), bline, bcol));
        }
    }
    None
}

/// Two expressions side by side: `invalid_expression` parses the second (b)
/// and, inside brackets, asks for a comma. After a soft keyword or before a
/// string it does not start; `invalid_legacy_expression` then parses on from
/// the second expression, where `invalid_expression` may start instead.
fn missing_comma(v: &View, ei: usize, opener: Option<usize>) -> Option<CompileError> {
    if ei == 0 || !v.ends_expr(ei - 1) || !v.starts_expr(ei) {
        return None;
    }
    let a = v.expr_start(ei, true);
    if a >= ei || !expression_context(v, a) {
        return None;
    }
    let comma_at =
        |s: usize| syntax_err("invalid syntax. Perhaps you forgot a comma?", v.line(s), 0);
    if !v.no_invalid_expression_at(a) {
        if let Some(e) = parse_effects(v, ei) {
            return Some(e);
        }
        let b_parses = !v.is_open(ei) || v.starts_expr(ei + 1) || v.is_close(ei + 1);
        return (opener.is_some() && b_parses).then(|| comma_at(a));
    }
    if a + 1 == ei && v.is_plain_name(a) && !v.is(ei, "(") {
        if let Some(e) = parse_effects(v, ei) {
            return Some(e);
        }
        let after = expr_end(v, ei);
        if opener.is_some()
            && after > ei
            && v.ends_expr(after - 1)
            && v.starts_expr(after)
            && !v.no_invalid_expression_at(ei)
        {
            return Some(comma_at(ei));
        }
    }
    None
}

/// Errors in a `def`'s or a `lambda`'s parameters (`invalid_parameters`,
/// `invalid_star_etc`, `invalid_kwds`, `invalid_default` and their lambda twins).
fn parameter_error(v: &View, ei: usize) -> Option<&'static str> {
    let ls = v.line_start(ei);
    let first = if v.is(ls, "async") { ls + 1 } else { ls };
    // Where the parameters begin, and whose they are.
    let (start, lambda) = match v.opener(ei) {
        Some(o) if v.is(first, "def") && o == first + 2 => (o + 1, false),
        _ => {
            // A lambda whose ':' has not come yet, at this nesting.
            let lo = v.opener(ei).map_or(ls, |o| o + 1);
            let mut d = 0i32;
            let mut k = ei;
            let mut found = None;
            while k > lo {
                k -= 1;
                if v.is_close(k) {
                    d += 1;
                } else if v.is_open(k) {
                    d -= 1;
                } else if d == 0 && v.is(k, ":") {
                    break;
                } else if d == 0 && v.is(k, "lambda") {
                    found = Some(k + 1);
                    break;
                }
            }
            (found?, true)
        }
    };
    let at = |i: usize, s: &str| i >= start && v.is(i, s);
    let depth0 = |s: &str| {
        let mut d = 0i32;
        (start..ei).any(|j| {
            if v.is_open(j) {
                d += 1;
            } else if v.is_close(j) {
                d -= 1;
            }
            d == 0 && v.is(j, s)
        })
    };
    // The first token of the parameter holding token `i`.
    let param_start = |i: usize| {
        let mut j = i;
        while j > start && !v.is(j - 1, ",") {
            j -= 1;
        }
        j
    };
    // `(a, b)` as a parameter: names only.
    let names_in_parens = {
        let mut j = ei + 1;
        let mut ok = v.is_plain_name(j);
        while ok && v.is_plain_name(j) {
            j += 1;
            if v.is(j, ",") {
                j += 1;
            }
        }
        ok = ok && v.is(j, ")");
        ok
    };
    if v.is(ei, "(") && names_in_parens && (ei == start || at(ei - 1, ",")) {
        return Some(if lambda {
            "Lambda expression parameters cannot be parenthesized"
        } else {
            "Function parameters cannot be parenthesized"
        });
    }
    if v.is(ei, "/") {
        if ei == start && v.is(ei + 1, ",") {
            return Some("at least one argument must precede /");
        }
        if depth0("/") {
            return Some("/ may appear only once");
        }
        if depth0("*") {
            return Some("/ must be ahead of *");
        }
    }
    if v.is(ei, "*") && at(ei - 1, "/") {
        return Some("expected comma between / and *");
    }
    if v.is(ei, "=") {
        let p = param_start(ei);
        if at(p, "*") {
            return Some("var-positional argument cannot have default value");
        }
        if at(p, "**") {
            return Some("var-keyword argument cannot have default value");
        }
    }
    if (v.is(ei, ")") || v.is(ei, ",") || (lambda && v.is(ei, ":"))) && at(ei - 1, "=") {
        return Some("expected default value expression");
    }
    if ei > start && at(ei - 1, ",") && at(param_start(ei - 1), "**") {
        return Some("arguments cannot follow var-keyword argument");
    }
    if v.is(ei, "*") && depth0("*") {
        return Some("* argument may appear only once");
    }
    if v.is(ei, "*") && (v.is(ei + 1, ")") || v.is(ei + 1, ",") || (lambda && v.is(ei + 1, ":"))) {
        return Some("named arguments must follow bare *");
    }
    None
}

/// The statement at the same indentation just before token `i` (which
/// begins a statement): the index of its first token, when it is a
/// compound statement whose block just ended.
fn previous_sibling(v: &View, i: usize) -> Option<usize> {
    if v.kind(i - 1) == Tk::Dedent {
        let mut bal = 0i32;
        let mut j = i;
        while j > 0 {
            j -= 1;
            match v.kind(j) {
                Tk::Dedent => bal += 1,
                Tk::Indent => {
                    bal -= 1;
                    if bal == 0 {
                        return Some(v.line_start(j.checked_sub(1)?));
                    }
                }
                _ => {}
            }
        }
        None
    } else if v.kind(i - 1) == Tk::Newline {
        let ls = v.line_start(i - 1);
        // A one-line compound statement: `try: pass`.
        (v.is(ls, "try") && v.is(ls + 1, ":") && ls + 2 < i - 1).then_some(ls)
    } else {
        None
    }
}

/// `=` where the grammar wanted an expression: in a call's arguments, or in
/// a condition or display element (`invalid_kwarg`, `invalid_named_expression`).
fn misplaced_equals(v: &View, ei: usize, opener: Option<usize>) -> Option<CompileError> {
    // The rules need a whole expression before the '='.
    if ei == 0 || !v.ends_expr(ei - 1) {
        return None;
    }
    if let Some(o) = opener.filter(|&o| v.is_call(o)) {
        // The argument's first token.
        let mut s = ei;
        let mut d = 0i32;
        while s > o + 1 {
            if v.is_close(s - 1) {
                d += 1;
            } else if v.is_open(s - 1) {
                d -= 1;
            }
            if d == 0 && v.is(s - 1, ",") {
                break;
            }
            s -= 1;
        }
        if s + 1 == ei && v.is_constant_kw(s) {
            return Some(syntax_err(
                format!("cannot assign to {}", v.text(s)),
                v.line(s),
                0,
            ));
        }
        if s < ei
            && !(v.is_plain_name(s) && v.is(s + 1, "="))
            && !(s + 1 == ei && v.is_plain_name(s))
        {
            return Some(syntax_err(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                v.line(s),
                0,
            ));
        }
        return None;
    }
    let s = v.expr_start(ei, false);
    if s >= ei {
        return None;
    }
    // Only where a `named_expression` is parsed.
    let ls = v.line_start(ei);
    let context = s > ls && {
        let p = s - 1;
        (p == ls && v.kind(p) == Tk::Name && matches!(v.text(p), "if" | "elif" | "while"))
            || (v.is_open(p) && !v.is_call(p))
            || (v.is(p, ",") && opener.is_some_and(|o| !v.is_call(o)))
    };
    if !context {
        return None;
    }
    // The value: a `bitwise_or`, not followed by '=' or ':='.
    if !v.starts_bitwise_or(ei + 1) {
        return None;
    }
    let mut j = ei + 1;
    let mut d = 0i32;
    while j < v.len() {
        if v.is_open(j) {
            d += 1;
        } else if v.is_close(j) {
            if d == 0 {
                break;
            }
            d -= 1;
        } else if d == 0
            && (matches!(v.kind(j), Tk::Newline | Tk::End)
                || v.is(j, ",")
                || v.is(j, ":")
                || v.is(j, "=")
                || v.is(j, ":=")
                || (v.is_keyword(j) && !v.is_constant_kw(j) && !v.is(j, "await"))
                || matches!(v.text(j), "<" | ">" | "==" | ">=" | "<=" | "!=" | ";"))
        {
            break;
        }
        j += 1;
    }
    if v.is(j, "=") || v.is(j, ":=") {
        return None;
    }
    if s + 1 == ei && v.is_plain_name(s) {
        return Some(syntax_err(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            v.line(s),
            0,
        ));
    }
    if s + 1 == ei && v.is_constant_kw(s) {
        return None;
    }
    if v.is(s, "[") && v.closer(s) == Some(ei - 1) {
        return None;
    }
    let name = v.describe(s, ei - 1)?;
    if v.is(s, "(")
        && v.closer(s) == Some(ei - 1)
        && matches!(name, "tuple" | "generator expression")
    {
        return None;
    }
    Some(syntax_err(
        format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
        v.line(s),
        0,
    ))
}

// ---------------------------------------------------------------------------
// Names of expressions, for the compiler's messages.

/// What CPython calls an expression in its error messages
/// (`_PyPegen_get_expr_name`).
pub fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}

/// CPython's message for `T = V` (one `=`) where `target` (T, or an element
/// of an unparenthesized tuple T) cannot be assigned to, when its parser
/// reports it with the "Maybe you meant '=='" hint; `None` when the plain
/// "cannot assign to ..." message applies. `stmt` is the statement's range.
pub fn assignment_hint(
    source: &str,
    stmt: ast::text_size::TextRange,
    targets: &[Expr],
    value: &Expr,
) -> Option<String> {
    let [target] = targets else {
        return None;
    };
    let text = |a: usize, b: usize| source.get(a..b).unwrap_or("");
    let start = usize::from(stmt.start());
    // The value must begin with a `bitwise_or`.
    let tend = usize::from(target.range().end());
    let vstart = usize::from(value.range().start());
    let between = text(tend, vstart);
    let eq = between.find('=')?;
    let vfirst = between[eq + 1..].trim_start();
    let vtext = if vfirst.is_empty() {
        text(vstart, usize::from(value.range().end()))
    } else {
        vfirst
    };
    let word = vtext
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    if matches!(word, "not" | "lambda" | "yield") || vtext.starts_with('*') {
        return None;
    }
    if let UnaryOp::Not = match value {
        Expr::UnaryOp(u) if vfirst.is_empty() => u.op,
        _ => UnaryOp::Invert,
    } {
        return None;
    }
    let parenthesized = |e: &Expr, before: usize| {
        let s = usize::from(e.range().start());
        let e_end = usize::from(e.range().end());
        text(before, s).trim().ends_with('(')
            && text(e_end, tend.max(e_end) + between.len())
                .trim_start()
                .starts_with(')')
    };
    let elem = match target {
        Expr::Tuple(t) if !parenthesized(target, start) => t.elts.last()?,
        other => other,
    };
    let before = match target {
        Expr::Tuple(t) if t.elts.len() > 1 => usize::from(t.elts[t.elts.len() - 2].range().end()),
        _ => start,
    };
    if parenthesized(elem, before) {
        return match elem {
            Expr::Tuple(_) | Expr::GeneratorExp(_) => None,
            e => Some(format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(e)
            )),
        };
    }
    match elem {
        Expr::Name(_) if !std::ptr::eq(elem, target) => {
            Some("invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string())
        }
        Expr::Name(_)
        | Expr::List(_)
        | Expr::Tuple(_)
        | Expr::Starred(_)
        | Expr::Compare(_)
        | Expr::BoolOp(_)
        | Expr::IfExp(_)
        | Expr::Lambda(_)
        | Expr::NamedExpr(_)
        | Expr::Yield(_)
        | Expr::YieldFrom(_)
        | Expr::GeneratorExp(_) => None,
        Expr::UnaryOp(u) if u.op == UnaryOp::Not => None,
        Expr::Constant(c) if matches!(c.value, Constant::None | Constant::Bool(_)) => None,
        e => Some(format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(e)
        )),
    }
}

// ---------------------------------------------------------------------------
// Errors CPython's parser raises on input rustpython's parser accepts:
// assignment, deletion and annotation targets, unparenthesized generator
// arguments. (Left to the compiler they would come too late: CPython reports
// them before any compile-time error, and before later syntax errors.)

#[derive(Clone, Copy, PartialEq, Eq)]
enum Targets {
    Star,
    For,
    Del,
}

/// `_PyPegen_get_invalid_target`.
fn invalid_target(e: &Expr, kind: Targets) -> Option<&Expr> {
    match e {
        Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        Expr::Starred(s) => {
            if kind == Targets::Del {
                Some(e)
            } else {
                invalid_target(&s.value, kind)
            }
        }
        Expr::Compare(c) => {
            if kind == Targets::For {
                if c.ops.first() == Some(&ast::CmpOp::In) {
                    return invalid_target(&c.left, kind);
                }
                return None;
            }
            Some(e)
        }
        Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => None,
        _ => Some(e),
    }
}

struct AstCheck<'a> {
    source: &'a str,
    lines: super::LineIndex,
}

impl AstCheck<'_> {
    fn at(&self, e: &impl Ranged, msg: String) -> CompileError {
        let loc = self.lines.at(e.range().start());
        syntax_err(msg, loc.line, loc.col + 1)
    }

    fn target(&self, e: &Expr, kind: Targets) -> Option<CompileError> {
        let bad = invalid_target(e, kind)?;
        let verb = if kind == Targets::Del {
            "delete"
        } else {
            "assign to"
        };
        Some(self.at(bad, format!("cannot {verb} {}", expr_name(bad))))
    }

    fn stmts(&self, body: &[ast::Stmt]) -> Option<CompileError> {
        body.iter().find_map(|s| self.stmt(s))
    }

    fn stmt(&self, s: &ast::Stmt) -> Option<CompileError> {
        use ast::Stmt as S;
        let exprs = |es: &[&Expr]| es.iter().find_map(|e| self.expr(e));
        match s {
            // Type parameters and aliases (PEP 695) are Python 3.12.
            S::FunctionDef(ast::StmtFunctionDef { type_params, .. })
            | S::AsyncFunctionDef(ast::StmtAsyncFunctionDef { type_params, .. })
                if !type_params.is_empty() =>
            {
                Some(self.at(s, "expected '('".into()))
            }
            S::ClassDef(c) if !c.type_params.is_empty() => {
                Some(self.at(s, "invalid syntax".into()))
            }
            S::TypeAlias(_) => Some(self.at(s, "invalid syntax".into())),
            S::FunctionDef(ast::StmtFunctionDef {
                args,
                body,
                decorator_list,
                returns,
                ..
            })
            | S::AsyncFunctionDef(ast::StmtAsyncFunctionDef {
                args,
                body,
                decorator_list,
                returns,
                ..
            }) => decorator_list
                .iter()
                .find_map(|e| self.expr(e))
                .or_else(|| self.arguments(args))
                .or_else(|| returns.as_ref().and_then(|e| self.expr(e)))
                .or_else(|| self.stmts(body)),
            S::ClassDef(c) => c
                .decorator_list
                .iter()
                .find_map(|e| self.expr(e))
                .or_else(|| self.call_args(&c.bases, &c.keywords))
                .or_else(|| c.bases.iter().find_map(|e| self.expr(e)))
                .or_else(|| c.keywords.iter().find_map(|k| self.expr(&k.value)))
                .or_else(|| self.stmts(&c.body)),
            S::Return(r) => r.value.as_ref().and_then(|e| self.expr(e)),
            S::Delete(d) => d
                .targets
                .iter()
                .find_map(|t| self.target(t, Targets::Del))
                .or_else(|| d.targets.iter().find_map(|e| self.expr(e))),
            S::Assign(a) => {
                for t in &a.targets {
                    if let Some(bad) = invalid_target(t, Targets::Star) {
                        let hint = assignment_hint(self.source, a.range, &a.targets, &a.value);
                        let msg =
                            hint.unwrap_or_else(|| format!("cannot assign to {}", expr_name(bad)));
                        return Some(self.at(bad, msg));
                    }
                }
                a.targets
                    .iter()
                    .find_map(|e| self.expr(e))
                    .or_else(|| self.expr(&a.value))
            }
            S::AugAssign(a) => {
                if !matches!(
                    *a.target,
                    Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)
                ) {
                    let msg = format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(&a.target)
                    );
                    return Some(self.at(&*a.target, msg));
                }
                exprs(&[&a.target, &a.value])
            }
            S::AnnAssign(a) => {
                let msg = match &*a.target {
                    Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => None,
                    Expr::List(_) => Some("only single target (not list) can be annotated"),
                    Expr::Tuple(_) => Some("only single target (not tuple) can be annotated"),
                    _ => Some("illegal target for annotation"),
                };
                if let Some(msg) = msg {
                    return Some(self.at(&*a.target, msg.to_string()));
                }
                exprs(&[&a.target, &a.annotation])
                    .or_else(|| a.value.as_ref().and_then(|e| self.expr(e)))
            }
            S::For(ast::StmtFor {
                target,
                iter,
                body,
                orelse,
                ..
            })
            | S::AsyncFor(ast::StmtAsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            }) => self
                .target(target, Targets::For)
                .or_else(|| exprs(&[target, iter]))
                .or_else(|| self.stmts(body))
                .or_else(|| self.stmts(orelse)),
            S::While(w) => self
                .expr(&w.test)
                .or_else(|| self.stmts(&w.body))
                .or_else(|| self.stmts(&w.orelse)),
            S::If(i) => self
                .expr(&i.test)
                .or_else(|| self.stmts(&i.body))
                .or_else(|| self.stmts(&i.orelse)),
            S::With(ast::StmtWith { items, body, .. })
            | S::AsyncWith(ast::StmtAsyncWith { items, body, .. }) => items
                .iter()
                .find_map(|item| {
                    self.expr(&item.context_expr).or_else(|| {
                        item.optional_vars
                            .as_ref()
                            .and_then(|v| self.target(v, Targets::Star).or_else(|| self.expr(v)))
                    })
                })
                .or_else(|| self.stmts(body)),
            S::Match(m) => self.expr(&m.subject).or_else(|| {
                m.cases.iter().find_map(|c| {
                    c.guard
                        .as_ref()
                        .and_then(|g| self.expr(g))
                        .or_else(|| self.stmts(&c.body))
                })
            }),
            S::Raise(r) => r
                .exc
                .as_ref()
                .and_then(|e| self.expr(e))
                .or_else(|| r.cause.as_ref().and_then(|e| self.expr(e))),
            S::Try(ast::StmtTry {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            })
            | S::TryStar(ast::StmtTryStar {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            }) => self
                .stmts(body)
                .or_else(|| {
                    handlers.iter().find_map(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        h.type_
                            .as_ref()
                            .and_then(|e| self.expr(e))
                            .or_else(|| self.stmts(&h.body))
                    })
                })
                .or_else(|| self.stmts(orelse))
                .or_else(|| self.stmts(finalbody)),
            S::Assert(a) => self
                .expr(&a.test)
                .or_else(|| a.msg.as_ref().and_then(|e| self.expr(e))),
            S::Expr(e) => self.expr(&e.value),
            _ => None,
        }
    }

    fn arguments(&self, args: &ast::Arguments) -> Option<CompileError> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs);
        for a in all {
            if let Some(e) = a.default.as_ref().and_then(|d| self.expr(d)) {
                return Some(e);
            }
        }
        None
    }

    /// A generator expression as one of several arguments must be parenthesized.
    fn call_args(&self, args: &[Expr], keywords: &[ast::Keyword]) -> Option<CompileError> {
        if args.len() + keywords.len() < 2 {
            return None;
        }
        args.iter().find_map(|a| match a {
            Expr::GeneratorExp(g) => {
                let start = usize::from(g.range.start());
                let end = usize::from(g.range.end());
                let parenthesized = self.source.as_bytes().get(start) == Some(&b'(')
                    && end > 0
                    && self.source.as_bytes().get(end - 1) == Some(&b')');
                (!parenthesized)
                    .then(|| self.at(&*g.elt, "Generator expression must be parenthesized".into()))
            }
            _ => None,
        })
    }

    /// Expressions, without recursion (they can be deep).
    fn expr(&self, root: &Expr) -> Option<CompileError> {
        let mut stack = vec![root];
        while let Some(e) = stack.pop() {
            let mut kids: Vec<&Expr> = Vec::new();
            let comps: Option<&Vec<ast::Comprehension>> = match e {
                Expr::ListComp(c) => Some(&c.generators),
                Expr::SetComp(c) => Some(&c.generators),
                Expr::DictComp(c) => Some(&c.generators),
                Expr::GeneratorExp(c) => Some(&c.generators),
                _ => None,
            };
            if let Some(comps) = comps {
                if let Some(err) = comps
                    .iter()
                    .find_map(|c| self.target(&c.target, Targets::For))
                {
                    return Some(err);
                }
            }
            match e {
                Expr::BoolOp(x) => kids.extend(&x.values),
                Expr::NamedExpr(x) => {
                    if !matches!(*x.target, Expr::Name(_)) {
                        let msg = format!(
                            "cannot use assignment expressions with {}",
                            expr_name(&x.target)
                        );
                        return Some(self.at(&*x.target, msg));
                    }
                    kids.push(&x.value);
                }
                Expr::BinOp(x) => kids.extend([&*x.left, &*x.right]),
                Expr::UnaryOp(x) => kids.push(&x.operand),
                Expr::Lambda(x) => {
                    if let Some(err) = self.arguments(&x.args) {
                        return Some(err);
                    }
                    kids.push(&x.body);
                }
                Expr::IfExp(x) => kids.extend([&*x.test, &*x.body, &*x.orelse]),
                Expr::Dict(x) => {
                    kids.extend(x.keys.iter().flatten());
                    kids.extend(&x.values);
                }
                Expr::Set(x) => kids.extend(&x.elts),
                Expr::ListComp(x) => kids.push(&x.elt),
                Expr::SetComp(x) => kids.push(&x.elt),
                Expr::DictComp(x) => kids.extend([&*x.key, &*x.value]),
                Expr::GeneratorExp(x) => kids.push(&x.elt),
                Expr::Await(x) => kids.push(&x.value),
                Expr::Yield(x) => kids.extend(x.value.as_deref()),
                Expr::YieldFrom(x) => kids.push(&x.value),
                Expr::Compare(x) => {
                    kids.push(&x.left);
                    kids.extend(&x.comparators);
                }
                Expr::Call(x) => {
                    if let Some(err) = self.call_args(&x.args, &x.keywords) {
                        return Some(err);
                    }
                    kids.push(&x.func);
                    kids.extend(&x.args);
                    kids.extend(x.keywords.iter().map(|k| &k.value));
                }
                Expr::FormattedValue(x) => {
                    kids.push(&x.value);
                    kids.extend(x.format_spec.as_deref());
                }
                Expr::JoinedStr(x) => kids.extend(&x.values),
                Expr::Attribute(x) => kids.push(&x.value),
                Expr::Subscript(x) => kids.extend([&*x.value, &*x.slice]),
                Expr::Starred(x) => kids.push(&x.value),
                Expr::List(x) => kids.extend(&x.elts),
                Expr::Tuple(x) => kids.extend(&x.elts),
                Expr::Slice(x) => kids.extend(
                    [&x.lower, &x.upper, &x.step]
                        .into_iter()
                        .flatten()
                        .map(|b| &**b),
                ),
                Expr::Constant(_) | Expr::Name(_) => {}
            }
            if let Some(comps) = comps {
                for c in comps {
                    kids.push(&c.iter);
                    kids.extend(&c.ifs);
                }
            }
            // Visit in source order.
            kids.sort_by_key(|k| std::cmp::Reverse(k.range().start()));
            stack.extend(kids);
        }
        None
    }
}

fn check_ast(source: &str, body: &[ast::Stmt]) -> Option<CompileError> {
    let check = AstCheck {
        source,
        lines: super::LineIndex::new(source),
    };
    check.stmts(body)
}
