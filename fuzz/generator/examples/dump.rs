//! Writes generated programs to a directory: `dump DIR FIRST_SEED COUNT [SIZE]`.
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = &args[1];
    let first: u64 = args[2].parse().unwrap();
    let count: u64 = args[3].parse().unwrap();
    let size: usize = args.get(4).map(|s| s.parse().unwrap()).unwrap_or(4096);
    std::fs::create_dir_all(dir).unwrap();
    let t = Instant::now();
    let mut lines = 0;
    for seed in first..first + count {
        let p = quicken_fuzzgen::generate_from_seed(seed, size);
        lines += p.source.lines().count();
        std::fs::write(format!("{dir}/p{seed}.py"), &p.source).unwrap();
    }
    eprintln!(
        "{count} programs, {} lines avg, {:.0} programs/s (incl. writing)",
        lines as u64 / count.max(1),
        count as f64 / t.elapsed().as_secs_f64()
    );
}
