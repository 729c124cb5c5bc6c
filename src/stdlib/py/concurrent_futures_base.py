"""`concurrent.futures._base`: where CPython defines futures, executors and their errors."""

from concurrent.futures import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, Error,
                                CancelledError, TimeoutError, InvalidStateError,
                                BrokenExecutor, Future, Executor, wait, as_completed)
