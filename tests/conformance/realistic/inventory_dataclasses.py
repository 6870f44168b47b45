"""An inventory system built on dataclasses and enums: products, stock
locations, purchase orders, reservations, reorder rules and reports.
Uses frozen dataclasses for value objects, ordering for sorting,
field(default_factory=...), __post_init__ validation, and asdict()."""

from dataclasses import dataclass, field, asdict, replace, FrozenInstanceError
from decimal import Decimal
from enum import Enum
from collections import defaultdict


class Category(Enum):
    HARDWARE = "hardware"
    ELECTRONICS = "electronics"
    GARDEN = "garden"
    TOYS = "toys"


class OrderStatus(Enum):
    OPEN = 1
    PARTIAL = 2
    RECEIVED = 3
    CANCELLED = 4


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} available")
        self.sku, self.wanted, self.have = sku, wanted, have


@dataclass(frozen=True, order=True)
class SKU:
    code: str

    def __post_init__(self):
        if not (len(self.code) == 8 and self.code[:3].isalpha() and self.code[:3].isupper() and self.code[3] == "-" and self.code[4:].isdigit()):
            raise ValueError(f"invalid SKU {self.code!r}")

    def __str__(self):
        return self.code


@dataclass(order=True)
class Product:
    sku: SKU
    name: str = field(compare=False)
    category: Category = field(compare=False)
    unit_price: Decimal = field(compare=False)
    reorder_point: int = field(default=5, compare=False)
    reorder_qty: int = field(default=20, compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self):
        if self.unit_price < 0:
            raise ValueError("price must be non-negative")
        self.unit_price = Decimal(self.unit_price).quantize(Decimal("0.01"))


@dataclass
class StockLevel:
    on_hand: int = 0
    reserved: int = 0

    @property
    def available(self):
        return self.on_hand - self.reserved


@dataclass
class PurchaseOrder:
    number: int
    lines: dict = field(default_factory=dict)
    received: dict = field(default_factory=dict)
    status: OrderStatus = OrderStatus.OPEN

    def outstanding(self):
        return {sku: qty - self.received.get(sku, 0) for sku, qty in self.lines.items()
                if qty > self.received.get(sku, 0)}


@dataclass(frozen=True)
class Movement:
    sku: SKU
    delta: int
    reason: str


class Inventory:
    def __init__(self):
        self.products = {}
        self.stock = defaultdict(StockLevel)
        self.orders = {}
        self.movements = []
        self._po_counter = 100

    def add_product(self, product):
        if product.sku in self.products:
            raise InventoryError(f"duplicate product {product.sku}")
        self.products[product.sku] = product

    def _move(self, sku, delta, reason):
        level = self.stock[sku]
        if level.on_hand + delta < 0:
            raise OutOfStock(sku, -delta, level.on_hand)
        level.on_hand += delta
        self.movements.append(Movement(sku, delta, reason))

    def receive(self, sku, qty, reason="receipt"):
        if sku not in self.products:
            raise InventoryError(f"unknown product {sku}")
        self._move(sku, qty, reason)

    def reserve(self, sku, qty):
        level = self.stock[sku]
        if qty > level.available:
            raise OutOfStock(sku, qty, level.available)
        level.reserved += qty

    def ship(self, sku, qty):
        level = self.stock[sku]
        if qty > level.reserved:
            raise InventoryError(f"{sku}: cannot ship {qty}, only {level.reserved} reserved")
        level.reserved -= qty
        self._move(sku, -qty, "shipment")

    def create_po(self, lines):
        self._po_counter += 1
        po = PurchaseOrder(self._po_counter, dict(lines))
        self.orders[po.number] = po
        return po

    def receive_po(self, number, sku, qty):
        po = self.orders[number]
        if po.status in (OrderStatus.RECEIVED, OrderStatus.CANCELLED):
            raise InventoryError(f"PO {number} is {po.status.name.lower()}")
        remaining = po.outstanding().get(sku, 0)
        if qty > remaining:
            raise InventoryError(f"PO {number}: receiving {qty} of {sku} but only {remaining} outstanding")
        po.received[sku] = po.received.get(sku, 0) + qty
        self.receive(sku, qty, f"PO {number}")
        po.status = OrderStatus.RECEIVED if not po.outstanding() else OrderStatus.PARTIAL

    def reorder_suggestions(self):
        incoming = defaultdict(int)
        for po in self.orders.values():
            if po.status in (OrderStatus.OPEN, OrderStatus.PARTIAL):
                for sku, qty in po.outstanding().items():
                    incoming[sku] += qty
        out = []
        for sku, product in sorted(self.products.items()):
            projected = self.stock[sku].available + incoming[sku]
            if projected <= product.reorder_point:
                out.append((sku, product.reorder_qty, projected))
        return out

    def valuation(self):
        by_cat = defaultdict(Decimal)
        for sku, product in self.products.items():
            by_cat[product.category] += product.unit_price * self.stock[sku].on_hand
        return dict(sorted(by_cat.items(), key=lambda kv: kv[0].value))

    def report(self):
        lines = [f"{'SKU':<10}{'name':<18}{'cat':<12}{'price':>8}{'hand':>6}{'resv':>6}{'avail':>6}"]
        for product in sorted(self.products.values()):
            lvl = self.stock[product.sku]
            lines.append(f"{str(product.sku):<10}{product.name:<18}{product.category.value:<12}"
                         f"{product.unit_price:>8}{lvl.on_hand:>6}{lvl.reserved:>6}{lvl.available:>6}")
        return "\n".join(lines)


def attempt(label, fn, *args):
    try:
        result = fn(*args)
        print(f"  {label}: ok{'' if result is None else ' -> ' + str(result)}")
    except (InventoryError, ValueError) as e:
        print(f"  {label}: {type(e).__name__}: {e}")


def main():
    inv = Inventory()
    catalog = [
        ("HAM-0001", "Claw hammer", Category.HARDWARE, "12.5", 4, 10),
        ("SCR-0042", "Screwdriver set", Category.HARDWARE, "19.99", 3, 8),
        ("LED-0100", "LED bulb 9W", Category.ELECTRONICS, "3.333", 20, 100),
        ("CAB-0007", "USB-C cable", Category.ELECTRONICS, "7", 10, 30),
        ("HOS-0020", "Garden hose", Category.GARDEN, "24.5", 2, 5),
        ("KIT-0003", "Kite", Category.TOYS, "15", 1, 4),
    ]
    for code, name, cat, price, rp, rq in catalog:
        inv.add_product(Product(SKU(code), name, cat, Decimal(price), rp, rq, tags=[cat.value]))
    print(inv.products[SKU("LED-0100")])
    print(asdict(inv.products[SKU("KIT-0003")]))

    for bad in ["ham-01", "HAM0001X", "12A-0001"]:
        attempt(f"SKU({bad!r})", SKU, bad)
    attempt("negative price", Product, SKU("NEG-0001"), "x", Category.TOYS, Decimal("-1"))
    attempt("duplicate", inv.add_product, inv.products[SKU("KIT-0003")])
    try:
        SKU("ABC-1234").code = "x"
    except FrozenInstanceError as e:
        print("  frozen SKU:", type(e).__name__, e)

    s = {code: SKU(code) for code, *_ in catalog}
    print("initial receipts")
    for code, qty in [("HAM-0001", 12), ("SCR-0042", 5), ("LED-0100", 150), ("CAB-0007", 25), ("HOS-0020", 3)]:
        inv.receive(s[code], qty)
    attempt("receive unknown", inv.receive, SKU("ZZZ-9999"), 1)

    print("customer orders")
    attempt("reserve hammers", inv.reserve, s["HAM-0001"], 10)
    attempt("reserve too many hammers", inv.reserve, s["HAM-0001"], 5)
    attempt("reserve kites", inv.reserve, s["KIT-0003"], 1)
    attempt("ship hammers", inv.ship, s["HAM-0001"], 8)
    attempt("ship unreserved", inv.ship, s["SCR-0042"], 1)
    attempt("reserve bulbs", inv.reserve, s["LED-0100"], 140)
    attempt("ship bulbs", inv.ship, s["LED-0100"], 140)
    attempt("reserve hose", inv.reserve, s["HOS-0020"], 2)
    print(inv.report())

    print("reorder suggestions:", [(str(k), q, p) for k, q, p in inv.reorder_suggestions()])
    po = inv.create_po({s[str(k)]: q for k, q, _ in inv.reorder_suggestions()})
    print("created", po.number, {str(k): v for k, v in po.lines.items()}, po.status.name)
    print("suggestions after PO:", [(str(k), q, p) for k, q, p in inv.reorder_suggestions()])
    attempt("receive part of PO", inv.receive_po, po.number, s["LED-0100"], 60)
    print("  status:", po.status.name, {str(k): v for k, v in po.outstanding().items()})
    attempt("over-receive", inv.receive_po, po.number, s["LED-0100"], 60)
    for sku, qty in list(po.outstanding().items()):
        attempt(f"receive {sku}", inv.receive_po, po.number, sku, qty)
    print("  status:", po.status.name)
    attempt("receive closed PO", inv.receive_po, po.number, s["KIT-0003"], 1)

    print(inv.report())
    for cat, value in inv.valuation().items():
        print(f"  {cat.name:<12} {value:>10}")
    print("total value:", sum(inv.valuation().values()))

    by_reason = defaultdict(int)
    for m in inv.movements:
        by_reason[m.reason.split()[0]] += m.delta
    print("movement totals:", dict(by_reason), "count:", len(inv.movements))
    cheapest = min(inv.products.values(), key=lambda p: p.unit_price)
    print("cheapest:", cheapest.name, cheapest.unit_price, "sorted skus:", [str(p.sku) for p in sorted(inv.products.values(), reverse=True)][:3])
    discounted = replace(cheapest, unit_price=cheapest.unit_price * Decimal("0.9"))
    print("discounted:", discounted.unit_price, "original unchanged:", cheapest.unit_price, discounted == cheapest)
    print(sorted({m.sku for m in inv.movements})[:3], Movement(s["KIT-0003"], 1, "x") == Movement(SKU("KIT-0003"), 1, "x"))


main()
