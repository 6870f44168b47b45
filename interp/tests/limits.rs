//! The instruction budget (`--max-steps`) ends a run for good, on every
//! engine, even when the program catches every exception: the fuzzer relies
//! on it to stop programs that loop forever.

use quicken_interp::adaptive::StressMode;
use quicken_interp::engine::{self, Engine};
use quicken_spec::eval::Limits;
use quicken_spec::run::RunOptions;

const CATCH_ALL_FOREVER: &str = r#"
i = 0
while True:
    try:
        while True:
            i += 1
    except Exception as e:
        print("caught", type(e).__name__)
    except BaseException:
        print("caught base")
    finally:
        i = 0
"#;

#[test]
fn step_budget_cannot_be_caught() {
    let mut engines = vec![Engine::Spec];
    engines.extend(StressMode::all().into_iter().map(Engine::Interp));
    for engine in engines {
        let opts = RunOptions {
            limits: Limits {
                max_steps: Some(50_000),
                max_int_bits: None,
            },
            ..Default::default()
        };
        let r = engine::run(engine, CATCH_ALL_FOREVER.as_bytes(), "loop.py", &opts);
        assert!(r.steps_exhausted, "{}: not stopped", engine.name());
        assert!(r.stdout.is_empty(), "{}: a handler ran", engine.name());
        let exc = r.exception.expect("an uncaught error");
        assert_eq!(exc.type_name, "RuntimeError");
        assert_eq!(exc.message, "step limit of 50000 instructions exceeded");
        assert_eq!(r.exit_code, 1);
    }
}
