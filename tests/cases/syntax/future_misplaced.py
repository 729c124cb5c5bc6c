"""A future statement after other code is rejected before anything runs."""
print("never printed")
from __future__ import annotations
