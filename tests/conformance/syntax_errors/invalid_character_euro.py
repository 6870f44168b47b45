print('never printed')
price = 10 € 2
