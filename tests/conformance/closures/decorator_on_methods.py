def require_positive(method):
    def wrapper(self, value):
        if value <= 0:
            raise ValueError(f"{method.__name__}: {value} <= 0")
        return method(self, value)
    return wrapper

class Account:
    def __init__(self):
        self.balance = 0
    @require_positive
    def deposit(self, v):
        self.balance += v
        return self.balance
    @require_positive
    def withdraw(self, v):
        self.balance -= v
        return self.balance

a = Account()
print(a.deposit(50), a.withdraw(20))
for op, v in [(a.deposit, -1), (a.withdraw, 0)]:
    try:
        op(v)
    except ValueError as e:
        print(type(e).__name__, e)
