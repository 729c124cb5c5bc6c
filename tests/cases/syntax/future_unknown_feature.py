from __future__ import annotations, generator_stop, teleportation
print("never printed")
