from datetime import date, datetime, timedelta
d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoformat(), d.strftime("%A %d %B %Y"))
print(date(2023, 12, 31).toordinal(), date.fromordinal(738000), date.fromisoformat("2020-05-17").isocalendar())
dt = datetime(2021, 3, 14, 15, 9, 26)
print(dt, dt.isoformat(), repr(dt), dt + timedelta(hours=12, minutes=51))
delta = datetime(2024, 1, 1) - datetime(2023, 1, 1)
print(delta, delta.days, delta.total_seconds(), timedelta(days=1, seconds=3661), repr(timedelta(minutes=-1)))
print(datetime.strptime("2022-07-04 12:30", "%Y-%m-%d %H:%M"), d < date(2024, 3, 1))
