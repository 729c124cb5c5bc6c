# The default repr of a plain object() has no module prefix; a user class's has its module.
class Mine:
    pass


print(repr(object()).split(" at ")[0], str(object()).split(" at ")[0])
print(repr(Mine()).split(" at ")[0], type(object()), object().__class__.__name__)
sentinel = object()
print(sentinel is sentinel, sentinel == object(), hash(sentinel) == hash(sentinel))
