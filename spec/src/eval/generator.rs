//! Generators: a suspended frame resumed by `next`, `send`, `throw` and
//! `close`, with PEP 479's StopIteration rule and `yield from` delegation.

use super::{Frame, LoopExit, Vm};
use crate::runtime::exceptions::*;
use crate::runtime::*;
use std::rc::Rc;

/// What one resumption of a generator produced.
pub enum GenStep {
    Yielded(Value),
    Returned(Value),
}

/// Wrap a freshly bound frame of a generator function.
pub fn new_generator(frame: Box<Frame>) -> Value {
    let code = frame.code.clone();
    Value::Generator(Rc::new(Generator {
        name: intern(&code.name),
        qualname: Rc::new(PyStr::new(&code.qualname)),
        frame: std::cell::RefCell::new(Some(frame)),
        state: std::cell::Cell::new(GenState::Created),
        delegate: std::cell::RefCell::new(None),
    }))
}

impl Vm {
    /// Resume `gen` with a sent value or a thrown exception.
    pub fn gen_resume(
        &mut self,
        gen: &Generator,
        send: Value,
        throw: Option<PyErr>,
    ) -> PyResult<GenStep> {
        match gen.state.get() {
            GenState::Running => return Err(value_error("generator already executing")),
            GenState::Finished => {
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(GenStep::Returned(Value::None)),
                }
            }
            GenState::Created => {
                if throw.is_none() && !send.is_none() {
                    return Err(type_error(
                        "can't send non-None value to a just-started generator",
                    ));
                }
            }
            GenState::Suspended => {}
        }
        // A `yield from` in progress gets the value or exception first.
        if gen.state.get() == GenState::Suspended {
            if let Some(d) = self.frame_delegate(gen) {
                match self.delegate_step(&d, send.clone(), throw.clone()) {
                    Ok(DelegateStep::Yielded(v)) => return Ok(GenStep::Yielded(v)),
                    Ok(DelegateStep::Returned(v)) => return self.resume_after_delegate(gen, Ok(v)),
                    Err(e) => return self.resume_after_delegate(gen, Err(e)),
                }
            }
        }
        let Some(mut frame) = gen.frame.borrow_mut().take() else {
            gen.state.set(GenState::Finished);
            return Ok(GenStep::Returned(Value::None));
        };
        if gen.state.get() == GenState::Suspended && throw.is_none() {
            frame.push(send);
        }
        self.run_generator_frame(gen, frame, throw)
    }

    fn run_generator_frame(
        &mut self,
        gen: &Generator,
        frame: Box<Frame>,
        throw: Option<PyErr>,
    ) -> PyResult<GenStep> {
        if self.depth >= self.recursion_limit {
            *gen.frame.borrow_mut() = Some(frame);
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        gen.state.set(GenState::Running);
        self.depth += 1;
        #[allow(clippy::vec_box)]
        let mut frames: Vec<Box<Frame>> = vec![frame];
        let result = match throw {
            Some(e) => match self.unwind(&mut frames, e, false) {
                Ok(()) => self.run_loop(&mut frames),
                Err(e) => Err(e),
            },
            None => self.run_loop(&mut frames),
        };
        match result {
            Ok(LoopExit::Yielded(v)) => {
                self.depth -= 1;
                *gen.frame.borrow_mut() = frames.pop();
                gen.state.set(GenState::Suspended);
                Ok(GenStep::Yielded(v))
            }
            Ok(LoopExit::Returned(v)) => {
                // The loop popped (and un-counted) the returning frame.
                gen.state.set(GenState::Finished);
                Ok(GenStep::Returned(v))
            }
            Err(e) => {
                // Unwinding popped (and un-counted) every frame on the way out.
                gen.state.set(GenState::Finished);
                if e.is_instance(&types().exc.stop_iteration) {
                    let err = runtime_error("generator raised StopIteration");
                    if let Some(st) = &err.exc.exc {
                        let mut st = st.borrow_mut();
                        st.cause = Some(e.value());
                        st.context = Some(e.value());
                        st.suppress_context = true;
                    }
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    /// The iterator a suspended `yield from` delegates to, if any.
    fn frame_delegate(&self, gen: &Generator) -> Option<Value> {
        let f = gen.frame.borrow();
        let f = f.as_ref()?;
        f.yield_from_exit?;
        f.stack.last().cloned()
    }

    fn delegate_step(
        &mut self,
        d: &Value,
        send: Value,
        throw: Option<PyErr>,
    ) -> PyResult<DelegateStep> {
        match d {
            Value::Generator(g) => match self.gen_resume(g, send, throw)? {
                GenStep::Yielded(v) => Ok(DelegateStep::Yielded(v)),
                GenStep::Returned(v) => Ok(DelegateStep::Returned(v)),
            },
            _ => {
                if let Some(e) = throw {
                    // Delegate throw() if the iterator has it; else raise here.
                    return match ops::getattr(self, d, &intern("throw")) {
                        Ok(m) => self.delegate_call_result(&m, &[e.value()]),
                        Err(_) => Err(e),
                    };
                }
                if send.is_none() {
                    match ops::next(self, d)? {
                        Some(v) => Ok(DelegateStep::Yielded(v)),
                        None => Ok(DelegateStep::Returned(Value::None)),
                    }
                } else {
                    let m = ops::getattr(self, d, &intern("send"))?;
                    self.delegate_call_result(&m, &[send])
                }
            }
        }
    }

    fn delegate_call_result(&mut self, m: &Value, args: &[Value]) -> PyResult<DelegateStep> {
        match self.call(m, args, &[]) {
            Ok(v) => Ok(DelegateStep::Yielded(v)),
            Err(e) if e.is_instance(&types().exc.stop_iteration) => {
                let v = e.args().items.first().cloned().unwrap_or(Value::None);
                Ok(DelegateStep::Returned(v))
            }
            Err(e) => Err(e),
        }
    }

    /// The delegate finished (returned `v` or raised): continue the outer
    /// generator after its `yield from` loop, or raise at that point.
    fn resume_after_delegate(
        &mut self,
        gen: &Generator,
        outcome: PyResult<Value>,
    ) -> PyResult<GenStep> {
        let Some(mut frame) = gen.frame.borrow_mut().take() else {
            gen.state.set(GenState::Finished);
            return Ok(GenStep::Returned(Value::None));
        };
        let exit = frame.yield_from_exit.take();
        match outcome {
            Ok(v) => {
                frame.pop(); // the delegate
                frame.push(v);
                if let Some(exit) = exit {
                    frame.ip = exit as usize;
                }
                self.run_generator_frame(gen, frame, None)
            }
            Err(e) => {
                frame.pop();
                self.run_generator_frame(gen, frame, Some(e))
            }
        }
    }

    /// `next(gen)` with no default: a return value travels in the
    /// StopIteration (`StopIteration(value)`), as `gen.__next__()` does.
    pub fn gen_next_or_stop(&mut self, gen: &Generator) -> PyResult<Value> {
        step_result(self.gen_resume(gen, Value::None, None)?)
    }

    /// `next(gen)`: None when exhausted.
    pub fn gen_next(&mut self, gen: &Generator) -> PyResult<Option<Value>> {
        match self.gen_resume(gen, Value::None, None)? {
            GenStep::Yielded(v) => Ok(Some(v)),
            GenStep::Returned(_) => Ok(None),
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, gen: &Generator) -> PyResult<()> {
        if gen.state.get() != GenState::Suspended {
            gen.state.set(GenState::Finished);
            *gen.frame.borrow_mut() = None;
            return Ok(());
        }
        let exit = PyErr::with_args(&types().exc.generator_exit, vec![]);
        match self.gen_resume(gen, Value::None, Some(exit)) {
            Ok(GenStep::Yielded(_)) => Err(runtime_error("generator ignored GeneratorExit")),
            Ok(GenStep::Returned(_)) => Ok(()),
            Err(e)
                if e.is_instance(&types().exc.generator_exit)
                    || e.is_instance(&types().exc.stop_iteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

enum DelegateStep {
    Yielded(Value),
    Returned(Value),
}

fn recv_gen(args: &[Value], name: &str) -> PyResult<Rc<Generator>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'generator' object"
        ))),
    }
}

fn step_result(step: GenStep) -> PyResult<Value> {
    match step {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(v) => Err(stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = recv_gen(args, "send")?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let step = vm.gen_resume(&g, args[1].clone(), None)?;
    step_result(step)
}

fn gen_next_native(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = recv_gen(args, "__next__")?;
    let step = vm.gen_resume(&g, Value::None, None)?;
    step_result(step)
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = recv_gen(args, "throw")?;
    let Some(typ) = args.get(1) else {
        return Err(type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = match (typ, args.get(2)) {
        (Value::Type(_), Some(val)) if !val.is_none() => {
            if PyErr::from_value(val).is_some() {
                val.clone()
            } else {
                vm.call(typ, std::slice::from_ref(val), &[])?
            }
        }
        _ => typ.clone(),
    };
    let throwable =
        matches!(&exc, Value::Type(t) if t.is_exception()) || PyErr::from_value(&exc).is_some();
    if !throwable {
        return Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            crate::runtime::types::type_name(&exc).as_str()
        )));
    }
    let err = super::instructions::make_exception(vm, exc)?;
    let step = vm.gen_resume(&g, Value::None, Some(err))?;
    step_result(step)
}

fn gen_close_native(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = recv_gen(args, "close")?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}

fn gen_iter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

/// Methods of the generator type.
pub static GENERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close_native),
    ("__next__", gen_next_native),
    ("__iter__", gen_iter),
];
