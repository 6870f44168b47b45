//! `quicken stats`: specialization statistics per family and form.

use crate::adaptive::stats::{self, OpStats};
use crate::adaptive::StressMode;
use crate::engine;
use crate::stack::with_big_stack;
use clap::Args;
use quicken_spec::eval::Output;
use quicken_spec::instructions::{flags, Opcode};
use quicken_spec::run::RunOptions;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
pub struct StatsArgs {
    /// Python files, or directories searched for *.py (sums over all).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Stress mode for the runs.
    #[arg(long, value_name = "MODE", default_value = "default")]
    stress: StressMode,
    /// One JSON object per family head and form instead of a table.
    #[arg(long)]
    json: bool,
    /// Instruction budget per program.
    #[arg(long, value_name = "N", default_value_t = 2_000_000_000)]
    max_steps: u64,
}

fn collect_files(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for e in entries {
            if e.is_dir() || e.extension().is_some_and(|x| x == "py") {
                collect_files(&e, out)?;
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
    Ok(())
}

/// Families with a specializer: heads whose table rows have forms.
fn families() -> BTreeMap<&'static str, Vec<Opcode>> {
    let mut fams: BTreeMap<&'static str, Vec<Opcode>> = BTreeMap::new();
    for &op in Opcode::ALL {
        if op.family() != op {
            fams.entry(op.family().name()).or_default().push(op);
        }
    }
    fams
}

pub fn stats(args: &StatsArgs) -> i32 {
    let mut files = Vec::new();
    for p in &args.paths {
        if let Err(e) = collect_files(p, &mut files) {
            eprintln!("quicken stats: cannot read {}: {e}", p.display());
            return 2;
        }
    }
    let mode = args.stress;
    let max_steps = args.max_steps;
    let runs: Vec<(PathBuf, Vec<u8>)> = match files
        .iter()
        .map(|f| super::run::read_program(f).map(|s| (f.clone(), s)))
        .collect()
    {
        Ok(r) => r,
        Err(msg) => {
            eprintln!("{msg}");
            return 2;
        }
    };
    let snapshot = with_big_stack(move || {
        stats::reset();
        for (file, source) in &runs {
            let name = std::path::absolute(file)
                .unwrap_or_else(|_| file.clone())
                .display()
                .to_string();
            let mut opts = RunOptions {
                argv: vec![name.clone()],
                ..RunOptions::default()
            };
            opts.limits.max_steps = Some(max_steps);
            engine::run_with_stats(mode, Output::Buffer(Vec::new()), source, &name, &opts);
        }
        stats::snapshot()
    });
    let by_op: BTreeMap<Opcode, OpStats> = snapshot.into_iter().collect();
    let get = |op: Opcode| by_op.get(&op).cloned().unwrap_or_default();
    if args.json {
        print!("{}", json(&get));
    } else {
        print!("{}", table(&get, files.len(), mode));
    }
    0
}

fn json(get: &dyn Fn(Opcode) -> OpStats) -> String {
    let mut rows = Vec::new();
    for (family, forms) in families() {
        let head = Opcode::from_name(family).expect("family head");
        for op in std::iter::once(head).chain(forms) {
            let s = get(op);
            let reasons: Vec<String> = s
                .failures
                .iter()
                .map(|(r, n)| format!("{}: {n}", json_str(r)))
                .collect();
            rows.push(format!(
                "{{\"family\": {}, \"form\": {}, \"hits\": {}, \"misses\": {}, \"deopts\": {}, \"successes\": {}, \"failures\": {}, \"attempts\": {}, \"generic\": {}, \"failure_reasons\": {{{}}}}}",
                json_str(family),
                json_str(op.name()),
                s.hits,
                s.misses,
                s.deopts,
                s.successes,
                s.failure_count(),
                s.attempts,
                s.generic,
                reasons.join(", ")
            ));
        }
    }
    for op in [
        Opcode::LOAD_FAST_LOAD_FAST,
        Opcode::STORE_FAST_LOAD_FAST,
        Opcode::STORE_FAST_STORE_FAST,
    ] {
        let s = get(op);
        rows.push(format!(
            "{{\"family\": {}, \"form\": {}, \"hits\": {}, \"misses\": 0, \"deopts\": 0, \"successes\": {}, \"failures\": 0}}",
            json_str(op.name()),
            json_str(op.name()),
            s.hits,
            s.successes
        ));
    }
    format!("[\n  {}\n]\n", rows.join(",\n  "))
}

fn json_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn table(get: &dyn Fn(Opcode) -> OpStats, programs: usize, mode: StressMode) -> String {
    let mut out = format!(
        "Specialization statistics over {programs} program(s), stress mode {mode}\n\n{:<44} {:>12} {:>10} {:>8} {:>9} {:>9} {:>12}\n",
        "family / form", "hits", "misses", "deopts", "attempts", "failures", "generic"
    );
    let mut reasons = String::new();
    let (mut forms_total, mut forms_hit, mut forms_deopted) = (0, 0, 0);
    for (family, forms) in families() {
        let head = Opcode::from_name(family).expect("family head");
        let h = get(head);
        out.push_str(&format!(
            "{:<44} {:>12} {:>10} {:>8} {:>9} {:>9} {:>12}\n",
            family,
            "",
            "",
            "",
            h.attempts,
            h.failure_count(),
            h.generic
        ));
        for op in forms {
            let s = get(op);
            forms_total += 1;
            forms_hit += (s.hits > 0) as usize;
            forms_deopted += (s.misses > 0) as usize;
            out.push_str(&format!(
                "  {:<42} {:>12} {:>10} {:>8}\n",
                op.name(),
                s.hits,
                s.misses,
                s.deopts
            ));
        }
        if !h.failures.is_empty() {
            let list: Vec<String> = h.failures.iter().map(|(r, n)| format!("{r} {n}")).collect();
            reasons.push_str(&format!("  {family}: {}\n", list.join(", ")));
        }
    }
    out.push_str("\nsuperinstructions (made on first execution)\n");
    for op in Opcode::ALL
        .iter()
        .filter(|op| op.info().flags & flags::SUPER != 0)
    {
        out.push_str(&format!("  {:<42} {:>12}\n", op.name(), get(*op).hits));
    }
    if !reasons.is_empty() {
        out.push_str("\nspecialization failures by reason\n");
        out.push_str(&reasons);
    }
    out.push_str(&format!(
        "\n{forms_hit}/{forms_total} forms hit, {forms_deopted}/{forms_total} forms missed at least once\n"
    ));
    out
}
