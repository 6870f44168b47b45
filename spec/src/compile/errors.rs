//! Compile-time errors, reported with CPython's exception types and messages.

use super::Location0;
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::{ParseError, ParseErrorType};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// CPython raises RecursionError for ASTs nested too deeply to compile.
    RecursionError,
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
        CompileError { kind: CompileErrorKind::SyntaxError, message: msg.into(), line: at.line, offset: at.col + 1 }
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
        }
    }
}

/// Decode a source file: UTF-8 (a BOM is skipped). CPython reports invalid
/// bytes as a SyntaxError naming the first bad byte.
pub fn decode_source(bytes: &[u8]) -> Result<String, CompileError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let pos = e.valid_up_to();
            let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            Err(CompileError {
                kind: CompileErrorKind::SyntaxError,
                message: format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {{file}} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[pos], line
                ),
                line,
                offset: 0,
            })
        }
    }
}

/// Checks CPython's tokenizer makes before parsing, which the parser we use
/// does not make (and which keep deep inputs away from recursive code).
pub fn precheck(source: &str) -> Result<(), CompileError> {
    if let Some(pos) = source.find('\0') {
        let line = source[..pos].matches('\n').count() as u32 + 1;
        return Err(CompileError {
            kind: CompileErrorKind::SyntaxError,
            message: "source code cannot contain null bytes".into(),
            line,
            offset: 0,
        });
    }
    // Bracket nesting, as the tokenizer counts it (strings and comments skipped).
    let mut depth = 0usize;
    let mut line = 1u32;
    let mut col = 0u32;
    let mut chars = source.chars().peekable();
    let mut quote: Option<(char, bool)> = None;
    while let Some(c) = chars.next() {
        col += 1;
        if c == '\n' {
            line += 1;
            col = 0;
        }
        if let Some((q, triple)) = quote {
            if c == '\\' {
                if chars.next() == Some('\n') {
                    line += 1;
                    col = 0;
                }
                continue;
            }
            if c == q {
                if triple {
                    let mut rest = chars.clone();
                    if rest.next() == Some(q) && rest.next() == Some(q) {
                        chars.next();
                        chars.next();
                        quote = None;
                    }
                } else {
                    quote = None;
                }
            } else if c == '\n' && !triple {
                quote = None;
            }
            continue;
        }
        match c {
            '#' => {
                for d in chars.by_ref() {
                    if d == '\n' {
                        line += 1;
                        col = 0;
                        break;
                    }
                }
            }
            '\'' | '"' => {
                let mut rest = chars.clone();
                let triple = rest.next() == Some(c) && rest.next() == Some(c);
                if triple {
                    chars.next();
                    chars.next();
                }
                quote = Some((c, triple));
            }
            '(' | '[' | '{' => {
                depth += 1;
                if depth >= 200 {
                    return Err(CompileError {
                        kind: CompileErrorKind::SyntaxError,
                        message: "too many nested parentheses".into(),
                        line,
                        offset: col,
                    });
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Map a parser error to CPython's exception and message as closely as the
/// parser's information allows.
pub fn from_parse_error(source: &str, e: ParseError) -> CompileError {
    let lines = super::LineIndex::new(source);
    let at = lines.at(e.offset);
    let mk = |kind, msg: String| CompileError { kind, message: msg, line: at.line, offset: at.col + 1 };
    match e.error {
        ParseErrorType::Lexical(lex) => match lex {
            LexicalErrorType::IndentationError => {
                mk(CompileErrorKind::IndentationError, "unindent does not match any outer indentation level".into())
            }
            LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces => {
                mk(CompileErrorKind::TabError, "inconsistent use of tabs and spaces in indentation".into())
            }
            LexicalErrorType::StringError | LexicalErrorType::Eof => {
                let line_text = source.lines().nth(at.line.saturating_sub(1) as usize).unwrap_or("");
                if line_text.contains("\"\"\"") || line_text.contains("'''") {
                    mk(
                        CompileErrorKind::SyntaxError,
                        format!("unterminated triple-quoted string literal (detected at line {})", source.lines().count().max(1)),
                    )
                } else {
                    mk(CompileErrorKind::SyntaxError, format!("unterminated string literal (detected at line {})", at.line))
                }
            }
            LexicalErrorType::UnicodeError => mk(CompileErrorKind::SyntaxError, "(unicode error) malformed escape".into()),
            LexicalErrorType::NestingError => mk(CompileErrorKind::SyntaxError, "unmatched ')'".into()),
            LexicalErrorType::DefaultArgumentError => {
                mk(CompileErrorKind::SyntaxError, "non-default argument follows default argument".into())
            }
            LexicalErrorType::DuplicateArgumentError(name) => {
                mk(CompileErrorKind::SyntaxError, format!("duplicate argument '{name}' in function definition"))
            }
            LexicalErrorType::PositionalArgumentError => {
                mk(CompileErrorKind::SyntaxError, "positional argument follows keyword argument".into())
            }
            LexicalErrorType::UnpackedArgumentError => mk(
                CompileErrorKind::SyntaxError,
                "iterable argument unpacking follows keyword argument unpacking".into(),
            ),
            LexicalErrorType::DuplicateKeywordArgumentError(name) => {
                mk(CompileErrorKind::SyntaxError, format!("keyword argument repeated: {name}"))
            }
            LexicalErrorType::UnrecognizedToken { tok } => {
                if tok == '$' || tok == '?' || tok == '!' || tok == '`' {
                    mk(CompileErrorKind::SyntaxError, "invalid syntax".into())
                } else if (tok as u32) < 128 {
                    mk(CompileErrorKind::SyntaxError, "invalid syntax".into())
                } else {
                    mk(CompileErrorKind::SyntaxError, format!("invalid character '{}' (U+{:04X})", tok, tok as u32))
                }
            }
            LexicalErrorType::LineContinuationError => {
                mk(CompileErrorKind::SyntaxError, "unexpected character after line continuation character".into())
            }
            LexicalErrorType::FStringError(fe) => mk(CompileErrorKind::SyntaxError, format!("f-string: {fe}")),
            LexicalErrorType::OtherError(msg) => mk(CompileErrorKind::SyntaxError, msg),
        },
        ParseErrorType::Eof => {
            // Unclosed brackets are the usual cause.
            match unclosed_bracket(source) {
                Some((c, l, col)) => CompileError {
                    kind: CompileErrorKind::SyntaxError,
                    message: format!("'{c}' was never closed"),
                    line: l,
                    offset: col,
                },
                None => mk(CompileErrorKind::SyntaxError, "unexpected EOF while parsing".into()),
            }
        }
        ParseErrorType::UnrecognizedToken(tok, _) => {
            use rustpython_parser::Tok;
            match tok {
                Tok::Indent => mk(CompileErrorKind::IndentationError, "unexpected indent".into()),
                Tok::Dedent => mk(CompileErrorKind::IndentationError, "unexpected unindent".into()),
                _ => {
                    // "expected an indented block" after a colon at end of line.
                    let prev_line = source.lines().nth(at.line.saturating_sub(2) as usize).unwrap_or("");
                    if matches!(tok, Tok::Newline) && prev_line.trim_end().ends_with(':') {
                        mk(CompileErrorKind::IndentationError, "expected an indented block".into())
                    } else {
                        mk(CompileErrorKind::SyntaxError, "invalid syntax".into())
                    }
                }
            }
        }
        ParseErrorType::ExtraToken(_) | ParseErrorType::InvalidToken => {
            mk(CompileErrorKind::SyntaxError, "invalid syntax".into())
        }
    }
}

/// The first bracket that is never closed: (char, line, 1-based column).
fn unclosed_bracket(source: &str) -> Option<(char, u32, u32)> {
    let mut stack: Vec<(char, u32, u32)> = Vec::new();
    let (mut line, mut col) = (1u32, 0u32);
    let mut chars = source.chars();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        col += 1;
        if c == '\n' {
            line += 1;
            col = 0;
        }
        if let Some(q) = quote {
            if c == '\\' {
                chars.next();
                col += 1;
            } else if c == q || c == '\n' {
                quote = None;
            }
            continue;
        }
        match c {
            '#' => {
                for d in chars.by_ref() {
                    if d == '\n' {
                        line += 1;
                        col = 0;
                        break;
                    }
                }
            }
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => stack.push((c, line, col)),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.first().copied()
}
