//! `quicken fuzz`: a seeded campaign on stable Rust. Each execution draws
//! a program (and a stress mode) from a seeded byte stream exactly as the
//! cargo-fuzz targets draw them from libFuzzer's input, checks it, and
//! saves every new disagreement or crash as a runnable reproducer.

use super::check::{Checker, NoVerdict, Oracle, Verdict};
use super::targets::draw_case;
use crate::adaptive::{stats, StressMode};
use crate::engine::Engine;
use quicken_spec::instructions::Opcode;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What a campaign does.
#[derive(Clone, Debug)]
pub struct Config {
    /// Wall-clock budget.
    pub seconds: f64,
    /// Stop after this many executions, if given (for tests).
    pub max_execs: Option<u64>,
    pub seed: u64,
    pub oracle: Oracle,
    /// Where reproducers go (created on the first finding).
    pub out: PathBuf,
    /// Bytes of generator input per program (the input size bounds the
    /// program's size: the generator takes the simplest option once the
    /// bytes run out).
    pub input_bytes: std::ops::RangeInclusive<usize>,
    /// A fixed stress mode instead of one drawn per program.
    pub stress: Option<StressMode>,
    pub lockstep: bool,
    /// Seconds between progress lines.
    pub progress_every: f64,
    /// Index of the first execution (a worker resuming a campaign).
    pub first_index: u64,
    /// Stop once resident memory exceeds this many MiB, so that a
    /// supervisor can continue in a fresh process (Quicken has no cycle
    /// collector yet, so every program's reference cycles stay behind).
    pub rss_limit_mb: Option<u64>,
    /// Call `before_exec` with each execution's index before running it,
    /// so that a supervisor can tell which program killed a worker.
    pub trace_each: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            seconds: 60.0,
            max_execs: None,
            seed: 0,
            oracle: Oracle::Spec,
            out: PathBuf::from("fuzz-out"),
            input_bytes: 64..=2048,
            stress: None,
            lockstep: true,
            progress_every: 5.0,
            first_index: 0,
            rss_limit_mb: None,
            trace_each: false,
        }
    }
}

/// Specialized forms reached by the generated programs.
#[derive(Clone, Debug, Default)]
pub struct Coverage {
    /// Forms whose guards held at least once.
    pub hit: Vec<Opcode>,
    /// Forms whose guards failed at least once (the deopt path ran).
    pub deopted: Vec<Opcode>,
    /// All specialized forms of the instruction table.
    pub total: usize,
}

impl Coverage {
    /// The forms reached so far on this thread (statistics accumulate over
    /// the whole campaign).
    pub fn current() -> Coverage {
        let forms: Vec<Opcode> = specialized_forms().collect();
        let snap: BTreeMap<Opcode, stats::OpStats> = stats::snapshot().into_iter().collect();
        let pick = |f: &dyn Fn(&stats::OpStats) -> bool| {
            forms
                .iter()
                .copied()
                .filter(|op| snap.get(op).is_some_and(f))
                .collect::<Vec<_>>()
        };
        Coverage {
            hit: pick(&|s| s.hits > 0),
            deopted: pick(&|s| s.misses > 0),
            total: forms.len(),
        }
    }

    /// Forms never hit, by name.
    pub fn missing_hits(&self) -> Vec<&'static str> {
        specialized_forms()
            .filter(|op| !self.hit.contains(op))
            .map(|op| op.name())
            .collect()
    }

    /// Forms whose deopt path never ran, by name.
    pub fn missing_deopts(&self) -> Vec<&'static str> {
        specialized_forms()
            .filter(|op| !self.deopted.contains(op))
            .map(|op| op.name())
            .collect()
    }
}

/// Every specialized form (an instruction of a family it does not head).
pub fn specialized_forms() -> impl Iterator<Item = Opcode> {
    Opcode::ALL.iter().copied().filter(|op| op.family() != *op)
}

/// Where a campaign stands.
#[derive(Clone, Debug, Default)]
pub struct Status {
    pub elapsed: Duration,
    pub execs: u64,
    pub agree: u64,
    pub no_verdict: BTreeMap<&'static str, u64>,
    /// All disagreeing executions (several may share a signature).
    pub mismatches: u64,
    /// Quicken panics.
    pub crashes: u64,
    /// Reproducers written, one per distinct signature.
    pub saved: Vec<PathBuf>,
    pub coverage: Coverage,
    /// Total bytes of generated source, for the mean program size.
    pub source_bytes: u64,
    /// The index the next execution would have.
    pub next_index: u64,
    /// The run stopped because resident memory reached the limit.
    pub stopped_for_memory: bool,
}

impl Status {
    pub fn execs_per_second(&self) -> f64 {
        self.execs as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// One progress line.
    pub fn line(&self) -> String {
        let nv: u64 = self.no_verdict.values().sum();
        format!(
            "[{:>6.1}s] {} execs, {:.0} execs/s, {} agree, {} no verdict, {} mismatches, {} crashes; forms hit {}/{}, deopts {}/{}",
            self.elapsed.as_secs_f64(),
            self.execs,
            self.execs_per_second(),
            self.agree,
            nv,
            self.mismatches,
            self.crashes,
            self.coverage.hit.len(),
            self.coverage.total,
            self.coverage.deopted.len(),
            self.coverage.total,
        )
    }
}

/// The seeded input of execution `index`: a splitmix64 stream, so that
/// `--seed S` replays a campaign exactly.
pub fn input_for(seed: u64, index: u64, sizes: &std::ops::RangeInclusive<usize>) -> Vec<u8> {
    let mut state = seed ^ index.wrapping_mul(0xA24B_AED4_963E_E407);
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let (lo, hi) = (*sizes.start(), (*sizes.end()).max(*sizes.start()));
    let len = lo + (next() % (hi - lo + 1) as u64) as usize;
    let mut bytes = Vec::with_capacity(len + 8);
    while bytes.len() < len {
        bytes.extend_from_slice(&next().to_le_bytes());
    }
    bytes.truncate(len);
    bytes
}

/// The program and checker of execution `index` of a campaign.
fn case_at(config: &Config, index: u64) -> (String, Checker) {
    let input = input_for(config.seed, index, &config.input_bytes);
    let (source, mut checker) = draw_case(&input, config.oracle);
    if let Some(mode) = config.stress {
        checker.interp = Engine::Interp(mode);
    }
    checker.lockstep = config.lockstep;
    (source, checker)
}

/// Resident memory of this process in MiB (Linux; `None` elsewhere).
pub fn resident_mb() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096 / (1024 * 1024))
}

/// Run a campaign on the calling thread (which must have a big stack),
/// reporting progress through `progress`.
pub fn run(config: &Config, progress: &mut dyn FnMut(&Status)) -> Status {
    run_traced(config, progress, &mut |_| {})
}

/// [`run`], calling `before_exec` with each index first when
/// `config.trace_each` is set.
pub fn run_traced(
    config: &Config,
    progress: &mut dyn FnMut(&Status),
    before_exec: &mut dyn FnMut(u64),
) -> Status {
    stats::reset();
    let start = Instant::now();
    let mut status = Status::default();
    let mut seen = known_signatures(&config.out);
    let mut last_progress = Instant::now();
    let budget = Duration::from_secs_f64(config.seconds.max(0.0));
    let mut index = config.first_index;
    let end = config
        .max_execs
        .map(|m| config.first_index.saturating_add(m));
    while start.elapsed() < budget && end.is_none_or(|e| index < e) {
        if config.trace_each {
            before_exec(index);
        }
        let (source, checker) = case_at(config, index);
        status.source_bytes += source.len() as u64;
        let verdict = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            checker.check(source.as_bytes())
        }));
        status.execs += 1;
        match verdict {
            Ok(Verdict::Agree) => status.agree += 1,
            Ok(Verdict::NoVerdict(why)) => {
                if let NoVerdict::OracleFailed(e) = &why {
                    eprintln!("quicken fuzz: CPython could not run program {index}: {e}");
                }
                *status.no_verdict.entry(why.label()).or_default() += 1;
            }
            Ok(Verdict::Mismatch(m)) => {
                status.mismatches += 1;
                let sig = m.signature();
                if seen.insert(sig.clone()) {
                    save(
                        config,
                        &mut status,
                        index,
                        &checker,
                        &source,
                        &m.to_string(),
                        &sig,
                    );
                }
            }
            Err(panic) => {
                status.crashes += 1;
                let what = panic_message(&panic);
                let sig = format!("panic: {what}");
                if seen.insert(sig.clone()) {
                    let text = format!("Quicken panicked: {what}\n");
                    save(config, &mut status, index, &checker, &source, &text, &sig);
                }
            }
        }
        index += 1;
        status.next_index = index;
        if last_progress.elapsed().as_secs_f64() >= config.progress_every {
            last_progress = Instant::now();
            status.elapsed = start.elapsed();
            status.coverage = Coverage::current();
            progress(&status);
            if config
                .rss_limit_mb
                .is_some_and(|limit| resident_mb().is_some_and(|rss| rss > limit))
            {
                status.stopped_for_memory = true;
                break;
            }
        }
    }
    status.next_index = index;
    status.elapsed = start.elapsed();
    status.coverage = Coverage::current();
    status
}

/// Signatures of the findings already saved in `out` (from earlier workers
/// of the same campaign), so each bug is saved once.
fn known_signatures(out: &std::path::Path) -> HashSet<String> {
    let Ok(dir) = std::fs::read_dir(out) else {
        return HashSet::new();
    };
    dir.filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "sig"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// The message a panic carried.
pub fn panic_message(p: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".into()
    }
}

/// Write `NAME.py` (the program, with a header saying how it was found and
/// how to replay it) and `NAME.diff` (what disagreed) to the output folder.
#[allow(clippy::too_many_arguments)]
fn save(
    config: &Config,
    status: &mut Status,
    index: u64,
    checker: &Checker,
    source: &str,
    finding: &str,
    signature: &str,
) {
    if let Err(e) = std::fs::create_dir_all(&config.out) {
        eprintln!("quicken fuzz: cannot create {}: {e}", config.out.display());
        return;
    }
    let stem = format!("finding-{:016x}-{index}", config.seed);
    let py = config.out.join(format!("{stem}.py"));
    let diff = config.out.join(format!("{stem}.diff"));
    let mode = match checker.interp {
        Engine::Interp(mode) => mode.to_string(),
        Engine::Spec => "default".into(),
    };
    let mut header = String::new();
    let _ = writeln!(
        header,
        "# Found by `quicken fuzz --seed {} --oracle {}` (execution {index}).",
        config.seed,
        config.oracle.name()
    );
    let _ = writeln!(
        header,
        "# Replay: quicken diff --stress {mode} {}",
        py.display()
    );
    let _ = writeln!(
        header,
        "# Shrink: quicken reduce --oracle {} --stress {mode} {}",
        config.oracle.name(),
        py.display()
    );
    for line in finding.lines().take(40) {
        let _ = writeln!(header, "# {line}");
    }
    let body = format!("{header}\n{source}");
    let sig = config.out.join(format!("{stem}.sig"));
    let written = std::fs::write(&py, body)
        .and_then(|_| std::fs::write(&diff, finding))
        .and_then(|_| std::fs::write(&sig, signature));
    match written {
        Ok(()) => {
            eprintln!("quicken fuzz: finding saved to {}", py.display());
            status.saved.push(py);
        }
        Err(e) => eprintln!("quicken fuzz: cannot write {}: {e}", py.display()),
    }
}

/// Save the program of execution `index` as the reproducer of a crash that
/// killed a worker process (a signal, an abort, a stack overflow: nothing
/// the worker could report itself).
pub fn save_process_crash(config: &Config, index: u64, what: &str) -> Option<PathBuf> {
    let (source, checker) = case_at(config, index);
    let mut status = Status::default();
    let text = format!("the worker process died running this program:\n{what}\n");
    let sig = format!("process crash: {}", what.lines().last().unwrap_or(""));
    if known_signatures(&config.out).contains(&sig) {
        return None;
    }
    save(config, &mut status, index, &checker, &source, &text, &sig);
    status.saved.pop()
}
