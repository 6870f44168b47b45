from enum import Enum
class Suit(Enum):
    HEARTS = "H"
    SPADES = "S"
try:
    Suit.HEARTS < Suit.SPADES
except TypeError as e:
    print(type(e).__name__, e)
counts = {Suit.HEARTS: 3, Suit.SPADES: 1}
print(counts, counts[Suit("H")])
print(sorted(Suit, key=lambda s: s.value, reverse=True))
print(Suit.HEARTS.__class__.__name__, Suit.__name__, type(Suit).__name__)
match Suit.SPADES:
    case Suit.HEARTS:
        print("hearts")
    case Suit.SPADES:
        print("spades matched")
