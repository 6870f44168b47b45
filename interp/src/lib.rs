//! The specializing adaptive interpreter (PEP 659) and the `quicken` command.
//!
//! Until the specializing interpreter lands, the `interp` engine runs the
//! reference evaluator; [`engine`] is the single switch point.

pub mod cli;
pub mod conform;
pub mod engine;
pub mod outcome;
pub mod stack;
