"""A stack-based bytecode virtual machine with an assembler, a
disassembler, a compiler from a tuple-based AST, function calls with
frames, and runtime error reporting with a VM-level traceback."""

from enum import IntEnum


class Op(IntEnum):
    PUSH = 1
    POP = 2
    DUP = 3
    SWAP = 4
    ADD = 10
    SUB = 11
    MUL = 12
    DIV = 13
    MOD = 14
    NEG = 15
    EQ = 20
    LT = 21
    GT = 22
    NOT = 23
    JMP = 30
    JZ = 31
    JNZ = 32
    LOAD = 40
    STORE = 41
    CALL = 50
    RET = 51
    PRINT = 60
    HALT = 99


ARG_OPS = {Op.PUSH, Op.JMP, Op.JZ, Op.JNZ, Op.LOAD, Op.STORE, Op.CALL}


class VMError(Exception):
    pass


class AssemblyError(Exception):
    pass


def assemble(source):
    """Two passes: collect labels, then emit (op, arg) pairs."""
    lines = []
    for raw in source.splitlines():
        line = raw.split(";")[0].strip()
        if line:
            lines.append(line)
    labels = {}
    pc = 0
    for line in lines:
        if line.endswith(":"):
            name = line[:-1]
            if name in labels:
                raise AssemblyError(f"duplicate label {name!r}")
            labels[name] = pc
        else:
            pc += 1
    code = []
    for line in lines:
        if line.endswith(":"):
            continue
        parts = line.split()
        try:
            op = Op[parts[0].upper()]
        except KeyError:
            raise AssemblyError(f"unknown instruction {parts[0]!r}") from None
        if op in ARG_OPS:
            if len(parts) != 2:
                raise AssemblyError(f"{op.name} needs one argument")
            arg = parts[1]
            if op in (Op.JMP, Op.JZ, Op.JNZ, Op.CALL):
                if arg not in labels:
                    raise AssemblyError(f"undefined label {arg!r}")
                arg = labels[arg]
            elif op == Op.PUSH:
                arg = int(arg)
            code.append((op, arg))
        else:
            if len(parts) != 1:
                raise AssemblyError(f"{op.name} takes no argument")
            code.append((op, None))
    return code, labels


def disassemble(code, labels=None):
    names = {v: k for k, v in (labels or {}).items()}
    out = []
    for pc, (op, arg) in enumerate(code):
        label = f"{names[pc]}:" if pc in names else ""
        arg_text = "" if arg is None else (f"{arg} ({names[arg]})" if op in (Op.JMP, Op.JZ, Op.JNZ, Op.CALL) and arg in names else str(arg))
        out.append(f"{label:<8}{pc:04d} {op.name:<6} {arg_text}".rstrip())
    return "\n".join(out)


class Frame:
    def __init__(self, return_pc, name):
        self.return_pc = return_pc
        self.locals = {}
        self.name = name


class VM:
    def __init__(self, code, labels=None, max_steps=1_000_000, max_depth=200):
        self.code = code
        self.names = {v: k for k, v in (labels or {}).items()}
        self.stack = []
        self.frames = [Frame(None, "<main>")]
        self.output = []
        self.steps = 0
        self.max_steps = max_steps
        self.max_depth = max_depth
        self.op_counts = {}

    def pop(self):
        if not self.stack:
            raise VMError("stack underflow")
        return self.stack.pop()

    def run(self):
        pc = 0
        code = self.code
        while True:
            if not 0 <= pc < len(code):
                raise VMError(f"pc {pc} out of range")
            self.steps += 1
            if self.steps > self.max_steps:
                raise VMError("step budget exhausted")
            op, arg = code[pc]
            self.op_counts[op.name] = self.op_counts.get(op.name, 0) + 1
            pc += 1
            try:
                pc = self.execute(op, arg, pc)
            except VMError as e:
                names = [f.name for f in reversed(self.frames)]
                if len(names) > 4:
                    names = names[:3] + [f"... {len(names) - 4} more", names[-1]]
                trace = " <- ".join(names)
                raise VMError(f"{e} at pc {pc - 1} ({op.name}) in {trace}") from None
            if pc is None:
                return self.output

    def execute(self, op, arg, pc):
        s = self.stack
        if op == Op.PUSH:
            s.append(arg)
        elif op == Op.POP:
            self.pop()
        elif op == Op.DUP:
            v = self.pop()
            s += [v, v]
        elif op == Op.SWAP:
            b, a = self.pop(), self.pop()
            s += [b, a]
        elif op in (Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.MOD, Op.EQ, Op.LT, Op.GT):
            b, a = self.pop(), self.pop()
            if op in (Op.DIV, Op.MOD) and b == 0:
                raise VMError("division by zero")
            s.append({
                Op.ADD: lambda: a + b, Op.SUB: lambda: a - b, Op.MUL: lambda: a * b,
                Op.DIV: lambda: a // b, Op.MOD: lambda: a % b,
                Op.EQ: lambda: int(a == b), Op.LT: lambda: int(a < b), Op.GT: lambda: int(a > b),
            }[op]())
        elif op == Op.NEG:
            s.append(-self.pop())
        elif op == Op.NOT:
            s.append(int(not self.pop()))
        elif op == Op.JMP:
            return arg
        elif op == Op.JZ:
            if self.pop() == 0:
                return arg
        elif op == Op.JNZ:
            if self.pop() != 0:
                return arg
        elif op == Op.LOAD:
            frame = self.frames[-1]
            if arg not in frame.locals:
                raise VMError(f"unbound local {arg!r}")
            s.append(frame.locals[arg])
        elif op == Op.STORE:
            self.frames[-1].locals[arg] = self.pop()
        elif op == Op.CALL:
            if len(self.frames) >= self.max_depth:
                raise VMError("call stack overflow")
            self.frames.append(Frame(pc, self.names.get(arg, f"fn@{arg}")))
            return arg
        elif op == Op.RET:
            if self.frames[-1].return_pc is None:
                raise VMError("return from main")
            return self.frames.pop().return_pc
        elif op == Op.PRINT:
            self.output.append(self.pop())
        elif op == Op.HALT:
            return None
        return pc


class Compiler:
    """Compiles ('seq', ...), ('set', name, expr), ('print', expr),
    ('while', cond, body), ('if', cond, then, else), and expressions
    ('num', n), ('var', name), ('bin', op, a, b), ('neg', e), ('not', e)."""

    BINOPS = {"+": Op.ADD, "-": Op.SUB, "*": Op.MUL, "/": Op.DIV, "%": Op.MOD, "==": Op.EQ, "<": Op.LT, ">": Op.GT}

    def __init__(self):
        self.code = []

    def emit(self, op, arg=None):
        self.code.append([op, arg])
        return len(self.code) - 1

    def patch(self, index, target):
        self.code[index][1] = target

    def compile(self, node):
        self.stmt(node)
        self.emit(Op.HALT)
        return [tuple(ins) for ins in self.code]

    def stmt(self, node):
        kind = node[0]
        if kind == "seq":
            for child in node[1:]:
                self.stmt(child)
        elif kind == "set":
            self.expr(node[2])
            self.emit(Op.STORE, node[1])
        elif kind == "print":
            self.expr(node[1])
            self.emit(Op.PRINT)
        elif kind == "while":
            top = len(self.code)
            self.expr(node[1])
            exit_jump = self.emit(Op.JZ, None)
            self.stmt(node[2])
            self.emit(Op.JMP, top)
            self.patch(exit_jump, len(self.code))
        elif kind == "if":
            self.expr(node[1])
            else_jump = self.emit(Op.JZ, None)
            self.stmt(node[2])
            end_jump = self.emit(Op.JMP, None)
            self.patch(else_jump, len(self.code))
            if len(node) > 3:
                self.stmt(node[3])
            self.patch(end_jump, len(self.code))
        else:
            raise ValueError(f"unknown statement {kind!r}")

    def expr(self, node):
        kind = node[0]
        if kind == "num":
            self.emit(Op.PUSH, node[1])
        elif kind == "var":
            self.emit(Op.LOAD, node[1])
        elif kind == "bin":
            self.expr(node[2])
            self.expr(node[3])
            self.emit(self.BINOPS[node[1]])
        elif kind == "neg":
            self.expr(node[1])
            self.emit(Op.NEG)
        elif kind == "not":
            self.expr(node[1])
            self.emit(Op.NOT)
        else:
            raise ValueError(f"unknown expression {kind!r}")


FACTORIAL_ASM = """
    push 10
    call fact
    print
    push 20
    call fact
    print
    halt
fact:               ; n on the stack -> n!
    store n
    load n
    push 2
    lt
    jz recurse
    push 1
    ret
recurse:
    load n
    load n
    push 1
    sub
    call fact
    mul
    ret
"""

GCD_ASM = """
    push 1071
    push 462
    call gcd
    print
    push 2
    push 3
    swap
    sub
    print
    halt
gcd:                ; a b -> gcd(a, b)
    store b
    store a
loop:
    load b
    jz done
    load a
    load b
    mod
    load b
    store a
    store b
    jmp loop
done:
    load a
    ret
"""


def V(name):
    return ("var", name)


def N(n):
    return ("num", n)


def B(op, a, b):
    return ("bin", op, a, b)


COLLATZ_AST = ("seq",
    ("set", "n", N(27)), ("set", "steps", N(0)), ("set", "peak", N(27)),
    ("while", ("not", B("==", V("n"), N(1))), ("seq",
        ("if", B("==", B("%", V("n"), N(2)), N(0)),
            ("set", "n", B("/", V("n"), N(2))),
            ("set", "n", B("+", B("*", V("n"), N(3)), N(1)))),
        ("if", B(">", V("n"), V("peak")), ("set", "peak", V("n"))),
        ("set", "steps", B("+", V("steps"), N(1))))),
    ("print", V("steps")), ("print", V("peak")))

PRIMES_AST = ("seq",
    ("set", "i", N(2)),
    ("while", B("<", V("i"), N(60)), ("seq",
        ("set", "d", N(2)), ("set", "prime", N(1)),
        ("while", B("<", B("*", V("d"), V("d")), B("+", V("i"), N(1))), ("seq",
            ("if", B("==", B("%", V("i"), V("d")), N(0)), ("set", "prime", N(0))),
            ("set", "d", B("+", V("d"), N(1))))),
        ("if", V("prime"), ("print", V("i"))),
        ("set", "i", B("+", V("i"), N(1))))))


def main():
    code, labels = assemble(FACTORIAL_ASM)
    print(disassemble(code, labels))
    vm = VM(code, labels)
    print("factorial output:", vm.run(), "steps:", vm.steps)
    code, labels = assemble(GCD_ASM)
    vm = VM(code, labels)
    print("gcd output:", vm.run(), "op counts:", dict(sorted(vm.op_counts.items())))

    for name, ast in (("collatz", COLLATZ_AST), ("primes", PRIMES_AST)):
        code = Compiler().compile(ast)
        vm = VM(code)
        out = vm.run()
        print(f"{name}: {len(code)} instructions, {vm.steps} steps -> {out}")
    small = ("seq", ("set", "x", B("-", N(1), ("neg", N(2)))), ("print", V("x")))
    print(disassemble(Compiler().compile(small)))

    bad_programs = {
        "underflow": "add\nhalt",
        "div zero": "push 1\npush 0\ndiv\nhalt",
        "unbound": "load x\nhalt",
        "runaway": "top:\njmp top",
        "deep recursion": "f:\ncall f",
        "fall off": "push 1",
        "ret from main": "ret",
        "nested error": "call f\nhalt\nf:\ncall g\nret\ng:\npush 1\npush 0\nmod\nret",
    }
    for label, src in bad_programs.items():
        code, labels = assemble(src)
        try:
            VM(code, labels, max_steps=10_000).run()
            print(label, "ran?")
        except VMError as e:
            print(f"{label}: VMError: {e}")
    for src in ["bogus 1", "push", "jmp nowhere", "a:\na:\nhalt", "halt 3"]:
        try:
            assemble(src)
        except AssemblyError as e:
            print(f"{src!r}: AssemblyError: {e}")
    print([op.name for op in Op][:5], Op.ADD + 1, Op(51).name, Op.HALT > Op.PRINT)


main()
