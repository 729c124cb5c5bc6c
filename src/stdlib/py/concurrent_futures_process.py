"""`concurrent.futures.process`: where CPython defines the process pool executor."""

from concurrent.futures import ProcessPoolExecutor, BrokenProcessPool, _RemoteTraceback
