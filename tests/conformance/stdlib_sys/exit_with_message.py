import sys
print("exiting with a message (goes to stderr, exit code 1)")
sys.exit("fatal: something went wrong")
