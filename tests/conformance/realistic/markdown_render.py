"""A markdown-to-plain-text renderer.

Block level: ATX and setext headings, paragraphs with soft wrapping,
block quotes (nested), ordered and unordered lists (nested by indent),
fenced and indented code blocks, horizontal rules, and simple tables.
Inline: emphasis, strong, code spans, links, images, autolinks and
backslash escapes.  Output is rendered for an 60-column terminal, with
footnote-style link references collected at the end."""

import re
import textwrap

WIDTH = 60


class InlineRenderer:
    def __init__(self):
        self.links = []

    def link_ref(self, url):
        if url not in self.links:
            self.links.append(url)
        return self.links.index(url) + 1

    def render(self, text):
        out = []
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "\\" and i + 1 < len(text) and text[i + 1] in "\\`*_[]()#+-.!<>":
                out.append(text[i + 1])
                i += 2
                continue
            if ch == "`":
                end = text.find("`", i + 1)
                if end != -1:
                    out.append("'" + text[i + 1:end] + "'")
                    i = end + 1
                    continue
            if text.startswith("**", i) or text.startswith("__", i):
                marker = text[i:i + 2]
                end = text.find(marker, i + 2)
                if end != -1:
                    out.append(self.render(text[i + 2:end]).upper())
                    i = end + 2
                    continue
            if ch in "*_":
                end = text.find(ch, i + 1)
                if end != -1 and end > i + 1 and not text[i + 1].isspace():
                    out.append("/" + self.render(text[i + 1:end]) + "/")
                    i = end + 1
                    continue
            if ch == "!" and text.startswith("![", i):
                m = re.match(r"!\[([^\]]*)\]\(([^)\s]+)\)", text[i:])
                if m:
                    out.append(f"[image: {m.group(1) or 'untitled'}]")
                    i += m.end()
                    continue
            if ch == "[":
                m = re.match(r"\[([^\]]+)\]\(([^)\s]+)\)", text[i:])
                if m:
                    n = self.link_ref(m.group(2))
                    out.append(f"{self.render(m.group(1))}[{n}]")
                    i += m.end()
                    continue
            if ch == "<":
                m = re.match(r"<(https?://[^>]+)>", text[i:])
                if m:
                    out.append(m.group(1))
                    i += m.end()
                    continue
            out.append(ch)
            i += 1
        return "".join(out)


class Block:
    def __init__(self, kind, **data):
        self.kind = kind
        self.__dict__.update(data)

    def __repr__(self):
        return f"Block({self.kind})"


LIST_RE = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+(.*)$")


def parse_blocks(lines):
    blocks = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        if stripped.startswith("```"):
            lang = stripped[3:].strip()
            body = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                body.append(lines[i])
                i += 1
            blocks.append(Block("code", lang=lang, lines=body))
            i += 1
            continue
        if line.startswith("    "):
            body = []
            while i < len(lines) and (lines[i].startswith("    ") or not lines[i].strip()):
                body.append(lines[i][4:])
                i += 1
            while body and not body[-1].strip():
                body.pop()
            blocks.append(Block("code", lang="", lines=body))
            continue
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", stripped)
        if m:
            blocks.append(Block("heading", level=len(m.group(1)), text=m.group(2)))
            i += 1
            continue
        if re.match(r"^([-*_])(\s*\1){2,}$", stripped):
            blocks.append(Block("rule"))
            i += 1
            continue
        if i + 1 < len(lines) and re.match(r"^(=+|-+)\s*$", lines[i + 1]) and not LIST_RE.match(line):
            level = 1 if lines[i + 1].strip()[0] == "=" else 2
            blocks.append(Block("heading", level=level, text=stripped))
            i += 2
            continue
        if stripped.startswith(">"):
            inner = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                content = lines[i].strip()[1:]
                inner.append(content[1:] if content.startswith(" ") else content)
                i += 1
            blocks.append(Block("quote", children=parse_blocks(inner)))
            continue
        if "|" in stripped and i + 1 < len(lines) and re.match(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$", lines[i + 1].strip()):
            rows = []
            while i < len(lines) and "|" in lines[i]:
                if not re.match(r"^\|?\s*:?-+", lines[i].strip()):
                    cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                    rows.append(cells)
                i += 1
            blocks.append(Block("table", rows=rows))
            continue
        if LIST_RE.match(line):
            items = []
            while i < len(lines):
                m = LIST_RE.match(lines[i])
                if m:
                    indent = len(m.group(1).expandtabs(4))
                    items.append([indent, m.group(2), m.group(3)])
                elif lines[i].strip() and lines[i].startswith("  ") and items:
                    items[-1][2] += " " + lines[i].strip()
                else:
                    break
                i += 1
            blocks.append(Block("list", items=items))
            continue
        para = []
        while i < len(lines) and lines[i].strip() and not LIST_RE.match(lines[i]) \
                and not lines[i].strip().startswith(("#", ">", "```")):
            para.append(lines[i].strip())
            i += 1
        blocks.append(Block("para", text=" ".join(para)))
    return blocks


def render_blocks(blocks, inline, width):
    out = []
    for b in blocks:
        if b.kind == "heading":
            text = inline.render(b.text)
            if b.level == 1:
                out += [text.upper(), "=" * min(width, len(text))]
            elif b.level == 2:
                out += [text, "-" * min(width, len(text))]
            else:
                out.append("#" * b.level + " " + text)
        elif b.kind == "para":
            out += textwrap.wrap(inline.render(b.text), width) or [""]
        elif b.kind == "code":
            label = f" [{b.lang}]" if b.lang else ""
            out.append("+" + "-" * (width - 2) + "+" + label)
            for line in b.lines:
                out.append("| " + line.expandtabs(4))
            out.append("+" + "-" * (width - 2) + "+")
        elif b.kind == "rule":
            out.append("-" * width)
        elif b.kind == "quote":
            inner = render_blocks(b.children, inline, width - 2)
            while inner and not inner[-1]:
                inner.pop()
            for line in inner:
                out.append(("> " + line).rstrip())
        elif b.kind == "list":
            counters = {}
            for indent, marker, text in b.items:
                level = indent // 2
                for deeper in [k for k in counters if k > level]:
                    del counters[deeper]
                if marker[0].isdigit():
                    counters[level] = counters.get(level, int(marker[:-1]) - 1) + 1
                    bullet = f"{counters[level]}."
                else:
                    bullet = "*o-"[level % 3]
                prefix = "  " * level + bullet + " "
                wrapped = textwrap.wrap(inline.render(text), width - len(prefix)) or [""]
                out.append(prefix + wrapped[0])
                out += [" " * len(prefix) + w for w in wrapped[1:]]
        elif b.kind == "table":
            rendered = [[inline.render(c) for c in row] for row in b.rows]
            ncols = max(len(r) for r in rendered)
            for r in rendered:
                r += [""] * (ncols - len(r))
            widths = [max(len(r[c]) for r in rendered) for c in range(ncols)]
            for n, r in enumerate(rendered):
                out.append(" | ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip())
                if n == 0:
                    out.append("-+-".join("-" * w for w in widths))
        out.append("")
    return out


def render(markdown, width=WIDTH):
    inline = InlineRenderer()
    blocks = parse_blocks(markdown.splitlines())
    lines = render_blocks(blocks, inline, width)
    while lines and not lines[-1]:
        lines.pop()
    if inline.links:
        lines += ["", "Links:"] + [f"  [{n}] {url}" for n, url in enumerate(inline.links, 1)]
    return "\n".join(lines), blocks


DOCUMENT = """\
Quicken Release Notes
=====================

This release brings **major speedups** to the *interpreter*, plus a new
`conform` command. See [the docs](https://example.org/docs) and the
[changelog](https://example.org/changes) for details, or visit
<https://example.org>. Escaped \\*asterisks\\* stay literal.

## What's new

- Faster attribute lookup with *inline caches*
- A rewritten parser
  that handles long lines gracefully and wraps continuation text nicely
  under the bullet
    - nested item one
    - nested item **two**
        - third level with `code`
- Better error messages

1. Install the package
2. Run `quicken conform tests/`
3. Compare with [the docs](https://example.org/docs) again

> Note: this is a *pre-release*.
> > Nested quotes are supported too.
> Back to the first level.

### Benchmarks

| benchmark | before | after |
|-----------|-------:|------:|
| fib(30)   | 2.10s  | 0.41s |
| nbody     | 5.00s  | 1.20s |
| **total** | 7.10s  | 1.61s |

```python
def fib(n):
\treturn n if n < 2 else fib(n - 1) + fib(n - 2)
```

    indented code block
      keeps its indentation

* * *

Setext second level
-------------------

![architecture diagram](arch.png) and an image with no alt: ![](x.png).
Final paragraph with an unmatched *star and a lone ` backtick.
"""


def main():
    text, blocks = render(DOCUMENT)
    print(text)
    print()
    print("block kinds:", [b.kind for b in blocks])
    counts = {}
    for b in blocks:
        counts[b.kind] = counts.get(b.kind, 0) + 1
    print("counts:", dict(sorted(counts.items())))
    narrow, _ = render("A paragraph that is long enough to be wrapped at twenty columns.\n\n- item with a long text that also wraps", width=20)
    print(narrow)
    inline = InlineRenderer()
    for sample in ["**bold _and italic_**", "a\\_b\\_c", "`x*y*z`", "[a](u1) [b](u2) [c](u1)", "* not emphasis", "2 * 3 * 4"]:
        print(f"{sample!r:30} -> {inline.render(sample)!r}")
    print(inline.links)


main()
