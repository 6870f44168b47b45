for s in ["Straße", "HELLO", "ǅ", "ﬁ", "İstanbul", "ΣΑΣ"]:
    print(s, s.casefold(), s.lower(), s.upper(), s.title(), s.swapcase())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
