# attr_access: instance attribute loads and stores on plain objects, objects
# with __slots__, class attributes read through instances, properties, and
# module globals. A particle-and-spring simulation on integers so the
# attribute traffic, not the arithmetic, dominates.
SIZE = 2050  # simulation steps (work is linear in SIZE)

COUNT = 400

GRAVITY = 3


class Particle:
    friction = 1

    def __init__(self, i):
        self.x = i * 17 % 1000
        self.y = i * 31 % 1000
        self.vx = i % 7 - 3
        self.vy = i % 5 - 2
        self.mass = 1 + i % 4
        self.hits = 0


class Spring:
    __slots__ = ("a", "b", "rest", "k")

    def __init__(self, a, b, rest, k):
        self.a = a
        self.b = b
        self.rest = rest
        self.k = k


class Bounds:
    def __init__(self, size):
        self._size = size

    @property
    def size(self):
        return self._size


def step(particles, springs, bounds):
    for s in springs:
        a = s.a
        b = s.b
        dx = b.x - a.x
        dy = b.y - a.y
        pull = (abs(dx) + abs(dy) - s.rest) * s.k // 64
        if dx > 0:
            a.vx += pull // a.mass
            b.vx -= pull // b.mass
        else:
            a.vx -= pull // a.mass
            b.vx += pull // b.mass
        if dy > 0:
            a.vy += pull // a.mass
            b.vy -= pull // b.mass
        else:
            a.vy -= pull // a.mass
            b.vy += pull // b.mass
    limit = bounds.size
    for p in particles:
        p.vy += GRAVITY
        if p.vx > 0:
            p.vx -= p.friction
        elif p.vx < 0:
            p.vx += p.friction
        p.vx = max(-40, min(40, p.vx))
        p.vy = max(-40, min(40, p.vy))
        p.x += p.vx
        p.y += p.vy
        if p.x < 0:
            p.x = -p.x
            p.vx = -p.vx
            p.hits += 1
        elif p.x > limit:
            p.x = 2 * limit - p.x
            p.vx = -p.vx
            p.hits += 1
        if p.y < 0:
            p.y = -p.y
            p.vy = -p.vy
            p.hits += 1
        elif p.y > limit:
            p.y = 2 * limit - p.y
            p.vy = -p.vy
            p.hits += 1


def main(steps):
    particles = [Particle(i) for i in range(COUNT)]
    springs = []
    for i in range(COUNT):
        for j in (1, 7, 31):
            springs.append(Spring(particles[i], particles[(i + j) % COUNT], 20 + j, 1 + (i + j) % 3))
    bounds = Bounds(1000)
    for _ in range(steps):
        step(particles, springs, bounds)
    checksum = 0
    hits = 0
    for p in particles:
        checksum = (checksum * 31 + p.x * 1009 + p.y) % 1000000007
        hits += p.hits
    print(f"attr_access steps={steps} particles={COUNT} hits={hits} checksum={checksum}")


main(SIZE)
