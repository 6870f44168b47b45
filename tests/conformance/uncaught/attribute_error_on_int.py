n = 5
print(n + 1)
n.qqqq_not_a_method_zzzz()
