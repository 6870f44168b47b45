//! Stress modes (TESTING.md section 4): force the specializer through the
//! paths that ordinary programs rarely take.

use std::cell::Cell;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StressMode {
    /// Generic instructions only: nothing is ever specialized.
    Never,
    /// CPython 3.12+'s counters.
    Default,
    /// Specialize on the first execution and retry after every miss.
    Eager,
    /// Every Nth guard check fails.
    DeoptEvery(u64),
    /// Guards fail pseudo-randomly (one check in eight), from a seed.
    Chaos(u64),
}

impl StressMode {
    /// The modes `--stress all` runs, as issue 4 lists them.
    pub fn all() -> Vec<StressMode> {
        vec![
            StressMode::Never,
            StressMode::Default,
            StressMode::Eager,
            StressMode::DeoptEvery(1),
            StressMode::DeoptEvery(7),
            StressMode::Chaos(1),
            StressMode::Chaos(2),
            StressMode::Chaos(3),
        ]
    }

    /// Whether guards may fail for reasons other than the operands.
    pub fn forces_misses(self) -> bool {
        matches!(self, StressMode::DeoptEvery(_) | StressMode::Chaos(_))
    }
}

impl fmt::Display for StressMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StressMode::Never => write!(f, "never"),
            StressMode::Default => write!(f, "default"),
            StressMode::Eager => write!(f, "eager"),
            StressMode::DeoptEvery(n) => write!(f, "deopt-every={n}"),
            StressMode::Chaos(s) => write!(f, "chaos={s}"),
        }
    }
}

impl FromStr for StressMode {
    type Err = String;

    fn from_str(s: &str) -> Result<StressMode, String> {
        let bad = || {
            format!(
                "invalid stress mode '{s}': expected never, default, eager, deopt-every=N (N >= 1) or chaos=SEED"
            )
        };
        Ok(match s {
            "never" => StressMode::Never,
            "default" => StressMode::Default,
            "eager" => StressMode::Eager,
            _ => {
                if let Some(n) = s.strip_prefix("deopt-every=") {
                    match n.parse::<u64>() {
                        Ok(n) if n >= 1 => StressMode::DeoptEvery(n),
                        _ => return Err(bad()),
                    }
                } else if let Some(seed) = s.strip_prefix("chaos=") {
                    StressMode::Chaos(seed.parse::<u64>().map_err(|_| bad())?)
                } else {
                    return Err(bad());
                }
            }
        })
    }
}

thread_local! {
    static LOCKSTEP: Cell<bool> = const { Cell::new(false) };
    static MODE: Cell<StressMode> = const { Cell::new(StressMode::Default) };
    /// Guard checks performed so far (deopt-every) or the PRNG state (chaos).
    static TICKS: Cell<u64> = const { Cell::new(0) };
}

/// Select the mode for runs on this thread, resetting its sequence so a
/// run is reproducible.
pub fn set_mode(mode: StressMode) {
    MODE.with(|m| m.set(mode));
    TICKS.with(|t| {
        t.set(match mode {
            // splitmix64 of the seed, so seed 0 still produces a sequence.
            StressMode::Chaos(seed) => splitmix(seed) | 1,
            _ => 0,
        })
    });
}

/// Lockstep checking for runs on this thread: at every guard failure the
/// frame is compared with a snapshot taken before the guards ran.
pub fn set_lockstep(on: bool) {
    LOCKSTEP.with(|l| l.set(on));
}

pub fn lockstep() -> bool {
    LOCKSTEP.with(|l| l.get())
}

pub fn mode() -> StressMode {
    MODE.with(|m| m.get())
}

fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Called at the start of every guard sequence of a specialized form:
/// whether the stress mode makes this check fail regardless of operands.
#[inline]
pub fn forced_miss() -> bool {
    match mode() {
        StressMode::DeoptEvery(n) => TICKS.with(|t| {
            let k = t.get() + 1;
            t.set(k);
            k % n == 0
        }),
        StressMode::Chaos(_) => TICKS.with(|t| {
            // xorshift64*
            let mut x = t.get();
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            t.set(x);
            x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 61 == 0
        }),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_round_trip_through_text() {
        for m in StressMode::all() {
            assert_eq!(m.to_string().parse::<StressMode>(), Ok(m));
        }
        assert!("deopt-every=0".parse::<StressMode>().is_err());
        assert!("sometimes".parse::<StressMode>().is_err());
    }

    #[test]
    fn deopt_every_n_fails_every_nth_check() {
        set_mode(StressMode::DeoptEvery(3));
        let fails: Vec<bool> = (0..6).map(|_| forced_miss()).collect();
        assert_eq!(fails, [false, false, true, false, false, true]);
        set_mode(StressMode::Default);
    }

    #[test]
    fn chaos_is_reproducible_from_its_seed() {
        let run = |seed| {
            set_mode(StressMode::Chaos(seed));
            (0..200).map(|_| forced_miss()).collect::<Vec<_>>()
        };
        let a = run(7);
        assert_eq!(a, run(7));
        assert_ne!(a, run(8));
        assert!(a.iter().any(|&x| x) && a.iter().any(|&x| !x));
        set_mode(StressMode::Default);
    }
}
