//! Adaptive counters (CPython 3.12+'s `_Py_BackoffCounter`).
//!
//! A counter is a 12-bit count and a 4-bit backoff exponent in the first
//! cache unit of every adaptive instruction. The family head counts down on
//! each generic execution and attempts to specialize when it reaches zero:
//! - warm-up: count 1, exponent 1, so the first attempt is on the second
//!   execution;
//! - after a failed attempt: exponent + 1 (at most 12), count 2^exp - 1, so
//!   attempts back off exponentially up to every 4096th execution;
//! - after a success: cooldown, count 52, exponent 0. Misses of the
//!   specialized form count down from there, so the 53rd miss re-specializes;
//!   hits never touch the counter.

/// The encoded counter as stored in a cache unit. Cache units start at 0
/// (spec zeroes them), so the stored form is XORed with the warm-up value:
/// a fresh unit reads as warm-up without a separate quickening pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counter {
    pub count: u16,
    pub exponent: u16,
}

const WARMUP: Counter = Counter {
    count: 1,
    exponent: 1,
};
const COOLDOWN: Counter = Counter {
    count: 52,
    exponent: 0,
};
/// The largest exponent: attempts at most every 4096th execution.
const MAX_EXPONENT: u16 = 12;

impl Counter {
    pub const fn warmup() -> Counter {
        WARMUP
    }

    pub const fn cooldown() -> Counter {
        COOLDOWN
    }

    /// Zero: the next generic execution attempts to specialize.
    pub const fn ready() -> Counter {
        Counter {
            count: 0,
            exponent: 0,
        }
    }

    fn pack(self) -> u32 {
        (self.count as u32 & 0xFFF) | ((self.exponent as u32) << 12)
    }

    pub fn decode(unit: u32) -> Counter {
        let raw = unit ^ WARMUP.pack();
        Counter {
            count: (raw & 0xFFF) as u16,
            exponent: ((raw >> 12) & 0xF) as u16,
        }
    }

    pub fn encode(self) -> u32 {
        self.pack() ^ WARMUP.pack()
    }

    /// Whether this execution should attempt to specialize.
    pub fn triggers(self) -> bool {
        self.count == 0
    }

    /// One execution (or miss) counted.
    pub fn advance(self) -> Counter {
        Counter {
            count: self.count.saturating_sub(1),
            exponent: self.exponent,
        }
    }

    /// After a failed attempt.
    pub fn backoff(self) -> Counter {
        let exponent = (self.exponent + 1).min(MAX_EXPONENT);
        Counter {
            count: (1u16 << exponent) - 1,
            exponent,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zeroed_unit_is_warmup() {
        assert_eq!(Counter::decode(0), Counter::warmup());
        for c in [Counter::warmup(), Counter::cooldown(), Counter::ready()] {
            assert_eq!(Counter::decode(c.encode()), c);
        }
    }

    #[test]
    fn first_attempt_on_the_second_execution() {
        let c = Counter::warmup();
        assert!(!c.triggers());
        assert!(c.advance().triggers());
    }

    #[test]
    fn backoff_is_exponential_and_capped_at_4095() {
        let mut c = Counter::warmup();
        let mut seen = Vec::new();
        for _ in 0..15 {
            c = c.backoff();
            seen.push(c.count);
        }
        assert_eq!(&seen[..4], &[3, 7, 15, 31]);
        assert_eq!(*seen.last().unwrap(), 4095);
    }

    #[test]
    fn cooldown_allows_53_misses() {
        let mut c = Counter::cooldown();
        let mut misses = 0;
        while !c.triggers() {
            c = c.advance();
            misses += 1;
        }
        // The 53rd miss finds the counter at zero and re-specializes.
        assert_eq!(misses + 1, 53);
    }
}
