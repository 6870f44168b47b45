for s in ["hello world", "they're bill's friends", "o'neil", "HELLO", "hello-world_foo bar2baz", "3rd place", "x", "", "ǆemal"]:
    print(repr(s), repr(s.title()))
