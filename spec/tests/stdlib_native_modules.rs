//! Programs that import the native modules (`math`, `time`) must print the
//! same under Quicken's reference evaluator as under CPython 3.11.
//!
//! Each program runs through `quicken_spec::run::run_source` and through
//! `/usr/bin/python3.11` (or `$QUICKEN_CPYTHON`) with `PYTHONHASHSEED=0`;
//! stdout and the uncaught exception (type and message) must agree.
//! Without CPython 3.11 the tests fail: it is the specification.
//! The exhaustive per-function comparison of `math` lives beside the module
//! (`spec/src/modules/native/math/tests.rs`).

use quicken_spec::run::{run_source, RunOptions};
use std::process::Command;

fn cpython(src: &str) -> (String, Option<String>) {
    let python =
        std::env::var("QUICKEN_CPYTHON").unwrap_or_else(|_| "/usr/bin/python3.11".to_string());
    let out = Command::new(&python)
        .args(["-c", src])
        .env("PYTHONHASHSEED", "0")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python} (CPython 3.11 is required): {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let exc = if out.status.success() {
        None
    } else {
        stderr.lines().last().map(str::to_string)
    };
    (String::from_utf8_lossy(&out.stdout).to_string(), exc)
}

fn quicken(src: &str) -> (String, Option<String>) {
    let r = run_source(src.as_bytes(), "<test>", &RunOptions::default());
    let exc = r.exception.map(|e| {
        if e.message.is_empty() {
            e.type_name
        } else {
            format!("{}: {}", e.type_name, e.message)
        }
    });
    (String::from_utf8_lossy(&r.stdout).to_string(), exc)
}

fn check(programs: &[&str]) {
    let mut failures = Vec::new();
    for src in programs {
        let want = cpython(src);
        let got = quicken(src);
        if want != got {
            failures.push(format!(
                "--- program:\n{src}\n--- cpython:\n{}{:?}\n--- quicken:\n{}{:?}",
                want.0, want.1, got.0, got.1
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn math_programs_match_cpython() {
    check(&[
        "import math\nprint(math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf)\n",
        "import math\nprint(math.floor(-2.5), math.ceil(2.1), math.trunc(-7.9), math.floor(10**30))\n",
        "import math\nprint(math.factorial(30), math.comb(52, 5), math.perm(10, 3), math.isqrt(10**40 + 1))\n",
        "import math\nprint(math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.gcd(), math.lcm())\n",
        "import math\nprint(math.log(1024, 2), math.log2(2**100), math.log10(10**400), math.log(10**500))\n",
        "import math\nprint(math.hypot(3, 4), math.dist((1, 2), (4, 6)), math.fsum([0.1] * 10), math.prod(range(1, 11)))\n",
        "import math\nprint(math.isclose(1.0, 1.0 + 1e-10), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))\n",
        "import math\nprint(math.frexp(8.5), math.modf(-3.25), math.ldexp(0.75, 4), math.copysign(2, -0.0))\n",
        "import math\nprint(math.gamma(5.5), math.lgamma(10.5), math.erf(0.5), math.erfc(0.5))\n",
        "import math\nprint([round(math.sin(k / 7), 12) for k in range(5)], math.atan2(1, -1), math.degrees(1))\n",
        "import math\nfrom math import sqrt, floor\nprint(sqrt(16), floor(3.99))\n",
        "import math\nmath.sqrt(-1)\n",
        "import math\nmath.exp(1000)\n",
        "import math\nmath.factorial(-3)\n",
        "import math\nprint(math.sqrt('x'))\n",
        "import math\ntry:\n    math.log(0)\nexcept ValueError as e:\n    print('caught', e)\n",
        "import math\nclass V:\n    def __float__(self):\n        return 2.25\nprint(math.sqrt(V()))\n",
        "import math\nclass C:\n    def __floor__(self):\n        return 'floor!'\nprint(math.floor(C()))\n",
        "import math\nprint(type(math).__name__, math.__name__)\n",
    ]);
}

#[test]
fn time_programs_match_cpython() {
    check(&[
        "import time\nt0 = time.perf_counter()\ntime.sleep(0.02)\nt1 = time.perf_counter()\nprint(t1 - t0 >= 0.02, t1 - t0 < 5)\n",
        "import time\nprint(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.6e9)\n",
        "import time\na = time.monotonic(); b = time.monotonic(); print(b >= a, type(time.process_time()).__name__)\n",
        "import time\ntime.sleep(-1)\n",
        "import time\ntime.sleep('x')\n",
        "import time\ntime.sleep(0)\nprint('slept')\n",
    ]);
}
