import random
random.seed(99)
print([random.gauss(0, 1) for _ in range(4)])
random.seed(99)
print([random.normalvariate(10, 2) for _ in range(4)])
random.seed(99)
print(random.lognormvariate(0, 0.5), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 1.5))
