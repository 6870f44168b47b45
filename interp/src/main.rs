use quicken_interp::engine::{self, Engine};
use quicken_interp::stack::with_big_stack;
use quicken_spec::run::RunOptions;
use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let file = args.get(2).cloned().unwrap_or_default();
    let cmd = args.get(1).cloned().unwrap_or_default();
    let code = with_big_stack(move || {
        match cmd.as_str() {
            "run" => {
                let src = std::fs::read(&file).unwrap();
                let r = engine::run(Engine::Spec, &src, &file, &RunOptions::default());
                std::io::stdout().write_all(&r.stdout).unwrap();
                eprint!("{}", r.stderr);
                r.exit_code
            }
            "dis" => {
                let src = std::fs::read(&file).unwrap();
                match quicken_spec::compile::compile_bytes(&src, &file) {
                    Ok(c) => print!("{}", quicken_spec::dis::disassemble(&c)),
                    Err(e) => eprintln!("{:?}", e),
                }
                0
            }
            _ => 2,
        }
    });
    std::process::exit(code);
}
