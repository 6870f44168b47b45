"""A JSON-like encoder and decoder written from scratch, cross-checked
against the json module.  Supports objects, arrays, strings with escapes
(including \\u surrogate pairs), numbers, true/false/null, pretty printing,
sorted keys, and precise error positions."""

import json


class DecodeError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.msg = msg
        self.pos = pos
        self.line = line
        self.col = col


ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
REVERSE_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg, pos=None):
        raise DecodeError(msg, self.text, self.pos if pos is None else pos)

    def skip_ws(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in " \t\n\r":
            self.pos += 1

    def decode(self):
        self.skip_ws()
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            self.error("Extra data")
        return value

    def value(self):
        if self.pos >= len(self.text):
            self.error("Expecting value")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        self.error("Expecting value")

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos:self.pos + 1] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            if self.text[self.pos:self.pos + 1] != '"':
                self.error("Expecting property name enclosed in double quotes")
            key = self.string()
            self.skip_ws()
            if self.text[self.pos:self.pos + 1] != ":":
                self.error("Expecting ':' delimiter")
            self.pos += 1
            self.skip_ws()
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos:self.pos + 1]
            if ch == ",":
                self.pos += 1
                continue
            if ch == "}":
                self.pos += 1
                return result
            self.error("Expecting ',' delimiter")

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos:self.pos + 1] == "]":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos:self.pos + 1]
            if ch == ",":
                self.pos += 1
                continue
            if ch == "]":
                self.pos += 1
                return result
            self.error("Expecting ',' delimiter")

    def hex4(self):
        digits = self.text[self.pos:self.pos + 4]
        if len(digits) != 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
            self.error("Invalid \\uXXXX escape", self.pos - 1)
        self.pos += 4
        return int(digits, 16)

    def string(self):
        start = self.pos
        self.pos += 1
        parts = []
        text = self.text
        while True:
            if self.pos >= len(text):
                self.error("Unterminated string starting at", start)
            ch = text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(parts)
            if ch == "\\":
                esc = text[self.pos + 1:self.pos + 2]
                if esc == "u":
                    self.pos += 2
                    code = self.hex4()
                    if 0xD800 <= code < 0xDC00 and text.startswith("\\u", self.pos):
                        self.pos += 2
                        low = self.hex4()
                        if 0xDC00 <= low < 0xE000:
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        else:
                            parts.append(chr(code))
                            code = low
                    parts.append(chr(code))
                    continue
                if esc not in ESCAPES:
                    self.error("Invalid \\escape", self.pos)
                parts.append(ESCAPES[esc])
                self.pos += 2
                continue
            if ord(ch) < 0x20:
                self.error("Invalid control character at", self.pos)
            parts.append(ch)
            self.pos += 1

    def number(self):
        text = self.text
        start = self.pos
        if text[self.pos] == "-":
            self.pos += 1
        if self.pos < len(text) and text[self.pos] == "0":
            self.pos += 1
        elif self.pos < len(text) and text[self.pos].isdigit():
            while self.pos < len(text) and text[self.pos].isdigit():
                self.pos += 1
        else:
            self.error("Expecting value", start)
        is_float = False
        if text[self.pos:self.pos + 1] == "." and text[self.pos + 1:self.pos + 2].isdigit():
            is_float = True
            self.pos += 1
            while self.pos < len(text) and text[self.pos].isdigit():
                self.pos += 1
        if text[self.pos:self.pos + 1] in ("e", "E"):
            save = self.pos
            self.pos += 1
            if text[self.pos:self.pos + 1] in ("+", "-"):
                self.pos += 1
            if text[self.pos:self.pos + 1].isdigit():
                is_float = True
                while self.pos < len(text) and text[self.pos].isdigit():
                    self.pos += 1
            else:
                self.pos = save
        literal = text[start:self.pos]
        return float(literal) if is_float else int(literal)


def encode_string(s, ensure_ascii=True):
    out = ['"']
    for ch in s:
        if ch in REVERSE_ESCAPES:
            out.append(REVERSE_ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        elif ensure_ascii and ord(ch) > 0x7E:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class EncodeError(TypeError):
    pass


def encode(value, indent=None, sort_keys=False, ensure_ascii=True, _level=0, _seen=None):
    if _seen is None:
        _seen = set()
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    if isinstance(value, str):
        return encode_string(value, ensure_ascii)
    if isinstance(value, (list, tuple, dict)):
        marker = id(value)
        if marker in _seen:
            raise ValueError("Circular reference detected")
        _seen.add(marker)
        try:
            if isinstance(value, dict):
                items = list(value.items())
                if sort_keys:
                    items.sort(key=lambda kv: kv[0])
                parts = []
                for k, v in items:
                    if isinstance(k, str):
                        key = k
                    elif isinstance(k, (int, float, bool)) or k is None:
                        key = encode(k)
                    else:
                        raise EncodeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")
                    parts.append(encode_string(key, ensure_ascii) + ": " +
                                 encode(v, indent, sort_keys, ensure_ascii, _level + 1, _seen))
                open_, close = "{", "}"
            else:
                parts = [encode(v, indent, sort_keys, ensure_ascii, _level + 1, _seen) for v in value]
                open_, close = "[", "]"
            if not parts:
                return open_ + close
            if indent is None:
                return open_ + ", ".join(parts) + close
            pad = "\n" + " " * (indent * (_level + 1))
            return open_ + pad + ("," + pad).join(parts) + "\n" + " " * (indent * _level) + close
        finally:
            _seen.discard(marker)
    raise EncodeError(f"Object of type {type(value).__name__} is not JSON serializable")


def main():
    docs = [
        '{"name": "Widget", "price": 12.5, "tags": ["a", "b"], "stock": null, "active": true}',
        '[1, -2, 3.0, 4e2, -0.5E-3, 0, 1e5, 12345678901234567890]',
        '"escapes: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00"',
        '{"nested": {"deep": [[], {}, [{"x": [1, [2, [3]]]}]]}}',
        '  \n\t {"spaced" :  [ 1 ,2 ] }  ',
        '{"dup": 1, "dup": 2}',
        '"\\u0041\\u00DF\\u6C34"',
    ]
    for doc in docs:
        mine = Decoder(doc).decode()
        ref = json.loads(doc)
        print(repr(mine)[:70], mine == ref)
        back = encode(mine)
        print("   ", back[:70], json.loads(back) == ref, back == json.dumps(ref))

    bad = [
        '{"a": 1,}', "[1, 2", '{"a" 1}', "tru", '"unterminated', '{1: 2}', "[1 2]",
        '"bad \\x escape"', "01", "-", '{"a": [1, {"b": }]}', "[]x", '"\\u12"', '"tab\there"',
    ]
    for doc in bad:
        try:
            Decoder(doc).decode()
            print("no error?", doc)
        except DecodeError as e:
            try:
                json.loads(doc)
                ref = "accepted"
            except json.JSONDecodeError as je:
                ref = f"{je.msg} @{je.pos}"
            print(f"{doc!r:24} -> {e}  | json: {ref}")

    data = {
        "zeta": [1, 2.5, None, True],
        "alpha": {"b": "x\ny", "a": []},
        "unicode": "naïve ✓ 😀",
        "empty": {},
        7: "int key",
    }
    pretty = encode(data, indent=2, sort_keys=False)
    print(pretty)
    ref_pretty = json.dumps(data, indent=2, separators=(",", ": "))
    print("matches json.dumps indent:", pretty == ref_pretty)
    compact_sorted = encode({k: v for k, v in data.items() if isinstance(k, str)}, sort_keys=True, ensure_ascii=False)
    print(compact_sorted)
    print(compact_sorted == json.dumps({k: v for k, v in data.items() if isinstance(k, str)}, sort_keys=True, ensure_ascii=False))

    for value in [float("nan"), float("inf"), -float("inf"), 1e-7, 1.0, -0.0, 10**20, "\x01\x1f"]:
        print(repr(value), encode(value), json.dumps(value), encode(value) == json.dumps(value))

    circular = [1]
    circular.append(circular)
    for thing in (circular, {"s": {1, 2}}, {(1, 2): "tuple key"}, object):
        try:
            encode(thing)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

    roundtrip = {"list": list(range(5)), "text": "a\"b", "n": -12.75, "ok": False}
    for _ in range(3):
        roundtrip = Decoder(encode(roundtrip)).decode()
    print(roundtrip)


main()
