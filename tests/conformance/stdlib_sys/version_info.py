import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 11), sys.version_info < (3, 12), sys.version_info[0] == 3)
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info.releaselevel)
print(sys.version.startswith("3.11"))
