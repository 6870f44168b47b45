try:
    raise BaseException('escapes except Exception')
except Exception:
    print('not reached')
