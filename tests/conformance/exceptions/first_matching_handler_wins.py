try:
    raise KeyError('k')
except LookupError:
    print('LookupError handler')
except KeyError:
    print('KeyError handler (never)')
try:
    raise IndexError
except (TypeError, ValueError):
    print('no')
except IndexError:
    print('IndexError handler')
except Exception:
    print('generic (never)')
