"""The exceptions of pickle, under the module name CPython gives them (its C
accelerator's), which pickles and tracebacks show."""


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass
