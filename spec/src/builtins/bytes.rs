//! `bytes` and `bytearray`: constructors, operators and methods. The byte
//! algorithms live in `text::bytesmethods`; these wrappers convert values.

use super::*;
use crate::eval::Vm;
use crate::instructions::BinOp;
use crate::runtime::int::as_int;
use crate::text::bytesmethods::{self as bm, CodecError, StrError};
use std::borrow::Cow;

fn str_err(e: StrError) -> PyErr {
    match e {
        StrError::Value(m) => value_error(m),
        StrError::Type(m) => type_error(m),
        StrError::Overflow(m) => overflow_error(m),
    }
}

/// A codec failure as the Python exception CPython raises.
pub fn codec_err(e: CodecError) -> PyErr {
    let t = types();
    let find = |name: &str| {
        t.exceptions
            .iter()
            .find(|x| x.name() == name)
            .cloned()
            .unwrap_or_else(|| t.exc.value_error.clone())
    };
    let name = e.exception_name();
    let msg = e.message();
    match e {
        CodecError::Decode(d) => {
            let err = PyErr::new(&find("UnicodeDecodeError"), msg);
            let dict = err.exc.dict();
            dict.set_str(intern("encoding"), Value::str(&d.encoding));
            dict.set_str(intern("object"), bytes_value(d.object.clone()));
            dict.set_str(intern("start"), Value::from_usize(d.start));
            dict.set_str(intern("end"), Value::from_usize(d.end));
            dict.set_str(intern("reason"), Value::str(&d.reason));
            err
        }
        CodecError::Encode(en) => {
            let err = PyErr::new(&find("UnicodeEncodeError"), msg);
            let dict = err.exc.dict();
            dict.set_str(intern("encoding"), Value::str(&en.encoding));
            dict.set_str(intern("object"), Value::str(&en.object));
            dict.set_str(intern("start"), Value::from_usize(en.start));
            dict.set_str(intern("end"), Value::from_usize(en.end));
            dict.set_str(intern("reason"), Value::str(&en.reason));
            err
        }
        CodecError::Lookup(_) => PyErr::new(&find("LookupError"), msg),
        CodecError::Type(_) => type_error(msg),
        CodecError::Value(_) => value_error(msg),
        CodecError::Unsupported(_) => {
            let _ = name;
            PyErr::new(&t.exc.not_implemented_error, msg)
        }
    }
}

pub fn bytes_value(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(Bytes::new(data)))
}

pub fn bytearray_value(data: Vec<u8>) -> Value {
    Value::ByteArray(Rc::new(ByteArray::new(data)))
}

/// The bytes of a bytes-like value (bytes, bytearray, or a subclass instance).
pub fn bytes_data(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.data.to_vec()),
        Value::ByteArray(b) => Some(b.data.borrow().clone()),
        Value::Instance(i) => i.base.as_ref().and_then(bytes_data),
        _ => None,
    }
}

fn need_bytes(v: &Value, what: impl FnOnce(&Value) -> String) -> PyResult<Vec<u8>> {
    bytes_data(v).ok_or_else(|| type_error(what(v)))
}

fn bytes_like_error(v: &Value) -> String {
    format!(
        "a bytes-like object is required, not '{}'",
        type_name(v).as_str()
    )
}

/// Same kind as the receiver (bytes or bytearray).
fn like(recv: &Value, data: Vec<u8>) -> Value {
    match recv {
        Value::ByteArray(_) => bytearray_value(data),
        _ => bytes_value(data),
    }
}

/// Bytes from an iterable of ints, a bytes-like, or a count.
pub fn bytes_from(
    vm: &mut Vm,
    v: &Value,
    encoding: Option<&Value>,
    errors: Option<&Value>,
    tname: &str,
) -> PyResult<Vec<u8>> {
    if let Some(enc) = encoding {
        let Value::Str(s) = v else {
            return Err(type_error("encoding without a string argument"));
        };
        let enc = match enc {
            Value::Str(e) => e.as_str().to_string(),
            other => {
                return Err(type_error(format!(
                    "{tname}() argument 'encoding' must be str, not {}",
                    type_name(other).as_str()
                )))
            }
        };
        let errs = match errors {
            Some(Value::Str(e)) => e.as_str().to_string(),
            _ => "strict".into(),
        };
        return bm::encode(s.as_str(), &enc, &errs).map_err(codec_err);
    }
    if let Some(d) = bytes_data(v) {
        return Ok(d);
    }
    match v {
        Value::Str(_) => Err(type_error("string argument without an encoding")),
        _ => {
            if let Some(i) = as_int(v) {
                let n = i.to_i64().ok_or_else(|| {
                    overflow_error("cannot fit 'int' into an index-sized integer")
                })?;
                if n < 0 {
                    return Err(value_error("negative count"));
                }
                if n > (1 << 34) {
                    return Err(PyErr::with_args(&types().exc.memory_error, Vec::new()));
                }
                return Ok(vec![0; n as usize]);
            }
            let it = ops::get_iter(vm, v).map_err(|_| {
                type_error(format!(
                    "cannot convert '{}' object to {tname}",
                    type_name(v).as_str()
                ))
            })?;
            let mut out = Vec::new();
            while let Some(x) = ops::next(vm, &it)? {
                out.push(byte_of(vm, &x)?);
            }
            Ok(out)
        }
    }
}

fn byte_of(vm: &mut Vm, x: &Value) -> PyResult<u8> {
    match ops::index_value(vm, x)? {
        Some(ops::IntIndex::Small(i)) => bm::byte_arg(i).map_err(str_err),
        Some(ops::IntIndex::Big(_)) => Err(value_error("byte must be in range(0, 256)")),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(x).as_str()
        ))),
    }
}

pub fn bytes_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [src, enc, errs] = take_kwargs("bytes", kw, ["source", "encoding", "errors"])?;
    let source = args.first().cloned().or(src);
    let encoding = args.get(1).cloned().or(enc);
    let errors = args.get(2).cloned().or(errs);
    let data = match &source {
        None => Vec::new(),
        Some(v) => {
            if let (Value::Instance(_), None) = (v, &encoding) {
                if let Some(r) = vm.call_special(v, "__bytes__", &[])? {
                    return Ok(r);
                }
            }
            bytes_from(vm, v, encoding.as_ref(), errors.as_ref(), "bytes")?
        }
    };
    Ok(bytes_value(data))
}

pub fn bytearray_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [src, enc, errs] = take_kwargs("bytearray", kw, ["source", "encoding", "errors"])?;
    let source = args.first().cloned().or(src);
    let encoding = args.get(1).cloned().or(enc);
    let errors = args.get(2).cloned().or(errs);
    let data = match &source {
        None => Vec::new(),
        Some(v) => bytes_from(vm, v, encoding.as_ref(), errors.as_ref(), "bytearray")?,
    };
    Ok(bytearray_value(data))
}

/// `x in b`: an int byte or a bytes-like substring.
pub fn bytes_contains(vm: &mut Vm, b: &Value, item: &Value) -> PyResult<bool> {
    let data = bytes_data(b).unwrap_or_default();
    if let Some(sub) = bytes_data(item) {
        return Ok(bm::find(&data, &sub, None, None) >= 0);
    }
    match ops::index_value(vm, item)? {
        Some(ops::IntIndex::Small(i)) => {
            let x = bm::byte_arg(i).map_err(str_err)?;
            Ok(data.contains(&x))
        }
        _ => Err(type_error(bytes_like_error(item))),
    }
}

pub fn bytes_getitem(vm: &mut Vm, c: &Value, key: &Value) -> PyResult<Value> {
    let data = bytes_data(c).unwrap_or_default();
    if let Value::Slice(s) = key {
        let (start, _, step, count) = ops::slice_indices(vm, s, data.len())?;
        let out: Vec<u8> = (0..count)
            .map(|k| data[(start + k as i64 * step) as usize])
            .collect();
        return Ok(like(c, out));
    }
    let what = if matches!(c, Value::ByteArray(_)) {
        "bytearray"
    } else {
        "byte"
    };
    let i = match ops::index_value(vm, key)? {
        Some(ops::IntIndex::Small(i)) => i,
        Some(ops::IntIndex::Big(_)) => {
            return Err(index_error("cannot fit 'int' into an index-sized integer"))
        }
        None => {
            return Err(type_error(format!(
                "{} indices must be integers or slices, not {}",
                if matches!(c, Value::ByteArray(_)) {
                    "bytearray"
                } else {
                    "byte"
                },
                type_name(key).as_str()
            )))
        }
    };
    let n = data.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        // CPython's bytes says just "index out of range".
        return Err(index_error(if what == "bytearray" {
            "bytearray index out of range"
        } else {
            "index out of range"
        }));
    }
    Ok(Value::Int(data[j as usize] as i64))
}

pub fn bytearray_setitem(
    vm: &mut Vm,
    b: &Rc<ByteArray>,
    key: &Value,
    value: Option<Value>,
) -> PyResult<()> {
    let len = b.data.borrow().len();
    if let Value::Slice(s) = key {
        let (start, stop, step, count) = ops::slice_indices(vm, s, len)?;
        let new = match &value {
            Some(v) => match bytes_data(v) {
                Some(d) => d,
                None => bytes_from(vm, v, None, None, "bytearray")?,
            },
            None => Vec::new(),
        };
        let mut data = b.data.borrow_mut();
        if step == 1 {
            let stop = stop.max(start) as usize;
            data.splice(start as usize..stop, new);
            return Ok(());
        }
        if value.is_none() {
            let mut pos: Vec<usize> = (0..count)
                .map(|k| (start + k as i64 * step) as usize)
                .collect();
            pos.sort_unstable();
            for p in pos.into_iter().rev() {
                data.remove(p);
            }
            return Ok(());
        }
        if new.len() != count {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                count
            )));
        }
        for (k, x) in new.into_iter().enumerate() {
            data[(start + k as i64 * step) as usize] = x;
        }
        return Ok(());
    }
    let i = match ops::index_value(vm, key)? {
        Some(ops::IntIndex::Small(i)) => i,
        _ => {
            return Err(type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                type_name(key).as_str()
            )))
        }
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("bytearray index out of range"));
    }
    match value {
        Some(v) => {
            let x = byte_of(vm, &v)?;
            b.data.borrow_mut()[j as usize] = x;
        }
        None => {
            b.data.borrow_mut().remove(j as usize);
        }
    }
    Ok(())
}

/// `+`, `*`, `%` with bytes operands; None when not applicable.
pub fn bytes_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => {
            let (Some(x), Some(y)) = (bytes_data(a), bytes_data(b)) else {
                if matches!(a, Value::Bytes(_) | Value::ByteArray(_))
                    && !matches!(b, Value::Instance(_))
                {
                    return Err(type_error(format!(
                        "can't concat {} to {}",
                        type_name(b).as_str(),
                        type_name(a).as_str()
                    )));
                }
                return Ok(None);
            };
            let mut out = x;
            out.extend(y);
            Ok(Some(like(a, out)))
        }
        BinOp::Multiply => {
            let (seq, n) =
                if bytes_data(a).is_some() && matches!(a, Value::Bytes(_) | Value::ByteArray(_)) {
                    (a, b)
                } else {
                    (b, a)
                };
            let Some(data) = bytes_data(seq) else {
                return Ok(None);
            };
            let Some(k) = as_int(n) else {
                if matches!(n, Value::Instance(_)) {
                    // Its dunders or `__index__` decide (ops::binary_op).
                    return Ok(None);
                }
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(n).as_str()
                )));
            };
            let k = k.to_i64().unwrap_or(i64::MAX).max(0) as usize;
            if data.len().saturating_mul(k) > (1 << 34) {
                return Err(PyErr::with_args(&types().exc.memory_error, Vec::new()));
            }
            Ok(Some(like(seq, data.repeat(k))))
        }
        BinOp::Remainder if matches!(a, Value::Bytes(_) | Value::ByteArray(_)) => {
            let fmt = bytes_data(a).unwrap_or_default();
            let mut src = BytesPercentSource {
                vm,
                args: b.clone(),
                keyed: None,
            };
            let out = bm::bytes_percent_format(&fmt, &mut src)?;
            Ok(Some(like(a, out)))
        }
        _ => Ok(None),
    }
}

/// `ba += x`, `ba *= n` mutate a bytearray in place.
pub fn bytearray_inplace(
    vm: &mut Vm,
    a: &Rc<ByteArray>,
    b: &Value,
    op: BinOp,
) -> PyResult<Option<()>> {
    match op {
        BinOp::Add => {
            let d = need_bytes(b, |v| {
                format!("can't concat {} to bytearray", type_name(v).as_str())
            })?;
            a.data.borrow_mut().extend(d);
            Ok(Some(()))
        }
        BinOp::Multiply => {
            let Some(k) = as_int(b) else { return Ok(None) };
            let k = k.to_i64().unwrap_or(0).max(0) as usize;
            let d = a.data.borrow().clone();
            *a.data.borrow_mut() = d.repeat(k);
            Ok(Some(()))
        }
        _ => {
            let _ = vm;
            Ok(None)
        }
    }
}

struct BytesPercentSource<'a> {
    vm: &'a mut Vm,
    args: Value,
    keyed: Option<Value>,
}

impl bm::BytesPercentArgs for BytesPercentSource<'_> {
    type Error = PyErr;

    fn tuple_len(&self) -> Option<usize> {
        match &self.args {
            Value::Tuple(t) => Some(t.items.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        matches!(self.args, Value::Dict(_))
    }

    fn select_key(&mut self, key: &[u8]) -> PyResult<()> {
        let v = ops::getitem(self.vm, &self.args, &bytes_value(key.to_vec()))?;
        self.keyed = Some(v);
        Ok(())
    }

    fn convert(
        &mut self,
        slot: crate::text::numfmt::ArgSlot,
        conv: u8,
    ) -> PyResult<bm::PercentValue> {
        use crate::text::numfmt::ArgSlot;
        let v = match slot {
            ArgSlot::Item(i) => match &self.args {
                Value::Tuple(t) => t.items.get(i).cloned().unwrap_or(Value::None),
                other => other.clone(),
            },
            ArgSlot::Whole => self.args.clone(),
            ArgSlot::Keyed => self.keyed.clone().unwrap_or(Value::None),
        };
        let vm = &mut *self.vm;
        let err =
            |v: &Value| PyErr::from(bm::bytes_percent_type_error(conv, type_name(v).as_str()));
        Ok(match conv {
            b's' | b'b' => match bytes_data(&v) {
                Some(d) => bm::PercentValue::Bytes(d),
                None => match vm.call_special(&v, "__bytes__", &[])? {
                    Some(r) => bm::PercentValue::Bytes(bytes_data(&r).unwrap_or_default()),
                    None => return Err(err(&v)),
                },
            },
            b'r' | b'a' => bm::PercentValue::Text(ops::ascii(vm, &v)?),
            b'c' => match bytes_data(&v) {
                Some(d) => bm::PercentValue::Bytes(d),
                None => match as_int(&v) {
                    Some(i) => bm::PercentValue::Int(i.to_bigint()),
                    None => return Err(err(&v)),
                },
            },
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'*' => match &v {
                Value::Float(f) if conv != b'x' && conv != b'X' && conv != b'o' && conv != b'*' => {
                    bm::PercentValue::Int(crate::text::numfmt::float_to_int(f.trunc())?)
                }
                _ => match as_int(&vm.base_value(&v)) {
                    Some(i) => bm::PercentValue::Int(i.to_bigint()),
                    None => return Err(err(&v)),
                },
            },
            _ => match &v {
                Value::Float(f) => bm::PercentValue::Float(*f),
                _ => match as_int(&v) {
                    Some(i) => bm::PercentValue::Float(int::to_f64(i)?),
                    None => return Err(err(&v)),
                },
            },
        })
    }
}

// ------------------------------------------------------------ methods

fn recv(args: &[Value], name: &str) -> PyResult<(Value, Vec<u8>)> {
    match args.first() {
        Some(v) => match bytes_data(v) {
            Some(d) => Ok((v.clone(), d)),
            None => Err(type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
                type_name(v).as_str()
            ))),
        },
        None => Err(type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

fn opt_idx(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => to_index(vm, v).map(Some),
    }
}

/// A `sub` argument of find/count/...: bytes-like or an int byte.
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_data(v) {
        return Ok(d);
    }
    match ops::index_value(vm, v)? {
        Some(ops::IntIndex::Small(i)) => Ok(vec![bm::byte_arg(i).map_err(str_err)?]),
        _ => Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v).as_str()
        ))),
    }
}

macro_rules! search {
    ($name:ident, $py:literal, |$d:ident, $s:ident, $a:ident, $b:ident| $body:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            let (_, $d) = recv(args, $py)?;
            let $s = sub_arg(vm, args.get(1).unwrap_or(&Value::None))?;
            let $a = opt_idx(vm, args.get(2))?;
            let $b = opt_idx(vm, args.get(3))?;
            $body
        }
    };
}

search!(b_find, "find", |d, s, a, b| Ok(Value::Int(bm::find(
    &d, &s, a, b
))));
search!(b_rfind, "rfind", |d, s, a, b| Ok(Value::Int(bm::rfind(
    &d, &s, a, b
))));
search!(b_count, "count", |d, s, a, b| Ok(Value::Int(bm::count(
    &d, &s, a, b
))));
search!(b_index, "index", |d, s, a, b| bm::index(&d, &s, a, b)
    .map(Value::Int)
    .map_err(str_err));
search!(b_rindex, "rindex", |d, s, a, b| bm::rindex(&d, &s, a, b)
    .map(Value::Int)
    .map_err(str_err));

/// startswith/endswith from the byte algorithms.
type AffixFn = fn(&[u8], &[u8], Option<i64>, Option<i64>) -> bool;

fn affix(vm: &mut Vm, args: &[Value], name: &str, f: AffixFn) -> PyResult<Value> {
    let (_, d) = recv(args, name)?;
    let a = opt_idx(vm, args.get(2))?;
    let b = opt_idx(vm, args.get(3))?;
    match args.get(1) {
        Some(Value::Tuple(t)) => {
            for x in t.items.iter() {
                let p = need_bytes(x, bytes_like_error)?;
                if f(&d, &p, a, b) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        Some(x) => {
            let p = bytes_data(x).ok_or_else(|| {
                type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    type_name(x).as_str()
                ))
            })?;
            Ok(Value::Bool(f(&d, &p, a, b)))
        }
        None => Err(type_error(format!(
            "{name}() takes at least 1 argument (0 given)"
        ))),
    }
}

fn b_startswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix(vm, args, "startswith", bm::startswith)
}

fn b_endswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix(vm, args, "endswith", bm::endswith)
}

fn parts(recv: &Value, items: Vec<&[u8]>) -> Value {
    Value::list(items.into_iter().map(|p| like(recv, p.to_vec())).collect())
}

fn split_args(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<(Option<Vec<u8>>, i64)> {
    let [sep_kw, max_kw] = take_kwargs("split", kw, ["sep", "maxsplit"])?;
    let sep = match args.get(1).cloned().or(sep_kw) {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(&v, bytes_like_error)?),
    };
    let max = match args.get(2).cloned().or(max_kw) {
        Some(v) => to_index(vm, &v)?,
        None => -1,
    };
    Ok((sep, max))
}

fn b_split(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "split")?;
    let (sep, max) = split_args(vm, args, kw)?;
    Ok(parts(
        &r,
        bm::split(&d, sep.as_deref(), max).map_err(str_err)?,
    ))
}

fn b_rsplit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "rsplit")?;
    let (sep, max) = split_args(vm, args, kw)?;
    Ok(parts(
        &r,
        bm::rsplit(&d, sep.as_deref(), max).map_err(str_err)?,
    ))
}

fn b_splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "splitlines")?;
    let [k] = take_kwargs("splitlines", kw, ["keepends"])?;
    let keep = match args.get(1).cloned().or(k) {
        Some(v) => ops::truthy(vm, &v)?,
        None => false,
    };
    Ok(parts(&r, bm::splitlines(&d, keep)))
}

fn strip_arg(args: &[Value]) -> PyResult<Option<Vec<u8>>> {
    match args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => need_bytes(v, bytes_like_error).map(Some),
    }
}

fn b_strip(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "strip")?;
    let c = strip_arg(args)?;
    Ok(like(&r, bm::strip(&d, c.as_deref()).to_vec()))
}

fn b_lstrip(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "lstrip")?;
    let c = strip_arg(args)?;
    Ok(like(&r, bm::lstrip(&d, c.as_deref()).to_vec()))
}

fn b_rstrip(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "rstrip")?;
    let c = strip_arg(args)?;
    Ok(like(&r, bm::rstrip(&d, c.as_deref()).to_vec()))
}

fn b_replace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "replace")?;
    let old = need_bytes(args.get(1).unwrap_or(&Value::None), bytes_like_error)?;
    let new = need_bytes(args.get(2).unwrap_or(&Value::None), bytes_like_error)?;
    let count = match args.get(3) {
        Some(v) => to_index(vm, v)?,
        None => -1,
    };
    Ok(like(&r, bm::replace(&d, &old, &new, count).into_owned()))
}

fn b_join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "join")?;
    let items = ops::collect(vm, args.get(1).unwrap_or(&Value::None))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&d);
        }
        match bytes_data(it) {
            Some(x) => out.extend(x),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    type_name(it).as_str()
                )))
            }
        }
    }
    Ok(like(&r, out))
}

fn b_partition(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "partition")?;
    let sep = need_bytes(args.get(1).unwrap_or(&Value::None), bytes_like_error)?;
    let (a, b, c) = bm::partition(&d, &sep).map_err(str_err)?;
    Ok(Value::tuple(vec![
        like(&r, a.to_vec()),
        like(&r, b.to_vec()),
        like(&r, c.to_vec()),
    ]))
}

fn b_rpartition(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "rpartition")?;
    let sep = need_bytes(args.get(1).unwrap_or(&Value::None), bytes_like_error)?;
    let (a, b, c) = bm::rpartition(&d, &sep).map_err(str_err)?;
    Ok(Value::tuple(vec![
        like(&r, a.to_vec()),
        like(&r, b.to_vec()),
        like(&r, c.to_vec()),
    ]))
}

macro_rules! transform {
    ($name:ident, $f:path, $py:literal) => {
        fn $name(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            let (r, d) = recv(args, $py)?;
            Ok(like(&r, $f(&d)))
        }
    };
}
macro_rules! predicate {
    ($name:ident, $f:path, $py:literal) => {
        fn $name(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            let (_, d) = recv(args, $py)?;
            Ok(Value::Bool($f(&d)))
        }
    };
}
transform!(b_upper, bm::upper, "upper");
transform!(b_lower, bm::lower, "lower");
transform!(b_swapcase, bm::swapcase, "swapcase");
transform!(b_capitalize, bm::capitalize, "capitalize");
transform!(b_title, bm::title, "title");
predicate!(b_isalnum, bm::isalnum, "isalnum");
predicate!(b_isalpha, bm::isalpha, "isalpha");
predicate!(b_isdigit, bm::isdigit, "isdigit");
predicate!(b_isspace, bm::isspace, "isspace");
predicate!(b_islower, bm::islower, "islower");
predicate!(b_isupper, bm::isupper, "isupper");
predicate!(b_istitle, bm::istitle, "istitle");
predicate!(b_isascii, bm::isascii, "isascii");

fn justify(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(&[u8], i64, u8) -> Cow<'_, [u8]>,
) -> PyResult<Value> {
    let (r, d) = recv(args, name)?;
    let w = to_index(vm, args.get(1).unwrap_or(&Value::None))?;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match bytes_data(v) {
            Some(x) if x.len() == 1 => x[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(v).as_str()
                )))
            }
        },
    };
    Ok(like(&r, f(&d, w, fill).into_owned()))
}

fn b_center(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    justify(vm, args, "center", bm::center)
}

fn b_ljust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    justify(vm, args, "ljust", bm::ljust)
}

fn b_rjust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    justify(vm, args, "rjust", bm::rjust)
}

fn b_zfill(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "zfill")?;
    let w = to_index(vm, args.get(1).unwrap_or(&Value::None))?;
    Ok(like(&r, bm::zfill(&d, w).into_owned()))
}

fn b_expandtabs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "expandtabs")?;
    let [t] = take_kwargs("expandtabs", kw, ["tabsize"])?;
    let ts = match args.get(1).cloned().or(t) {
        Some(v) => to_index(vm, &v)?,
        None => 8,
    };
    Ok(like(&r, bm::expandtabs(&d, ts).map_err(str_err)?))
}

fn b_removeprefix(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "removeprefix")?;
    let p = need_bytes(args.get(1).unwrap_or(&Value::None), bytes_like_error)?;
    Ok(like(&r, bm::removeprefix(&d, &p).to_vec()))
}

fn b_removesuffix(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "removesuffix")?;
    let p = need_bytes(args.get(1).unwrap_or(&Value::None), bytes_like_error)?;
    Ok(like(&r, bm::removesuffix(&d, &p).to_vec()))
}

fn b_decode(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, d) = recv(args, "decode")?;
    let [e, er] = take_kwargs("decode", kw, ["encoding", "errors"])?;
    let enc = match args.get(1).cloned().or(e) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "decode() argument 'encoding' must be str, not {}",
                type_name(&other).as_str()
            )))
        }
        None => "utf-8".into(),
    };
    let errs = match args.get(2).cloned().or(er) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "strict".into(),
    };
    bm::decode(&d, &enc, &errs)
        .map(Value::string)
        .map_err(codec_err)
}

fn b_hex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, d) = recv(args, "hex")?;
    let [s, b] = take_kwargs("hex", kw, ["sep", "bytes_per_sep"])?;
    let sep = args.get(1).cloned().or(s);
    let per = match args.get(2).cloned().or(b) {
        Some(v) => to_index(vm, &v)?,
        None => 1,
    };
    let sep_owned;
    let sep = match &sep {
        None => None,
        Some(Value::Str(x)) => Some(bm::HexSep::Str(x.as_str())),
        Some(v) => {
            sep_owned = need_bytes(v, |_| "sep must be str or bytes.".to_string())?;
            Some(bm::HexSep::Bytes(&sep_owned))
        }
    };
    bm::hex(&d, sep, per).map(Value::string).map_err(str_err)
}

fn b_translate(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (r, d) = recv(args, "translate")?;
    let [del] = take_kwargs("translate", kw, ["delete"])?;
    let table = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(v, bytes_like_error)?),
    };
    let delete = match args.get(2).cloned().or(del) {
        Some(v) => need_bytes(&v, bytes_like_error)?,
        None => Vec::new(),
    };
    let t = match &table {
        Some(t) => Some(bm::translation_table(t).map_err(str_err)?),
        None => None,
    };
    Ok(like(&r, bm::translate(&d, t, &delete).into_owned()))
}

fn b_fromhex(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = args.first().cloned().unwrap_or(Value::None);
    let s = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "fromhex() argument must be str, not {}",
                type_name(other).as_str()
            )))
        }
        None => return Err(type_error("fromhex() takes exactly one argument (0 given)")),
    };
    let d = bm::fromhex(&s).map_err(str_err)?;
    Ok(match &cls {
        Value::Type(t) if Rc::ptr_eq(t, &types().bytearray) => bytearray_value(d),
        _ => bytes_value(d),
    })
}

fn b_maketrans(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = need_bytes(args.first().unwrap_or(&Value::None), bytes_like_error)?;
    let b = need_bytes(args.get(1).unwrap_or(&Value::None), bytes_like_error)?;
    Ok(bytes_value(
        bm::maketrans(&a, &b).map_err(str_err)?.to_vec(),
    ))
}

// ------------------------------------------------------------ bytearray mutation

fn recv_ba(args: &[Value]) -> PyResult<Rc<ByteArray>> {
    match args.first() {
        Some(Value::ByteArray(b)) => Ok(b.clone()),
        _ => Err(type_error("descriptor requires a 'bytearray' object")),
    }
}

fn ba_append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = recv_ba(args)?;
    let x = byte_of(vm, args.get(1).unwrap_or(&Value::None))?;
    b.data.borrow_mut().push(x);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = recv_ba(args)?;
    let src = args.get(1).cloned().unwrap_or(Value::None);
    let d = match bytes_data(&src) {
        Some(d) => d,
        None => bytes_from(vm, &src, None, None, "bytearray")?,
    };
    b.data.borrow_mut().extend(d);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = recv_ba(args)?;
    let i = match args.get(1) {
        Some(v) => to_index(vm, v)?,
        None => -1,
    };
    let mut d = b.data.borrow_mut();
    if d.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(Value::Int(d.remove(j as usize) as i64))
}

fn ba_insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = recv_ba(args)?;
    let i = to_index(vm, args.get(1).unwrap_or(&Value::None))?;
    let x = byte_of(vm, args.get(2).unwrap_or(&Value::None))?;
    let mut d = b.data.borrow_mut();
    let n = d.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.insert(j as usize, x);
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = recv_ba(args)?;
    let x = byte_of(vm, args.get(1).unwrap_or(&Value::None))?;
    let mut d = b.data.borrow_mut();
    match d.iter().position(|&c| c == x) {
        Some(p) => {
            d.remove(p);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn ba_reverse(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    recv_ba(args)?.data.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_clear(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    recv_ba(args)?.data.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = recv_ba(args)?.data.borrow().clone();
    Ok(bytearray_value(d))
}

static COMMON: &[(&str, NativeFn)] = &[
    ("find", b_find),
    ("rfind", b_rfind),
    ("count", b_count),
    ("index", b_index),
    ("rindex", b_rindex),
    ("startswith", b_startswith),
    ("endswith", b_endswith),
    ("split", b_split),
    ("rsplit", b_rsplit),
    ("splitlines", b_splitlines),
    ("strip", b_strip),
    ("lstrip", b_lstrip),
    ("rstrip", b_rstrip),
    ("replace", b_replace),
    ("join", b_join),
    ("partition", b_partition),
    ("rpartition", b_rpartition),
    ("upper", b_upper),
    ("lower", b_lower),
    ("swapcase", b_swapcase),
    ("capitalize", b_capitalize),
    ("title", b_title),
    ("isalnum", b_isalnum),
    ("isalpha", b_isalpha),
    ("isdigit", b_isdigit),
    ("isspace", b_isspace),
    ("islower", b_islower),
    ("isupper", b_isupper),
    ("istitle", b_istitle),
    ("isascii", b_isascii),
    ("center", b_center),
    ("ljust", b_ljust),
    ("rjust", b_rjust),
    ("zfill", b_zfill),
    ("expandtabs", b_expandtabs),
    ("removeprefix", b_removeprefix),
    ("removesuffix", b_removesuffix),
    ("decode", b_decode),
    ("hex", b_hex),
    ("translate", b_translate),
];

static BYTEARRAY_ONLY: &[(&str, NativeFn)] = &[
    ("append", ba_append),
    ("extend", ba_extend),
    ("pop", ba_pop),
    ("insert", ba_insert),
    ("remove", ba_remove),
    ("reverse", ba_reverse),
    ("clear", ba_clear),
    ("copy", ba_copy),
];

// ------------------------------------------------------------ str.encode, int.to_bytes

fn str_encode(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Str(s)) = args.first() else {
        return Err(type_error("encode() needs a str"));
    };
    let [e, er] = take_kwargs("encode", kw, ["encoding", "errors"])?;
    let enc = match args.get(1).cloned().or(e) {
        Some(Value::Str(x)) => x.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "encode() argument 'encoding' must be str, not {}",
                type_name(&other).as_str()
            )))
        }
        None => "utf-8".into(),
    };
    let errs = match args.get(2).cloned().or(er) {
        Some(Value::Str(x)) => x.as_str().to_string(),
        _ => "strict".into(),
    };
    bm::encode(s.as_str(), &enc, &errs)
        .map(bytes_value)
        .map_err(codec_err)
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = args
        .first()
        .map(|v| vm.base_value(v))
        .unwrap_or(Value::None);
    let Some(i) = as_int(&v) else {
        return Err(type_error("to_bytes needs an int"));
    };
    let i = i.to_bigint();
    let [len_kw, order_kw, signed_kw] =
        take_kwargs("to_bytes", kw, ["length", "byteorder", "signed"])?;
    let length = match args.get(1).cloned().or(len_kw) {
        Some(l) => to_index(vm, &l)?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let order = match args.get(2).cloned().or(order_kw) {
        Some(Value::Str(o)) => o.as_str().to_string(),
        None => "big".into(),
        Some(_) => return Err(type_error("to_bytes() argument 'byteorder' must be str")),
    };
    let signed = match signed_kw {
        Some(s) => ops::truthy(vm, &s)?,
        None => false,
    };
    if num_traits::Signed::is_negative(&i) && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut le = if signed {
        i.to_signed_bytes_le()
    } else {
        i.to_bytes_le().1
    };
    // Drop redundant sign bytes, then check the fit.
    let pad = if num_traits::Signed::is_negative(&i) {
        0xFF
    } else {
        0x00
    };
    while le.len() > 1
        && *le.last().unwrap_or(&0) == pad
        && (le[le.len() - 2] & 0x80 == pad & 0x80 || !signed)
    {
        le.pop();
    }
    if num_traits::Zero::is_zero(&i) {
        le.clear();
    }
    if le.len() > length as usize {
        return Err(overflow_error("int too big to convert"));
    }
    // A length the machine cannot allocate is CPython's MemoryError, not
    // an abort.
    if le.try_reserve_exact(length as usize - le.len()).is_err() {
        return Err(PyErr::with_args(&types().exc.memory_error, Vec::new()));
    }
    le.resize(length as usize, pad);
    match order.as_str() {
        "little" => {}
        "big" => le.reverse(),
        _ => return Err(value_error("byteorder must be either 'little' or 'big'")),
    }
    Ok(bytes_value(le))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [b_kw, order_kw, signed_kw] =
        take_kwargs("from_bytes", kw, ["bytes", "byteorder", "signed"])?;
    let src = args.get(1).cloned().or(b_kw).unwrap_or(Value::None);
    let data = match bytes_data(&src) {
        Some(d) => d,
        None => bytes_from(vm, &src, None, None, "bytes")?,
    };
    let order = match args.get(2).cloned().or(order_kw) {
        Some(Value::Str(o)) => o.as_str().to_string(),
        None => "big".into(),
        Some(_) => return Err(type_error("from_bytes() argument 'byteorder' must be str")),
    };
    let signed = match signed_kw {
        Some(s) => ops::truthy(vm, &s)?,
        None => false,
    };
    let v = match (order.as_str(), signed) {
        ("big", false) => num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
        ("little", false) => num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        ("big", true) => num_bigint::BigInt::from_signed_bytes_be(&data),
        ("little", true) => num_bigint::BigInt::from_signed_bytes_le(&data),
        _ => return Err(value_error("byteorder must be either 'little' or 'big'")),
    };
    let result = Value::from_bigint(v);
    match args.first() {
        Some(Value::Type(t)) if !Rc::ptr_eq(t, &types().int) => {
            vm.call(&Value::Type(t.clone()), &[result], &[])
        }
        _ => Ok(result),
    }
}

/// Install bytes/bytearray methods, str.encode, int.to_bytes/from_bytes.
pub fn install_bytes(t: &crate::runtime::types::BuiltinTypes) {
    install(&t.bytes, COMMON);
    install(&t.bytearray, COMMON);
    install(&t.bytearray, BYTEARRAY_ONLY);
    install_classmethods(&t.bytes, &[("fromhex", b_fromhex)]);
    install_classmethods(&t.bytearray, &[("fromhex", b_fromhex)]);
    let st = |ty: &Rc<Type>, name: &'static str, func: NativeFn| {
        let b = Value::Builtin(Rc::new(Builtin {
            name,
            owner: Some(ty.clone()),
            func,
            binds_class: false,
        }));
        ty.dict.set_str(
            intern(name),
            Value::StaticMethod(Rc::new(Wrapped { func: b })),
        );
    };
    st(&t.bytes, "maketrans", b_maketrans);
    install(&t.str_, &[("encode", str_encode)]);
    install(&t.int, &[("to_bytes", int_to_bytes)]);
    install_classmethods(&t.int, &[("from_bytes", int_from_bytes)]);
}
