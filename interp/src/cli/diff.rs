//! `quicken diff`: one program on CPython, spec and interp, side by side.

use super::run::read_program;
use crate::adaptive::StressMode;
use crate::engine::{self, Engine};
use crate::outcome::to_outcome;
use crate::stack::with_big_stack;
use quicken_oracle::{compare, CPython, Level};
use quicken_spec::run::RunOptions;
use std::path::PathBuf;

pub fn diff(files: &[PathBuf], tracebacks: bool, stress: StressMode) -> i32 {
    let files = files.to_vec();
    with_big_stack(move || {
        let cpython = match CPython::get() {
            Ok(c) => c,
            Err(e) => {
                eprintln!("quicken diff: CPython oracle unavailable: {e}");
                return 2;
            }
        };
        let level = if tracebacks {
            Level::Traceback
        } else {
            Level::Outcome
        };
        let mut disagreements = 0;
        let interp = Engine::Interp(stress);
        println!("{:<48} {:>8} {:>8}", "program", "spec", interp.name());
        let mut diffs = Vec::new();
        for file in &files {
            let source = match read_program(file) {
                Ok(s) => s,
                Err(msg) => {
                    eprintln!("{msg}");
                    return 2;
                }
            };
            let expected = match cpython.run_bytes(&source, file) {
                Ok(r) => r.outcome,
                Err(e) => {
                    eprintln!(
                        "quicken diff: CPython could not run {}: {e}",
                        file.display()
                    );
                    return 2;
                }
            };
            let name = std::path::absolute(file)
                .unwrap_or_else(|_| file.clone())
                .display()
                .to_string();
            let opts = RunOptions {
                argv: vec![name.clone()],
                ..Default::default()
            };
            let mut cells = Vec::new();
            for engine in [Engine::Spec, interp] {
                let ours = to_outcome(&engine::run(engine, &source, &name, &opts));
                let cmp = compare(&expected, &ours, level);
                cells.push(if cmp.agree { "agree" } else { "DIFFER" });
                if !cmp.agree {
                    disagreements += 1;
                    diffs.push(format!(
                        "=== {} on {} ===\n{}",
                        file.display(),
                        engine.name(),
                        cmp.diff
                    ));
                }
            }
            println!("{:<48} {:>8} {:>8}", file.display(), cells[0], cells[1]);
        }
        for d in &diffs {
            println!("\n{d}");
        }
        println!(
            "\nCPython: {}",
            cpython.version().lines().next().unwrap_or("")
        );
        if disagreements > 0 {
            1
        } else {
            0
        }
    })
}
