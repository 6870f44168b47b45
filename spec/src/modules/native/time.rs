//! The `time` module: clocks and sleep.
//!
//! `time()` is the wall clock, `monotonic()`/`perf_counter()` the
//! CLOCK_MONOTONIC clock (seconds since boot, as CPython reports them on
//! Linux), `process_time()` the process CPU clock; `sleep()` really sleeps,
//! with CPython's argument checks.

use crate::builtins::{no_kwargs, one_arg};
use crate::eval::Vm;
use crate::runtime::exceptions::*;
use crate::runtime::int::{self, as_int};
use crate::runtime::*;

pub static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("perf_counter", perf_counter),
    ("perf_counter_ns", perf_counter_ns),
    ("process_time", process_time),
    ("process_time_ns", process_time_ns),
    ("thread_time", thread_time),
    ("thread_time_ns", thread_time_ns),
    ("sleep", sleep),
];

/// The module's constants.
pub fn constants() -> Vec<(&'static str, Value)> {
    Vec::new()
}

/// Linux clock ids for `clock_gettime`.
const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
const CLOCK_THREAD_CPUTIME_ID: i32 = 3;

#[allow(unsafe_code)]
mod clock {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }

    extern "C" {
        fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
    }

    /// Nanoseconds on clock `clk`, or None if the clock is unavailable.
    pub fn nanos(clk: i32) -> Option<i128> {
        let mut ts = Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable timespec for the call.
        let rc = unsafe { clock_gettime(clk, &mut ts) };
        (rc == 0).then(|| ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
    }
}

fn wall_nanos() -> i128 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn clock_nanos(clk: i32) -> i128 {
    clock::nanos(clk).unwrap_or_else(wall_nanos)
}

fn no_args(name: &str, args: &[Value], kw: KwArgs) -> PyResult<()> {
    no_kwargs(name, kw)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

fn seconds(ns: i128) -> Value {
    Value::Float(ns as f64 * 1e-9)
}

fn nanos_value(ns: i128) -> Value {
    match i64::try_from(ns) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(num_bigint::BigInt::from(ns)),
    }
}

fn time(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args("time.time", args, kw)?;
    Ok(seconds(wall_nanos()))
}

fn time_ns(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args("time.time_ns", args, kw)?;
    Ok(nanos_value(wall_nanos()))
}

fn monotonic(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args("time.monotonic", args, kw)?;
    Ok(seconds(clock_nanos(CLOCK_MONOTONIC)))
}

fn monotonic_ns(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args("time.monotonic_ns", args, kw)?;
    Ok(nanos_value(clock_nanos(CLOCK_MONOTONIC)))
}

fn perf_counter(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args("time.perf_counter", args, kw)?;
    Ok(seconds(clock_nanos(CLOCK_MONOTONIC)))
}

fn perf_counter_ns(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args("time.perf_counter_ns", args, kw)?;
    Ok(nanos_value(clock_nanos(CLOCK_MONOTONIC)))
}

fn process_time(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args("time.process_time", args, kw)?;
    Ok(seconds(clock_nanos(CLOCK_PROCESS_CPUTIME_ID)))
}

fn process_time_ns(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args("time.process_time_ns", args, kw)?;
    Ok(nanos_value(clock_nanos(CLOCK_PROCESS_CPUTIME_ID)))
}

fn thread_time(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args("time.thread_time", args, kw)?;
    Ok(seconds(clock_nanos(CLOCK_THREAD_CPUTIME_ID)))
}

fn thread_time_ns(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args("time.thread_time_ns", args, kw)?;
    Ok(nanos_value(clock_nanos(CLOCK_THREAD_CPUTIME_ID)))
}

/// `time.sleep(secs)`: a float or an int (or `__float__`/`__index__`).
fn sleep(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = one_arg("time.sleep", args, kw)?;
    let secs = match v {
        Value::Float(f) => *f,
        _ => match as_int(v) {
            Some(i) => int::to_f64(i)
                .map_err(|_| overflow_error("timestamp too large to convert to C _PyTime_t"))?,
            None => {
                if let Value::Instance(_) = v {
                    if let Some(Value::Float(f)) = vm.call_special(v, "__float__", &[])? {
                        f
                    } else {
                        match ops::index_value(vm, v)? {
                            Some(ops::IntIndex::Small(i)) => i as f64,
                            Some(ops::IntIndex::Big(_)) => {
                                return Err(overflow_error(
                                    "timestamp too large to convert to C _PyTime_t",
                                ))
                            }
                            None => return Err(not_integer(v)),
                        }
                    }
                } else {
                    return Err(not_integer(v));
                }
            }
        },
    };
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if secs * 1e9 >= 9.223_372_036_854_776e18 {
        return Err(overflow_error(
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    vm.out.flush();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(Value::None)
}

fn not_integer(v: &Value) -> PyErr {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v).as_str()
    ))
}
