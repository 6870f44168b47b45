"""Huffman coding: frequency analysis, deterministic tree construction
with a heap (ties broken by insertion order), canonical code assignment,
bit packing into bytes, header serialisation, decoding, and compression
statistics compared with the Shannon entropy bound."""

import heapq
import math
from collections import Counter


class Node:
    __slots__ = ("weight", "symbol", "left", "right")

    def __init__(self, weight, symbol=None, left=None, right=None):
        self.weight = weight
        self.symbol = symbol
        self.left = left
        self.right = right

    @property
    def is_leaf(self):
        return self.symbol is not None


def build_tree(freqs):
    heap = []
    counter = 0
    for sym, w in sorted(freqs.items()):
        heap.append((w, counter, Node(w, sym)))
        counter += 1
    heapq.heapify(heap)
    if len(heap) == 1:
        w, _, only = heap[0]
        return Node(w, left=only)
    while len(heap) > 1:
        w1, _, a = heapq.heappop(heap)
        w2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (w1 + w2, counter, Node(w1 + w2, left=a, right=b)))
        counter += 1
    return heap[0][2]


def code_lengths(tree):
    lengths = {}

    def walk(node, depth):
        if node is None:
            return
        if node.is_leaf:
            lengths[node.symbol] = max(depth, 1)
            return
        walk(node.left, depth + 1)
        walk(node.right, depth + 1)

    walk(tree, 0)
    return lengths


def canonical_codes(lengths):
    """Assign canonical codes: sort by (length, symbol)."""
    codes = {}
    code = 0
    prev_len = 0
    for sym, length in sorted(lengths.items(), key=lambda kv: (kv[1], kv[0])):
        code <<= (length - prev_len)
        codes[sym] = format(code, f"0{length}b")
        code += 1
        prev_len = length
    return codes


class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.nbits = 0

    def write(self, bits):
        for b in bits:
            self.acc = (self.acc << 1) | (b == "1")
            self.nbits += 1
            if self.nbits == 8:
                self.out.append(self.acc)
                self.acc = 0
                self.nbits = 0

    def finish(self):
        padding = (8 - self.nbits) % 8
        if self.nbits:
            self.out.append(self.acc << padding)
        return bytes(self.out), padding


def iter_bits(data, padding):
    total = len(data) * 8 - padding
    for i in range(total):
        yield (data[i // 8] >> (7 - i % 8)) & 1


def serialize_header(lengths, count):
    """count(4) nsyms(2) then (symbol utf-8 length byte, symbol bytes, code length byte)."""
    out = bytearray(count.to_bytes(4, "big"))
    out += len(lengths).to_bytes(2, "big")
    for sym, length in sorted(lengths.items()):
        raw = sym.encode("utf-8")
        out.append(len(raw))
        out += raw
        out.append(length)
    return bytes(out)


def parse_header(blob):
    count = int.from_bytes(blob[:4], "big")
    nsyms = int.from_bytes(blob[4:6], "big")
    pos = 6
    lengths = {}
    for _ in range(nsyms):
        n = blob[pos]
        sym = blob[pos + 1:pos + 1 + n].decode("utf-8")
        lengths[sym] = blob[pos + 1 + n]
        pos += n + 2
    return count, lengths, pos


def compress(text):
    if not text:
        return b"\x00\x00\x00\x00\x00\x00\x00"
    freqs = Counter(text)
    lengths = code_lengths(build_tree(freqs))
    codes = canonical_codes(lengths)
    writer = BitWriter()
    for ch in text:
        writer.write(codes[ch])
    payload, padding = writer.finish()
    return serialize_header(lengths, len(text)) + bytes([padding]) + payload


def decompress(blob):
    count, lengths, pos = parse_header(blob)
    if count == 0:
        return ""
    codes = canonical_codes(lengths)
    decode_table = {code: sym for sym, code in codes.items()}
    padding = blob[pos]
    out = []
    current = ""
    for bit in iter_bits(blob[pos + 1:], padding):
        current += "1" if bit else "0"
        sym = decode_table.get(current)
        if sym is not None:
            out.append(sym)
            current = ""
            if len(out) == count:
                break
    if len(out) != count:
        raise ValueError(f"corrupt stream: decoded {len(out)} of {count} symbols")
    return "".join(out)


def entropy(text):
    n = len(text)
    return 0.0 - sum(c / n * math.log2(c / n) for c in Counter(text).values())


def is_prefix_free(codes):
    ordered = sorted(codes.values())
    return all(not b.startswith(a) for a, b in zip(ordered, ordered[1:]))


SAMPLES = {
    "single": "aaaaaaaaaa",
    "two": "abababababbbbb",
    "classic": "this is an example of a huffman tree",
    "pangram": "The quick brown fox jumps over the lazy dog. " * 3,
    "skewed": "a" * 50 + "b" * 20 + "c" * 10 + "d" * 5 + "e" * 3 + "f" * 2,
    "unicode": "naïve café — ünïcödé ✓✓✓ 日本語日本",
    "fibonacci": "".join(ch * n for ch, n in zip("abcdefgh", [1, 1, 2, 3, 5, 8, 13, 21])),
}


def main():
    for name, text in SAMPLES.items():
        freqs = Counter(text)
        lengths = code_lengths(build_tree(freqs))
        codes = canonical_codes(lengths)
        blob = compress(text)
        back = decompress(blob)
        bits = sum(lengths[ch] for ch in text)
        avg = bits / len(text)
        h = entropy(text)
        print(f"== {name}: {len(text)} chars, {len(freqs)} symbols")
        print(f"   roundtrip={back == text} prefix_free={is_prefix_free(codes)} "
              f"avg={avg:.4f} bits/sym entropy={h:.4f} within_1bit={h <= avg < h + 1}")
        print(f"   utf-8 bytes={len(text.encode())} compressed={len(blob)} payload_bits={bits}")
        shown = sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0]))[:6]
        print("   codes:", ", ".join(f"{s!r}={c}" for s, c in shown))
        kraft = sum(2 ** -l for l in lengths.values())
        print(f"   kraft sum={kraft}")

    text = SAMPLES["classic"]
    blob = compress(text)
    print("header+payload hex:", blob.hex()[:64], "...")
    count, lengths, pos = parse_header(blob)
    print("parsed header:", count, len(lengths), pos, "padding:", blob[pos])
    print("empty roundtrip:", repr(decompress(compress(""))))
    corrupted = blob[:-3]
    try:
        decompress(corrupted)
    except ValueError as e:
        print("ValueError:", e)
    writer = BitWriter()
    writer.write("1011")
    writer.write("0000111")
    data, pad = writer.finish()
    print("bitwriter:", data.hex(), pad, list(iter_bits(data, pad)))
    weights = sorted(Counter(SAMPLES["fibonacci"]).values())
    print("fibonacci weights give maximal depth:", weights, max(code_lengths(build_tree(Counter(SAMPLES["fibonacci"]))).values()))


main()
