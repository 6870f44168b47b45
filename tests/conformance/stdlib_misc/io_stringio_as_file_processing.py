import io
csv_text = "name,qty,price\nwidget,3,2.50\ngadget,10,1.25\nthing,1,99.99\n"
f = io.StringIO(csv_text)
header = f.readline().strip().split(",")
rows = [dict(zip(header, line.strip().split(","))) for line in f]
print(header, rows)
out = io.StringIO()
total = 0.0
for r in rows:
    cost = int(r["qty"]) * float(r["price"])
    total += cost
    out.write(f"{r['name']:<8}{cost:>8.2f}\n")
out.write(f"{'TOTAL':<8}{total:>8.2f}\n")
print(out.getvalue(), end="")
