# raytrace: a small recursive ray tracer (spheres, a checkered plane, two
# point lights, shadows, Lambert and Phong shading, mirror reflections).
# A 3-vector class with operator overloading, many short-lived objects,
# polymorphic intersection methods, float arithmetic.
SIZE = 640  # image rows rendered (work is linear in SIZE)

WIDTH = 96
HEIGHT = 96
MAX_DEPTH = 3


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def unit(self):
        return self * (1.0 / self.length())

    def times(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


BLACK = Vec(0.0, 0.0, 0.0)
WHITE = Vec(1.0, 1.0, 1.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=20, mirror=0.0, checker=None):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.mirror = mirror
        self.checker = checker

    def color_at(self, point):
        if self.checker is None:
            return self.color
        if (int(point.x * 2.0 + 1000.0) + int(point.z * 2.0 + 1000.0)) % 2 == 0:
            return self.color
        return self.checker


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc**0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).unit()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.unit()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if -1e-9 < denom < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > 1e-6 else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), mirror=0.3)),
            Sphere(Vec(-2.2, 0.7, 6.0), 0.7, Material(Vec(0.2, 0.9, 0.3), specular=0.6, shininess=50)),
            Sphere(Vec(2.0, 0.5, 4.0), 0.5, Material(Vec(0.3, 0.3, 0.95), mirror=0.5)),
            Sphere(Vec(0.8, 0.25, 3.0), 0.25, Material(Vec(0.95, 0.9, 0.2))),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), Material(WHITE, specular=0.0, mirror=0.2, checker=Vec(0.1, 0.1, 0.1))),
        ]
        self.lights = [
            Light(Vec(-4.0, 6.0, 0.0), Vec(0.8, 0.8, 0.8)),
            Light(Vec(5.0, 4.0, 2.0), Vec(0.4, 0.35, 0.3)),
        ]
        self.ambient = 0.1
        self.eye = Vec(0.0, 1.3, 0.0)

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.75, 1.0) * k + WHITE * (0.3 * (1.0 - k))
        point = ray.at(t)
        normal = obj.normal_at(point)
        mat = obj.material
        base = mat.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            if self.shadowed(point, light):
                continue
            to_light = (light.position - point).unit()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base.times(light.color) * (lambert * mat.diffuse)
            if mat.specular > 0.0:
                half = (to_light - ray.direction).unit()
                h = normal.dot(half)
                if h > 0.0:
                    color = color + light.color * (mat.specular * h**mat.shininess)
        if mat.mirror > 0.0 and depth < MAX_DEPTH:
            bounce = Ray(point, ray.direction.reflect(normal))
            color = color * (1.0 - mat.mirror) + self.trace(bounce, depth + 1) * mat.mirror
        return color


def channel(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0)


def render(scene, rows):
    checksum = 0
    histogram = [0] * 8
    for r in range(rows):
        y = (r * 37) % HEIGHT
        for x in range(WIDTH):
            px = (x - WIDTH / 2.0) / WIDTH
            py = (y - HEIGHT / 2.0) / HEIGHT
            ray = Ray(scene.eye, Vec(px, py, 1.0))
            c = scene.trace(ray, 0)
            red, green, blue = channel(c.x), channel(c.y), channel(c.z)
            checksum = (checksum * 131 + red * 65536 + green * 256 + blue) % 4294967291
            histogram[(red + green + blue) * 8 // 766] += 1
    return checksum, histogram


checksum, histogram = render(Scene(), SIZE)
print(f"raytrace {WIDTH}x{SIZE} checksum={checksum} histogram={histogram}")
