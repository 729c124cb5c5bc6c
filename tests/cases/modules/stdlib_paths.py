# Modules gilpy writes in Python report CPython's library paths as their files.
import collections.abc
import concurrent.futures
import json
import logging
import re
import textwrap
import traceback

for module in [json, textwrap, logging, collections.abc, concurrent.futures, re]:
    print(module.__name__, module.__file__)
print(json)
print(textwrap.dedent.__code__.co_filename)
try:
    textwrap.dedent(5)
except Exception as e:
    print([(frame.filename, frame.name) for frame in traceback.extract_tb(e.__traceback__)])
