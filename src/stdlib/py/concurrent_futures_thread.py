"""`concurrent.futures.thread`: where CPython defines the thread pool executor."""

from concurrent.futures import ThreadPoolExecutor, BrokenThreadPool
