# Found by `quicken fuzz --seed 101 --oracle cpython` (execution 1398), on spec
# and interp alike: `float('nan') in v` was True when `v` held a NaN made
# elsewhere. CPython finds a NaN in a container only through identity (the
# same object), never through equality; Quicken's inline floats compared NaN
# identity by bits, and every NaN had the same bits. Fixed by giving each
# newly created NaN its own payload (spec/src/runtime/value.rs, new_float).
v = [float('nan') / 3.0 for _ in range(3)]
for _ in range(4):
    v += [0.1 for _ in range(2) if float('nan') in v]
print(v)
x = float('nan')
print(x in [x], float('nan') in [x], {x: 1}.get(float('nan')))
