print([str for str in range(3)])
print(str(5))
list_ = [len for len in "abc"]
print(list_, len("xyz"))
print({sum: 1 for sum in ["a"]}, sum([1, 2]))
