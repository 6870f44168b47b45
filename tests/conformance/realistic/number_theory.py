"""A big-integer number theory toolkit: sieves, trial division and
Pollard's rho factorisation, deterministic Miller-Rabin, extended gcd,
modular inverse, Chinese remainder theorem, Euler's totient, primitive
roots, modular square roots (Tonelli-Shanks), continued fractions, and a
toy RSA round trip with textbook-sized and larger keys."""

from math import gcd, isqrt


def sieve(n):
    if n < 2:
        return []
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    for p in range(2, isqrt(n) + 1):
        if flags[p]:
            flags[p * p::p] = bytes(len(range(p * p, n + 1, p)))
    return [i for i, f in enumerate(flags) if f]


SMALL_PRIMES = sieve(1000)


def is_probable_prime(n):
    """Deterministic Miller-Rabin for n < 3.3e24, probabilistic beyond."""
    if n < 2:
        return False
    for p in SMALL_PRIMES[:25]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def pollard_rho(n):
    if n % 2 == 0:
        return 2
    for c in range(1, 50):
        x = y = 2
        d = 1
        f = lambda v: (v * v + c) % n
        while d == 1:
            x = f(x)
            y = f(f(y))
            d = gcd(abs(x - y), n)
        if d != n:
            return d
    raise ArithmeticError(f"rho failed for {n}")


def factorize(n):
    if n < 1:
        raise ValueError("factorize needs a positive integer")
    factors = {}
    for p in SMALL_PRIMES:
        if p * p > n:
            break
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    stack = [n] if n > 1 else []
    while stack:
        m = stack.pop()
        if is_probable_prime(m):
            factors[m] = factors.get(m, 0) + 1
            continue
        d = pollard_rho(m)
        stack.extend([d, m // d])
    return dict(sorted(factors.items()))


def format_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()) or "1"


def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def modinv(a, m):
    g, x, _ = egcd(a % m, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m} (gcd {g})")
    return x % m


def crt(residues, moduli):
    x, m = 0, 1
    for r, n in zip(residues, moduli):
        g, p, _ = egcd(m, n)
        if (r - x) % g:
            raise ValueError("incompatible congruences")
        lcm = m // g * n
        x = (x + (r - x) // g * p % (n // g) * m) % lcm
        m = lcm
    return x, m


def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


def primitive_root(p):
    if not is_probable_prime(p):
        raise ValueError(f"{p} is not prime")
    phi = p - 1
    prime_factors = list(factorize(phi))
    for g in range(2, p):
        if all(pow(g, phi // q, p) != 1 for q in prime_factors):
            return g
    return 1


def legendre(a, p):
    r = pow(a, (p - 1) // 2, p)
    return -1 if r == p - 1 else r


def tonelli_shanks(n, p):
    n %= p
    if n == 0:
        return 0
    if legendre(n, p) != 1:
        raise ValueError(f"{n} is not a quadratic residue mod {p}")
    if p % 4 == 3:
        return pow(n, (p + 1) // 4, p)
    q, s = p - 1, 0
    while q % 2 == 0:
        q //= 2
        s += 1
    z = 2
    while legendre(z, p) != -1:
        z += 1
    m, c, t, r = s, pow(z, q, p), pow(n, q, p), pow(n, (q + 1) // 2, p)
    while t != 1:
        i, t2 = 0, t
        while t2 != 1:
            t2 = t2 * t2 % p
            i += 1
        b = pow(c, 1 << (m - i - 1), p)
        m, c, t, r = i, b * b % p, t * b * b % p, r * b % p
    return r


def continued_fraction(num, den):
    terms = []
    while den:
        q = num // den
        terms.append(q)
        num, den = den, num - q * den
    return terms


def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield h1, k1


def next_prime(n):
    n += 1 + (n % 2 == 0 and n != 1)
    if n <= 2:
        return 2
    if n % 2 == 0:
        n += 1
    while not is_probable_prime(n):
        n += 2
    return n


class RSAKey:
    def __init__(self, p, q, e=65537):
        if p == q:
            raise ValueError("p and q must differ")
        self.n = p * q
        self.phi = (p - 1) * (q - 1)
        if gcd(e, self.phi) != 1:
            e = 3
            while gcd(e, self.phi) != 1:
                e += 2
        self.e = e
        self.d = modinv(e, self.phi)
        self.p, self.q = p, q

    def encrypt(self, m):
        if not 0 <= m < self.n:
            raise ValueError("message out of range")
        return pow(m, self.e, self.n)

    def decrypt(self, c):
        # CRT speed-up, checked against the plain pow
        dp, dq = self.d % (self.p - 1), self.d % (self.q - 1)
        m1, m2 = pow(c, dp, self.p), pow(c, dq, self.q)
        h = modinv(self.q, self.p) * (m1 - m2) % self.p
        return m2 + h * self.q

    def sign(self, m):
        return pow(m, self.d, self.n)

    def verify(self, m, s):
        return pow(s, self.e, self.n) == m


def text_to_int(text):
    return int.from_bytes(text.encode(), "big")


def int_to_text(n):
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def main():
    primes = sieve(100)
    print("primes < 100:", len(primes), primes[-5:], "primes < 1000:", len(SMALL_PRIMES))
    print("pi(10**5):", len(sieve(10 ** 5)))
    for n in [1, 2, 97, 561, 7919, 2 ** 61 - 1, 2 ** 67 - 1, 10 ** 18 + 9, 3215031751]:
        print(f"is_prime({n}) = {is_probable_prime(n)}")
    for n in [360, 1001, 2 ** 32 + 1, 600851475143, 2 ** 67 - 1, 10 ** 12 + 39 * 7, 1234567891011121314]:
        f = factorize(n)
        product = 1
        for p, e in f.items():
            product *= p ** e
        print(f"{n} = {format_factors(f)} ok={product == n}")
    print("egcd(240, 46) =", egcd(240, 46), "gcd check:", gcd(240, 46))
    print("modinv(3, 11) =", modinv(3, 11), " modinv(10**20, 10**9+7) =", modinv(10 ** 20, 10 ** 9 + 7))
    try:
        modinv(6, 9)
    except ValueError as e:
        print("ValueError:", e)
    print("crt([2,3,2],[3,5,7]) =", crt([2, 3, 2], [3, 5, 7]), " crt with common factor:", crt([3, 5], [4, 6]))
    try:
        crt([1, 2], [4, 6])
    except ValueError as e:
        print("ValueError:", e)
    print("totients:", [totient(n) for n in range(1, 21)], totient(10 ** 12))
    print("primitive roots:", {p: primitive_root(p) for p in [7, 23, 41, 10007, 65537]})
    for n, p in [(10, 13), (2, 7), (5, 10009), (41, 2 ** 31 - 1), (1234567, 10 ** 9 + 9)]:
        try:
            r = tonelli_shanks(n, p)
            print(f"sqrt({n}) mod {p} = {r} check={r * r % p == n % p}")
        except ValueError as e:
            print("ValueError:", e)
    cf = continued_fraction(415, 93)
    print("415/93 =", cf, list(convergents(cf)))
    pi_approx = continued_fraction(314159265358979, 10 ** 14)
    print("pi convergents:", [f"{h}/{k}" for h, k in list(convergents(pi_approx))[:6]])
    sqrt2 = continued_fraction(isqrt(2 * 10 ** 40), 10 ** 20)
    print("sqrt(2) terms:", sqrt2[:12])

    toy = RSAKey(61, 53, e=17)
    print("toy RSA n, e, d:", toy.n, toy.e, toy.d)
    c = toy.encrypt(65)
    print("encrypt 65 ->", c, "decrypt ->", toy.decrypt(c), "plain pow agrees:", pow(c, toy.d, toy.n) == toy.decrypt(c))
    p = next_prime(2 ** 127 + 12345)
    q = next_prime(3 ** 80)
    key = RSAKey(p, q)
    print("p bits:", p.bit_length(), "q bits:", q.bit_length(), "n bits:", key.n.bit_length(), "e:", key.e)
    message = "Attack at dawn!"
    m = text_to_int(message)
    c = key.encrypt(m)
    print("ciphertext (hex, first 32):", hex(c)[2:34])
    print("roundtrip:", int_to_text(key.decrypt(c)))
    s = key.sign(m)
    print("signature verifies:", key.verify(m, s), "tampered:", key.verify(m + 1, s))
    print("d * e mod phi:", key.d * key.e % key.phi)
    try:
        key.encrypt(key.n)
    except ValueError as e:
        print("ValueError:", e)
    mersenne = [p for p in sieve(130) if is_probable_prime(2 ** p - 1)]
    print("Mersenne exponents < 130:", mersenne)


main()
