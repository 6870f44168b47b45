//! `str.format`: replacement fields, conversions and nested format specs.

use super::*;
use crate::eval::Vm;

pub fn str_format(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let fmt = match args.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => {
            return Err(type_error(
                "descriptor 'format' for 'str' objects needs a str",
            ))
        }
    };
    let mut state = FormatState {
        positional: &args[1..],
        kw,
        auto: Auto::Unset,
    };
    let out = render(vm, &fmt, &mut state, 2)?;
    Ok(Value::string(out))
}

#[derive(PartialEq)]
enum Auto {
    Unset,
    Next(usize),
    Manual,
}

struct FormatState<'a> {
    positional: &'a [Value],
    kw: KwArgs<'a>,
    auto: Auto,
}

fn render(vm: &mut Vm, fmt: &str, st: &mut FormatState, depth: u32) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing nested {} in the spec.
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(value_error(if i + 1 == chars.len() {
                    "Single '{' encountered in format string"
                } else {
                    "expected '}' before end of string"
                }));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&replacement(vm, &field, st, depth)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn replacement(vm: &mut Vm, field: &str, st: &mut FormatState, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    // field_name [! conversion] [: format_spec]
    let mut name_end = field.len();
    let mut bracket = false;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => bracket = true,
            ']' => bracket = false,
            '!' | ':' if !bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        let conv = it.next();
        let after: String = it.collect();
        if !after.is_empty() && !after.starts_with(':') {
            return Err(value_error("expected ':' after conversion specifier"));
        }
        (conv, after.strip_prefix(':').unwrap_or("").to_string())
    } else if let Some(r) = rest.strip_prefix(':') {
        (None, r.to_string())
    } else {
        (None, String::new())
    };
    let value = lookup_field(vm, name, st)?;
    let value = match conv {
        None => value,
        Some('r') => Value::string(ops::repr(vm, &value)?),
        Some('s') => Value::string(ops::str_(vm, &value)?),
        Some('a') => Value::string(ops::ascii(vm, &value)?),
        Some(c) => return Err(value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = if spec.contains('{') {
        render(vm, &spec, st, depth - 1)?
    } else {
        spec
    };
    ops::format(vm, &value, &spec)
}

fn lookup_field(vm: &mut Vm, name: &str, st: &mut FormatState) -> PyResult<Value> {
    // Split into the first part and the .attr / [key] chain.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        let idx =
            match st.auto {
                Auto::Manual => return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                Auto::Unset => 0,
                Auto::Next(n) => n,
            };
        st.auto = Auto::Next(idx + 1);
        positional(st, idx)?
    } else if let Ok(idx) = first.parse::<usize>() {
        if let Auto::Next(_) = st.auto {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        st.auto = Auto::Manual;
        positional(st, idx)?
    } else {
        match st
            .kw
            .iter()
            .find(|(k, _)| matches!(k, Value::Str(s) if s.as_str() == first))
        {
            Some((_, v)) => v.clone(),
            None => return Err(key_error(Value::str(first))),
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            value = ops::getattr(vm, &value, &intern(attr))?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => Value::str(key),
            };
            value = ops::getitem(vm, &value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(value)
}

fn positional(st: &FormatState, idx: usize) -> PyResult<Value> {
    st.positional.get(idx).cloned().ok_or_else(|| {
        index_error(format!(
            "Replacement index {idx} out of range for positional args tuple"
        ))
    })
}
