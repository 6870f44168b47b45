//! Single-instruction refinement properties of the specialized forms.
//!
//! For every specialized form F of a family head H (a form is an opcode
//! whose `family()` is another opcode; superinstructions are out of scope),
//! running F on arbitrary operands, including operands that fail its
//! guards, either
//! (a) returns `None` ("guard failed") having touched nothing: value stack,
//!     locals, ip and the operands' contents are exactly as they were; or
//! (b) returns `Some(step)` with the same observable outcome as H's generic
//!     meaning (spec's function) on an identical copy of the frame: same
//!     error (type and arguments) or success, same value stack, ip, locals
//!     and `yield_from_exit`, same effect on the operands (a stored item, an
//!     advanced iterator, a new attribute), same output.
//!
//! A case runs in a fresh "world" (an interpreter that has run a Python
//! module defining the classes, functions and generators used as operands;
//! see [Worlds](#worlds)), specializes the site on one or two "warm" operand
//! tuples (filling the inline caches as a real attempt would, stale units of
//! earlier attempts included), optionally mutates the world (patches a
//! class, a function's code, a global), and then runs the form on a test
//! operand tuple (the warm one, or an arbitrary one). Operands are recipes
//! (`V`) so that the form and the generic path each get their own copy of
//! every mutable object.
//!
//! Forms that enter a frame (`Flow::Call`) are run to completion with
//! `Vm::run_frame`, and the callee's result is pushed as the main loop would.
//! When both paths enter a frame, the callee frames (code name and fast
//! locals) must agree as well; a form may enter a frame where the generic
//! path calls the same function natively (LOAD_ATTR_PROPERTY,
//! BINARY_SUBSCR_GETITEM, CALL_ALLOC_AND_ENTER_INIT, ...), and then only the
//! completed outcomes are compared.
//!
//! # Entry points
//!
//! - [`check_family`] (one `#[test]` per family in
//!   `interp/tests/refinement.rs`): fixed examples (at least one per form,
//!   asserting that the specializer chooses that form, that it hits, and that
//!   the property holds), then [`CASES`] random cases of the property.
//! - [`uncovered_forms`] (the test `every_form_has_a_refinement_property`):
//!   every family's fixed examples together must hit every specialized form
//!   in the instruction table, so that a new form (or family) without a
//!   property fails the suite; property violations are left to the family
//!   tests.
//! - [`single_instruction`] (the cargo-fuzz target of that name): one case
//!   drawn from fuzzer bytes (see [`layout`]).
//! - [`run_random_cases`]: seeded random cases of one family, for hunts
//!   and measurements.
//!
//! # Worlds
//!
//! The world and the sites are compiled once per thread. Running the world
//! module is most of what a new world costs (far more than the rest of a
//! case), so a thread keeps the world a case used and restores it for the
//! next one: a record of its fresh state lists every mutable object the
//! world reaches (globals, builtins, `sys.modules`, classes, functions,
//! instances, cells) with its state, and after each case every object is
//! compared with its record and what changed is put back (a patched class
//! attribute, a function's `__code__` or `__defaults__`, a new or deleted
//! global, an attribute a STORE_ATTR set on a class or module). A world
//! that cannot be put back exactly (see `pristine.rs`), or that a harness
//! error or a panic interrupted, is dropped and the next case builds a new
//! one. The test `restored_worlds_behave_as_new_ones` checks that the same
//! cases give the same traces in restored and in new worlds;
//! [`set_world_reuse`] turns reuse off, [`world_counts`] tells how cases got
//! their worlds.

mod families;
mod pristine;
mod property;
mod show;
mod strategies;
mod world;

use pristine::Pristine;
use property::{complete, locate, make_frame, snapshot, Site};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed, TestCaseError, TestRng, TestRunner};
use quicken_spec::code::CodeObject;
use quicken_spec::eval::instructions as generic;
use quicken_spec::instructions::{flags, Opcode};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::rc::Rc;
use world::{Mut, Ops, World};

use crate::adaptive::probe;

/// Random cases per family property in `cargo test` (`PROPTEST_CASES`
/// overrides it, for longer hunts: see [`default_cases`]).
pub const CASES: u32 = 1024;

/// [`CASES`], or `PROPTEST_CASES` when set.
pub fn default_cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(CASES)
}

// ====================================================================
// Cases, failures and tallies.
// ====================================================================

/// One refinement case: a site of the family, world changes, warm-up
/// operands and test operands.
#[derive(Clone, Debug)]
pub struct Case {
    site: usize,
    /// World changes before the warm-up.
    pre: Vec<Mut>,
    /// Operands of the specialization attempts, in order (the last one
    /// chooses the form; earlier ones leave their cache units behind).
    warm: Vec<Ops>,
    /// World changes between specialization and the test.
    post: Vec<Mut>,
    /// The test operands (None: the last warm operands again).
    test: Option<Ops>,
}

/// What a case exercised: the form the specializer chose and whether it
/// hit (passed its guards) on the test operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exercised {
    pub form: Opcode,
    pub hit: bool,
}

/// Why a case failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The property does not hold: the form disagrees with its family head
    /// (or a failed guard touched the frame, or the specializer chose a form
    /// of another family). The message names the form and shows both
    /// outcomes.
    Violation(String),
    /// The case could not be set up (the world or a site does not compile
    /// or run, an operand recipe raised): a bug in this harness.
    Harness(String),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Violation(m) => write!(f, "{m}"),
            Failure::Harness(m) => write!(f, "harness error: {m}"),
        }
    }
}

impl From<String> for Failure {
    fn from(m: String) -> Failure {
        Failure::Harness(m)
    }
}

/// How random cases spread over the forms of a family.
#[derive(Clone, Debug)]
pub struct Tally {
    pub head: Opcode,
    /// Cases whose last attempt did not specialize.
    pub unspecialized: u32,
    /// (form, hit) -> cases.
    pub forms: BTreeMap<(Opcode, bool), u32>,
}

impl Tally {
    fn new(head: Opcode) -> Tally {
        Tally {
            head,
            unspecialized: 0,
            forms: BTreeMap::new(),
        }
    }

    fn add(&mut self, e: Option<Exercised>) {
        match e {
            Some(e) => *self.forms.entry((e.form, e.hit)).or_default() += 1,
            None => self.unspecialized += 1,
        }
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} cases did not specialize",
            self.head.name(),
            self.unspecialized
        )?;
        for ((form, hit), n) in &self.forms {
            let kind = if *hit { "hit" } else { "miss" };
            write!(f, "\n  {:<44} {kind:<4} {n}", form.name())?;
        }
        Ok(())
    }
}

// ====================================================================
// Families.
// ====================================================================

/// A deterministic case that must specialize to `form` and hit.
pub(crate) struct Fixed {
    pub site: usize,
    pub pre: Vec<Mut>,
    pub ops: Ops,
    pub form: Opcode,
}

/// Arbitrary operands for site `i`.
type OpsFor = Rc<dyn Fn(usize) -> BoxedStrategy<Ops>>;

/// A family as `families.rs` defines it.
pub(crate) struct Def {
    pub head: Opcode,
    /// Python sources, each defining a function `site` whose first `head`
    /// instruction is the one under test.
    pub sites: Vec<String>,
    /// Arbitrary operands for site `i`.
    pub ops: OpsFor,
    /// Operands for site `i` that its forms are likely made for (most warm
    /// operands, some test operands).
    pub hot: OpsFor,
    pub muts: BoxedStrategy<Vec<Mut>>,
    pub fixed: Vec<Fixed>,
}

/// The index of the site whose source contains `needle` (`sites.len()`,
/// which no case accepts, when there is none).
pub(crate) fn site_index(sites: &[String], needle: &str) -> usize {
    sites
        .iter()
        .position(|s| s.contains(needle))
        .unwrap_or(sites.len())
}

/// A family head with its refinement property: sites, strategies and fixed
/// examples.
pub struct Family {
    def: Def,
    /// The random property's cases.
    cases: BoxedStrategy<Case>,
    /// Cases built around a fixed example (its site, its operands as the
    /// last warm-up), with arbitrary world changes and test operands: the
    /// fuzz target's way to pick a form.
    directed: BoxedStrategy<Case>,
    /// The parts of `cases` at each site.
    sites: Vec<Rc<Parts>>,
    /// The parts of `directed` around each fixed example.
    examples: Vec<Rc<Parts>>,
    /// Site `i`'s function `site` and the ip of its head (or why not),
    /// compiled on first use.
    compiled: RefCell<Vec<Option<Located>>>,
}

type Located = Result<(Rc<CodeObject>, usize), String>;

/// One of `strategies`, chosen uniformly (a case no site accepts when
/// there are none).
fn choose(strategies: Vec<BoxedStrategy<Case>>) -> BoxedStrategy<Case> {
    if strategies.is_empty() {
        return Just(Case {
            site: usize::MAX,
            pre: Vec::new(),
            warm: Vec::new(),
            post: Vec::new(),
            test: None,
        })
        .boxed();
    }
    let n = strategies.len();
    (0..n).prop_flat_map(move |i| strategies[i].clone()).boxed()
}

/// The independent parts of the cases at one site, or around one fixed
/// example: the random property draws them together, the fuzz target
/// from separate stretches of its bytes.
struct Parts {
    site: usize,
    /// World changes that come first (a fixed example's).
    fixed_pre: Vec<Mut>,
    /// The operands of the last warm-up (a fixed example's).
    fixed_warm: Option<Ops>,
    pre: BoxedStrategy<Vec<Mut>>,
    warm: BoxedStrategy<Vec<Ops>>,
    post: BoxedStrategy<Vec<Mut>>,
    test: BoxedStrategy<Option<Ops>>,
}

impl Parts {
    fn assemble(&self, pre: Vec<Mut>, warm: Vec<Ops>, post: Vec<Mut>, test: Option<Ops>) -> Case {
        let mut all_pre = self.fixed_pre.clone();
        all_pre.extend(pre);
        let mut all_warm = warm;
        all_warm.extend(self.fixed_warm.clone());
        Case {
            site: self.site,
            pre: all_pre,
            warm: all_warm,
            post,
            test,
        }
    }

    fn strategy(self: &Rc<Self>) -> BoxedStrategy<Case> {
        let parts = self.clone();
        (
            self.pre.clone(),
            self.warm.clone(),
            self.post.clone(),
            self.test.clone(),
        )
            .prop_map(move |(pre, warm, post, test)| parts.assemble(pre, warm, post, test))
            .boxed()
    }
}

impl Family {
    fn new(def: Def) -> Family {
        let nsites = def.sites.len();
        let sites: Vec<Rc<Parts>> = (0..nsites)
            .map(|i| {
                let o = (def.ops)(i);
                let h = (def.hot)(i);
                let warm = prop_oneof![3 => h.clone(), 1 => o.clone()];
                Rc::new(Parts {
                    site: i,
                    fixed_pre: Vec::new(),
                    fixed_warm: None,
                    pre: def.muts.clone(),
                    warm: prop::collection::vec(warm, 1..=2).boxed(),
                    post: def.muts.clone(),
                    test: prop_oneof![
                        2 => Just(None),
                        2 => h.prop_map(Some),
                        1 => o.prop_map(Some),
                    ]
                    .boxed(),
                })
            })
            .collect();
        let last_site = nsites.saturating_sub(1);
        let examples: Vec<Rc<Parts>> = def
            .fixed
            .iter()
            .filter(|_| nsites > 0)
            .map(|fx| {
                let o = (def.ops)(fx.site.min(last_site));
                let h = (def.hot)(fx.site.min(last_site));
                let before = prop_oneof![3 => h.clone(), 1 => o.clone()];
                Rc::new(Parts {
                    site: fx.site,
                    fixed_pre: fx.pre.clone(),
                    fixed_warm: Some(fx.ops.clone()),
                    pre: def.muts.clone(),
                    warm: prop::collection::vec(before, 0..=1).boxed(),
                    post: def.muts.clone(),
                    test: prop_oneof![
                        1 => Just(None),
                        2 => h.prop_map(Some),
                        2 => o.prop_map(Some),
                    ]
                    .boxed(),
                })
            })
            .collect();
        let cases = choose(sites.iter().map(Parts::strategy).collect());
        let directed = if examples.is_empty() {
            cases.clone()
        } else {
            choose(examples.iter().map(Parts::strategy).collect())
        };
        Family {
            compiled: RefCell::new(vec![None; def.sites.len()]),
            def,
            sites,
            examples,
            cases,
            directed,
        }
    }

    /// The family head.
    pub fn head(&self) -> Opcode {
        self.def.head
    }

    /// The specialized forms of the head in the instruction table.
    pub fn forms(&self) -> BTreeSet<Opcode> {
        forms_of(self.def.head)
    }

    /// The random property's strategy.
    pub fn cases(&self) -> BoxedStrategy<Case> {
        self.cases.clone()
    }

    /// Cases around one of the fixed examples (hence around a chosen form)
    /// with arbitrary world changes, an arbitrary earlier warm-up and
    /// arbitrary test operands.
    pub fn directed_cases(&self) -> BoxedStrategy<Case> {
        self.directed.clone()
    }

    /// Check the property on one case: the form it ran (None when the last
    /// attempt did not specialize), or why it failed.
    pub fn run(&self, case: &Case) -> Result<Option<Exercised>, Failure> {
        let mut exercised = None;
        check_case(self, case, &mut exercised, None).map(|()| exercised)
    }

    /// What a case did, as text: the form the specializer chose, and
    /// whether it missed (with the untouched frame) or hit (with both
    /// outcomes). The same case gives the same trace in any world as
    /// fresh as a new one (the test of [`set_world_reuse`]).
    pub fn trace(&self, case: &Case) -> Result<String, Failure> {
        let mut exercised = None;
        let mut trace = String::new();
        check_case(self, case, &mut exercised, Some(&mut trace))?;
        Ok(trace)
    }

    /// The site of a case, quickened afresh.
    fn site(&self, index: usize) -> Result<Site, String> {
        let head = self.def.head;
        let src = self
            .def
            .sites
            .get(index)
            .ok_or_else(|| format!("{}: no site {index}", head.name()))?;
        let mut compiled = self.compiled.borrow_mut();
        let slot = compiled
            .get_mut(index)
            .ok_or_else(|| format!("{}: no site {index}", head.name()))?;
        let located = slot.get_or_insert_with(|| {
            world::compile(src, "<site>")
                .and_then(|m| locate(&m, head))
                .map_err(|e| format!("site {src:?}: {e}"))
        });
        let (code, ip) = located.as_ref().map_err(|e| e.clone())?;
        Ok(Site::fresh(code, *ip, head))
    }

    /// Run the fixed examples: the forms they hit. With `strict`, an
    /// example that does not hit its form, or violates the property, is an
    /// error; harness errors always are.
    pub fn run_fixed(&self, strict: bool) -> Result<BTreeSet<Opcode>, String> {
        let mut hit = BTreeSet::new();
        for fx in &self.def.fixed {
            let case = Case {
                site: fx.site,
                pre: fx.pre.clone(),
                warm: vec![fx.ops.clone()],
                post: Vec::new(),
                test: None,
            };
            let mut exercised = None;
            let result = check_case(self, &case, &mut exercised, None);
            if let Some(Exercised { form, hit: true }) = exercised {
                hit.insert(form);
            }
            match result {
                Err(Failure::Harness(msg)) => {
                    return Err(format!(
                        "fixed example for {}: harness error: {msg}\ncase: {case:?}",
                        fx.form.name()
                    ))
                }
                Err(Failure::Violation(msg)) if strict => {
                    return Err(format!(
                        "fixed example for {}: {msg}\ncase: {case:?}",
                        fx.form.name()
                    ))
                }
                _ => {}
            }
            if !strict {
                continue;
            }
            match exercised {
                Some(Exercised { form, hit: true }) if form == fx.form => {}
                Some(Exercised { form, hit }) => {
                    return Err(format!(
                        "fixed example for {} chose {} (hit: {hit}): {case:?}",
                        fx.form.name(),
                        form.name()
                    ))
                }
                None => {
                    return Err(format!(
                        "fixed example for {} did not specialize: {case:?}",
                        fx.form.name()
                    ))
                }
            }
        }
        Ok(hit)
    }
}

/// Every family with a refinement property.
pub fn families() -> Vec<Family> {
    families::all().into_iter().map(Family::new).collect()
}

/// The family of `head`, if it has a refinement property.
pub fn family(head: Opcode) -> Option<Family> {
    families::all()
        .into_iter()
        .find(|d| d.head == head)
        .map(Family::new)
}

/// The forms of `head` in the instruction table (superinstructions aside).
fn forms_of(head: Opcode) -> BTreeSet<Opcode> {
    Opcode::ALL
        .iter()
        .copied()
        .filter(|op| op.family() == head && *op != head && op.info().flags & flags::SUPER == 0)
        .collect()
}

/// Every specialized form in the instruction table (superinstructions
/// aside).
pub fn specialized_forms() -> BTreeSet<Opcode> {
    Opcode::ALL
        .iter()
        .copied()
        .filter(|op| op.family() != *op && op.info().flags & flags::SUPER == 0)
        .collect()
}

/// The specialized forms that no family's fixed examples hit: empty when
/// every form has a refinement property.
pub fn uncovered_forms() -> Result<Vec<Opcode>, String> {
    let mut exercised = BTreeSet::new();
    for fam in families() {
        exercised.extend(fam.run_fixed(false)?);
    }
    Ok(specialized_forms()
        .into_iter()
        .filter(|op| !exercised.contains(op))
        .collect())
}

// ====================================================================
// Running the property.
// ====================================================================

/// The fixed examples (strictly, and covering every form of the head),
/// then `cases` random cases of the property with a randomly seeded runner
/// (`PROPTEST_RNG_SEED` fixes the seed) that shrinks a failure. The tally
/// says how the random cases spread over the forms.
pub fn check_family(fam: &Family, cases: u32) -> Result<Tally, String> {
    check_fixed_examples(fam)?;
    let runner = TestRunner::new(property_config(cases));
    run_property(fam, runner)
}

/// `cases` random cases of family `family_index` (an index into
/// [`families`]) from a runner seeded with `seed`, without the fixed
/// examples.
pub fn run_random_cases(family_index: usize, cases: u32, seed: u64) -> Result<Tally, String> {
    let fams = families();
    let fam = fams
        .get(family_index)
        .ok_or_else(|| format!("no family {family_index} (there are {})", fams.len()))?;
    let config = Config {
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(seed),
        ..property_config(cases)
    };
    run_property(fam, TestRunner::new(config))
}

fn check_fixed_examples(fam: &Family) -> Result<(), String> {
    let head = fam.head();
    let covered = fam
        .run_fixed(true)
        .map_err(|e| format!("{}: {e}", head.name()))?;
    let missing: Vec<&str> = fam
        .forms()
        .difference(&covered)
        .map(|op| op.name())
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "{}: forms without a fixed example: {missing:?}",
            head.name()
        ));
    }
    Ok(())
}

fn property_config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 2048,
        ..Config::default()
    }
}

fn run_property(fam: &Family, mut runner: TestRunner) -> Result<Tally, String> {
    let tally = RefCell::new(Tally::new(fam.head()));
    let result = runner.run(&fam.cases, |case| match fam.run(&case) {
        Ok(e) => {
            tally.borrow_mut().add(e);
            Ok(())
        }
        Err(f) => Err(TestCaseError::fail(f.to_string())),
    });
    match result {
        Ok(()) => Ok(tally.into_inner()),
        Err(e) => Err(format!("{}: {e}", fam.head().name())),
    }
}

// ====================================================================
// The fuzz target.
// ====================================================================

thread_local! {
    /// The families, built once per thread for the fuzz target.
    static FAMILIES: Vec<Family> = families();
}

/// Where the parts of a case come from in the fuzz target's bytes
/// (missing bytes read as zero).
///
/// proptest's pass-through RNG (`RngAlgorithm::PassThrough`) cannot drive
/// these strategies: every `prop_oneof!` that picks its k-th option hands
/// k halves of the remaining bytes to the lazily built earlier options, so
/// a case exhausts any input after a few dozen choices, and an exhausted
/// pass-through RNG reads zeros forever, on which rand's rejection sampling
/// of a range loops forever (an empty input hangs). Instead the bytes pick
/// the family, the kind of case and the site (or fixed example) directly,
/// and seed one RNG (XorShift) per independent part of the case, so that a
/// mutation of one stretch changes that part alone (the warm-up stays while
/// the test operands change, ...).
pub mod layout {
    /// The family: an index into [`families`](super::families), modulo
    /// their number.
    pub const FAMILY: usize = 0;
    /// The kind of case: a value divisible by 4 builds the case around a
    /// fixed example of the family (hence around a chosen form), any other
    /// draws it as the random property does.
    pub const KIND: usize = 1;
    /// Two bytes (little-endian), modulo the number of sites (or fixed
    /// examples).
    pub const SITE: usize = 2;
    /// Eight-byte seeds of the parts' RNGs: world changes before the
    /// warm-up, warm-up operands, world changes after specialization, test
    /// operands.
    pub const PRE: usize = 4;
    pub const WARM: usize = 12;
    pub const POST: usize = 20;
    pub const TEST: usize = 28;
    /// Bytes that matter; the rest are ignored.
    pub const LEN: usize = 36;
}

/// Local rejections (of `prop_filter`) before a part counts as not drawn.
const FUZZ_MAX_LOCAL_REJECTS: u32 = 256;

thread_local! {
    /// The fuzz target's runner configuration, built once.
    static FUZZ_CONFIG: Config = Config {
        failure_persistence: None,
        max_local_rejects: FUZZ_MAX_LOCAL_REJECTS,
        ..Config::default()
    };
}

fn byte(data: &[u8], at: usize) -> u8 {
    data.get(at).copied().unwrap_or(0)
}

/// Draw one part of a case from the RNG seeded by the eight bytes at `at`.
fn draw<T: fmt::Debug>(strategy: &BoxedStrategy<T>, data: &[u8], at: usize) -> Option<T> {
    let mut seed = [0u8; 8];
    for (k, b) in seed.iter_mut().enumerate() {
        *b = byte(data, at + k);
    }
    // splitmix64 over (seed, part) to fill the RNG's 16-byte seed (never
    // all zero, which XorShift cannot take).
    let mut x = u64::from_le_bytes(seed) ^ (at as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut key = [0u8; 16];
    for chunk in key.chunks_mut(8) {
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        chunk.copy_from_slice(&(z | 1).to_le_bytes());
    }
    let config = FUZZ_CONFIG.with(Config::clone);
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::XorShift, &key));
    Some(strategy.new_tree(&mut runner).ok()?.current())
}

/// The case fuzzer bytes describe (see [`layout`]): the index of its
/// family in `fams` and the case, or `None` when a part's strategy rejects
/// its seed.
pub fn case_from_bytes(fams: &[Family], data: &[u8]) -> Option<(usize, Case)> {
    if fams.is_empty() {
        return None;
    }
    let index = usize::from(byte(data, layout::FAMILY)) % fams.len();
    let fam = &fams[index];
    let choices = if byte(data, layout::KIND) & 3 == 0 && !fam.examples.is_empty() {
        &fam.examples
    } else {
        &fam.sites
    };
    if choices.is_empty() {
        return None;
    }
    let pick = u16::from_le_bytes([byte(data, layout::SITE), byte(data, layout::SITE + 1)]);
    let parts = &choices[usize::from(pick) % choices.len()];
    let case = parts.assemble(
        draw(&parts.pre, data, layout::PRE)?,
        draw(&parts.warm, data, layout::WARM)?,
        draw(&parts.post, data, layout::POST)?,
        draw(&parts.test, data, layout::TEST)?,
    );
    Some((index, case))
}

/// Run the case fuzzer bytes describe (see [`case_from_bytes`]): the
/// family head and what the case exercised (`None` when the bytes make no
/// case or the last attempt did not specialize), or a failure whose
/// message names the family, the form, the case and both outcomes.
pub fn check_bytes(data: &[u8]) -> Result<Option<(Opcode, Exercised)>, Failure> {
    FAMILIES.with(|fams| {
        let Some((index, case)) = case_from_bytes(fams, data) else {
            return Ok(None);
        };
        let fam = &fams[index];
        let head = fam.head();
        match fam.run(&case) {
            Ok(e) => Ok(e.map(|e| (head, e))),
            Err(Failure::Violation(m)) => Err(Failure::Violation(format!(
                "single_instruction: {}: {m}\ncase: {case:#?}",
                head.name()
            ))),
            Err(Failure::Harness(m)) => Err(Failure::Harness(format!(
                "{}: {m}\ncase: {case:#?}",
                head.name()
            ))),
        }
    })
}

/// One refinement case drawn from fuzzer bytes: picks a family (and form)
/// from the data, builds the case from the family's proptest strategies
/// driven by the bytes, runs it, and panics with a readable report (form,
/// operands, both outcomes) if the specialized form disagrees with its
/// family head. Never panics otherwise: bytes that make no case and cases
/// the harness cannot set up (which `cargo test` would catch) are skipped.
pub fn single_instruction(data: &[u8]) {
    if let Err(Failure::Violation(report)) = check_bytes(data) {
        panic!("{report}");
    }
}

// ====================================================================
// One case.
// ====================================================================

/// Per-thread state: the compiled world, and a world ready for the next
/// case (see [Worlds](self#worlds)).
struct Lab {
    world_code: Option<Result<Rc<CodeObject>, String>>,
    spare: Option<Reusable>,
    /// Cases since the subclass lists of builtin classes were last pruned
    /// (a discarded world counts 64).
    cases: u32,
    counts: WorldCounts,
    /// Whether a world may serve more than one case.
    reuse: bool,
}

/// How this thread's cases got their worlds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WorldCounts {
    /// Worlds built (the world module run in a new interpreter).
    pub built: u64,
    /// Cases that ran in a world an earlier case left (and was restored).
    pub reused: u64,
    /// Worlds that could not be recorded, hence never reused.
    pub unrecordable: u64,
}

/// Whether this thread's cases may run in a world that earlier cases used
/// and that was restored to its fresh state (the default), or each in a
/// new world (slower; for checking that the two agree).
pub fn set_world_reuse(reuse: bool) {
    LAB.with(|lab| {
        let mut lab = lab.borrow_mut();
        lab.reuse = reuse;
        if !reuse {
            if let Some(r) = lab.spare.take() {
                if let Some(p) = &r.pristine {
                    p.dismantle();
                }
            }
        }
    });
}

/// How this thread's cases got their worlds so far.
pub fn world_counts() -> WorldCounts {
    LAB.with(|lab| lab.borrow().counts)
}

/// A world and the record of its fresh state (`None`: it holds objects
/// whose state cannot be recorded, and is used for one case only).
struct Reusable {
    world: World,
    pristine: Option<Pristine>,
}

thread_local! {
    static LAB: RefCell<Lab> = const {
        RefCell::new(Lab {
            world_code: None,
            spare: None,
            cases: 0,
            counts: WorldCounts {
                built: 0,
                reused: 0,
                unrecordable: 0,
            },
            reuse: true,
        })
    };
}

impl Lab {
    fn world_code(&mut self) -> Result<Rc<CodeObject>, String> {
        self.world_code
            .get_or_insert_with(|| world::compile(world::WORLD, "<world>"))
            .clone()
    }
}

/// A world as fresh as a new one: the spare one, or a new one.
fn take_world() -> Result<Reusable, String> {
    let (spare, code) = LAB.with(|lab| {
        let mut lab = lab.borrow_mut();
        match lab.spare.take() {
            Some(r) => {
                lab.counts.reused += 1;
                (Some(r), None)
            }
            None => {
                lab.counts.built += 1;
                (None, Some(lab.world_code()))
            }
        }
    });
    if let Some(r) = spare {
        return Ok(r);
    }
    let code = code.unwrap_or_else(|| Err("no world code".into()))?;
    let world = World::new(code)?;
    let pristine = Pristine::record(&world);
    if pristine.is_none() {
        LAB.with(|lab| lab.borrow_mut().counts.unrecordable += 1);
    }
    Ok(Reusable { world, pristine })
}

/// Hand a world back after a case: it becomes the spare one if it can be
/// brought back to its fresh state, else it is taken apart.
fn give_back(mut r: Reusable, reusable: bool) {
    let restored = reusable
        && LAB.with(|lab| lab.borrow().reuse)
        && match &r.pristine {
            Some(p) => p.restore(&mut r.world),
            None => false,
        };
    // Discarded worlds (and classes that cases create) leave dead entries
    // in the subclass lists of builtin classes: prune now and then.
    let prune = LAB.with(|lab| {
        let mut lab = lab.borrow_mut();
        lab.cases += if restored { 1 } else { 64 };
        if lab.cases >= 4096 {
            lab.cases = 0;
            true
        } else {
            false
        }
    });
    if restored {
        if prune {
            if let Some(p) = &r.pristine {
                p.prune_builtin_bases();
            }
        }
        LAB.with(|lab| lab.borrow_mut().spare = Some(r));
        return;
    }
    let Reusable { world, pristine } = r;
    if let Some(p) = &pristine {
        p.dismantle();
    }
    drop(world);
    if let (true, Some(p)) = (prune, &pristine) {
        p.prune_builtin_bases();
    }
}

/// Check the property on one case, recording the form it ran.
fn check_case(
    fam: &Family,
    case: &Case,
    exercised: &mut Option<Exercised>,
    trace: Option<&mut String>,
) -> Result<(), Failure> {
    let site = fam.site(case.site)?;
    let mut r = take_world()?;
    let result = run_case(fam, case, &site, &mut r.world, exercised, trace);
    give_back(r, !matches!(result, Err(Failure::Harness(_))));
    result
}

/// The body of [`check_case`], in world `w`.
fn run_case(
    fam: &Family,
    case: &Case,
    site: &Site,
    w: &mut World,
    exercised: &mut Option<Exercised>,
    mut trace: Option<&mut String>,
) -> Result<(), Failure> {
    let head = fam.def.head;
    for m in &case.pre {
        w.apply(m)?;
    }
    let mut form = None;
    for ops in &case.warm {
        let b = make_frame(w, site, ops)?;
        form = probe::specialize(&mut w.vm, &b.frame, site.ip, site.head, site.arg).ok();
        w.vm.recycle(b.frame);
    }
    let Some(form) = form else {
        if let Some(t) = trace {
            t.push_str("did not specialize\n");
        }
        return Ok(());
    };
    if let Some(t) = trace.as_deref_mut() {
        t.push_str(&format!("specialized to {}\n", form.name()));
    }
    if form.family() != head || form == head {
        return Err(Failure::Violation(format!(
            "the specializer chose {} for {}",
            form.name(),
            head.name()
        )));
    }
    for m in &case.post {
        w.apply(m)?;
    }
    let ops = case
        .test
        .as_ref()
        .or(case.warm.last())
        .ok_or_else(|| Failure::Harness("a case without warm operands".into()))?;
    w.vm.take_output();

    let mut a = make_frame(w, site, ops)?;
    let before = snapshot(&a);
    let step = probe::run_form(&mut w.vm, &mut a.frame, site.ip, form, site.arg);
    *exercised = Some(Exercised {
        form,
        hit: step.is_some(),
    });
    let Some(step) = step else {
        let after = snapshot(&a);
        let output = w.vm.take_output();
        if let Some(t) = trace {
            t.push_str(&format!("missed\n{}\n", after.described()));
        }
        if before != after || !output.is_empty() {
            return Err(Failure::Violation(format!(
                "{} failed a guard but changed the frame\nbefore: {before:#?}\nafter:  {after:#?}\noutput: {:?}",
                form.name(),
                String::from_utf8_lossy(&output)
            )));
        }
        return Ok(());
    };
    let by_form = complete(w, site, step, &mut a);
    w.vm.recycle(a.frame);

    let mut b = make_frame(w, site, ops)?;
    let step = generic::execute(&mut w.vm, &mut b.frame, head, site.arg);
    let by_head = complete(w, site, step, &mut b);
    w.vm.recycle(b.frame);

    if let Some(t) = trace {
        t.push_str(&format!("hit\n{by_form:?}\n{by_head:?}\n"));
    }
    // A form may enter a frame for what the generic path calls natively
    // (a property getter, __getitem__, __init__); then only the completed
    // outcome is comparable.
    let agree = if by_form.flow == "Call" && by_head.flow != "Call" {
        let f = property::Outcome {
            flow: by_head.flow,
            callee: by_head.callee.clone(),
            ..by_form.clone()
        };
        f == by_head
    } else {
        by_form == by_head
    };
    if !agree {
        return Err(Failure::Violation(format!(
            "{} disagrees with {}\nform:    {by_form:#?}\ngeneric: {by_head:#?}",
            form.name(),
            head.name()
        )));
    }
    Ok(())
}
