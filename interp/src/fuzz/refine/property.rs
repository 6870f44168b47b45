//! One execution of the instruction under test, and what it did: sites,
//! frames, outcomes and the snapshot a failed guard must leave untouched.

use super::show::{show, show_err};
use super::world::{Ops, World, L};
use quicken_spec::code::CodeObject;
use quicken_spec::eval::instructions::{self as generic, Step};
use quicken_spec::eval::{Flow, Frame};
use quicken_spec::instructions::Opcode;
use quicken_spec::runtime::*;
use std::rc::Rc;

/// The instruction under test: the first `head` in a site's function.
pub(crate) struct Site {
    pub code: Rc<CodeObject>,
    pub ip: usize,
    pub head: Opcode,
    pub arg: u32,
}

/// The function `site` of a compiled site module, and the position of its
/// first `head`.
pub(crate) fn locate(module: &CodeObject, head: Opcode) -> Result<(Rc<CodeObject>, usize), String> {
    let code = module
        .consts
        .iter()
        .find_map(|c| match c {
            Value::Code(code) if code.name == "site" => Some(code.clone()),
            _ => None,
        })
        .ok_or("no function `site` in the site's source")?;
    let ip = code
        .code
        .iter()
        .position(|i| i.op == head)
        .ok_or_else(|| format!("no {} in the site's function", head.name()))?;
    Ok((code, ip))
}

impl Site {
    /// The site at `ip` of `code`, quickened afresh: no specialization and
    /// zeroed caches.
    pub fn fresh(code: &Rc<CodeObject>, ip: usize, head: Opcode) -> Site {
        for (cell, ins) in code.adaptive.instrs.iter().zip(code.code.iter()) {
            cell.set(*ins);
        }
        for o in code.adaptive.objects.iter() {
            drop(o.replace(Value::Null));
        }
        Site {
            code: code.clone(),
            ip,
            head,
            arg: code.code[ip].arg,
        }
    }
}

/// An operand as it was, or a handle to it to describe after the run.
enum Kept {
    Live(Value),
    Shown(String),
}

pub(crate) struct Built {
    pub frame: Box<Frame>,
    kept: Vec<Kept>,
}

/// A frame positioned as the main loop leaves it before executing the
/// instruction at `site.ip`, with the operands on its stack.
pub(crate) fn make_frame(w: &mut World, site: &Site, ops: &Ops) -> Result<Built, String> {
    let vals = ops
        .stack
        .iter()
        .map(|v| w.build(v))
        .collect::<Result<Vec<Value>, String>>()?;
    let locals = ops
        .locals
        .iter()
        .map(|l| match l {
            L::Unbound => Ok(None),
            L::Stack(i) => vals
                .get(*i)
                .cloned()
                .map(Some)
                .ok_or_else(|| format!("local bound to missing stack operand {i}")),
            L::Val(v) => w.build(v).map(Some),
        })
        .collect::<Result<Vec<Option<Value>>, String>>()?;
    // Immutable values are described now, so that no extra reference keeps
    // a str from being uniquely owned (BINARY_OP_INPLACE_ADD_UNICODE).
    let kept = vals
        .iter()
        .map(|v| match v {
            Value::Str(_) | Value::BigInt(_) => Kept::Shown(show(v)),
            other => Kept::Live(other.clone()),
        })
        .collect();
    let mut frame =
        w.vm.new_frame(site.code.clone(), w.globals.clone(), None, None);
    for (slot, v) in frame.fast.iter_mut().zip(locals) {
        *slot = v;
    }
    frame.stack.extend(vals);
    frame.lasti = site.ip;
    frame.ip = site.ip + 1 + site.head.cache_size();
    Ok(Built { frame, kept })
}

fn describe_kept(kept: &[Kept]) -> Vec<String> {
    kept.iter()
        .map(|k| match k {
            Kept::Live(v) => show(v),
            Kept::Shown(s) => s.clone(),
        })
        .collect()
}

/// What one execution of the instruction did, as observable afterwards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Outcome {
    /// "Next", "Call", "Err", ...
    pub flow: &'static str,
    /// The entered frame (code name and fast locals), for Flow::Call.
    pub callee: Option<String>,
    pub result: Result<(), String>,
    pub stack: Vec<String>,
    pub ip: usize,
    pub locals: Vec<Option<String>>,
    pub yield_from_exit: Option<u32>,
    /// Every operand after the run (containers, instances, iterators).
    pub operands: Vec<String>,
    pub output: String,
}

fn describe_frame(f: &Frame) -> String {
    let fast: Vec<Option<String>> = f.fast.iter().map(|v| v.as_ref().map(show)).collect();
    format!("{} {:?}", f.code.name, fast)
}

/// Finish one execution as the main loop would: a pushed frame runs to
/// completion and its result lands on the caller's stack. For BINARY_OP,
/// a following STORE_FAST runs too, since BINARY_OP_INPLACE_ADD_UNICODE
/// drops the local that this store rebinds.
pub(crate) fn complete(w: &mut World, site: &Site, step: Step, b: &mut Built) -> Outcome {
    let frame = &mut b.frame;
    let (flow, callee, result) = match step {
        Ok(Flow::Next) => ("Next", None, Ok(())),
        Ok(Flow::Call(callee)) => {
            let desc = describe_frame(&callee);
            match w.vm.run_frame(callee) {
                Ok(v) => {
                    frame.stack.push(v);
                    ("Call", Some(desc), Ok(()))
                }
                Err(e) => ("Call", Some(desc), Err(show_err(&e))),
            }
        }
        Ok(Flow::Return(v)) => ("Return", Some(show(&v)), Ok(())),
        Ok(Flow::Yield(v)) => ("Yield", Some(show(&v)), Ok(())),
        Err(e) => ("Err", None, Err(show_err(&e))),
    };
    let mut result = result;
    if result.is_ok() && site.head == Opcode::BINARY_OP {
        if let Some(&next) = frame.code.code.get(frame.ip) {
            if next.op == Opcode::STORE_FAST {
                frame.lasti = frame.ip;
                frame.ip += 1 + next.op.cache_size();
                if let Err(e) = generic::execute(&mut w.vm, frame, next.op, next.arg) {
                    result = Err(show_err(&e));
                }
            }
        }
    }
    let failed = result.is_err();
    Outcome {
        flow,
        callee,
        result,
        // After an error the handler truncates the stack and sets ip: only
        // the error, the locals and the effects on operands are observable.
        stack: if failed {
            Vec::new()
        } else {
            frame.stack.iter().map(show).collect()
        },
        ip: if failed { 0 } else { frame.ip },
        locals: frame.fast.iter().map(|v| v.as_ref().map(show)).collect(),
        yield_from_exit: if failed { None } else { frame.yield_from_exit },
        operands: describe_kept(&b.kept),
        output: crate::fuzz::mask_addresses(&String::from_utf8_lossy(&w.vm.take_output())),
    }
}

/// The frame state a failed guard must leave untouched: identities of the
/// stack and locals, and descriptions of everything.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Snapshot {
    stack: Vec<(usize, String)>,
    locals: Vec<Option<(usize, String)>>,
    ip: usize,
    yield_from_exit: Option<u32>,
    operands: Vec<String>,
}

impl Snapshot {
    /// The snapshot without identities (addresses differ between worlds).
    pub fn described(&self) -> String {
        let stack: Vec<&String> = self.stack.iter().map(|(_, s)| s).collect();
        let locals: Vec<Option<&String>> = self
            .locals
            .iter()
            .map(|l| l.as_ref().map(|(_, s)| s))
            .collect();
        format!(
            "stack {stack:?} locals {locals:?} ip {} yield_from_exit {:?} operands {:?}",
            self.ip, self.yield_from_exit, self.operands
        )
    }
}

pub(crate) fn snapshot(b: &Built) -> Snapshot {
    let f = &b.frame;
    Snapshot {
        stack: f.stack.iter().map(|v| (identity(v), show(v))).collect(),
        locals: f
            .fast
            .iter()
            .map(|v| v.as_ref().map(|v| (identity(v), show(v))))
            .collect(),
        ip: f.ip,
        yield_from_exit: f.yield_from_exit,
        operands: describe_kept(&b.kept),
    }
}

fn identity(v: &Value) -> usize {
    match v {
        // Inline values: the identity is the value; tell types apart too.
        Value::Float(f) => f.to_bits() as usize ^ 0x5a5a,
        other => other.identity(),
    }
}
