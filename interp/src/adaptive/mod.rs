//! The specializing adaptive interpreter (PEP 659, as CPython 3.12+ does it).
//!
//! It runs the quickened copy of each code object (`CodeObject::adaptive`):
//! - a *family head* (BINARY_OP, LOAD_ATTR, CALL, ...) counts executions in
//!   its first cache unit and, when the counter says so, asks the
//!   specializer ([`specialize`]) for a form, rewriting itself in place;
//!   otherwise it runs the generic meaning, which is spec's function;
//! - a *specialized form* checks its guards and performs its fast action
//!   ([`forms`]); on a guard failure it continues at the family head, which
//!   counts the miss and runs the generic meaning on the untouched stack;
//! - superinstructions are made on first execution of a LOAD_FAST or
//!   STORE_FAST followed by another.
//!
//! Two loops are compiled: the plain one (`CHECKED = false`) that ordinary
//! runs use, and the checked one that honours stress modes and collects
//! statistics.

mod cache;
pub mod counter;
mod forms;
mod lockstep;
mod specialize;
pub mod stats;
pub mod stress;

use cache::{counter, rewrite, set_counter};
use counter::Counter;
use quicken_spec::eval::instructions::{self as generic, Step};
use quicken_spec::eval::{Executor, Flow, Frame, LoopExit, LoopFn, Vm};
use quicken_spec::instructions::Opcode;
use quicken_spec::runtime::PyResult;
pub use stress::StressMode;

/// The executor over quickened code.
pub struct Quickened<const CHECKED: bool>;

impl<const CHECKED: bool> Executor for Quickened<CHECKED> {
    #[inline(always)]
    fn step(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
        let ip = frame.ip;
        let ins = frame.code.adaptive.instrs[ip].get();
        frame.lasti = ip;
        frame.ip = ip + 1 + ins.op.cache_size();
        dispatch::<CHECKED>(vm, frame, ip, ins.op, ins.arg)
    }
}

#[allow(clippy::vec_box)]
fn plain_loop(vm: &mut Vm, frames: &mut Vec<Box<Frame>>) -> PyResult<LoopExit> {
    vm.run_loop_with::<Quickened<false>>(frames)
}

#[allow(clippy::vec_box)]
fn checked_loop(vm: &mut Vm, frames: &mut Vec<Box<Frame>>) -> PyResult<LoopExit> {
    vm.run_loop_with::<Quickened<true>>(frames)
}

/// The main loop for runs in `mode` on this thread (selecting the mode).
/// With `collect_stats` (or any mode other than default) the checked loop
/// is used.
pub fn configure(mode: StressMode, collect_stats: bool) -> LoopFn {
    stress::set_mode(mode);
    if collect_stats || mode != StressMode::Default || stress::lockstep() {
        checked_loop
    } else {
        plain_loop
    }
}

#[inline(always)]
fn dispatch<const C: bool>(vm: &mut Vm, f: &mut Frame, ip: usize, op: Opcode, arg: u32) -> Step {
    use Opcode::*;
    match op {
        LOAD_FAST | LOAD_FAST_CHECK => {
            if !C || stress::mode() != StressMode::Never {
                fuse(f, ip, LOAD_FAST);
            }
            // LOAD_FAST_CHECK's meaning covers LOAD_FAST's (a bound local).
            generic::load_fast_check(f, arg)
        }
        STORE_FAST => {
            if !C || stress::mode() != StressMode::Never {
                fuse(f, ip, STORE_FAST);
            }
            generic::store_fast(f, arg)
        }
        LOAD_FAST_LOAD_FAST => {
            if C {
                stats::with(op, |s| s.hits += 1);
            }
            let second = f.code.adaptive.instrs[ip + 1].get().arg;
            f.ip = ip + 2;
            generic::load_fast_check(f, arg)?;
            f.lasti = ip + 1;
            generic::load_fast_check(f, second)
        }
        STORE_FAST_LOAD_FAST => {
            if C {
                stats::with(op, |s| s.hits += 1);
            }
            let second = f.code.adaptive.instrs[ip + 1].get().arg;
            f.ip = ip + 2;
            generic::store_fast(f, arg)?;
            f.lasti = ip + 1;
            generic::load_fast_check(f, second)
        }
        STORE_FAST_STORE_FAST => {
            if C {
                stats::with(op, |s| s.hits += 1);
            }
            let second = f.code.adaptive.instrs[ip + 1].get().arg;
            f.ip = ip + 2;
            generic::store_fast(f, arg)?;
            generic::store_fast(f, second)
        }
        LOAD_GLOBAL | LOAD_ATTR | LOAD_SUPER_ATTR | STORE_ATTR | TO_BOOL | BINARY_OP
        | COMPARE_OP | CONTAINS_OP | BINARY_SUBSCR | STORE_SUBSCR | UNPACK_SEQUENCE | FOR_ITER
        | SEND | CALL => head::<C>(vm, f, ip, op, arg),
        // The most frequent instructions without a family, dispatched here
        // to their spec functions directly rather than through spec's
        // second `match` in `execute` (measured with callgrind on the
        // bench programs: the double dispatch was ~6% of all instructions).
        LOAD_CONST => generic::load_const(f, arg),
        POP_TOP => generic::pop_top(f),
        PUSH_NULL => generic::push_null(f),
        RETURN_VALUE => generic::return_value(f),
        RETURN_CONST => generic::return_const(f, arg),
        POP_JUMP_IF_FALSE => generic::pop_jump_if(vm, f, arg, false),
        POP_JUMP_IF_TRUE => generic::pop_jump_if(vm, f, arg, true),
        JUMP_FORWARD | JUMP_BACKWARD => generic::jump(f, arg),
        COPY => generic::copy(f, arg),
        SWAP => generic::swap(f, arg),
        LOAD_DEREF => generic::load_deref(f, arg),
        STORE_DEREF => generic::store_deref(f, arg),
        IS_OP => generic::is_op(f, arg),
        BUILD_TUPLE => generic::build_tuple(f, arg),
        GET_ITER => generic::get_iter(vm, f),
        _ if op.family() != op => form::<C>(vm, f, ip, op, arg),
        _ => generic::execute(vm, f, op, arg),
    }
}

/// Quickening of LOAD_FAST / STORE_FAST: fuse with a following LOAD_FAST or
/// STORE_FAST into a superinstruction. The second instruction stays in
/// place, so jumps to it still work.
#[inline(always)]
fn fuse(f: &Frame, ip: usize, first: Opcode) {
    let Some(next) = f.code.adaptive.instrs.get(ip + 1) else {
        return;
    };
    // LOAD_FAST_CHECK fuses too: the superinstruction checks both loads
    // (a no-op for LOAD_FAST, whose local the compiler knows is bound).
    use Opcode::{LOAD_FAST, LOAD_FAST_CHECK, STORE_FAST};
    let fused = match (first, next.get().op) {
        (LOAD_FAST, LOAD_FAST | LOAD_FAST_CHECK) => Opcode::LOAD_FAST_LOAD_FAST,
        (STORE_FAST, LOAD_FAST | LOAD_FAST_CHECK) => Opcode::STORE_FAST_LOAD_FAST,
        (STORE_FAST, STORE_FAST) => Opcode::STORE_FAST_STORE_FAST,
        _ => return,
    };
    rewrite(f, ip, fused);
}

/// A specialized form: guards, then the action, or the miss path.
#[inline(always)]
fn form<const C: bool>(vm: &mut Vm, f: &mut Frame, ip: usize, op: Opcode, arg: u32) -> Step {
    if C && stress::forced_miss() {
        return miss::<C>(vm, f, ip, op, arg);
    }
    let before = (C && stress::lockstep()).then(|| lockstep::Snapshot::take(f));
    match forms::execute(vm, f, ip, op, arg) {
        Some(step) => {
            if C {
                stats::with(op, |s| s.hits += 1);
            }
            step
        }
        None => {
            if let Some(before) = before {
                before.verify(f, op)?;
            }
            miss::<C>(vm, f, ip, op, arg)
        }
    }
}

/// A guard of `op` failed: continue at the family head, which counts the
/// miss against the cooldown and either re-specializes (counter at zero:
/// a deopt) or runs the generic meaning. The form stays in place until the
/// re-specialization replaces it.
#[cold]
fn miss<const C: bool>(vm: &mut Vm, f: &mut Frame, ip: usize, op: Opcode, arg: u32) -> Step {
    let head = op.family();
    let c = counter(f, ip);
    let eager = C && stress::mode() == StressMode::Eager;
    if C {
        stats::with(op, |s| s.misses += 1);
    }
    if c.triggers() || eager {
        if C {
            stats::with(op, |s| s.deopts += 1);
        }
        return attempt::<C>(vm, f, ip, head, arg);
    }
    set_counter(f, ip, c.advance());
    run_generic::<C>(vm, f, head, arg)
}

/// A family head: count down, or attempt to specialize.
#[inline(always)]
fn head<const C: bool>(vm: &mut Vm, f: &mut Frame, ip: usize, op: Opcode, arg: u32) -> Step {
    if C {
        match stress::mode() {
            StressMode::Never => return run_generic::<C>(vm, f, op, arg),
            StressMode::Eager => return attempt::<C>(vm, f, ip, op, arg),
            _ => {}
        }
    }
    let c = counter(f, ip);
    if c.triggers() {
        return attempt::<C>(vm, f, ip, op, arg);
    }
    set_counter(f, ip, c.advance());
    run_generic::<C>(vm, f, op, arg)
}

/// Ask the specializer for a form. On success the instruction becomes the
/// form, the counter starts its cooldown, and the form runs now (as CPython
/// re-dispatches); if it misses right away the generic meaning runs
/// instead, without another attempt. On failure the head stays generic and
/// backs off.
#[cold]
fn attempt<const C: bool>(vm: &mut Vm, f: &mut Frame, ip: usize, head: Opcode, arg: u32) -> Step {
    if C {
        stats::with(head, |s| s.attempts += 1);
    }
    match specialize::specialize(vm, f, ip, head, arg) {
        Ok(op) => {
            debug_assert_eq!(
                op.family(),
                head,
                "{} is not a {} form",
                op.name(),
                head.name()
            );
            rewrite(f, ip, op);
            set_counter(f, ip, Counter::cooldown());
            if C {
                stats::with(head, |s| s.successes += 1);
                stats::with(op, |s| s.successes += 1);
                if stress::forced_miss() {
                    stats::with(op, |s| s.misses += 1);
                    return run_generic::<C>(vm, f, head, arg);
                }
            }
            match forms::execute(vm, f, ip, op, arg) {
                Some(step) => {
                    if C {
                        stats::with(op, |s| s.hits += 1);
                    }
                    step
                }
                None => {
                    if C {
                        stats::with(op, |s| s.misses += 1);
                    }
                    run_generic::<C>(vm, f, head, arg)
                }
            }
        }
        Err(reason) => {
            rewrite(f, ip, head);
            let backed_off = if C && stress::mode() == StressMode::Eager {
                Counter::ready()
            } else {
                counter(f, ip).backoff()
            };
            set_counter(f, ip, backed_off);
            if C {
                stats::with(head, |s| *s.failures.entry(reason).or_default() += 1);
            }
            run_generic::<C>(vm, f, head, arg)
        }
    }
}

/// The generic meaning of a family head: spec's function, never a copy.
#[inline(always)]
fn run_generic<const C: bool>(vm: &mut Vm, f: &mut Frame, head: Opcode, arg: u32) -> Step {
    if C {
        stats::with(head, |s| s.generic += 1);
    }
    generic::execute(vm, f, head, arg)
}

/// Single-instruction access for refinement tests (issue 4, 6b): choose a
/// form for the operands on a frame's stack, and run one form.
pub mod probe {
    use super::*;

    /// Ask the specializer for a form for the head at `ip`, filling its
    /// caches as a real attempt would. Does not rewrite the instruction.
    pub fn specialize(
        vm: &mut Vm,
        f: &Frame,
        ip: usize,
        head: Opcode,
        arg: u32,
    ) -> Result<Opcode, &'static str> {
        specialize::specialize(vm, f, ip, head, arg)
    }

    /// Run form `op` at `ip` with the caches as they are: `None` when a
    /// guard failed (and nothing was touched).
    pub fn run_form(vm: &mut Vm, f: &mut Frame, ip: usize, op: Opcode, arg: u32) -> Option<Step> {
        forms::execute(vm, f, ip, op, arg)
    }
}
