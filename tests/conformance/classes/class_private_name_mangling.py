class Account:
    def __init__(self, bal):
        self.__bal = bal
        self._prot = "p"

    def balance(self):
        return self.__bal

    def __secret(self):
        return "secret"

    def reveal(self):
        return self.__secret()

acct = Account(50)
print(acct.balance(), acct.reveal(), acct._prot)
print(sorted(vars(acct)))
try:
    acct.__bal
except AttributeError as e:
    print(type(e).__name__, e)
print(acct._Account__bal, acct._Account__secret())

class Sub(Account):
    def __init__(self):
        super().__init__(1)
        self.__bal = 999
print(sorted(vars(Sub())))
