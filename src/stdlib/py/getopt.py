"""Command-line options parsed the way C's getopt() does (getopt) or the
way GNU's does (gnu_getopt, where options and operands may be mixed).

`shortopts` lists the one-letter options, each followed by ':' if it takes
a value; `longopts` lists the long names, each ending in '=' if it takes a
value.  Both functions return (options, operands), the options as
(name, value) pairs like ('-v', '') or ('--file', 'out.txt').  A long
option may be abbreviated to any prefix that names just one of them."""

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    """An unknown or ambiguous option, or one missing its value or given a
    value it does not take.  `opt` names it, without its dashes."""

    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        super().__init__(msg, opt)
        self.msg = msg
        self.opt = opt

    def __str__(self):
        return self.msg


error = GetoptError


class _Options:
    """The option specifications, and the (name, value) pairs found so far."""

    def __init__(self, shortopts, longopts):
        self.letters = shortopts
        self.names = [longopts] if isinstance(longopts, str) else list(longopts)
        self.found = []

    def take(self, args, i):
        """Records the option word args[i] (and its value, if that is the
        next word); returns the index of the first word not used."""
        word = args[i]
        if word.startswith('--'):
            return self._take_long(word[2:], args, i + 1)
        return self._take_letters(word[1:], args, i + 1)

    def _take_long(self, text, args, i):
        given, has_equals, value = text.partition('=')
        name, wants_value = self._resolve(given)
        if wants_value and not has_equals:
            if i == len(args):
                raise GetoptError(f'option --{name} requires argument', name)
            value = args[i]
            i += 1
        elif has_equals and not wants_value:
            raise GetoptError(f'option --{name} must not have an argument', name)
        self.found.append(('--' + name, value))
        return i

    def _resolve(self, given):
        """The long option `given` names (exactly or as a unique prefix),
        and whether it takes a value."""
        matches = [spec for spec in self.names if spec.startswith(given)]
        if not matches:
            raise GetoptError(f'option --{given} not recognized', given)
        # An exact name wins over longer names it is a prefix of.
        if given in matches or given + '=' in matches:
            return given, given not in matches
        if len(matches) > 1:
            raise GetoptError(f'option --{given} not a unique prefix', given)
        spec = matches[0]
        return spec.removesuffix('='), spec.endswith('=')

    def _take_letters(self, letters, args, i):
        # A cluster like -abc is several options, until one takes a value:
        # the rest of the cluster, or else the next word, is that value.
        for pos, letter in enumerate(letters):
            if self._letter_wants_value(letter):
                value = letters[pos + 1:]
                if not value:
                    if i == len(args):
                        raise GetoptError(f'option -{letter} requires argument', letter)
                    value = args[i]
                    i += 1
                self.found.append(('-' + letter, value))
                break
            self.found.append(('-' + letter, ''))
        return i

    def _letter_wants_value(self, letter):
        at = self.letters.find(letter) if letter != ':' else -1
        if at < 0:
            raise GetoptError(f'option -{letter} not recognized', letter)
        return self.letters.startswith(':', at + 1)


def _is_option(word):
    return word.startswith('-') and word != '-'


def getopt(args, shortopts, longopts=[]):
    """Options are read from the front of args and stop at the first
    operand ('-' counts as one) or after a '--'."""
    options = _Options(shortopts, longopts)
    i = 0
    while i < len(args) and _is_option(args[i]):
        if args[i] == '--':
            i += 1
            break
        i = options.take(args, i)
    return options.found, args[i:]


def gnu_getopt(args, shortopts, longopts=[]):
    """Options may follow operands, unless shortopts starts with '+' or the
    environment sets POSIXLY_CORRECT: then the first operand ends them as
    in getopt.  A '--' always does."""
    first_operand_ends = shortopts.startswith('+') or bool(os.environ.get('POSIXLY_CORRECT'))
    options = _Options(shortopts.removeprefix('+'), longopts)
    operands = []
    i = 0
    while i < len(args):
        word = args[i]
        if word == '--':
            operands += args[i + 1:]
            break
        if _is_option(word):
            i = options.take(args, i)
        elif first_operand_ends:
            operands += args[i:]
            break
        else:
            operands.append(word)
            i += 1
    return options.found, operands
