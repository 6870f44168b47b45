print('never printed')
def area(w, h)
    return w * h
