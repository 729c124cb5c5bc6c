"""Running other programs: `run`, `call`, `check_call`, `check_output`,
`getstatusoutput`, `getoutput` and their results and errors, with CPython's messages.

The native `_subprocess` starts the child and waits for it without the GIL, so other
threads run meanwhile. Streams may be None (inherited), PIPE, DEVNULL or, for stderr,
STDOUT; there is no `Popen` class."""

import _subprocess

__all__ = ['run', 'call', 'check_call', 'check_output', 'getstatusoutput', 'getoutput',
           'CompletedProcess', 'SubprocessError', 'CalledProcessError', 'TimeoutExpired',
           'PIPE', 'STDOUT', 'DEVNULL']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNALS = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 6: 'SIGABRT', 8: 'SIGFPE',
            9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE',
            14: 'SIGALRM', 15: 'SIGTERM'}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            sig = -self.returncode
            if sig in _SIGNALS:
                return "Command '%s' died with <Signals.%s: %d>." % (
                    self.cmd, _SIGNALS[sig], sig)
            return "Command '%s' died with unknown signal %d." % (self.cmd, sig)
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _argv(args, shell):
    if isinstance(args, (str, bytes)):
        args = [args]
    else:
        args = list(args)
    if shell:
        args = ['/bin/sh', '-c'] + args
    argv = []
    for a in args:
        if isinstance(a, bytes):
            a = a.decode()
        elif not isinstance(a, str):
            raise TypeError('expected str, bytes or os.PathLike object, not %s'
                            % type(a).__name__)
        argv.append(a)
    return argv


def _translate_newlines(data, encoding, errors):
    return data.decode(encoding, errors).replace('\r\n', '\n').replace('\r', '\n')


def run(args, *, stdin=None, input=None, stdout=None, stderr=None, capture_output=False,
        shell=False, cwd=None, timeout=None, check=False, encoding=None, errors=None,
        text=None, env=None, universal_newlines=None):
    if input is not None and stdin is not None:
        raise ValueError('stdin and input arguments may not both be used.')
    if capture_output:
        if stdout is not None or stderr is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        stdout = PIPE
        stderr = PIPE
    text_mode = bool(encoding or errors or text or universal_newlines)
    encoding = encoding or 'utf-8'
    errors = errors or 'strict'
    if input is not None and text_mode:
        input = input.encode(encoding, errors)
    code, out, err = _subprocess.run(_argv(args, shell), input, stdin, stdout, stderr,
                                     cwd, env, timeout)
    if text_mode:
        if out is not None:
            out = _translate_newlines(out, encoding, errors)
        if err is not None:
            err = _translate_newlines(err, encoding, errors)
    if code is None:
        raise TimeoutExpired(args, timeout, output=out, stderr=err)
    if check and code:
        raise CalledProcessError(code, args, output=out, stderr=err)
    return CompletedProcess(args, code, out, err)


def call(*popenargs, timeout=None, **kwargs):
    return run(*popenargs, timeout=timeout, **kwargs).returncode


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
