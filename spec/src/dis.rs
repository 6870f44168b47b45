//! The disassembler, driven by the instruction table.

use crate::code::CodeObject;
use crate::instructions::flags;
use crate::runtime::{ops, Value};

/// Disassemble `code` and every code object nested in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, false, &mut out);
    out
}

/// Disassemble the interpreter's quickened copy (specialized forms and
/// superinstructions as they are now), like CPython's `dis(adaptive=True)`.
pub fn disassemble_adaptive(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, true, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, adaptive: bool, out: &mut String) {
    let instrs: Vec<crate::code::Instr> = if adaptive {
        code.adaptive.instrs.iter().map(|c| c.get()).collect()
    } else {
        code.code.clone()
    };
    out.push_str(&format!(
        "Disassembly of <code object {}, file \"{}\", line {}>:\n",
        code.qualname, code.filename, code.firstlineno
    ));
    let targets: Vec<u32> = instrs
        .iter()
        .filter(|i| i.op.is_jump())
        .map(|i| i.arg)
        .collect();
    let mut last_line = 0;
    for (ip, ins) in instrs.iter().enumerate() {
        let info = ins.op.info();
        if info.flags & flags::PSEUDO != 0 {
            continue;
        }
        let line = code.location(ip).line;
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let marker = if targets.contains(&(ip as u32)) {
            ">>"
        } else {
            "  "
        };
        let arg = if ins.op.has_arg() {
            format!("{:<5}", ins.arg)
        } else {
            "     ".to_string()
        };
        out.push_str(&format!(
            "{line_col} {marker} {ip:>5} {:<24} {arg} {}\n",
            info.name,
            describe_arg(code, ins.op, ins.arg)
        ));
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            out.push_str(&format!(
                "  {} to {} -> {} [{}]\n",
                e.start, e.end, e.target, e.depth
            ));
        }
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, adaptive, out);
        }
    }
}

fn describe_arg(code: &CodeObject, op: crate::instructions::Opcode, arg: u32) -> String {
    use crate::instructions::Opcode::*;
    // A specialized form's oparg means what its head's does.
    let op = op.family();
    let f = op.info().flags;
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map(|n| n.as_str().to_string())
            .unwrap_or_default()
    };
    if f & flags::CONST != 0 {
        return match code.consts.get(arg as usize) {
            Some(Value::Code(c)) => format!("(<code object {}>)", c.name),
            Some(v) => format!("({})", ops::repr_plain(v).unwrap_or_else(|| "?".into())),
            None => String::new(),
        };
    }
    if f & (flags::LOCAL | flags::FREE) != 0 {
        return format!(
            "({})",
            code.localsplus
                .get(arg as usize)
                .map(|n| n.as_str())
                .unwrap_or("?")
        );
    }
    if f & flags::JUMP != 0 {
        return format!("(to {arg})");
    }
    match op {
        LOAD_GLOBAL => format!(
            "({}{})",
            if arg & 1 != 0 { "NULL + " } else { "" },
            name(arg >> 1)
        ),
        LOAD_ATTR => format!(
            "({}{})",
            name(arg >> 1),
            if arg & 1 != 0 { " + NULL|self" } else { "" }
        ),
        LOAD_SUPER_ATTR => format!(
            "({}{})",
            name(arg >> 2),
            if arg & 1 != 0 { " + NULL|self" } else { "" }
        ),
        BINARY_OP => match crate::instructions::BinOp::from_oparg(arg) {
            Some((b, inplace)) => format!("({}{})", b.symbol(), if inplace { "=" } else { "" }),
            None => String::new(),
        },
        COMPARE_OP => crate::instructions::CmpOp::from_oparg(arg)
            .map(|c| format!("({})", c.symbol()))
            .unwrap_or_default(),
        _ if f & flags::NAME != 0 => format!("({})", name(arg)),
        _ => String::new(),
    }
}
