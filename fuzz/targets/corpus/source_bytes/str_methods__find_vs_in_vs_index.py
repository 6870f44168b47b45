hay = 'mississippi'
for needle in ['ss', 'issi', 'pp', 'x', 'i', '']:
    print(needle, needle in hay, hay.find(needle), hay.rfind(needle), hay.count(needle))
