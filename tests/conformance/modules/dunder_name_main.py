print(__name__)
if __name__ == "__main__":
    print("running as main")
import _helper_main_guard
print(_helper_main_guard.work(), _helper_main_guard.__name__)
def f():
    return __name__
print(f(), f.__module__)
class K:
    pass
print(K.__module__)
