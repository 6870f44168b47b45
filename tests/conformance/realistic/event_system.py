"""An event system: a dispatcher with decorator-based subscription,
priorities, wildcard topics, one-shot handlers, filters, middleware,
and error isolation; generator-based coroutines that consume events
(with send/throw/close); and a small simulated order-processing
workflow built on top of it."""

import functools
from collections import defaultdict


class EventError(Exception):
    pass


class Event:
    _seq = 0

    def __init__(self, topic, **payload):
        Event._seq += 1
        self.seq = Event._seq
        self.topic = topic
        self.payload = payload
        self.cancelled = False

    def __getattr__(self, name):
        try:
            return self.payload[name]
        except KeyError:
            raise AttributeError(f"event {self.topic!r} has no field {name!r}") from None

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(self.payload.items()))
        return f"Event#{self.seq}({self.topic}{', ' if fields else ''}{fields})"


def topic_matches(pattern, topic):
    p_parts = pattern.split(".")
    t_parts = topic.split(".")
    for i, p in enumerate(p_parts):
        if p == "**":
            return True
        if i >= len(t_parts) or (p != "*" and p != t_parts[i]):
            return False
    return len(p_parts) == len(t_parts)


class Subscription:
    _counter = 0

    def __init__(self, pattern, handler, priority, once, where):
        Subscription._counter += 1
        self.order = Subscription._counter
        self.pattern = pattern
        self.handler = handler
        self.priority = priority
        self.once = once
        self.where = where
        self.calls = 0


class Dispatcher:
    def __init__(self, name="bus"):
        self.name = name
        self.subs = []
        self.middleware = []
        self.errors = []
        self.history = []

    def on(self, pattern, *, priority=0, once=False, where=None):
        def decorator(fn):
            self.subs.append(Subscription(pattern, fn, priority, once, where))
            return fn
        return decorator

    def use(self, middleware):
        self.middleware.append(middleware)
        return middleware

    def off(self, handler):
        before = len(self.subs)
        self.subs = [s for s in self.subs if s.handler is not handler]
        return before - len(self.subs)

    def emit(self, topic, **payload):
        event = Event(topic, **payload)

        def deliver(ev):
            matching = [s for s in self.subs if topic_matches(s.pattern, ev.topic)]
            matching.sort(key=lambda s: (-s.priority, s.order))
            results = []
            for s in matching:
                if ev.cancelled:
                    results.append(("cancelled-before", s.handler.__name__))
                    break
                if s.where is not None and not s.where(ev):
                    continue
                s.calls += 1
                if s.once:
                    self.subs.remove(s)
                try:
                    results.append((s.handler.__name__, s.handler(ev)))
                except Exception as e:
                    self.errors.append((ev.seq, s.handler.__name__, type(e).__name__, str(e)))
                    results.append((s.handler.__name__, f"!{type(e).__name__}"))
            return results

        chain = deliver
        for mw in reversed(self.middleware):
            chain = functools.partial(mw, chain)
        results = chain(event)
        self.history.append((event.seq, topic, len(results)))
        return results


def coroutine(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def running_totals(label, out):
    totals = defaultdict(float)
    try:
        while True:
            event = yield dict(totals)
            try:
                totals[event.customer] += event.amount
            except AttributeError as e:
                out.append(f"{label}: skipped ({e})")
    except GeneratorExit:
        out.append(f"{label}: closing with {dict(sorted(totals.items()))}")
        raise


@coroutine
def window_average(size):
    window = []
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            window.clear()
            avg = None
            continue
        window.append(value)
        if len(window) > size:
            window.pop(0)
        avg = round(sum(window) / len(window), 2)


def event_stream(orders):
    """A generator of events produced lazily from raw order tuples."""
    for n, (customer, amount, ok) in enumerate(orders, 1):
        yield ("order.created", {"order_id": n, "customer": customer, "amount": amount})
        if amount > 500:
            yield ("order.review", {"order_id": n, "reason": "large amount"})
        yield ("payment.succeeded" if ok else "payment.failed", {"order_id": n, "amount": amount})


def main():
    for pattern, topic in [("order.*", "order.created"), ("order.*", "order.a.b"), ("order.**", "order.a.b"),
                           ("*.failed", "payment.failed"), ("payment", "payment.failed"), ("**", "x")]:
        print(f"match({pattern!r}, {topic!r}) = {topic_matches(pattern, topic)}")

    bus = Dispatcher()
    log = []

    @bus.use
    def logging_middleware(next_handler, event):
        log.append(f"-> {event.topic}")
        result = next_handler(event)
        log.append(f"<- {event.topic} ({len(result)} handlers)")
        return result

    @bus.use
    def veto_middleware(next_handler, event):
        if event.payload.get("customer") == "mallory":
            event.cancelled = True
        return next_handler(event)

    state = {"orders": {}, "revenue": 0, "failed": []}

    @bus.on("order.created", priority=10)
    def validate(ev):
        if ev.amount <= 0:
            raise EventError(f"order {ev.order_id}: bad amount {ev.amount}")
        return "valid"

    @bus.on("order.created")
    def record(ev):
        state["orders"][ev.order_id] = {"customer": ev.customer, "amount": ev.amount, "status": "new"}
        return "recorded"

    @bus.on("order.review", once=True)
    def first_review_only(ev):
        return f"manual review of {ev.order_id}: {ev.reason}"

    @bus.on("payment.succeeded")
    def settle(ev):
        order = state["orders"].get(ev.order_id)
        if order is None:
            raise KeyError(ev.order_id)
        order["status"] = "paid"
        state["revenue"] += ev.amount
        return state["revenue"]

    @bus.on("payment.failed")
    def note_failure(ev):
        state["failed"].append(ev.order_id)
        return len(state["failed"])

    @bus.on("**", priority=-5, where=lambda ev: ev.topic.startswith("payment"))
    def audit(ev):
        return f"audit {ev.topic.split('.')[1]}"

    totals_out = []
    totals = running_totals("totals", totals_out)
    averages = window_average(3)

    @bus.on("order.created", priority=-1)
    def feed_coroutines(ev):
        snapshot = totals.send(ev)
        avg = averages.send(ev.amount)
        return (snapshot.get(ev.customer), avg)

    orders = [("alice", 120, True), ("bob", 800, True), ("carol", 45, False), ("alice", 600, True),
              ("mallory", 999, True), ("dave", 0, True), ("bob", 30, False)]
    for topic, payload in event_stream(orders):
        results = bus.emit(topic, **payload)
        print(f"{topic:<18} {payload.get('order_id')}: {results}")

    print("state:", {k: v["status"] for k, v in state["orders"].items()}, "revenue", state["revenue"], "failed", state["failed"])
    print("errors:", bus.errors)
    print("log sample:", log[:4], "... total", len(log))
    print("subscription calls:", {s.handler.__name__: s.calls for s in bus.subs})
    print("review handler removed after one use:", all(s.handler is not first_review_only for s in bus.subs))
    print("unsubscribed audit:", bus.off(audit), "again:", bus.off(audit))
    print(bus.emit("payment.succeeded", order_id=1, amount=1))

    averages.throw(ValueError)
    print("average after reset:", averages.send(10), averages.send(20))
    print("totals snapshot:", totals.send(Event("x", customer="zed", amount=5.5)))
    totals.send(Event("bad"))
    totals.close()
    print(totals_out)
    try:
        totals.send(Event("x", customer="a", amount=1))
    except StopIteration:
        print("closed coroutine raises StopIteration")
    try:
        Event("t", a=1).missing
    except AttributeError as e:
        print("AttributeError:", e)
    print("history length:", len(bus.history), "first:", bus.history[0], "last:", bus.history[-1])


main()
