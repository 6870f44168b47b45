import random
random.seed(100)
lst = list("abcdefghij")
alias = lst
random.shuffle(lst)
print(lst, alias is lst)
try:
    random.shuffle((1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randint(3, 1)
except ValueError as e:
    print(type(e).__name__, e)
