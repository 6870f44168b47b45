//! The specializing adaptive interpreter (PEP 659) and the `quicken` command.
//!
//! [`adaptive`] is the interpreter; [`engine`] is the single switch point
//! between it and spec's reference evaluator.

pub mod adaptive;
pub mod cli;
pub mod conform;
pub mod engine;
pub mod fuzz;
pub mod outcome;
pub mod stack;
