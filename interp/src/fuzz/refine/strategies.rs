//! Value strategies shared by the families.

use super::world::*;
use proptest::prelude::*;

pub fn int() -> BoxedStrategy<V> {
    prop_oneof![
        4 => (-4i64..300).prop_map(V::Int),
        2 => prop::sample::select(vec![
            i64::MIN,
            i64::MIN + 1,
            i64::MAX,
            i64::MAX - 1,
            -1,
            0,
            1 << 32,
            -(1 << 32),
            3_037_000_499,
            3_037_000_500,
            -3_037_000_500,
            1 << 62,
            -(1 << 62),
        ])
        .prop_map(V::Int),
        1 => any::<i64>().prop_map(V::Int),
    ]
    .boxed()
}

pub fn big() -> BoxedStrategy<V> {
    (any::<bool>(), 1i128..(1 << 40))
        .prop_map(|(neg, k)| {
            V::Big(if neg {
                i64::MIN as i128 - k
            } else {
                i64::MAX as i128 + k
            })
        })
        .boxed()
}

pub fn float() -> BoxedStrategy<V> {
    prop_oneof![
        2 => prop::sample::select(vec![
            0.0,
            -0.0,
            1.5,
            -2.5,
            3.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e308,
            5e-324,
            9007199254740993.0,
        ])
        .prop_map(V::Float),
        2 => (-1000i32..1000).prop_map(|i| V::Float(i as f64 / 8.0)),
        1 => any::<f64>().prop_map(V::Float),
    ]
    .boxed()
}

/// Strings matching `regex`, parsed once (a `&str` strategy parses its
/// regex on every draw).
fn matching(regex: &str) -> BoxedStrategy<V> {
    match proptest::string::string_regex(regex) {
        Ok(strategy) => strategy.prop_map(V::Str).boxed(),
        // The regexes below are fixed and valid.
        Err(_) => Just(V::Str(String::new())).boxed(),
    }
}

pub fn text() -> BoxedStrategy<V> {
    prop_oneof![
        3 => matching("[a-c]{0,3}"),
        2 => matching("[aé☃𝄞]{0,3}"),
        1 => prop::sample::select(vec!["", "x", "gx", "abc", "a b c", "é"]).prop_map(s),
    ]
    .boxed()
}

pub fn scalar() -> BoxedStrategy<V> {
    prop_oneof![
        4 => int(),
        1 => big(),
        2 => float(),
        2 => text(),
        1 => any::<bool>().prop_map(V::Bool),
        1 => Just(V::None),
    ]
    .boxed()
}

pub fn container() -> BoxedStrategy<V> {
    prop_oneof![
        prop::collection::vec(scalar(), 0..4).prop_map(V::List),
        prop::collection::vec(scalar(), 0..4).prop_map(V::Tuple),
        prop::collection::vec((scalar(), scalar()), 0..3).prop_map(V::Dict),
        prop::collection::vec(scalar(), 0..4).prop_map(V::Set),
        prop::collection::vec(scalar(), 0..4).prop_map(V::FrozenSet),
    ]
    .boxed()
}

pub fn pick(vs: Vec<V>) -> BoxedStrategy<V> {
    prop::sample::select(vs).boxed()
}

/// World objects of every kind, for operands of any family.
pub fn world_objects() -> Vec<V> {
    vec![
        inst("Plain", vec![]),
        inst("Plain", vec![set_attr("x", V::Int(1))]),
        inst("PlainChild", vec![]),
        call("WithBool", vec![]),
        call("WithLen", vec![]),
        call("BadBool", vec![]),
        call("MyErr", vec![s("e")]),
        call("Num", vec![V::Int(3)]),
        call("IntSub", vec![V::Int(5)]),
        call("IntSub", vec![V::Int(0)]),
        call("FloatSub", vec![V::Float(1.5)]),
        call("StrSub", vec![s("ab")]),
        call("ListSub", vec![V::List(ints(&[1, 2]))]),
        call("TupleSub", vec![V::List(ints(&[1, 2]))]),
        call("DictMissing", vec![]),
        call("SetSub", vec![V::List(ints(&[1]))]),
        call("Seq", vec![]),
        call("SeqGen", vec![]),
        call("Prop", vec![]),
        call("GA", vec![]),
        call("Meth", vec![]),
        call("Callable", vec![]),
        inst("Slotted", vec![set_attr("a", V::Int(1))]),
        V::G("Plain"),
        V::G("Meth"),
        V::G("int"),
        V::G("len"),
        V::G("f1"),
        V::G("umod"),
        bound(call("Meth", vec![]), "m"),
        V::Range(0, 5, 1),
        call("fgen", vec![V::Int(2)]),
        iter_of(V::List(ints(&[1, 2])), 0),
        call("UserIter", vec![V::Int(2)]),
    ]
}

pub fn any_value() -> BoxedStrategy<V> {
    prop_oneof![
        3 => scalar(),
        2 => container(),
        2 => pick(world_objects()),
    ]
    .boxed()
}

pub fn no_muts() -> BoxedStrategy<Vec<Mut>> {
    Just(Vec::new()).boxed()
}

pub fn runs(names: &[&'static str]) -> BoxedStrategy<Vec<Mut>> {
    prop::collection::vec(
        prop::sample::select(names.to_vec()).prop_map(Mut::Run),
        0..=1,
    )
    .boxed()
}
