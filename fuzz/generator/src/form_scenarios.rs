//! Scenarios aimed at particular specialized forms and their deopt paths
//! (SPECIALIZATION.md): each makes one or more sites hot with the operand
//! shape a form is chosen for, then feeds them shapes that fail the form's
//! guards (another type or class, a changed version, a running generator,
//! a shadowed builtin). Like those of `scenarios.rs`, each is
//! self-contained at module level, uses fresh names and prints a summary.

use arbitrary::Result;

use crate::gen::Gen;
use crate::scenarios::{emit, events, hot};

/// Replaces every `{name}` in `t` whose name is in `vars` by its value, in
/// one pass (inserted values are not scanned again), leaving other braces,
/// Python's own, as they are.
pub(crate) fn fill(t: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(t.len() + 64);
    let mut rest = t;
    while let Some(p) = rest.find('{') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let hit = vars.iter().find(|(k, _)| {
            rest.len() > k.len() + 1
                && rest[1..].starts_with(k)
                && rest.as_bytes()[k.len() + 1] == b'}'
        });
        match hit {
            Some((k, v)) => {
                out.push_str(v);
                rest = &rest[k.len() + 2..];
            }
            None => {
                out.push('{');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Emits `if I == e:` blocks at `events` picked from `actions`, each an
/// action template over `{s}` (and `{i}`, the loop variable), recording
/// the feature it names. Expects the current indentation to be a loop body.
fn emit_events(
    g: &mut Gen,
    s: &str,
    i: &str,
    evs: &[u32],
    actions: &[(&'static str, &str)],
) -> Result<()> {
    for e in evs {
        let (f, a) = g.pick(actions)?;
        g.feat(f);
        let a = fill(a, &[("s", s), ("i", i)]).replace('\n', "\n    ");
        emit(g, &format!("if {i} == {e}:\n    {a}"));
    }
    Ok(())
}

/// Truth tests (`if v`, `not v`, `v or w`) warmed on None, then fed
/// falsy and truthy values of other types (TO_BOOL_NONE and its deopt).
pub(crate) fn none_truth(g: &mut Gen) -> Result<()> {
    g.feat("none_truth");
    let s = g.fresh("s");
    let warm = hot(g)?;
    let extra = g.range(8, 60)?;
    let n = warm + extra;
    let mut pool: Vec<&str> = vec!["0", "5", "True", "False", "None"];
    if g.cfg.strings {
        pool.extend(["''", "'x'"]);
    }
    if g.cfg.containers {
        pool.extend(["[]", "[1]", "()", "{}", "(0,)"]);
    }
    if g.cfg.floats {
        pool.extend(["0.0", "-0.0", "0.5"]);
    }
    if g.cfg.classes {
        pool.extend(["{s}Tb(True)", "{s}Tb(False)", "{s}Plain()"]);
    }
    let m = g.range(2, 6)? as usize;
    let mut vals = Vec::new();
    for _ in 0..m {
        vals.push(g.pick(&pool)?.replace("{s}", &s));
    }
    if g.cfg.classes {
        emit(
            g,
            &fill(
                "class {s}Tb:\n    def __init__(self, b):\n        self.b = b\n    def __bool__(self):\n        _fuel()\n        return self.b\n    def __repr__(self):\n        return 'Tb(%r)' % (self.b,)\nclass {s}Plain:\n    def __repr__(self):\n        return 'Plain'",
                &[("s", &s)],
            ),
        );
    }
    let n_s = n.to_string();
    let warm_s = warm.to_string();
    let m_s = m.to_string();
    let vals_s = vals.join(", ");
    let vars: &[(&str, &str)] = &[
        ("s", &s),
        ("n", &n_s),
        ("k", &warm_s),
        ("m", &m_s),
        ("vals", &vals_s),
    ];
    emit(
        g,
        &fill(
            "def {s}tf(v):\n    _fuel()\n    if v:\n        return 'T'\n    return 'F'\n{s}vals = [{vals}]\n{s}out = []\n{s}acc = 0\nfor {s}i in range({n}):\n    _fuel()\n    {s}v = None if {s}i < {k} else {s}vals[{s}i % {m}]\n    if {s}v:\n        {s}acc += 1\n    if not {s}v:\n        {s}acc += 2\n    {s}w = {s}v or {s}i\n    {s}acc = ({s}acc * 3 + len(_r({s}w))) % 1000003\n    {s}out.append({s}tf({s}v))",
            vars,
        ),
    );
    if g.u.arbitrary()? {
        // A while loop whose condition is warmed on None too.
        emit(
            g,
            &fill(
                "    {s}k = 0\n    {s}c = {s}v\n    while {s}c and {s}k < 3:\n        _fuel()\n        {s}k += 1\n        {s}c = None\n    {s}acc += {s}k",
                vars,
            ),
        );
    }
    emit(
        g,
        &fill("print('{s}', {s}acc, ''.join({s}out[-40:]))", vars),
    );
    g.extra_cost += n as u64 * 4;
    Ok(())
}

/// Expressions over attributes of native modules (operands of
/// LOAD_ATTR_MODULE), in terms of `@`, an int; each names its module.
const MODULE_EXPRS: &[(&str, &str)] = &[
    ("math", "math.floor(@ * 0.7)"),
    ("math", "math.gcd(@, 30)"),
    ("math", "math.isqrt(@ * 5)"),
    ("math", "math.comb(@ % 9, 2)"),
    ("math", "math.perm(@ % 7, 2)"),
    ("math", "math.lcm(@, 6)"),
    ("math", "math.trunc(@ / 4)"),
    ("math", "math.ceil(@ / 3)"),
    ("math", "int(math.sqrt(@ * 4))"),
    ("math", "int(math.pi * @)"),
    ("math", "int(math.tau + math.e * @)"),
    ("math", "math.factorial(@ % 6)"),
    ("math", "int(math.fmod(@, 7) + math.fabs(-@))"),
    ("math", "int(math.copysign(@, -1.0))"),
    ("math", "math.isfinite(@ / 3)"),
    ("math", "(math.inf > @)"),
    ("sys", "sys.maxsize % (@ + 1)"),
];

/// Expressions over modules written in Python (spec's lib): importing one
/// costs a program several milliseconds in each engine, so they are rare.
const PY_MODULE_EXPRS: &[(&str, &str)] = &[
    ("operator", "operator.add(@, 7)"),
    ("operator", "operator.mul(@, 3)"),
    ("operator", "operator.neg(@)"),
    ("operator", "operator.itemgetter(@ % 3)([4, 5, 6])"),
    (
        "string",
        "len(string.digits) + string.ascii_lowercase.index('k')",
    ),
    ("string", "(string.ascii_letters[@ % 52] == 'a')"),
];

/// Module attributes read at hot sites (LOAD_ATTR_MODULE): directly, in a
/// function whose module argument becomes an object, in a function whose
/// module global is rebound, and at a site that sees several modules.
pub(crate) fn module_attr(g: &mut Gen) -> Result<()> {
    g.feat("module_attr");
    let s = g.fresh("s");
    let n = hot(g)?;
    let k = g.range(1, 3)?;
    let mut mods: Vec<&str> = vec!["math"];
    let mut exprs = Vec::new();
    for _ in 0..k {
        let pool = if g.chance(1, 16)? {
            PY_MODULE_EXPRS
        } else {
            MODULE_EXPRS
        };
        let (m, e) = g.pick(pool)?;
        if !mods.contains(&m) {
            mods.push(m);
        }
        exprs.push(e.replace('@', &format!("{s}i")));
    }
    if !mods.contains(&"sys") && g.u.arbitrary()? {
        mods.push("sys");
    }
    for m in &mods {
        g.line(&format!("import {m}"));
    }
    let n_s = n.to_string();
    let sum = exprs.join(" + ");
    let mods_s = mods.join(", ");
    let vars: &[(&str, &str)] = &[("s", &s), ("n", &n_s), ("sum", &sum), ("mods", &mods_s)];
    emit(
        g,
        &fill(
            "class {s}NS:\n    pi = 3\n    __name__ = 'ns'\n    def floor(self, x):\n        _fuel()\n        return -1\n    def gcd(self, a, b):\n        _fuel()\n        return a - b\ndef {s}use(m, i):\n    _fuel()\n    return m.floor(i / 3) + m.gcd(i, 12) + int(m.pi)\nimport math as {s}gm\ndef {s}direct(i):\n    _fuel()\n    return {s}gm.floor(i / 2) + int({s}gm.pi)\n{s}m = math\n{s}acc = 0",
            vars,
        ),
    );
    let evs = events(g, n, 3)?;
    let i = format!("{s}i");
    emit(g, &fill("for {s}i in range({n}):\n    _fuel()", vars));
    g.indent();
    emit_events(
        g,
        &s,
        &i,
        &evs,
        &[
            ("module_attr", "{s}m = {s}NS()"),
            ("module_attr", "{s}m = math"),
            ("global_rebind", "{s}gm = {s}NS()"),
            ("global_rebind", "import math as {s}gm"),
        ],
    )?;
    emit(
        g,
        &fill(
            "{s}acc = ({s}acc + {s}use({s}m, {s}i) + {s}direct({s}i) + {sum}) % 1000003",
            vars,
        ),
    );
    g.dedent();
    // A site that sees every module in turn (and an object with the name).
    emit(
        g,
        &fill(
            "import math as {s}gm\n{s}ms = [{mods}, {s}NS()]\n{s}names = []\nfor {s}i in range({n}):\n    _fuel()\n    {s}md = {s}ms[0] if {s}i < {n} // 2 else {s}ms[{s}i % len({s}ms)]\n    {s}names.append({s}md.__name__)\nprint('{s}', {s}acc, {s}names[-6:], {s}direct(3))",
            vars,
        ),
    );
    g.extra_cost += n as u64 * 6;
    Ok(())
}

/// Instances of a class overriding `__getattribute__` read at hot sites
/// (LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN); the site is then fed other classes
/// and the class gains `__getattr__`, loses or replaces `__getattribute__`.
pub(crate) fn getattribute_override(g: &mut Gen) -> Result<()> {
    g.feat("getattribute_override");
    let s = g.fresh("s");
    let n = hot(g)?;
    let n_s = n.to_string();
    let vars: &[(&str, &str)] = &[("s", &s), ("n", &n_s)];
    emit(
        g,
        &fill(
            "class {s}GA:\n    cattr = 10\n    virt = 0\n    def __init__(self, x):\n        self.x = x\n    def __getattribute__(self, name):\n        _fuel()\n        if name == 'virt':\n            return len(name) * 2\n        if name == 'gone':\n            raise AttributeError(name)\n        return object.__getattribute__(self, name)\nclass {s}Sub({s}GA):\n    cattr = 20\nclass {s}Other:\n    virt = -3\n    cattr = 1\n    def __init__(self, x):\n        self.x = x * 2\n        self.gone = 4\n{s}o = {s}GA(1)\n{s}acc = 0\n{s}miss = 0\nfor {s}i in range({n}):\n    _fuel()",
            vars,
        ),
    );
    let i = format!("{s}i");
    let evs = events(g, n, 4)?;
    g.indent();
    emit_events(
        g,
        &s,
        &i,
        &evs,
        &[
            ("getattribute_override", "{s}o = {s}Sub({i})"),
            ("getattribute_override", "{s}o = {s}Other({i})"),
            ("getattribute_override", "{s}o = {s}GA({i})"),
            (
                "getattribute_override",
                "{s}GA.__getattr__ = lambda self, name: -len(name)",
            ),
            (
                "getattribute_override",
                "{s}GA.__getattribute__ = lambda self, name: 7",
            ),
            (
                "getattribute_override",
                "try:\n    del {s}GA.__getattribute__\nexcept AttributeError:\n    pass",
            ),
            ("class_attr_store", "{s}GA.cattr = {i}"),
            ("instance_shadow", "{s}o.x = -{i}"),
        ],
    )?;
    emit(
        g,
        &fill(
            "{s}acc = ({s}acc + {s}o.x + {s}o.virt + {s}o.cattr) % 1000003\ntry:\n    {s}acc += {s}o.gone\nexcept AttributeError as {s}e:\n    {s}miss += 1",
            vars,
        ),
    );
    g.dedent();
    emit(
        g,
        &fill(
            "print('{s}', {s}acc, {s}miss, type({s}o).__name__, {s}GA(5).x)",
            vars,
        ),
    );
    g.extra_cost += n as u64 * 5;
    Ok(())
}

/// Attribute stores at hot sites on instances whose dict has a hole (an
/// attribute deleted), so that the store specializes with a hint
/// (STORE_ATTR_WITH_HINT); then the stored attribute is deleted, the
/// dict replaced, the object swapped for one of another class.
pub(crate) fn store_attr_hint(g: &mut Gen) -> Result<()> {
    g.feat("store_attr_hint");
    let s = g.fresh("s");
    let n = hot(g)?;
    let n_s = n.to_string();
    let vars: &[(&str, &str)] = &[("s", &s), ("n", &n_s)];
    emit(
        g,
        &fill(
            "class {s}H:\n    def __init__(self):\n        _fuel()\n        self.a0 = 0\n        self.a1 = 1\n        self.a2 = 2\n        self.a3 = 3\n        self.a4 = 4\n    def bump(self, i):\n        _fuel()\n        self.a2 = getattr(self, 'a2', 0) + i\n        self.a4 = i\n        return self.a2 % 1009\nclass {s}K:\n    def __init__(self):\n        self.a4 = 0\n        self.a2 = 0\n    bump = {s}H.bump\n{s}o = {s}H()\n{s}p = {s}H()",
            vars,
        ),
    );
    if g.u.arbitrary()? {
        // Many attributes first (a dict well past its first size).
        let m = g.range(6, 20)?;
        emit(
            g,
            &format!("for {s}j in range({m}):\n    setattr({s}o, 'x%d' % {s}j, {s}j)"),
        );
    }
    let hole = g.pick(&[
        "del {s}o.a1",
        "{s}o.__dict__.pop('a0')",
        "del vars({s}o)['a3']",
        "{s}o.a1 = 5\ndel {s}o.a1\n{s}o.a1 = 6",
    ])?;
    emit(g, &fill(hole, vars));
    emit(
        g,
        &fill(
            "{s}t = {s}o\n{s}acc = 0\nfor {s}i in range({n}):\n    _fuel()",
            vars,
        ),
    );
    let i = format!("{s}i");
    let evs = events(g, n, 4)?;
    g.indent();
    emit_events(
        g,
        &s,
        &i,
        &evs,
        &[
            ("store_attr_hint", "del {s}t.a4"),
            ("store_attr_hint", "{s}t = {s}p"),
            ("store_attr_hint", "{s}t = {s}K()"),
            ("store_attr_hint", "{s}t = {s}o"),
            ("dict_replace", "{s}t.__dict__ = {'a4': 0, 'a2': 5}"),
            ("vars_dict", "{s}t.__dict__.pop('a2', None)"),
            ("vars_dict", "vars({s}t)['a9'] = {i}"),
        ],
    )?;
    emit(
        g,
        &fill(
            "{s}acc = ({s}acc + {s}t.bump({s}i)) % 1000003\n{s}t.a4 = {s}t.a4 + 1",
            vars,
        ),
    );
    g.dedent();
    emit(
        g,
        &fill(
            "print('{s}', {s}acc, type({s}t).__name__, list(vars({s}o).items()), list(vars({s}p).items()))",
            vars,
        ),
    );
    g.extra_cost += n as u64 * 3 + 30;
    Ok(())
}

/// A bound method held in a variable, of a function with defaults, `*args`
/// and keyword-only parameters, called at hot sites
/// (CALL_BOUND_METHOD_GENERAL); then the variable is rebound to another
/// method, a plain function, a method whose defaults changed.
pub(crate) fn bound_method_general(g: &mut Gen) -> Result<()> {
    g.feat("bound_method_general");
    let s = g.fresh("s");
    let n = hot(g)?;
    let n_s = n.to_string();
    let vars: &[(&str, &str)] = &[("s", &s), ("n", &n_s)];
    emit(
        g,
        &fill(
            "class {s}B:\n    def __init__(self, k):\n        self.k = k\n    def m(self, a, b=2, *rest, scale=1):\n        _fuel()\n        return (a + b + len(rest)) * scale + self.k\n    def n(self, a, b=5, *rest, scale=0):\n        _fuel()\n        return a * b - self.k + scale + sum(rest)\ndef {s}free(a, b=0, *rest, scale=3):\n    _fuel()\n    return a - b + scale\n{s}o = {s}B(1)\n{s}bm = {s}o.m\n{s}fs = [{s}o.m, {s}o.n, {s}B(4).m]\n{s}acc = 0\nfor {s}i in range({n}):\n    _fuel()",
            vars,
        ),
    );
    let i = format!("{s}i");
    let evs = events(g, n, 4)?;
    g.indent();
    emit_events(
        g,
        &s,
        &i,
        &evs,
        &[
            ("bound_method_general", "{s}bm = {s}o.n"),
            ("bound_method_general", "{s}bm = {s}B({i}).m"),
            ("method_replace", "{s}B.m = {s}B.n\n{s}bm = {s}o.m"),
            ("bound_method_general", "{s}bm = {s}free"),
            ("instance_shadow", "{s}o.m = {s}free\n{s}bm = {s}o.m"),
            ("defaults_replace", "{s}B.m.__defaults__ = (9,)"),
            ("defaults_replace", "{s}B.n.__kwdefaults__ = {'scale': 4}"),
            ("bound_method_general", "{s}fs.append({s}free)"),
        ],
    )?;
    emit(
        g,
        &fill(
            "{s}acc = ({s}acc + {s}bm({s}i) + {s}bm({s}i, 3, 4, 5) + {s}bm({s}i, scale=2)) % 1000003\n{s}acc = ({s}acc + {s}fs[{s}i % len({s}fs)]({s}i, 1)) % 1000003",
            vars,
        ),
    );
    g.dedent();
    emit(g, &fill("print('{s}', {s}acc, {s}bm(1), len({s}fs))", vars));
    g.extra_cost += n as u64 * 6;
    Ok(())
}

/// Iteration sources for `gen_iter`: lambdas over `i`.
const ITER_SOURCES: &[&str] = &[
    "lambda i: {s}gen(i % 4 + 1)",
    "lambda i: [i, 1, 2]",
    "lambda i: (i, 5)",
    "lambda i: range(i % 3)",
    "lambda i: iter([i, i])",
    "lambda i: (x * 2 for x in range(3))",
    "lambda i: {s}ret(i)",
    "lambda i: {s}deleg({s}gen(2))",
    "lambda i: map(abs, [-i, 2])",
    "lambda i: {i: 0, 1: 0}",
];

/// `for x in <generator>` loops (FOR_ITER_GEN) and `yield from`
/// delegation (SEND_GEN) at hot sites, later fed lists, tuples, ranges,
/// other iterators, and a generator that is already running.
pub(crate) fn gen_iter(g: &mut Gen) -> Result<()> {
    g.feat("gen_iter");
    g.feat("generator");
    let s = g.fresh("s");
    let n = hot(g)?;
    let n_s = n.to_string();
    let vars: &[(&str, &str)] = &[("s", &s), ("n", &n_s)];
    emit(
        g,
        &fill(
            "def {s}gen(n):\n    _fuel()\n    for k in range(n):\n        _fuel()\n        yield k * 3 - 1\ndef {s}ret(n):\n    _fuel()\n    yield n\n    return n * 2\ndef {s}deleg(src):\n    _fuel()\n    r = yield from src\n    yield -100 if r is None else r\ndef {s}total(it):\n    _fuel()\n    t = 0\n    for x in it:\n        _fuel()\n        t = (t * 7 + x) % 1000003\n    return t\ndef {s}selfish(mode):\n    _fuel()\n    yield 1\n    if mode:\n        yield {s}total({s}me)\n    else:\n        yield {s}total({s}deleg({s}me))\n{s}src = lambda i: {s}gen(i % 4 + 1)\n{s}inner = lambda i: {s}gen(2)\n{s}acc = 0\nfor {s}i in range({n}):\n    _fuel()",
            vars,
        ),
    );
    let evs = events(g, n, 4)?;
    g.indent();
    for e in evs {
        let act = match g.range(0, 4)? {
            0 | 1 => {
                g.feat("yield_from_change");
                format!("{s}inner = {}", g.pick(ITER_SOURCES)?)
            }
            2 | 3 => format!("{s}src = {}", g.pick(ITER_SOURCES)?),
            _ => {
                g.feat("gen_running");
                let mode = g.pick(&["True", "False"])?;
                format!("{s}me = {s}selfish({mode})\ntry:\n    print('{s} self', list({s}me))\nexcept ValueError as {s}e:\n    print('{s} self', {s}e.args)")
            }
        };
        let act = act.replace("{s}", &s).replace('\n', "\n    ");
        emit(g, &format!("if {s}i == {e}:\n    {act}"));
    }
    emit(
        g,
        &fill(
            "{s}acc = ({s}acc + {s}total({s}src({s}i)) + {s}total({s}deleg({s}inner({s}i)))) % 1000003",
            vars,
        ),
    );
    g.dedent();
    emit(
        g,
        &fill(
            "print('{s}', {s}acc, list({s}deleg({s}ret(3))), {s}total({s}gen(4)))",
            vars,
        ),
    );
    g.extra_cost += n as u64 * 16 + 20;
    Ok(())
}

/// `super().name` reading a non-method class attribute (and a method as a
/// value) at hot sites (LOAD_SUPER_ATTR_ATTR); then called with a `self`
/// that fails super's check, with `super` shadowed by a module global, with
/// the attribute changed along the MRO.
pub(crate) fn super_attr(g: &mut Gen) -> Result<()> {
    g.feat("super_attr");
    g.feat("super");
    g.feat("inheritance");
    let s = g.fresh("s");
    let n = hot(g)?;
    let n_s = n.to_string();
    let vars: &[(&str, &str)] = &[("s", &s), ("n", &n_s)];
    let two_arg = g.chance(1, 4)?;
    let sup = if two_arg {
        format!("super({s}Der, self)")
    } else {
        "super()".to_string()
    };
    emit(
        g,
        &fill(
            "class {s}Base:\n    tag = 5\n    def f(self):\n        _fuel()\n        return 1\nclass {s}Mid({s}Base):\n    pass\nclass {s}Der({s}Mid):\n    def get(self):\n        _fuel()\n        return {sup}.tag\n    def getf(self):\n        _fuel()\n        return {sup}.f\nclass {s}Proxy:\n    tag = 100\n    def f(self):\n        return 3\ndef {s}fake_super(*a):\n    return {s}Proxy()\n{s}d = {s}Der()\n{s}acc = 0\nfor {s}i in range({n}):\n    _fuel()\n    try:",
            &[("s", &s), ("n", &n_s), ("sup", &sup)],
        ),
    );
    let i = format!("{s}i");
    let evs = events(g, n, 4)?;
    g.indent();
    g.indent();
    emit_events(
        g,
        &s,
        &i,
        &evs,
        &[
            ("class_attr_store", "{s}Base.tag = {i}"),
            ("class_attr_store", "{s}Mid.tag = -{i}"),
            ("method_replace", "{s}Mid.f = lambda self: 9"),
            ("super_attr", "{s}acc += {s}Der.get({s}Mid())"),
            ("super_attr", "{s}acc += {s}Der.getf({s}Base())()"),
            ("super_shadow", "super = {s}fake_super"),
            ("super_shadow", "globals().pop('super', None)"),
            (
                "class_attr_del",
                "try:\n    del {s}Mid.tag\nexcept AttributeError:\n    pass\ndel {s}Base.tag",
            ),
        ],
    )?;
    emit(
        g,
        &fill(
            "{s}acc = ({s}acc + {s}d.get() + {s}d.getf()()) % 1000003",
            vars,
        ),
    );
    g.dedent();
    emit(
        g,
        &fill(
            "except (TypeError, AttributeError) as {s}e:\n    print('{s} err', {s}i, type({s}e).__name__, {s}e.args)\n    {s}Base.tag = 1",
            vars,
        ),
    );
    g.dedent();
    emit(
        g,
        &fill(
            "globals().pop('super', None)\n{s}Base.tag = getattr({s}Base, 'tag', 1)\nprint('{s}', {s}acc, {s}d.get())",
            vars,
        ),
    );
    g.extra_cost += n as u64 * 4;
    Ok(())
}

/// Methods of builtin types that take keywords, called with two positional
/// arguments: (call suffix, receiver warmed on over `@`, other receivers).
const KW_METHOD_SITES: &[(&str, &str, &[&str])] = &[
    (
        ".split(',', 1)",
        "'k' + str(@) + ',v,w'",
        &["{s}MyStr('p,q,r')", "{s}Duck()", "'plain'"],
    ),
    (
        ".rsplit(',', 1)",
        "str(@) + ',v,w'",
        &["{s}MyStr('p,q,r')", "{s}Duck()", "','"],
    ),
    (
        ".to_bytes(2, 'big')",
        "@ % 256",
        &["True", "False", "{s}MyInt(300)", "{s}Duck()", "(1 << 12)"],
    ),
    (
        ".format(@, 'z')",
        "'{}-{}'",
        &["{s}MyStr('{}+{}')", "{s}Duck()", "'{1}{0}'"],
    ),
    (
        ".encode('utf-8', 'strict')",
        "'é' + str(@)",
        &["{s}MyStr('ß')", "{s}Duck()", "'abc'"],
    ),
    (
        ".decode('utf-8', 'strict')",
        "str(@).encode()",
        &["{s}Duck()", "b'\\xc3\\xa9'"],
    ),
];

/// Calls of keyword-taking methods of builtin types at hot sites
/// (CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS), then on subclass
/// instances, other builtin types and duck-typed objects.
pub(crate) fn method_descr_kw(g: &mut Gen) -> Result<()> {
    g.feat("method_descr_kw");
    let s = g.fresh("s");
    emit(
        g,
        &fill(
            "class {s}MyStr(str):\n    pass\nclass {s}MyInt(int):\n    pass\nclass {s}Duck:\n    def split(self, sep, n):\n        _fuel()\n        return ['duck', sep, n]\n    def rsplit(self, sep, n):\n        return ['kcud', n]\n    def to_bytes(self, n, order):\n        return b'dk'\n    def format(self, a, b):\n        return 'duck%s%s' % (a, b)\n    def encode(self, e, errors):\n        return b'duck'\n    def decode(self, e, errors):\n        return 'duck'",
            &[("s", &s)],
        ),
    );
    let nsites = g.range(1, 2)?;
    let mut cost = 0u64;
    for _ in 0..nsites {
        let (call, warm, alts) = g.pick(KW_METHOD_SITES)?;
        let i = format!("{s}i");
        let call = call.replace('@', &i);
        let warm = warm.replace('@', &i);
        let m = g.range(1, alts.len() as u32)? as usize;
        let mut picked = Vec::new();
        for _ in 0..m {
            picked.push(g.pick(alts)?.replace("{s}", &s));
        }
        let n = hot(g)?;
        let k = g.range(3, n - 1)?;
        let (n_s, k_s, m_s) = (n.to_string(), k.to_string(), m.to_string());
        let alts_s = picked.join(", ");
        emit(
            g,
            &fill(
                "{s}alts = [{alts}]\n{s}out = []\n{s}ck = 0\nfor {s}i in range({n}):\n    _fuel()\n    {s}x = {warm} if {s}i < {k} else {s}alts[{s}i % {m}]\n    {s}r = {s}x{call}\n    {s}ck = ({s}ck * 31 + len(_r({s}r))) % 1000003\n    if {s}i >= {n} - {m}:\n        {s}out.append(_r({s}r))\nprint('{s}', {s}ck, {s}out)",
                &[
                    ("s", &s),
                    ("alts", &alts_s),
                    ("n", &n_s),
                    ("k", &k_s),
                    ("m", &m_s),
                    ("warm", &warm),
                    ("call", &call),
                ],
            ),
        );
        cost += n as u64 * 2;
    }
    g.extra_cost += cost;
    Ok(())
}
