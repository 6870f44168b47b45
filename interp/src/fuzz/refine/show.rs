//! Structural descriptions of values that do not depend on addresses, so
//! that two copies of the same operand describe alike.

use quicken_spec::runtime::object::IterState;
use quicken_spec::runtime::*;

/// A structural description of a value that does not depend on addresses,
/// so that two copies of the same operand describe alike.
pub fn show(v: &Value) -> String {
    let mut out = String::new();
    show_into(&mut out, v, 0);
    crate::fuzz::mask_addresses(&out)
}

pub fn show_err(e: &PyErr) -> String {
    format!("{}{}", e.type_name(), show(&Value::Tuple(e.args())))
}

fn show_seq(out: &mut String, open: &str, items: &[Value], close: &str, depth: usize) {
    out.push_str(open);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        show_into(out, x, depth + 1);
    }
    out.push_str(close);
}

fn show_into(out: &mut String, v: &Value, depth: usize) {
    if depth > 8 {
        out.push_str("...");
        return;
    }
    match v {
        Value::Null => out.push_str("NULL"),
        Value::Tuple(t) => show_seq(out, "(", &t.items, ")", depth),
        Value::List(l) => {
            let items = l.items.borrow().clone();
            show_seq(out, "[", &items, "]", depth)
        }
        Value::Dict(d) => show_dict(out, d, depth),
        Value::Set(st) | Value::FrozenSet(st) => {
            let mut items: Vec<String> = set::elements(st).iter().map(show).collect();
            items.sort();
            let kind = if matches!(v, Value::Set(_)) {
                "set"
            } else {
                "frozenset"
            };
            out.push_str(&format!("{kind}{{{}}}", items.join(", ")));
        }
        Value::Instance(i) => {
            out.push_str(&format!("<{}", i.class().qualname.borrow().as_str()));
            if let Some(base) = &i.base {
                out.push_str(" base=");
                show_into(out, base, depth + 1);
            }
            if let Some(d) = &*i.dict.borrow() {
                out.push_str(" dict=");
                show_dict(out, d, depth);
            }
            let slots = i.slots.borrow().clone();
            if !slots.is_empty() {
                out.push_str(" slots=[");
                for (k, x) in slots.iter().enumerate() {
                    if k > 0 {
                        out.push_str(", ");
                    }
                    match x {
                        Some(x) => show_into(out, x, depth + 1),
                        None => out.push('-'),
                    }
                }
                out.push(']');
            }
            if let Some(exc) = &i.exc {
                if let Some(args) = &exc.borrow().args {
                    out.push_str(" args=");
                    show_seq(out, "(", &args.items, ")", depth);
                }
            }
            out.push('>');
        }
        Value::Function(f) => out.push_str(&format!("<function {}>", f.qualname.borrow().as_str())),
        Value::Builtin(b) => match &b.owner {
            Some(t) => out.push_str(&format!("<method {}.{}>", t.name(), b.name)),
            None => out.push_str(&format!("<builtin {}>", b.name)),
        },
        Value::BoundMethod(m) => {
            out.push_str("<bound ");
            show_into(out, &m.func, depth + 1);
            out.push_str(" of ");
            show_into(out, &m.receiver, depth + 1);
            out.push('>');
        }
        Value::Iter(it) => {
            out.push_str(&format!("<{} ", it.type_name));
            match &*it.state.borrow() {
                IterState::List { list, index } => {
                    out.push_str(&format!("@{index} "));
                    show_into(out, &Value::List(list.clone()), depth + 1);
                }
                IterState::Tuple { tuple, index } => {
                    out.push_str(&format!("@{index} "));
                    show_into(out, &Value::Tuple(tuple.clone()), depth + 1);
                }
                IterState::Range {
                    next,
                    step,
                    remaining,
                } => out.push_str(&format!("next={next} step={step} remaining={remaining}")),
                IterState::Str { s, byte_pos } => {
                    out.push_str(&format!("@{byte_pos} {:?}", s.as_str()))
                }
                IterState::Exhausted => out.push_str("exhausted"),
                _ => out.push('?'),
            }
            out.push('>');
        }
        Value::Generator(g) => {
            let pos = g
                .frame
                .borrow()
                .as_ref()
                .map(|f| format!(" lasti={} depth={}", f.lasti, f.stack.len()))
                .unwrap_or_default();
            out.push_str(&format!(
                "<generator {} {:?}{pos}>",
                g.qualname.as_str(),
                g.state.get()
            ));
        }
        Value::Module(m) => out.push_str(&format!("<module {}>", m.name.as_str())),
        Value::Code(c) => out.push_str(&format!("<code {}>", c.name)),
        Value::Cell(c) => {
            out.push_str("<cell ");
            match &*c.value.borrow() {
                Some(x) => show_into(out, x, depth + 1),
                None => out.push('-'),
            }
            out.push('>');
        }
        other => match ops::repr_plain(other) {
            Some(r) => out.push_str(&r),
            None => out.push_str(&format!("<{}>", type_name(other).as_str())),
        },
    }
}

fn show_dict(out: &mut String, d: &Dict, depth: usize) {
    out.push('{');
    for (i, (k, x)) in d.items().iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        show_into(out, k, depth + 1);
        out.push_str(": ");
        show_into(out, x, depth + 1);
    }
    out.push('}');
}
