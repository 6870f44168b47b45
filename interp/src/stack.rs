//! Running work on a thread with a large stack.
//!
//! Python calls never recurse on the Rust stack, but the compiler, repr of
//! nested containers and native callbacks do (bounded by the recursion
//! limit); a generous stack keeps the deepest legal case far from overflow.

/// Stack size for evaluation threads: reserved address space, not memory.
pub const EVAL_STACK: usize = 1 << 30;

/// Run `f` on a fresh thread with [`EVAL_STACK`] bytes of stack.
pub fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let handle = std::thread::Builder::new()
        .name("quicken-eval".into())
        .stack_size(EVAL_STACK)
        .spawn(f)
        .expect("spawning the evaluation thread");
    match handle.join() {
        Ok(v) => v,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}
