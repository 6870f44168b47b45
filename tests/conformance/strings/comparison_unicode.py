print('a' < 'á', 'z' < 'á', 'Z' < 'a')
print(sorted(['éclair', 'eclair', 'Eclair', 'zebra', 'Zebra']))
print('ß' > 's', 'abc' < 'abcd' < 'abd')
print(max(['apple', 'Banana', 'cherry']), min(['apple', 'Banana', 'cherry']))
