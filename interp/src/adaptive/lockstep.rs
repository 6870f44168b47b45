//! Lockstep checking of deoptimization points (`--lockstep`).
//!
//! At a guard failure the generic meaning from spec runs on the frame the
//! form leaves behind, so that frame must be exactly the one the form
//! found: same instruction offsets, same value stack, same locals (by
//! identity). With lockstep on, every specialized form's execution is
//! bracketed by a snapshot, and the first guard failure that changed
//! anything ends the run with a RuntimeError naming the form, the offset
//! and the difference.

use quicken_spec::eval::Frame;
use quicken_spec::instructions::Opcode;
use quicken_spec::runtime::exceptions::runtime_error;
use quicken_spec::runtime::{PyResult, Value};

/// What a value is, for comparison: its variant and identity.
fn fingerprint(v: &Value) -> (std::mem::Discriminant<Value>, usize) {
    (std::mem::discriminant(v), v.identity())
}

pub struct Snapshot {
    ip: usize,
    lasti: usize,
    stack: Vec<(std::mem::Discriminant<Value>, usize)>,
    fast: Vec<Option<(std::mem::Discriminant<Value>, usize)>>,
}

impl Snapshot {
    pub fn take(f: &Frame) -> Snapshot {
        Snapshot {
            ip: f.ip,
            lasti: f.lasti,
            stack: f.stack.iter().map(fingerprint).collect(),
            fast: f.fast.iter().map(|v| v.as_ref().map(fingerprint)).collect(),
        }
    }

    /// Fail loudly if `f` differs from the snapshot after `op` missed.
    pub fn verify(&self, f: &Frame, op: Opcode) -> PyResult<()> {
        let now = Snapshot::take(f);
        let what = if now.ip != self.ip || now.lasti != self.lasti {
            format!(
                "ip {} -> {}, lasti {} -> {}",
                self.ip, now.ip, self.lasti, now.lasti
            )
        } else if now.stack != self.stack {
            format!(
                "value stack of {} items became {} items or changed",
                self.stack.len(),
                now.stack.len()
            )
        } else if now.fast != self.fast {
            "locals changed".to_string()
        } else {
            return Ok(());
        };
        Err(runtime_error(format!(
            "quicken lockstep: {} at offset {} failed a guard after changing the frame ({what})",
            op.name(),
            self.lasti
        )))
    }
}
