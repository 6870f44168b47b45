"""A text adventure driven by a scripted list of commands.

Rooms form a graph; the player carries items; doors can be locked;
a small finite-state machine tracks the game phase (exploring, in
combat, won, dead).  Commands are parsed with match statements."""

from enum import Enum, auto


class Phase(Enum):
    EXPLORING = auto()
    COMBAT = auto()
    WON = auto()
    DEAD = auto()


class GameError(Exception):
    pass


class Item:
    def __init__(self, name, description, weight=1, power=0):
        self.name = name
        self.description = description
        self.weight = weight
        self.power = power

    def __repr__(self):
        return f"Item({self.name})"


class Monster:
    def __init__(self, name, hp, attack, weakness=None):
        self.name = name
        self.hp = hp
        self.attack = attack
        self.weakness = weakness

    @property
    def alive(self):
        return self.hp > 0


class Room:
    def __init__(self, key, title, description):
        self.key = key
        self.title = title
        self.description = description
        self.exits = {}
        self.locked = {}
        self.items = {}
        self.monster = None
        self.visits = 0

    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
        if back:
            other.exits[back] = self

    def add(self, item):
        self.items[item.name] = item
        return self


OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east", "up": "down", "down": "up"}
ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}


class Game:
    MAX_WEIGHT = 6

    def __init__(self):
        self.rooms = self.build_world()
        self.here = self.rooms["hall"]
        self.inventory = {}
        self.hp = 20
        self.phase = Phase.EXPLORING
        self.moves = 0
        self.score = 0
        self.transitions = []

    @staticmethod
    def build_world():
        hall = Room("hall", "Great Hall", "A vast hall with a dusty chandelier.")
        kitchen = Room("kitchen", "Kitchen", "Pots hang from hooks. It smells of old soup.")
        library = Room("library", "Library", "Shelves of crumbling books.")
        cellar = Room("cellar", "Cellar", "Damp and dark. Something growls.")
        tower = Room("tower", "Tower Top", "Wind howls around the parapet.")
        vault = Room("vault", "Vault", "Gold glitters everywhere.")
        hall.connect("east", kitchen, "west")
        hall.connect("west", library, "east")
        kitchen.connect("down", cellar, "up")
        library.connect("up", tower, "down", locked_by="brass key")
        cellar.connect("north", vault, "south", locked_by="iron key")
        kitchen.add(Item("knife", "A small kitchen knife.", 1, 2)).add(Item("bread", "Stale but edible.", 1))
        library.add(Item("tome", "A heavy book of spells.", 4, 1))
        tower.add(Item("iron key", "A rusty iron key.", 1))
        hall.add(Item("brass key", "A shiny brass key.", 1)).add(Item("torch", "A burning torch.", 2, 3))
        vault.add(Item("crown", "The lost crown of the realm.", 2))
        cellar.monster = Monster("rat king", 9, 3, weakness="torch")
        return {r.key: r for r in (hall, kitchen, library, cellar, tower, vault)}

    def set_phase(self, phase):
        if phase is not self.phase:
            self.transitions.append((self.phase.name, phase.name))
            self.phase = phase

    def say(self, text):
        print("  " + text)

    def describe(self):
        room = self.here
        room.visits += 1
        self.say(f"[{room.title}] {room.description if room.visits == 1 else '(visited)'}")
        if room.items:
            self.say("You see: " + ", ".join(sorted(room.items)))
        exits = []
        for d in sorted(room.exits):
            exits.append(d + (" (locked)" if d in room.locked else ""))
        self.say("Exits: " + ", ".join(exits))
        if room.monster and room.monster.alive:
            self.say(f"A {room.monster.name} blocks your way! (hp {room.monster.hp})")
            self.set_phase(Phase.COMBAT)

    def carried_weight(self):
        return sum(i.weight for i in self.inventory.values())

    def go(self, direction):
        direction = ALIASES.get(direction, direction)
        if self.phase is Phase.COMBAT and direction != OPPOSITE.get(self.last_direction, ""):
            raise GameError("You can only retreat the way you came during combat!")
        if direction not in self.here.exits:
            raise GameError(f"You can't go {direction}.")
        if direction in self.here.locked:
            raise GameError(f"The way {direction} is locked.")
        self.here = self.here.exits[direction]
        self.last_direction = direction
        self.moves += 1
        if self.phase is Phase.COMBAT:
            self.set_phase(Phase.EXPLORING)
        self.describe()
        if self.here.key == "vault" and "crown" in self.here.items:
            self.say("The crown is within reach...")

    def take(self, name):
        item = self.here.items.get(name)
        if item is None:
            raise GameError(f"There is no {name} here.")
        if self.carried_weight() + item.weight > self.MAX_WEIGHT:
            raise GameError(f"The {name} is too heavy to carry with everything else.")
        del self.here.items[name]
        self.inventory[name] = item
        self.score += 5
        self.say(f"Taken: {name}.")
        if name == "crown":
            self.score += 50
            self.set_phase(Phase.WON)

    def drop(self, name):
        item = self.inventory.pop(name, None)
        if item is None:
            raise GameError(f"You are not carrying {name}.")
        self.here.add(item)
        self.say(f"Dropped: {name}.")

    def unlock(self, direction):
        direction = ALIASES.get(direction, direction)
        key = self.here.locked.get(direction)
        if key is None:
            raise GameError("Nothing to unlock there.")
        if key not in self.inventory:
            raise GameError(f"You need the {key}.")
        del self.here.locked[direction]
        self.score += 10
        self.say(f"You unlock the way {direction} with the {key}.")

    def attack(self, weapon):
        monster = self.here.monster
        if not monster or not monster.alive:
            raise GameError("There is nothing to fight.")
        if weapon not in self.inventory:
            raise GameError(f"You don't have a {weapon}.")
        item = self.inventory[weapon]
        damage = item.power * (3 if weapon == monster.weakness else 1)
        monster.hp -= damage
        self.say(f"You hit the {monster.name} with the {weapon} for {damage}.")
        if not monster.alive:
            self.say(f"The {monster.name} is defeated!")
            self.score += 25
            self.set_phase(Phase.EXPLORING)
            return
        self.hp -= monster.attack
        self.say(f"The {monster.name} bites you for {monster.attack}. (hp {self.hp})")
        if self.hp <= 0:
            self.set_phase(Phase.DEAD)

    def eat(self, name):
        if name != "bread" or name not in self.inventory:
            raise GameError(f"You can't eat {name}.")
        del self.inventory[name]
        self.hp = min(20, self.hp + 8)
        self.say(f"Delicious. (hp {self.hp})")

    def handle(self, line):
        words = line.lower().split()
        match words:
            case ["look"] | ["l"]:
                self.here.visits = 0
                self.describe()
            case ["go", direction] | [("n" | "s" | "e" | "w" | "u" | "d" | "north" | "south" | "east" | "west" | "up" | "down") as direction]:
                self.go(direction)
            case ["take" | "get", *name] if name:
                self.take(" ".join(name))
            case ["drop", *name] if name:
                self.drop(" ".join(name))
            case ["unlock", direction]:
                self.unlock(direction)
            case ["attack", "with", *weapon] | ["hit", *weapon] if weapon:
                self.attack(" ".join(weapon))
            case ["eat", food]:
                self.eat(food)
            case ["inventory"] | ["i"]:
                names = sorted(self.inventory)
                self.say(f"Carrying ({self.carried_weight()}/{self.MAX_WEIGHT}): {', '.join(names) or 'nothing'}")
            case []:
                raise GameError("Say something.")
            case [verb, *_]:
                raise GameError(f"I don't know how to {verb!r}.")

    def play(self, script):
        self.describe()
        for line in script:
            if self.phase in (Phase.WON, Phase.DEAD):
                break
            print(f"> {line}")
            try:
                self.handle(line)
            except GameError as e:
                self.say(f"!! {e}")
        print(f"Game over: {self.phase.name}, score {self.score}, moves {self.moves}, hp {self.hp}")
        print("Phase transitions:", self.transitions)


SCRIPT = [
    "look", "take torch", "take brass key", "e", "take knife", "take bread",
    "take bread", "i", "dance wildly", "", "go west", "go west", "take tome",
    "u", "unlock up", "drop brass key", "u", "take iron key", "d", "e", "e",
    "d", "go north", "hit knife", "hit fork", "attack with torch", "eat bread",
    "hit torch", "n", "unlock north", "north", "i", "take crown", "look",
]


def main():
    game = Game()
    game.play(SCRIPT)
    print(sorted((r.key, r.visits) for r in game.rooms.values()))
    print(sorted(game.here.items), sorted(game.rooms["library"].items))
    second = Game()
    second.hp = 4
    second.play(["e", "take knife", "d", "hit knife", "hit knife", "look"])


main()
