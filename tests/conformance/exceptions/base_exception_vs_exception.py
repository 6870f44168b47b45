try:
    raise BaseException('base')
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', e)
try:
    raise Exception('plain')
except BaseException as e:
    print('BaseException catches Exception too', e)
print(isinstance(BaseException(), Exception))
