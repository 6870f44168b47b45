for s in ['1.5', '  1.5  ', '-2', '+3.25', '1e3', '1E-3', '.5', '5.', 'inf', '-inf', '+inf', 'Infinity', '-INFINITY', 'iNf', 'nan', '-nan', 'NaN', '1_000.5', '1_0e1_0', '\t7\n', '00012.5']:
    print(repr(s), float(s))
