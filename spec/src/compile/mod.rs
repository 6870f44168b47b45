//! The compiler: source text to code objects.
//!
//! rustpython-parser produces the AST; `symtable` decides the scope of every
//! name; `codegen` emits instructions with symbolic labels and exception
//! handlers; `assemble` lays out inline caches, resolves labels, computes
//! stack depths from the instruction table and builds the exception table.

mod assemble;
mod codegen;
mod errors;
pub mod symtable;

use crate::code::{CodeObject, SourceFile};
pub use errors::{CompileError, CompileErrorKind};
use rustpython_parser::ast::text_size::{TextRange, TextSize};
use std::rc::Rc;

/// The deepest AST nesting the compiler accepts before reporting CPython's
/// "maximum recursion depth exceeded during compilation".
pub const MAX_NESTING: usize = 2900;

/// A 1-based line and 0-based byte column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Location0 {
    pub line: u32,
    pub col: u32,
}

/// Offsets to lines and columns.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    pub fn at(&self, offset: TextSize) -> Location0 {
        let off = u32::from(offset);
        let line = match self.starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        Location0 {
            line: line as u32 + 1,
            col: off - self.starts[line],
        }
    }

    pub fn location(&self, range: TextRange) -> Location0 {
        self.at(range.start())
    }

    pub fn span(&self, range: TextRange) -> crate::code::Location {
        let a = self.at(range.start());
        let b = self.at(range.end());
        crate::code::Location {
            line: a.line,
            end_line: b.line,
            col: a.col,
            end_col: b.col,
        }
    }
}

/// Compile a module's source text.
pub fn compile(source: &str, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    // CPython's tokenizer sees `\r\n` and `\r` as `\n`.
    let source = errors::normalize_newlines(source);
    let file = Rc::new(SourceFile {
        filename: filename.to_string(),
        text: source.to_string(),
    });
    // Parse errors come out with CPython's type, message and line.
    let body = errors::parse_module(&source, filename)?;
    let result = compile_module(&body, file);
    // Deep ASTs are dropped on this (large) stack by the caller's thread.
    drop(body);
    result
}

/// Compile for `eval()`: a single expression whose value the code returns.
pub fn compile_eval(source: &str, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    // eval() strips leading and trailing spaces and tabs.
    let source = errors::normalize_newlines(source.trim_matches(|c| c == ' ' || c == '\t'));
    let file = Rc::new(SourceFile {
        filename: filename.to_string(),
        text: source.to_string(),
    });
    let body = errors::parse_module(&source, filename)?;
    let is_expression = matches!(body.as_slice(), [rustpython_parser::ast::Stmt::Expr(_)]);
    if !is_expression {
        return Err(CompileError::syntax(
            "invalid syntax",
            Location0 { line: 1, col: 0 },
        ));
    }
    let lines = LineIndex::new(&file.text);
    let table = symtable::SymbolTable::build(&body, &lines)?;
    let result = codegen::compile_expression(&body, &table, &lines, file);
    drop(body);
    result
}

/// Compile source bytes as a file: decode as CPython does (UTF-8, with its
/// error for invalid bytes) first.
pub fn compile_bytes(source: &[u8], filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    let text = errors::decode_source(source)?;
    compile(&text, filename)
}

fn compile_module(
    body: &[rustpython_parser::ast::Stmt],
    file: Rc<SourceFile>,
) -> Result<Rc<CodeObject>, CompileError> {
    let lines = LineIndex::new(&file.text);
    let table = symtable::SymbolTable::build(body, &lines)?;
    codegen::compile_module(body, &table, &lines, file)
}
