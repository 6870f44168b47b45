b = b"GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n"
print(b.startswith((b"POST", b"GET")), b.find(b"\r\n"), b.split(b"\r\n"))
line, _, rest = b.partition(b"\r\n")
method, path, version = line.split()
print(method, path, version, rest.count(b"\r\n"))
headers = dict(h.split(b": ", 1) for h in rest.split(b"\r\n") if h)
print(headers)
print(b.find(ord("/")), b.rfind(ord("/")), b.index(b"Host"))
