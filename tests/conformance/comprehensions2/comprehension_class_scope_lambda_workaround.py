class Config:
    keys = ["a", "b"]
    defaults = dict.fromkeys(keys, 0)
    prefix = "cfg_"
    names = (lambda prefix, keys: [prefix + k for k in keys])(prefix, keys)
    table = {k: i for i, k in enumerate(keys)}

print(Config.defaults, Config.names, Config.table)
