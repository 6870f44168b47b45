print('never printed')
msg = f"{'\n'.join(['a', 'b'])}"
