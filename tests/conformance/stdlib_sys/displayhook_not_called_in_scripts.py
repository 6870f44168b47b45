import sys
calls = []
sys.displayhook = lambda v: calls.append(v)
1 + 1
"expression statement"
print(calls)
sys.displayhook(5)
print(calls)
sys.displayhook = sys.__displayhook__
