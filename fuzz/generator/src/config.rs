//! Swarm configuration: which features a program may use and how big it is.

use arbitrary::{Result, Unstructured};

/// The knobs of one generated program, drawn from the input before anything
/// else (swarm testing: each program exercises a random subset of features,
/// which finds bugs that a uniform mix dilutes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub functions: bool,
    pub closures: bool,
    pub classes: bool,
    pub inheritance: bool,
    /// Properties, custom descriptors, `__slots__`.
    pub descriptors: bool,
    pub generators: bool,
    pub exceptions: bool,
    pub comprehensions: bool,
    /// Lists, tuples and dicts.
    pub containers: bool,
    pub strings: bool,
    /// Integers beyond 64 bits.
    pub bigints: bool,
    pub floats: bool,
    pub sets: bool,
    pub match_stmt: bool,
    pub with_stmt: bool,
    /// Specializer stress scenarios (warm-up then mutation).
    pub stress: bool,
    /// Maximum nesting of statements and expressions (1..=4).
    pub max_depth: u32,
    /// Maximum number of generated top-level functions (0..=6).
    pub max_functions: u32,
    /// Maximum number of generated classes (0..=5).
    pub max_classes: u32,
    /// Upper bound of ordinary loop trip counts (2..=12).
    pub loop_bound: u32,
    /// Trip count of a warm-up phase in a stress scenario (10..=100).
    pub hot_iters: u32,
    /// Number of top-level items (definitions, blocks, scenarios) (2..=14).
    pub top_level_items: u32,
    /// When true, the fuel budget is deliberately small so that the
    /// out-of-fuel path itself gets exercised.
    pub tight_fuel: bool,
}

impl Config {
    /// Every feature on, mid-sized: the configuration of an empty input's
    /// neighbour, and a convenient default for tests.
    pub fn all() -> Self {
        Config {
            functions: true,
            closures: true,
            classes: true,
            inheritance: true,
            descriptors: true,
            generators: true,
            exceptions: true,
            comprehensions: true,
            containers: true,
            strings: true,
            bigints: true,
            floats: true,
            sets: true,
            match_stmt: true,
            with_stmt: true,
            stress: true,
            max_depth: 3,
            max_functions: 4,
            max_classes: 3,
            loop_bound: 6,
            hot_iters: 40,
            top_level_items: 8,
            tight_fuel: false,
        }
    }

    /// Draws a configuration. With exhausted input every feature is on and
    /// sizes take their smallest values.
    pub fn draw(u: &mut Unstructured) -> Result<Self> {
        // `ratio` answers true on exhausted input, so features default on.
        let on = |u: &mut Unstructured| u.ratio(3u8, 4u8);
        let mut c = Config {
            functions: on(u)?,
            closures: on(u)?,
            classes: on(u)?,
            inheritance: on(u)?,
            descriptors: on(u)?,
            generators: on(u)?,
            exceptions: on(u)?,
            comprehensions: on(u)?,
            containers: on(u)?,
            strings: on(u)?,
            bigints: on(u)?,
            floats: on(u)?,
            sets: on(u)?,
            match_stmt: on(u)?,
            with_stmt: on(u)?,
            stress: u.ratio(7u8, 8u8)?,
            max_depth: u.int_in_range(1..=4)?,
            max_functions: u.int_in_range(0..=6)?,
            max_classes: u.int_in_range(0..=5)?,
            loop_bound: u.int_in_range(2..=12)?,
            hot_iters: u.int_in_range(10..=100)?,
            top_level_items: u.int_in_range(2..=14)?,
            tight_fuel: u.int_in_range(0u8..=39)? == 39,
        };
        if !c.functions {
            c.closures = false;
            c.generators = false;
        }
        if !c.classes {
            c.inheritance = false;
            c.descriptors = false;
        }
        Ok(c)
    }
}
