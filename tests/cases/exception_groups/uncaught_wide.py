# A group with more than 15 members shows the first 15, and a group as the cause of
# another exception is boxed too.
try:
    raise ExceptionGroup("big", [ValueError(i) for i in range(17)])
except Exception as e:
    raise RuntimeError("wrapper") from e
