"""Disassembly of gilpy's own instructions (not CPython's opcodes): `dis`,
`get_instructions` and `Bytecode`, over the native `_dis`."""

import io

from _dis import Instruction, dis, get_instructions

__all__ = ['dis', 'get_instructions', 'Instruction', 'Bytecode']


class Bytecode:
    """The instructions of a function, method, code object or source string."""

    def __init__(self, x):
        self._x = x
        self._instructions = get_instructions(x)

    def __iter__(self):
        return iter(self._instructions)

    def __repr__(self):
        return f"Bytecode({self._x!r})"

    def dis(self):
        out = io.StringIO()
        dis(self._x, file=out)
        return out.getvalue()
