import sys
print("exiting with None")
try:
    sys.exit()
finally:
    print("finally runs during SystemExit")
