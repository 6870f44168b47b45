def work():
    return "work done"


if __name__ == "__main__":
    print("this should not print when imported")
else:
    print("imported as", __name__)
