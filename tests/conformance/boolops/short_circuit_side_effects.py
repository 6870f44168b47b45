def t(tag, val):
    print('call', tag)
    return val
print(t('a', 0) and t('b', 1))
print(t('a', 1) and t('b', 0) and t('c', 1))
print(t('a', 0) or t('b', 0) or t('c', 5))
print(t('a', 3) or t('b', 4))
print(t('a', 0) or t('b', 1) and t('c', 2))
print(t('a', 1) and t('b', 0) or t('c', 'x'))
