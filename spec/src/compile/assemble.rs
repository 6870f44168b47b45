//! From emitted instructions to a code object: inline-cache layout, label
//! resolution, the stack-depth analysis (driven by the instruction table) and
//! the exception table.

use super::CompileError;
use crate::code::{ExceptionEntry, Instr, Location};
use crate::instructions::Opcode;

pub type Label = usize;

#[derive(Debug, Clone)]
pub struct Pending {
    pub op: Opcode,
    pub arg: u32,
    /// For jumps: the label to resolve into `arg`.
    pub target: Option<Label>,
    pub loc: Location,
    /// The innermost active exception handler.
    pub handler: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct Handler {
    pub label: Label,
    /// Index of the first instruction emitted after the handler was set up;
    /// the stack depth there is the depth the handler unwinds to...
    pub setup_at: usize,
    /// ...adjusted by this much (a `with` handler excludes the value
    /// `__enter__` returned, already pushed at its setup point).
    pub depth_adjust: i32,
}

pub struct Assembled {
    pub code: Vec<Instr>,
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
}

/// Lay out the code. Returns an internal error if the emitted code is
/// inconsistent (a compiler bug, never a user error).
pub fn assemble(
    instrs: &[Pending],
    labels: &[Option<usize>],
    handlers: &[Handler],
) -> Result<Assembled, CompileError> {
    let n = instrs.len();
    let label_pos = |l: Label| -> usize { labels[l].unwrap_or(n) };

    // Stack depth analysis on the logical instructions.
    let mut depth: Vec<Option<u32>> = vec![None; n + 1];
    let mut handler_depth: Vec<Option<u32>> = vec![None; handlers.len()];
    let mut work: Vec<(usize, u32)> = vec![(0, 0)];
    let mut max_stack = 0u32;
    let internal = |msg: String| CompileError {
        kind: super::CompileErrorKind::SyntaxError,
        message: format!("internal compiler error: {msg}"),
        line: 0,
        offset: 0,
    };
    while let Some((start, d0)) = work.pop() {
        let mut i = start;
        let mut d = d0;
        loop {
            if i >= n {
                break;
            }
            match depth[i] {
                Some(known) => {
                    if known != d {
                        return Err(internal(format!(
                            "stack depth mismatch at {} ({:?}): {} vs {}",
                            i, instrs[i].op, known, d
                        )));
                    }
                    break;
                }
                None => depth[i] = Some(d),
            }
            let ins = &instrs[i];
            if let Some(h) = ins.handler {
                let hd = match handler_depth[h] {
                    Some(x) => x,
                    None => {
                        let setup = handlers[h].setup_at;
                        let at = if setup == i {
                            d
                        } else {
                            depth.get(setup).copied().flatten().unwrap_or(d)
                        };
                        let x = (at as i32 + handlers[h].depth_adjust).max(0) as u32;
                        handler_depth[h] = Some(x);
                        x
                    }
                };
                let target = label_pos(handlers[h].label);
                if depth[target].is_none() {
                    work.push((target, hd + 1));
                }
                max_stack = max_stack.max(hd + 1);
            }
            let pops = ins.op.pops(ins.arg);
            if pops > d {
                return Err(internal(format!("stack underflow at {} ({:?})", i, ins.op)));
            }
            if ins.op.is_jump() {
                let (jp, jpush) = ins.op.jump_effect(ins.arg);
                let jd = d - jp + jpush;
                max_stack = max_stack.max(jd);
                if let Some(t) = ins.target {
                    let tp = label_pos(t);
                    if depth[tp].is_none() {
                        work.push((tp, jd));
                    } else if depth[tp] != Some(jd) {
                        return Err(internal(format!(
                            "jump depth mismatch at {} ({:?}) -> {}: {:?} vs {}",
                            i, ins.op, tp, depth[tp], jd
                        )));
                    }
                }
            }
            if ins.op.is_terminator() {
                break;
            }
            d = d - pops + ins.op.pushes(ins.arg);
            max_stack = max_stack.max(d);
            i += 1;
        }
    }

    // Layout with cache slots.
    let mut offset = vec![0usize; n + 1];
    let mut pos = 0usize;
    for (i, ins) in instrs.iter().enumerate() {
        offset[i] = pos;
        pos += 1 + ins.op.cache_size();
    }
    offset[n] = pos;
    let mut code = Vec::with_capacity(pos);
    let mut locations = Vec::with_capacity(pos);
    for ins in instrs {
        let arg = match ins.target {
            Some(t) => offset[label_pos(t)] as u32,
            None => ins.arg,
        };
        code.push(Instr { op: ins.op, arg });
        locations.push(ins.loc);
        for _ in 0..ins.op.cache_size() {
            code.push(Instr {
                op: Opcode::CACHE,
                arg: 0,
            });
            locations.push(ins.loc);
        }
    }

    // Exception table: maximal runs of instructions with the same handler.
    let mut table = Vec::new();
    let mut i = 0;
    while i < n {
        match instrs[i].handler {
            None => i += 1,
            Some(h) => {
                let start = i;
                while i < n && instrs[i].handler == Some(h) {
                    i += 1;
                }
                let d = handler_depth[h].unwrap_or(0);
                table.push(ExceptionEntry {
                    start: offset[start] as u32,
                    end: offset[i] as u32,
                    target: offset[label_pos(handlers[h].label)] as u32,
                    depth: d,
                });
            }
        }
    }
    Ok(Assembled {
        code,
        locations,
        exception_table: table,
        max_stack,
    })
}
