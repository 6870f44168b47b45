pairs = [(KeyError(), LookupError), (IndexError(), LookupError), (ZeroDivisionError(), ArithmeticError),
         (OverflowError(), ArithmeticError), (RecursionError(), RuntimeError), (NotImplementedError(), RuntimeError),
         (UnboundLocalError(), NameError), (StopIteration(), Exception), (AssertionError(), Exception),
         (Exception(), BaseException), (ValueError(), TypeError), (KeyError(), Exception), (AttributeError(), Exception)]
for inst, cls in pairs:
    print(type(inst).__name__, cls.__name__, isinstance(inst, cls))
