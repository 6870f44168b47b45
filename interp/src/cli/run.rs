//! `quicken run`, `quicken FILE`, `quicken -c`, `quicken dis`.

use super::ExecOptions;
use crate::engine;
use crate::stack::with_big_stack;
use quicken_spec::eval::{Limits, Output};
use quicken_spec::run::RunOptions;
use std::io::Write;
use std::path::Path;

/// CPython's wording for a file it cannot open, with the absolute path.
pub fn read_program(file: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(file).map_err(|e| {
        let abs = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let errno = e.raw_os_error().unwrap_or(0);
        let text = match e.kind() {
            std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
            _ if file.is_dir() => "Is a directory".to_string(),
            _ => e.to_string(),
        };
        format!(
            "quicken: can't open file '{}': [Errno {}] {}",
            abs.display(),
            errno,
            text
        )
    })
}

fn options(exec: &ExecOptions, argv: Vec<String>) -> RunOptions {
    RunOptions {
        limits: Limits {
            max_steps: exec.max_steps,
            max_int_bits: None,
        },
        argv,
        loop_fn: None,
    }
}

fn execute(source: Vec<u8>, filename: String, exec: &ExecOptions, argv: Vec<String>) -> i32 {
    let opts = options(exec, argv);
    let lockstep = exec.lockstep;
    let eng = match exec.engine() {
        Ok(e) => e,
        Err(msg) => {
            eprintln!("quicken: {msg}");
            return 2;
        }
    };
    with_big_stack(move || {
        crate::adaptive::stress::set_lockstep(lockstep);
        let out = Output::Stdout(std::io::BufWriter::new(std::io::stdout()));
        let r = engine::run_to(eng, out, &source, &filename, &opts);
        let _ = std::io::stdout().flush();
        eprint!("{}", r.stderr);
        r.exit_code
    })
}

pub fn run_file(file: &Path, args: &[String], exec: &ExecOptions) -> i32 {
    let source = match read_program(file) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("{msg}");
            return 2;
        }
    };
    let mut argv = vec![file.display().to_string()];
    argv.extend(args.iter().cloned());
    execute(source, script_filename(file), exec, argv)
}

/// The script's code filename (and `__file__`), as CPython 3.11 reports it;
/// `sys.argv[0]` keeps the path as given.
fn script_filename(file: &Path) -> String {
    quicken_oracle::cpython_abspath(file)
        .unwrap_or_else(|_| file.to_path_buf())
        .display()
        .to_string()
}

pub fn run_code(code: &str, args: &[String], exec: &ExecOptions) -> i32 {
    let mut argv = vec!["-c".to_string()];
    argv.extend(args.iter().cloned());
    execute(code.as_bytes().to_vec(), "<string>".into(), exec, argv)
}

/// `quicken dis [--adaptive]`: with a stress mode, run the program on the
/// interpreter first and show the quickened code it left.
pub fn dis(file: &Path, adaptive: Option<crate::adaptive::StressMode>) -> i32 {
    let source = match read_program(file) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("{msg}");
            return 2;
        }
    };
    let name = file.display().to_string();
    with_big_stack(
        move || match quicken_spec::compile::compile_bytes(&source, &name) {
            Ok(code) => match adaptive {
                None => {
                    print!("{}", quicken_spec::dis::disassemble(&code));
                    0
                }
                Some(mode) => {
                    let opts = RunOptions {
                        argv: vec![name.clone()],
                        loop_fn: Some(crate::adaptive::configure(mode, false)),
                        ..RunOptions::default()
                    };
                    let out = Output::Stdout(std::io::BufWriter::new(std::io::stdout()));
                    let r = quicken_spec::run::run_code_to(out, code.clone(), &opts);
                    let _ = std::io::stdout().flush();
                    eprint!("{}", r.stderr);
                    println!("\n# Quickened code after the run (stress mode {mode}):\n");
                    print!("{}", quicken_spec::dis::disassemble_adaptive(&code));
                    0
                }
            },
            Err(e) => {
                let r = quicken_spec::run::compile_error_result(&e, &source, &name);
                eprint!("{}", r.stderr);
                1
            }
        },
    )
}
