"""A tokenizer and recursive-descent parser for arithmetic expressions.

Supports integers, floats, identifiers (variables and function calls),
unary minus/plus, + - * / // % ** with the usual precedence and
associativity, parentheses, and comparison operators.  Expressions are
parsed into an AST of small classes, pretty-printed, simplified and
evaluated.
"""

import math


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"


class LexError(Exception):
    pass


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at position {pos}")
        self.pos = pos


OPERATORS = ["**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "(", ")", ",", "<", ">"]


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < n and src[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < n and (src[i].isdigit() or (src[i] == "." and not seen_dot)):
                if src[i] == ".":
                    seen_dot = True
                i += 1
            if i < n and src[i] in "eE":
                j = i + 1
                if j < n and src[j] in "+-":
                    j += 1
                if j < n and src[j].isdigit():
                    i = j
                    while i < n and src[i].isdigit():
                        i += 1
                    seen_dot = True
            text = src[start:i]
            tokens.append(Token("FLOAT" if seen_dot else "INT", text, start))
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("NAME", src[start:i], start))
            continue
        for op in OPERATORS:
            if src.startswith(op, i):
                tokens.append(Token("OP", op, i))
                i += len(op)
                break
        else:
            raise LexError(f"unexpected character {ch!r} at position {i}")
    tokens.append(Token("EOF", "", n))
    return tokens


class Node:
    def children(self):
        return []


class Num(Node):
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Num({self.value!r})"


class Var(Node):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Var({self.name})"


class Unary(Node):
    def __init__(self, op, operand):
        self.op = op
        self.operand = operand

    def children(self):
        return [self.operand]

    def __repr__(self):
        return f"Unary({self.op!r}, {self.operand!r})"


class Binary(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def children(self):
        return [self.left, self.right]

    def __repr__(self):
        return f"Binary({self.op!r}, {self.left!r}, {self.right!r})"


class Call(Node):
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def children(self):
        return list(self.args)

    def __repr__(self):
        return f"Call({self.name}, {self.args!r})"


PRECEDENCE = {
    "==": 1, "!=": 1, "<": 1, ">": 1, "<=": 1, ">=": 1,
    "+": 2, "-": 2,
    "*": 3, "/": 3, "//": 3, "%": 3,
}


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    @property
    def cur(self):
        return self.tokens[self.i]

    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, text):
        if self.cur.text != text:
            raise ParseError(f"expected {text!r}, found {self.cur.text or 'end of input'!r}", self.cur.pos)
        return self.advance()

    def parse(self):
        node = self.expression(0)
        if self.cur.kind != "EOF":
            raise ParseError(f"unexpected token {self.cur.text!r}", self.cur.pos)
        return node

    def expression(self, min_prec):
        left = self.unary()
        while self.cur.kind == "OP" and self.cur.text in PRECEDENCE and PRECEDENCE[self.cur.text] >= min_prec:
            op = self.advance().text
            right = self.expression(PRECEDENCE[op] + 1)
            left = Binary(op, left, right)
        return left

    def unary(self):
        if self.cur.kind == "OP" and self.cur.text in ("-", "+"):
            op = self.advance().text
            return Unary(op, self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.cur.text == "**":
            self.advance()
            exponent = self.unary()
            return Binary("**", base, exponent)
        return base

    def atom(self):
        tok = self.cur
        if tok.kind == "INT":
            self.advance()
            return Num(int(tok.text))
        if tok.kind == "FLOAT":
            self.advance()
            return Num(float(tok.text))
        if tok.kind == "NAME":
            self.advance()
            if self.cur.text == "(":
                self.advance()
                args = []
                if self.cur.text != ")":
                    args.append(self.expression(0))
                    while self.cur.text == ",":
                        self.advance()
                        args.append(self.expression(0))
                self.expect(")")
                return Call(tok.text, args)
            return Var(tok.text)
        if tok.text == "(":
            self.advance()
            node = self.expression(0)
            self.expect(")")
            return node
        raise ParseError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)


FUNCTIONS = {
    "max": max,
    "min": min,
    "abs": abs,
    "sqrt": math.sqrt,
    "gcd": math.gcd,
}


class EvalError(Exception):
    pass


def evaluate(node, env):
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Var):
        if node.name not in env:
            raise EvalError(f"undefined variable {node.name!r}")
        return env[node.name]
    if isinstance(node, Unary):
        v = evaluate(node.operand, env)
        return -v if node.op == "-" else +v
    if isinstance(node, Call):
        fn = FUNCTIONS.get(node.name)
        if fn is None:
            raise EvalError(f"unknown function {node.name!r}")
        return fn(*[evaluate(a, env) for a in node.args])
    a = evaluate(node.left, env)
    b = evaluate(node.right, env)
    op = node.op
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        if b == 0:
            raise EvalError("division by zero")
        return a / b
    if op == "//":
        if b == 0:
            raise EvalError("division by zero")
        return a // b
    if op == "%":
        return a % b
    if op == "**":
        return a ** b
    return {"==": a == b, "!=": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op]


def to_source(node, parent_prec=0):
    if isinstance(node, Num):
        return repr(node.value)
    if isinstance(node, Var):
        return node.name
    if isinstance(node, Call):
        return f"{node.name}({', '.join(to_source(a) for a in node.args)})"
    if isinstance(node, Unary):
        text = f"{node.op}{to_source(node.operand, 4)}"
        return f"({text})" if parent_prec >= 4 else text
    prec = 4 if node.op == "**" else PRECEDENCE[node.op]
    text = f"{to_source(node.left, prec)} {node.op} {to_source(node.right, prec + 1)}"
    return f"({text})" if prec < parent_prec else text


def simplify(node):
    if isinstance(node, Binary):
        left, right = simplify(node.left), simplify(node.right)
        if isinstance(left, Num) and isinstance(right, Num):
            try:
                return Num(evaluate(Binary(node.op, left, right), {}))
            except EvalError:
                pass
        if node.op == "*" and (isinstance(left, Num) and left.value == 0 or isinstance(right, Num) and right.value == 0):
            return Num(0)
        if node.op == "*" and isinstance(left, Num) and left.value == 1:
            return right
        if node.op in ("*", "/") and isinstance(right, Num) and right.value == 1:
            return left
        if node.op in ("+", "-") and isinstance(right, Num) and right.value == 0:
            return left
        if node.op == "+" and isinstance(left, Num) and left.value == 0:
            return right
        return Binary(node.op, left, right)
    if isinstance(node, Unary):
        inner = simplify(node.operand)
        if isinstance(inner, Num):
            return Num(-inner.value if node.op == "-" else inner.value)
        return Unary(node.op, inner)
    if isinstance(node, Call):
        return Call(node.name, [simplify(a) for a in node.args])
    return node


def count_nodes(node):
    return 1 + sum(count_nodes(c) for c in node.children())


def main():
    env = {"x": 3, "y": 4, "rate": 0.25}
    expressions = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ** 3 ** 2",
        "-2 ** 2",
        "(-2) ** 2",
        "10 - 4 - 3",
        "100 // 7 % 4",
        "x * x + y * y",
        "sqrt(x * x + y * y)",
        "max(1, x, y * 2) - min(5, 2)",
        "1.5e2 / 4",
        "gcd(84, 36) * 2",
        "x < y == 1",
        "0 * x + 1 * y + (z - z) * 0",
        "rate * 1000 + 0",
        ".5 + 2.",
    ]
    for src in expressions:
        tokens = tokenize(src)
        tree = Parser(tokens).parse()
        simple = simplify(tree)
        try:
            value = evaluate(tree, env)
        except EvalError as e:
            value = f"error: {e}"
        print(f"{src!r:36} -> {to_source(tree):32} = {value!r}")
        print(f"    nodes={count_nodes(tree)} simplified={to_source(simple)}")

    print(tokenize("a1 + 2.5*(b//3)")[:6])
    bad_inputs = ["1 +", "(2 * 3", "4 $ 5", "max(1, )", "2 3", "", "foo(1)", "1 / (x - 3)", "q + 1"]
    for src in bad_inputs:
        try:
            tree = Parser(tokenize(src)).parse()
            print(f"{src!r}: {evaluate(tree, env)!r}")
        except (LexError, ParseError, EvalError) as e:
            print(f"{src!r}: {type(e).__name__}: {e}")

    print(repr(Parser(tokenize("-(1 + x) * 2")).parse()))


main()
