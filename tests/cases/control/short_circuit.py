def t(name):
    print("eval", name)
    return True

def f(name):
    print("eval", name)
    return False

print(f("a") and t("b"))
print(t("c") or f("d"))
print(f("e") or t("f") and f("g"))
print(t("h") if f("i") else f("j"))
