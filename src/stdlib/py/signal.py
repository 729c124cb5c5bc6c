"""Signal handling: `_signal`'s functions, with signal numbers and the two special
handlers given back as members of the `Signals` and `Handlers` int enums."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _members(wanted):
    # Sorted by value, then name, so that of two names for one number (SIGABRT and
    # SIGIOT) the first in the alphabet is the member and the other its alias.
    found = [(name, value) for name, value in vars(_signal).items() if wanted(name)]
    return sorted(found, key=lambda item: (item[1], item[0]))


Signals = _IntEnum('Signals', _members(
    lambda name: name.startswith('SIG') and not name.startswith('SIG_')), module=__name__)
Handlers = _IntEnum('Handlers', _members(
    lambda name: name in ('SIG_DFL', 'SIG_IGN')), module=__name__)
# The module's constants become the members themselves.
globals().update(Signals.__members__)
globals().update(Handlers.__members__)


def _number(value):
    return int(value) if isinstance(value, _IntEnum) else value


def _member(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_number(signalnum), _number(handler))  # CPython: signal.py:56
    return _member(handler, Handlers)


def getsignal(signalnum):
    return _member(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    return {_member(number, Signals) for number in _signal._valid_signals()}


del _members
