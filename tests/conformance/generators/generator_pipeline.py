def read(lines):
    for line in lines:
        yield line.strip()

def nonempty(lines):
    for line in lines:
        if line:
            yield line

def parse(lines):
    for line in lines:
        k, _, v = line.partition("=")
        yield k.strip(), v.strip()

data = ["a = 1\n", "\n", " b=two ", "c = 3 = 4", ""]
print(list(parse(nonempty(read(data)))))
print(dict(parse(nonempty(read(data)))))
