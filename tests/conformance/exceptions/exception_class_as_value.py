errors = [ValueError, TypeError, KeyError]
for cls in errors:
    try:
        raise cls('made from ' + cls.__name__)
    except Exception as e:
        print(type(e).__name__, e, type(e) is cls)
handler_for = {ValueError: 'bad value', KeyError: 'bad key'}
try:
    {}['x']
except (ValueError, KeyError) as e:
    print(handler_for[type(e)])
