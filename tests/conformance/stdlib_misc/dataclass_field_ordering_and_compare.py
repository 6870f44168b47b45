from dataclasses import dataclass, field
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: tuple = field(default=(), compare=False)
tasks = [Task(3, "c"), Task(1, "a", ("x",)), Task(2, "b"), Task(1, "z")]
print(sorted(tasks))
print(Task(1, "a") == Task(1, "different"), min(tasks).name)
print([t.name for t in sorted(tasks, key=lambda t: (t.priority, t.name))])
