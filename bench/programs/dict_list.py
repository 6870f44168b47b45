# dict_list: dictionary and list workloads: building and updating dicts keyed
# by strings and ints, get/setdefault/pop, membership tests, iteration over
# items, list append/pop/insert/index, sorting with keys, slicing and
# comprehensions. A toy inventory-and-orders simulation.
SIZE = 1000  # simulated days (work is linear in SIZE)

PRODUCTS = 300
ORDERS_PER_DAY = 1500


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def product_names(n):
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze"]
    names = []
    for i in range(n):
        a = syllables[i % 9]
        b = syllables[i // 9 % 9]
        c = syllables[i // 81 % 9]
        names.append(a + b + c + str(i))
    return names


def simulate(days, rng):
    names = product_names(PRODUCTS)
    stock = {name: 50 + i % 17 for i, name in enumerate(names)}
    price = {name: 100 + (i * 37) % 900 for i, name in enumerate(names)}
    sold = {}
    by_customer = {}
    backlog = []
    revenue = 0
    for day in range(days):
        for _ in range(ORDERS_PER_DAY):
            name = names[rng.below(PRODUCTS)]
            qty = 1 + rng.below(4)
            customer = rng.below(200)
            if stock[name] >= qty:
                stock[name] -= qty
                sold[name] = sold.get(name, 0) + qty
                revenue += qty * price[name]
                by_customer.setdefault(customer, []).append(name)
            else:
                backlog.append((name, qty, customer))
        # Restock the five best sellers of the day and retry the backlog.
        best = sorted(sold.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        for name, _ in best:
            stock[name] += 40
        still = []
        while backlog:
            name, qty, customer = backlog.pop()
            if stock[name] >= qty:
                stock[name] -= qty
                revenue += qty * price[name]
            else:
                still.append((name, qty, customer))
        still.reverse()
        backlog = still[-500:]
        for name in names[day % 2 :: 2]:
            stock[name] += 9
        if day % 5 == 4:
            # Retire and re-add one product: exercises pop and insertion order.
            victim = names[day % PRODUCTS]
            stock.pop(victim)
            stock[victim] = 10
    loyal = [c for c, items in by_customer.items() if len(items) > 2 * days]
    loyal.sort()
    popular = sorted(sold, key=sold.__getitem__, reverse=True)[:3]
    in_stock = sum(1 for v in stock.values() if v > 0)
    return revenue, len(loyal), popular, in_stock, len(backlog), list(stock)[-1]


def main(days):
    result = simulate(days, Lcg(99))
    print(f"dict_list days={days} result={result}")


main(SIZE)
