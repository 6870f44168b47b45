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
        for e in entries.iter().rev() {
            let loc = e.code.location(e.instr);
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                e.code.filename, loc.line, e.code.name
            ));
            if let Some(line) = e.code.source.line(loc.line) {
                let trimmed = line.trim();
                if !trimmed.is_empty() {
                    out.push_str(&format!("    {}\n", trimmed));
                }
            }
        }
    }
    out.push_str(&exception_line(vm, err));
    out.push('\n');
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
