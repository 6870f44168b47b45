//! Scenario templates that stress a specializing interpreter: a site is
//! warmed with one shape of operands (tens of iterations), then the shape,
//! the class, the globals or the builtins change underneath it
//! (SPECIALIZATION.md section 6). Each scenario is self-contained at module
//! level, uses fresh names, catches what it provokes and prints a summary.

use arbitrary::Result;

use crate::form_scenarios as fs;
use crate::gen::Gen;
use crate::ty::Ty;

type Scenario = fn(&mut Gen) -> Result<()>;

/// Picks one scenario allowed by the configuration and emits it.
pub(crate) fn scenario(g: &mut Gen) -> Result<()> {
    let c = g.cfg.clone();
    let table: &[(bool, Scenario)] = &[
        (true, hot_type_change),
        (true, megamorphic_args),
        (c.classes, method_replace),
        (c.classes, class_assign),
        (c.functions, builtin_rebind),
        (c.functions, global_rebind),
        (c.classes, polymorphic_call),
        (c.classes, builtin_subclass),
        (c.classes, stateful_dunder),
        (c.classes && c.descriptors, slots_scenario),
        (c.classes && c.descriptors, descriptor),
        (c.functions, defaults_replace),
        (c.classes && c.functions, init_code_replace),
        (c.classes, vars_dict),
        (c.generators, generator_send),
        (c.classes, getitem_replace),
        (c.classes, getattr_added),
        (c.classes && c.inheritance, base_method_replace),
        (c.exceptions && c.functions, exc_in_hot_loop),
        (c.closures, late_binding_closure),
        (c.containers && c.exceptions, unpack_change),
        (c.bigints, int_boundary),
        (c.floats, float_special),
        (c.containers, dict_keys_change),
        (c.strings && c.functions, str_build),
        (c.functions, recursive_fn),
        (c.match_stmt, match_poly),
        (c.with_stmt && c.exceptions, with_scenario),
        (true, hot_random_body),
        (true, fs::none_truth),
        (c.functions, fs::module_attr),
        (c.classes, fs::getattribute_override),
        (c.classes, fs::store_attr_hint),
        (c.classes && c.functions, fs::bound_method_general),
        (c.generators, fs::gen_iter),
        (c.classes && c.inheritance, fs::super_attr),
        (true, fs::method_descr_kw),
    ];
    let enabled: Vec<Scenario> = table
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, f)| *f)
        .collect();
    let f = g.pick(&enabled)?;
    f(g)
}

/// Emits `text` (indented with 4 spaces per level, relative to the current
/// indentation), skipping blank lines.
pub(crate) fn emit(g: &mut Gen, text: &str) {
    for l in text.lines() {
        if l.trim().is_empty() {
            continue;
        }
        g.line(l);
    }
}

/// `k` distinct sorted iteration numbers in `1..n`.
pub(crate) fn events(g: &mut Gen, n: u32, k: usize) -> Result<Vec<u32>> {
    let mut v: Vec<u32> = Vec::new();
    for _ in 0..k {
        let x = g.range(1, n.max(2) - 1)?;
        if !v.contains(&x) {
            v.push(x);
        }
    }
    v.sort_unstable();
    Ok(v)
}

pub(crate) fn hot(g: &mut Gen) -> Result<u32> {
    let h = g.cfg.hot_iters;
    g.range(h / 2 + 5, h + 5)
}

/// Operand shapes for a binary site: (name, template over the loop
/// variable `I`). Each `compat` list says which right operand shapes go
/// with which left ones for an operator.
fn operand(kind: &str, i: &str, s: &str) -> String {
    let t = match kind {
        "int" => "(@ * 7 - 20)".to_string(),
        "pos" => "(@ % 5 + 1)".to_string(),
        "float" => "(@ * 0.25 - 3.5)".to_string(),
        "fpos" => "(@ * 0.5 + 0.75)".to_string(),
        "str" => "str(@)".to_string(),
        "list" => "[@, @ + 1]".to_string(),
        "tuple" => "(@, 'x')".to_string(),
        "bool" => "(@ % 3 == 0)".to_string(),
        "big" => "(@ + (1 << 70))".to_string(),
        "negbig" => "(-(1 << 65) - @)".to_string(),
        "myint" => format!("{s}MyInt(@)"),
        "mystr" => format!("{s}MyStr(str(@))"),
        "nan" => "float('nan')".to_string(),
        "set" => "{@ % 4, 1}".to_string(),
        "small" => "(@ % 3)".to_string(),
        "fmt" => "'<%d>'".to_string(),
        _ => unreachable!("operand kind {kind}"),
    };
    t.replace('@', i)
}

/// Operators with the operand pairs they accept without raising.
const BINOPS: &[(&str, &[(&str, &str)])] = &[
    (
        "+",
        &[
            ("int", "int"),
            ("float", "float"),
            ("int", "float"),
            ("str", "str"),
            ("list", "list"),
            ("tuple", "tuple"),
            ("bool", "int"),
            ("big", "int"),
            ("myint", "int"),
            ("int", "myint"),
            ("mystr", "str"),
        ],
    ),
    (
        "*",
        &[
            ("int", "int"),
            ("float", "float"),
            ("str", "small"),
            ("list", "small"),
            ("big", "negbig"),
            ("bool", "bool"),
            ("float", "int"),
        ],
    ),
    (
        "-",
        &[
            ("int", "int"),
            ("float", "float"),
            ("set", "set"),
            ("big", "int"),
            ("int", "float"),
            ("myint", "int"),
        ],
    ),
    (
        "<",
        &[
            ("int", "int"),
            ("float", "float"),
            ("str", "str"),
            ("tuple", "tuple"),
            ("list", "list"),
            ("big", "int"),
            ("nan", "float"),
            ("int", "float"),
            ("myint", "int"),
        ],
    ),
    (
        "==",
        &[
            ("int", "int"),
            ("float", "int"),
            ("str", "str"),
            ("nan", "nan"),
            ("tuple", "list"),
            ("big", "big"),
            ("mystr", "str"),
        ],
    ),
    (
        "%",
        &[
            ("int", "pos"),
            ("float", "fpos"),
            ("fmt", "int"),
            ("big", "pos"),
            ("negbig", "pos"),
        ],
    ),
    (
        "//",
        &[
            ("int", "pos"),
            ("float", "fpos"),
            ("negbig", "pos"),
            ("myint", "pos"),
        ],
    ),
    (
        "&",
        &[
            ("int", "int"),
            ("bool", "bool"),
            ("set", "set"),
            ("big", "int"),
        ],
    ),
];

fn my_classes(s: &str) -> String {
    format!(
        "class {s}MyInt(int):\n    pass\nclass {s}MyStr(str):\n    def shout(self):\n        return self.upper() + '!'\n"
    )
}

fn note_kinds(g: &mut Gen, kinds: &[&str]) {
    for k in kinds {
        match *k {
            "float" | "fpos" | "nan" => g.feat("float"),
            "big" | "negbig" => g.feat("bigint"),
            "str" | "mystr" | "fmt" => g.feat("str"),
            "myint" => g.feat("builtin_subclass"),
            _ => {}
        }
    }
}

/// A binary site inside a function (or inline) warmed with one operand
/// shape, then fed others, phase by phase.
fn hot_type_change(g: &mut Gen) -> Result<()> {
    g.feat("hot_type_change");
    let s = g.fresh("s");
    let (op, pairs) = g.pick(BINOPS)?;
    let nphase = g.range(2, 4)?;
    let mut phases = Vec::new();
    for _ in 0..nphase {
        phases.push(g.pick(pairs)?);
    }
    // Keep kinds the configuration allows.
    phases.retain(|(a, b)| allowed(g, a) && allowed(g, b));
    if phases.len() < 2 {
        phases = vec![pairs[0], pairs[0]];
    }
    for (a, b) in &phases {
        note_kinds(g, &[a, b]);
    }
    let inline = !g.cfg.functions || g.chance(1, 3)?;
    emit(g, &my_classes(&s));
    if !inline {
        emit(
            g,
            &format!("def {s}site(a, b):\n    _fuel()\n    return a {op} b"),
        );
    }
    emit(g, &format!("{s}ck = 0"));
    let mut cost = 0u64;
    for (k, (a, b)) in phases.iter().enumerate() {
        let n = hot(g)?;
        let i = format!("{s}i");
        let ea = operand(a, &i, &s);
        let eb = operand(b, &i, &s);
        let call = if inline {
            format!("({ea}) {op} ({eb})")
        } else {
            format!("{s}site({ea}, {eb})")
        };
        let every = g.range(7, 31)?;
        emit(
            g,
            &format!(
                "for {i} in range({n}):\n    _fuel()\n    {s}r = {call}\n    {s}ck = ({s}ck * 31 + len(_r({s}r))) % 1000003\n    if {i} % {every} == 0:\n        print('{s} phase {k}', {i}, _r({s}r))"
            ),
        );
        emit(
            g,
            &format!("print('{s} end {k}', {s}ck, _r({s}r), type({s}r).__name__)"),
        );
        cost += n as u64 * 2;
    }
    g.extra_cost += cost;
    Ok(())
}

fn allowed(g: &Gen, kind: &str) -> bool {
    match kind {
        "float" | "fpos" | "nan" => g.cfg.floats,
        "big" | "negbig" => g.cfg.bigints,
        "str" | "mystr" | "fmt" => g.cfg.strings,
        "list" | "tuple" => g.cfg.containers,
        "set" => g.cfg.sets,
        "myint" => g.cfg.classes,
        _ => true,
    }
}

/// One site fed a different operand shape every iteration (more than 53
/// misses: re-specialization and megamorphic fallbacks), through tuple
/// unpacking.
fn megamorphic_args(g: &mut Gen) -> Result<()> {
    g.feat("megamorphic_args");
    let s = g.fresh("s");
    let (op, pairs) = g.pick(BINOPS)?;
    let usable: Vec<(&str, &str)> = pairs
        .iter()
        .copied()
        .filter(|(a, b)| allowed(g, a) && allowed(g, b))
        .collect();
    let usable = if usable.is_empty() {
        vec![pairs[0]]
    } else {
        usable
    };
    let k = g.range(2, 6)?;
    let mut args = Vec::new();
    for j in 0..k {
        let (a, b) = g.pick(&usable)?;
        note_kinds(g, &[a, b]);
        let lit = (j * 3 + 2).to_string();
        args.push(format!(
            "({}, {})",
            operand(a, &lit, &s),
            operand(b, &lit, &s)
        ));
    }
    let n = hot(g)? * 2;
    emit(g, &my_classes(&s));
    emit(
        g,
        &format!(
            "{s}args = [{}]\n{s}out = []\nfor {s}i in range({n}):\n    _fuel()\n    {s}a, {s}b = {s}args[{s}i % {k}]\n    {s}r = {s}a {op} {s}b\n    if {s}i >= {n} - {k}:\n        {s}out.append(_r({s}r))\nprint('{s}', {s}out)",
            args.join(", ")
        ),
    );
    g.extra_cost += n as u64;
    Ok(())
}

/// Class attributes and methods replaced, deleted and shadowed while a
/// method call site is hot.
fn method_replace(g: &mut Gen) -> Result<()> {
    g.feat("method_replace");
    let s = g.fresh("s");
    let n = hot(g)?;
    emit(
        g,
        &format!(
            "class {s}K:\n    attr = 3\n    def m(self, x):\n        _fuel()\n        return x + self.attr\ndef {s}repl(self, x):\n    _fuel()\n    return x * 2 - self.attr\n{s}o = {s}K()\n{s}acc = 0"
        ),
    );
    let evs = events(g, n, 5)?;
    let actions: &[(&str, &str)] = &[
        ("method_replace", "{s}K.m = {s}repl"),
        ("instance_shadow", "{s}o.attr = 100"),
        ("method_replace", "{s}K.attr = -5"),
        (
            "class_attr_del",
            "try:\n        del {s}K.attr\n    except AttributeError:\n        pass",
        ),
        ("method_replace", "{s}K.m = staticmethod(lambda x: x - 1)"),
        (
            "method_replace",
            "{s}K.m = classmethod(lambda cls, x: x + len(cls.__name__))",
        ),
        ("instance_shadow", "{s}o.m = lambda x: -x"),
        ("class_attr_del", "{s}o.__dict__.pop('attr', None)"),
        ("class_attr_del", "{s}o.__dict__.pop('m', None)"),
        ("method_replace", "{s}K.m = lambda self, x: x // 2"),
        ("method_replace", "{s}K.attr = 4"),
    ];
    emit(g, &format!("for {s}i in range({n}):\n    _fuel()"));
    g.indent();
    for e in evs {
        let (f, a) = g.pick(actions)?;
        g.feat(f);
        let a = a.replace("{s}", &s);
        emit(
            g,
            &format!("if {s}i == {e}:\n    {a}\n    print('{s} event', {e})"),
        );
    }
    emit(
        g,
        &format!(
            "try:\n    {s}acc = ({s}acc + {s}o.m({s}i)) % 1000003\nexcept AttributeError as {s}e:\n    print('{s} attr', {s}i, {s}e.args)\n    {s}K.attr = 1"
        ),
    );
    g.dedent();
    emit(g, &format!("print('{s}', {s}acc)"));
    g.extra_cost += n as u64 * 2;
    Ok(())
}

/// `__class__` assignment between layout-compatible classes in a hot loop,
/// and rejected assignments.
fn class_assign(g: &mut Gen) -> Result<()> {
    g.feat("class_assign");
    let s = g.fresh("s");
    let slots = g.cfg.descriptors && g.u.arbitrary()?;
    let sl = if slots {
        "    __slots__ = ('v',)\n"
    } else {
        ""
    };
    let n = hot(g)?;
    emit(
        g,
        &format!(
            "class {s}A:\n{sl}    def __init__(self, v):\n        self.v = v\n    def val(self):\n        _fuel()\n        return self.v + 1\nclass {s}B:\n{sl}    def val(self):\n        _fuel()\n        return self.v * 2\nclass {s}Bad:\n    __slots__ = ('w', 'z')\n{s}o = {s}A(3)\n{s}objs = [{s}A(1), {s}A(2), {s}o]\n{s}acc = 0"
        ),
    );
    let evs = events(g, n, 4)?;
    emit(g, &format!("for {s}i in range({n}):\n    _fuel()"));
    g.indent();
    for (k, e) in evs.iter().enumerate() {
        let target = if k % 2 == 0 { "B" } else { "A" };
        emit(
            g,
            &format!("if {s}i == {e}:\n    {s}o.__class__ = {s}{target}"),
        );
        if g.u.arbitrary()? {
            emit(g, &format!("    {s}objs[{}].__class__ = {s}B", k % 2));
        }
    }
    emit(
        g,
        &format!("for {s}x in {s}objs:\n    {s}acc = ({s}acc * 3 + {s}x.val()) % 1000003"),
    );
    g.dedent();
    emit(
        g,
        &format!("print('{s}', {s}acc, type({s}o).__name__, [type(x).__name__ for x in {s}objs])"),
    );
    if g.cfg.exceptions || g.u.arbitrary()? {
        g.feat("class_assign_bad");
        emit(
            g,
            &format!(
                "try:\n    {s}o.__class__ = {s}Bad\nexcept TypeError as {s}e:\n    print('{s} bad', {s}e.args)\ntry:\n    (5).__class__ = {s}A\nexcept TypeError as {s}e:\n    print('{s} bad', {s}e.args)"
            ),
        );
    }
    g.extra_cost += n as u64 * 4;
    Ok(())
}

/// A builtin shadowed by a module global after warm-up, then deleted.
fn builtin_rebind(g: &mut Gen) -> Result<()> {
    g.feat("builtin_rebind");
    let s = g.fresh("s");
    let (b, res, repl) = g.pick(&[
        ("len", "len([3, -1, 4])", "lambda x: 42"),
        ("abs", "abs(-17)", "lambda x: x * 2"),
        ("sum", "sum([1, 2, 3])", "lambda x, *a: 7"),
        ("min", "min([5, 2, 9])", "lambda *a: 0"),
        ("max", "max([5, 2, 9])", "lambda *a, **k: -1"),
        ("ord", "ord('A')", "lambda c: 1"),
        ("divmod", "divmod(17, 5)[0]", "lambda a, b: (b, a)"),
        ("int", "int('12')", "lambda x: 99"),
    ])?;
    let n = hot(g)?;
    let res = res.to_string();
    let in_fn = g.u.arbitrary()?;
    let site = if in_fn {
        emit(g, &format!("def {s}use():\n    _fuel()\n    return {res}"));
        format!("{s}use()")
    } else {
        res
    };
    let m = g.range(3, 12)?;
    emit(
        g,
        &format!(
            "{s}acc = 0\nfor {s}i in range({n}):\n    _fuel()\n    {s}acc += {site}\nprint('{s} a', {s}acc)\n{b} = {repl}\nfor {s}i in range({m}):\n    _fuel()\n    {s}acc += {site}\nprint('{s} b', {s}acc)\ndel {b}\nfor {s}i in range({m}):\n    _fuel()\n    {s}acc += {site}\nprint('{s} c', {s}acc)"
        ),
    );
    g.extra_cost += (n + 2 * m) as u64 * 2;
    Ok(())
}

/// A module global read by a hot function changes type, is deleted and
/// restored; a global function is rebound.
fn global_rebind(g: &mut Gen) -> Result<()> {
    g.feat("global_rebind");
    let s = g.fresh("s");
    let n = hot(g)?;
    let vals: Vec<&str> = if g.cfg.floats {
        vec!["2", "2.5", "True", "-(1 << 66)", "7"]
    } else {
        vec!["2", "True", "-(1 << 66)", "7"]
    };
    emit(
        g,
        &format!(
            "{s}G = 1\ndef {s}h(x):\n    _fuel()\n    return x + 1\ndef {s}use(x):\n    _fuel()\n    return {s}G * 2 + {s}h(x)\n{s}out = []"
        ),
    );
    let evs = events(g, n, 4)?;
    emit(g, &format!("for {s}i in range({n}):\n    _fuel()"));
    g.indent();
    for e in evs {
        let act = match g.range(0, 3)? {
            0 => format!("{s}G = {}", g.pick(&vals)?),
            1 => format!("{s}h = lambda x: x * 3"),
            2 => format!("del {s}G"),
            _ => format!("globals()['{s}G'] = 5"),
        };
        emit(g, &format!("if {s}i == {e}:\n    {act}"));
    }
    emit(
        g,
        &format!(
            "try:\n    {s}r = {s}use({s}i)\nexcept NameError as {s}e:\n    print('{s} name', {s}i, {s}e.args)\n    {s}G = 0\n    {s}r = 0\n{s}out.append(_r({s}r))"
        ),
    );
    g.dedent();
    emit(g, &format!("print('{s}', {s}out[-5:], len({s}out))"));
    g.extra_cost += n as u64 * 3;
    Ok(())
}

/// A call site `.area()` and an attribute site `.w` that see 1..8 classes
/// of different shapes: plain, subclass, slotted, class attribute,
/// property.
fn polymorphic_call(g: &mut Gen) -> Result<()> {
    g.feat("polymorphic_call");
    let s = g.fresh("s");
    let k = g.range(1, 8)?;
    let mut made = Vec::new();
    for j in 0..k {
        let shape = g.range(0, 4)?;
        let (body, ctor) = match shape {
            0 => (
                format!("class {s}S{j}:\n    def __init__(self, w):\n        self.w = w\n    def area(self):\n        _fuel()\n        return self.w * {}\n", j + 1),
                format!("{s}S{j}({})", j + 2),
            ),
            1 if j > 0 => {
                g.feat("inheritance");
                (
                    format!("class {s}S{j}({s}S{}):\n    pass\n", j - 1),
                    made.last()
                        .map(|(_, c): &(String, String)| c.clone())
                        .unwrap()
                        .replace(&format!("{s}S{}(", j - 1), &format!("{s}S{j}(")),
                )
            }
            2 => {
                g.feat("slots");
                (
                    format!("class {s}S{j}:\n    __slots__ = ('w',)\n    def __init__(self, w):\n        self.w = w\n    def area(self):\n        _fuel()\n        return self.w - {j}\n"),
                    format!("{s}S{j}({})", j * 3),
                )
            }
            3 => (
                format!("class {s}S{j}:\n    w = {}\n    def area(self):\n        _fuel()\n        return self.w + 0.5\n", j + 4),
                format!("{s}S{j}()"),
            ),
            _ => {
                g.feat("property");
                (
                    format!("class {s}S{j}:\n    def __init__(self):\n        self.h = {j}\n    @property\n    def w(self):\n        return self.h * 2\n    def area(self):\n        _fuel()\n        return self.w * self.w\n"),
                    format!("{s}S{j}()"),
                )
            }
        };
        made.push((body, ctor));
    }
    for (b, _) in &made {
        emit(g, b);
    }
    let ctors: Vec<String> = made.iter().map(|(_, c)| c.clone()).collect();
    let n = hot(g)? * 2;
    emit(
        g,
        &format!(
            "{s}shapes = [{}]\n{s}tot = 0\n{s}ws = 0\nfor {s}i in range({n}):\n    _fuel()\n    {s}x = {s}shapes[{s}i % len({s}shapes)]\n    {s}tot += {s}x.area()\n    {s}ws += {s}x.w\nprint('{s}', repr({s}tot), repr({s}ws))",
            ctors.join(", ")
        ),
    );
    g.extra_cost += n as u64 * 2;
    Ok(())
}

/// Sites specialized for exact builtins fed subclasses of int, str, list
/// and dict (with overridden dunders).
fn builtin_subclass(g: &mut Gen) -> Result<()> {
    g.feat("builtin_subclass");
    let s = g.fresh("s");
    let add = if g.u.arbitrary()? {
        "    def __add__(self, o):\n        return type(self)(int(self) + int(o) + 1)\n"
    } else {
        "    pass\n"
    };
    let gi = if g.u.arbitrary()? {
        "    def __getitem__(self, i):\n        return list.__getitem__(self, i) * 2\n"
    } else {
        "    pass\n"
    };
    emit(
        g,
        &format!(
            "class {s}MyInt(int):\n{add}class {s}MyStr(str):\n    def shout(self):\n        return self.upper() + '!'\nclass {s}MyList(list):\n{gi}class {s}MyDict(dict):\n    def __missing__(self, k):\n        return -1\ndef {s}get(c, k):\n    _fuel()\n    return c[k]\ndef {s}add(a, b):\n    _fuel()\n    return a + b"
        ),
    );
    let n = hot(g)?;
    let phases = [
        ("[1, 2, 3]", "{s}i % 3"),
        ("{s}MyList([4, 5, 6])", "{s}i % 3"),
        ("(7, 8, 9)", "{s}i % 3"),
        ("{'a': 1, 'b': 2}", "'ab'[{s}i % 2]"),
        ("{s}MyDict(a=5)", "'ab'[{s}i % 2]"),
        ("'xyz'", "{s}i % 3"),
        ("{s}MyStr('uvw')", "{s}i % 3"),
    ];
    let np = g.range(2, 4)?;
    for p in 0..np {
        let (c, k) = g.pick(&phases)?;
        let c = c.replace("{s}", &s);
        let k = k.replace("{s}", &s);
        emit(
            g,
            &format!("{s}out = []\nfor {s}i in range({n}):\n    _fuel()\n    {s}out.append({s}get({c}, {k}))\nprint('{s} get{p}', {s}out[-4:], type({s}out[-1]).__name__)"),
        );
    }
    let (a, b) = g.pick(&[
        ("{s}i", "3"),
        ("{s}MyInt({s}i)", "3"),
        ("3", "{s}MyInt({s}i)"),
        ("{s}MyInt({s}i)", "{s}MyInt(2)"),
        ("{s}MyStr(str({s}i))", "'s'"),
        ("'t'", "{s}MyStr(str({s}i))"),
    ])?;
    let (a, b) = (a.replace("{s}", &s), b.replace("{s}", &s));
    emit(
        g,
        &format!("for {s}i in range({n}):\n    _fuel()\n    {s}r = {s}add({s}i, 1)\nfor {s}i in range({n}):\n    _fuel()\n    {s}r = {s}add({a}, {b})\nprint('{s} add', {s}r, type({s}r).__name__)\nprint('{s} misc', len({s}MyList([1, 2])), {s}MyStr('ab').shout(), isinstance({s}MyInt(1), int), {s}MyInt(5) * 2, {s}MyDict(q=1)['zz'])"),
    );
    g.extra_cost += n as u64 * (np as u64 + 2) * 2;
    Ok(())
}

/// An object whose `__len__`/`__bool__`/`__eq__`/`__hash__`/`__index__`
/// answers change every call.
fn stateful_dunder(g: &mut Gen) -> Result<()> {
    g.feat("stateful_dunder");
    let s = g.fresh("s");
    let has_len = g.u.arbitrary()?;
    let has_bool = g.u.arbitrary()?;
    let has_eq = g.u.arbitrary()?;
    let has_hash = has_eq || g.u.arbitrary()?;
    let has_index = g.u.arbitrary()?;
    let mut body = format!("class {s}St:\n    def __init__(self):\n        self.n = 0\n");
    let m1 = g.range(2, 5)?;
    if has_len {
        body.push_str(&format!(
            "    def __len__(self):\n        self.n += 1\n        return self.n % {m1}\n"
        ));
    }
    if has_bool {
        body.push_str(
            "    def __bool__(self):\n        self.n += 1\n        return self.n % 3 != 0\n",
        );
    }
    if has_eq {
        body.push_str(
            "    def __eq__(self, o):\n        self.n += 1\n        return self.n % 2 == 0\n",
        );
    }
    if has_hash {
        body.push_str("    def __hash__(self):\n        self.n += 1\n        return self.n % 5\n");
    }
    if has_index {
        body.push_str("    def __index__(self):\n        self.n += 1\n        return self.n % 3\n");
    }
    emit(g, &body);
    let n = hot(g)?;
    emit(
        g,
        &format!("{s}o = {s}St()\n{s}acc = 0\nfor {s}i in range({n}):\n    _fuel()\n    if {s}o:\n        {s}acc += 1"),
    );
    g.indent();
    if has_len {
        emit(g, &format!("{s}acc += len({s}o)"));
    }
    if has_eq || g.u.arbitrary()? {
        emit(
            g,
            &format!("if {s}o == {s}i:\n    {s}acc += 10\n{s}acc += [1, {s}o, 3].count({s}o) + ({s}i in [{s}o, -1])"),
        );
    }
    if has_hash {
        emit(g, &format!("{s}acc += hash({s}o)"));
    }
    if has_index {
        emit(
            g,
            &format!("{s}acc += [10, 20, 30][{s}o] + len('abcdef'[{s}o:])"),
        );
    }
    emit(
        g,
        &format!("{s}k = 0\nwhile {s}o and {s}k < 4:\n    _fuel()\n    {s}k += 1\n{s}acc += {s}k\n{s}acc += 1 if not {s}o else 2"),
    );
    g.dedent();
    emit(g, &format!("print('{s}', {s}acc, {s}o.n)"));
    g.extra_cost += n as u64 * 6;
    Ok(())
}

/// Slot attribute loads and stores in a hot loop, slots deleted and
/// refilled, a borrowed slot descriptor (gh-99257).
fn slots_scenario(g: &mut Gen) -> Result<()> {
    g.feat("slots_scenario");
    g.feat("slots");
    let s = g.fresh("s");
    let n = hot(g)?;
    let (k1, k2) = (g.range(1, n / 2)?, g.range(n / 2, n - 1)?);
    emit(
        g,
        &format!(
            "class {s}P:\n    __slots__ = ('x', 'y')\n    def __init__(self, x):\n        self.x = x\nclass {s}Sub({s}P):\n    pass\nclass {s}Q:\n    __slots__ = ('x',)\n    borrowed = {s}P.x\n{s}p = {s}P(1)\n{s}objs = [{s}p, {s}Sub(2)]\n{s}acc = 0\n{s}miss = 0\nfor {s}i in range({n}):\n    _fuel()\n    for {s}o in {s}objs:\n        {s}o.x = ({s}o.x + {s}i) % 1009\n        try:\n            {s}acc += {s}o.y\n        except AttributeError:\n            {s}miss += 1\n    if {s}i == {k1}:\n        {s}p.y = 5\n        {s}objs[1].z = 9\n    if {s}i == {k2}:\n        del {s}p.y\nprint('{s}', {s}acc, {s}miss, {s}p.x, {s}objs[1].x, vars({s}objs[1]))\ntry:\n    {s}p.z = 1\nexcept AttributeError as {s}e:\n    print('{s} z', {s}e.args)"
        ),
    );
    if g.u.arbitrary()? {
        g.feat("borrowed_slot");
        emit(
            g,
            &format!(
                "{s}q = {s}Q()\n{s}bad = 0\nfor {s}i in range({n}):\n    _fuel()\n    try:\n        {s}acc += {s}q.borrowed\n    except TypeError as {s}e:\n        {s}bad += 1\n        {s}last = {s}e.args\n    try:\n        {s}q.borrowed = {s}i\n    except TypeError as {s}e:\n        {s}bad += 1\nprint('{s} borrowed', {s}bad, {s}last)"
            ),
        );
    }
    g.extra_cost += n as u64 * 3;
    Ok(())
}

/// Properties, data and non-data descriptors, static and class methods,
/// replaced on the class while hot.
fn descriptor(g: &mut Gen) -> Result<()> {
    g.feat("descriptor");
    g.feat("property");
    let s = g.fresh("s");
    let data = g.u.arbitrary()?;
    let set = if data {
        "    def __set__(self, obj, v):\n        obj.base = v // self.k\n"
    } else {
        ""
    };
    emit(
        g,
        &format!(
            "class {s}D:\n    def __init__(self, k):\n        self.k = k\n    def __get__(self, obj, typ=None):\n        if obj is None:\n            return -1\n        return obj.base * self.k\n{set}class {s}H:\n    d = {s}D(3)\n    def __init__(self):\n        self.base = 2\n    @property\n    def p(self):\n        _fuel()\n        return self.base + 1\n    @p.setter\n    def p(self, v):\n        self.base = v % 97\n    @staticmethod\n    def st(x):\n        return x + 1\n    @classmethod\n    def cm(cls, x):\n        return len(cls.__name__) + x\n{s}h = {s}H()\n{s}acc = 0"
        ),
    );
    let n = hot(g)?;
    let evs = events(g, n, 4)?;
    emit(g, &format!("for {s}i in range({n}):\n    _fuel()\n    {s}acc = ({s}acc + {s}h.p + {s}h.d + {s}h.st({s}i) + {s}h.cm({s}i) + {s}H.d) % 1000003"));
    g.indent();
    for e in evs {
        let (f, a) = g.pick(&[
            ("property_setter", "try:\n        {s}h.p = {s}i\n    except AttributeError as {s}e:\n        print('{s} set', {s}e.args)"),
            ("property_replace", "{s}H.p = property(lambda self: 1000)"),
            ("property_replace", "{s}H.d = 5"),
            ("descriptor", "{s}h.__dict__['d'] = 7"),
            ("descriptor", "{s}h.d = 12"),
            ("property_replace", "{s}H.st = staticmethod(lambda x: x * 5)"),
            ("property_replace", "del {s}H.cm\n    {s}H.cm = classmethod(lambda c, x: 0)"),
        ])?;
        g.feat(f);
        let a = a.replace("{s}", &s);
        emit(g, &format!("if {s}i == {e}:\n    {a}"));
    }
    g.dedent();
    emit(
        g,
        &format!("print('{s}', {s}acc, {s}h.base, sorted({s}h.__dict__))"),
    );
    g.extra_cost += n as u64 * 2;
    Ok(())
}

/// `__defaults__` and `__code__` of a hot function replaced
/// (gh-105840, gh-117050).
fn defaults_replace(g: &mut Gen) -> Result<()> {
    g.feat("defaults_replace");
    let s = g.fresh("s");
    let n = hot(g)?;
    emit(
        g,
        &format!(
            "def {s}fa(a, b=4):\n    _fuel()\n    return a * 3 + b\ndef {s}fb(x, y=6):\n    _fuel()\n    return x - y * 2\ndef {s}z():\n    _fuel()\n    return 5\ndef {s}make():\n    def inner(a, b=1):\n        _fuel()\n        return a * 10 + b\n    return inner\n{s}f1 = {s}make()\n{s}f2 = {s}make()\n{s}fs = [{s}f1, {s}f2]\n{s}acc = 0"
        ),
    );
    let evs = events(g, n, 4)?;
    emit(g, &format!("for {s}i in range({n}):\n    _fuel()"));
    g.indent();
    for e in evs {
        let (f, a) = g.pick(&[
            ("defaults_replace", "{s}fa.__defaults__ = (9,)"),
            ("code_replace", "{s}fa.__code__ = {s}fb.__code__"),
            ("defaults_replace", "{s}fa.__defaults__ = None"),
            ("defaults_replace", "{s}fa.__defaults__ = (1, 2)"),
            ("defaults_replace", "{s}z.__defaults__ = (None,)"),
            ("defaults_replace", "{s}f2.__defaults__ = (7, 8)"),
            ("code_replace", "{s}f1.__code__ = {s}fb.__code__"),
        ])?;
        g.feat(f);
        let a = a.replace("{s}", &s);
        emit(g, &format!("if {s}i == {e}:\n    {a}"));
    }
    emit(
        g,
        &format!("try:\n    {s}acc = ({s}acc + {s}fa({s}i) + {s}z() + {s}fs[{s}i % 2]({s}i)) % 1000003\nexcept TypeError as {s}e:\n    print('{s} type', {s}i, {s}e.args)\n    {s}fa.__defaults__ = (0,)"),
    );
    g.dedent();
    emit(
        g,
        &format!("print('{s}', {s}acc, {s}fa.__defaults__, {s}f2.__defaults__, {s}fa(1, 1))"),
    );
    g.extra_cost += n as u64 * 5;
    Ok(())
}

/// `__init__` and `__init__.__code__` replaced while object creation is
/// hot (gh-122712).
fn init_code_replace(g: &mut Gen) -> Result<()> {
    g.feat("init_code_replace");
    let s = g.fresh("s");
    let n = hot(g)?;
    let k = g.range(1, n - 1)?;
    let act = g.pick(&[
        "{s}C.__init__.__code__ = {s}i2.__code__",
        "{s}C.__init__ = {s}i2",
        "{s}C.__init__ = lambda self, a: setattr(self, 'a', -a)",
    ])?;
    let act = act.replace("{s}", &s);
    emit(
        g,
        &format!(
            "class {s}C:\n    def __init__(self, a):\n        _fuel()\n        self.a = a\nclass {s}Sub({s}C):\n    pass\ndef {s}i2(self, a, *args):\n    self.a = a * 2 + len(args)\n{s}acc = 0\nfor {s}i in range({n}):\n    _fuel()\n    if {s}i == {k}:\n        {act}\n    {s}acc += {s}C({s}i).a + {s}Sub(1).a\nprint('{s}', {s}acc)"
        ),
    );
    g.extra_cost += n as u64 * 3;
    Ok(())
}

/// Instance `__dict__` materialized, written through, replaced while
/// attribute loads are hot.
fn vars_dict(g: &mut Gen) -> Result<()> {
    g.feat("vars_dict");
    let s = g.fresh("s");
    let n = hot(g)?;
    emit(
        g,
        &format!(
            "class {s}V:\n    def __init__(self):\n        self.x = 1\n        self.y = 2\n{s}o = {s}V()\n{s}p = {s}V()\n{s}p.q = 3\n{s}acc = 0"
        ),
    );
    let evs = events(g, n, 4)?;
    emit(g, &format!("for {s}i in range({n}):\n    _fuel()"));
    g.indent();
    for e in evs {
        let (f, a) = g.pick(&[
            ("vars_dict", "vars({s}o)['x'] = 10"),
            ("vars_dict", "{s}o.__dict__['z'] = {s}i"),
            ("dict_replace", "{s}o.__dict__ = {'x': 5, 'y': 6}"),
            ("vars_dict", "{s}o.__dict__.pop('y', None)"),
            ("vars_dict", "{s}o.__dict__.clear()"),
            ("vars_dict", "{s}p.__dict__.update(x=-1, w=0)"),
            ("vars_dict", "{s}o.y = {s}i"),
        ])?;
        g.feat(f);
        let a = a.replace("{s}", &s);
        emit(g, &format!("if {s}i == {e}:\n    {a}"));
    }
    emit(
        g,
        &format!(
            "{s}acc = ({s}acc + getattr({s}o, 'x', 0) + getattr({s}o, 'y', 0) + {s}p.x) % 1000003"
        ),
    );
    g.dedent();
    emit(
        g,
        &format!("print('{s}', {s}acc, sorted(vars({s}o).items()), list({s}p.__dict__))"),
    );
    g.extra_cost += n as u64;
    Ok(())
}

/// Generators driven with next/send/throw/close, delegation with
/// `yield from`, generator expressions.
fn generator_send(g: &mut Gen) -> Result<()> {
    g.feat("generator_send");
    g.feat("generator");
    let s = g.fresh("s");
    let n = g.range(2, g.cfg.loop_bound + 2)?;
    emit(
        g,
        &format!(
            "def {s}g(n):\n    _fuel()\n    total = 0\n    for k in range(n):\n        _fuel()\n        try:\n            x = yield total\n        except ValueError:\n            x = -1\n        if x is None:\n            x = k\n        total += x\n    return total\ndef {s}outer(n):\n    _fuel()\n    r = yield from {s}g(n)\n    yield r * 100\n{s}it = {s}g({n})\nprint('{s} first', next({s}it))\nfor {s}j in range({n} + 2):\n    _fuel()\n    try:\n        if {s}j == 1:\n            print('{s} throw', {s}it.throw(ValueError('t')))\n        else:\n            print('{s} send', {s}it.send({s}j * 3))\n    except StopIteration as {s}e:\n        print('{s} stop', {s}e.value)\n        break\nprint('{s} outer', list({s}outer({n})))\n{s}it2 = {s}g(5)\nnext({s}it2)\n{s}it2.close()\nprint('{s} closed', next({s}it2, 'done'), sum(x * x for x in range({n})), list(zip({s}g(3), 'ab')))"
        ),
    );
    g.extra_cost += n as u64 * 6 + 20;
    Ok(())
}

/// `__getitem__` (and `__len__`) replaced or added on a class while a
/// subscript site is hot.
fn getitem_replace(g: &mut Gen) -> Result<()> {
    g.feat("getitem_replace");
    let s = g.fresh("s");
    let n = hot(g)?;
    let k = g.range(1, n - 1)?;
    emit(
        g,
        &format!(
            "class {s}G:\n    def __getitem__(self, i):\n        _fuel()\n        return i * 2\ndef {s}site(c, i):\n    _fuel()\n    return c[i]\n{s}o = {s}G()\n{s}acc = 0\nfor {s}i in range({n}):\n    _fuel()\n    if {s}i == {k}:\n        {s}G.__getitem__ = lambda self, i: -i\n        {s}G.__len__ = lambda self: 3\n    {s}acc += {s}site({s}o, {s}i) + {s}site([4, 5], {s}i % 2)\n    try:\n        {s}acc += len({s}o)\n    except TypeError as {s}e:\n        {s}acc += 1000\nprint('{s}', {s}acc)"
        ),
    );
    g.extra_cost += n as u64 * 4;
    Ok(())
}

/// `__getattr__` added to a class after a missing-attribute site warmed.
fn getattr_added(g: &mut Gen) -> Result<()> {
    g.feat("getattr_added");
    let s = g.fresh("s");
    let n = hot(g)?;
    let k = g.range(1, n - 1)?;
    let k2 = g.range(k, n)?;
    emit(
        g,
        &format!(
            "class {s}A:\n    def __init__(self):\n        self.a = 1\n{s}o = {s}A()\n{s}acc = 0\nfor {s}i in range({n}):\n    _fuel()\n    if {s}i == {k}:\n        {s}A.__getattr__ = lambda self, name: len(name)\n    if {s}i == {k2}:\n        del {s}A.__getattr__\n    try:\n        {s}acc += {s}o.missing_attr + {s}o.a\n    except AttributeError as {s}e:\n        {s}acc += 1000\nprint('{s}', {s}acc, hasattr({s}o, 'zz'))"
        ),
    );
    g.extra_cost += n as u64;
    Ok(())
}

/// Base-class methods replaced or deleted while subclass call sites are
/// hot (type versions of subclasses must be invalidated).
fn base_method_replace(g: &mut Gen) -> Result<()> {
    g.feat("base_method_replace");
    g.feat("inheritance");
    g.feat("super");
    let s = g.fresh("s");
    let n = hot(g)?;
    emit(
        g,
        &format!(
            "class {s}B:\n    def m(self):\n        _fuel()\n        return 1\nclass {s}D({s}B):\n    pass\nclass {s}E({s}D):\n    def m(self):\n        _fuel()\n        return super().m() + 10\n{s}objs = [{s}B(), {s}D(), {s}E()]\n{s}acc = 0"
        ),
    );
    let evs = events(g, n, 3)?;
    emit(g, &format!("for {s}i in range({n}):\n    _fuel()"));
    g.indent();
    for e in evs {
        let a = g.pick(&[
            "{s}B.m = lambda self: 5",
            "{s}D.m = lambda self: 7",
            "{s}D.m = lambda self: 7\n    del {s}D.m",
            "{s}B.x = 1",
            "{s}E.m = {s}B.m",
        ])?;
        let a = a.replace("{s}", &s);
        emit(g, &format!("if {s}i == {e}:\n    {a}"));
    }
    emit(g, &format!("for {s}o in {s}objs:\n    {s}acc += {s}o.m()"));
    g.dedent();
    emit(g, &format!("print('{s}', {s}acc)"));
    g.extra_cost += n as u64 * 6;
    Ok(())
}

/// Exceptions raised and caught inside a hot loop, with finally,
/// continue and break.
fn exc_in_hot_loop(g: &mut Gen) -> Result<()> {
    g.feat("exc_in_hot_loop");
    g.feat("try_finally");
    let s = g.fresh("s");
    let n = hot(g)?;
    let k = g.range(2, 9)?;
    let b = g.range(n / 2, n)?;
    emit(
        g,
        &format!(
            "class {s}Err(Exception):\n    pass\ndef {s}f(i):\n    _fuel()\n    if i % {k} == 0:\n        raise {s}Err(i, 'x')\n    if i % {k} == 1:\n        return {{}}[i]\n    return i\n{s}acc = 0\n{s}cnt = 0\nfor {s}i in range({n}):\n    _fuel()\n    try:\n        {s}acc += {s}f({s}i)\n        if {s}i == {b}:\n            break\n    except {s}Err as {s}e:\n        {s}acc -= {s}e.args[0]\n        continue\n    except KeyError as {s}e:\n        {s}acc += 100 + {s}e.args[0]\n    finally:\n        {s}cnt += 1\n    {s}acc += 1\nprint('{s}', {s}acc, {s}cnt)"
        ),
    );
    g.extra_cost += n as u64 * 2;
    Ok(())
}

/// Closures: late binding of loop variables, cells updated through
/// `nonlocal` in a hot loop, a cell written after the closure exists.
fn late_binding_closure(g: &mut Gen) -> Result<()> {
    g.feat("late_binding_closure");
    g.feat("closure");
    g.feat("nonlocal");
    let s = g.fresh("s");
    let k = g.range(1, 5)?;
    let n = hot(g)?;
    emit(
        g,
        &format!(
            "{s}fs = [lambda: i for i in range({k})]\n{s}gs = [lambda i=i: i for i in range({k})]\ndef {s}make(n):\n    c = 0\n    def inc():\n        nonlocal c\n        _fuel()\n        c += n\n        return c\n    return inc\ndef {s}outer():\n    x = 1\n    def get():\n        return x\n    x = 2\n    return get\n{s}h = {s}make(3)\n{s}acc = 0\nfor {s}i in range({n}):\n    _fuel()\n    {s}acc += {s}h()\nprint('{s}', [f() for f in {s}fs], [f() for f in {s}gs], {s}acc, {s}outer()(), sorted(c.cell_contents for c in {s}h.__closure__))"
        ),
    );
    g.extra_cost += n as u64 * 2;
    Ok(())
}

/// An unpacking site fed tuples, lists, strings, dicts and wrong lengths.
fn unpack_change(g: &mut Gen) -> Result<()> {
    g.feat("unpack_change");
    let s = g.fresh("s");
    let n = hot(g)?;
    let mut srcs = vec![
        "(1, 2)",
        "[3, 4]",
        "(5, 6, 7)",
        "'ab'",
        "{9: 1, 8: 2}",
        "range(2)",
        "[1]",
    ];
    let k = g.range(2, srcs.len() as u32)? as usize;
    srcs.truncate(k);
    emit(
        g,
        &format!(
            "{s}srcs = [{}]\n{s}out = []\n{s}err = 0\nfor {s}i in range({n}):\n    _fuel()\n    try:\n        {s}a, {s}b = {s}srcs[({s}i // 7) % {k}]\n        {s}out.append(repr({s}a) + repr({s}b))\n    except ValueError as {s}e:\n        {s}err += 1\n        {s}last = {s}e.args\nprint('{s}', {s}out[-3:], {s}err, {s}last if {s}err else None)",
            srcs.join(", ")
        ),
    );
    g.extra_cost += n as u64;
    Ok(())
}

/// Integer values crossing 30-bit and 64-bit boundaries at hot sites.
fn int_boundary(g: &mut Gen) -> Result<()> {
    g.feat("int_boundary");
    g.feat("bigint");
    let s = g.fresh("s");
    let n = hot(g)?;
    let off = g.range(0, 3)?;
    let sh = g.pick(&[30, 31, 62, 63, 64, 70])?;
    emit(
        g,
        &format!(
            "{s}acc = 0\n{s}c = 0\n{s}big = (1 << 89) - 1\nfor {s}i in range({n}):\n    _fuel()\n    {s}v = (1 << ({s}i % {sh} + 1)) - {off}\n    if {s}i % 2:\n        {s}v = -{s}v\n    {s}w = {s}v * {s}v % {s}big\n    if {s}v < (1 << 62):\n        {s}c += 1\n    if {s}v == {s}w:\n        {s}c += 100\n    {s}acc = ({s}acc + ({s}v >> 3) - ({s}v & 255) + {s}v // 7 + {s}v % 7 + pow({s}v, 3, 1000003)) % {s}big\n    {s}acc ^= {s}v.bit_length()\nprint('{s}', {s}acc, {s}c, hex({s}v), str({s}w)[:30], int(str({s}v)) == {s}v, divmod({s}v, -13))"
        ),
    );
    g.extra_cost += n as u64;
    Ok(())
}

/// Float sites fed NaN, infinities, signed zeros, subnormals; repr and
/// format of the results.
fn float_special(g: &mut Gen) -> Result<()> {
    g.feat("float_special");
    g.feat("float");
    let s = g.fresh("s");
    let n = hot(g)?;
    emit(
        g,
        &format!(
            "{s}vals = [0.0, -0.0, 1.5, float('inf'), float('-inf'), float('nan'), 1e308, 5e-324, 0.1, 9007199254740993.0, -2.5, 1e-7, 123456789.125]\n{s}out = []\n{s}lt = 0\nfor {s}i in range({n}):\n    _fuel()\n    {s}a = {s}vals[{s}i % len({s}vals)]\n    {s}b = {s}vals[({s}i * 5 + 1) % len({s}vals)]\n    if {s}a < {s}b:\n        {s}lt += 1\n    if {s}a == {s}b:\n        {s}lt += 100\n    {s}out.append(repr({s}a + {s}b) + ' ' + repr({s}a * {s}b))\nprint('{s}', {s}lt, {s}out[-4:])\nfor {s}x in {s}vals:\n    print('{s} f', repr({s}x), f'{{{s}x:.3e}}', f'{{{s}x:g}}', round({s}x, 2), {s}x.is_integer() if {s}x == {s}x and abs({s}x) != float('inf') else None, str({s}x), {s}x / 3, -{s}x)"
        ),
    );
    g.extra_cost += n as u64 + 15;
    Ok(())
}

/// A dict read by hot sites while keys are added, deleted and cleared.
fn dict_keys_change(g: &mut Gen) -> Result<()> {
    g.feat("dict_keys_change");
    g.feat("dict");
    let s = g.fresh("s");
    let n = hot(g)?;
    emit(
        g,
        &format!(
            "{s}d = {{'a': 1, 'b': 2}}\n{s}e = {{0: 5, 1: 6}}\ndef {s}look(k):\n    _fuel()\n    return {s}d[k] if k in {s}d else -1\n{s}acc = 0"
        ),
    );
    let evs = events(g, n, 4)?;
    emit(g, &format!("for {s}i in range({n}):\n    _fuel()"));
    g.indent();
    for e in evs {
        let a = g.pick(&[
            "{s}d['c'] = 3",
            "{s}d.pop('a', None)",
            "{s}d.clear()",
            "{s}d = {'a': 10}",
            "{s}e[2] = 7",
            "{s}e.pop(0, None)",
            "{s}d.update({'b': 20, 'z': 0})",
        ])?;
        let a = a.replace("{s}", &s);
        emit(g, &format!("if {s}i == {e}:\n    {a}"));
    }
    emit(
        g,
        &format!("{s}acc += {s}look('a') + {s}d.get('b', 0) + {s}e.get({s}i % 3, -2)\nif 1 in {s}e:\n    {s}acc += {s}e[1]"),
    );
    g.dedent();
    emit(g, &format!("print('{s}', {s}acc, {s}d, {s}e)"));
    g.extra_cost += n as u64 * 2;
    Ok(())
}

/// Strings built in hot loops (`+=` on a local), formatted and split.
fn str_build(g: &mut Gen) -> Result<()> {
    g.feat("str_build");
    g.feat("str");
    g.feat("fstring");
    let s = g.fresh("s");
    let n = hot(g)?;
    emit(
        g,
        &format!(
            "def {s}build(n):\n    _fuel()\n    s = ''\n    for k in range(n):\n        _fuel()\n        s += chr(97 + k % 26)\n        if k % 5 == 0:\n            s = s + str(k)\n    return s\n{s}t = {s}build({n})\nprint('{s}', {s}t[:40], len({s}t), {s}t.count('a'), {s}t.find('z'), {s}t.upper()[-5:])\nprint('{s} fmt', '%5d|%-4s|%x' % ({n}, 'ab', 255), '{{:>6}}{{!r}}'.format('q', 'w'), f'{{{n}:08b}}', '-'.join(map(str, range(5))), 'a,b,,c'.split(','), 'naïve ß'.upper(), 'naïve'.encode('utf-8'), ' x '.strip().center(5, '*'))"
        ),
    );
    g.extra_cost += n as u64 + 2;
    Ok(())
}

/// Recursive and mutually recursive functions (depth kept far below any
/// recursion limit) drawing fuel on each call.
fn recursive_fn(g: &mut Gen) -> Result<()> {
    g.feat("recursive_fn");
    g.feat("recursion");
    let s = g.fresh("s");
    let f = g.range(5, 14)?;
    let d = g.range(10, 80)?;
    emit(
        g,
        &format!(
            "def {s}fib(n):\n    _fuel()\n    if n <= 1:\n        return n\n    return {s}fib(n - 1) + {s}fib(n - 2)\ndef {s}even(n):\n    _fuel()\n    return True if n == 0 else {s}odd(n - 1)\ndef {s}odd(n):\n    _fuel()\n    return False if n == 0 else {s}even(n - 1)\ndef {s}sumto(n, acc=0):\n    _fuel()\n    return acc if n == 0 else {s}sumto(n - 1, acc + n)\nprint('{s}', {s}fib({f}), {s}even({d}), {s}odd({d}), {s}sumto({d}))"
        ),
    );
    // fib(n) makes about 1.7 * 1.618^n calls.
    g.extra_cost += (1.8f64 * 1.62f64.powi(f as i32)) as u64 + 3 * d as u64;
    Ok(())
}

/// One match statement fed values of many shapes in a hot loop.
fn match_poly(g: &mut Gen) -> Result<()> {
    g.feat("match_poly");
    g.feat("match");
    let s = g.fresh("s");
    let n = hot(g)?;
    emit(
        g,
        &format!(
            "class {s}Pt:\n    __match_args__ = ('x', 'y')\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n{s}items = [0, 1, 7, 'ab', 'zzz', (1, 2), [1, 2, 3], {{'k': 5}}, {s}Pt(1, 2), {s}Pt(0, 5), None, 2.5, True, False, (3, (4, 5))]\n{s}out = []\nfor {s}i in range({n}):\n    _fuel()\n    {s}v = {s}items[({s}i * 7) % len({s}items)]\n    match {s}v:\n        case True:\n            {s}r = 'true'\n        case 0 | 1:\n            {s}r = 'small'\n        case int(x) if x > 5:\n            {s}r = 'big' + str(x)\n        case str() as t if len(t) > 2:\n            {s}r = 'longstr'\n        case (a, (b, c)):\n            {s}r = 'nested' + str(a + b + c)\n        case (a, b):\n            {s}r = 'pair' + repr(a)\n        case [a, *rest]:\n            {s}r = 'seq' + str(len(rest))\n        case {{'k': val}}:\n            {s}r = 'map' + str(val)\n        case {s}Pt(0, y):\n            {s}r = 'pt0_' + str(y)\n        case {s}Pt(x=xx, y=yy):\n            {s}r = 'pt' + str(xx * yy)\n        case None:\n            {s}r = 'none'\n        case float(f):\n            {s}r = repr(f)\n        case _:\n            {s}r = 'other'\n    {s}out.append({s}r)\nprint('{s}', {s}out[:16], len({s}out))"
        ),
    );
    g.extra_cost += n as u64;
    Ok(())
}

/// Context managers that log, suppress some exceptions and let others
/// through, in a loop.
fn with_scenario(g: &mut Gen) -> Result<()> {
    g.feat("with_scenario");
    g.feat("with");
    let s = g.fresh("s");
    let n = g.range(3, g.cfg.loop_bound + 3)?;
    emit(
        g,
        &format!(
            "class {s}Cm:\n    def __init__(self, log, tag, suppress):\n        self.log = log\n        self.tag = tag\n        self.suppress = suppress\n    def __enter__(self):\n        _fuel()\n        self.log.append('in' + self.tag)\n        return self\n    def __exit__(self, et, ev, tb):\n        self.log.append('out' + self.tag + ':' + (et.__name__ if et is not None else '-'))\n        return self.suppress and et is not None and issubclass(et, Exception)\n{s}log = []\nfor {s}i in range({n}):\n    _fuel()\n    try:\n        with {s}Cm({s}log, 'a', {s}i % 2 == 0) as {s}c, {s}Cm({s}log, 'b', {s}i % 3 == 0):\n            if {s}i % 4 == 1:\n                raise KeyError({s}i)\n            if {s}i % 4 == 2:\n                continue\n            {s}log.append('body')\n    except KeyError as {s}e:\n        {s}log.append('escaped' + str({s}e.args[0]))\nprint('{s}', len({s}log), {s}log[-8:])"
        ),
    );
    g.extra_cost += n as u64 * 3;
    Ok(())
}

/// A hot loop at module level whose body is random typed code.
fn hot_random_body(g: &mut Gen) -> Result<()> {
    g.feat("hot_type_change");
    let s = g.fresh("s");
    let n = hot(g)?;
    let i = format!("{s}i");
    g.line(&format!("for {i} in range({n}):"));
    g.indent();
    g.push_scope();
    g.declare(&i, Ty::Int);
    let depth = g.cfg.max_depth.min(2);
    let r = g.in_loop(n as u64, |g| {
        g.fuel_line();
        let k = g.range(1, 3)?;
        for _ in 0..k {
            g.stmt(depth)?;
        }
        Ok(())
    });
    g.pop_scope();
    g.dedent();
    r
}
