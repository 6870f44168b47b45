T = r'''
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
'''
CASES = [T + r'''
from typing import *
T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', int, str); C = TypeVar('C', covariant=True)
for x in [List, List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, str, None], Union[int], Optional[Union[int, str]], Tuple, Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int], Callable, Any, ClassVar[int], Final[int], Literal['a', 1], Iterable[int], Iterator, Mapping[str, List[int]], Set[int], FrozenSet[str], Type[int], Sequence[T], T, K, V, C, Dict[K, V], Optional[List[T]], NoReturn, Annotated[int, 'meta'], DefaultDict[str, int], Deque[int], Counter[str], OrderedDict[str, int], Generator[int, None, None], Awaitable, List['Foo'], Union[List[int], None], Dict[K, V][str, int], Tuple[int, str]]:
    print(repr(x))
print(List[int] == List[int], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]), get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Union[int, str]), get_origin(List), get_args(Callable[[int], str]), get_origin(int), get_args(int))
print(List[int].__origin__, Dict.__origin__, T.__name__, K.__bound__, V.__constraints__, List[T].__parameters__, Dict[str, T].__args__)
for bad in [lambda: List[int](), lambda: isinstance(1, List[int]), lambda: Union(), lambda: Any(), lambda: List(), lambda: Optional[int, str], lambda: Union[()], lambda: T(), lambda: ClassVar[int, str], lambda: Callable[int, str], lambda: List[int, str], lambda: Dict[int]]:
    t(bad)
print(isinstance([], List), isinstance({}, Dict), isinstance([], Iterable), issubclass(list, Sequence), isinstance(3, Hashable), isinstance('s', Sequence), isinstance(1, Union[int, str]) if False else '')
print(cast(int, 'x'), TYPE_CHECKING, Text, AnyStr)
''', T + r'''
from typing import TypeVar, Generic, NamedTuple, TypedDict, NewType, Protocol, runtime_checkable, List, Optional, get_type_hints, overload, final, Dict
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(Stack[int], Stack.__parameters__, s.pop(), s.items, Stack.__mro__, type(s).__name__)
class P(NamedTuple):
    x: int
    y: int = 0
    def m(self):
        return self.x + self.y
print(P(1), P(1, 2).m(), P._fields, P._field_defaults, P.__annotations__, P.__mro__, P(3, 4)._asdict(), isinstance(P(1), tuple))
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'x'), Q.__annotations__, Q._fields)
def bad_nt():
    class R(NamedTuple):
        a: int = 1
        b: int
t(bad_nt)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, type(m).__name__, Movie.__annotations__, Movie.__total__, sorted(Movie.__required_keys__))
class Partial(TypedDict, total=False):
    a: int
print(Partial(a=1), Partial.__total__, Partial.__optional_keys__)
Pt = TypedDict('Pt', {'x': int, 'y': int})
print(Pt(x=1, y=2), Pt.__annotations__)
UserId = NewType('UserId', int)
print(UserId(5), repr(UserId), UserId.__supertype__, UserId.__name__)
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class NC(Protocol):
    def x(self): ...
t(lambda: isinstance(1, NC))
def f(x: int, y: 'str' = '') -> List[int]:
    pass
print(get_type_hints(f))
class A:
    a: int
    b: Optional[str] = 'x'
    c: Dict[str, int]
t(lambda: sorted(get_type_hints(A).items(), key=str))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3), g('a'))
@final
class Fin:
    pass
print(Fin.__final__)
''']
