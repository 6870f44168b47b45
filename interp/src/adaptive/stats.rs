//! Specialization statistics per instruction (CPython's `--enable-pystats`
//! `SpecializationStats`): attempts, successes, failures by reason, hits,
//! misses and deopts. Collected only by the checked loop (stress modes,
//! `quicken stats`), so ordinary runs pay nothing for them.

use quicken_spec::instructions::Opcode;
use std::cell::RefCell;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpStats {
    /// Executions of a specialized form whose guards held.
    pub hits: u64,
    /// Guard failures of a specialized form.
    pub misses: u64,
    /// Misses that found the counter at zero and sent the site back to
    /// re-specialization.
    pub deopts: u64,
    /// Specialization attempts made by a family head.
    pub attempts: u64,
    pub successes: u64,
    /// Failed attempts by reason.
    pub failures: BTreeMap<&'static str, u64>,
    /// Executions of the family head's generic meaning.
    pub generic: u64,
}

impl OpStats {
    pub fn failure_count(&self) -> u64 {
        self.failures.values().sum()
    }
}

thread_local! {
    static STATS: RefCell<Vec<OpStats>> = RefCell::new(vec![OpStats::default(); Opcode::ALL.len()]);
}

#[inline]
pub(crate) fn with(op: Opcode, f: impl FnOnce(&mut OpStats)) {
    STATS.with(|s| f(&mut s.borrow_mut()[op as usize]));
}

/// Forget everything counted on this thread.
pub fn reset() {
    STATS.with(|s| {
        for st in s.borrow_mut().iter_mut() {
            *st = OpStats::default();
        }
    });
}

/// A snapshot of this thread's counts, for every instruction with any.
pub fn snapshot() -> Vec<(Opcode, OpStats)> {
    STATS.with(|s| {
        s.borrow()
            .iter()
            .enumerate()
            .filter(|(_, st)| **st != OpStats::default())
            .map(|(i, st)| (Opcode::ALL[i], st.clone()))
            .collect()
    })
}
