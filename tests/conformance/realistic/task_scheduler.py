"""A discrete-event task scheduler built on a binary-heap priority queue.

Tasks have priorities, durations, dependencies and optional deadlines.
A simulated clock advances as workers pick the highest-priority ready
task.  Both a hand-written heap and heapq are used and cross-checked."""

import heapq


class MinHeap:
    """A small binary min-heap, written out by hand."""

    def __init__(self, items=()):
        self.data = []
        for item in items:
            self.push(item)

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)

    def push(self, item):
        data = self.data
        data.append(item)
        i = len(data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if data[i] < data[parent]:
                data[i], data[parent] = data[parent], data[i]
                i = parent
            else:
                break

    def pop(self):
        data = self.data
        if not data:
            raise IndexError("pop from empty heap")
        last = data.pop()
        if not data:
            return last
        top = data[0]
        data[0] = last
        i = 0
        n = len(data)
        while True:
            left = 2 * i + 1
            right = left + 1
            smallest = i
            if left < n and data[left] < data[smallest]:
                smallest = left
            if right < n and data[right] < data[smallest]:
                smallest = right
            if smallest == i:
                break
            data[i], data[smallest] = data[smallest], data[i]
            i = smallest
        return top

    def peek(self):
        return self.data[0]


class Task:
    def __init__(self, name, priority, duration, deps=(), deadline=None):
        self.name = name
        self.priority = priority
        self.duration = duration
        self.deps = tuple(deps)
        self.deadline = deadline
        self.start = None
        self.end = None
        self.worker = None

    def key(self):
        # lower sorts first: high priority, then earlier deadline, then name
        deadline = self.deadline if self.deadline is not None else float("inf")
        return (-self.priority, deadline, self.name)

    def __lt__(self, other):
        return self.key() < other.key()

    def __repr__(self):
        return f"Task({self.name}, p={self.priority}, d={self.duration})"


class CycleError(Exception):
    pass


def topological_check(tasks):
    by_name = {t.name: t for t in tasks}
    state = {}
    order = []

    def visit(name, path):
        if state.get(name) == "done":
            return
        if state.get(name) == "active":
            cycle = path[path.index(name):] + [name]
            raise CycleError(" -> ".join(cycle))
        if name not in by_name:
            raise KeyError(f"unknown dependency {name!r}")
        state[name] = "active"
        for dep in by_name[name].deps:
            visit(dep, path + [name])
        state[name] = "done"
        order.append(name)

    for t in sorted(tasks, key=lambda t: t.name):
        visit(t.name, [])
    return order


class Scheduler:
    def __init__(self, tasks, workers):
        self.tasks = {t.name: t for t in tasks}
        self.workers = workers
        self.log = []

    def run(self):
        topological_check(list(self.tasks.values()))
        remaining_deps = {name: set(t.deps) for name, t in self.tasks.items()}
        dependents = {name: [] for name in self.tasks}
        for t in self.tasks.values():
            for d in t.deps:
                dependents[d].append(t.name)
        ready = MinHeap(t for name, t in self.tasks.items() if not remaining_deps[name])
        free_workers = list(range(self.workers))
        events = []  # (time, seq, worker, task name)
        seq = 0
        clock = 0
        finished = 0
        while finished < len(self.tasks):
            while ready and free_workers:
                task = ready.pop()
                worker = free_workers.pop(0)
                task.start = clock
                task.end = clock + task.duration
                task.worker = worker
                heapq.heappush(events, (task.end, seq, worker, task.name))
                seq += 1
                self.log.append(f"t={clock:>3} W{worker} start {task.name}")
            if not events:
                raise RuntimeError("deadlock: nothing running and nothing ready")
            clock, _, worker, name = heapq.heappop(events)
            finished += 1
            self.log.append(f"t={clock:>3} W{worker} done  {name}")
            free_workers.append(worker)
            free_workers.sort()
            for child in dependents[name]:
                remaining_deps[child].discard(name)
                if not remaining_deps[child]:
                    ready.push(self.tasks[child])
        return clock

    def report(self):
        late = []
        for t in sorted(self.tasks.values(), key=lambda t: (t.start, t.name)):
            status = ""
            if t.deadline is not None:
                if t.end > t.deadline:
                    status = f"LATE by {t.end - t.deadline}"
                    late.append(t.name)
                else:
                    status = f"slack {t.deadline - t.end}"
            print(f"  {t.name:<10} W{t.worker} [{t.start:>3}, {t.end:>3}) p={t.priority} {status}")
        return late


def gantt(tasks, workers, makespan, scale=2):
    rows = []
    for w in range(workers):
        line = ["."] * ((makespan + scale - 1) // scale)
        for t in tasks:
            if t.worker == w:
                for x in range(t.start // scale, (t.end + scale - 1) // scale):
                    line[x] = t.name[0]
        rows.append(f"W{w} |{''.join(line)}|")
    return rows


def build_project():
    return [
        Task("design", 5, 6),
        Task("schema", 4, 4, ["design"]),
        Task("api", 4, 8, ["schema"], deadline=24),
        Task("frontend", 3, 10, ["design"], deadline=30),
        Task("auth", 5, 5, ["schema"]),
        Task("tests", 2, 6, ["api", "auth"]),
        Task("docs", 1, 3, ["api"]),
        Task("deploy", 5, 2, ["tests", "frontend"], deadline=40),
        Task("logo", 1, 2),
        Task("metrics", 2, 4, ["deploy"]),
    ]


def main():
    h = MinHeap()
    values = [15, 3, 9, 27, 1, 4, 4, 22, 8, 0, -5, 13]
    for v in values:
        h.push(v)
    popped = [h.pop() for _ in range(len(h))]
    print("hand heap:", popped, popped == sorted(values))
    reference = list(values)
    heapq.heapify(reference)
    print("heapq   :", [heapq.heappop(reference) for _ in range(len(values))])
    try:
        h.pop()
    except IndexError as e:
        print(type(e).__name__, e)

    tasks = build_project()
    print("topological order:", topological_check(tasks))
    for workers in (1, 2, 3):
        tasks = build_project()
        sched = Scheduler(tasks, workers)
        makespan = sched.run()
        print(f"== {workers} worker(s): makespan {makespan}")
        late = sched.report()
        print("  late:", late or "none")
        for row in gantt(tasks, workers, makespan):
            print("  " + row)
        if workers == 2:
            print("  log head:", sched.log[:4])
            print("  log tail:", sched.log[-3:])

    cyclic = [Task("a", 1, 1, ["c"]), Task("b", 1, 1, ["a"]), Task("c", 1, 1, ["b"]), Task("d", 1, 1)]
    try:
        Scheduler(cyclic, 2).run()
    except CycleError as e:
        print("cycle detected:", e)
    try:
        topological_check([Task("x", 1, 1, ["ghost"])])
    except KeyError as e:
        print("KeyError", e)

    # many small tasks: check that priority ordering is respected when one worker
    many = [Task(f"job{i:02d}", (i * 7) % 5, 1 + i % 3) for i in range(20)]
    s = Scheduler(many, 1)
    total = s.run()
    order = [t.name for t in sorted(many, key=lambda t: t.start)]
    print("single worker total:", total)
    print("order:", order)
    prios = [s.tasks[n].priority for n in order]
    print("priorities non-increasing:", all(a >= b for a, b in zip(prios, prios[1:])))


main()
