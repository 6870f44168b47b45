# string_build: building and taking apart strings: += concatenation in loops,
# str.join over lists, f-strings, %-formatting and str.format, split, strip,
# replace, find, upper/lower, slicing, ord/chr, and a run-length encoder.
# A small report generator that writes CSV text and parses it back.
SIZE = 7800  # reports generated (work is linear in SIZE)

ROWS = 40


def make_rows(seed):
    rows = []
    state = seed
    for i in range(ROWS):
        state = (state * 69069 + 1) & 0xFFFFFFFF
        name = ""
        for k in range(3 + state % 5):
            name += chr(ord("a") + (state >> (k * 3)) % 26)
        rows.append((name.capitalize(), state % 1000, (state >> 10) % 10000 / 100.0))
    return rows


def to_csv(rows):
    lines = ["name,count,price"]
    for name, count, price in rows:
        lines.append(f"{name},{count},{price:.2f}")
    return "\n".join(lines) + "\n"


def from_csv(text):
    out = []
    for line in text.strip().split("\n")[1:]:
        name, count, price = line.split(",")
        out.append((name, int(count), float(price)))
    return out


def report(rows):
    text = ""
    total = 0.0
    for i, (name, count, price) in enumerate(rows):
        line = "%-10s %5d %9.2f" % (name, count, price)
        if i % 3 == 0:
            line = line.upper()
        text += line + "\n"
        total += count * price
    text += "{:>10} {:>15.2f}\n".format("TOTAL", total)
    return text


def run_length(text):
    if not text:
        return ""
    parts = []
    prev = text[0]
    run = 1
    for ch in text[1:]:
        if ch == prev:
            run += 1
        else:
            parts.append(str(run) + prev if run > 1 else prev)
            prev = ch
            run = 1
    parts.append(str(run) + prev if run > 1 else prev)
    return "".join(parts)


def fill(template, values):
    out = template
    for key, value in values.items():
        out = out.replace("{{" + key + "}}", str(value))
    return out


def main(reports):
    checksum = 0
    length = 0
    template = "Report {{n}}: {{rows}} rows, widest name {{widest}}, first={{first}}"
    for n in range(reports):
        rows = from_csv(to_csv(make_rows(n)))
        body = report(rows)
        packed = run_length(body)
        widest = max(rows, key=lambda r: (len(r[0]), r[0]))[0]
        header = fill(template, {"n": n, "rows": len(rows), "widest": widest, "first": rows[0][0].lower()})
        where = body.find("TOTAL")
        summary = header + " | " + body[where : where + 26].strip()
        length += len(body) + len(packed)
        for ch in summary:
            checksum = (checksum * 131 + ord(ch)) % 1000000007
    print(f"string_build reports={reports} length={length} checksum={checksum}")
    print(summary)


main(SIZE)
