//! Quicken's run results in the oracle's terms, so they compare with CPython's.

use quicken_oracle::{ExceptionInfo, Outcome};
use quicken_spec::run::RunResult;

/// The outcome of a Quicken run, comparable with a CPython outcome.
pub fn to_outcome(r: &RunResult) -> Outcome {
    Outcome {
        stdout: String::from_utf8_lossy(&r.stdout).into_owned(),
        exception: r.exception.as_ref().map(|u| ExceptionInfo {
            type_name: u.type_name.clone(),
            message: u.message.clone(),
            traceback: u.traceback.clone(),
        }),
        exit_code: r.exit_code,
        stderr: r.stderr.clone(),
    }
}
