//! One differential check: run a program on a reference and on candidate
//! engines, and say whether they agree, disagree, or prove nothing.
//!
//! "No verdict" follows TESTING.md section 3: a run that ran out of the
//! generated program's fuel, hit the step budget, or ended in an outcome
//! that legitimately differs between correct implementations (MemoryError,
//! RecursionError depth) is discarded, not reported.

use crate::adaptive::stress;
use crate::engine::{self, Engine};
use crate::outcome::to_outcome;
use quicken_oracle::{render, CPython, Level, Outcome};
use quicken_spec::code::CodeObject;
use quicken_spec::compile::compile_bytes;
use quicken_spec::eval::{Limits, Output};
use quicken_spec::run::{compile_error_result, RunOptions, RunResult};
use similar::TextDiff;
use std::fmt;
use std::path::Path;
use std::rc::Rc;

/// What a program's outcome is checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Oracle {
    /// spec's reference evaluator; the candidate is interp (in a stress mode).
    Spec,
    /// CPython 3.11 in-process; the candidates are spec and interp.
    CPython,
}

impl Oracle {
    pub fn name(self) -> &'static str {
        match self {
            Oracle::Spec => "spec",
            Oracle::CPython => "cpython",
        }
    }

    /// Parses `spec` or `cpython`.
    pub fn parse(s: &str) -> Option<Oracle> {
        match s {
            "spec" => Some(Oracle::Spec),
            "cpython" => Some(Oracle::CPython),
            _ => None,
        }
    }
}

/// How a program is checked.
#[derive(Clone, Debug)]
pub struct Checker {
    pub oracle: Oracle,
    /// The interpreter's stress mode for this check.
    pub interp: Engine,
    /// Instruction budget of each Quicken run (a safety net: generated
    /// programs carry their own fuel and normally stop long before it).
    pub max_steps: u64,
    pub level: Level,
    /// Check frame invariance at every guard failure (`--lockstep`).
    pub lockstep: bool,
    /// The file name programs run as (tracebacks and `__file__` show it).
    pub filename: String,
}

/// Largest int `**` and `<<` may build in a fuzzing run (about 315,000
/// digits): past it they raise MemoryError, a poisoned outcome, instead of
/// letting one instruction compute for minutes (`10**281**3`).
pub const FUZZ_MAX_INT_BITS: u64 = 1 << 20;

/// The default instruction budget of a fuzzing run.
pub const DEFAULT_MAX_STEPS: u64 = 2_000_000;

impl Checker {
    pub fn new(oracle: Oracle, interp: Engine) -> Checker {
        Checker {
            oracle,
            interp,
            max_steps: DEFAULT_MAX_STEPS,
            level: Level::Outcome,
            lockstep: true,
            filename: "/tmp/quicken-fuzz/program.py".into(),
        }
    }
}

/// Why a run proves nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoVerdict {
    /// The generated program's fuel ran out on the reference.
    OutOfFuel,
    /// A Quicken run reached the instruction budget.
    StepBudget,
    /// An outcome that may differ between correct implementations.
    Poisoned(&'static str),
    /// CPython could not run the program (the oracle's own failure).
    OracleFailed(String),
}

impl NoVerdict {
    /// The static label equal to `label`, for labels read back from text.
    pub fn label_static(label: &str) -> &'static str {
        [
            "out of fuel",
            "step budget",
            "MemoryError",
            "RecursionError",
            "oracle failed",
        ]
        .into_iter()
        .find(|l| *l == label)
        .unwrap_or("other")
    }

    pub fn label(&self) -> &'static str {
        match self {
            NoVerdict::OutOfFuel => "out of fuel",
            NoVerdict::StepBudget => "step budget",
            NoVerdict::Poisoned(why) => why,
            NoVerdict::OracleFailed(_) => "oracle failed",
        }
    }
}

/// Two engines disagree on a program.
#[derive(Clone, Debug)]
pub struct Mismatch {
    /// Name of the reference (`spec`, `cpython`).
    pub reference: String,
    /// Name of the disagreeing engine (`spec`, `interp[eager]`, ...).
    pub candidate: String,
    pub expected: Outcome,
    pub actual: Outcome,
    /// Unified diff, reference -> candidate, of the outcomes' renderings.
    pub diff: String,
}

impl Mismatch {
    /// The changed lines of the diff, without positions: two reports of the
    /// same bug from different programs often share it, so a campaign keeps
    /// one reproducer per signature.
    pub fn signature(&self) -> String {
        let mut sig = format!("{} vs {}\n", self.reference, self.candidate);
        for line in self.diff.lines() {
            let changed = (line.starts_with('-') && !line.starts_with("---"))
                || (line.starts_with('+') && !line.starts_with("+++"));
            if changed {
                sig.push_str(line);
                sig.push('\n');
            }
        }
        sig
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} and {} disagree:", self.reference, self.candidate)?;
        f.write_str(&self.diff)
    }
}

/// The result of a check.
#[derive(Clone, Debug)]
pub enum Verdict {
    Agree,
    NoVerdict(NoVerdict),
    Mismatch(Box<Mismatch>),
}

impl Verdict {
    pub fn is_mismatch(&self) -> bool {
        matches!(self, Verdict::Mismatch(_))
    }
}

/// A program compiled once for every Quicken run, or the outcome of its
/// compile error.
pub type Compiled = Result<Rc<CodeObject>, Box<RunResult>>;

/// One engine's run of the program.
pub struct Run {
    pub name: String,
    pub outcome: Outcome,
    pub steps_exhausted: bool,
}

impl Run {
    fn of(name: String, r: &RunResult) -> Run {
        Run {
            name,
            outcome: to_outcome(r),
            steps_exhausted: r.steps_exhausted,
        }
    }
}

impl Checker {
    fn options(&self) -> RunOptions {
        RunOptions {
            limits: Limits {
                max_steps: Some(self.max_steps),
                max_int_bits: Some(FUZZ_MAX_INT_BITS),
            },
            argv: vec![self.filename.clone()],
            loop_fn: None,
        }
    }

    /// Run compiled code on one Quicken engine (on the calling thread). The
    /// interpreter collects specialization statistics (its checked loop), so
    /// a campaign can report which forms and deopt paths it reached, and
    /// runs in lockstep when asked.
    pub fn run_quicken(&self, engine: Engine, code: &Compiled) -> Run {
        let code = match code {
            Ok(code) => code.clone(),
            Err(failed) => return Run::of(engine.name(), failed),
        };
        let opts = self.options();
        let out = Output::Buffer(Vec::new());
        let r = match engine {
            Engine::Spec => engine::run_code(engine, out, code, &opts, false),
            Engine::Interp(_) => {
                stress::set_lockstep(self.lockstep);
                let r = engine::run_code(engine, out, code, &opts, true);
                stress::set_lockstep(false);
                r
            }
        };
        Run::of(engine.name(), &r)
    }

    /// Compile `source` once for all of Quicken's runs.
    pub fn compile(&self, source: &[u8]) -> Compiled {
        compile_bytes(source, &self.filename)
            .map_err(|e| Box::new(compile_error_result(&e, source, &self.filename)))
    }

    /// The engines compared with the reference, in order.
    pub fn candidates(&self) -> Vec<Engine> {
        match self.oracle {
            Oracle::Spec => vec![self.interp],
            Oracle::CPython => vec![Engine::Spec, self.interp],
        }
    }

    /// Check `source` (on the calling thread, which must have a big stack:
    /// see [`crate::stack`]). Quicken's runs come first so that a program
    /// that does not terminate within the budget never reaches CPython.
    pub fn check(&self, source: &[u8]) -> Verdict {
        let mut engines = self.candidates();
        if self.oracle == Oracle::Spec {
            engines.insert(0, Engine::Spec);
        }
        let code = self.compile(source);
        let mut runs = Vec::new();
        for engine in engines {
            let run = self.run_quicken(engine, &code);
            if run.steps_exhausted {
                return Verdict::NoVerdict(NoVerdict::StepBudget);
            }
            runs.push(run);
        }
        if self.oracle == Oracle::CPython {
            match run_cpython(source, &self.filename) {
                Ok(outcome) => runs.insert(
                    0,
                    Run {
                        name: "cpython".into(),
                        outcome,
                        steps_exhausted: false,
                    },
                ),
                Err(e) => return Verdict::NoVerdict(NoVerdict::OracleFailed(e)),
            }
        }
        self.judge(&runs)
    }

    /// Compare runs: the first is the reference, the others candidates.
    pub fn judge(&self, runs: &[Run]) -> Verdict {
        let Some((reference, candidates)) = runs.split_first() else {
            return Verdict::Agree;
        };
        if quicken_fuzzgen::is_no_verdict(&reference.outcome.stdout) {
            return Verdict::NoVerdict(NoVerdict::OutOfFuel);
        }
        for run in runs {
            if let Some(why) = poisoned(&run.outcome) {
                return Verdict::NoVerdict(NoVerdict::Poisoned(why));
            }
        }
        for cand in candidates {
            let cmp = quicken_oracle::compare(
                &mask_addresses(&reference.outcome),
                &mask_addresses(&cand.outcome),
                self.level,
            );
            if !cmp.agree {
                return Verdict::Mismatch(Box::new(mismatch(reference, cand, self.level)));
            }
        }
        Verdict::Agree
    }
}

fn mismatch(reference: &Run, candidate: &Run, level: Level) -> Mismatch {
    let (old, new) = (
        render(&reference.outcome, level),
        render(&candidate.outcome, level),
    );
    let diff = TextDiff::from_lines(&old, &new)
        .unified_diff()
        .header(&reference.name, &candidate.name)
        .to_string();
    Mismatch {
        reference: reference.name.clone(),
        candidate: candidate.name.clone(),
        expected: reference.outcome.clone(),
        actual: candidate.outcome.clone(),
        diff,
    }
}

/// Outcomes that may legitimately differ between correct implementations:
/// memory exhaustion, and recursion depth (how deep a native re-entry such
/// as a dunder called from C counts is an implementation detail).
fn poisoned(o: &Outcome) -> Option<&'static str> {
    if o.is_poisoned() || o.stdout.contains("MemoryError") {
        return Some("MemoryError");
    }
    let recursion = |s: &str| s.contains("RecursionError") || s.contains("maximum recursion depth");
    if recursion(&o.stdout)
        || o.exception
            .as_ref()
            .is_some_and(|e| recursion(&e.type_name) || recursion(&e.message))
    {
        return Some("RecursionError");
    }
    None
}

/// The outcome with object addresses masked (see [`super::mask_addresses`]).
fn mask_addresses(o: &Outcome) -> Outcome {
    let mask = super::mask_addresses;
    let mut o = o.clone();
    o.stdout = mask(&o.stdout);
    o.stderr = mask(&o.stderr);
    if let Some(e) = &mut o.exception {
        e.message = mask(&e.message);
        e.traceback = mask(&e.traceback);
    }
    o
}

/// CPython's outcome for `source`, run in-process as `filename`.
pub fn run_cpython(source: &[u8], filename: &str) -> Result<Outcome, String> {
    let cpython = CPython::get().map_err(|e| e.to_string())?;
    cpython
        .run_bytes(source, Path::new(filename))
        .map(|r| r.outcome)
        .map_err(|e| e.to_string())
}
