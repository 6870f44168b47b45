//! The families with a refinement property: for each, the sites (Python
//! functions whose first head instruction is the one under test), operand
//! and mutation strategies, and fixed examples.

use super::strategies::*;
use super::world::*;
use super::{site_index, Def, Fixed};
use proptest::prelude::*;
use quicken_spec::instructions::Opcode;
use std::rc::Rc;

/// Two operands of the same builtin type (what the numeric and str forms
/// are made for).
fn same_kind() -> BoxedStrategy<(V, V)> {
    prop_oneof![
        3 => (int(), int()),
        2 => (float(), float()),
        2 => (text(), text()),
        1 => (int(), any::<bool>().prop_map(V::Bool)),
        1 => (int(), float()),
    ]
    .boxed()
}

/// An int operand that would repeat a sequence into more memory than
/// there is (`'ab' * 2**62` aborts the process instead of raising).
fn huge_count(v: &V) -> bool {
    match v {
        V::Int(i) => i.unsigned_abs() > 1000,
        V::Big(_) => true,
        _ => false,
    }
}

fn is_sequence(v: &V) -> bool {
    matches!(v, V::Str(_) | V::List(_) | V::Tuple(_) | V::Call(..))
}

fn binary_op() -> Def {
    let mut sites: Vec<String> = ["+", "-", "*", "//", "%", "/", "&", "|"]
        .iter()
        .map(|op| format!("def site(a, b):\n    return a {op} b\n"))
        .collect();
    sites.extend(
        ["+=", "-=", "*=", "//=", "%="]
            .iter()
            .map(|op| format!("def site(a, b):\n    a {op} b\n    return a\n")),
    );
    sites.push("def site(a, b):\n    a = a + b\n    return a\n".into());
    let operand = || {
        prop_oneof![
            4 => int(),
            1 => big(),
            3 => float(),
            3 => text(),
            1 => any::<bool>().prop_map(V::Bool),
            1 => pick(vec![
                call("Num", vec![V::Int(1)]),
                call("IntSub", vec![V::Int(7)]),
                call("FloatSub", vec![V::Float(0.5)]),
                call("StrSub", vec![s("sub")]),
                inst("Plain", vec![]),
                V::List(ints(&[1])),
                V::Tuple(ints(&[2])),
                V::None,
            ]),
        ]
        .boxed()
    };
    let local_a = || {
        prop_oneof![
            6 => Just(L::Stack(0)),
            1 => Just(L::Unbound),
            1 => text().prop_map(L::Val),
        ]
    };
    let ops = Rc::new(move |_site: usize| {
        (operand(), operand(), local_a())
            .prop_filter("no huge repetitions", |(a, b, _)| {
                !(huge_count(a) && is_sequence(b) || huge_count(b) && is_sequence(a))
            })
            .prop_map(|(a, b, la)| Ops {
                stack: vec![a, b],
                locals: vec![la, L::Stack(1)],
            })
            .boxed()
    });
    let hot = Rc::new(move |_site: usize| {
        (same_kind(), local_a())
            .prop_filter("no huge repetitions", |((a, b), _)| {
                !(huge_count(a) && is_sequence(b) || huge_count(b) && is_sequence(a))
            })
            .prop_map(|((a, b), la)| Ops {
                stack: vec![a, b],
                locals: vec![la, L::Stack(1)],
            })
            .boxed()
    });
    let two = |a: V, b: V| Ops {
        stack: vec![a, b],
        locals: vec![L::Stack(0), L::Stack(1)],
    };
    let at = |op: &str| site_index(&sites, &format!("a {op} b"));
    let fixed = vec![
        Fixed {
            site: at("+"),
            pre: vec![],
            ops: two(V::Int(1), V::Int(2)),
            form: Opcode::BINARY_OP_ADD_INT,
        },
        Fixed {
            site: at("-"),
            pre: vec![],
            ops: two(V::Int(1), V::Int(2)),
            form: Opcode::BINARY_OP_SUBTRACT_INT,
        },
        Fixed {
            site: at("*"),
            pre: vec![],
            ops: two(V::Int(3), V::Int(2)),
            form: Opcode::BINARY_OP_MULTIPLY_INT,
        },
        Fixed {
            site: at("//"),
            pre: vec![],
            ops: two(V::Int(-7), V::Int(2)),
            form: Opcode::BINARY_OP_FLOOR_DIVIDE_INT,
        },
        Fixed {
            site: at("%"),
            pre: vec![],
            ops: two(V::Int(-7), V::Int(2)),
            form: Opcode::BINARY_OP_REMAINDER_INT,
        },
        Fixed {
            site: at("+"),
            pre: vec![],
            ops: two(V::Float(1.5), V::Float(2.0)),
            form: Opcode::BINARY_OP_ADD_FLOAT,
        },
        Fixed {
            site: at("-"),
            pre: vec![],
            ops: two(V::Float(1.5), V::Float(2.0)),
            form: Opcode::BINARY_OP_SUBTRACT_FLOAT,
        },
        Fixed {
            site: at("*"),
            pre: vec![],
            ops: two(V::Float(1.5), V::Float(2.0)),
            form: Opcode::BINARY_OP_MULTIPLY_FLOAT,
        },
        Fixed {
            site: at("+"),
            pre: vec![],
            ops: two(s("ab"), s("cd")),
            form: Opcode::BINARY_OP_ADD_UNICODE,
        },
        Fixed {
            site: at("+="),
            pre: vec![],
            ops: two(s("ab"), s("cd")),
            form: Opcode::BINARY_OP_INPLACE_ADD_UNICODE,
        },
        Fixed {
            site: site_index(&sites, "a = a + b"),
            pre: vec![],
            ops: two(s("é"), s("cd")),
            form: Opcode::BINARY_OP_INPLACE_ADD_UNICODE,
        },
    ];
    Def {
        head: Opcode::BINARY_OP,
        sites,
        ops,
        hot,
        muts: no_muts(),
        fixed,
    }
}

fn compare_op() -> Def {
    let mut sites: Vec<String> = ["<", "<=", "==", "!=", ">", ">="]
        .iter()
        .map(|op| format!("def site(a, b):\n    return a {op} b\n"))
        .collect();
    sites.push("def site(a, b):\n    if a == b:\n        return 1\n".into());
    let operand = || {
        prop_oneof![
            4 => int(),
            1 => big(),
            3 => float(),
            3 => text(),
            1 => any::<bool>().prop_map(V::Bool),
            1 => pick(vec![
                call("Num", vec![V::Int(1)]),
                call("IntSub", vec![V::Int(7)]),
                call("FloatSub", vec![V::Float(0.5)]),
                call("StrSub", vec![s("a")]),
                inst("Plain", vec![]),
                V::Tuple(ints(&[1, 2])),
                V::None,
            ]),
        ]
        .boxed()
    };
    let ops = Rc::new(move |_site: usize| {
        (operand(), operand())
            .prop_map(|(a, b)| stack(vec![a, b]))
            .boxed()
    });
    let hot = Rc::new(|_site: usize| same_kind().prop_map(|(a, b)| stack(vec![a, b])).boxed());
    let at = |op: &str| site_index(&sites, &format!("a {op} b\n"));
    let fixed = vec![
        Fixed {
            site: at("<"),
            pre: vec![],
            ops: stack(vec![V::Int(1), V::Int(2)]),
            form: Opcode::COMPARE_OP_INT,
        },
        Fixed {
            site: at(">="),
            pre: vec![],
            ops: stack(vec![V::Float(f64::NAN), V::Float(2.0)]),
            form: Opcode::COMPARE_OP_FLOAT,
        },
        Fixed {
            site: at("=="),
            pre: vec![],
            ops: stack(vec![s("a"), s("a")]),
            form: Opcode::COMPARE_OP_STR,
        },
    ];
    Def {
        head: Opcode::COMPARE_OP,
        sites,
        ops,
        hot,
        muts: no_muts(),
        fixed,
    }
}

fn contains_op() -> Def {
    let sites: Vec<String> = vec![
        "def site(a, b):\n    return a in b\n".into(),
        "def site(a, b):\n    return a not in b\n".into(),
    ];
    let item = || {
        prop_oneof![
            4 => scalar(),
            1 => prop::collection::vec(scalar(), 0..3).prop_map(V::List),
            1 => prop::collection::vec(int(), 0..3).prop_map(V::Tuple),
            1 => prop::collection::vec(int(), 0..3).prop_map(V::Set),
            1 => prop::collection::vec(int(), 0..3).prop_map(V::FrozenSet),
            1 => pick(vec![call("Num", vec![V::Int(1)]), inst("Plain", vec![]), V::Dict(vec![])]),
        ]
        .boxed()
    };
    let hashable = || {
        prop_oneof![
            4 => scalar(),
            1 => prop::collection::vec(int(), 0..3).prop_map(V::Tuple),
            1 => prop::collection::vec(int(), 0..3).prop_map(V::FrozenSet),
            1 => Just(call("Num", vec![V::Int(1)])),
        ]
        .boxed()
    };
    let ops = Rc::new(move |_site: usize| {
        let container = prop_oneof![
            3 => prop::collection::vec(hashable(), 0..4).prop_map(V::Set),
            2 => prop::collection::vec(hashable(), 0..4).prop_map(V::FrozenSet),
            3 => prop::collection::vec((hashable(), scalar()), 0..4).prop_map(V::Dict),
            1 => prop::collection::vec(scalar(), 0..3).prop_map(V::List),
            1 => text(),
            1 => pick(vec![
                call("SetSub", vec![V::List(ints(&[1, 2]))]),
                call("DictMissing", vec![]),
                call("Seq", vec![]),
                V::Range(0, 10, 2),
                V::Int(3),
            ]),
        ];
        (item(), container)
            .prop_map(|(a, b)| stack(vec![a, b]))
            .boxed()
    });
    let hot = Rc::new(move |_site: usize| {
        let container = prop_oneof![
            2 => prop::collection::vec(hashable(), 0..4).prop_map(V::Set),
            1 => prop::collection::vec(hashable(), 0..4).prop_map(V::FrozenSet),
            2 => prop::collection::vec((hashable(), scalar()), 0..4).prop_map(V::Dict),
        ];
        (hashable(), container)
            .prop_map(|(a, b)| stack(vec![a, b]))
            .boxed()
    });
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::Int(1), V::Set(ints(&[1, 2]))]),
            form: Opcode::CONTAINS_OP_SET,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: stack(vec![V::Int(1), V::FrozenSet(ints(&[2]))]),
            form: Opcode::CONTAINS_OP_SET,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![s("k"), V::Dict(vec![(s("k"), V::Int(1))])]),
            form: Opcode::CONTAINS_OP_DICT,
        },
    ];
    Def {
        head: Opcode::CONTAINS_OP,
        sites,
        ops,
        hot,
        muts: no_muts(),
        fixed,
    }
}

fn to_bool() -> Def {
    let sites: Vec<String> =
        vec!["def site(x):\n    if x:\n        return 1\n    return 2\n".into()];
    let ops = Rc::new(|_site: usize| {
        prop_oneof![
            3 => any_value(),
            2 => pick(vec![
                inst("Plain", vec![]),
                inst("PlainBase", vec![]),
                inst("PlainChild", vec![]),
                call("MyErr", vec![]),
                inst("Slotted", vec![]),
                call("WithBool", vec![]),
                call("WithLen", vec![]),
                call("BadBool", vec![]),
                call("IntSub", vec![V::Int(0)]),
                call("ListSub", vec![V::List(vec![])]),
                V::List(vec![]),
                V::Str(String::new()),
            ]),
        ]
        .prop_map(|v| stack(vec![v]))
        .boxed()
    });
    let hot = Rc::new(|_site: usize| {
        prop_oneof![
            any::<bool>().prop_map(V::Bool),
            int(),
            prop::collection::vec(scalar(), 0..2).prop_map(V::List),
            Just(V::None),
            text(),
            inst_of(&["Plain", "PlainBase", "PlainChild", "Slotted"]),
            Just(call("MyErr", vec![])),
        ]
        .prop_map(|v| stack(vec![v]))
        .boxed()
    });
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::Bool(false)]),
            form: Opcode::TO_BOOL_BOOL,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::Int(0)]),
            form: Opcode::TO_BOOL_INT,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::List(ints(&[1]))]),
            form: Opcode::TO_BOOL_LIST,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::None]),
            form: Opcode::TO_BOOL_NONE,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![s("")]),
            form: Opcode::TO_BOOL_STR,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![inst("Plain", vec![])]),
            form: Opcode::TO_BOOL_ALWAYS_TRUE,
        },
    ];
    Def {
        head: Opcode::TO_BOOL,
        sites,
        ops,
        hot,
        muts: runs(&["mut_plain_bool", "mut_plainbase_len"]),
        fixed,
    }
}

fn binary_subscr() -> Def {
    let sites: Vec<String> = vec!["def site(a, b):\n    return a[b]\n".into()];
    let ops = Rc::new(|_site: usize| {
        let container = prop_oneof![
            3 => prop::collection::vec(scalar(), 0..4).prop_map(V::List),
            2 => prop::collection::vec(scalar(), 0..4).prop_map(V::Tuple),
            2 => text(),
            2 => prop::collection::vec((scalar(), scalar()), 0..4).prop_map(V::Dict),
            2 => pick(vec![
                call("Seq", vec![]),
                call("SeqChild", vec![]),
                call("SeqGen", vec![]),
                call("SeqRaise", vec![]),
                call("ListSub", vec![V::List(ints(&[1, 2]))]),
                call("DictMissing", vec![]),
                inst("Plain", vec![]),
                V::Range(0, 10, 3),
                V::None,
            ]),
        ];
        let sub = prop_oneof![
            4 => (-5i64..6).prop_map(V::Int),
            2 => scalar(),
            1 => pick(vec![
                call("slice", vec![V::Int(0), V::Int(2)]),
                call("IntSub", vec![V::Int(1)]),
                V::List(vec![]),
                V::Tuple(ints(&[1])),
            ]),
        ];
        (container, sub)
            .prop_map(|(a, b)| stack(vec![a, b]))
            .boxed()
    });
    let hot = Rc::new(|_site: usize| {
        let index = || (-2i64..5).prop_map(V::Int);
        prop_oneof![
            (
                prop::collection::vec(scalar(), 0..4).prop_map(V::List),
                index()
            ),
            (
                prop::collection::vec(scalar(), 0..4).prop_map(V::Tuple),
                index()
            ),
            (text(), index()),
            (
                prop::collection::vec(((0i64..4).prop_map(V::Int), scalar()), 0..4)
                    .prop_map(V::Dict),
                index()
            ),
            (
                pick(vec![
                    call("Seq", vec![]),
                    call("SeqChild", vec![]),
                    call("SeqGen", vec![]),
                    call("SeqRaise", vec![]),
                    call("SeqVar", vec![]),
                ]),
                index()
            ),
        ]
        .prop_map(|(a, b)| stack(vec![a, b]))
        .boxed()
    });
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::List(ints(&[1, 2])), V::Int(1)]),
            form: Opcode::BINARY_SUBSCR_LIST_INT,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::Tuple(ints(&[1, 2])), V::Int(0)]),
            form: Opcode::BINARY_SUBSCR_TUPLE_INT,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![s("abc"), V::Int(2)]),
            form: Opcode::BINARY_SUBSCR_STR_INT,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![V::Dict(vec![(V::Int(1), s("one"))]), V::Int(1)]),
            form: Opcode::BINARY_SUBSCR_DICT,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![call("Seq", vec![]), V::Int(1)]),
            form: Opcode::BINARY_SUBSCR_GETITEM,
        },
    ];
    Def {
        head: Opcode::BINARY_SUBSCR,
        sites,
        ops,
        hot,
        muts: runs(&["mut_seq_getitem", "mut_seq_getitem_code"]),
        fixed,
    }
}

fn store_subscr() -> Def {
    let sites: Vec<String> = vec!["def site(a, b, v):\n    a[b] = v\n".into()];
    let ops = Rc::new(|_site: usize| {
        let container = prop_oneof![
            4 => prop::collection::vec(scalar(), 0..4).prop_map(V::List),
            3 => prop::collection::vec((scalar(), scalar()), 0..4).prop_map(V::Dict),
            1 => prop::collection::vec(scalar(), 0..3).prop_map(V::Tuple),
            1 => pick(vec![
                call("ListSub", vec![V::List(ints(&[1, 2]))]),
                call("DictMissing", vec![]),
                inst("Plain", vec![]),
                s("abc"),
            ]),
        ];
        let sub = prop_oneof![
            4 => (-5i64..6).prop_map(V::Int),
            2 => scalar(),
            1 => pick(vec![
                call("slice", vec![V::Int(0), V::Int(1)]),
                V::Bool(true),
                V::List(vec![]),
                V::Tuple(ints(&[1])),
            ]),
        ];
        (scalar(), container, sub)
            .prop_map(|(v, a, b)| stack(vec![v, a, b]))
            .boxed()
    });
    let hot = Rc::new(|_site: usize| {
        prop_oneof![
            (
                scalar(),
                prop::collection::vec(scalar(), 0..4).prop_map(V::List),
                (-1i64..4).prop_map(V::Int)
            ),
            (
                scalar(),
                prop::collection::vec((scalar(), scalar()), 0..3).prop_map(V::Dict),
                scalar()
            ),
        ]
        .prop_map(|(v, a, b)| stack(vec![v, a, b]))
        .boxed()
    });
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![s("v"), V::List(ints(&[1, 2])), V::Int(1)]),
            form: Opcode::STORE_SUBSCR_LIST_INT,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![s("v"), V::Dict(vec![]), s("k")]),
            form: Opcode::STORE_SUBSCR_DICT,
        },
    ];
    Def {
        head: Opcode::STORE_SUBSCR,
        sites,
        ops,
        hot,
        muts: no_muts(),
        fixed,
    }
}

fn unpack_sequence() -> Def {
    let sites: Vec<String> = vec![
        "def site(x):\n    a, = x\n".into(),
        "def site(x):\n    a, b = x\n".into(),
        "def site(x):\n    a, b, c = x\n".into(),
    ];
    let ops = Rc::new(|_site: usize| {
        prop_oneof![
            4 => prop::collection::vec(scalar(), 0..5).prop_map(V::Tuple),
            3 => prop::collection::vec(scalar(), 0..5).prop_map(V::List),
            1 => text(),
            1 => prop::collection::vec((int(), scalar()), 0..4).prop_map(V::Dict),
            1 => pick(vec![
                call("fgen", vec![V::Int(2)]),
                call("fgen", vec![V::Int(3)]),
                call("Seq", vec![]),
                call("TupleSub", vec![V::List(ints(&[1, 2]))]),
                call("ListSub", vec![V::List(ints(&[1, 2, 3]))]),
                iter_of(V::List(ints(&[1, 2, 3])), 1),
                call("UserIter", vec![V::Int(3)]),
                V::Set(ints(&[1, 2])),
                V::Range(0, 3, 1),
                V::Int(2),
                V::None,
            ]),
        ]
        .prop_map(|v| stack(vec![v]))
        .boxed()
    });
    let hot = Rc::new(|site: usize| {
        let n = site + 1;
        prop_oneof![
            prop::collection::vec(scalar(), n..=n).prop_map(V::Tuple),
            prop::collection::vec(scalar(), n..=n).prop_map(V::List),
            prop::collection::vec(scalar(), 0..4).prop_map(V::Tuple),
            prop::collection::vec(scalar(), 0..4).prop_map(V::List),
        ]
        .prop_map(|v| stack(vec![v]))
        .boxed()
    });
    let fixed = vec![
        Fixed {
            site: 1,
            pre: vec![],
            ops: stack(vec![V::Tuple(ints(&[1, 2]))]),
            form: Opcode::UNPACK_SEQUENCE_TWO_TUPLE,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: stack(vec![V::Tuple(ints(&[1, 2, 3]))]),
            form: Opcode::UNPACK_SEQUENCE_TUPLE,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: stack(vec![V::List(ints(&[1, 2]))]),
            form: Opcode::UNPACK_SEQUENCE_LIST,
        },
    ];
    Def {
        head: Opcode::UNPACK_SEQUENCE,
        sites,
        ops,
        hot,
        muts: no_muts(),
        fixed,
    }
}

fn load_global() -> Def {
    let sites: Vec<String> = vec![
        "def site():\n    return gx\n".into(),
        "def site():\n    return gx()\n".into(),
        "def site():\n    return len\n".into(),
        "def site(a):\n    return len(a)\n".into(),
        "def site():\n    return nosuch\n".into(),
    ];
    let ops = Rc::new(|_site: usize| Just(stack(vec![])).boxed());
    let name = || prop::sample::select(vec!["gx", "len", "nosuch", "zz_new", "abs"]);
    let value = || {
        prop_oneof![
            3 => scalar(),
            1 => pick(vec![V::G("f1"), V::G("Plain")]),
        ]
    };
    let one = prop_oneof![
        3 => (name(), value()).prop_map(|(n, v)| Mut::SetGlobal(n, v)),
        2 => name().prop_map(Mut::DelGlobal),
        2 => (name(), value()).prop_map(|(n, v)| Mut::SetBuiltin(n, v)),
        2 => name().prop_map(Mut::DelBuiltin),
    ];
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![]),
            form: Opcode::LOAD_GLOBAL_MODULE,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: stack(vec![]),
            form: Opcode::LOAD_GLOBAL_MODULE,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: stack(vec![]),
            form: Opcode::LOAD_GLOBAL_BUILTIN,
        },
        Fixed {
            site: 3,
            pre: vec![],
            ops: stack(vec![]),
            form: Opcode::LOAD_GLOBAL_BUILTIN,
        },
        Fixed {
            site: 4,
            pre: vec![Mut::SetBuiltin("nosuch", V::Int(1))],
            ops: stack(vec![]),
            form: Opcode::LOAD_GLOBAL_BUILTIN,
        },
    ];
    Def {
        head: Opcode::LOAD_GLOBAL,
        sites,
        hot: ops.clone(),
        ops,
        muts: prop::collection::vec(one, 0..3).boxed(),
        fixed,
    }
}

/// Classes whose instances are attribute owners.
const OWNER_CLASSES: &[&str] = &[
    "Plain",
    "PlainChild",
    "Meth",
    "MethChild",
    "MethSlots",
    "Slotted",
    "SlottedChild",
    "Borrow",
    "Prop",
    "PropGetattr",
    "GA",
    "WithGetattr",
    "WithDescr",
    "SetAttr",
];

const ATTR_NAMES: &[&str] = &["x", "y", "z", "m", "k", "p", "a", "b"];

fn attr_history() -> BoxedStrategy<Vec<V>> {
    let one = prop_oneof![
        3 => (prop::sample::select(ATTR_NAMES.to_vec()), scalar()).prop_map(|(n, v)| set_attr(n, v)),
        1 => prop::sample::select(ATTR_NAMES.to_vec()).prop_map(del_attr),
    ];
    prop::collection::vec(one, 0..5).boxed()
}

fn attr_owner() -> BoxedStrategy<V> {
    prop_oneof![
        6 => (prop::sample::select(OWNER_CLASSES.to_vec()), attr_history())
            .prop_map(|(c, h)| inst(c, h)),
        1 => pick(vec![call("Prop", vec![]), call("Meth", vec![]), call("IntSub", vec![V::Int(3)])]),
        2 => pick(vec![
            V::G("Meth"),
            V::G("MethChild"),
            V::G("Plain"),
            V::G("WithMeta"),
            V::G("umod"),
            V::G("int"),
            s("abc"),
            V::List(ints(&[1])),
            V::Dict(vec![]),
            V::Int(5),
            V::Bool(true),
            V::None,
        ]),
    ]
    .boxed()
}

/// An instance of one of `classes` whose history sets `name` somewhere.
fn inst_with(classes: &[&'static str], name: &'static str) -> BoxedStrategy<V> {
    (
        prop::sample::select(classes.to_vec()),
        attr_history(),
        scalar(),
        0usize..5,
    )
        .prop_map(move |(c, mut h, v, at)| {
            h.insert(at.min(h.len()), set_attr(name, v));
            inst(c, h)
        })
        .boxed()
}

/// An instance of one of `classes` whose dict holds `name` after a
/// deletion (not compact: the WITH_HINT forms), then more history.
fn inst_hint(classes: &[&'static str], name: &'static str) -> BoxedStrategy<V> {
    (
        prop::sample::select(classes.to_vec()),
        prop::sample::select(vec!["q", "r"]),
        scalar(),
        attr_history(),
    )
        .prop_map(move |(c, other, v, more)| {
            let mut h = vec![
                set_attr(other, V::Int(0)),
                set_attr(name, v),
                del_attr(other),
            ];
            h.extend(more);
            inst(c, h)
        })
        .boxed()
}

/// An instance of one of `classes` with an arbitrary attribute history.
fn inst_of(classes: &[&'static str]) -> BoxedStrategy<V> {
    (prop::sample::select(classes.to_vec()), attr_history())
        .prop_map(|(c, h)| inst(c, h))
        .boxed()
}

/// Owners that an attribute access of `name` is likely specialized for.
fn hot_owner(name: &'static str) -> BoxedStrategy<V> {
    const PLAIN: &[&str] = &["Plain", "PlainChild", "Meth", "MethChild", "WithGetattr"];
    const METH: &[&str] = &["Meth", "MethChild", "MethSlots"];
    const SLOTS: &[&str] = &["Slotted", "SlottedChild", "Borrow"];
    match name {
        "x" | "y" | "z" | "b" => prop_oneof![
            4 => inst_with(PLAIN, name),
            2 => inst_hint(PLAIN, name),
            1 => inst_of(PLAIN),
            1 => pick(vec![call("GA", vec![]), inst("MethSlots", vec![set_attr("x", V::Int(1))])]),
        ]
        .boxed(),
        "m" | "m0" | "k" | "t" | "s" | "fn" | "sm" | "cm" => prop_oneof![
            4 => inst_of(METH),
            1 => inst_with(METH, name),
            1 => pick(vec![V::G("Meth"), V::G("MethChild"), V::G("MethSlots"), call("Meth", vec![])]),
        ]
        .boxed(),
        "p" | "q" | "bad" => pick(vec![
            call("Prop", vec![]),
            inst("Prop", vec![]),
            inst("Prop", vec![set_attr("_x", s("ab"))]),
            inst("PropGetattr", vec![]),
            call("GA", vec![]),
        ]),
        "a" => prop_oneof![
            3 => inst_with(SLOTS, "a"),
            1 => inst_of(SLOTS),
        ]
        .boxed(),
        "attr" | "other" => pick(vec![V::G("umod"), V::G("umod"), V::G("Meth")]),
        "upper" => prop_oneof![3 => text(), 1 => Just(call("StrSub", vec![s("q")])), 1 => scalar()].boxed(),
        "append" => prop_oneof![
            3 => prop::collection::vec(scalar(), 0..3).prop_map(V::List),
            1 => Just(call("ListSub", vec![V::List(vec![])])),
            1 => container(),
        ]
        .boxed(),
        "get" => prop_oneof![3 => container(), 1 => Just(call("DictMissing", vec![]))].boxed(),
        "bit_length" | "real" => prop_oneof![
            3 => int(),
            1 => any::<bool>().prop_map(V::Bool),
            1 => float(),
            1 => big(),
            1 => Just(call("IntSub", vec![V::Int(3)])),
        ]
        .boxed(),
        _ => attr_owner(),
    }
}

fn load_attr() -> Def {
    let attrs = [
        "x",
        "y",
        "m",
        "m0",
        "k",
        "t",
        "s",
        "fn",
        "p",
        "q",
        "bad",
        "a",
        "sm",
        "cm",
        "attr",
        "other",
        "upper",
        "append",
        "get",
        "bit_length",
        "real",
        "nosuch",
        "boom",
        "__class__",
    ];
    let methods = [
        "m",
        "m0",
        "x",
        "k",
        "fn",
        "sm",
        "cm",
        "upper",
        "append",
        "get",
        "bit_length",
        "attr",
        "a",
    ];
    let mut sites: Vec<String> = attrs
        .iter()
        .map(|n| format!("def site(o):\n    return o.{n}\n"))
        .collect();
    sites.extend(
        methods
            .iter()
            .map(|n| format!("def site(o):\n    return o.{n}()\n")),
    );
    let names: Vec<&'static str> = attrs.iter().chain(methods.iter()).copied().collect();
    let ops = Rc::new(|_site: usize| attr_owner().prop_map(|o| stack(vec![o])).boxed());
    let hot =
        Rc::new(move |site: usize| hot_owner(names[site]).prop_map(|o| stack(vec![o])).boxed());
    let attr = |n: &str| site_index(&sites, &format!("o.{n}\n"));
    let method = |n: &str| site_index(&sites, &format!("o.{n}()\n"));
    let one = |v: V| stack(vec![v]);
    let fixed = vec![
        Fixed {
            site: attr("x"),
            pre: vec![],
            ops: one(inst("Plain", vec![set_attr("x", V::Int(1))])),
            form: Opcode::LOAD_ATTR_INSTANCE_VALUE,
        },
        Fixed {
            site: attr("x"),
            pre: vec![],
            ops: one(inst(
                "Plain",
                vec![
                    set_attr("y", V::Int(1)),
                    set_attr("x", V::Int(2)),
                    del_attr("y"),
                ],
            )),
            form: Opcode::LOAD_ATTR_WITH_HINT,
        },
        Fixed {
            site: attr("a"),
            pre: vec![],
            ops: one(inst("Slotted", vec![set_attr("a", V::Int(1))])),
            form: Opcode::LOAD_ATTR_SLOT,
        },
        Fixed {
            site: attr("attr"),
            pre: vec![],
            ops: one(V::G("umod")),
            form: Opcode::LOAD_ATTR_MODULE,
        },
        Fixed {
            site: attr("k"),
            pre: vec![],
            ops: one(V::G("Meth")),
            form: Opcode::LOAD_ATTR_CLASS,
        },
        Fixed {
            site: attr("p"),
            pre: vec![],
            ops: one(call("Prop", vec![])),
            form: Opcode::LOAD_ATTR_PROPERTY,
        },
        Fixed {
            site: attr("x"),
            pre: vec![],
            ops: one(call("GA", vec![])),
            form: Opcode::LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN,
        },
        Fixed {
            site: method("m"),
            pre: vec![],
            ops: one(inst("Meth", vec![set_attr("z", V::Int(1))])),
            form: Opcode::LOAD_ATTR_METHOD_WITH_VALUES,
        },
        Fixed {
            site: method("upper"),
            pre: vec![],
            ops: one(s("abc")),
            form: Opcode::LOAD_ATTR_METHOD_NO_DICT,
        },
        Fixed {
            site: method("m"),
            pre: vec![],
            ops: one(inst("MethSlots", vec![])),
            form: Opcode::LOAD_ATTR_METHOD_NO_DICT,
        },
        Fixed {
            site: method("m"),
            pre: vec![],
            ops: one(inst("Meth", vec![])),
            form: Opcode::LOAD_ATTR_METHOD_LAZY_DICT,
        },
        Fixed {
            site: attr("k"),
            pre: vec![],
            ops: one(inst("Meth", vec![])),
            form: Opcode::LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES,
        },
        Fixed {
            site: attr("k"),
            pre: vec![],
            ops: one(inst("MethSlots", vec![])),
            form: Opcode::LOAD_ATTR_NONDESCRIPTOR_NO_DICT,
        },
    ];
    Def {
        head: Opcode::LOAD_ATTR,
        sites,
        ops,
        hot,
        muts: runs(&[
            "mut_meth_m",
            "mut_meth_k",
            "mut_meth_x",
            "mut_meth_m_code",
            "mut_prop_p",
            "mut_prop_fget_code",
            "mut_ga",
            "mut_ga_code",
            "mut_mod_add",
            "mut_mod_attr",
            "mut_mod_del",
            "mut_ga_getattr",
            "mut_prop_getattr",
            "mut_slotted_a",
            "mut_plain_x",
        ]),
        fixed,
    }
}

fn store_attr() -> Def {
    let names = ["x", "y", "z", "a", "b", "p", "k", "m", "attr"];
    let sites: Vec<String> = names
        .iter()
        .map(|n| format!("def site(o, v):\n    o.{n} = v\n"))
        .collect();
    let ops = Rc::new(|_site: usize| {
        (scalar(), attr_owner())
            .prop_map(|(v, o)| stack(vec![v, o]))
            .boxed()
    });
    let hot = Rc::new(move |site: usize| {
        let owner = match names[site] {
            "x" | "y" | "z" => prop_oneof![
                2 => inst_of(&["Plain", "PlainChild", "Meth", "WithGetattr"]),
                2 => inst_with(&["Plain", "PlainChild", "Meth", "WithGetattr"], names[site]),
                2 => inst_hint(&["Plain", "PlainChild", "Meth"], names[site]),
                1 => inst_of(&["SetAttr", "WithDescr", "MethSlots"]),
            ]
            .boxed(),
            other => hot_owner(other),
        };
        (scalar(), owner)
            .prop_map(|(v, o)| stack(vec![v, o]))
            .boxed()
    });
    let at = |n: &str| site_index(&sites, &format!("o.{n} ="));
    let fixed = vec![
        Fixed {
            site: at("x"),
            pre: vec![],
            ops: stack(vec![
                V::Int(9),
                inst("Plain", vec![set_attr("x", V::Int(1))]),
            ]),
            form: Opcode::STORE_ATTR_INSTANCE_VALUE,
        },
        Fixed {
            site: at("x"),
            pre: vec![],
            ops: stack(vec![V::Int(9), inst("Plain", vec![])]),
            form: Opcode::STORE_ATTR_INSTANCE_VALUE,
        },
        Fixed {
            site: at("y"),
            pre: vec![],
            ops: stack(vec![
                V::Int(9),
                inst("Plain", vec![set_attr("x", V::Int(1))]),
            ]),
            form: Opcode::STORE_ATTR_INSTANCE_VALUE,
        },
        Fixed {
            site: at("x"),
            pre: vec![],
            ops: stack(vec![
                V::Int(9),
                inst(
                    "Plain",
                    vec![
                        set_attr("y", V::Int(1)),
                        set_attr("x", V::Int(2)),
                        del_attr("y"),
                    ],
                ),
            ]),
            form: Opcode::STORE_ATTR_WITH_HINT,
        },
        Fixed {
            site: at("a"),
            pre: vec![],
            ops: stack(vec![V::Int(9), inst("Slotted", vec![])]),
            form: Opcode::STORE_ATTR_SLOT,
        },
    ];
    Def {
        head: Opcode::STORE_ATTR,
        sites,
        ops,
        hot,
        muts: runs(&["mut_slotted_a", "mut_plain_x", "mut_meth_x", "mut_meth_k"]),
        fixed,
    }
}

/// Receivers for a world global holding a method descriptor: mostly its
/// own type, some subclass instances and other values.
fn receiver_for(descriptor: &str) -> BoxedStrategy<V> {
    match descriptor {
        "list_append" | "list_sort" => prop_oneof![
            3 => prop::collection::vec(int(), 0..3).prop_map(V::List),
            1 => Just(call("ListSub", vec![V::List(ints(&[2, 1]))])),
            1 => scalar(),
        ]
        .boxed(),
        "str_upper" | "str_split" | "str_join" => prop_oneof![
            3 => text(),
            1 => Just(call("StrSub", vec![s("x y")])),
            1 => scalar(),
        ]
        .boxed(),
        "dict_get" => prop_oneof![
            3 => prop::collection::vec((scalar(), scalar()), 0..3).prop_map(V::Dict),
            1 => Just(call("DictMissing", vec![])),
            1 => scalar(),
        ]
        .boxed(),
        _ => prop_oneof![
            2 => int(),
            1 => any::<bool>().prop_map(V::Bool),
            1 => big(),
            1 => Just(call("IntSub", vec![V::Int(3)])),
            1 => float(),
        ]
        .boxed(),
    }
}

fn call_family() -> Def {
    let sites: Vec<String> = vec![
        "def site(f):\n    return f()\n".into(),
        "def site(f, a):\n    return f(a)\n".into(),
        "def site(f, a, b):\n    return f(a, b)\n".into(),
        "def site(f, a, b, c):\n    return f(a, b, c)\n".into(),
    ];
    let callables = vec![
        V::G("f0"),
        V::G("f1"),
        V::G("f2"),
        V::G("f3"),
        V::G("fvar"),
        V::G("fkw"),
        V::G("fraise"),
        V::G("fgen"),
        V::G("clo"),
        V::G("fcell"),
        V::G("selfref"),
        V::G("top"),
        V::G("InitDefault"),
        V::G("InitCell"),
        bound(call("Meth", vec![]), "m"),
        bound(call("Meth", vec![]), "m0"),
        bound(call("Meth", vec![]), "m1"),
        bound(call("Meth", vec![]), "mgen"),
        bound(call("Meth", vec![]), "sm"),
        bound(call("Meth", vec![]), "cm"),
        bound(s("a b"), "upper"),
        bound(V::List(vec![]), "append"),
        V::Attr(Box::new(V::G("Meth")), "m"),
        V::G("Init"),
        V::G("Init0"),
        V::G("Init1"),
        V::G("InitBad"),
        V::G("InitRaise"),
        V::G("InitVar"),
        V::G("InitSlots"),
        V::G("InitChild"),
        V::G("NewCls"),
        V::G("WithMeta"),
        V::G("Plain"),
        V::G("MyErr"),
        V::G("IntSub"),
        V::G("int"),
        V::G("str"),
        V::G("tuple"),
        V::G("type"),
        V::G("list"),
        V::G("dict"),
        V::G("range"),
        V::G("bool"),
        V::G("float"),
        V::G("len"),
        V::G("isinstance"),
        V::G("max"),
        V::G("min"),
        V::G("abs"),
        V::G("repr"),
        V::G("sorted"),
        V::G("iter"),
        V::G("sum"),
        V::G("hasattr"),
        V::G("getattr"),
        V::G("print"),
        V::G("globals"),
        V::G("list_append"),
        V::G("str_upper"),
        V::G("str_split"),
        V::G("str_join"),
        V::G("dict_get"),
        V::G("list_sort"),
        V::G("int_bit_length"),
        call("Callable", vec![]),
        V::Int(5),
        V::None,
    ];
    let receivers = vec![
        V::List(ints(&[3, 1, 2])),
        s("a b"),
        s(","),
        V::Dict(vec![(s("k"), V::Int(1))]),
        V::Int(5),
        V::Bool(true),
        call("Meth", vec![]),
        call("ListSub", vec![V::List(ints(&[1]))]),
        call("StrSub", vec![s("x y")]),
    ];
    let arg = || {
        prop_oneof![
            4 => scalar(),
            1 => container(),
            1 => pick(vec![
                V::G("int"),
                V::G("str"),
                V::G("Plain"),
                V::Tuple(vec![V::G("int"), V::G("str")]),
                V::List(vec![s("a"), s("b")]),
                s("big"),
                s(" "),
                V::Int(2),
                call("Num", vec![V::Int(1)]),
                inst("Plain", vec![]),
                call("fgen", vec![V::Int(2)]),
            ]),
        ]
        .boxed()
    };
    let ops = Rc::new(move |site: usize| {
        let callable = pick(callables.clone());
        let self_slot = prop_oneof![
            6 => Just(V::Null),
            2 => pick(receivers.clone()),
        ];
        (
            callable,
            self_slot,
            prop::collection::vec(arg(), site..=site),
        )
            .prop_map(|(c, s, args)| {
                let mut v = vec![c, s];
                v.extend(args);
                stack(v)
            })
            .boxed()
    });
    // Coherent calls: callables that take the site's argument count, each
    // with the self slot its forms expect.
    let hot = Rc::new(move |site: usize| {
        let g = |names: &[&'static str]| names.iter().map(|n| V::G(n)).collect::<Vec<V>>();
        let meth = || call("Meth", vec![]);
        let plain: Vec<V> = match site {
            0 => {
                let mut v = g(&[
                    "f0", "Init0", "Plain", "list", "int", "str", "MyErr", "print", "globals",
                ]);
                v.extend([
                    bound(meth(), "m0"),
                    bound(meth(), "m"),
                    bound(meth(), "cm"),
                    call("Callable", vec![]),
                ]);
                v
            }
            1 => {
                let mut v = g(&[
                    "f1",
                    "f2",
                    "clo",
                    "selfref",
                    "fraise",
                    "fgen",
                    "fvar",
                    "fkw",
                    "len",
                    "abs",
                    "repr",
                    "type",
                    "str",
                    "tuple",
                    "list",
                    "int",
                    "range",
                    "Init1",
                    "InitChild",
                    "InitBad",
                    "InitRaise",
                    "InitSlots",
                    "InitVar",
                    "InitDefault",
                    "InitCell",
                    "fcell",
                    "WithMeta",
                    "NewCls",
                    "IntSub",
                    "sorted",
                    "iter",
                    "sum",
                    "print",
                ]);
                v.extend([
                    bound(meth(), "m"),
                    bound(meth(), "m1"),
                    bound(meth(), "mgen"),
                    bound(call("MethChild", vec![]), "m1"),
                    bound(V::G("Meth"), "sm"),
                ]);
                v
            }
            2 => g(&[
                "f2",
                "fvar",
                "isinstance",
                "max",
                "min",
                "hasattr",
                "getattr",
                "Init",
                "InitVar",
                "InitDefault",
                "range",
                "print",
            ]),
            _ => g(&[
                "f3", "fvar", "max", "min", "getattr", "range", "InitVar", "print",
            ]),
        };
        let descriptors: Vec<&'static str> = match site {
            0 => vec!["str_upper", "int_bit_length", "list_sort"],
            1 => vec!["list_append", "str_join", "dict_get", "str_split"],
            2 => vec!["dict_get", "str_split"],
            _ => vec!["dict_get"],
        };
        // Functions called as methods: LOAD_ATTR left (function, self).
        let methods: Vec<V> = match site {
            0 => vec![
                V::Attr(Box::new(V::G("Meth")), "m0"),
                V::Attr(Box::new(V::G("Meth")), "m"),
                V::G("f1"),
            ],
            1 => vec![
                V::Attr(Box::new(V::G("Meth")), "m1"),
                V::Attr(Box::new(V::G("Meth")), "m"),
                V::G("f2"),
            ],
            2 => vec![V::G("f3"), V::G("fvar")],
            _ => vec![V::G("fvar")],
        };
        let head = prop_oneof![
            4 => pick(plain).prop_map(|c| (c, V::Null)),
            3 => prop::sample::select(descriptors).prop_flat_map(|d| (Just(V::G(d)), receiver_for(d))),
            1 => (
                pick(methods),
                pick(vec![meth(), inst("MethChild", vec![]), V::Int(1)]),
            ),
        ];
        (head, prop::collection::vec(arg(), site..=site))
            .prop_map(|((c, s), args)| {
                let mut v = vec![c, s];
                v.extend(args);
                stack(v)
            })
            .boxed()
    });
    let c = |callable: V, self_slot: V, args: Vec<V>| {
        let mut v = vec![callable, self_slot];
        v.extend(args);
        stack(v)
    };
    let fixed = vec![
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("f1"), V::Null, vec![V::Int(1)]),
            form: Opcode::CALL_PY_EXACT_ARGS,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("f2"), call("Meth", vec![]), vec![V::Int(1)]),
            form: Opcode::CALL_PY_EXACT_ARGS,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("f2"), V::Null, vec![V::Int(1)]),
            form: Opcode::CALL_PY_GENERAL,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: c(bound(call("Meth", vec![]), "m0"), V::Null, vec![]),
            form: Opcode::CALL_BOUND_METHOD_EXACT_ARGS,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: c(bound(call("Meth", vec![]), "m"), V::Null, vec![]),
            form: Opcode::CALL_BOUND_METHOD_GENERAL,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(call("Callable", vec![]), V::Null, vec![V::Int(1)]),
            form: Opcode::CALL_NON_PY_GENERAL,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("int"), V::Null, vec![s("12")]),
            form: Opcode::CALL_BUILTIN_CLASS,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("abs"), V::Null, vec![V::Int(-3)]),
            form: Opcode::CALL_BUILTIN_O,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: c(V::G("hasattr"), V::Null, vec![s("abc"), s("upper")]),
            form: Opcode::CALL_BUILTIN_FAST,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: c(V::G("max"), V::Null, vec![V::Int(1), V::Int(2)]),
            form: Opcode::CALL_BUILTIN_FAST_WITH_KEYWORDS,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("type"), V::Null, vec![V::Int(1)]),
            form: Opcode::CALL_TYPE_1,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("str"), V::Null, vec![V::Int(1)]),
            form: Opcode::CALL_STR_1,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("tuple"), V::Null, vec![V::List(ints(&[1]))]),
            form: Opcode::CALL_TUPLE_1,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("len"), V::Null, vec![s("abc")]),
            form: Opcode::CALL_LEN,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: c(V::G("isinstance"), V::Null, vec![V::Int(1), V::G("int")]),
            form: Opcode::CALL_ISINSTANCE,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("list_append"), V::List(vec![]), vec![V::Int(1)]),
            form: Opcode::CALL_LIST_APPEND,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(
                V::G("str_join"),
                s(","),
                vec![V::List(vec![s("a"), s("b")])],
            ),
            form: Opcode::CALL_METHOD_DESCRIPTOR_O,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: c(V::G("str_upper"), s("abc"), vec![]),
            form: Opcode::CALL_METHOD_DESCRIPTOR_NOARGS,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: c(V::G("dict_get"), V::Dict(vec![]), vec![s("k"), V::Int(0)]),
            form: Opcode::CALL_METHOD_DESCRIPTOR_FAST,
        },
        Fixed {
            site: 2,
            pre: vec![],
            ops: c(V::G("str_split"), s("a b c"), vec![s(" "), V::Int(1)]),
            form: Opcode::CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS,
        },
        Fixed {
            site: 1,
            pre: vec![],
            ops: c(V::G("Init1"), V::Null, vec![V::Int(1)]),
            form: Opcode::CALL_ALLOC_AND_ENTER_INIT,
        },
    ];
    Def {
        head: Opcode::CALL,
        sites,
        ops,
        hot,
        muts: runs(&[
            "mut_f1_code",
            "mut_f1_code_var",
            "mut_f2_defaults",
            "mut_meth_m",
            "mut_meth_m_code",
            "mut_meth_m0_code",
            "mut_init_init",
            "mut_init_code",
        ]),
        fixed,
    }
}

fn iterators() -> BoxedStrategy<V> {
    let k = || 0i64..4;
    prop_oneof![
        3 => (prop::collection::vec(scalar(), 0..4), k()).prop_map(|(xs, k)| iter_of(V::List(xs), k)),
        1 => (prop::collection::vec(scalar(), 0..4), k())
            .prop_map(|(xs, k)| call("it_shrink", vec![V::List(xs), V::Int(k)])),
        1 => (prop::collection::vec(scalar(), 0..4), k())
            .prop_map(|(xs, k)| call("it_grow", vec![V::List(xs), V::Int(k)])),
        2 => (prop::collection::vec(scalar(), 0..4), k()).prop_map(|(xs, k)| iter_of(V::Tuple(xs), k)),
        2 => (
            prop::sample::select(vec![
                (0, 3, 1),
                (5, -5, -3),
                (i64::MAX - 2, i64::MAX, 1),
                (i64::MIN + 2, i64::MIN, -1),
                (i64::MIN, i64::MAX, i64::MAX),
                (0, 0, 1),
            ]),
            k(),
        )
            .prop_map(|((a, b, c), k)| iter_of(V::Range(a, b, c), k)),
        1 => k().prop_map(|k| iter_of(call("range", vec![V::Big(i64::MAX as i128 - 1), V::Big(i64::MAX as i128 + 2)]), k)),
        2 => (0i64..3, k()).prop_map(|(n, k)| call("adv", vec![call("fgen", vec![V::Int(n)]), V::Int(k)])),
        1 => k().prop_map(|k| call("adv", vec![call("outer_gen", vec![]), V::Int(k)])),
        1 => k().prop_map(|k| call("adv", vec![call("fgen_raise", vec![]), V::Int(k)])),
        1 => k().prop_map(|k| call("adv", vec![call("echo", vec![]), V::Int(k)])),
        1 => pick(vec![
            call("gen_done", vec![]),
            iter_of(s("aé"), 1),
            iter_of(V::Dict(vec![(V::Int(1), V::Int(2))]), 0),
            iter_of(V::Set(ints(&[1, 2])), 0),
            call("reversed", vec![V::List(ints(&[1, 2]))]),
            call("enumerate", vec![V::List(ints(&[1]))]),
            call("UserIter", vec![V::Int(2)]),
            call("UserIter", vec![V::Int(0)]),
            V::List(ints(&[1])),
            V::Int(3),
        ]),
    ]
    .boxed()
}

fn for_iter() -> Def {
    let sites: Vec<String> = vec!["def site(x):\n    for i in x:\n        pass\n".into()];
    let ops = Rc::new(|_site: usize| iterators().prop_map(|v| stack(vec![v])).boxed());
    let one = |v: V| stack(vec![v]);
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: one(iter_of(V::List(ints(&[1, 2])), 0)),
            form: Opcode::FOR_ITER_LIST,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: one(iter_of(V::List(ints(&[1, 2])), 2)),
            form: Opcode::FOR_ITER_LIST,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: one(iter_of(V::Tuple(ints(&[1])), 0)),
            form: Opcode::FOR_ITER_TUPLE,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: one(iter_of(V::Range(0, 3, 1), 1)),
            form: Opcode::FOR_ITER_RANGE,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: one(call("fgen", vec![V::Int(2)])),
            form: Opcode::FOR_ITER_GEN,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: one(call("gen_done", vec![])),
            form: Opcode::FOR_ITER_GEN,
        },
    ];
    Def {
        head: Opcode::FOR_ITER,
        sites,
        hot: ops.clone(),
        ops,
        muts: no_muts(),
        fixed,
    }
}

fn send() -> Def {
    let sites: Vec<String> = vec!["def site(x):\n    yield from x\n".into()];
    let ops = Rc::new(|_site: usize| {
        let receiver = prop_oneof![
            3 => (prop::sample::select(vec!["fgen", "outer_gen", "echo", "fgen_raise", "inner_gen"]), 0i64..4)
                .prop_map(|(g, k)| {
                    let args = if g == "fgen" { vec![V::Int(2)] } else { vec![] };
                    call("adv", vec![call(g, args), V::Int(k)])
                }),
            1 => iterators(),
            1 => pick(vec![call("UserIter", vec![V::Int(2)]), call("gen_done", vec![]), V::Int(1)]),
        ];
        let value = prop_oneof![
            3 => Just(V::None),
            1 => scalar(),
            1 => Just(s("stop")),
        ];
        (receiver, value)
            .prop_map(|(r, v)| stack(vec![r, v]))
            .boxed()
    });
    let fixed = vec![
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![call("fgen", vec![V::Int(2)]), V::None]),
            form: Opcode::SEND_GEN,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![
                call("adv", vec![call("echo", vec![]), V::Int(1)]),
                V::Int(5),
            ]),
            form: Opcode::SEND_GEN,
        },
        Fixed {
            site: 0,
            pre: vec![],
            ops: stack(vec![
                call("adv", vec![call("fgen", vec![V::Int(1)]), V::Int(1)]),
                V::None,
            ]),
            form: Opcode::SEND_GEN,
        },
    ];
    Def {
        head: Opcode::SEND,
        sites,
        hot: ops.clone(),
        ops,
        muts: no_muts(),
        fixed,
    }
}

fn load_super_attr() -> Def {
    let names = [
        "m",
        "k",
        "p",
        "cm",
        "sm",
        "__init__",
        "nosuch",
        "v",
        "__class__",
        "upper",
    ];
    let mut sites: Vec<String> = names
        .iter()
        .map(|n| format!("def site(c, o):\n    return super(c, o).{n}\n"))
        .collect();
    sites.extend(
        names
            .iter()
            .map(|n| format!("def site(c, o):\n    return super(c, o).{n}()\n")),
    );
    let classes = || {
        pick(vec![
            V::G("Base"),
            V::G("Derived"),
            V::G("Derived2"),
            V::G("DerivedSlots"),
            V::G("Meth"),
            V::G("MethChild"),
            V::G("StrSub"),
            V::G("object"),
        ])
    };
    let selves = || {
        pick(vec![
            call("Base", vec![]),
            call("Derived", vec![]),
            call("Derived2", vec![]),
            inst("Derived", vec![set_attr("m", s("shadow"))]),
            inst("DerivedSlots", vec![]),
            call("MethChild", vec![]),
            call("StrSub", vec![s("ab")]),
            V::G("Derived"),
            V::G("Derived2"),
            V::G("MethChild"),
        ])
    };
    let ops = Rc::new(move |_site: usize| {
        let sup = prop_oneof![
            4 => Just(V::G("super")),
            1 => pick(vec![V::G("top"), V::G("Plain"), V::Int(1)]),
        ];
        let class = prop_oneof![3 => classes(), 1 => any_value()];
        let obj = prop_oneof![3 => selves(), 1 => any_value()];
        (sup, class, obj)
            .prop_map(|(a, b, c)| stack(vec![a, b, c]))
            .boxed()
    });
    let hot = Rc::new(move |_site: usize| {
        (classes(), selves())
            .prop_map(|(b, c)| stack(vec![V::G("super"), b, c]))
            .boxed()
    });
    let attr = |n: &str| site_index(&sites, &format!(").{n}\n"));
    let method = |n: &str| site_index(&sites, &format!(").{n}()\n"));
    let fixed = vec![
        Fixed {
            site: attr("k"),
            pre: vec![],
            ops: stack(vec![
                V::G("super"),
                V::G("Derived"),
                call("Derived2", vec![]),
            ]),
            form: Opcode::LOAD_SUPER_ATTR_ATTR,
        },
        Fixed {
            site: method("m"),
            pre: vec![],
            ops: stack(vec![
                V::G("super"),
                V::G("Derived"),
                call("Derived", vec![]),
            ]),
            form: Opcode::LOAD_SUPER_ATTR_METHOD,
        },
        Fixed {
            site: method("cm"),
            pre: vec![],
            ops: stack(vec![V::G("super"), V::G("Derived"), V::G("Derived2")]),
            form: Opcode::LOAD_SUPER_ATTR_METHOD,
        },
    ];
    Def {
        head: Opcode::LOAD_SUPER_ATTR,
        sites,
        ops,
        hot,
        muts: no_muts(),
        fixed,
    }
}

/// Every family with a refinement property.
pub fn all() -> Vec<Def> {
    vec![
        binary_op(),
        compare_op(),
        contains_op(),
        to_bool(),
        binary_subscr(),
        store_subscr(),
        unpack_sequence(),
        load_global(),
        load_attr(),
        load_super_attr(),
        store_attr(),
        call_family(),
        for_iter(),
        send(),
    ]
}
