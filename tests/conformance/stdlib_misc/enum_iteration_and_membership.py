from enum import Enum, IntEnum
class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7
    @property
    def is_weekend(self):
        return self >= Weekday.SAT
print([d.name for d in Weekday if d.is_weekend], Weekday(3), Weekday.FRI - Weekday.MON)
print(list(Weekday)[2:4], Weekday.MON in Weekday, 3 in [d.value for d in Weekday])
print({d: d.value * 10 for d in Weekday if d < 3})
print(Weekday["SUN"].value, Weekday.TUE.name.lower(), sum(Weekday))
