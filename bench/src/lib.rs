//! The benchmark harness's pure parts: statistics, program discovery and
//! scaling, output comparison, the results table and its JSON form.
//!
//! Everything here is plain std, with no I/O beyond reading directories, so
//! it can be unit-tested without running any interpreter. `quicken bench`
//! (interp/src/cli/bench_cmd.rs) compiles this same file as its `harness`
//! module and adds the part that runs processes and measures them.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The engine every other engine is compared with.
pub const BASELINE: &str = "cpython";

// ---------------------------------------------------------------- statistics

/// The median of `xs` (the mean of the two middle values for an even count);
/// `None` for an empty slice or when any value is NaN.
pub fn median(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() || xs.iter().any(|x| x.is_nan()) {
        return None;
    }
    let mut v = xs.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

/// The geometric mean of `xs`; `None` for an empty slice or when any value
/// is not a finite positive number.
pub fn geometric_mean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() || xs.iter().any(|&x| !(x.is_finite() && x > 0.0)) {
        return None;
    }
    let log_sum: f64 = xs.iter().map(|x| x.ln()).sum();
    Some((log_sum / xs.len() as f64).exp())
}

// ------------------------------------------------------- programs and scaling

/// The benchmark programs named by `paths`: files as given, directories
/// replaced by the `*.py` files directly inside them, in name order.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let entries =
                std::fs::read_dir(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "py"))
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(format!("no .py files in {}", p.display()));
            }
            out.extend(found);
        } else if p.is_file() {
            out.push(p.clone());
        } else {
            return Err(format!("no such file or directory: {}", p.display()));
        }
    }
    Ok(out)
}

/// A program's name in the table: its file name without `.py`.
pub fn program_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Rewrites the first top-level `SIZE = <integer>` line of a program so that
/// SIZE is multiplied by `factor` (rounded, at least 1). The rest of the line
/// (usually a comment) is kept.
pub fn scale_source(source: &str, factor: f64) -> Result<String, String> {
    if !(factor.is_finite() && factor > 0.0) {
        return Err(format!("scale must be a positive number, not {factor}"));
    }
    let mut out = String::with_capacity(source.len() + 8);
    let mut done = false;
    for line in source.split_inclusive('\n') {
        if !done {
            if let Some((value, rest)) = parse_size_line(line) {
                let scaled = (value as f64 * factor).round().max(1.0);
                let _ = write!(out, "SIZE = {}{rest}", scaled as u64);
                done = true;
                continue;
            }
        }
        out.push_str(line);
    }
    if done {
        Ok(out)
    } else {
        Err("cannot apply --scale: the program has no `SIZE = <integer>` line".to_string())
    }
}

/// `SIZE = 123  # comment\n` gives `(123, "  # comment\n")`.
fn parse_size_line(line: &str) -> Option<(u64, &str)> {
    let rest = line.strip_prefix("SIZE")?.trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix('=')?.trim_start_matches([' ', '\t']);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let tail = &rest[digits..];
    let tail_ok = tail.trim_start_matches([' ', '\t']);
    if !(tail_ok.is_empty() || tail_ok.starts_with('#') || tail_ok.starts_with(['\n', '\r'])) {
        return None;
    }
    Some((rest[..digits].parse().ok()?, tail))
}

// ------------------------------------------------------------ output checking

/// Where two outputs first differ, in one line, for a FAIL reason.
pub fn first_difference(expected: &[u8], got: &[u8]) -> Option<String> {
    if expected == got {
        return None;
    }
    let exp = String::from_utf8_lossy(expected);
    let got = String::from_utf8_lossy(got);
    let e: Vec<&str> = exp.split_inclusive('\n').collect();
    let g: Vec<&str> = got.split_inclusive('\n').collect();
    for i in 0..e.len().max(g.len()) {
        match (e.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => continue,
            (Some(a), Some(b)) => {
                return Some(format!(
                    "line {}: expected {} got {}",
                    i + 1,
                    quote(a),
                    quote(b)
                ))
            }
            (Some(a), None) => {
                return Some(format!("output ends before line {}: {}", i + 1, quote(a)))
            }
            (None, Some(b)) => {
                return Some(format!("extra output at line {}: {}", i + 1, quote(b)))
            }
            (None, None) => break,
        }
    }
    Some("outputs differ".to_string())
}

/// A short quoted form of one output line.
fn quote(line: &str) -> String {
    format!("{:?}", shorten(line, 60))
}

/// `s` cut to at most `max` characters, with `...` when cut.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max.saturating_sub(3)).collect();
        cut + "..."
    }
}

/// The most telling line of a failed run's stderr: the last non-blank one
/// (for a Python traceback, the exception line).
pub fn stderr_summary(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    text.lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| shorten(l, 120))
        .unwrap_or_default()
}

// ----------------------------------------------------------------- results

/// One engine on one program.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EngineResult {
    pub engine: String,
    /// Wall-clock seconds of each successful run, in run order.
    pub times: Vec<f64>,
    /// User plus system CPU seconds of each successful run.
    pub cpu_times: Vec<f64>,
    /// The largest peak resident set size over the runs, in KiB.
    pub peak_rss_kib: Option<u64>,
    /// Why the engine failed this program; once set, its times are not used.
    pub failure: Option<String>,
}

impl EngineResult {
    pub fn new(engine: &str) -> EngineResult {
        EngineResult {
            engine: engine.to_string(),
            ..EngineResult::default()
        }
    }

    pub fn ok(&self) -> bool {
        self.failure.is_none() && !self.times.is_empty()
    }

    /// The median wall time, when the engine ran the program successfully.
    pub fn median(&self) -> Option<f64> {
        if self.ok() {
            median(&self.times)
        } else {
            None
        }
    }

    pub fn record_rss(&mut self, kib: Option<u64>) {
        if let Some(k) = kib {
            self.peak_rss_kib = Some(self.peak_rss_kib.map_or(k, |p| p.max(k)));
        }
    }
}

/// All engines on one program.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgramResult {
    pub name: String,
    pub path: String,
    pub results: Vec<EngineResult>,
}

impl ProgramResult {
    pub fn get(&self, engine: &str) -> Option<&EngineResult> {
        self.results.iter().find(|r| r.engine == engine)
    }

    /// median(engine) / median(CPython): below 1.0 is faster than CPython.
    pub fn ratio(&self, engine: &str) -> Option<f64> {
        let base = self.get(BASELINE)?.median()?;
        let t = self.get(engine)?.median()?;
        (base > 0.0).then(|| t / base)
    }
}

/// A whole run of the harness.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// Engine names in column order; CPython, when present, comes first.
    pub engines: Vec<String>,
    pub programs: Vec<ProgramResult>,
    /// Settings and versions, in order, for the JSON file.
    pub meta: Vec<(String, Meta)>,
}

/// One setting or version recorded with a report.
#[derive(Clone, Debug, PartialEq)]
pub enum Meta {
    Text(String),
    Number(f64),
}

impl Report {
    /// The engines compared with CPython (every engine but the baseline),
    /// when CPython is among the engines.
    pub fn compared(&self) -> Vec<&str> {
        if !self.engines.iter().any(|e| e == BASELINE) {
            return Vec::new();
        }
        self.engines
            .iter()
            .map(String::as_str)
            .filter(|e| *e != BASELINE)
            .collect()
    }

    /// The programs every engine ran successfully.
    pub fn complete_programs(&self) -> Vec<&ProgramResult> {
        self.programs
            .iter()
            .filter(|p| {
                self.engines
                    .iter()
                    .all(|e| p.get(e).is_some_and(EngineResult::ok))
            })
            .collect()
    }

    /// Per compared engine, the geometric mean of its ratios over the
    /// programs that ran on every engine.
    pub fn geomeans(&self) -> BTreeMap<String, Option<f64>> {
        let complete = self.complete_programs();
        self.compared()
            .into_iter()
            .map(|e| {
                let ratios: Vec<f64> = complete.iter().filter_map(|p| p.ratio(e)).collect();
                let g = if ratios.len() == complete.len() {
                    geometric_mean(&ratios)
                } else {
                    None
                };
                (e.to_string(), g)
            })
            .collect()
    }
}

// ------------------------------------------------------------- formatting

/// Seconds with three significant-ish digits: `0.951s`, `12.35s`, `123.4s`.
pub fn format_secs(s: f64) -> String {
    if s < 10.0 {
        format!("{s:.3}s")
    } else if s < 100.0 {
        format!("{s:.2}s")
    } else {
        format!("{s:.1}s")
    }
}

/// KiB as MiB with one decimal: `8.5M`.
pub fn format_kib(kib: u64) -> String {
    format!("{:.1}M", kib as f64 / 1024.0)
}

pub fn format_ratio(r: f64) -> String {
    if r < 100.0 {
        format!("{r:.2}")
    } else {
        format!("{r:.0}")
    }
}

/// The results table: one row per program with the median wall time of
/// each engine, each engine's ratio to CPython, and each engine's peak
/// memory; a geometric-mean row; then numbered notes for every FAIL.
pub fn render_table(report: &Report) -> String {
    let compared = report.compared();
    let mut header = vec!["program".to_string()];
    for e in &report.engines {
        header.push(e.clone());
        if compared.contains(&e.as_str()) {
            header.push(format!("{e}/py"));
        }
    }
    for e in &report.engines {
        header.push(format!("mem {e}"));
    }

    let mut notes: Vec<String> = Vec::new();
    let mut note_for = |reason: &str| -> usize {
        match notes.iter().position(|n| n == reason) {
            Some(i) => i + 1,
            None => {
                notes.push(reason.to_string());
                notes.len()
            }
        }
    };

    let mut rows: Vec<Vec<String>> = Vec::new();
    for p in &report.programs {
        let mut row = vec![p.name.clone()];
        for e in &report.engines {
            let r = p.get(e);
            let cell = match r {
                Some(r) if r.failure.is_some() => {
                    format!("FAIL[{}]", note_for(r.failure.as_deref().unwrap_or("")))
                }
                Some(r) => r.median().map(format_secs).unwrap_or_else(|| "-".into()),
                None => "-".into(),
            };
            row.push(cell);
            if compared.contains(&e.as_str()) {
                row.push(p.ratio(e).map(format_ratio).unwrap_or_else(|| "-".into()));
            }
        }
        for e in &report.engines {
            let mem = p.get(e).and_then(|r| {
                if r.failure.is_some() {
                    None
                } else {
                    r.peak_rss_kib
                }
            });
            row.push(mem.map(format_kib).unwrap_or_else(|| "-".into()));
        }
        rows.push(row);
    }

    if !compared.is_empty() {
        let complete = report.complete_programs().len();
        let geo = report.geomeans();
        let mut row = vec![format!("geomean ({complete} of {})", report.programs.len())];
        for e in &report.engines {
            row.push(String::new());
            if compared.contains(&e.as_str()) {
                row.push(
                    geo.get(e.as_str())
                        .copied()
                        .flatten()
                        .map(format_ratio)
                        .unwrap_or_else(|| "-".into()),
                );
            }
        }
        for _ in &report.engines {
            row.push(String::new());
        }
        rows.push(row);
    }

    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let line = |cells: &[String], out: &mut String| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            if i == 0 {
                let _ = write!(s, "{cell:<w$}");
            } else {
                let _ = write!(s, "  {cell:>w$}");
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    };
    line(&header, &mut out);
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(&rule, &mut out);
    let n = rows.len();
    for (i, row) in rows.iter().enumerate() {
        if !compared.is_empty() && i + 1 == n {
            line(&rule, &mut out);
        }
        line(row, &mut out);
    }
    if !notes.is_empty() {
        out.push('\n');
        for (i, n) in notes.iter().enumerate() {
            let _ = writeln!(out, "[{}] {}", i + 1, n);
        }
    }
    out
}

// ------------------------------------------------------------------- JSON

/// A JSON string literal.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_number(x: f64) -> String {
    if x.is_finite() {
        format!("{x}")
    } else {
        "null".to_string()
    }
}

fn json_opt(x: Option<f64>) -> String {
    x.map(json_number).unwrap_or_else(|| "null".into())
}

fn json_list(xs: &[f64]) -> String {
    let items: Vec<String> = xs.iter().map(|x| json_number(*x)).collect();
    format!("[{}]", items.join(", "))
}

/// The report as a JSON document (times in seconds, memory in KiB).
pub fn to_json(report: &Report) -> String {
    let mut out = String::from("{\n");
    out.push_str("  \"meta\": {");
    let meta: Vec<String> = report
        .meta
        .iter()
        .map(|(k, v)| {
            let v = match v {
                Meta::Text(s) => json_string(s),
                Meta::Number(x) => json_number(*x),
            };
            format!("\n    {}: {}", json_string(k), v)
        })
        .collect();
    out.push_str(&meta.join(","));
    out.push_str("\n  },\n");
    let engines: Vec<String> = report.engines.iter().map(|e| json_string(e)).collect();
    let _ = writeln!(out, "  \"engines\": [{}],", engines.join(", "));
    out.push_str("  \"programs\": [");
    let mut first = true;
    for p in &report.programs {
        out.push_str(if first { "\n" } else { ",\n" });
        first = false;
        let _ = write!(
            out,
            "    {{\n      \"name\": {},\n      \"path\": {},\n      \"results\": {{",
            json_string(&p.name),
            json_string(&p.path)
        );
        let mut first_r = true;
        for r in &p.results {
            out.push_str(if first_r { "\n" } else { ",\n" });
            first_r = false;
            let status = if r.ok() { "ok" } else { "fail" };
            let _ = write!(
                out,
                "        {}: {{\"status\": {}, \"failure\": {}, \"median\": {}, \"ratio\": {}, \
                 \"times\": {}, \"cpu_times\": {}, \"peak_rss_kib\": {}}}",
                json_string(&r.engine),
                json_string(status),
                r.failure
                    .as_deref()
                    .map(json_string)
                    .unwrap_or_else(|| "null".into()),
                json_opt(r.median()),
                json_opt(if r.engine == BASELINE {
                    None
                } else {
                    p.ratio(&r.engine)
                }),
                json_list(&r.times),
                json_list(&r.cpu_times),
                r.peak_rss_kib
                    .map(|k| k.to_string())
                    .unwrap_or_else(|| "null".into()),
            );
        }
        out.push_str("\n      }\n    }");
    }
    out.push_str("\n  ],\n");
    let complete: Vec<String> = report
        .complete_programs()
        .iter()
        .map(|p| json_string(&p.name))
        .collect();
    let _ = writeln!(out, "  \"geomean_programs\": [{}],", complete.join(", "));
    let geo: Vec<String> = report
        .geomeans()
        .iter()
        .map(|(e, g)| format!("{}: {}", json_string(e), json_opt(*g)))
        .collect();
    let _ = writeln!(out, "  \"geomean_ratio\": {{{}}}", geo.join(", "));
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_odd_even_empty() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&[7.5]), Some(7.5));
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[1.0, f64::NAN]), None);
    }

    #[test]
    fn geometric_mean_basics() {
        let g = geometric_mean(&[2.0, 8.0]).unwrap();
        assert!((g - 4.0).abs() < 1e-12);
        let g = geometric_mean(&[0.5, 2.0, 1.0]).unwrap();
        assert!((g - 1.0).abs() < 1e-12);
        assert_eq!(geometric_mean(&[]), None);
        assert_eq!(geometric_mean(&[1.0, 0.0]), None);
        assert_eq!(geometric_mean(&[1.0, -2.0]), None);
        assert_eq!(geometric_mean(&[f64::INFINITY]), None);
    }

    #[test]
    fn scale_rewrites_first_size_line_only() {
        let src = "# doc\nSIZE = 100  # steps\nX = 1\nSIZE = 5\n";
        assert_eq!(
            scale_source(src, 0.5).unwrap(),
            "# doc\nSIZE = 50  # steps\nX = 1\nSIZE = 5\n"
        );
        assert_eq!(
            scale_source("SIZE=3\n", 0.01).unwrap(),
            "SIZE = 1\n",
            "at least 1"
        );
        assert_eq!(scale_source("SIZE = 7", 2.0).unwrap(), "SIZE = 14");
        assert!(scale_source("    SIZE = 7\n", 2.0).is_err(), "indented");
        assert!(scale_source("SIZE = N * 2\n", 2.0).is_err());
        assert!(scale_source("SIZES = 3\n", 2.0).is_err());
        assert!(scale_source("SIZE = 3\n", 0.0).is_err());
        assert!(scale_source("SIZE = 3\n", f64::NAN).is_err());
    }

    #[test]
    fn differences_are_described() {
        assert_eq!(first_difference(b"a\nb\n", b"a\nb\n"), None);
        assert_eq!(
            first_difference(b"a\nb\n", b"a\nc\n").unwrap(),
            "line 2: expected \"b\\n\" got \"c\\n\""
        );
        assert!(first_difference(b"a\nb\n", b"a\n")
            .unwrap()
            .starts_with("output ends before line 2"));
        assert!(first_difference(b"a\n", b"a\nz\n")
            .unwrap()
            .starts_with("extra output at line 2"));
        assert!(first_difference(b"a", b"a\n").is_some());
    }

    #[test]
    fn stderr_summary_takes_last_line() {
        let tb = b"Traceback (most recent call last):\n  File \"x.py\", line 1\nNameError: name 'q' is not defined\n\n";
        assert_eq!(stderr_summary(tb), "NameError: name 'q' is not defined");
        assert_eq!(stderr_summary(b""), "");
        assert_eq!(shorten("abcdef", 5), "ab...");
    }

    fn result(engine: &str, times: &[f64], failure: Option<&str>) -> EngineResult {
        EngineResult {
            engine: engine.into(),
            times: times.to_vec(),
            cpu_times: times.to_vec(),
            peak_rss_kib: Some(10240),
            failure: failure.map(str::to_string),
        }
    }

    fn sample() -> Report {
        Report {
            engines: vec!["cpython".into(), "spec".into(), "interp".into()],
            programs: vec![
                ProgramResult {
                    name: "a".into(),
                    path: "a.py".into(),
                    results: vec![
                        result("cpython", &[1.0, 1.2, 1.1], None),
                        result("spec", &[2.2, 2.2, 2.2], None),
                        result("interp", &[0.55, 0.6, 0.5], None),
                    ],
                },
                ProgramResult {
                    name: "b".into(),
                    path: "b.py".into(),
                    results: vec![
                        result("cpython", &[2.0], None),
                        result("spec", &[8.0], None),
                        result("interp", &[], Some("exit status 1: TypeError: \"x\"")),
                    ],
                },
            ],
            meta: vec![
                ("python".into(), Meta::Text("/usr/bin/python3.11".into())),
                ("runs".into(), Meta::Number(3.0)),
            ],
        }
    }

    #[test]
    fn ratios_and_geomeans_use_complete_programs() {
        let r = sample();
        let a = &r.programs[0];
        assert!((a.ratio("spec").unwrap() - 2.0).abs() < 1e-12);
        assert!((a.ratio("interp").unwrap() - 0.5).abs() < 1e-12);
        assert_eq!(r.programs[1].ratio("interp"), None);
        assert_eq!(r.complete_programs().len(), 1);
        let g = r.geomeans();
        assert!((g["spec"].unwrap() - 2.0).abs() < 1e-12, "b is left out");
        assert!((g["interp"].unwrap() - 0.5).abs() < 1e-12);
    }

    #[test]
    fn table_shows_fail_with_a_note() {
        let t = render_table(&sample());
        assert!(t.contains("FAIL[1]"), "{t}");
        assert!(t.contains("[1] exit status 1: TypeError"), "{t}");
        assert!(t.contains("geomean (1 of 2)"), "{t}");
        assert!(t.contains("interp/py"), "{t}");
        assert!(t.contains("10.0M"), "{t}");
        assert!(t.lines().all(|l| l == l.trim_end()));
    }

    #[test]
    fn table_without_cpython_has_no_ratios() {
        let mut r = sample();
        r.engines.retain(|e| e != "cpython");
        let t = render_table(&r);
        assert!(!t.contains("/py"), "{t}");
        assert!(!t.contains("geomean"), "{t}");
        assert!(r.geomeans().is_empty());
    }

    #[test]
    fn json_is_escaped_and_complete() {
        assert_eq!(json_string("a\"b\\c\n\u{1}"), "\"a\\\"b\\\\c\\n\\u0001\"");
        let j = to_json(&sample());
        assert!(j.contains("\"status\": \"fail\""), "{j}");
        assert!(j.contains("\"runs\": 3\n"), "{j}");
        assert!(j.contains("\"python\": \"/usr/bin/python3.11\""), "{j}");
        assert!(
            j.contains("\"failure\": \"exit status 1: TypeError: \\\"x\\\"\""),
            "{j}"
        );
        assert!(j.contains("\"geomean_programs\": [\"a\"]"), "{j}");
        assert!(
            j.contains("\"geomean_ratio\": {\"interp\": 0.5, \"spec\": 2}"),
            "{j}"
        );
        let opens = j.matches(['{', '[']).count();
        let closes = j.matches(['}', ']']).count();
        assert_eq!(opens, closes);
    }

    #[test]
    fn discover_finds_python_files_in_order() {
        let dir = std::env::temp_dir().join(format!("quicken-bench-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for f in ["b.py", "a.py", "notes.txt"] {
            std::fs::write(dir.join(f), "SIZE = 1\n").unwrap();
        }
        let found = discover(std::slice::from_ref(&dir)).unwrap();
        let names: Vec<String> = found.iter().map(|p| program_name(p)).collect();
        assert_eq!(names, ["a", "b"]);
        assert!(discover(&[dir.join("missing.py")]).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Every bundled program follows the suite's conventions: a comment
    /// saying what it measures, a scalable SIZE line, and no imports (so it
    /// depends only on the language and builtins).
    #[test]
    fn bundled_programs_follow_the_conventions() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
        if !dir.join("nbody.py").exists() {
            return; // compiled inside another crate: the programs live elsewhere
        }
        let programs = discover(&[dir]).unwrap();
        assert!(programs.len() >= 16);
        for p in programs {
            let src = std::fs::read_to_string(&p).unwrap();
            let name = program_name(&p);
            assert!(
                src.starts_with(&format!("# {name}: ")),
                "{name}: header comment"
            );
            assert!(scale_source(&src, 0.5).is_ok(), "{name}: SIZE line");
            assert!(
                !src.lines()
                    .any(|l| l.starts_with("import ") || l.starts_with("from ")),
                "{name}: imports"
            );
        }
    }
}
