try:
    1 // 0
except ArithmeticError as e:
    print('ArithmeticError caught', type(e).__name__)
try:
    float(2 ** 2000)
except ArithmeticError as e:
    print('ArithmeticError caught', type(e).__name__)
try:
    1.0 % 0
except Exception as e:
    print('Exception caught', type(e).__name__)
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(OverflowError(), ArithmeticError))
print(isinstance(ValueError(), ArithmeticError))
