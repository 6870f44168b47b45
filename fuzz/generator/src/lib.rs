//! Generator of valid, deterministic, terminating Python 3.11 programs for
//! Quicken's differential fuzzing (TESTING.md section 3).
//!
//! Every choice is drawn from an [`arbitrary::Unstructured`] and filtered by
//! what is valid at that point (names in scope, their types), so no input is
//! wasted on code that fails to compile or raises by accident. Programs are:
//!
//! - terminating: every loop head and function entry calls `_fuel()`, which
//!   raises `OutOfFuel(BaseException)` when a global budget runs out; the
//!   program's top-level handler then prints `OUT OF FUEL` (see
//!   [`is_no_verdict`]);
//! - deterministic: no `id()`, no default reprs, sets printed through
//!   `sorted()`, no time, no randomness;
//! - self-checking: each top-level block ends with a digest line, so a
//!   divergence shows early;
//! - specializer-hostile: hot sites warmed with one type and then fed another,
//!   class and global mutation after warm-up, megamorphic sites, subclasses of
//!   builtins, stateful dunders (SPECIALIZATION.md section 6).
//!
//! The knobs of a run ([`Config`]) are themselves drawn from the input first
//! (swarm testing).
//!
//! Note: the fuel helper is called `_fuel`, not `__fuel`: a `__name` used
//! inside a class body (methods included) is mangled to `_Class__name`.

mod config;
mod form_scenarios;
mod gen;
mod rng;
mod scenarios;
mod ty;

pub use arbitrary;
use arbitrary::Unstructured;
pub use config::Config;

/// The line a generated program prints when it runs out of fuel.
pub const OUT_OF_FUEL_MARKER: &str = "OUT OF FUEL";

/// Every feature name a program can report in [`Program::features`].
pub const ALL_FEATURES: &[&str] = gen::ALL_FEATURES;

/// A generated program.
#[derive(Clone, Debug)]
pub struct Program {
    /// Python 3.11 source text.
    pub source: String,
    /// The swarm configuration it was generated under.
    pub config: Config,
    /// The features the program exercises (sorted, no duplicates), drawn from
    /// [`ALL_FEATURES`].
    pub features: Vec<&'static str>,
}

/// Generates one program from unstructured input. Never fails for lack of
/// input: once the data is exhausted every choice takes its simplest option.
pub fn generate(u: &mut Unstructured) -> arbitrary::Result<Program> {
    let config = Config::draw(u)?;
    generate_with(u, config)
}

/// Generates a program under a given configuration (for callers that must
/// keep some features off, e.g. while an implementation lacks them).
pub fn generate_with(u: &mut Unstructured, config: Config) -> arbitrary::Result<Program> {
    gen::Gen::new(u, config).program()
}

/// Generates a program from a seed, for stable-Rust campaigns: fills `size`
/// bytes (at least 16) from a small seeded PRNG and calls [`generate`].
pub fn generate_from_seed(seed: u64, size: usize) -> Program {
    let bytes = rng::bytes(seed, size.max(16));
    let mut u = Unstructured::new(&bytes);
    generate(&mut u).expect("the generator does not fail on exhausted input")
}

/// True when a run's stdout says the program ran out of fuel: such a run is
/// "no verdict" and must not be compared.
pub fn is_no_verdict(stdout: &str) -> bool {
    stdout.lines().any(|l| l.trim_end() == OUT_OF_FUEL_MARKER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_are_stable() {
        let a = generate_from_seed(7, 4096);
        let b = generate_from_seed(7, 4096);
        assert_eq!(a.source, b.source);
        assert_ne!(a.source, generate_from_seed(8, 4096).source);
    }

    #[test]
    fn empty_input_gives_a_program() {
        let mut u = Unstructured::new(&[]);
        let p = generate(&mut u).unwrap();
        assert!(p.source.contains("class OutOfFuel(BaseException)"));
        assert!(p.source.contains(OUT_OF_FUEL_MARKER));
    }

    #[test]
    fn no_verdict_marker() {
        assert!(is_no_verdict("a\nOUT OF FUEL\n"));
        assert!(!is_no_verdict("a\nOUT OF FUELS\n"));
    }
}
