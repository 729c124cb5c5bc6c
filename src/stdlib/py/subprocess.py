"""Child programs: the `Popen` class and, on top of it, `run`, `call`, `check_call`,
`check_output`, `getstatusoutput` and `getoutput`, with CPython's results, errors and
messages.

`_subprocess.spawn` starts the child on the descriptors chosen here; the parent's ends
of its pipes are ordinary file objects over `os.pipe` descriptors. Reading a pipe and
waiting for the child release the GIL, so other threads run meanwhile. `communicate`
drains each pipe on a thread of its own: that is what lets it give up at a timeout and
pick up again on the next call with what was gathered so far."""

import os
import signal as _signal
import threading as _threading
import time as _time
import types as _types

import _subprocess
from _multiprocessing import waitpid as _waitpid

__all__ = ['Popen', 'run', 'call', 'check_call', 'check_output', 'getstatusoutput',
           'getoutput', 'CompletedProcess', 'SubprocessError', 'CalledProcessError',
           'TimeoutExpired', 'PIPE', 'STDOUT', 'DEVNULL']

PIPE = -1
STDOUT = -2
DEVNULL = -3

# What communicate() asks of a pipe at a time.
_CHUNK = 32768


def _output_alias():
    """`stdout`, the errors' second name for `output`."""
    def get(self):
        return self.output

    def put(self, value):
        self.output = value
    return property(get, put)


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    stdout = _output_alias()

    def __str__(self):
        code = self.returncode
        if not code or code > 0:
            return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)
        try:
            how = repr(_signal.Signals(-code))
        except ValueError:
            how = 'unknown signal %d' % -code
        return "Command '%s' died with %s." % (self.cmd, how)


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    stdout = _output_alias()

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        shown = ['args=%r' % (self.args,), 'returncode=%r' % (self.returncode,)]
        shown += ['%s=%r' % (name, getattr(self, name)) for name in ('stdout', 'stderr')
                  if getattr(self, name) is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    __class_getitem__ = classmethod(_types.GenericAlias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _word(arg):
    if isinstance(arg, str):
        return arg
    if isinstance(arg, bytes):
        return arg.decode()
    if hasattr(type(arg), '__fspath__'):
        return _word(os.fspath(arg))
    raise TypeError('expected str, bytes or os.PathLike object, not %s'
                    % type(arg).__name__)


def _command_line(args, shell, executable):
    """The program to start and the argument vector it is given."""
    if isinstance(args, (str, bytes)) or hasattr(type(args), '__fspath__'):
        words = [args]
    else:
        words = list(args)
    if shell:
        words = [executable or '/bin/sh', '-c'] + words
    argv = [_word(w) for w in words]
    program = argv[0] if shell or executable is None else _word(executable)
    return program, argv


def _decoded(data, encoding, errors):
    """Output as text mode gives it: decoded, with universal newlines."""
    return data.decode(encoding, errors or 'strict').replace('\r\n', '\n').replace('\r', '\n')


def _left(deadline):
    return None if deadline is None else deadline - _time.monotonic()


class _Exchange:
    """One communicate(): the threads feeding stdin and draining the output pipes, the
    chunks read so far and, once all is in, the result."""

    def __init__(self, proc, data, inline):
        self.chunks = {}
        self.threads = []
        self.result = None
        if inline:
            # A single pipe cannot deadlock: it is served right here, with no threads.
            self.result = self._serve(proc, data)
            return
        if proc.stdin:
            proc.stdin.flush()
            if not data:
                proc.stdin.close()
            else:
                if proc.text_mode:
                    data = data.encode(proc.encoding, proc.errors or 'strict')
                self._start(self._pour, proc.stdin, bytes(data))
        for name in ('stdout', 'stderr'):
            stream = getattr(proc, name)
            if stream:
                self.chunks[name] = []
                if not stream.closed:
                    self._start(self._drain, stream, self.chunks[name])

    def _serve(self, proc, data):
        if proc.stdin:
            self._feed(proc.stdin, data)
        results = []
        for stream in (proc.stdout, proc.stderr):
            results.append(stream and stream.read())
            if stream:
                stream.close()
        return tuple(results)

    def _start(self, work, stream, arg):
        t = _threading.Thread(target=work, args=(stream, arg), daemon=True)
        t.start()
        self.threads.append(t)

    @staticmethod
    def _feed(stream, data):
        # A child that exits without reading all its input is not an error.
        try:
            if data:
                stream.write(data)
            stream.close()
        except BrokenPipeError:
            pass

    @staticmethod
    def _pour(stream, data):
        """Writes `data`, already bytes, straight to the pipe, then closes it."""
        fd = stream.fileno()
        try:
            for start in range(0, len(data), _CHUNK):
                view = data[start:start + _CHUNK]
                while view:
                    view = view[os.write(fd, view):]
        except BrokenPipeError:
            pass
        stream.close()

    @staticmethod
    def _drain(stream, chunks):
        fd = stream.fileno()
        while True:
            data = os.read(fd, _CHUNK)
            if not data:
                break
            chunks.append(data)
        stream.close()

    def gathered(self, name):
        chunks = self.chunks.get(name)
        return b''.join(chunks) if chunks else None

    def finish(self, proc, timeout, deadline):
        if self.result is None:
            self.result = self._collect(proc, timeout, deadline)
        return self.result

    def _collect(self, proc, timeout, deadline):
        for t in self.threads:
            t.join(_left(deadline))
            if t.is_alive():
                raise TimeoutExpired(proc.args, timeout, output=self.gathered('stdout'),
                                     stderr=self.gathered('stderr'))
        results = []
        for name in ('stdout', 'stderr'):
            if name not in self.chunks:
                results.append(None)
                continue
            data = b''.join(self.chunks[name])
            if proc.text_mode:
                data = _decoded(data, proc.encoding, proc.errors)
            results.append(data)
        return tuple(results)


_UNSUPPORTED = {'preexec_fn': None, 'startupinfo': None, 'creationflags': 0,
                'user': None, 'group': None, 'extra_groups': None, 'umask': -1,
                'pipesize': -1, 'process_group': None}


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.pid = None
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._exchange = None
        self._reaping = _threading.Lock()
        given = locals()
        for name, default in _UNSUPPORTED.items():
            if given[name] != default:
                raise NotImplementedError("gilpy's subprocess has no %s" % name)
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError('bufsize must be an integer')
        if (text is not None and universal_newlines is not None
                and bool(text) != bool(universal_newlines)):
            raise SubprocessError('Cannot disambiguate when both text and '
                                  'universal_newlines are supplied but different. '
                                  'Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            encoding = 'UTF-8'
        self.encoding = encoding
        self.errors = errors
        program, argv = _command_line(args, shell, executable)
        if env is not None:
            env = [(_word(k), _word(v)) for k, v in env.items()]
            if any('=' in k for k, v in env):
                raise ValueError('illegal environment variable name')
        if cwd is not None:
            cwd = _word(cwd)

        opened = []
        try:
            ends = self._connect(stdin, stdout, stderr, opened)
            self.pid = _subprocess.spawn(program, argv, ends[0][0], ends[1][0], ends[2][0],
                                         cwd, env, pass_fds, start_new_session)
        except BaseException:
            for fd in opened:
                os.close(fd)
            raise
        kept = [parent for child, parent in ends if parent is not None]
        for fd in opened:
            if fd not in kept:
                os.close(fd)
        self._wrap(ends, bufsize)

    def _connect(self, stdin, stdout, stderr, opened):
        """`(child's descriptor, parent's end)` for each standard stream; the child's is
        None where it inherits ours, the parent's None unless the stream is a pipe."""
        devnull = []

        def end(spec, child_reads):
            if spec is None:
                return None, None
            if spec == PIPE:
                r, w = os.pipe()
                opened.extend((r, w))
                return (r, w) if child_reads else (w, r)
            if spec == DEVNULL:
                if not devnull:
                    devnull.append(os.open(os.devnull, os.O_RDWR))
                    opened.append(devnull[0])
                return devnull[0], None
            if isinstance(spec, int):
                return spec, None
            return spec.fileno(), None

        ins = end(stdin, True)
        outs = end(stdout, False)
        if stderr == STDOUT:
            errs = (1 if outs[0] is None else outs[0]), None
        else:
            errs = end(stderr, False)
        return ins, outs, errs

    def _wrap(self, ends, bufsize):
        if self.text_mode:
            kw = {'encoding': self.encoding, 'errors': self.errors}
            modes = ('w', 'r', 'r')
            bufsize = 1 if bufsize == 1 else -1
        else:
            kw = {}
            modes = ('wb', 'rb', 'rb')
            bufsize = -1 if bufsize == 1 else bufsize
        streams = [None if parent is None else open(parent, mode, bufsize, **kw)
                   for (child, parent), mode in zip(ends, modes)]
        self.stdin, self.stdout, self.stderr = streams

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    __class_getitem__ = classmethod(_types.GenericAlias)

    def __repr__(self):
        text = '<%s: returncode: %s args: %r>' % (type(self).__name__, self.returncode,
                                                   self.args)
        return text if len(text) <= 80 else text[:76] + '...>'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            for stream in (self.stdout, self.stderr):
                if stream:
                    stream.close()
            if self.stdin:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        finally:
            self.wait()

    def _reap(self, block):
        """Collects the child's exit status if it has one (waiting for it if `block`)."""
        if not self._reaping.acquire(block):
            return
        try:
            if self.returncode is None:
                try:
                    code = _waitpid(self.pid, block)
                except ChildProcessError:
                    # Someone else reaped it: like CPython, take that as success.
                    code = 0
                if code is not None:
                    self.returncode = code
        finally:
            self._reaping.release()

    def poll(self):
        if self.returncode is None:
            self._reap(False)
        return self.returncode

    def wait(self, timeout=None):
        if timeout is None:
            while self.returncode is None:
                self._reap(True)
            return self.returncode
        deadline = _time.monotonic() + timeout
        pause = 0.0005
        while self.poll() is None:
            left = deadline - _time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            _time.sleep(min(pause, left))
            pause = min(2 * pause, 0.05)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        if self._exchange is None:
            pipes = [s for s in (self.stdin, self.stdout, self.stderr) if s]
            self._exchange = _Exchange(self, input, timeout is None and len(pipes) <= 1)
        elif input:
            raise ValueError('Cannot send input after starting communication')
        deadline = None if timeout is None else _time.monotonic() + timeout
        result = self._exchange.finish(self, timeout, deadline)
        self.wait(_left(deadline))
        return result

    def send_signal(self, sig):
        if self.poll() is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        self.send_signal(_signal.SIGTERM)

    def kill(self):
        self.send_signal(_signal.SIGKILL)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False,
        **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs.update(stdout=PIPE, stderr=PIPE)
    with Popen(*popenargs, **kwargs) as proc:
        try:
            out, err = proc.communicate(input, timeout=timeout)
        except BaseException:
            # A timeout or an interrupt: the child goes, its exit status is collected.
            proc.kill()
            proc.wait()
            raise
    if check and proc.returncode:
        raise CalledProcessError(proc.returncode, proc.args, output=out, stderr=err)
    return CompletedProcess(proc.args, proc.returncode, out, err)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as proc:
        try:
            return proc.wait(timeout)
        except BaseException:
            proc.kill()
            raise


def check_call(*popenargs, **kwargs):
    code = call(*popenargs, **kwargs)
    if code:
        raise CalledProcessError(code, kwargs.get('args', popenargs[0] if popenargs else None))
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for refused in ('stdout', 'check'):
        if refused in kwargs:
            raise ValueError('%s argument not allowed, it will be overridden.' % refused)
    # An explicit input=None still keeps the child off our stdin, as in CPython.
    if 'input' in kwargs and kwargs['input'] is None:
        text = any(kwargs.get(k) for k in ('text', 'universal_newlines', 'encoding',
                                            'errors'))
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    done = run(cmd, shell=True, text=True, stdout=PIPE, stderr=STDOUT, encoding=encoding,
               errors=errors)
    out = done.stdout
    return done.returncode, out[:-1] if out.endswith('\n') else out


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
