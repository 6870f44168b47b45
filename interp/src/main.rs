//! The `quicken` command.

fn main() {
    let code = quicken_interp::cli::main();
    std::process::exit(code);
}
