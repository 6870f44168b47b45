def run(kind):
    try:
        try:
            if kind == 0:
                raise ValueError("v")
            if kind == 1:
                raise KeyError("k")
            if kind == 2:
                raise TypeError("t")
            return "no error"
        except ValueError as e:
            return f"inner ValueError {e}"
        except KeyError as e:
            raise LookupError("wrapped") from e
        finally:
            print("inner finally", kind)
    except LookupError as e:
        return f"outer {type(e).__name__} {e} cause={e.__cause__!r}"
    except Exception as e:
        return f"outer generic {type(e).__name__}"

for k in range(4):
    print(run(k))
