for s in ['hello', 'HELLO', 'hELLO wORLD', '123abc', ' lead', '', 'éCOLE', 'ǆx']:
    print(repr(s), repr(s.capitalize()))
