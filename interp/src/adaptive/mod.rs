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

/// The executor over quickened code. `CHECKED` honours stress modes and
/// collects statistics; without `SPECIALIZE` every family head runs its
/// generic meaning and nothing is rewritten (`--stress never` without
/// statistics: the interpreter's generic path on its own).
pub struct Quickened<const CHECKED: bool, const SPECIALIZE: bool>;

impl<const CHECKED: bool, const SPECIALIZE: bool> Executor for Quickened<CHECKED, SPECIALIZE> {
    #[inline(always)]
    fn step(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
        let ip = frame.ip;
        let ins = frame.code.adaptive.instrs[ip].get();
        frame.lasti = ip;
        frame.ip = ip + 1 + ins.op.cache_size();
        dispatch::<CHECKED, SPECIALIZE>(vm, frame, ip, ins.op, ins.arg)
    }
}

#[allow(clippy::vec_box)]
fn plain_loop(vm: &mut Vm, frames: &mut Vec<Box<Frame>>) -> PyResult<LoopExit> {
    vm.run_loop_with::<Quickened<false, true>>(frames)
}

#[allow(clippy::vec_box)]
fn generic_loop(vm: &mut Vm, frames: &mut Vec<Box<Frame>>) -> PyResult<LoopExit> {
    vm.run_loop_with::<Quickened<false, false>>(frames)
}

#[allow(clippy::vec_box)]
fn checked_loop(vm: &mut Vm, frames: &mut Vec<Box<Frame>>) -> PyResult<LoopExit> {
    vm.run_loop_with::<Quickened<true, true>>(frames)
}

/// The main loop for runs in `mode` on this thread (selecting the mode).
/// Statistics, lockstep and the stress modes that force or hurry
/// specialization use the checked loop.
pub fn configure(mode: StressMode, collect_stats: bool) -> LoopFn {
    stress::set_mode(mode);
    if collect_stats || stress::lockstep() {
        return checked_loop;
    }
    match mode {
        StressMode::Default => plain_loop,
        StressMode::Never => generic_loop,
        _ => checked_loop,
    }
}

#[inline(always)]
fn dispatch<const C: bool, const S: bool>(
    vm: &mut Vm,
    f: &mut Frame,
    ip: usize,
    op: Opcode,
    arg: u32,
) -> Step {
    use Opcode::*;
    match op {
        LOAD_FAST | LOAD_FAST_CHECK => {
            if S && (!C || stress::mode() != StressMode::Never) {
                fuse(f, ip, LOAD_FAST);
            }
            // LOAD_FAST_CHECK's meaning covers LOAD_FAST's (a bound local).
            generic::load_fast_check(f, arg)
        }
        STORE_FAST => {
            if S && (!C || stress::mode() != StressMode::Never) {
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
        // One arm per head, so that `op` is a constant in each and the
        // generic meaning is a direct call (see `generic_head`).
        LOAD_GLOBAL => adaptive::<C, S>(vm, f, ip, LOAD_GLOBAL, arg),
        LOAD_ATTR => adaptive::<C, S>(vm, f, ip, LOAD_ATTR, arg),
        LOAD_SUPER_ATTR => adaptive::<C, S>(vm, f, ip, LOAD_SUPER_ATTR, arg),
        STORE_ATTR => adaptive::<C, S>(vm, f, ip, STORE_ATTR, arg),
        TO_BOOL => adaptive::<C, S>(vm, f, ip, TO_BOOL, arg),
        BINARY_OP => adaptive::<C, S>(vm, f, ip, BINARY_OP, arg),
        COMPARE_OP => adaptive::<C, S>(vm, f, ip, COMPARE_OP, arg),
        CONTAINS_OP => adaptive::<C, S>(vm, f, ip, CONTAINS_OP, arg),
        BINARY_SUBSCR => adaptive::<C, S>(vm, f, ip, BINARY_SUBSCR, arg),
        STORE_SUBSCR => adaptive::<C, S>(vm, f, ip, STORE_SUBSCR, arg),
        UNPACK_SEQUENCE => adaptive::<C, S>(vm, f, ip, UNPACK_SEQUENCE, arg),
        FOR_ITER => adaptive::<C, S>(vm, f, ip, FOR_ITER, arg),
        SEND => adaptive::<C, S>(vm, f, ip, SEND, arg),
        CALL => adaptive::<C, S>(vm, f, ip, CALL, arg),
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

/// A family head: adaptive when specializing, else just its meaning.
#[inline(always)]
fn adaptive<const C: bool, const S: bool>(
    vm: &mut Vm,
    f: &mut Frame,
    ip: usize,
    op: Opcode,
    arg: u32,
) -> Step {
    if S {
        head::<C>(vm, f, ip, op, arg)
    } else {
        generic_head(vm, f, op, arg)
    }
}

/// The generic meaning of a family head: spec's function for it, called
/// directly (with `op` constant after inlining this is one call, where
/// spec's `execute` would dispatch a second time).
#[inline(always)]
fn generic_head(vm: &mut Vm, f: &mut Frame, op: Opcode, arg: u32) -> Step {
    use Opcode::*;
    match op {
        LOAD_GLOBAL => generic::load_global(f, arg),
        LOAD_ATTR => generic::load_attr(vm, f, arg),
        LOAD_SUPER_ATTR => generic::load_super_attr(vm, f, arg),
        STORE_ATTR => generic::store_attr(vm, f, arg),
        TO_BOOL => generic::to_bool(vm, f),
        BINARY_OP => generic::binary_op(vm, f, arg),
        COMPARE_OP => generic::compare_op(vm, f, arg),
        CONTAINS_OP => generic::contains_op(vm, f, arg),
        BINARY_SUBSCR => generic::binary_subscr(vm, f),
        STORE_SUBSCR => generic::store_subscr(vm, f),
        UNPACK_SEQUENCE => generic::unpack_sequence(vm, f, arg),
        FOR_ITER => generic::for_iter(vm, f, arg),
        SEND => generic::send(vm, f, arg),
        CALL => generic::call_op(vm, f, arg),
        other => generic::execute(vm, f, other, arg),
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
    generic_head(vm, f, head, arg)
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
