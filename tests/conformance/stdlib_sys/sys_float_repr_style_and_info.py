import sys
print(sys.float_repr_style, sys.float_info.radix, sys.float_info.max_exp, sys.float_info.min_exp)
print(sys.float_info.max_10_exp, sys.float_info.min_10_exp, sys.float_info.rounds)
print(sys.float_info.epsilon == 2.0 ** -52, 1.0 + sys.float_info.epsilon > 1.0)
