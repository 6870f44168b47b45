//! The adaptive machinery end to end: counters (warm-up, cooldown of 53
//! misses, re-specialization), stress modes and the quickened code that
//! `quicken dis --adaptive` shows. Outputs are the interpreter's own
//! statistics, which CPython has no counterpart for; what the programs
//! print is checked against CPython by the conformance corpus.

use quicken_interp::adaptive::{self, stats, StressMode};
use quicken_interp::stack::with_big_stack;
use quicken_spec::eval::Output;
use quicken_spec::instructions::Opcode;
use quicken_spec::run::{run_code_to, RunOptions};

/// Run `source` on the interpreter in `mode` with statistics; return the
/// snapshot and the quickened disassembly.
fn run(source: &'static str, mode: StressMode) -> (Vec<(Opcode, stats::OpStats)>, String) {
    with_big_stack(move || {
        let code = quicken_spec::compile::compile_bytes(source.as_bytes(), "<test>")
            .expect("test program compiles");
        stats::reset();
        let opts = RunOptions {
            loop_fn: Some(adaptive::configure(mode, true)),
            ..RunOptions::default()
        };
        let r = run_code_to(Output::Buffer(Vec::new()), code.clone(), &opts);
        assert_eq!(r.exit_code, 0, "{}", r.stderr);
        (
            stats::snapshot(),
            quicken_spec::dis::disassemble_adaptive(&code),
        )
    })
}

fn get(s: &[(Opcode, stats::OpStats)], op: Opcode) -> stats::OpStats {
    s.iter()
        .find(|(o, _)| *o == op)
        .map(|(_, st)| st.clone())
        .unwrap_or_default()
}

const INT_THEN_FLOAT: &str = "
def add(a, b):
    return a + b
for i in range(10):
    add(i, 1)
for i in range(53):
    add(1.5, 2.5)
for i in range(5):
    add(1.5, 2.5)
";

#[test]
fn warmup_cooldown_and_respecialization_follow_cpython_counters() {
    let (s, dis) = run(INT_THEN_FLOAT, StressMode::Default);
    let add_int = get(&s, Opcode::BINARY_OP_ADD_INT);
    let add_float = get(&s, Opcode::BINARY_OP_ADD_FLOAT);
    let head = get(&s, Opcode::BINARY_OP);
    // The first execution is generic; the second specializes and hits.
    assert_eq!(add_int.hits, 9, "{add_int:?}");
    // 52 misses count the cooldown down; the 53rd re-specializes.
    assert_eq!(add_int.misses, 53, "{add_int:?}");
    assert_eq!(add_int.deopts, 1, "{add_int:?}");
    assert_eq!(head.attempts, 2, "{head:?}");
    assert_eq!(head.successes, 2, "{head:?}");
    // The new form runs right away, then for the last five calls.
    assert_eq!(add_float.hits, 6, "{add_float:?}");
    assert!(dis.contains("BINARY_OP_ADD_FLOAT"), "{dis}");
}

#[test]
fn never_specializes_nothing_and_eager_specializes_at_once() {
    let (s, dis) = run(INT_THEN_FLOAT, StressMode::Never);
    assert!(
        s.iter().all(|(_, st)| st.hits == 0 && st.attempts == 0),
        "{s:?}"
    );
    assert!(!dis.contains("BINARY_OP_ADD"), "{dis}");

    let (s, _) = run(INT_THEN_FLOAT, StressMode::Eager);
    // Specialized on the first execution: every int call hits.
    assert_eq!(get(&s, Opcode::BINARY_OP_ADD_INT).hits, 10);
    // Re-specialized on the first miss.
    assert_eq!(get(&s, Opcode::BINARY_OP_ADD_INT).misses, 1);
    assert_eq!(get(&s, Opcode::BINARY_OP_ADD_FLOAT).hits, 58);
}

#[test]
fn deopt_every_n_forces_misses_on_the_guarded_forms() {
    let (s, _) = run(INT_THEN_FLOAT, StressMode::DeoptEvery(1));
    let forms: Vec<_> = s.iter().filter(|(op, _)| op.family() != *op).collect();
    assert!(!forms.is_empty());
    assert!(forms.iter().all(|(_, st)| st.hits == 0), "{forms:?}");
    assert!(forms.iter().any(|(_, st)| st.misses > 0), "{forms:?}");
}

#[test]
fn failed_attempts_back_off_exponentially() {
    // `a @ b` has no specialized form: attempts on executions 2, 6, 14,
    // 30, 62 and 126 (each failure doubles the wait: 4, 8, 16, 32, 64).
    let src = "
class M:
    def __matmul__(self, o):
        return 1
def f(a, b):
    return a @ b
m = M()
for i in range(130):
    f(m, m)
";
    let (s, _) = run(src, StressMode::Default);
    let head = get(&s, Opcode::BINARY_OP);
    assert_eq!(head.attempts, 6, "{head:?}");
    assert_eq!(head.successes, 0, "{head:?}");
    assert_eq!(head.failure_count(), 6, "{head:?}");
}

#[test]
fn superinstructions_are_made_on_first_execution() {
    // In f, `c = a` fuses STORE_FAST c with the LOAD_FAST a of the next
    // line, which is then skipped: the pair in `a + b` of g runs instead.
    let src = "
def f(a, b):
    c = a
    d = b
    return a + b + c + d
def g(a, b):
    return a * b
for i in range(3):
    f(i, i)
    g(i, i)
";
    let (s, dis) = run(src, StressMode::Default);
    assert!(get(&s, Opcode::LOAD_FAST_LOAD_FAST).hits > 0, "{dis}");
    assert!(get(&s, Opcode::STORE_FAST_LOAD_FAST).hits > 0, "{dis}");
    assert!(dis.contains("LOAD_FAST_LOAD_FAST"), "{dis}");
}
