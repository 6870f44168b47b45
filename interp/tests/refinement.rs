//! Single-instruction refinement properties of the specialized forms: for
//! every specialized form of the instruction table, the form on arbitrary
//! operands (including ones failing its guards) either fails a guard having
//! touched nothing or does what its family head's generic meaning does.
//!
//! The machinery (the world, operand recipes and strategies, the families
//! and the property itself) lives in `quicken_interp::fuzz::refine`, which
//! the cargo-fuzz target `single_instruction` runs too; see its docs. Each
//! family test runs the family's fixed examples (one per form at least,
//! which must specialize to that form and hit), then `CASES` random cases
//! (`PROPTEST_CASES` overrides the count, `PROPTEST_RNG_SEED` fixes the
//! seed). `--nocapture` shows how the random cases spread over the forms.

use quicken_interp::fuzz::refine::{self, Family};
use quicken_spec::instructions::Opcode;

fn check(head: Opcode) {
    let Some(fam) = refine::family(head) else {
        panic!("{} has no refinement property", head.name());
    };
    check_family(&fam);
}

fn check_family(fam: &Family) {
    match refine::check_family(fam, refine::default_cases()) {
        Ok(tally) => eprintln!("{tally}"),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn binary_op_forms_refine_binary_op() {
    check(Opcode::BINARY_OP);
}

#[test]
fn compare_op_forms_refine_compare_op() {
    check(Opcode::COMPARE_OP);
}

#[test]
fn contains_op_forms_refine_contains_op() {
    check(Opcode::CONTAINS_OP);
}

#[test]
fn to_bool_forms_refine_to_bool() {
    check(Opcode::TO_BOOL);
}

#[test]
fn binary_subscr_forms_refine_binary_subscr() {
    check(Opcode::BINARY_SUBSCR);
}

#[test]
fn store_subscr_forms_refine_store_subscr() {
    check(Opcode::STORE_SUBSCR);
}

#[test]
fn unpack_sequence_forms_refine_unpack_sequence() {
    check(Opcode::UNPACK_SEQUENCE);
}

#[test]
fn load_global_forms_refine_load_global() {
    check(Opcode::LOAD_GLOBAL);
}

#[test]
fn load_attr_forms_refine_load_attr() {
    check(Opcode::LOAD_ATTR);
}

#[test]
fn load_super_attr_forms_refine_load_super_attr() {
    check(Opcode::LOAD_SUPER_ATTR);
}

#[test]
fn store_attr_forms_refine_store_attr() {
    check(Opcode::STORE_ATTR);
}

#[test]
fn call_forms_refine_call() {
    check(Opcode::CALL);
}

#[test]
fn for_iter_forms_refine_for_iter() {
    check(Opcode::FOR_ITER);
}

#[test]
fn send_forms_refine_send() {
    check(Opcode::SEND);
}

/// Every family with a property has a test above.
#[test]
fn every_family_has_a_test() {
    let tested = [
        Opcode::BINARY_OP,
        Opcode::COMPARE_OP,
        Opcode::CONTAINS_OP,
        Opcode::TO_BOOL,
        Opcode::BINARY_SUBSCR,
        Opcode::STORE_SUBSCR,
        Opcode::UNPACK_SEQUENCE,
        Opcode::LOAD_GLOBAL,
        Opcode::LOAD_ATTR,
        Opcode::LOAD_SUPER_ATTR,
        Opcode::STORE_ATTR,
        Opcode::CALL,
        Opcode::FOR_ITER,
        Opcode::SEND,
    ];
    let untested: Vec<&str> = refine::families()
        .iter()
        .map(|f| f.head())
        .filter(|h| !tested.contains(h))
        .map(|h| h.name())
        .collect();
    assert!(untested.is_empty(), "families without a test: {untested:?}");
}

/// Every specialized form in the instruction table (superinstructions
/// aside) is exercised, hitting, by a refinement check: a new form, or a
/// new family, without a property fails here.
#[test]
fn every_form_has_a_refinement_property() {
    match refine::uncovered_forms() {
        Ok(missing) => {
            let names: Vec<&str> = missing.iter().map(|op| op.name()).collect();
            assert!(
                names.is_empty(),
                "forms without a refinement property: {names:?}"
            );
        }
        Err(e) => panic!("{e}"),
    }
}

/// A world restored after a case is as good as a new one: the same cases
/// give the same traces (form, hit or miss, both outcomes) each in a new
/// world and one after another in one restored world.
#[test]
fn restored_worlds_behave_as_new_ones() {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    for fam in refine::families() {
        let mut runner = TestRunner::new_with_rng(
            Config::default(),
            TestRng::deterministic_rng(RngAlgorithm::ChaCha),
        );
        let mut cases = Vec::new();
        for (strategy, n) in [(fam.cases(), 200), (fam.directed_cases(), 100)] {
            for _ in 0..n {
                match strategy.new_tree(&mut runner) {
                    Ok(tree) => cases.push(tree.current()),
                    Err(e) => panic!("{}: {e}", fam.head().name()),
                }
            }
        }
        refine::set_world_reuse(false);
        let fresh: Vec<String> = cases
            .iter()
            .map(|c| format!("{:?}", fam.trace(c)))
            .collect();
        refine::set_world_reuse(true);
        let before = refine::world_counts();
        let reused: Vec<String> = cases
            .iter()
            .map(|c| format!("{:?}", fam.trace(c)))
            .collect();
        let after = refine::world_counts();
        for ((case, f), r) in cases.iter().zip(&fresh).zip(&reused) {
            assert_eq!(
                f,
                r,
                "{}: a restored world differs from a new one on {case:#?}",
                fam.head().name()
            );
        }
        assert!(
            after.reused - before.reused + 1 >= cases.len() as u64,
            "{}: worlds were not reused: {before:?} -> {after:?}",
            fam.head().name()
        );
    }
}

/// Throughput of the `single_instruction` fuzz target on seeded random
/// byte vectors of 16 to 512 bytes (TESTING.md's goal: 50,000 execs/s on
/// one core), first of its body in the calling thread, then of the
/// target's entry point (which runs the body on the persistent evaluation
/// thread):
///
/// ```text
/// cargo test --release -p quicken-interp --test refinement -- \
///     --ignored --nocapture single_instruction_throughput
/// ```
///
/// `REFINE_SECONDS` sets the duration of each half (10 s) and `REFINE_SEED`
/// the seed. Besides wall-clock rates it prints rates per CPU second (of
/// the thread, then of the process), which a loaded machine does not skew.
#[test]
#[ignore]
fn single_instruction_throughput() {
    use std::time::{Duration, Instant};
    let env = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let seconds = env("REFINE_SECONDS", 10);
    let mut state = env("REFINE_SEED", 1) | 1;
    let mut next = move || {
        // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let mut fill = move |data: &mut Vec<u8>| {
        data.clear();
        let len = 16 + next() % 497;
        while (data.len() as u64) < len {
            data.extend_from_slice(&next().to_le_bytes());
        }
        data.truncate(len as usize);
    };
    let limit = Duration::from_secs(seconds);
    let mut data = Vec::new();
    let cpu = |clock: libc::clockid_t| {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable timespec.
        unsafe { libc::clock_gettime(clock, &mut ts) };
        ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
    };

    // The body, in this thread.
    let (mut execs, mut no_case, mut unspecialized, mut hits, mut misses) = (0u64, 0, 0, 0, 0);
    let mut failures = Vec::new();
    // Warm the per-thread state (compiled world, families) first.
    refine::single_instruction(&[]);
    let start = Instant::now();
    let cpu_start = cpu(libc::CLOCK_THREAD_CPUTIME_ID);
    while start.elapsed() < limit {
        for _ in 0..64 {
            fill(&mut data);
            match refine::check_bytes(&data) {
                Ok(None) => no_case += 1,
                Ok(Some((_, e))) if e.hit => hits += 1,
                Ok(Some(_)) => misses += 1,
                Err(f) => failures.push(f.to_string()),
            }
            execs += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu_secs = cpu(libc::CLOCK_THREAD_CPUTIME_ID) - cpu_start;
    unspecialized += no_case;
    let worlds = refine::world_counts();
    eprintln!(
        "refine::check_bytes: {execs} execs in {secs:.1} s = {:.0} execs/s, \
         {:.0} execs per CPU second ({hits} hit, {misses} miss, {unspecialized} unspecialized or no case, {} failures; \
         worlds: {} built, {} reused, {} unrecordable)",
        execs as f64 / secs,
        execs as f64 / cpu_secs,
        failures.len(),
        worlds.built,
        worlds.reused,
        worlds.unrecordable
    );
    for f in failures.iter().take(3) {
        eprintln!("{f}");
    }
    assert!(failures.is_empty(), "{} failures", failures.len());

    // The target's entry point.
    quicken_interp::fuzz::targets::single_instruction(&[]);
    let mut execs = 0u64;
    let start = Instant::now();
    let cpu_start = cpu(libc::CLOCK_PROCESS_CPUTIME_ID);
    while start.elapsed() < limit {
        for _ in 0..64 {
            fill(&mut data);
            quicken_interp::fuzz::targets::single_instruction(&data);
            execs += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu_secs = cpu(libc::CLOCK_PROCESS_CPUTIME_ID) - cpu_start;
    eprintln!(
        "fuzz::targets::single_instruction: {execs} execs in {secs:.1} s = {:.0} execs/s, \
         {:.0} execs per CPU second",
        execs as f64 / secs,
        execs as f64 / cpu_secs
    );
}
