"""Logging: named loggers in a dotted tree, severity levels, and handlers that format
and write records. Safe to use from several threads: the tree and each handler have
their own reentrant lock."""

import os
import sys
import threading
import time as _time
import _multiprocessing

__all__ = ['BASIC_FORMAT', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'INFO', 'NOTSET', 'WARN',
           'WARNING', 'Filter', 'Formatter', 'Handler', 'LogRecord', 'Logger', 'LoggerAdapter',
           'NullHandler', 'StreamHandler', 'FileHandler', 'basicConfig', 'critical', 'debug',
           'disable', 'error', 'exception', 'fatal', 'getLevelName', 'getLogger', 'info', 'log',
           'root', 'setLoggerClass', 'shutdown', 'warn', 'warning', 'getLevelNamesMapping',
           'addLevelName', 'makeLogRecord', 'getLoggerClass', 'lastResort',
           'raiseExceptions', 'PercentStyle', 'StrFormatStyle', 'StringTemplateStyle']

# ---- levels -------------------------------------------------------------------------

NOTSET, DEBUG, INFO, WARNING, ERROR, CRITICAL = 0, 10, 20, 30, 40, 50
WARN = WARNING
FATAL = CRITICAL

_levelToName = {}
_nameToLevel = {'WARN': WARNING, 'FATAL': FATAL}
for _name, _value in (('CRITICAL', CRITICAL), ('ERROR', ERROR), ('WARNING', WARNING),
                      ('INFO', INFO), ('DEBUG', DEBUG), ('NOTSET', NOTSET)):
    _levelToName[_value] = _name
    _nameToLevel[_name] = _value
del _name, _value

BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

# Guards the logger tree; reentrant because configuration calls back into code that
# takes it again.
_lock = threading.RLock()
_startTime = _time.time()
raiseExceptions = True


def getLevelName(level):
    """The name of a level number, or the number of a level name (both ways, as
    CPython's); 'Level N' for an unknown one."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return f"Level {level}"


def getLevelNamesMapping():
    return dict(_nameToLevel)


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level], _nameToLevel[levelName] = levelName, level


def _checkLevel(level):
    """A level given as a number or a registered name, as a number."""
    if isinstance(level, int):
        return level
    if isinstance(level, str) and str(level) == level:
        try:
            return _nameToLevel[level]
        except KeyError:
            raise ValueError(f"Unknown level: {level!r}") from None
    raise TypeError(f"Level not an integer or a valid string: {level!r}")


def _this_file(frame):
    return frame.f_code.co_filename == _srcfile


_srcfile = _this_file.__code__.co_filename


# ---- records --------------------------------------------------------------------------

class LogRecord:
    """One logged event: the message and its arguments, and where and when it happened."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = _time.time()
        # A lone non-empty mapping argument feeds '%(key)s' fields.
        if args and len(args) == 1 and _is_mapping(args[0]) and args[0]:
            args = args[0]
        self.name = name
        self.msg = msg
        self.args = args
        self.levelname, self.levelno = getLevelName(level), level
        self.pathname = pathname
        try:
            base = os.path.basename(pathname)
            self.filename, self.module = base, os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename, self.module = pathname, "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        thread = threading.current_thread()
        self.thread = thread.ident
        self.threadName = thread.name
        self.processName = _multiprocessing.process_name()
        self.process = os.getpid()

    def __repr__(self):
        return (f'<LogRecord: {self.name}, {self.levelno}, {self.pathname}, '
                f'{self.lineno}, "{self.msg}">')

    def getMessage(self):
        """The message with its arguments %-formatted in."""
        text = str(self.msg)
        return text % self.args if self.args else text


def _is_mapping(obj):
    from collections.abc import Mapping
    return isinstance(obj, Mapping)


# What loggers make their records with (a LogRecord subclass, say).
_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes are set from `dict` (one received over a socket, say)."""
    made = _logRecordFactory(None, None, '', 0, '', (), None, None)
    made.__dict__.update(dict)
    return made


# ---- format styles ----------------------------------------------------------------------

class PercentStyle:
    """Formats with '%(field)s' placeholders."""

    default_format, asctime_format, asctime_search = '%(message)s', '%(asctime)s', '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def _has_fields(self):
        import re
        return re.search(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]',
                         self._fmt, re.I) is not None

    def validate(self):
        if not self._has_fields():
            raise ValueError(f"Invalid format '{self._fmt}' for '{self.default_format[0]}' style")

    def _values(self, record):
        if self._defaults:
            return {**self._defaults, **record.__dict__}
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError(f"Formatting field not found in record: {missing}")


class StrFormatStyle(PercentStyle):
    """Formats with '{field}' placeholders, as str.format."""

    default_format, asctime_format, asctime_search = '{message}', '{asctime}', '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        from string import Formatter as _Parser
        import re
        names = set()
        try:
            for _, field, spec, conversion in _Parser().parse(self._fmt):
                if field:
                    if not re.match(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$', field):
                        raise ValueError(f'invalid field name/expression: {field!r}')
                    names.add(field)
                if conversion and conversion not in 'rsa':
                    raise ValueError(f'invalid conversion: {conversion!r}')
        except ValueError as problem:
            raise ValueError(f'invalid format: {problem}')
        if not names:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """Formats with '$field' or '${field}' placeholders, as string.Template."""

    default_format, asctime_format, asctime_search = '${message}', '${asctime}', '${asctime}'

    def __init__(self, fmt, *, defaults=None):
        super().__init__(fmt, defaults=defaults)
        from string import Template
        self._template = Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        import re
        found = False
        for match in re.finditer(r'\$(?:(\$)|(\w+)|\{(\w+)\}|())', self._fmt):
            if match.group(4) is not None:
                raise ValueError("invalid format: bare '$' not allowed")
            found = found or match.group(1) is None
        if not found:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._template.substitute(**self._values(record))


# Each style's class, and basicConfig's format in it.
_STYLES = {mark: (cls, ':'.join(field % name for name in ('levelname', 'name', 'message')))
           for mark, cls, field in (('%', PercentStyle, '%%(%s)s'),
                                    ('{', StrFormatStyle, '{%s}'),
                                    ('$', StringTemplateStyle, '${%s}'))}


def _style_class(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
    return _STYLES[style][0]


# ---- formatters ---------------------------------------------------------------------------

class Formatter:
    """Turns a record into text: the message, then any traceback and stack."""

    # gilpy binds a built-in function found on a class, which CPython does not.
    converter = staticmethod(_time.localtime)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        chosen = self._style = _style_class(style)(fmt, defaults=defaults)
        if validate:
            chosen.validate()
        self._fmt = chosen._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        moment = self.converter(record.created)
        if datefmt:
            return _time.strftime(datefmt, moment)
        text = _time.strftime(self.default_time_format, moment)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        import traceback
        text = ''.join(traceback.format_exception(*ei))
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        return self._style.usesTime()

    def formatStack(self, stack_info):
        """The text of a record's stack_info; subclasses may reshape it."""
        return stack_info

    def formatMessage(self, record):
        return self._style.format(record)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        parts = [self.formatMessage(record)]
        # The traceback text is kept on the record, so each handler formats it once.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            parts.append(record.exc_text)
        if record.stack_info:
            parts.append(self.formatStack(record.stack_info))
        text = parts[0]
        for extra in parts[1:]:
            if not text.endswith('\n'):
                text += '\n'
            text += extra
        return text


_defaultFormatter = Formatter()


# ---- filters ----------------------------------------------------------------------------

class Filter:
    """Passes the records of the logger called `name` and of those below it."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + '.')


class Filterer:
    """What loggers and handlers share: a list of filters a record must all pass.
    A filter is an object with a `filter(record)` method or a plain callable."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        try:
            self.filters.remove(filter)
        except ValueError:
            pass

    def filter(self, record):
        for check in self.filters:
            method = getattr(check, 'filter', None)
            if not (method(record) if method is not None else check(record)):
                return False
        return True


# ---- handlers -----------------------------------------------------------------------------

class Handler(Filterer):
    """Sends records somewhere; subclasses say where by defining `emit`."""

    def __init__(self, level=NOTSET):
        super().__init__()
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emits `record` if the filters pass it; returns whether they did."""
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def flush(self):
        pass

    def close(self):
        self._closed = True

    def handleError(self, record):
        """Reports, on stderr, an exception raised while emitting `record`."""
        if not (raiseExceptions and sys.stderr):
            return
        import traceback
        kind, problem, tb = sys.exc_info()
        try:
            sys.stderr.write('--- Logging error ---\n')
            traceback.print_exception(kind, problem, tb, None, sys.stderr)
            sys.stderr.write('Call stack:\n')
            traceback.print_stack(sys._getframe(1), file=sys.stderr)
            sys.stderr.write(f'Message: {record.msg!r}\nArguments: {record.args}\n')
        except OSError:
            pass

    def __repr__(self):
        return f'<{type(self).__name__} ({getLevelName(self.level)})>'


class StreamHandler(Handler):
    """Writes each formatted record, then `terminator`, to a stream (sys.stderr by
    default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        super().__init__()
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, 'flush'):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switches to `stream`; returns the previous one, or None if it is the same."""
        if stream is self.stream:
            return None
        self.acquire()
        try:
            self.flush()
            previous, self.stream = self.stream, stream
        finally:
            self.release()
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return f'<{type(self).__name__} {label}({getLevelName(self.level)})>'


class FileHandler(StreamHandler):
    """Writes records to a file, opened at once or (`delay`) at the first record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        if encoding is None and 'b' not in mode:
            encoding = 'locale'
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        Handler.__init__(self)
        self.stream = None if delay else self._open()

    def _open(self):
        encoding = None if self.encoding == 'locale' else self.encoding
        return open(self.baseFilename, self.mode, encoding=encoding, errors=self.errors)

    def emit(self, record):
        # A closed handler opens its file again, unless that would truncate it anew.
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        self.acquire()
        try:
            stream, self.stream = self.stream, None
            if stream is not None:
                try:
                    stream.flush()
                finally:
                    stream.close()
            Handler.close(self)
        finally:
            self.release()

    def __repr__(self):
        return f'<{type(self).__name__} {self.baseFilename} ({getLevelName(self.level)})>'


class NullHandler(Handler):
    """Discards everything: what a library adds so its records need no configuration."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is when a record comes."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


# Used when no handler at all is found for a record.
lastResort = _StderrHandler(WARNING)


# ---- loggers -------------------------------------------------------------------------------

def _at_level(level, qualname):
    """A Logger method that logs at a fixed level (`debug`, `info`...)."""
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    method.__qualname__ = qualname
    method.__name__ = qualname.rpartition('.')[2]
    return method


class Logger(Filterer):
    """A named channel for records; its name places it in the dotted tree."""

    def __init__(self, name, level=NOTSET):
        super().__init__()
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        """The first level set on this logger or an ancestor."""
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
        elif self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    debug = _at_level(DEBUG, 'Logger.debug')
    info = _at_level(INFO, 'Logger.info')
    warning = _at_level(WARNING, 'Logger.warning')
    error = _at_level(ERROR, 'Logger.error')
    critical = fatal = _at_level(CRITICAL, 'Logger.critical')

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """The file, line, function and (if asked) stack of the code that logged: the
        `stacklevel`-th frame, counting outwards, that is not this module's."""
        frame = sys._getframe()
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _this_file(frame):
                stacklevel -= 1
        stack = None
        if stack_info:
            import traceback
            lines = ''.join(traceback.format_stack(frame))
            stack = 'Stack (most recent call last):\n' + lines.rstrip('\n')
        return frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key, value in (extra or {}).items():
            if key in ('message', 'asctime') or key in record.__dict__:
                raise KeyError(f"Attempt to overwrite {key!r} in LogRecord")
            record.__dict__[key] = value
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        path, line, func, stack = self.findCaller(stack_info, stacklevel)
        if exc_info and not isinstance(exc_info, tuple):
            # An exception instance, or any true value for the one being handled.
            error = exc_info if isinstance(exc_info, BaseException) else sys.exc_info()[1]
            exc_info = (type(error), error, error and error.__traceback__)
        self.handle(self.makeRecord(self.name, level, path, line, msg, args, exc_info,
                                    func, extra, stack))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _lineage(self):
        """This logger and the ancestors its records propagate to."""
        node = self
        while node:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        return any(node.handlers for node in self._lineage())

    def callHandlers(self, record):
        seen = 0
        for node in self._lineage():
            for handler in list(node.handlers):
                seen += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if not seen and lastResort and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def getChild(self, suffix):
        if self.root is not self:
            suffix = f"{self.name}.{suffix}"
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return f'<{type(self).__name__} {self.name} ({getLevelName(self.getEffectiveLevel())})>'


class RootLogger(Logger):
    """The top of the tree, named 'root'."""

    def __init__(self, level):
        super().__init__('root', level)


class PlaceHolder:
    """Stands in the tree for a logger not created yet that has descendants."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


_loggerClass = Logger


def setLoggerClass(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    """Owns the tree: finds or makes loggers by name and links them to their parent."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.loggerDict = {}
        self.emittedNoHandlerWarning = False
        self.loggerClass = self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if existing is not None and not isinstance(existing, PlaceHolder):
                return existing
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            if existing is not None:
                self._adopt(existing, made)
            self._attach(made)
            return made

    def _attach(self, logger):
        """Links `logger` to its nearest existing ancestor, leaving placeholders on the
        way so that ancestors made later find it."""
        name = logger.name
        parent = None
        cut = name.rfind('.')
        while cut > 0 and parent is None:
            prefix = name[:cut]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            elif isinstance(node, PlaceHolder):
                node.append(logger)
            else:
                parent = node
            cut = name.rfind('.', 0, cut)
        logger.parent = parent or self.root

    def _adopt(self, placeholder, logger):
        """Makes `logger` the parent of the descendants a placeholder stood for, unless
        one of them already hangs from a logger below it."""
        prefix = logger.name + '.'
        for child in placeholder.loggerMap:
            if not child.parent.name.startswith(prefix):
                logger.parent = child.parent
                child.parent = logger


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


def disable(level=CRITICAL):
    """Drops every record at or below `level`, whatever the loggers' levels."""
    root.manager.disable = level


def getLogger(name=None):
    if name and not (isinstance(name, str) and name == root.name):
        return Logger.manager.getLogger(name)
    return root


# ---- module-level configuration and shortcuts ----------------------------------------------

def basicConfig(**kwargs):
    """Gives the root logger a handler with a formatter, unless it has one already
    (or `force` is true)."""
    with _lock:
        if kwargs.pop('force', False):
            for handler in root.handlers[:]:
                root.removeHandler(handler)
                handler.close()
        if root.handlers:
            return
        handlers = kwargs.pop('handlers', None)
        if handlers is not None:
            if 'stream' in kwargs or 'filename' in kwargs:
                raise ValueError("'stream' or 'filename' should not be specified together "
                                 "with 'handlers'")
        elif 'stream' in kwargs and 'filename' in kwargs:
            raise ValueError("'stream' and 'filename' should not be specified together")
        encoding, errors = kwargs.pop('encoding', None), kwargs.pop('errors', 'backslashreplace')
        if handlers is None:
            filename = kwargs.pop('filename', None)
            mode = kwargs.pop('filemode', 'a')
            if filename:
                made = FileHandler(filename, mode, encoding=encoding, errors=errors)
            else:
                made = StreamHandler(kwargs.pop('stream', None))
            handlers = [made]
        datefmt = kwargs.pop('datefmt', None)
        style = kwargs.pop('style', '%')
        _style_class(style)
        fmt = kwargs.pop('format', _STYLES[style][1])
        formatter = Formatter(fmt, datefmt, style)
        for handler in handlers:
            if handler.formatter is None:
                handler.setFormatter(formatter)
            root.addHandler(handler)
        level = kwargs.pop('level', None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def _root_call(method):
    """A module-level shortcut that configures the root logger if needed, then calls
    its `method`."""
    def shortcut(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method)(msg, *args, **kwargs)
    shortcut.__name__ = shortcut.__qualname__ = method
    return shortcut


critical = fatal = _root_call('critical')
error = _root_call('error')
warning = _root_call('warning')
info = _root_call('info')
debug = _root_call('debug')
exception = _root_call('exception')


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def shutdown(handlerList=None):
    """Flushes and closes the root logger's handlers (called at exit in CPython)."""
    for handler in list(root.handlers if handlerList is None else handlerList):
        try:
            handler.acquire()
            try:
                handler.flush()
                handler.close()
            finally:
                handler.release()
        except (OSError, ValueError):
            pass


# ---- adapters --------------------------------------------------------------------------------

def _via_log(level, qualname):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    method.__qualname__ = qualname
    method.__name__ = qualname.rpartition('.')[2]
    return method


def _forward(name):
    def method(self, *args):
        return getattr(self.logger, name)(*args)
    method.__name__ = name
    method.__qualname__ = 'LoggerAdapter.' + name
    return method


class LoggerAdapter:
    """Wraps a logger to add context (`extra`) to every record logged through it."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        text, kwargs = self.process(msg, kwargs)
        self.logger.log(level, text, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    debug = _via_log(DEBUG, 'LoggerAdapter.debug')
    info = _via_log(INFO, 'LoggerAdapter.info')
    warning = _via_log(WARNING, 'LoggerAdapter.warning')
    error = _via_log(ERROR, 'LoggerAdapter.error')
    critical = _via_log(CRITICAL, 'LoggerAdapter.critical')

    # The rest is the wrapped logger's.
    isEnabledFor = _forward('isEnabledFor')
    setLevel = _forward('setLevel')
    getEffectiveLevel = _forward('getEffectiveLevel')
    hasHandlers = _forward('hasHandlers')
    manager = property(lambda self: self.logger.manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        return f'<{type(self).__name__} {self.logger.name} ({getLevelName(self.getEffectiveLevel())})>'
