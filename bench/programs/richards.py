# richards: Martin Richards' operating-system simulation. Six tasks (idle,
# worker, two handlers, two devices) exchange packets through a priority
# scheduler. Class hierarchies, virtual method calls, attribute reads and
# writes on small objects, linked lists.
SIZE = 34  # simulations run (work is linear in SIZE)

BUFFER_SIZE = 4

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.value = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    def __init__(self, system, ident, priority, queue, pending, waiting):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = pending
        self.waiting = waiting
        self.holding = False
        self.next = system.tasks
        system.tasks = self
        system.by_id[ident] = self

    def blocked(self):
        return self.holding or (self.waiting and not self.pending)

    def step(self):
        if self.pending and self.waiting and not self.holding:
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
            self.pending = self.queue is not None
        else:
            packet = None
        return self.run(packet)

    def receive(self, sender, packet):
        if self.queue is None:
            self.queue = packet
            self.pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender

    # Kernel calls made by the running task.
    def hold(self):
        self.system.hold_count += 1
        self.holding = True
        return self.next

    def wait(self):
        self.waiting = True
        return self

    def release(self, ident):
        other = self.system.by_id[ident]
        other.holding = False
        if other.priority > self.priority:
            return other
        return self

    def send(self, packet):
        target = self.system.by_id[packet.dest]
        self.system.packet_count += 1
        packet.link = None
        packet.dest = self.ident
        return target.receive(self, packet)


class IdleTask(Task):
    def __init__(self, system, count):
        super().__init__(system, IDLE, 0, None, False, False)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, queue):
        super().__init__(system, WORKER, 1000, queue, True, True)
        self.target = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.dest = self.target
        packet.value = 0
        data = packet.data
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        super().__init__(system, ident, priority, queue, True, True)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is None:
            return self.wait()
        index = work.value
        if index >= BUFFER_SIZE:
            self.work = work.link
            return self.send(work)
        device = self.devices
        if device is None:
            return self.wait()
        self.devices = device.link
        device.value = work.data[index]
        work.value = index + 1
        return self.send(device)


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        super().__init__(system, ident, priority, None, False, True)
        self.parked = None

    def run(self, packet):
        if packet is not None:
            self.parked = packet
            return self.hold()
        parked = self.parked
        if parked is None:
            return self.wait()
        self.parked = None
        return self.send(parked)


class System:
    def __init__(self):
        self.tasks = None
        self.by_id = {}
        self.hold_count = 0
        self.packet_count = 0

    def simulate(self, idle_count):
        IdleTask(self, idle_count)
        work = Packet(None, 0, KIND_WORK)
        work = Packet(work, 0, KIND_WORK)
        WorkerTask(self, work)
        for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
            queue = None
            for _ in range(3):
                queue = Packet(queue, device, KIND_DEVICE)
            HandlerTask(self, handler, priority, queue)
        DeviceTask(self, DEVICE_A, 4000)
        DeviceTask(self, DEVICE_B, 5000)
        task = self.tasks
        while task is not None:
            if task.blocked():
                task = task.next
            else:
                task = task.step()
        return self.packet_count, self.hold_count


def main(rounds):
    total_packets = 0
    total_holds = 0
    ok = True
    for _ in range(rounds):
        packets, holds = System().simulate(10000)
        ok = ok and packets == 23246 and holds == 9297
        total_packets += packets
        total_holds += holds
    print(f"richards rounds={rounds} packets={total_packets} holds={total_holds} ok={ok}")


main(SIZE)
