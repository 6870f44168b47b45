print('single', "double", '''triple''', """triple2""")
print('tab\there', 'nl\\n literal', 'quote\'s', "dq\"s")
print('\x41\x42', '\u00e9', '\N{GREEK SMALL LETTER ALPHA}', '\101')
print(r'raw\n\t', R'\d+')
print('a' 'b' 'c', 'implicit' ' concat')
print('multi\
line')
print(len('\n'), len(r'\n'), len('\u20ac'))
