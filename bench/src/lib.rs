//! The benchmark harness (filled in with the bench suite).
