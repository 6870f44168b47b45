class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem
    def __str__(self):
        return f"config key {self.key!r}: {self.problem}"

def validate(cfg):
    for k, v in cfg.items():
        if v is None:
            raise ConfigError(k, "missing value")
        print("ok", k)

validate({"host": "x", "port": None})
