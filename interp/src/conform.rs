//! The conformance runner: every program of a corpus on every engine,
//! compared with CPython 3.11 run live in-process.
//!
//! Expected failures are listed in `expected_failures.txt` at the corpus
//! root, one `path  # reason` per line. The list is strict: a listed program
//! that now agrees is an *unexpected pass* and fails the run, so the list can
//! only shrink.

use crate::cli::EngineArg;
use crate::engine::{self, Engine};
use crate::outcome::to_outcome;
use crate::stack::EVAL_STACK;
use quicken_oracle::{compare, CPython, Level, Outcome};
use quicken_spec::eval::Limits;
use quicken_spec::run::RunOptions;
use std::collections::{BTreeMap, HashMap};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

#[derive(clap::Args, Debug, Clone)]
pub struct ConformArgs {
    /// Programs or directories of programs (default: tests/conformance).
    pub paths: Vec<PathBuf>,
    /// Worker threads (default: the number of CPUs).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Write a JUnit XML report here.
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// The expected-failures list (default: expected_failures.txt in the
    /// first directory given).
    #[arg(long, value_name = "FILE")]
    pub expected_failures: Option<PathBuf>,
    /// Engines to check (default: all).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub engines: Vec<EngineArg>,
    /// Also compare traceback text (stricter).
    #[arg(long)]
    pub tracebacks: bool,
    /// Print the diff of every failure (default: the first 20).
    #[arg(long, short = 'v')]
    pub verbose: bool,
    /// Run the interpreter in these stress modes (comma-separated, or
    /// `all`: never, default, eager, deopt-every=1, deopt-every=7 and
    /// chaos=1,2,3), each as an engine of its own.
    #[arg(long, value_delimiter = ',', value_name = "MODES")]
    pub stress: Vec<String>,
    /// Check every deoptimization point of the interpreter (see `quicken
    /// run --lockstep`).
    #[arg(long)]
    pub lockstep: bool,
    /// Instruction budget per program run.
    #[arg(long, value_name = "N", default_value_t = 2_000_000_000)]
    pub max_steps: u64,
}

/// How one program fared on one engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Fail,
    /// Failed, and listed as an expected failure.
    ExpectedFail,
    /// Listed as an expected failure, but agreed with CPython.
    UnexpectedPass,
    /// CPython's outcome is one that may legitimately differ (MemoryError).
    Skipped,
}

impl Verdict {
    pub fn is_unexpected(self) -> bool {
        matches!(self, Verdict::Fail | Verdict::UnexpectedPass)
    }
}

#[derive(Debug, Clone)]
pub struct FileResult {
    /// Path relative to its corpus root.
    pub name: String,
    pub dir: String,
    pub engine: Engine,
    pub verdict: Verdict,
    pub diff: String,
    pub seconds: f64,
}

#[derive(Debug, Default)]
pub struct Report {
    pub results: Vec<FileResult>,
    pub cpython_version: String,
    pub files: usize,
    /// Problems with the run itself (unreadable files, bad list entries).
    pub errors: Vec<String>,
}

impl Report {
    pub fn unexpected(&self) -> impl Iterator<Item = &FileResult> {
        self.results.iter().filter(|r| r.verdict.is_unexpected())
    }

    pub fn ok(&self) -> bool {
        self.errors.is_empty() && self.unexpected().next().is_none()
    }
}

/// Configuration of a conformance run, for the command and for tests.
#[derive(Debug, Clone)]
pub struct Config {
    pub paths: Vec<PathBuf>,
    pub engines: Vec<Engine>,
    pub jobs: usize,
    pub expected_failures: Option<PathBuf>,
    pub level: Level,
    pub max_steps: u64,
    pub progress: bool,
    /// Check the interpreter's deoptimization points (`--lockstep`).
    pub lockstep: bool,
}

/// Every `.py` program under `paths`, with the root each is relative to.
/// Files whose name starts with `_` are modules imported by programs, not
/// programs themselves.
pub fn collect_programs(paths: &[PathBuf]) -> Result<Vec<(PathBuf, PathBuf)>, String> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_file() {
            let root = p.parent().map(Path::to_path_buf).unwrap_or_default();
            out.push((p.clone(), root));
        } else if p.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            files.sort();
            out.extend(files.into_iter().map(|f| (f, p.clone())));
        } else {
            return Err(format!("no such file or directory: {}", p.display()));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "py")
            && !path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('_'))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Parse an expected-failures list: `path  # reason` per line.
pub fn read_expected_failures(path: &Path) -> Result<HashMap<String, String>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((file, reason)) = line.split_once('#') else {
            return Err(format!(
                "{}:{}: an expected failure needs a reason ('path  # reason')",
                path.display(),
                i + 1
            ));
        };
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(format!("{}:{}: empty reason", path.display(), i + 1));
        }
        out.insert(file.trim().to_string(), reason.to_string());
    }
    Ok(out)
}

fn relative_name(file: &Path, root: &Path) -> String {
    file.strip_prefix(root)
        .unwrap_or(file)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Run the corpus. Blocking; uses `config.jobs` worker threads.
pub fn run(config: &Config) -> Report {
    let mut report = Report::default();
    let programs = match collect_programs(&config.paths) {
        Ok(p) => p,
        Err(e) => {
            report.errors.push(e);
            return report;
        }
    };
    let xfail_path = config.expected_failures.clone().or_else(|| {
        let root = config.paths.first().filter(|p| p.is_dir())?;
        let candidate = root.join("expected_failures.txt");
        candidate.exists().then_some(candidate)
    });
    let xfail = match &xfail_path {
        Some(p) => match read_expected_failures(p) {
            Ok(x) => x,
            Err(e) => {
                report.errors.push(e);
                return report;
            }
        },
        None => HashMap::new(),
    };
    let names: Vec<String> = programs.iter().map(|(f, r)| relative_name(f, r)).collect();
    for listed in xfail.keys() {
        if !names.contains(listed) {
            report.errors.push(format!(
                "expected failure '{listed}' names no program in the corpus"
            ));
        }
    }
    let cpython = match CPython::get() {
        Ok(c) => c,
        Err(e) => {
            report
                .errors
                .push(format!("CPython oracle unavailable: {e}"));
            return report;
        }
    };
    report.cpython_version = cpython.version().to_string();
    report.files = programs.len();

    let programs = Arc::new(programs);
    let xfail = Arc::new(xfail);
    let next = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    let results = Arc::new(Mutex::new(Vec::new()));
    let errors = Arc::new(Mutex::new(Vec::new()));
    let bar = progress_bar(programs.len() as u64, config.progress);
    let mut handles = Vec::new();
    for _ in 0..config.jobs.max(1) {
        let (programs, xfail, next, done, results, errors) = (
            programs.clone(),
            xfail.clone(),
            next.clone(),
            done.clone(),
            results.clone(),
            errors.clone(),
        );
        let config = config.clone();
        let bar = bar.clone();
        let h = std::thread::Builder::new()
            .stack_size(EVAL_STACK)
            .spawn(move || loop {
                crate::adaptive::stress::set_lockstep(config.lockstep);
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some((file, root)) = programs.get(i) else {
                    break;
                };
                match check_program(cpython, file, root, &config, &xfail) {
                    Ok(rs) => results.lock().unwrap_or_else(|p| p.into_inner()).extend(rs),
                    Err(e) => errors.lock().unwrap_or_else(|p| p.into_inner()).push(e),
                }
                let n = done.fetch_add(1, Ordering::SeqCst) + 1;
                bar.tick_to(n as u64, programs.len() as u64);
            });
        match h {
            Ok(h) => handles.push(h),
            Err(e) => report
                .errors
                .push(format!("cannot start a worker thread: {e}")),
        }
    }
    for h in handles {
        if h.join().is_err() {
            report
                .errors
                .push("a worker thread panicked (a Quicken bug)".into());
        }
    }
    bar.finish();
    let mut results = std::mem::take(&mut *results.lock().unwrap_or_else(|p| p.into_inner()));
    results.sort_by(|a, b| (&a.name, a.engine.name()).cmp(&(&b.name, b.engine.name())));
    report.results = results;
    report.errors.extend(std::mem::take(
        &mut *errors.lock().unwrap_or_else(|p| p.into_inner()),
    ));
    report
}

fn check_program(
    cpython: &CPython,
    file: &Path,
    root: &Path,
    config: &Config,
    xfail: &HashMap<String, String>,
) -> Result<Vec<FileResult>, String> {
    let source = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let name = relative_name(file, root);
    let dir = name
        .rsplit_once('/')
        .map(|(d, _)| d.to_string())
        .unwrap_or_else(|| ".".into());
    let expected = cpython
        .run_bytes(&source, file)
        .map_err(|e| format!("{name}: CPython could not run it: {e}"))?
        .outcome;
    let filename = std::path::absolute(file)
        .unwrap_or_else(|_| file.to_path_buf())
        .display()
        .to_string();
    let opts = RunOptions {
        limits: Limits {
            max_steps: Some(config.max_steps),
            max_int_bits: None,
        },
        argv: vec![filename.clone()],
        loop_fn: None,
    };
    let mut out = Vec::new();
    for &engine in &config.engines {
        let start = std::time::Instant::now();
        let ours = to_outcome(&engine::run(engine, &source, &filename, &opts));
        let seconds = start.elapsed().as_secs_f64();
        let (verdict, diff) = judge(&expected, &ours, config.level, xfail.contains_key(&name));
        out.push(FileResult {
            name: name.clone(),
            dir: dir.clone(),
            engine,
            verdict,
            diff,
            seconds,
        });
    }
    Ok(out)
}

fn judge(expected: &Outcome, ours: &Outcome, level: Level, listed: bool) -> (Verdict, String) {
    if expected.is_poisoned() {
        return (Verdict::Skipped, String::new());
    }
    let cmp = compare(expected, ours, level);
    let verdict = match (cmp.agree, listed) {
        (true, false) => Verdict::Pass,
        (true, true) => Verdict::UnexpectedPass,
        (false, false) => Verdict::Fail,
        (false, true) => Verdict::ExpectedFail,
    };
    (verdict, cmp.diff)
}

/// Progress on stderr: a bar on a terminal, a line every 10% otherwise.
#[derive(Clone)]
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    enabled: bool,
}

fn progress_bar(len: u64, enabled: bool) -> Progress {
    if enabled && std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(len);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "conform [{bar:40}] {pos}/{len} {elapsed_precise}",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        Progress {
            bar: Some(bar),
            enabled,
        }
    } else {
        Progress { bar: None, enabled }
    }
}

impl Progress {
    fn tick_to(&self, n: u64, total: u64) {
        match &self.bar {
            Some(b) => b.set_position(n),
            None => {
                let step = (total / 10).max(1);
                if self.enabled && (n.is_multiple_of(step) || n == total) {
                    eprintln!("conform: {n}/{total} programs");
                }
            }
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

/// The summary tables: per engine, then per directory.
pub fn summary(report: &Report, engines: &[Engine]) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "CPython oracle: {} (in-process)\n\n",
        report.cpython_version.lines().next().unwrap_or("")
    ));
    let width = engines
        .iter()
        .map(|e| e.name().len())
        .max()
        .unwrap_or(6)
        .max(6);
    out.push_str(&format!(
        "{:<width$} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7}\n",
        "engine", "agree", "fail", "xfail", "xpass", "skip", "total"
    ));
    for &e in engines {
        let count = |v: Verdict| {
            report
                .results
                .iter()
                .filter(|r| r.engine == e && r.verdict == v)
                .count()
        };
        let total = report.results.iter().filter(|r| r.engine == e).count();
        out.push_str(&format!(
            "{:<width$} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7}\n",
            e.name(),
            count(Verdict::Pass),
            count(Verdict::Fail),
            count(Verdict::ExpectedFail),
            count(Verdict::UnexpectedPass),
            count(Verdict::Skipped),
            total
        ));
    }
    let mut dirs: BTreeMap<&str, Vec<&FileResult>> = BTreeMap::new();
    for r in &report.results {
        dirs.entry(&r.dir).or_default().push(r);
    }
    out.push_str(&format!("\n{:<28} {:>6}", "directory", "files"));
    for e in engines {
        out.push_str(&format!(" {:>10}", e.name()));
    }
    out.push('\n');
    for (dir, rs) in &dirs {
        let files = rs.iter().filter(|r| r.engine == engines[0]).count();
        out.push_str(&format!("{:<28} {:>6}", dir, files));
        for &e in engines {
            let agree = rs
                .iter()
                .filter(|r| r.engine == e && r.verdict == Verdict::Pass)
                .count();
            out.push_str(&format!(" {:>10}", format!("{agree}/{files}")));
        }
        out.push('\n');
    }
    out
}

/// JUnit XML, one test suite per engine.
pub fn junit(report: &Report, engines: &[Engine]) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"quicken-conform\">\n",
    );
    for &e in engines {
        let rs: Vec<&FileResult> = report.results.iter().filter(|r| r.engine == e).collect();
        let failures = rs.iter().filter(|r| r.verdict.is_unexpected()).count();
        let skipped = rs
            .iter()
            .filter(|r| matches!(r.verdict, Verdict::Skipped | Verdict::ExpectedFail))
            .count();
        out.push_str(&format!(
            "  <testsuite name=\"conform.{}\" tests=\"{}\" failures=\"{}\" skipped=\"{}\">\n",
            e.name(),
            rs.len(),
            failures,
            skipped
        ));
        for r in rs {
            out.push_str(&format!(
                "    <testcase classname=\"{}.{}\" name=\"{}\" time=\"{:.4}\"",
                e.name(),
                esc(&r.dir.replace('/', ".")),
                esc(&r.name),
                r.seconds
            ));
            match r.verdict {
                Verdict::Pass => out.push_str("/>\n"),
                Verdict::Fail => out.push_str(&format!(
                    ">\n      <failure message=\"disagrees with CPython\">{}</failure>\n    </testcase>\n",
                    esc(&r.diff)
                )),
                Verdict::UnexpectedPass => out.push_str(
                    ">\n      <failure message=\"listed as an expected failure but agrees with CPython\"/>\n    </testcase>\n",
                ),
                Verdict::ExpectedFail => out.push_str(">\n      <skipped message=\"expected failure\"/>\n    </testcase>\n"),
                Verdict::Skipped => {
                    out.push_str(">\n      <skipped message=\"CPython outcome may legitimately differ\"/>\n    </testcase>\n")
                }
            }
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

/// `quicken conform`.
pub fn conform(args: &ConformArgs) -> i32 {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("tests/conformance")]
    } else {
        args.paths.clone()
    };
    let modes = match crate::cli::parse_stress_list(&args.stress) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("quicken conform: {e}");
            return 2;
        }
    };
    let mut engines: Vec<Engine> = if args.engines.is_empty() {
        vec![Engine::Spec, Engine::INTERP]
    } else {
        args.engines.iter().map(|&e| e.into()).collect()
    };
    if !modes.is_empty() {
        engines.retain(|e| *e == Engine::Spec);
        engines.extend(modes.into_iter().map(Engine::Interp));
    }
    let jobs = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
    });
    let config = Config {
        paths,
        engines: engines.clone(),
        jobs,
        expected_failures: args.expected_failures.clone(),
        level: if args.tracebacks {
            Level::Traceback
        } else {
            Level::Outcome
        },
        max_steps: args.max_steps,
        progress: true,
        lockstep: args.lockstep,
    };
    let report = run(&config);
    for e in &report.errors {
        eprintln!("quicken conform: {e}");
    }
    if report.files == 0 && report.errors.is_empty() {
        eprintln!("quicken conform: no programs found");
        return 1;
    }
    let unexpected: Vec<&FileResult> = report.unexpected().collect();
    let shown = if args.verbose {
        unexpected.len()
    } else {
        unexpected.len().min(20)
    };
    for r in &unexpected[..shown] {
        match r.verdict {
            Verdict::UnexpectedPass => {
                println!(
                    "UNEXPECTED PASS [{}] {}: remove it from the expected failures",
                    r.engine.name(),
                    r.name
                )
            }
            _ => println!("FAIL [{}] {}\n{}", r.engine.name(), r.name, r.diff),
        }
    }
    if shown < unexpected.len() {
        println!(
            "... and {} more (use --verbose to see all)",
            unexpected.len() - shown
        );
    }
    print!("{}", summary(&report, &engines));
    if let Some(path) = &args.junit {
        if let Err(e) = std::fs::write(path, junit(&report, &engines)) {
            eprintln!("quicken conform: cannot write {}: {e}", path.display());
            return 1;
        }
    }
    let agree = report
        .results
        .iter()
        .filter(|r| r.verdict == Verdict::Pass)
        .count();
    println!(
        "\n{} programs x {} engines: {} agree, {} unexpected",
        report.files,
        engines.len(),
        agree,
        unexpected.len()
    );
    if report.ok() {
        0
    } else {
        1
    }
}
