import sys
for attempt in range(2):
    try:
        import _helper_raises
    except ValueError as e:
        print("attempt", attempt, type(e).__name__, e)
print("_helper_raises" in sys.modules)
