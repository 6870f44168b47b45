print('never printed')
if (obj.attr := 5):
    pass
