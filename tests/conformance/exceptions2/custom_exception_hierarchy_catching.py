class AppError(Exception):
    code = 1
class NetworkError(AppError):
    code = 2
class TimeoutErr(NetworkError):
    code = 3

for cls in (AppError, NetworkError, TimeoutErr):
    try:
        raise cls(f"{cls.__name__} happened")
    except TimeoutErr as e:
        print("timeout handler", e.code, e)
    except NetworkError as e:
        print("network handler", e.code, e)
    except AppError as e:
        print("app handler", e.code, e)
