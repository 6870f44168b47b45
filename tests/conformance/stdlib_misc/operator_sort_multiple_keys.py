from operator import itemgetter, attrgetter
data = [{"n": "b", "a": 2}, {"n": "a", "a": 2}, {"n": "c", "a": 1}]
print(sorted(data, key=itemgetter("a", "n")))
class E:
    def __init__(self, dept, name, sal):
        self.dept, self.name, self.sal = dept, name, sal
    def __repr__(self):
        return f"{self.dept}/{self.name}/{self.sal}"
es = [E("x", "bo", 5), E("y", "al", 7), E("x", "al", 9)]
print(sorted(es, key=attrgetter("dept", "name")))
print(sorted(es, key=attrgetter("sal"), reverse=True))
print(max(es, key=attrgetter("sal")), list(map(itemgetter(0), ["ab", "cd"])))
