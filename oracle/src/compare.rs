//! Deciding whether two outcomes agree, and showing how they differ.

use crate::Outcome;
use similar::TextDiff;
use std::fmt::Write;

/// How much of an outcome must agree.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Level {
    /// stdout, the uncaught exception's type name and message, the exit code:
    /// what every correct implementation must reproduce.
    #[default]
    Outcome,
    /// Additionally the traceback text, line numbers and `^^^` markers
    /// included: stricter, because it pins down source positions.
    Traceback,
}

/// The verdict of [`compare`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// True when the outcomes agree at the requested level.
    pub agree: bool,
    /// A unified diff (`cpython` -> `quicken`) of the [`render`]ings; empty
    /// when they agree.
    pub diff: String,
}

/// Compares CPython's outcome (`expected`) with another implementation's.
pub fn compare(expected: &Outcome, actual: &Outcome, level: Level) -> Comparison {
    let mut agree = expected.stdout == actual.stdout
        && expected.exit_code == actual.exit_code
        && exception(expected) == exception(actual);
    if level == Level::Traceback {
        agree &= traceback(expected) == traceback(actual);
    }
    let diff = if agree {
        String::new()
    } else {
        let (old, new) = (render(expected, level), render(actual, level));
        TextDiff::from_lines(&old, &new)
            .unified_diff()
            .header("cpython", "quicken")
            .to_string()
    };
    Comparison { agree, diff }
}

fn exception(o: &Outcome) -> Option<(&str, &str)> {
    o.exception
        .as_ref()
        .map(|e| (e.type_name.as_str(), e.message.as_str()))
}

fn traceback(o: &Outcome) -> Option<&str> {
    o.exception.as_ref().map(|e| e.traceback.as_str())
}

/// A line-oriented text of everything [`compare`] looks at, at `level`, so a
/// line diff of two renderings shows exactly what disagrees.
pub fn render(outcome: &Outcome, level: Level) -> String {
    let mut out = String::from("--- stdout ---\n");
    push_text(&mut out, &outcome.stdout);
    out.push_str("--- exception ---\n");
    match &outcome.exception {
        None => out.push_str("(none)\n"),
        Some(e) if e.message.is_empty() => {
            let _ = writeln!(out, "{}", e.type_name);
        }
        Some(e) => {
            let _ = writeln!(out, "{}: {}", e.type_name, e.message);
        }
    }
    let _ = writeln!(out, "--- exit code ---\n{}", outcome.exit_code);
    if level == Level::Traceback {
        out.push_str("--- traceback ---\n");
        match &outcome.exception {
            None => out.push_str("(none)\n"),
            Some(e) => push_text(&mut out, &e.traceback),
        }
    }
    out
}

/// Appends `text` so that the next section starts on its own line, marking a
/// missing final newline (it is a difference worth seeing).
fn push_text(out: &mut String, text: &str) {
    out.push_str(text);
    if !text.is_empty() && !text.ends_with('\n') {
        out.push_str("\n\\ no newline at end\n");
    }
}
