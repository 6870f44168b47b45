//! Special methods of the builtin types as callable natives (`int.__add__`,
//! `dict.__setitem__`, ...), for code that names them explicitly:
//! `super().__setitem__(k, v)` in a dict subclass, `tuple.__getitem__(t, 0)`.
//! Operator dispatch itself never goes through these: it calls the data
//! model in `runtime::ops` directly.

use super::*;
use crate::eval::Vm;
use crate::instructions::{BinOp, CmpOp};

/// The builtin value a method receiver stands for (instances of builtin
/// subclasses stand for their base value).
fn recv(vm: &Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(v) => Ok(vm.base_value(v)),
        None => Err(type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

fn arg(args: &[Value], i: usize, name: &str) -> PyResult<Value> {
    args.get(i).cloned().ok_or_else(|| {
        type_error(format!(
            "expected {} argument{} for {name}",
            i,
            if i == 1 { "" } else { "s" }
        ))
    })
}

macro_rules! unary_dunder {
    ($fn:ident, $name:literal, |$vm:ident, $v:ident| $body:expr) => {
        fn $fn($vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            let $v = recv($vm, args, $name)?;
            $body
        }
    };
}

macro_rules! binary_dunder {
    ($fn:ident, $name:literal, |$vm:ident, $a:ident, $b:ident| $body:expr) => {
        fn $fn($vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            let $a = recv($vm, args, $name)?;
            let $b = arg(args, 1, $name)?;
            $body
        }
    };
}

unary_dunder!(d_len, "__len__", |vm, v| Ok(Value::from_usize(ops::len(
    vm, &v
)?)));
unary_dunder!(d_iter, "__iter__", |vm, v| ops::get_iter(vm, &v));
unary_dunder!(d_repr, "__repr__", |vm, v| Ok(Value::string(ops::repr(
    vm, &v
)?)));
unary_dunder!(d_str, "__str__", |vm, v| Ok(Value::string(ops::str_(
    vm, &v
)?)));
unary_dunder!(d_hash, "__hash__", |vm, v| Ok(Value::Int(ops::hash(
    vm, &v
)?)));
unary_dunder!(d_bool, "__bool__", |vm, v| Ok(Value::Bool(ops::truthy(
    vm, &v
)?)));
unary_dunder!(d_neg, "__neg__", |vm, v| ops::negative(vm, &v));
unary_dunder!(d_pos, "__pos__", |vm, v| ops::positive(vm, &v));
unary_dunder!(d_abs, "__abs__", |vm, v| ops::abs(vm, &v));
unary_dunder!(d_invert, "__invert__", |vm, v| ops::invert(vm, &v));
unary_dunder!(d_int, "__int__", |vm, v| construct(
    vm,
    &types().int,
    &[v],
    &[]
));
unary_dunder!(d_float, "__float__", |vm, v| construct(
    vm,
    &types().float,
    &[v],
    &[]
));
unary_dunder!(
    d_index,
    "__index__",
    |vm, v| match ops::index_value(vm, &v)? {
        Some(ops::IntIndex::Small(i)) => Ok(Value::Int(i)),
        Some(ops::IntIndex::Big(b)) => Ok(Value::from_bigint(b)),
        None => Err(type_error("__index__ of a non-integer")),
    }
);
binary_dunder!(d_getitem, "__getitem__", |vm, a, b| ops::getitem(
    vm, &a, &b
));
binary_dunder!(d_delitem, "__delitem__", |vm, a, b| ops::delitem(
    vm, &a, &b
)
.map(|_| Value::None));
binary_dunder!(d_contains, "__contains__", |vm, a, b| Ok(Value::Bool(
    ops::contains(vm, &a, &b)?
)));
binary_dunder!(d_format, "__format__", |vm, a, b| {
    let spec = match &b {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(other).as_str()
            )))
        }
    };
    Ok(Value::string(ops::format(vm, &a, &spec)?))
});

fn d_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = recv(vm, args, "__setitem__")?;
    let k = arg(args, 1, "__setitem__")?;
    let v = arg(args, 2, "__setitem__")?;
    ops::setitem(vm, &a, &k, v)?;
    Ok(Value::None)
}

/// Comparison natives return NotImplemented for foreign operands, as the
/// builtin slots do.
fn compare_native(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let a = recv(vm, args, op.dunder())?;
    let b = vm.base_value(&arg(args, 1, op.dunder())?);
    if type_of(&a).layout != type_of(&b).layout
        && !(crate::runtime::int::as_int(&a).is_some() || matches!(a, Value::Float(_)))
    {
        return Ok(Value::NotImplemented);
    }
    ops::compare(vm, &a, &b, op)
}

fn binop_native(vm: &mut Vm, args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    let (fwd, refl, _) = op.dunders();
    let a = recv(vm, args, if reflected { refl } else { fwd })?;
    let b = vm.base_value(&arg(args, 1, fwd)?);
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match ops::binary_op(vm, &x, &y, op, false) {
        Ok(v) => Ok(v),
        Err(e) if e.is_instance(&types().exc.type_error) => Ok(Value::NotImplemented),
        Err(e) => Err(e),
    }
}

macro_rules! cmp_natives {
    ($($fn:ident => $op:ident),*) => {
        $(fn $fn(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> { compare_native(vm, args, CmpOp::$op) })*
    };
}
cmp_natives!(d_eq => Eq, d_ne => Ne, d_lt => Lt, d_le => Le, d_gt => Gt, d_ge => Ge);

macro_rules! bin_natives {
    ($($fn:ident, $rfn:ident => $op:ident),*) => {
        $(
            fn $fn(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> { binop_native(vm, args, BinOp::$op, false) }
            fn $rfn(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> { binop_native(vm, args, BinOp::$op, true) }
        )*
    };
}
bin_natives!(
    d_add, d_radd => Add, d_sub, d_rsub => Subtract, d_mul, d_rmul => Multiply,
    d_truediv, d_rtruediv => TrueDivide, d_floordiv, d_rfloordiv => FloorDivide,
    d_mod, d_rmod => Remainder, d_pow, d_rpow => Power, d_and, d_rand => And,
    d_or, d_ror => Or, d_xor, d_rxor => Xor, d_lshift, d_rlshift => Lshift, d_rshift, d_rrshift => Rshift
);

const CONTAINER: &[(&str, NativeFn)] = &[
    ("__len__", d_len),
    ("__iter__", d_iter),
    ("__getitem__", d_getitem),
    ("__contains__", d_contains),
    ("__repr__", d_repr),
    ("__eq__", d_eq),
    ("__ne__", d_ne),
];

const MUTABLE: &[(&str, NativeFn)] = &[("__setitem__", d_setitem), ("__delitem__", d_delitem)];

const ORDERED: &[(&str, NativeFn)] = &[
    ("__lt__", d_lt),
    ("__le__", d_le),
    ("__gt__", d_gt),
    ("__ge__", d_ge),
];

const SEQUENCE_OPS: &[(&str, NativeFn)] = &[
    ("__add__", d_add),
    ("__mul__", d_mul),
    ("__rmul__", d_rmul),
    ("__hash__", d_hash),
];

const NUMBER: &[(&str, NativeFn)] = &[
    ("__repr__", d_repr),
    ("__str__", d_str),
    ("__hash__", d_hash),
    ("__bool__", d_bool),
    ("__format__", d_format),
    ("__eq__", d_eq),
    ("__ne__", d_ne),
    ("__neg__", d_neg),
    ("__pos__", d_pos),
    ("__abs__", d_abs),
    ("__int__", d_int),
    ("__float__", d_float),
    ("__add__", d_add),
    ("__radd__", d_radd),
    ("__sub__", d_sub),
    ("__rsub__", d_rsub),
    ("__mul__", d_mul),
    ("__rmul__", d_rmul),
    ("__truediv__", d_truediv),
    ("__rtruediv__", d_rtruediv),
    ("__floordiv__", d_floordiv),
    ("__rfloordiv__", d_rfloordiv),
    ("__mod__", d_mod),
    ("__rmod__", d_rmod),
    ("__pow__", d_pow),
    ("__rpow__", d_rpow),
];

const INTEGER: &[(&str, NativeFn)] = &[
    ("__index__", d_index),
    ("__invert__", d_invert),
    ("__and__", d_and),
    ("__rand__", d_rand),
    ("__or__", d_or),
    ("__ror__", d_ror),
    ("__xor__", d_xor),
    ("__rxor__", d_rxor),
    ("__lshift__", d_lshift),
    ("__rlshift__", d_rlshift),
    ("__rshift__", d_rshift),
    ("__rrshift__", d_rrshift),
];

/// Install the dunder natives on the builtin types.
pub fn install_dunders(t: &crate::runtime::types::BuiltinTypes) {
    for ty in [&t.list, &t.dict, &t.tuple, &t.str_] {
        install(ty, CONTAINER);
        if !Rc::ptr_eq(ty, &t.dict) {
            install(ty, ORDERED);
        }
    }
    install(&t.list, MUTABLE);
    install(&t.dict, MUTABLE);
    install(&t.tuple, SEQUENCE_OPS);
    install(&t.str_, SEQUENCE_OPS);
    install(
        &t.str_,
        &[
            ("__str__", d_str),
            ("__format__", d_format),
            ("__mod__", d_mod),
        ],
    );
    install(
        &t.list,
        &[("__add__", d_add), ("__mul__", d_mul), ("__rmul__", d_rmul)],
    );
    install(&t.int, NUMBER);
    install(&t.int, INTEGER);
    install(&t.int, ORDERED);
    install(&t.float, NUMBER);
    install(&t.float, ORDERED);
    install(
        &t.set,
        &[
            ("__len__", d_len),
            ("__iter__", d_iter),
            ("__contains__", d_contains),
            ("__repr__", d_repr),
        ],
    );
}
