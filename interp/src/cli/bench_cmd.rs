//! `quicken bench`: run benchmark programs under CPython and Quicken's
//! engines, each run a fresh process, and compare times, memory and output.
//!
//! The pure parts (statistics, scaling, the table, JSON) live in the bench
//! crate's `bench/src/lib.rs`, compiled here as the `harness` module so that
//! this crate needs no dependency on the bench crate. This file adds the
//! command line and the process runner (wall time, CPU time and peak RSS of
//! each child via `waitid` + `wait4`).

#[allow(dead_code)] // the bench crate's tests use the parts not used here
#[path = "../../../bench/src/lib.rs"]
mod harness;

use clap::{Args, ValueEnum};
use harness::{EngineResult, Meta, ProgramResult, Report};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

/// The default CPython: Debian's optimized build.
const DEFAULT_PYTHON: &str = "/usr/bin/python3.11";

#[derive(Args, Debug, Clone)]
#[command(
    after_help = "Runs are interleaved (cpython, spec, interp, cpython, ...) and each is a fresh \
process. Every engine's stdout must equal CPython's; a failed run or a mismatch shows as FAIL \
with a numbered reason. Ratios are median(engine) / median(CPython): below 1.0 is faster."
)]
pub struct BenchArgs {
    /// Benchmark files, or directories of them (default: bench/programs).
    paths: Vec<PathBuf>,
    /// The CPython to compare with.
    #[arg(long, value_name = "PATH", default_value = DEFAULT_PYTHON)]
    python: PathBuf,
    /// Runs per program and engine; the table shows the median.
    #[arg(long, value_name = "N", default_value_t = 5,
          value_parser = clap::value_parser!(u32).range(1..))]
    runs: u32,
    /// Engines to run, comma-separated (CPython is the baseline for ratios
    /// and for checking output).
    #[arg(long, value_enum, value_name = "LIST", value_delimiter = ',',
          default_values_t = [BenchEngine::Cpython, BenchEngine::Spec, BenchEngine::InterpNever, BenchEngine::Interp])]
    engines: Vec<BenchEngine>,
    /// Multiply each program's `SIZE = <int>` by this factor.
    #[arg(long, value_name = "F", default_value_t = 1.0)]
    scale: f64,
    /// Give up on a run after this many seconds (it counts as FAIL).
    #[arg(long, value_name = "SECS", default_value_t = 120.0)]
    timeout: f64,
    /// Also write the results as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum BenchEngine {
    Cpython,
    Spec,
    /// The interpreter with specialization off (`--stress never`): what
    /// the specializer buys is interp vs this.
    InterpNever,
    Interp,
}

impl BenchEngine {
    fn name(self) -> &'static str {
        match self {
            BenchEngine::Cpython => harness::BASELINE,
            BenchEngine::Spec => "spec",
            BenchEngine::InterpNever => "interp-never",
            BenchEngine::Interp => "interp",
        }
    }
}

/// How to start one engine.
struct Launcher {
    engine: BenchEngine,
    program: PathBuf,
    args: Vec<String>,
}

impl Launcher {
    fn command(&self, file: &Path) -> Command {
        let mut c = Command::new(&self.program);
        c.args(&self.args).arg(file);
        c.env("PYTHONHASHSEED", "0");
        c
    }
}

pub fn bench(args: &BenchArgs) -> i32 {
    match bench_inner(args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("quicken bench: {msg}");
            2
        }
    }
}

fn usage_checks(args: &BenchArgs) -> Result<(Vec<BenchEngine>, Duration), String> {
    if !(args.scale.is_finite() && args.scale > 0.0) {
        return Err(format!(
            "--scale must be a positive number, not {}",
            args.scale
        ));
    }
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        return Err(format!(
            "--timeout must be a positive number of seconds, not {}",
            args.timeout
        ));
    }
    let mut engines = args.engines.clone();
    engines.sort();
    engines.dedup();
    if engines.is_empty() {
        return Err("--engines needs at least one of cpython, spec, interp".into());
    }
    Ok((engines, Duration::from_secs_f64(args.timeout)))
}

fn default_paths() -> Result<Vec<PathBuf>, String> {
    let here = PathBuf::from("bench/programs");
    if here.is_dir() {
        return Ok(vec![here]);
    }
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench/programs");
    if built.is_dir() {
        return Ok(vec![built]);
    }
    Err("no bench/programs here; give the benchmark files or directories".into())
}

/// `python --version`, e.g. `Python 3.11.2`.
fn python_version(python: &Path) -> Result<String, String> {
    let out = Command::new(python)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e} (use --python PATH)", python.display()))?;
    let text = String::from_utf8_lossy(if out.stdout.is_empty() {
        &out.stderr
    } else {
        &out.stdout
    })
    .trim()
    .to_string();
    if !out.status.success() || text.is_empty() {
        return Err(format!(
            "{} --version failed ({}); use --python PATH",
            python.display(),
            out.status
        ));
    }
    Ok(text)
}

fn bench_inner(args: &BenchArgs) -> Result<i32, String> {
    let (engines, timeout) = usage_checks(args)?;
    let paths = if args.paths.is_empty() {
        default_paths()?
    } else {
        args.paths.clone()
    };
    let programs = harness::discover(&paths)?;
    let exe =
        std::env::current_exe().map_err(|e| format!("cannot find the quicken executable: {e}"))?;

    let mut meta: Vec<(String, Meta)> = Vec::new();
    let mut launchers = Vec::new();
    for &engine in &engines {
        let launcher = match engine {
            BenchEngine::Cpython => {
                let version = python_version(&args.python)?;
                println!("CPython: {} ({version})", args.python.display());
                meta.push(("python".into(), text(args.python.display())));
                meta.push(("python_version".into(), Meta::Text(version)));
                Launcher {
                    engine,
                    program: args.python.clone(),
                    args: vec![],
                }
            }
            BenchEngine::Spec | BenchEngine::Interp => Launcher {
                engine,
                program: exe.clone(),
                args: vec!["run".into(), "--engine".into(), engine.name().into()],
            },
            BenchEngine::InterpNever => Launcher {
                engine,
                program: exe.clone(),
                args: ["run", "--engine", "interp", "--stress", "never"]
                    .map(String::from)
                    .to_vec(),
            },
        };
        launchers.push(launcher);
    }
    let quicken_engines: Vec<&str> = engines
        .iter()
        .filter(|e| **e != BenchEngine::Cpython)
        .map(|e| e.name())
        .collect();
    if !quicken_engines.is_empty() {
        println!(
            "Quicken: {} {} (engines: {})",
            exe.display(),
            env!("CARGO_PKG_VERSION"),
            quicken_engines.join(", ")
        );
    }
    println!(
        "{} programs, {} runs per engine, interleaved, scale {}, timeout {}s, wall time median",
        programs.len(),
        args.runs,
        args.scale,
        args.timeout
    );
    meta.push(("quicken".into(), text(exe.display())));
    meta.push(("quicken_version".into(), text(env!("CARGO_PKG_VERSION"))));
    meta.push(("runs".into(), Meta::Number(args.runs.into())));
    meta.push(("scale".into(), Meta::Number(args.scale)));
    meta.push(("timeout_secs".into(), Meta::Number(args.timeout)));

    // Scaled copies of the programs go to a private temporary directory.
    let scratch = (args.scale != 1.0)
        .then(|| std::env::temp_dir().join(format!("quicken-bench-{}", std::process::id())));
    if let Some(dir) = &scratch {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }

    let total = programs.len();
    let name_width = programs
        .iter()
        .map(|p| harness::program_name(p).chars().count())
        .max()
        .unwrap_or(0);
    let mut results = Vec::new();
    for (i, path) in programs.iter().enumerate() {
        let name = harness::program_name(path);
        let tag = format!(
            "[{:>w$}/{total}] {name:<name_width$}",
            i + 1,
            w = total.to_string().len()
        );
        let prepared = prepare(path, args.scale, scratch.as_deref());
        let results_for = match prepared {
            Ok(file) => run_program(&tag, &file, &launchers, args.runs, timeout),
            Err(reason) => {
                eprintln!("{tag}  FAIL {reason}");
                launchers
                    .iter()
                    .map(|l| EngineResult {
                        failure: Some(reason.clone()),
                        ..EngineResult::new(l.engine.name())
                    })
                    .collect()
            }
        };
        results.push(ProgramResult {
            name,
            path: path.display().to_string(),
            results: results_for,
        });
    }
    if let Some(dir) = &scratch {
        let _ = std::fs::remove_dir_all(dir);
    }

    let report = Report {
        engines: engines.iter().map(|e| e.name().to_string()).collect(),
        programs: results,
        meta,
    };
    println!();
    print!("{}", harness::render_table(&report));
    if let Some(file) = &args.json {
        if let Err(e) = std::fs::write(file, harness::to_json(&report)) {
            eprintln!("quicken bench: cannot write {}: {e}", file.display());
            return Ok(1);
        }
        eprintln!("wrote {}", file.display());
    }
    Ok(0)
}

fn text(s: impl std::fmt::Display) -> Meta {
    Meta::Text(s.to_string())
}

/// The file to run: the program itself, or a scaled copy in `scratch`.
fn prepare(path: &Path, scale: f64, scratch: Option<&Path>) -> Result<PathBuf, String> {
    let Some(dir) = scratch else {
        return Ok(path.to_path_buf());
    };
    let source = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let scaled = harness::scale_source(&source, scale)?;
    let file = dir.join(path.file_name().unwrap_or_default());
    std::fs::write(&file, scaled).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    Ok(file)
}

/// Runs one program `runs` times on every engine, interleaved. An engine that
/// fails once is not run again on this program.
fn run_program(
    tag: &str,
    file: &Path,
    launchers: &[Launcher],
    runs: u32,
    timeout: Duration,
) -> Vec<EngineResult> {
    let mut results: Vec<EngineResult> = launchers
        .iter()
        .map(|l| EngineResult::new(l.engine.name()))
        .collect();
    // The output every run must reproduce: CPython's first, or (without
    // CPython, or when CPython failed) the engine's own first.
    let mut baseline: Option<Vec<u8>> = None;
    let mut own_first: Vec<Option<Vec<u8>>> = vec![None; launchers.len()];
    for run in 1..=runs {
        for (k, launcher) in launchers.iter().enumerate() {
            if results[k].failure.is_some() {
                continue;
            }
            let name = launcher.engine.name();
            let is_base = launcher.engine == BenchEngine::Cpython;
            let verdict = run_child(launcher.command(file), timeout).and_then(|o| {
                results[k].record_rss(o.peak_rss_kib);
                let against_cpython = !is_base && baseline.is_some();
                let reference = if against_cpython {
                    baseline.as_ref()
                } else {
                    own_first[k].as_ref()
                };
                match o.status {
                    Ended::Exited(0) => {}
                    Ended::Exited(code) => {
                        return Err(with_stderr(format!("exit status {code}"), &o.stderr))
                    }
                    Ended::Signaled(sig) => {
                        return Err(with_stderr(format!("killed by signal {sig}"), &o.stderr))
                    }
                    Ended::TimedOut => {
                        return Err(format!("timed out after {}s", timeout.as_secs_f64()))
                    }
                }
                if let Some(diff) = reference.and_then(|r| harness::first_difference(r, &o.stdout))
                {
                    return Err(if against_cpython {
                        format!("stdout differs from CPython: {diff}")
                    } else {
                        format!("stdout differs between runs: {diff}")
                    });
                }
                results[k].times.push(o.wall);
                results[k].cpu_times.push(o.cpu);
                if own_first[k].is_none() {
                    own_first[k] = Some(o.stdout.clone());
                }
                if is_base && baseline.is_none() {
                    baseline = Some(o.stdout);
                }
                Ok((o.wall, o.peak_rss_kib))
            });
            match verdict {
                Ok((wall, rss)) => eprintln!(
                    "{tag}  {name:<7} run {run}/{runs}  {:>8}  {:>7}",
                    harness::format_secs(wall),
                    rss.map(harness::format_kib).unwrap_or_default()
                ),
                Err(reason) => {
                    eprintln!("{tag}  {name:<7} run {run}/{runs}  FAIL {reason}");
                    results[k].failure = Some(reason);
                }
            }
        }
    }
    results
}

fn with_stderr(what: String, stderr: &[u8]) -> String {
    let last = harness::stderr_summary(stderr);
    if last.is_empty() {
        what
    } else {
        format!("{what}: {last}")
    }
}

/// How a child ended.
#[derive(Debug, PartialEq)]
enum Ended {
    Exited(i32),
    Signaled(i32),
    TimedOut,
}

/// One measured run.
struct RunOutcome {
    status: Ended,
    /// Wall-clock seconds from spawn to exit.
    wall: f64,
    /// User plus system CPU seconds.
    cpu: f64,
    peak_rss_kib: Option<u64>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn read_all(mut r: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        buf
    })
}

/// Runs `cmd` to completion (or kills it after `timeout`), measuring wall
/// time, CPU time and the peak resident set size of that child alone.
///
/// A waiter thread blocks in `waitid(WNOWAIT)` until the child exits, takes
/// the time, then reaps it with `wait4` for its rusage. The reap happens
/// under a lock that the timeout path also takes before it kills, so the
/// harness never signals a pid that was already reaped (and maybe reused).
fn run_child(mut cmd: Command, timeout: Duration) -> Result<RunOutcome, String> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("could not start {:?}: {e}", cmd.get_program()))?;
    let out = read_all(child.stdout.take().expect("piped stdout"));
    let err = read_all(child.stderr.take().expect("piped stderr"));
    let pid = child.id() as libc::pid_t;
    let reaped = Arc::new(Mutex::new(false));
    let (tx, rx) = mpsc::channel();
    {
        let reaped = Arc::clone(&reaped);
        std::thread::spawn(move || {
            // SAFETY: plain syscalls on our own child, with out-parameters
            // that live on this stack frame.
            unsafe {
                let mut info: libc::siginfo_t = std::mem::zeroed();
                while libc::waitid(
                    libc::P_PID,
                    pid as libc::id_t,
                    &mut info,
                    libc::WEXITED | libc::WNOWAIT,
                ) == -1
                    && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted
                {
                }
                let end = Instant::now();
                let mut guard = reaped.lock().unwrap_or_else(|p| p.into_inner());
                let mut status: libc::c_int = 0;
                let mut usage: libc::rusage = std::mem::zeroed();
                let r = loop {
                    let r = libc::wait4(pid, &mut status, 0, &mut usage);
                    if r == -1
                        && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted
                    {
                        continue;
                    }
                    break r;
                };
                *guard = true;
                drop(guard);
                let _ = tx.send((end, r, status, usage));
            }
        });
    }
    let mut timed_out = false;
    let (end, r, status, usage) = match rx.recv_timeout(timeout) {
        Ok(v) => v,
        Err(_) => {
            timed_out = true;
            let guard = reaped.lock().unwrap_or_else(|p| p.into_inner());
            if !*guard {
                // SAFETY: the child is not reaped yet (we hold the lock the
                // reaper takes), so `pid` still names it.
                unsafe {
                    libc::kill(pid, libc::SIGKILL);
                }
            }
            drop(guard);
            rx.recv()
                .map_err(|_| "lost track of the child process".to_string())?
        }
    };
    drop(child); // already reaped: dropping a Child neither waits nor kills
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    if r == -1 {
        return Err("could not wait for the child process".into());
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    let status = if timed_out {
        Ended::TimedOut
    } else if libc::WIFEXITED(status) {
        Ended::Exited(libc::WEXITSTATUS(status))
    } else if libc::WIFSIGNALED(status) {
        Ended::Signaled(libc::WTERMSIG(status))
    } else {
        Ended::Exited(-1)
    };
    Ok(RunOutcome {
        status,
        wall: end.duration_since(start).as_secs_f64(),
        cpu: secs(usage.ru_utime) + secs(usage.ru_stime),
        // Linux reports ru_maxrss in KiB.
        peak_rss_kib: (usage.ru_maxrss > 0).then_some(usage.ru_maxrss as u64),
        stdout,
        stderr,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Command {
        let mut c = Command::new("/bin/sh");
        c.arg("-c").arg(script);
        c
    }

    #[test]
    fn child_output_status_and_memory() {
        let o = run_child(
            sh("echo hello; echo oops >&2; exit 3"),
            Duration::from_secs(30),
        )
        .unwrap();
        assert_eq!(o.status, Ended::Exited(3));
        assert_eq!(o.stdout, b"hello\n");
        assert_eq!(o.stderr, b"oops\n");
        assert!(o.peak_rss_kib.is_some_and(|k| k > 0));
        assert!(o.wall >= 0.0 && o.cpu >= 0.0);
    }

    #[test]
    fn child_timeout_kills() {
        let o = run_child(sh("exec sleep 30"), Duration::from_millis(200)).unwrap();
        assert_eq!(o.status, Ended::TimedOut);
    }

    #[test]
    fn missing_program_is_an_error_not_a_panic() {
        let e = run_child(Command::new("/nonexistent/python"), Duration::from_secs(1));
        assert!(e.is_err());
    }
}
