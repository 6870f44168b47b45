from functools import cached_property

class Report:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.rows)

r = Report([1, 2, 3])
print(r.total, r.total, r.computed)
del r.total
r.rows.append(10)
print(r.total, r.computed)
print(type(Report.total).__name__, Report.total.attrname)
