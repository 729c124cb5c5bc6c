s = "héllo wörld"
print(s, len(s))
print(s[1], s[-4])
print("π" * 3)
print(len("😀"), len("日本語"), "日本語"[2])
print("ß" < "ü", "Ω" == "\u03a9")
