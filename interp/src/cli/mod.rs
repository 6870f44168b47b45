//! Command-line interface: argument parsing and dispatch.

mod bench_cmd;
mod diff;
mod fuzz_cmd;
mod run;
mod stats_cmd;

use crate::adaptive::StressMode;
use crate::engine::Engine;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "quicken",
    version,
    about = "Run Python 3.11 programs on Quicken's executable specification and its specializing interpreter, checked against CPython",
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  quicken prog.py\n  quicken -c 'print(2**100)'\n  quicken run --engine spec prog.py\n  quicken conform tests/conformance\n  quicken diff prog.py\n  quicken dis prog.py\n  quicken spec > INSTRUCTIONS.md"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Run this program text instead of a file.
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,
    #[command(flatten)]
    exec: ExecOptions,
    /// The program to run (`quicken FILE` is `quicken run FILE`).
    file: Option<PathBuf>,
    /// Arguments passed to the program as sys.argv[1:].
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

/// Options shared by every command that runs programs.
#[derive(Args, Debug, Clone)]
pub struct ExecOptions {
    /// Which evaluator runs the program: `interp`, the specializing
    /// interpreter, or `spec`, the reference evaluator.
    #[arg(long, value_enum, default_value_t = EngineArg::Interp)]
    engine: EngineArg,
    /// The interpreter's stress mode: never, default, eager, deopt-every=N
    /// or chaos=SEED.
    #[arg(long, value_name = "MODE", default_value = "default")]
    stress: StressMode,
    /// Check every deoptimization point: a specialized form whose guard
    /// fails must leave offsets, value stack and locals exactly as it found
    /// them, or the run ends with an error saying where.
    #[arg(long)]
    lockstep: bool,
    /// End the run with an error after this many instructions.
    #[arg(long, value_name = "N")]
    max_steps: Option<u64>,
}

impl ExecOptions {
    pub fn engine(&self) -> Result<Engine, String> {
        match (self.engine, self.stress) {
            (EngineArg::Spec, StressMode::Default) => Ok(Engine::Spec),
            (EngineArg::Spec, _) => Err("--stress applies to the interp engine, not spec".into()),
            (EngineArg::Interp, mode) => Ok(Engine::Interp(mode)),
        }
    }
}

/// Stress modes from a command line list; `all` means every mode of
/// `StressMode::all`.
pub fn parse_stress_list(items: &[String]) -> Result<Vec<StressMode>, String> {
    let mut out = Vec::new();
    for item in items {
        if item == "all" {
            out.extend(StressMode::all());
        } else {
            out.push(item.parse::<StressMode>()?);
        }
    }
    out.dedup();
    Ok(out)
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum EngineArg {
    Interp,
    Spec,
}

impl From<EngineArg> for Engine {
    fn from(e: EngineArg) -> Engine {
        match e {
            EngineArg::Interp => Engine::INTERP,
            EngineArg::Spec => Engine::Spec,
        }
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run a Python file.
    Run {
        #[command(flatten)]
        exec: ExecOptions,
        file: PathBuf,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Show the bytecode of a Python file.
    Dis {
        file: PathBuf,
        /// Run the program on the interpreter first (its output is shown),
        /// then show the quickened code: specialized forms and
        /// superinstructions as the run left them.
        #[arg(long)]
        adaptive: bool,
        /// Stress mode for the run (with --adaptive).
        #[arg(long, value_name = "MODE", default_value = "default")]
        stress: StressMode,
    },
    /// Run programs on the interpreter and print specialization statistics
    /// per family and form (the programs' output is not shown).
    Stats(stats_cmd::StatsArgs),
    /// Print the instruction-set reference (Markdown), generated from the table.
    Spec,
    /// Run files under CPython, spec and interp; show agreement and diffs.
    Diff {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Also compare traceback text.
        #[arg(long)]
        tracebacks: bool,
        /// The interpreter's stress mode.
        #[arg(long, value_name = "MODE", default_value = "default")]
        stress: StressMode,
    },
    /// Run a conformance corpus on every engine against CPython.
    Conform(crate::conform::ConformArgs),
    /// Benchmark programs under CPython, spec and interp: times, memory, output checks.
    Bench(bench_cmd::BenchArgs),
    /// Differential fuzzing on stable Rust: generated programs checked
    /// against spec or CPython; disagreements saved as reproducers.
    Fuzz(fuzz_cmd::FuzzArgs),
    /// Shrink a program on which two engines disagree, keeping the
    /// disagreement, and print the smallest program found.
    Reduce(fuzz_cmd::ReduceArgs),
}

/// Parse the command line and run; returns the process exit code.
pub fn main() -> i32 {
    // Like other command-line tools, end quietly when the reader of our
    // output goes away (`quicken diff ... | head`) instead of panicking on
    // a failed write: Rust ignores SIGPIPE by default.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of a signal before any
    // thread starts has no preconditions.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Some(Command::Run { exec, file, args }) => run::run_file(&file, &args, &exec),
        Some(Command::Dis {
            file,
            adaptive,
            stress,
        }) => run::dis(&file, adaptive.then_some(stress)),
        Some(Command::Stats(args)) => stats_cmd::stats(&args),
        Some(Command::Spec) => {
            print!("{}", quicken_spec::instructions::reference_markdown());
            0
        }
        Some(Command::Diff {
            files,
            tracebacks,
            stress,
        }) => diff::diff(&files, tracebacks, stress),
        Some(Command::Fuzz(args)) => fuzz_cmd::fuzz(&args),
        Some(Command::Reduce(args)) => fuzz_cmd::reduce(&args),
        Some(Command::Conform(args)) => crate::conform::conform(&args),
        Some(Command::Bench(args)) => bench_cmd::bench(&args),
        None => match (cli.code, cli.file) {
            (Some(code), file) => {
                let mut args: Vec<String> =
                    file.map(|f| f.display().to_string()).into_iter().collect();
                args.extend(cli.args);
                run::run_code(&code, &args, &cli.exec)
            }
            (None, Some(file)) => run::run_file(&file, &cli.args, &cli.exec),
            (None, None) => {
                eprintln!("quicken: no program given (try 'quicken FILE', 'quicken -c CODE' or 'quicken --help')");
                2
            }
        },
    }
}
