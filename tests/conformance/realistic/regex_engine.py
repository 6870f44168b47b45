"""A small backtracking regular-expression engine.

Supported syntax: literals, '.', character classes with ranges and
negation, escapes \\d \\w \\s \\D \\W \\S and escaped metacharacters,
anchors ^ and $, capturing groups (...), non-capturing groups (?:...),
alternation |, and quantifiers * + ? {m} {m,} {m,n} plus their lazy
forms.  Matching uses generators for backtracking.  Every result is
compared against the re module."""

import re


class RegexError(Exception):
    pass


# ---- AST ----------------------------------------------------------------

class Char:
    def __init__(self, pred, desc):
        self.pred = pred
        self.desc = desc


class Seq:
    def __init__(self, items):
        self.items = items


class Alt:
    def __init__(self, options):
        self.options = options


class Repeat:
    def __init__(self, node, lo, hi, lazy):
        self.node = node
        self.lo = lo
        self.hi = hi
        self.lazy = lazy


class Group:
    def __init__(self, node, index):
        self.node = node
        self.index = index


class Anchor:
    def __init__(self, kind):
        self.kind = kind


def class_pred(escape):
    return {
        "d": str.isdigit,
        "D": lambda c: not c.isdigit(),
        "w": lambda c: c.isalnum() or c == "_",
        "W": lambda c: not (c.isalnum() or c == "_"),
        "s": str.isspace,
        "S": lambda c: not c.isspace(),
    }.get(escape)


# ---- parser -------------------------------------------------------------

class Parser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0
        self.groups = 0

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def take(self):
        ch = self.p[self.i]
        self.i += 1
        return ch

    def parse(self):
        node = self.alternation()
        if self.i != len(self.p):
            raise RegexError(f"unbalanced parenthesis at position {self.i}")
        return node

    def alternation(self):
        options = [self.sequence()]
        while self.peek() == "|":
            self.take()
            options.append(self.sequence())
        return options[0] if len(options) == 1 else Alt(options)

    def sequence(self):
        items = []
        while self.peek() is not None and self.peek() not in "|)":
            items.append(self.quantified())
        return Seq(items)

    def quantified(self):
        atom = self.atom()
        while True:
            ch = self.peek()
            if ch in ("*", "+", "?"):
                self.take()
                lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
            elif ch == "{" and re.match(r"\{\d+(,\d*)?\}", self.p[self.i:]):
                end = self.p.index("}", self.i)
                body = self.p[self.i + 1:end]
                self.i = end + 1
                if "," in body:
                    a, b = body.split(",")
                    lo, hi = int(a), (int(b) if b else None)
                else:
                    lo = hi = int(body)
                if hi is not None and hi < lo:
                    raise RegexError("min repeat greater than max repeat")
            else:
                return atom
            if isinstance(atom, (Anchor, Repeat)):
                raise RegexError(f"multiple repeat at position {self.i - 1}")
            lazy = False
            if self.peek() == "?":
                self.take()
                lazy = True
            atom = Repeat(atom, lo, hi, lazy)

    def atom(self):
        ch = self.take()
        if ch == "(":
            if self.p.startswith("?:", self.i):
                self.i += 2
                node = self.alternation()
                index = None
            else:
                self.groups += 1
                index = self.groups
                node = self.alternation()
            if self.peek() != ")":
                raise RegexError("missing ), unterminated subpattern")
            self.take()
            return Group(node, index) if index else node
        if ch == "[":
            return self.char_class()
        if ch == ".":
            return Char(lambda c: c != "\n", "any")
        if ch in "^$":
            return Anchor(ch)
        if ch in "*+?":
            raise RegexError(f"nothing to repeat at position {self.i - 1}")
        if ch == "\\":
            if self.peek() is None:
                raise RegexError("bad escape (end of pattern)")
            esc = self.take()
            pred = class_pred(esc)
            if pred:
                return Char(pred, "\\" + esc)
            return Char(lambda c, e=esc: c == e, esc)
        return Char(lambda c, lit=ch: c == lit, ch)

    def char_class(self):
        negate = False
        if self.peek() == "^":
            self.take()
            negate = True
        preds = []
        first = True
        while True:
            ch = self.peek()
            if ch is None:
                raise RegexError("unterminated character set")
            if ch == "]" and not first:
                self.take()
                break
            first = False
            self.take()
            if ch == "\\":
                esc = self.take()
                pred = class_pred(esc)
                preds.append(pred if pred else (lambda c, e=esc: c == e))
                continue
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                self.take()
                hi = self.take()
                if hi < ch:
                    raise RegexError(f"bad character range {ch}-{hi}")
                preds.append(lambda c, a=ch, b=hi: a <= c <= b)
            else:
                preds.append(lambda c, lit=ch: c == lit)
        if negate:
            return Char(lambda c: c != "\n" and not any(p(c) for p in preds), "[^...]")
        return Char(lambda c: any(p(c) for p in preds), "[...]")


# ---- matcher ------------------------------------------------------------

def match_node(node, s, i, caps):
    """Yield end positions for node matched at s[i:], updating caps in place."""
    if isinstance(node, Char):
        if i < len(s) and node.pred(s[i]):
            yield i + 1
    elif isinstance(node, Seq):
        yield from match_seq(node.items, 0, s, i, caps)
    elif isinstance(node, Alt):
        for opt in node.options:
            yield from match_node(opt, s, i, caps)
    elif isinstance(node, Group):
        saved = caps.get(node.index)
        for end in match_node(node.node, s, i, caps):
            caps[node.index] = (i, end)
            yield end
            caps[node.index] = saved
        if saved is None:
            caps.pop(node.index, None)
    elif isinstance(node, Repeat):
        yield from match_repeat(node, s, i, caps, 0)
    elif isinstance(node, Anchor):
        if node.kind == "^" and i == 0:
            yield i
        elif node.kind == "$" and (i == len(s) or (i == len(s) - 1 and s[i] == "\n")):
            yield i


def match_seq(items, k, s, i, caps):
    if k == len(items):
        yield i
        return
    for mid in match_node(items[k], s, i, caps):
        yield from match_seq(items, k + 1, s, mid, caps)


def match_repeat(node, s, i, caps, count):
    can_stop = count >= node.lo
    can_go = node.hi is None or count < node.hi
    if node.lazy and can_stop:
        yield i
    if can_go:
        for end in match_node(node.node, s, i, caps):
            if end == i and count >= node.lo:
                continue  # an empty iteration cannot make progress
            yield from match_repeat(node, s, end, caps, count + 1)
    if not node.lazy and can_stop:
        yield i


class Pattern:
    def __init__(self, pattern):
        parser = Parser(pattern)
        self.pattern = pattern
        self.tree = parser.parse()
        self.groups = parser.groups

    def _at(self, s, start, full=False):
        caps = {}
        for end in match_node(self.tree, s, start, caps):
            if full and end != len(s):
                continue
            spans = [(start, end)] + [caps.get(g, (-1, -1)) for g in range(1, self.groups + 1)]
            return spans
        return None

    def search(self, s):
        for start in range(len(s) + 1):
            spans = self._at(s, start)
            if spans:
                return spans
        return None

    def fullmatch(self, s):
        return self._at(s, 0, full=True)

    def findall(self, s):
        out = []
        pos = 0
        while pos <= len(s):
            found = None
            for start in range(pos, len(s) + 1):
                found = self._at(s, start)
                if found:
                    break
            if not found:
                break
            (a, b) = found[0]
            out.append(s[a:b])
            pos = b if b > a else b + 1
        return out


def spans_of(m, groups):
    if m is None:
        return None
    return [m.span(g) for g in range(groups + 1)]


def check(pattern, subject):
    mine = Pattern(pattern)
    ref = re.compile(pattern)
    s1 = mine.search(subject)
    s2 = spans_of(ref.search(subject), ref.groups)
    f1 = mine.fullmatch(subject)
    f2 = spans_of(ref.fullmatch(subject), ref.groups)
    text = subject[s1[0][0]:s1[0][1]] if s1 else None
    ok = s1 == s2 and f1 == f2
    print(f"{pattern!r:22} {subject!r:22} search={text!r:14} groups={s1[1:] if s1 else None} full={f1 is not None} {'OK' if ok else 'MISMATCH'}")
    return ok


def main():
    cases = [
        ("abc", "xxabcxx"), ("a.c", "abc a-c"), ("colou?r", "my color"), ("colou?r", "colour"),
        ("a*", "aaab"), ("a+b", "caaab"), ("^ab", "ab"), ("^ab", "cab"), ("ab$", "cab"),
        ("(a|b)+c", "xbabac"), ("(\\d+)-(\\d+)", "tel 555-1234"), ("[a-c]+", "xyzcabbage"),
        ("[^aeiou ]+", "the quick"), ("\\w+@\\w+\\.com", "mail bob@site.com now"),
        ("(ab)*", "ababab"), ("(a+)+b", "aaab"), ("x{2,3}", "xxxxx"), ("x{2}", "x xx"),
        ("x{2,}", "xxxxxxx"), ("a.*b", "a1b2b3"), ("a.*?b", "a1b2b3"), ("<.+?>", "<a><b>"),
        ("(?:ab|cd)+", "abcdab!"), ("(a)|(b)", "b"), ("((a)(b))", "zab"), ("\\s+", "a \t b"),
        ("[\\d.]+", "pi=3.14!"), ("(\\w)(\\w)?", "a"), ("", "abc"), ("a|", "b"),
        ("[-a]+", "--a-"), ("[]a]+", "]a]"), ("\\.\\*", "a.*b"), ("(a|ab)(c|bcd)(d*)", "abcd"),
        ("^(\\d{3})-(\\d{2})$", "123-45"), ("^(\\d{3})-(\\d{2})$", "123-456"),
    ]
    results = [check(p, s) for p, s in cases]
    print(f"{sum(results)}/{len(results)} agree with re")

    for pattern, subject in [("\\d+", "a1b22c333"), ("[aeiou]", "education"), ("x*", "axxb"), ("(ab|a)", "abaab")]:
        mine = Pattern(pattern).findall(subject)
        ref = [m.group(0) for m in re.finditer(pattern, subject)]
        print(f"findall {pattern!r} {subject!r}: {mine} {'OK' if mine == ref else 'MISMATCH ' + str(ref)}")

    for bad in ["(ab", "ab)", "*a", "a**", "[abc", "[z-a]", "x{3,1}", "\\"]:
        try:
            Pattern(bad)
            print(f"{bad!r}: compiled?")
        except RegexError as e:
            try:
                re.compile(bad)
                ref = "re accepts"
            except re.error as re_err:
                ref = f"re: {re_err.msg}"
            print(f"{bad!r}: RegexError: {e} | {ref}")

    # pathological pattern: (a|aa)*c on a string of a's has exponential
    # backtracking; keep it small to stay fast
    p = Pattern("(a|aa)*c")
    print("pathological no-match:", p.search("a" * 14), re.search("(a|aa)*c", "a" * 14))


main()
