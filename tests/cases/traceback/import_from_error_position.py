try:
    from math import (floor,
                      florr as f)
except ImportError as e:
    print(e)
from math import sqrt, nothing_here
