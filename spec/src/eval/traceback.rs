//! Tracebacks, recorded as exceptions propagate and printed in CPython 3.11's
//! format (including chained exceptions).

use super::Vm;
use crate::code::CodeObject;
use crate::runtime::*;
use std::rc::Rc;

/// Record that `err` passed through `code` at instruction `instr`.
pub fn add_entry(err: &PyErr, code: &Rc<CodeObject>, instr: usize) {
    if let Some(state) = &err.exc.exc {
        state.borrow_mut().traceback.push(TracebackEntry {
            code: code.clone(),
            instr,
        });
    }
}

/// The text CPython prints for an uncaught exception (to stderr).
pub fn format_exception(vm: &mut Vm, err: &PyErr) -> String {
    let mut out = String::new();
    let mut seen: Vec<usize> = Vec::new();
    format_chain(vm, err, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, err: &PyErr, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(err.value().identity());
    let (cause, context, suppress) = match &err.exc.exc {
        Some(s) => {
            let s = s.borrow();
            (s.cause.clone(), s.context.clone(), s.suppress_context)
        }
        None => (None, None, false),
    };
    if let Some(c) = cause.as_ref().and_then(PyErr::from_value) {
        if !seen.contains(&c.value().identity()) {
            format_chain(vm, &c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if !suppress {
        if let Some(c) = context.as_ref().and_then(PyErr::from_value) {
            if !seen.contains(&c.value().identity()) {
                format_chain(vm, &c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
    }
    format_single(vm, err, out);
}

fn format_single(vm: &mut Vm, err: &PyErr, out: &mut String) {
    let entries: Vec<TracebackEntry> = match &err.exc.exc {
        Some(s) => s.borrow().traceback.clone(),
        None => Vec::new(),
    };
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        // CPython prints at most sys.tracebacklimit (default 1000) of the
        // innermost entries, and collapses a run of identical entries
        // (same file, line and function) after the third.
        let skip = entries.len().saturating_sub(TRACEBACK_LIMIT);
        let mut previous = None;
        let mut repeats = 0usize;
        for e in entries.iter().rev().skip(skip) {
            let loc = e.code.location(e.instr);
            let here = (&*e.code.filename, loc.line, e.code.name.as_str());
            if previous == Some(here) {
                repeats += 1;
            } else {
                push_repeats(out, repeats);
                previous = Some(here);
                repeats = 1;
            }
            if repeats > RECURSIVE_CUTOFF {
                continue;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                e.code.filename, loc.line, e.code.name
            ));
            // Like CPython's linecache, a pseudo-file such as `<string>`
            // (from -c, exec or compile) has no source lines to show.
            let pseudo_file = e.code.filename.starts_with('<') && e.code.filename.ends_with('>');
            if let Some(line) = e.code.source.line(loc.line).filter(|_| !pseudo_file) {
                let trimmed = line.trim();
                if !trimmed.is_empty() {
                    out.push_str(&format!("    {}\n", trimmed));
                }
            }
        }
        push_repeats(out, repeats);
    }
    out.push_str(&exception_line(vm, err));
    out.push('\n');
}

/// CPython's default `sys.tracebacklimit`.
const TRACEBACK_LIMIT: usize = 1000;
/// Identical consecutive entries printed before the rest are summarised.
const RECURSIVE_CUTOFF: usize = 3;

fn push_repeats(out: &mut String, repeats: usize) {
    if repeats > RECURSIVE_CUTOFF {
        let more = repeats - RECURSIVE_CUTOFF;
        let plural = if more > 1 { "s" } else { "" };
        out.push_str(&format!(
            "  [Previous line repeated {more} more time{plural}]\n"
        ));
    }
}

/// `Type: message` (or just `Type` when the message is empty).
pub fn exception_line(vm: &mut Vm, err: &PyErr) -> String {
    let cls = err.class();
    let name = if cls.module.as_str() == "builtins" || cls.module.as_str() == "__main__" {
        cls.qualname.borrow().as_str().to_string()
    } else {
        format!("{}.{}", cls.module.as_str(), cls.qualname.borrow().as_str())
    };
    let msg = exception_message(vm, err);
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// `str(exc)`, falling back to CPython's placeholder when str() itself fails.
pub fn exception_message(vm: &mut Vm, err: &PyErr) -> String {
    match crate::runtime::ops::str_(vm, &err.value()) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    }
}
