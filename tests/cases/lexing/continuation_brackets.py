# Newlines inside brackets are ignored, including odd indentation and comments.
values = (1,
    2,
          3,  # a comment inside brackets
)
print(values)
total = (
    10
    + 20
  - 5
)
print(total)
print(
    "a",
    "b",
        sep="-",
)
items = [
    1, 2,
    3,
]
print(items)
