print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1, 2})))
print(str({'a'}), [{1}, frozenset({'x'})], {'k': {2}})
print({(1, 'a'), None}, {frozenset()})
class R:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return 'R(' + repr(len(self.s)) + ')'
print({R({1})})
class Back:
    def __repr__(self):
        return 'Back(' + repr(holder) + ')'
holder = {Back()}
print(holder)
print(frozenset([Back()]))
