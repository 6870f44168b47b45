"""A bank ledger: accounts, transactions, transfers, overdraft rules,
interest, statements and an audit trail, with a custom exception
hierarchy.  Amounts are kept in integer cents to stay exact."""


class BankError(Exception):
    """Base class for all ledger errors."""


class AccountNotFound(BankError):
    def __init__(self, account_id):
        super().__init__(f"no such account: {account_id}")
        self.account_id = account_id


class InsufficientFunds(BankError):
    def __init__(self, account_id, requested, available):
        super().__init__(
            f"account {account_id}: requested {fmt(requested)}, available {fmt(available)}"
        )
        self.requested = requested
        self.available = available


class FrozenAccount(BankError):
    pass


class InvalidAmount(BankError, ValueError):
    pass


def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


def parse_amount(text):
    text = text.strip().replace(",", "")
    if text.startswith("$"):
        text = text[1:]
    if not text or text.count(".") > 1:
        raise InvalidAmount(f"bad amount {text!r}")
    whole, _, frac = text.partition(".")
    if not whole.isdigit() or (frac and not frac.isdigit()) or len(frac) > 2:
        raise InvalidAmount(f"bad amount {text!r}")
    return int(whole) * 100 + int(frac.ljust(2, "0") or 0)


class Transaction:
    _next_id = 1

    def __init__(self, kind, amount, memo=""):
        self.id = Transaction._next_id
        Transaction._next_id += 1
        self.kind = kind
        self.amount = amount
        self.memo = memo

    def __repr__(self):
        return f"<Txn #{self.id} {self.kind} {fmt(self.amount)}{' ' + self.memo if self.memo else ''}>"


class Account:
    kind = "basic"
    overdraft_limit = 0
    monthly_fee = 0

    def __init__(self, account_id, owner, opening=0):
        self.id = account_id
        self.owner = owner
        self._balance = 0
        self.history = []
        self.frozen = False
        if opening:
            self.deposit(opening, "opening deposit")

    @property
    def balance(self):
        return self._balance

    def _check(self, amount):
        if not isinstance(amount, int) or amount <= 0:
            raise InvalidAmount(f"amount must be a positive number of cents, got {amount!r}")
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")

    def deposit(self, amount, memo=""):
        self._check(amount)
        self._balance += amount
        txn = Transaction("deposit", amount, memo)
        self.history.append(txn)
        return txn

    def available(self):
        return self._balance + self.overdraft_limit

    def withdraw(self, amount, memo=""):
        self._check(amount)
        if amount > self.available():
            raise InsufficientFunds(self.id, amount, self.available())
        self._balance -= amount
        txn = Transaction("withdraw", amount, memo)
        self.history.append(txn)
        return txn

    def month_end(self):
        if self.monthly_fee and not self.frozen:
            self._balance -= self.monthly_fee
            self.history.append(Transaction("fee", self.monthly_fee, "monthly fee"))

    def __repr__(self):
        return f"{type(self).__name__}({self.id}, {self.owner!r}, {fmt(self._balance)})"


class SavingsAccount(Account):
    kind = "savings"
    rate_bp = 250  # basis points per year
    max_withdrawals = 3

    def __init__(self, *args, **kwargs):
        self.withdrawals_this_month = 0
        super().__init__(*args, **kwargs)

    def withdraw(self, amount, memo=""):
        if self.withdrawals_this_month >= self.max_withdrawals:
            raise BankError(f"account {self.id}: withdrawal limit reached")
        txn = super().withdraw(amount, memo)
        self.withdrawals_this_month += 1
        return txn

    def month_end(self):
        interest = self._balance * self.rate_bp // (12 * 10000)
        if interest > 0:
            self.deposit(interest, "interest")
        self.withdrawals_this_month = 0
        super().month_end()


class CheckingAccount(Account):
    kind = "checking"
    overdraft_limit = 50_00
    monthly_fee = 5_00


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.audit = []
        self._next = 1000

    def open(self, cls, owner, opening=0):
        self._next += 1
        acct = cls(self._next, owner, opening)
        self.accounts[acct.id] = acct
        self.audit.append(("open", acct.id, cls.kind))
        return acct

    def get(self, account_id):
        try:
            return self.accounts[account_id]
        except KeyError:
            raise AccountNotFound(account_id) from None

    def transfer(self, src_id, dst_id, amount, memo="transfer"):
        src = self.get(src_id)
        dst = self.get(dst_id)
        if dst.frozen:
            raise FrozenAccount(f"account {dst_id} is frozen")
        src.withdraw(amount, f"{memo} to {dst_id}")
        try:
            dst.deposit(amount, f"{memo} from {src_id}")
        except BankError:
            src.deposit(amount, "reversal")
            raise
        self.audit.append(("transfer", src_id, dst_id, amount))

    def run(self, ops):
        for op in ops:
            name, *args = op
            try:
                result = getattr(self, "op_" + name)(*args)
                print(f"  ok   {name:<9} {args} -> {result}")
            except BankError as e:
                self.audit.append(("error", name, type(e).__name__))
                print(f"  FAIL {name:<9} {args}: {type(e).__name__}: {e}")

    def op_deposit(self, acct_id, text):
        return self.get(acct_id).deposit(parse_amount(text))

    def op_withdraw(self, acct_id, text):
        return self.get(acct_id).withdraw(parse_amount(text))

    def op_transfer(self, src, dst, text):
        self.transfer(src, dst, parse_amount(text))
        return f"{fmt(self.get(src).balance)} / {fmt(self.get(dst).balance)}"

    def op_freeze(self, acct_id):
        self.get(acct_id).frozen = True
        return "frozen"

    def op_unfreeze(self, acct_id):
        self.get(acct_id).frozen = False
        return "unfrozen"

    def op_month_end(self):
        for acct in self.accounts.values():
            acct.month_end()
        return "closed month"

    def total_deposits(self):
        return sum(a.balance for a in self.accounts.values())

    def statement(self, acct_id):
        acct = self.get(acct_id)
        lines = [f"Statement for {acct.owner} ({acct.kind} #{acct.id})"]
        running = 0
        for txn in acct.history:
            delta = txn.amount if txn.kind == "deposit" else -txn.amount
            running += delta
            lines.append(f"  #{txn.id:<3} {txn.kind:<9} {fmt(delta):>12} {fmt(running):>12}  {txn.memo}")
        lines.append(f"  closing balance {fmt(acct.balance)}")
        return "\n".join(lines)


def main():
    for text in ["12.34", "$1,000", "7", "0.5", "3.999", "abc", "", "1.2.3"]:
        try:
            print(f"parse {text!r} -> {parse_amount(text)}")
        except InvalidAmount as e:
            print(f"parse {text!r} -> {type(e).__name__}: {e} (ValueError? {isinstance(e, ValueError)})")

    bank = Bank("First Python Bank")
    alice = bank.open(CheckingAccount, "Alice", 200_00)
    bob = bank.open(SavingsAccount, "Bob", 1_000_00)
    carol = bank.open(Account, "Carol")
    print(alice, bob, carol)

    ops = [
        ("deposit", alice.id, "45.10"),
        ("withdraw", alice.id, "260"),
        ("withdraw", alice.id, "100"),
        ("transfer", bob.id, alice.id, "75.25"),
        ("transfer", bob.id, carol.id, "10"),
        ("withdraw", bob.id, "5"),
        ("withdraw", bob.id, "5"),
        ("freeze", carol.id),
        ("transfer", bob.id, carol.id, "1"),
        ("deposit", carol.id, "3"),
        ("unfreeze", carol.id),
        ("deposit", 9999, "1"),
        ("withdraw", carol.id, "0"),
        ("deposit", carol.id, "-4"),
        ("month_end",),
        ("withdraw", bob.id, "1"),
        ("transfer", carol.id, alice.id, "10.01"),
    ]
    bank.run(ops)
    for acct in (alice, bob, carol):
        print(bank.statement(acct.id))
    print("total on deposit:", fmt(bank.total_deposits()))
    errors = [a for a in bank.audit if a[0] == "error"]
    print("audit entries:", len(bank.audit), "errors:", len(errors))
    by_type = {}
    for _, op, err in errors:
        by_type.setdefault(err, []).append(op)
    for err in sorted(by_type):
        print(f"  {err}: {by_type[err]}")
    print([c.__name__ for c in InsufficientFunds.__mro__])
    try:
        bank.get(42)
    except BankError as e:
        print(type(e).__name__, e, e.account_id, e.__suppress_context__)


main()
