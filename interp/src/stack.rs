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

/// A job for the persistent evaluation thread: runs there, sends its result back.
type Job = Box<dyn FnOnce() + Send>;

thread_local! {
    /// This thread's persistent evaluation worker (started on first use).
    static WORKER: std::cell::RefCell<Option<std::sync::mpsc::Sender<Job>>> =
        const { std::cell::RefCell::new(None) };
}

/// Run `f` on a persistent [`EVAL_STACK`]-sized thread owned by the calling
/// thread: like [`with_big_stack`] without a thread spawn per call, for
/// fuzzing loops that run tens of thousands of small programs a second. A
/// panic in `f` is re-raised here (and the worker replaced).
pub fn on_eval_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (reply, result) = std::sync::mpsc::channel();
    let job: Job = Box::new(move || {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
        let _ = reply.send(r);
    });
    WORKER.with(|w| {
        let mut w = w.borrow_mut();
        let mut job = Some(job);
        if let Some(tx) = w.as_ref() {
            match tx.send(job.take().expect("job")) {
                Ok(()) => {}
                Err(std::sync::mpsc::SendError(back)) => job = Some(back),
            }
        }
        if let Some(job) = job {
            // No worker yet, or it has gone: start one.
            let (tx, rx) = std::sync::mpsc::channel::<Job>();
            std::thread::Builder::new()
                .name("quicken-eval".into())
                .stack_size(EVAL_STACK)
                .spawn(move || {
                    while let Ok(job) = rx.recv() {
                        job();
                    }
                })
                .expect("spawning the evaluation thread");
            tx.send(job)
                .expect("the new evaluation thread is listening");
            *w = Some(tx);
        }
    });
    match result.recv() {
        Ok(Ok(v)) => v,
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        Err(_) => panic!("the evaluation thread died"),
    }
}
