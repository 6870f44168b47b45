//! `quicken fuzz` and `quicken reduce`.

use super::run::read_program;
use crate::adaptive::StressMode;
use crate::engine::Engine;
use crate::fuzz::campaign::{self, Status};
use crate::fuzz::check::{Checker, Oracle, Verdict};
use crate::fuzz::reduce::{self, Progress};
use crate::stack::with_big_stack;
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use std::time::Instant;

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OracleArg {
    /// spec's reference evaluator against interp (fast).
    Spec,
    /// CPython 3.11 in-process against spec and interp.
    Cpython,
}

impl From<OracleArg> for Oracle {
    fn from(o: OracleArg) -> Oracle {
        match o {
            OracleArg::Spec => Oracle::Spec,
            OracleArg::Cpython => Oracle::CPython,
        }
    }
}

#[derive(Args, Debug)]
pub struct FuzzArgs {
    /// How long to run.
    #[arg(long, value_name = "N", default_value_t = 60.0)]
    seconds: f64,
    /// Seed of the program stream (a campaign replays exactly from its seed).
    #[arg(long, value_name = "S", default_value_t = 0)]
    seed: u64,
    /// What the generated programs are checked against.
    #[arg(long, value_enum, default_value_t = OracleArg::Spec)]
    oracle: OracleArg,
    /// Where reproducers of disagreements are written.
    #[arg(long, value_name = "DIR", default_value = "fuzz-out")]
    out: PathBuf,
    /// Run the interpreter in this stress mode instead of drawing one per
    /// program.
    #[arg(long, value_name = "MODE")]
    stress: Option<StressMode>,
    /// Do not check frame invariance at guard failures (faster).
    #[arg(long)]
    no_lockstep: bool,
    /// Largest generator input per program, in bytes (bigger inputs make
    /// bigger programs).
    #[arg(long, value_name = "BYTES", default_value_t = 2048)]
    max_input: usize,
    /// Stop after this many programs.
    #[arg(long, value_name = "N")]
    runs: Option<u64>,
    /// Programs run in worker processes, each replaced once its resident
    /// memory passes this many MiB (and after a crash).
    #[arg(long, value_name = "MIB", default_value_t = 1024)]
    rss_limit_mb: u64,
    /// Internal: run as a worker of a supervising `quicken fuzz`, starting
    /// at this execution index.
    #[arg(long, value_name = "INDEX", hide = true)]
    worker_start: Option<u64>,
    /// Internal: a worker reports each index before running it.
    #[arg(long, hide = true)]
    worker_trace: bool,
}

impl FuzzArgs {
    fn config(&self) -> campaign::Config {
        campaign::Config {
            seconds: self.seconds,
            max_execs: self.runs,
            seed: self.seed,
            oracle: self.oracle.into(),
            out: self.out.clone(),
            input_bytes: 16.min(self.max_input)..=self.max_input,
            stress: self.stress,
            lockstep: !self.no_lockstep,
            progress_every: if self.seconds >= 30.0 { 5.0 } else { 1.0 },
            first_index: 0,
            rss_limit_mb: Some(self.rss_limit_mb),
            trace_each: false,
        }
    }
}

pub fn fuzz(args: &FuzzArgs) -> i32 {
    if !(args.seconds.is_finite() && args.seconds >= 0.0) {
        eprintln!("quicken fuzz: --seconds must be a non-negative number");
        return 2;
    }
    if args.max_input < 16 {
        eprintln!("quicken fuzz: --max-input must be at least 16 bytes");
        return 2;
    }
    let config = args.config();
    if config.oracle == Oracle::CPython {
        if let Err(e) = quicken_oracle::CPython::get() {
            eprintln!("quicken fuzz: CPython oracle unavailable: {e}");
            return 2;
        }
    }
    if let Some(start) = args.worker_start {
        return worker::serve(config, start, args.worker_trace);
    }
    eprintln!(
        "quicken fuzz: seed {}, oracle {}, stress {}, {} s, reproducers to {}",
        config.seed,
        config.oracle.name(),
        config
            .stress
            .map(|m| m.to_string())
            .unwrap_or_else(|| "drawn per program".into()),
        config.seconds,
        config.out.display()
    );
    let status = worker::supervise(&config, args);
    summary(&status);
    if status.mismatches + status.crashes > 0 {
        1
    } else {
        0
    }
}

/// Programs run in child processes (`quicken fuzz --worker-start I`): a
/// worker that dies (a signal, an abort, a stack overflow) or outgrows its
/// memory limit is replaced, and the campaign goes on from the next index.
/// Workers report on stdout in tab-separated `key=value` lines.
mod worker {
    use super::*;
    use quicken_spec::instructions::Opcode;
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    use std::time::Duration;

    fn names(ops: &[Opcode]) -> String {
        ops.iter().map(|op| op.name()).collect::<Vec<_>>().join(",")
    }

    fn encode(tag: &str, s: &Status) -> String {
        let mut line = format!(
            "{tag}\texecs={}\tagree={}\tmismatches={}\tcrashes={}\tbytes={}\tnext={}\tmemory={}\thit={}\tdeopted={}",
            s.execs,
            s.agree,
            s.mismatches,
            s.crashes,
            s.source_bytes,
            s.next_index,
            s.stopped_for_memory as u8,
            names(&s.coverage.hit),
            names(&s.coverage.deopted),
        );
        for (why, n) in &s.no_verdict {
            line.push_str(&format!("\tnv:{why}={n}"));
        }
        for path in &s.saved {
            line.push_str(&format!("\tsaved={}", path.display()));
        }
        line
    }

    fn decode(line: &str) -> Status {
        let mut s = Status::default();
        let ops = |v: &str| -> Vec<Opcode> { v.split(',').filter_map(Opcode::from_name).collect() };
        for field in line.split('\t').skip(1) {
            let Some((k, v)) = field.split_once('=') else {
                continue;
            };
            let n = || v.parse::<u64>().unwrap_or(0);
            match k {
                "execs" => s.execs = n(),
                "agree" => s.agree = n(),
                "mismatches" => s.mismatches = n(),
                "crashes" => s.crashes = n(),
                "bytes" => s.source_bytes = n(),
                "next" => s.next_index = n(),
                "memory" => s.stopped_for_memory = v == "1",
                "hit" => s.coverage.hit = ops(v),
                "deopted" => s.coverage.deopted = ops(v),
                "saved" => s.saved.push(PathBuf::from(v)),
                _ => {
                    if let Some(why) = k.strip_prefix("nv:") {
                        let label = crate::fuzz::check::NoVerdict::label_static(why);
                        *s.no_verdict.entry(label).or_default() += n();
                    }
                }
            }
        }
        s
    }

    /// The worker side: run the campaign from `start`, reporting as it goes.
    pub fn serve(mut config: campaign::Config, start: u64, trace: bool) -> i32 {
        config.first_index = start;
        config.trace_each = trace;
        config.progress_every = 0.5;
        let status = with_big_stack(move || {
            let out = std::io::stdout();
            campaign::run_traced(
                &config,
                &mut |s: &Status| {
                    let _ = writeln!(out.lock(), "{}", encode("@progress", s));
                },
                &mut |i| {
                    let mut o = out.lock();
                    let _ = writeln!(o, "@at\t{i}");
                    let _ = o.flush();
                },
            )
        });
        println!("{}", encode("@done", &status));
        0
    }

    /// Add a finished worker's counts to the campaign's.
    fn absorb(total: &mut Status, part: &Status) {
        total.execs += part.execs;
        total.agree += part.agree;
        total.mismatches += part.mismatches;
        total.crashes += part.crashes;
        total.source_bytes += part.source_bytes;
        for (why, n) in &part.no_verdict {
            *total.no_verdict.entry(why).or_default() += n;
        }
        for op in &part.coverage.hit {
            if !total.coverage.hit.contains(op) {
                total.coverage.hit.push(*op);
            }
        }
        for op in &part.coverage.deopted {
            if !total.coverage.deopted.contains(op) {
                total.coverage.deopted.push(*op);
            }
        }
        total.saved.extend(part.saved.iter().cloned());
    }

    /// What one worker process did.
    struct Outcome {
        last: Status,
        done: bool,
        /// The index announced last (with tracing on).
        last_at: Option<u64>,
        stderr_tail: Vec<String>,
    }

    fn spawn(
        args: &FuzzArgs,
        start: u64,
        seconds: f64,
        runs: Option<u64>,
        trace: bool,
        progress: &mut dyn FnMut(&Status),
    ) -> Result<Outcome, String> {
        let exe =
            std::env::current_exe().map_err(|e| format!("cannot find quicken itself: {e}"))?;
        let mut cmd = Command::new(exe);
        cmd.arg("fuzz")
            .arg("--seconds")
            .arg(format!("{seconds}"))
            .arg("--seed")
            .arg(args.seed.to_string())
            .arg("--oracle")
            .arg(match args.oracle {
                OracleArg::Spec => "spec",
                OracleArg::Cpython => "cpython",
            })
            .arg("--out")
            .arg(&args.out)
            .arg("--max-input")
            .arg(args.max_input.to_string())
            .arg("--rss-limit-mb")
            .arg(args.rss_limit_mb.to_string())
            .arg("--worker-start")
            .arg(start.to_string());
        if let Some(mode) = args.stress {
            cmd.arg("--stress").arg(mode.to_string());
        }
        if args.no_lockstep {
            cmd.arg("--no-lockstep");
        }
        if let Some(n) = runs {
            cmd.arg("--runs").arg(n.to_string());
        }
        if trace {
            cmd.arg("--worker-trace");
        }
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start a worker: {e}"))?;
        let stderr = child.stderr.take().expect("piped stderr");
        // The worker's stderr (findings saved, panic messages) is shown and
        // its tail kept for crash reports.
        let tail = std::thread::spawn(move || {
            let mut tail: Vec<String> = Vec::new();
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if !line.starts_with("thread '") || !line.contains("panicked") {
                    eprintln!("{line}");
                }
                tail.push(line);
                if tail.len() > 40 {
                    tail.remove(0);
                }
            }
            tail
        });
        let stdout = child.stdout.take().expect("piped stdout");
        let mut out = Outcome {
            last: Status::default(),
            done: false,
            last_at: None,
            stderr_tail: Vec::new(),
        };
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(i) = line.strip_prefix("@at\t") {
                out.last_at = i.parse().ok();
            } else if line.starts_with("@progress\t") {
                out.last = decode(&line);
                progress(&out.last);
            } else if line.starts_with("@done\t") {
                out.last = decode(&line);
                out.done = true;
            }
        }
        let _ = child.wait();
        out.stderr_tail = tail.join().unwrap_or_default();
        Ok(out)
    }

    /// The supervisor: keep workers running until the time or the run
    /// budget is spent.
    pub fn supervise(config: &campaign::Config, args: &FuzzArgs) -> Status {
        let start = Instant::now();
        let mut total = Status::default();
        total.coverage.total = campaign::specialized_forms().count();
        let mut next = 0u64;
        let mut last_line = Instant::now();
        let budget = config.seconds;
        loop {
            let left = budget - start.elapsed().as_secs_f64();
            let runs_left = config.max_execs.map(|m| m.saturating_sub(total.execs));
            if left <= 0.0 || runs_left == Some(0) {
                break;
            }
            let mut show = |part: &Status| {
                if last_line.elapsed().as_secs_f64() >= config.progress_every {
                    last_line = Instant::now();
                    let mut view = total.clone();
                    absorb(&mut view, part);
                    view.elapsed = start.elapsed();
                    eprintln!("{}", view.line());
                }
            };
            let worker = match spawn(args, next, left, runs_left, false, &mut show) {
                Ok(w) => w,
                Err(e) => {
                    eprintln!("quicken fuzz: {e}");
                    break;
                }
            };
            absorb(&mut total, &worker.last);
            if worker.done {
                next = worker.last.next_index.max(next);
                if !worker.last.stopped_for_memory {
                    break;
                }
                eprintln!(
                    "quicken fuzz: worker reached {} MiB; continuing in a fresh process at program {next}",
                    config.rss_limit_mb.unwrap_or(0)
                );
                continue;
            }
            // The worker died. Replay from its last report, announcing each
            // program, to find the one that kills it.
            let resume = worker.last.next_index.max(next);
            eprintln!("quicken fuzz: a worker died after program {resume}; finding the program that killed it");
            let left = (budget - start.elapsed().as_secs_f64()).max(10.0);
            let triage = spawn(args, resume, left, Some(5000), true, &mut |_| {});
            let Ok(triage) = triage else {
                break;
            };
            if triage.done {
                // It did not die again: count what it ran and go on.
                absorb(&mut total, &triage.last);
                next = triage.last.next_index.max(resume + 1);
                continue;
            }
            let culprit = triage.last_at.unwrap_or(resume);
            total.crashes += 1;
            total.execs += culprit.saturating_sub(resume) + 1;
            let what = triage.stderr_tail.join("\n");
            if let Some(path) = campaign::save_process_crash(config, culprit, &what) {
                eprintln!("quicken fuzz: finding saved to {}", path.display());
                total.saved.push(path);
            }
            next = culprit + 1;
            // Let a crashing input not eat the whole budget.
            std::thread::sleep(Duration::from_millis(10));
        }
        total.elapsed = start.elapsed();
        total.next_index = next;
        total
    }
}

fn summary(s: &Status) {
    println!("{}", s.line());
    let mean = s.source_bytes as f64 / s.execs.max(1) as f64;
    println!("{} execs/s", s.execs_per_second().round());
    println!("mean program size: {mean:.0} bytes");
    if !s.no_verdict.is_empty() {
        let parts: Vec<String> = s
            .no_verdict
            .iter()
            .map(|(why, n)| format!("{why}: {n}"))
            .collect();
        println!("no verdict: {}", parts.join(", "));
    }
    let cov = &s.coverage;
    println!(
        "specialized forms hit: {}/{} ({:.0}%); deopt paths exercised: {}/{} ({:.0}%)",
        cov.hit.len(),
        cov.total,
        100.0 * cov.hit.len() as f64 / cov.total.max(1) as f64,
        cov.deopted.len(),
        cov.total,
        100.0 * cov.deopted.len() as f64 / cov.total.max(1) as f64,
    );
    let missing = cov.missing_hits();
    if !missing.is_empty() {
        println!("  never hit: {}", missing.join(" "));
    }
    let missing = cov.missing_deopts();
    if !missing.is_empty() {
        println!("  never deopted: {}", missing.join(" "));
    }
    println!(
        "mismatches: {} ({} crashes), {} reproducers saved",
        s.mismatches + s.crashes,
        s.crashes,
        s.saved.len()
    );
    for path in &s.saved {
        println!("  {}", path.display());
    }
}

#[derive(Args, Debug)]
pub struct ReduceArgs {
    /// The disagreeing program.
    file: PathBuf,
    /// What the program disagrees with.
    #[arg(long, value_enum, default_value_t = OracleArg::Cpython)]
    oracle: OracleArg,
    /// The interpreter's stress mode.
    #[arg(long, value_name = "MODE", default_value = "default")]
    stress: StressMode,
    /// Also write the smallest program to this file.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// What must still hold of a candidate: the same pair of engines disagrees,
/// or Quicken panics with the same message.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Failure {
    Mismatch {
        reference: String,
        candidate: String,
    },
    Panic(String),
}

fn failure_of(checker: &Checker, source: &str) -> Option<Failure> {
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        checker.check(source.as_bytes())
    }));
    match r {
        Ok(Verdict::Mismatch(m)) => Some(Failure::Mismatch {
            reference: m.reference,
            candidate: m.candidate,
        }),
        Ok(_) => None,
        Err(p) => Some(Failure::Panic(campaign::panic_message(&p))),
    }
}

pub fn reduce(args: &ReduceArgs) -> i32 {
    let source = match read_program(&args.file) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("{msg}");
            return 2;
        }
    };
    let Ok(source) = String::from_utf8(source) else {
        eprintln!(
            "quicken reduce: {} is not UTF-8 text; only Python source can be reduced",
            args.file.display()
        );
        return 2;
    };
    let oracle: Oracle = args.oracle.into();
    if oracle == Oracle::CPython {
        if let Err(e) = quicken_oracle::CPython::get() {
            eprintln!("quicken reduce: CPython oracle unavailable: {e}");
            return 2;
        }
    }
    let mut checker = Checker::new(oracle, Engine::Interp(args.stress));
    checker.filename = std::path::absolute(&args.file)
        .unwrap_or_else(|_| args.file.clone())
        .display()
        .to_string();
    let out = args.out.clone();
    with_big_stack(move || {
        // Panics are findings here, not noise: keep the first message, then
        // silence the hook while candidates are tried.
        let Some(target) = failure_of(&checker, &source) else {
            eprintln!(
                "quicken reduce: the program does not disagree ({} oracle, interp = {}); nothing to reduce",
                checker.oracle.name(),
                checker.interp.name()
            );
            return 1;
        };
        eprintln!("quicken reduce: keeping {target:?}");
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let start = Instant::now();
        let mut last = Instant::now();
        let smallest = reduce::reduce(
            &source,
            &mut |candidate| failure_of(&checker, candidate).as_ref() == Some(&target),
            &mut |p: &Progress| {
                if last.elapsed().as_secs_f64() >= 1.0 {
                    last = Instant::now();
                    eprintln!(
                        "[{:>5.1}s] {} tests, {} accepted, {} bytes, {} lines",
                        start.elapsed().as_secs_f64(),
                        p.tests,
                        p.accepted,
                        p.bytes,
                        p.lines
                    );
                }
            },
        );
        std::panic::set_hook(hook);
        eprintln!(
            "quicken reduce: {} -> {} bytes in {:.1}s",
            source.len(),
            smallest.len(),
            start.elapsed().as_secs_f64()
        );
        if let Some(path) = &out {
            if let Err(e) = std::fs::write(path, &smallest) {
                eprintln!("quicken reduce: cannot write {}: {e}", path.display());
                return 2;
            }
        }
        print!("{smallest}");
        if let Verdict::Mismatch(m) = checker.check(smallest.as_bytes()) {
            eprintln!("{m}");
        }
        0
    })
}
