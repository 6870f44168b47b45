def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-ish {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith {type(e).__name__}"
    except Exception as e:
        return f"other {type(e).__name__}"

for exc in [KeyError(1), IndexError(2), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(classify(exc))
