//! Reading and writing inline caches.
//!
//! The cache units of an instruction at `ip` are the `CACHE` entries at
//! `ip + 1 ..= ip + cache_size` of the quickened code; each holds a `u32`.
//! Unit 0 is always the adaptive counter. Values a cache must keep alive
//! (a method, a class attribute, an `__init__`) go in the object slots,
//! which run parallel to the code: slot `ip + k` for the instruction at
//! `ip`, with `k` at most its cache size.
//!
//! Layouts (unit: meaning):
//! - LOAD_GLOBAL: 1 globals keys version, 2 builtins keys version, 3 entry index.
//! - LOAD_ATTR: 1 class version (module: keys version), 2 dict position or
//!   slot index, 3 function version (PROPERTY, GETATTRIBUTE_OVERRIDDEN);
//!   object 0: the method, class attribute or function.
//! - STORE_ATTR: 1 class version, 2 dict position or slot index.
//! - LOAD_SUPER_ATTR: the counter only (the guards check identities).
//! - BINARY_SUBSCR: 1 class version (GETITEM); object 0: `__getitem__`.
//! - TO_BOOL: 1 class version (ALWAYS_TRUE).
//! - CALL: 1 function version (class version for ALLOC_AND_ENTER_INIT),
//!   2 whether the self slot is filled (PY_EXACT_ARGS) or `__init__`'s
//!   version; object 0: the builtin, type or `__init__`.

use super::counter::Counter;
use quicken_spec::code::Instr;
use quicken_spec::eval::Frame;
use quicken_spec::instructions::Opcode;
use quicken_spec::runtime::Value;

#[inline(always)]
pub fn unit(f: &Frame, ip: usize, k: usize) -> u32 {
    f.code.adaptive.instrs[ip + 1 + k].get().arg
}

#[inline]
pub fn set_unit(f: &Frame, ip: usize, k: usize, v: u32) {
    f.code.adaptive.instrs[ip + 1 + k].set(Instr {
        op: Opcode::CACHE,
        arg: v,
    });
}

#[inline(always)]
pub fn object(f: &Frame, ip: usize, k: usize) -> Value {
    f.code.adaptive.objects[ip + k].borrow().clone()
}

pub fn set_object(f: &Frame, ip: usize, k: usize, v: Value) {
    let old = f.code.adaptive.objects[ip + k].replace(v);
    drop(old);
}

#[inline]
pub fn counter(f: &Frame, ip: usize) -> Counter {
    Counter::decode(unit(f, ip, 0))
}

#[inline]
pub fn set_counter(f: &Frame, ip: usize, c: Counter) {
    set_unit(f, ip, 0, c.encode());
}

/// Rewrite the instruction at `ip` to `op`, keeping its oparg.
#[inline]
pub fn rewrite(f: &Frame, ip: usize, op: Opcode) {
    let cell = &f.code.adaptive.instrs[ip];
    let ins = cell.get();
    cell.set(Instr { op, arg: ins.arg });
}
