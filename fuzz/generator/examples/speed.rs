//! Measures generation speed: `speed [COUNT] [SIZE]`.
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let count: u64 = args.get(1).map(|s| s.parse().unwrap()).unwrap_or(5000);
    let size: usize = args.get(2).map(|s| s.parse().unwrap()).unwrap_or(4096);
    let t = Instant::now();
    let mut bytes = 0;
    for seed in 0..count {
        bytes += quicken_fuzzgen::generate_from_seed(seed, size).source.len();
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "{count} programs ({} bytes avg) in {s:.3}s: {:.0} programs/s",
        bytes as u64 / count,
        count as f64 / s
    );
}
