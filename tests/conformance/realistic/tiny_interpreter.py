"""An interpreter for a tiny dynamically typed language ("Tiny").

Tiny has numbers, strings, booleans, nil, lists, variables with lexical
scope, if/else, while, functions as first-class closures, return, and a
few builtins.  Source -> tokens -> AST (tuples) -> tree-walking
evaluator with environments chained by parent pointers."""

import re

TOKEN_RE = re.compile(r"""
    (?P<ws>[ \t\r\n]+|\#[^\n]*)
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<name>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<op>==|!=|<=|>=|&&|\|\||[-+*/%<>=!(){}\[\],;])
""", re.VERBOSE)

KEYWORDS = {"let", "fn", "if", "else", "while", "return", "true", "false", "nil"}


class TinyError(Exception):
    pass


class TinySyntaxError(TinyError):
    pass


class TinyRuntimeError(TinyError):
    pass


def lex(src):
    pos = 0
    out = []
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise TinySyntaxError(f"bad character {src[pos]!r} at {pos}")
        kind = m.lastgroup
        text = m.group()
        pos = m.end()
        if kind == "ws":
            continue
        if kind == "name" and text in KEYWORDS:
            kind = "kw"
        out.append((kind, text))
    out.append(("eof", ""))
    return out


BINARY_PREC = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self, text=None):
        kind, t = self.toks[self.i]
        return t == text if text is not None else (kind, t)

    def next(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def expect(self, text):
        kind, t = self.next()
        if t != text:
            raise TinySyntaxError(f"expected {text!r} but found {t or 'EOF'!r}")

    def program(self):
        stmts = []
        while self.peek()[0] != "eof":
            stmts.append(self.statement())
        return ("block", stmts)

    def block(self):
        self.expect("{")
        stmts = []
        while not self.peek("}"):
            if self.peek()[0] == "eof":
                raise TinySyntaxError("unterminated block")
            stmts.append(self.statement())
        self.expect("}")
        return ("block", stmts)

    def statement(self):
        if self.peek("let"):
            self.next()
            kind, name = self.next()
            if kind != "name":
                raise TinySyntaxError(f"expected a name after let, got {name!r}")
            self.expect("=")
            value = self.expr()
            self.expect(";")
            return ("let", name, value)
        if self.peek("if"):
            self.next()
            cond = self.expr()
            then = self.block()
            other = None
            if self.peek("else"):
                self.next()
                other = self.statement() if self.peek("if") else self.block()
            return ("if", cond, then, other)
        if self.peek("while"):
            self.next()
            cond = self.expr()
            return ("while", cond, self.block())
        if self.peek("return"):
            self.next()
            value = ("lit", None) if self.peek(";") else self.expr()
            self.expect(";")
            return ("return", value)
        if self.peek("fn") and self.toks[self.i + 1][0] == "name":
            self.next()
            _, name = self.next()
            params, body = self.function_rest()
            return ("let", name, ("fn", name, params, body))
        expr = self.expr()
        if self.peek("="):
            self.next()
            value = self.expr()
            self.expect(";")
            if expr[0] == "var":
                return ("assign", expr[1], value)
            if expr[0] == "index":
                return ("setindex", expr[1], expr[2], value)
            raise TinySyntaxError("invalid assignment target")
        self.expect(";")
        return ("expr", expr)

    def function_rest(self):
        self.expect("(")
        params = []
        while not self.peek(")"):
            kind, name = self.next()
            if kind != "name":
                raise TinySyntaxError(f"bad parameter {name!r}")
            params.append(name)
            if not self.peek(")"):
                self.expect(",")
        self.expect(")")
        return params, self.block()

    def expr(self, min_prec=1):
        left = self.unary()
        while True:
            kind, op = self.peek()
            prec = BINARY_PREC.get(op) if kind == "op" else None
            if prec is None or prec < min_prec:
                return left
            self.next()
            right = self.expr(prec + 1)
            left = ("bin", op, left, right)

    def unary(self):
        if self.peek("-") or self.peek("!"):
            _, op = self.next()
            return ("unary", op, self.unary())
        return self.postfix(self.primary())

    def postfix(self, node):
        while True:
            if self.peek("("):
                self.next()
                args = []
                while not self.peek(")"):
                    args.append(self.expr())
                    if not self.peek(")"):
                        self.expect(",")
                self.expect(")")
                node = ("call", node, args)
            elif self.peek("["):
                self.next()
                idx = self.expr()
                self.expect("]")
                node = ("index", node, idx)
            else:
                return node

    def primary(self):
        kind, text = self.next()
        if kind == "num":
            return ("lit", float(text) if "." in text else int(text))
        if kind == "str":
            return ("lit", bytes(text[1:-1], "utf-8").decode("unicode_escape"))
        if kind == "kw" and text in ("true", "false", "nil"):
            return ("lit", {"true": True, "false": False, "nil": None}[text])
        if kind == "kw" and text == "fn":
            params, body = self.function_rest()
            return ("fn", "<lambda>", params, body)
        if kind == "name":
            return ("var", text)
        if text == "(":
            e = self.expr()
            self.expect(")")
            return e
        if text == "[":
            items = []
            while not self.peek("]"):
                items.append(self.expr())
                if not self.peek("]"):
                    self.expect(",")
            self.expect("]")
            return ("list", items)
        raise TinySyntaxError(f"unexpected {text or 'EOF'!r}")


class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def find(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.parent
        raise TinyRuntimeError(f"undefined variable {name!r}")


class Function:
    def __init__(self, name, params, body, env):
        self.name, self.params, self.body, self.env = name, params, body, env

    def __repr__(self):
        return f"<fn {self.name}/{len(self.params)}>"


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


def show(v):
    if v is None:
        return "nil"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, list):
        return "[" + ", ".join(show(x) for x in v) + "]"
    return str(v)


class Interpreter:
    def __init__(self, out):
        self.out = out
        self.globals = Env()
        self.steps = 0
        builtins = {
            "print": lambda *a: self.out.append(" ".join(show(x) for x in a)),
            "len": lambda x: len(x),
            "push": lambda lst, x: lst.append(x),
            "str": show,
            "range": lambda n: list(range(n)),
        }
        self.globals.vars.update(builtins)

    def run(self, src):
        tree = Parser(lex(src)).program()
        self.execute(tree, self.globals)

    def execute(self, node, env):
        self.steps += 1
        if self.steps > 200000:
            raise TinyRuntimeError("step limit exceeded")
        kind = node[0]
        if kind == "block":
            for stmt in node[1]:
                self.execute(stmt, env)
        elif kind == "let":
            env.vars[node[1]] = self.eval(node[2], env)
        elif kind == "assign":
            env.find(node[1]).vars[node[1]] = self.eval(node[2], env)
        elif kind == "setindex":
            target = self.eval(node[1], env)
            target[self.check_index(target, self.eval(node[2], env))] = self.eval(node[3], env)
        elif kind == "if":
            if self.truthy(self.eval(node[1], env)):
                self.execute(node[2], Env(env))
            elif node[3] is not None:
                self.execute(node[3], Env(env))
        elif kind == "while":
            while self.truthy(self.eval(node[1], env)):
                self.execute(node[2], Env(env))
        elif kind == "return":
            raise ReturnSignal(self.eval(node[1], env))
        elif kind == "expr":
            self.eval(node[1], env)

    @staticmethod
    def truthy(v):
        return v is not None and v is not False

    @staticmethod
    def check_index(seq, i):
        if not isinstance(i, int) or isinstance(i, bool):
            raise TinyRuntimeError("index must be an integer")
        if not -len(seq) <= i < len(seq):
            raise TinyRuntimeError(f"index {i} out of range for length {len(seq)}")
        return i

    def eval(self, node, env):
        kind = node[0]
        if kind == "lit":
            return node[1]
        if kind == "var":
            return env.find(node[1]).vars[node[1]]
        if kind == "list":
            return [self.eval(x, env) for x in node[1]]
        if kind == "fn":
            return Function(node[1], node[2], node[3], env)
        if kind == "index":
            seq = self.eval(node[1], env)
            return seq[self.check_index(seq, self.eval(node[2], env))]
        if kind == "unary":
            v = self.eval(node[2], env)
            if node[1] == "!":
                return not self.truthy(v)
            if not isinstance(v, (int, float)):
                raise TinyRuntimeError(f"cannot negate {show(v)}")
            return -v
        if kind == "bin":
            op = node[1]
            if op == "&&":
                left = self.eval(node[2], env)
                return self.eval(node[3], env) if self.truthy(left) else left
            if op == "||":
                left = self.eval(node[2], env)
                return left if self.truthy(left) else self.eval(node[3], env)
            a, b = self.eval(node[2], env), self.eval(node[3], env)
            return self.binop(op, a, b)
        if kind == "call":
            fn = self.eval(node[1], env)
            args = [self.eval(a, env) for a in node[2]]
            return self.call(fn, args)
        raise TinyRuntimeError(f"unknown node {kind}")

    def binop(self, op, a, b):
        if op == "==":
            return a == b
        if op == "!=":
            return a != b
        if op == "+" and isinstance(a, str) or isinstance(b, str) and op == "+":
            return show(a) + show(b)
        if op == "+" and isinstance(a, list) and isinstance(b, list):
            return a + b
        if not (isinstance(a, (int, float)) and isinstance(b, (int, float))):
            raise TinyRuntimeError(f"bad operands for {op}: {show(a)}, {show(b)}")
        if op in ("/", "%") and b == 0:
            raise TinyRuntimeError("division by zero")
        return {
            "+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
            "/": lambda: a // b if isinstance(a, int) and isinstance(b, int) else a / b,
            "%": lambda: a % b, "<": lambda: a < b, ">": lambda: a > b,
            "<=": lambda: a <= b, ">=": lambda: a >= b,
        }[op]()

    def call(self, fn, args):
        if callable(fn) and not isinstance(fn, Function):
            return fn(*args)
        if not isinstance(fn, Function):
            raise TinyRuntimeError(f"{show(fn)} is not callable")
        if len(args) != len(fn.params):
            raise TinyRuntimeError(f"{fn.name} expects {len(fn.params)} args, got {len(args)}")
        frame = Env(fn.env)
        frame.vars.update(zip(fn.params, args))
        try:
            self.execute(fn.body, frame)
        except ReturnSignal as r:
            return r.value
        return None


PROGRAMS = {
    "arithmetic": """
        let x = 7; let y = 3;
        print(x + y, x - y, x * y, x / y, x % y, 7.0 / 2, -x + 1);
        print(x > y && y > 1, x < y || false, !nil, 1 == 1.0, "a" + 1 + true);
    """,
    "closures": """
        fn make_counter() {
            let n = 0;
            return fn() { n = n + 1; return n; };
        }
        let c1 = make_counter(); let c2 = make_counter();
        c1(); c1();
        print(c1(), c2(), c1);
        fn compose(f, g) { return fn(x) { return f(g(x)); }; }
        let inc = fn(x) { return x + 1; };
        let dbl = fn(x) { return x * 2; };
        print(compose(inc, dbl)(10), compose(dbl, inc)(10));
    """,
    "recursion": """
        fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
        fn fact(n) { if n <= 1 { return 1; } else { return n * fact(n - 1); } }
        print(fib(15), fact(20));
        fn ack(m, n) {
            if m == 0 { return n + 1; }
            else if n == 0 { return ack(m - 1, 1); }
            return ack(m - 1, ack(m, n - 1));
        }
        print(ack(2, 3));
    """,
    "lists": """
        let xs = [];
        let i = 0;
        while i < 10 { push(xs, i * i); i = i + 1; }
        print(xs, len(xs), xs[3], xs[-1]);
        fn map(f, lst) { let out = []; let j = 0; while j < len(lst) { push(out, f(lst[j])); j = j + 1; } return out; }
        fn filter(p, lst) { let out = []; let j = 0; while j < len(lst) { if p(lst[j]) { push(out, lst[j]); } j = j + 1; } return out; }
        fn reduce(f, acc, lst) { let j = 0; while j < len(lst) { acc = f(acc, lst[j]); j = j + 1; } return acc; }
        let evens = filter(fn(v) { return v % 2 == 0; }, xs);
        print(evens, map(fn(v) { return v + 1; }, evens), reduce(fn(a, b) { return a + b; }, 0, xs));
        xs[0] = "zero";
        print(xs[0], [1, [2, [3]]], [1] + [2, 3]);
    """,
    "sieve": """
        fn primes(limit) {
            let flags = []; let i = 0;
            while i <= limit { push(flags, true); i = i + 1; }
            let out = []; let p = 2;
            while p <= limit {
                if flags[p] {
                    push(out, p);
                    let m = p * p;
                    while m <= limit { flags[m] = false; m = m + p; }
                }
                p = p + 1;
            }
            return out;
        }
        let ps = primes(100);
        print(len(ps), ps);
    """,
    "scoping": """
        let x = "global";
        fn show_x() { return x; }
        fn shadow() { let x = "local"; return show_x() + "/" + x; }
        print(shadow());
        if true { let x = "block"; print(x); }
        print(x);
        let total = 0;
        let k = 0;
        while k < 5 { let sq = k * k; total = total + sq; k = k + 1; }
        print(total);
    """,
}

ERRORS = [
    "print(undefined_thing);",
    "let a = 1 / 0;",
    "let f = fn(a, b) { return a; }; f(1);",
    "let xs = [1, 2]; print(xs[5]);",
    "let s = \"str\"; s();",
    "print(-\"x\");",
    "let = 5;",
    "if true { print(1);",
    "print(1 2);",
    "let y = 3 @ 4;",
    "fn loop() { while true { } } loop();",
    "1 = 2;",
    "print(1 < \"a\");",
]


def main():
    for name, src in PROGRAMS.items():
        out = []
        interp = Interpreter(out)
        interp.run(src)
        print(f"== {name} ({interp.steps} steps)")
        for line in out:
            print("  " + line)
    print("== errors")
    for src in ERRORS:
        out = []
        try:
            Interpreter(out).run(src)
            print(f"  {src!r}: ok {out}")
        except TinyError as e:
            print(f"  {src[:40]!r}: {type(e).__name__}: {e}")


main()
