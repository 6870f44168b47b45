"""A library catalog: books, authors, members and loans, with a small
query language for filtering, multi-key sorting (stable sorts and
key functions), grouping, pagination, full-text keyword search with
a simple relevance score, and overdue fine calculation using dates."""

from datetime import date, timedelta
from collections import defaultdict, Counter
from operator import attrgetter
import re


class CatalogError(Exception):
    pass


class Book:
    def __init__(self, isbn, title, author, year, genres, pages, copies=1):
        self.isbn = isbn
        self.title = title
        self.author = author
        self.year = year
        self.genres = frozenset(genres)
        self.pages = pages
        self.copies = copies
        self.on_loan = 0

    @property
    def available(self):
        return self.copies - self.on_loan

    @property
    def sort_title(self):
        t = self.title.lower()
        for article in ("the ", "a ", "an "):
            if t.startswith(article):
                return t[len(article):]
        return t

    def __repr__(self):
        return f"<{self.title} ({self.year})>"


class Member:
    def __init__(self, member_id, name, max_loans=3):
        self.id = member_id
        self.name = name
        self.max_loans = max_loans
        self.loans = []
        self.fines = 0


class Loan:
    PERIOD = timedelta(days=14)
    DAILY_FINE = 25  # cents

    def __init__(self, book, member, start):
        self.book = book
        self.member = member
        self.start = start
        self.due = start + self.PERIOD
        self.returned = None

    def fine(self, today):
        end = self.returned or today
        late = (end - self.due).days
        return max(0, late) * self.DAILY_FINE


QUERY_RE = re.compile(r"(\w+)(:|>=|<=|>|<|=)(\"[^\"]*\"|\S+)")


class Catalog:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.loans = []

    def add(self, book):
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
        else:
            self.books[book.isbn] = book

    def join(self, member):
        self.members[member.id] = member

    def checkout(self, isbn, member_id, when):
        book = self.books.get(isbn)
        member = self.members.get(member_id)
        if book is None or member is None:
            raise CatalogError(f"unknown {'book' if book is None else 'member'}")
        if member.fines > 500:
            raise CatalogError(f"{member.name} owes ${member.fines / 100:.2f}")
        if len([l for l in member.loans if l.returned is None]) >= member.max_loans:
            raise CatalogError(f"{member.name} has reached the loan limit")
        if book.available <= 0:
            raise CatalogError(f"no copies of {book.title!r} available")
        loan = Loan(book, member, when)
        book.on_loan += 1
        member.loans.append(loan)
        self.loans.append(loan)
        return loan

    def checkin(self, isbn, member_id, when):
        for loan in self.loans:
            if loan.book.isbn == isbn and loan.member.id == member_id and loan.returned is None:
                loan.returned = when
                loan.book.on_loan -= 1
                fine = loan.fine(when)
                loan.member.fines += fine
                return fine
        raise CatalogError("no such active loan")

    def overdue(self, today):
        return sorted((l for l in self.loans if l.returned is None and l.due < today),
                      key=lambda l: (l.due, l.member.name))

    def query(self, text):
        """Filters like: author:tolkien year>=1950 genre:fantasy pages<400 "free text"."""
        results = list(self.books.values())
        consumed = 0
        for m in QUERY_RE.finditer(text):
            field, op, raw = m.groups()
            value = raw.strip('"')
            consumed += len(m.group(0))
            if field in ("year", "pages"):
                num = int(value)
                cmp = {">": int.__gt__, "<": int.__lt__, ">=": int.__ge__, "<=": int.__le__, "=": int.__eq__, ":": int.__eq__}[op]
                results = [b for b in results if cmp(getattr(b, field), num)]
            elif field == "author":
                results = [b for b in results if value.lower() in b.author.lower()]
            elif field == "genre":
                results = [b for b in results if value.lower() in b.genres]
            elif field == "title":
                results = [b for b in results if value.lower() in b.title.lower()]
            elif field == "available":
                want = value.lower() in ("yes", "true", "1")
                results = [b for b in results if (b.available > 0) == want]
            else:
                raise CatalogError(f"unknown field {field!r}")
        return results

    def search(self, words):
        terms = [w.lower() for w in words.split()]
        scored = []
        for b in self.books.values():
            haystack = f"{b.title} {b.author} {' '.join(sorted(b.genres))}".lower()
            tokens = re.findall(r"\w+", haystack)
            score = sum(3 if t in b.title.lower().split() else 1 for t in terms if t in tokens)
            if score:
                scored.append((score, b))
        scored.sort(key=lambda sb: (-sb[0], sb[1].sort_title))
        return [(s, b.title) for s, b in scored]


def paginate(items, per_page):
    for start in range(0, len(items), per_page):
        yield start // per_page + 1, items[start:start + per_page]


def build_catalog():
    cat = Catalog()
    data = [
        ("978-0-261", "The Hobbit", "J. R. R. Tolkien", 1937, {"fantasy", "adventure"}, 310, 2),
        ("978-0-618", "The Fellowship of the Ring", "J. R. R. Tolkien", 1954, {"fantasy"}, 423),
        ("978-0-452", "Nineteen Eighty-Four", "George Orwell", 1949, {"dystopia", "classic"}, 328, 2),
        ("978-0-151", "Animal Farm", "George Orwell", 1945, {"satire", "classic"}, 112),
        ("978-0-553", "A Brief History of Time", "Stephen Hawking", 1988, {"science"}, 212),
        ("978-0-7432", "The Great Gatsby", "F. Scott Fitzgerald", 1925, {"classic"}, 180, 3),
        ("978-0-14-1", "Pride and Prejudice", "Jane Austen", 1813, {"classic", "romance"}, 432),
        ("978-0-345", "Dune", "Frank Herbert", 1965, {"science fiction", "adventure"}, 612),
        ("978-0-441", "Neuromancer", "William Gibson", 1984, {"science fiction", "cyberpunk"}, 271),
        ("978-0-06-1", "Brave New World", "Aldous Huxley", 1932, {"dystopia", "science fiction"}, 288),
        ("978-0-316", "An Introduction to Algorithms", "T. Cormen", 1990, {"science", "reference"}, 1312),
        ("978-0-261", "The Hobbit", "J. R. R. Tolkien", 1937, {"fantasy", "adventure"}, 310, 1),
    ]
    for row in data:
        cat.add(Book(*row))
    for mid, name in [(1, "Ada"), (2, "Brian"), (3, "Grace"), (4, "Linus")]:
        cat.join(Member(mid, name, max_loans=2 if name == "Brian" else 3))
    return cat


def main():
    cat = build_catalog()
    books = list(cat.books.values())
    print("books:", len(books), "copies:", sum(b.copies for b in books))
    print("by title (ignoring articles):", [b.title for b in sorted(books, key=attrgetter("sort_title"))][:6])
    print("by year desc then title:", [(b.year, b.title) for b in sorted(books, key=lambda b: (-b.year, b.sort_title))][:4])
    stable = sorted(sorted(books, key=attrgetter("title")), key=attrgetter("author"))
    print("stable by author then title:", [f"{b.author.split()[-1]}:{b.title[:12]}" for b in stable][:6])
    by_decade = defaultdict(list)
    for b in books:
        by_decade[b.year // 10 * 10].append(b.title)
    for decade in sorted(by_decade):
        print(f"  {decade}s: {sorted(by_decade[decade])}")
    genre_counts = Counter(g for b in books for g in b.genres)
    print("genres:", sorted(genre_counts.items(), key=lambda kv: (-kv[1], kv[0])))

    for q in ['author:orwell', 'genre:classic year<1930', 'year>=1950 year<1990', 'pages<300 genre:"science fiction"',
              'title:the', 'available:yes pages>400', 'colour:red']:
        try:
            print(f"query {q!r}: {sorted(b.title for b in cat.query(q))}")
        except CatalogError as e:
            print(f"query {q!r}: CatalogError: {e}")

    for words in ["science fiction", "the ring", "orwell classic", "time history brief", "nothing matches"]:
        print(f"search {words!r}: {cat.search(words)}")

    titles = sorted(b.title for b in books)
    for page, items in paginate(titles, 4):
        print(f"page {page}: {items}")

    day0 = date(2024, 3, 1)
    actions = [
        ("out", "978-0-261", 1, 0), ("out", "978-0-261", 2, 0), ("out", "978-0-261", 3, 1),
        ("out", "978-0-261", 4, 1), ("out", "978-0-345", 2, 2), ("out", "978-0-441", 2, 2),
        ("out", "978-0-452", 1, 3), ("in", "978-0-261", 1, 20), ("in", "978-0-261", 4, 5),
        ("out", "978-0-261", 4, 6), ("in", "978-0-345", 2, 45), ("out", "978-0-553", 2, 46),
        ("in", "978-0-553", 3, 47), ("out", "999", 1, 48), ("in", "978-0-441", 2, 60),
        ("out", "978-0-316", 2, 61),
    ]
    for kind, isbn, mid, offset in actions:
        when = day0 + timedelta(days=offset)
        try:
            if kind == "out":
                loan = cat.checkout(isbn, mid, when)
                print(f"{when} {cat.members[mid].name:<6} borrows {loan.book.title!r}, due {loan.due}")
            else:
                fine = cat.checkin(isbn, mid, when)
                print(f"{when} {cat.members[mid].name:<6} returns {cat.books[isbn].title!r}, fine ${fine / 100:.2f}")
        except CatalogError as e:
            print(f"{when} refused: {e}")

    today = day0 + timedelta(days=70)
    print("overdue on", today)
    for loan in cat.overdue(today):
        print(f"  {loan.member.name:<6} {loan.book.title!r} due {loan.due} ({(today - loan.due).days} days) fine so far ${loan.fine(today) / 100:.2f}")
    for m in sorted(cat.members.values(), key=lambda m: (-m.fines, m.name)):
        print(f"  {m.name:<6} fines ${m.fines / 100:.2f} loans {len(m.loans)} active {sum(l.returned is None for l in m.loans)}")
    print("availability:", {b.title[:10]: b.available for b in sorted(books, key=attrgetter("isbn")) if b.on_loan})
    longest = max(books, key=attrgetter("pages"))
    print("longest:", longest, "shortest:", min(books, key=attrgetter("pages")), "mean pages:", round(sum(b.pages for b in books) / len(books), 1))


main()
