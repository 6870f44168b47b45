s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('xxhixx'.lstrip('x')), repr('xxhixx'.rstrip('x')))
print(repr('abcHELLOcba'.strip('abc')), repr('www.example.com'.strip('cmowz.')))
print(repr(''.strip()), repr('   '.strip()), repr('x'.strip('x')))
print(repr('  a  '.strip(None)), repr('\u3000a\u00a0'.strip()))
print(repr('aaa'.strip('')), repr('12321'.strip('12')))
