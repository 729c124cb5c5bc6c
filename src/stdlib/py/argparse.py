"""Command-line option and argument parsing.

An `ArgumentParser` owns a list of actions.  Each action knows which strings of the
command line belong to it (an option string such as `--out`, or a position) and how many
following strings it takes (`nargs`); calling it stores the converted values on a
`Namespace`.  Help and usage text are produced by a `HelpFormatter` and laid out the way
CPython's argparse lays them out, since scripts and their tests compare that text."""

import os as _os
import re as _re
import sys as _sys
import textwrap as _textwrap

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
           'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# Where a subcommand's parser leaves the strings it did not recognise, for the parent
# parser to report together with its own.
_LEFTOVER_ATTR = '_leftover_args'

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class _AttributeHolder:
    """Gives a constructor-call repr: positional fields, then name=value pairs, with names
    that are not identifiers gathered into a trailing **{...}."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        odd_names = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                odd_names[name] = value
        if odd_names:
            shown.append('**' + repr(odd_names))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """A plain object holding the parsed values as attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


def _describe(action):
    """The name an error message gives an action, or None when it has none."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for name in (action.metavar, action.dest):
        if name is not None and name is not SUPPRESS:
            return name
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


class ArgumentError(Exception):
    """A command line the parser cannot accept, naming the argument at fault."""

    def __init__(self, argument, message):
        self.argument_name = _describe(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a `type` callable; its text becomes the parser's error message."""


# -------------------------------------------------------------------------------------
# Help text
# -------------------------------------------------------------------------------------

_ASCII_SPACE_RUN = _re.compile(r'\s+', _re.ASCII)
# One word of a usage line when it is wrapped: a bracketed group (with any nested
# brackets closing it) stays whole.
_USAGE_WORD = _re.compile(r'\[.*?\]+(?=\s|$)|\(.*?\)+(?=\s|$)|\S+')


def _columns():
    """The width shutil.get_terminal_size would report: $COLUMNS when it is a positive
    number, else the terminal's width, else 80."""
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        columns = _os.get_terminal_size(_sys.__stdout__.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns if columns > 0 else 80


def _greedy_rows(words, first_lead, lead, width):
    """Packs words into rows so that no row, once preceded by its lead (first_lead for the
    first row, lead after), is wider than width; a row always takes at least one word."""
    rows = []
    row = []
    column = first_lead
    for word in words:
        if row and column + 1 + len(word) > width:
            rows.append(row)
            row = []
            column = lead
        column += len(word) + (1 if row else 0)
        row.append(word)
    if row:
        rows.append(row)
    return rows


class HelpFormatter:
    """Lays out usage and help.  The parser adds the usage, text and sections of
    arguments; nothing is rendered until `format_help`, because the column where help
    strings start depends on the widest argument of all sections."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _columns() - 2
        self._prog = prog
        self._step = indent_increment
        self._help_column_limit = min(max_help_position,
                                      max(width - 20, 2 * indent_increment))
        self._width = width
        self._current_indent = 0
        self._widest_invocation = 0
        # Each entry is (kind, indent, payload); a section's payload is
        # (heading, entries of its own).
        self._root = []
        self._entries = self._root
        self._open_sections = []

    # -- collecting --

    def start_section(self, heading):
        entries = []
        self._entries.append(('section', self._current_indent, (heading, entries)))
        self._open_sections.append(self._entries)
        self._entries = entries
        self._current_indent += self._step

    def end_section(self):
        self._current_indent -= self._step
        self._entries = self._open_sections.pop()

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._entries.append(('text', self._current_indent, text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._entries.append(('usage', self._current_indent,
                                  (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widest = len(self._format_action_invocation(action))
        for sub in self._subactions(action):
            widest = max(widest, len(self._format_action_invocation(sub)))
        self._widest_invocation = max(self._widest_invocation,
                                      widest + self._current_indent)
        self._entries.append(('action', self._current_indent, action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- rendering --

    def format_help(self):
        adding_at = self._current_indent
        text = self._render(self._root)
        self._current_indent = adding_at
        if not text:
            return ''
        text = _re.sub(r'\n{3,}', '\n\n', text)
        return text.strip('\n') + '\n'

    def _render(self, entries):
        pieces = []
        for kind, indent, payload in entries:
            self._current_indent = indent
            if kind == 'text':
                pieces.append(self._render_text(payload))
            elif kind == 'usage':
                pieces.append(self._render_usage(*payload))
            elif kind == 'action':
                pieces.append(self._render_action(payload))
            else:
                pieces.append(self._render_section(indent, *payload))
        return ''.join(pieces)

    def _render_section(self, indent, heading, entries):
        body = self._render(entries)
        self._current_indent = indent
        if not body:
            return ''
        if heading is None or heading is SUPPRESS:
            title = ''
        else:
            title = '%s%s:\n' % (' ' * indent, heading)
        return '\n' + title + body + '\n'

    def _render_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        indent = ' ' * self._current_indent
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, indent) + '\n\n'

    def _render_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            return prefix + usage % {'prog': self._prog} + '\n\n'
        prog = self._prog
        if not actions:
            return prefix + prog + '\n\n'
        options = [action for action in actions if action.option_strings]
        places = [action for action in actions if not action.option_strings]
        described = self._usage_of(options + places, groups)
        line = ' '.join(part for part in (prog, described) if part)
        width = self._width - self._current_indent
        if len(prefix) + len(line) <= width:
            return prefix + line + '\n\n'

        # Too long for one line: options and positionals each start a fresh row.
        option_words = _USAGE_WORD.findall(self._usage_of(options, groups))
        place_words = _USAGE_WORD.findall(self._usage_of(places, groups))
        if len(prefix) + len(prog) <= 0.75 * width:
            # Rows continue under the first word after the program name.
            lead = len(prefix) + len(prog) + 1
            if option_words:
                rows = _greedy_rows([prog] + option_words, len(prefix), lead, width)
                rows += _greedy_rows(place_words, lead, lead, width)
            elif place_words:
                rows = _greedy_rows([prog] + place_words, len(prefix), lead, width)
            else:
                rows = [[prog]]
            lines = [' '.join(rows[0])] + [' ' * lead + ' '.join(row) for row in rows[1:]]
        else:
            # A long program name stands alone; the rest goes under the prefix.
            lead = len(prefix)
            rows = _greedy_rows(option_words + place_words, lead, lead, width)
            if len(rows) > 1:
                rows = (_greedy_rows(option_words, lead, lead, width) +
                        _greedy_rows(place_words, lead, lead, width))
            lines = [prog] + [' ' * lead + ' '.join(row) for row in rows]
        return prefix + '\n'.join(lines) + '\n\n'

    def _usage_of(self, actions, groups):
        # A mutually exclusive group whose members appear together, in order, is shown as
        # one word: "[a | b]" when optional, "(a | b)" when one of several is required.
        group_at = {}
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            for start in range(len(actions) - len(members) + 1):
                if actions[start] is members[0]:
                    if actions[start:start + len(members)] == members:
                        group_at[start] = group
                    break
        words = []
        position = 0
        while position < len(actions):
            group = group_at.get(position)
            if group is None:
                action = actions[position]
                position += 1
                if action.help is not SUPPRESS:
                    words.append(self._usage_word(action, False))
                continue
            members = group._group_actions
            position += len(members)
            shown = [self._usage_word(member, True) for member in members
                     if member.help is not SUPPRESS]
            if not shown:
                continue
            text = ' | '.join(shown)
            if not group.required:
                text = '[%s]' % text
            elif len(shown) > 1:
                text = '(%s)' % text
            words.append(text)
        return ' '.join(words)

    def _usage_word(self, action, grouped):
        """How one action reads in a usage line; a grouped one gets its brackets from its
        group."""
        if not action.option_strings:
            text = self._args_text(action, self._get_default_metavar_for_positional(action))
            if grouped and text.startswith('[') and text.endswith(']'):
                text = text[1:-1]
            return text
        if action.nargs == 0:
            text = action.format_usage()
        else:
            text = action.option_strings[0] + ' ' + self._args_text(
                action, self._get_default_metavar_for_optional(action))
        if action.required or grouped:
            return text
        return '[%s]' % text

    def _render_action(self, action):
        indent = self._current_indent
        help_position = min(self._widest_invocation + 2, self._help_column_limit)
        help_width = max(self._width - help_position, 11)
        room = help_position - indent - 2
        invocation = self._format_action_invocation(action)
        pieces = []
        if not action.help:
            pieces.append(' ' * indent + invocation + '\n')
        elif len(invocation) <= room:
            # The help starts on the same line, at the help column.
            pieces.append(' ' * indent + invocation.ljust(room) + '  ')
        else:
            pieces.append(' ' * indent + invocation + '\n')
        if action.help and action.help.strip():
            expanded = self._help_text(action)
            if expanded:
                lines = self._split_lines(expanded, help_width)
                first_pad = 0 if not pieces[0].endswith('\n') else help_position
                pieces.append(' ' * first_pad + lines[0] + '\n')
                pieces.extend(' ' * help_position + line + '\n' for line in lines[1:])
        elif not pieces[0].endswith('\n'):
            pieces.append('\n')
        for sub in self._subactions(action):
            self._current_indent = indent + self._step
            pieces.append(self._render_action(sub))
        self._current_indent = indent
        return ''.join(pieces)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            name = self._metavar(action, self._get_default_metavar_for_positional(action))
            return self._metavar_names(name, 1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._args_text(action, self._get_default_metavar_for_optional(action))
        return ', '.join(option + ' ' + args for option in action.option_strings)

    def _metavar(self, action, default):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return '{%s}' % ','.join(str(choice) for choice in action.choices)
        return default

    @staticmethod
    def _metavar_names(metavar, count):
        if not isinstance(metavar, tuple):
            return [metavar] * count
        if len(metavar) != count:
            raise TypeError('length of metavar tuple does not match nargs')
        return list(metavar)

    def _args_text(self, action, default_metavar):
        metavar = self._metavar(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % self._metavar_names(metavar, 1)[0]
        if nargs == OPTIONAL:
            return '[%s]' % self._metavar_names(metavar, 1)[0]
        if nargs == ZERO_OR_MORE:
            if isinstance(metavar, tuple) and len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % self._metavar_names(metavar, 1)[0]
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % tuple(self._metavar_names(metavar, 2))
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % self._metavar_names(metavar, 1)[0]
        if nargs == SUPPRESS:
            return ''
        if not isinstance(nargs, int):
            raise ValueError('invalid nargs value')
        return ' '.join('%s' % name for name in self._metavar_names(metavar, max(nargs, 0)))

    def _help_text(self, action):
        """The help string with %(name)s filled from the action's attributes and prog."""
        values = {}
        for name, value in dict(vars(action), prog=self._prog).items():
            if value is SUPPRESS:
                continue
            values[name] = getattr(value, '__name__', value)
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(choice) for choice in values['choices'])
        return self._get_help_string(action) % values

    def _subactions(self, action):
        get = getattr(action, '_help_children', None)
        return get() if get is not None else []

    def _split_lines(self, text, width):
        return _textwrap.wrap(_ASCII_SPACE_RUN.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        return _textwrap.fill(_ASCII_SPACE_RUN.sub(' ', text).strip(), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Prints descriptions and epilogs with their own line breaks."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Also keeps the line breaks of each argument's help."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds "(default: ...)" to the help of arguments that have a default to show."""

    def _get_help_string(self, action):
        text = action.help or ''
        shows_default = action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE)
        if '%(default)' not in text and action.default is not SUPPRESS and shows_default:
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value after its type, e.g. `--n int`."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# -------------------------------------------------------------------------------------
# Actions
# -------------------------------------------------------------------------------------

class Action(_AttributeHolder):
    """What the parser does with one option or positional argument: a subclass's
    __call__(parser, namespace, values, option_string) stores the values."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        fields = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                  'required', 'help', 'metavar')
        return [(field, getattr(self, field)) for field in fields]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _check_nargs(nargs, const, what, alternative):
    """Refuses what a storing action cannot do: take no arguments, or use const without
    nargs='?'."""
    if nargs == 0:
        raise ValueError('nargs for %s actions must be != 0; if %s' % (what, alternative))
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


def _add_to_list(namespace, dest, new_items):
    """Stores namespace.dest extended by new_items, as a new list: the old one may be a
    default shared by every parse."""
    current = getattr(namespace, dest, None)
    if current is None:
        items = []
    elif type(current) is list:
        items = list(current)
    else:
        import copy
        items = copy.copy(current)
    items.extend(new_items)
    setattr(namespace, dest, items)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        _check_nargs(nargs, const, 'store',
                     'you have nothing to store, actions such as store true or store const '
                     'may be more appropriate')
        super().__init__(option_strings, dest, nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        _check_nargs(nargs, const, 'append',
                     'arg strings are not supplying the value to append, the append const '
                     'action may be more appropriate')
        super().__init__(option_strings, dest, nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _add_to_list(namespace, self.dest, [values])


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _add_to_list(namespace, self.dest, [self.const])


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        _add_to_list(namespace, self.dest, values)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """A flag with a negative twin: `--feature` stores True, `--no-feature` False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        both = []
        for option in option_strings:
            both.append(option)
            if option.startswith('--'):
                both.append('--no-' + option[2:])
        super().__init__(both, dest, nargs=0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsersAction(Action):
    """The positional naming a subcommand: it hands the rest of the command line to that
    subcommand's parser and merges what it finds into the namespace."""

    class _ChoicesPseudoAction(Action):
        """Only a line in the help listing of subcommands."""

        def __init__(self, name, aliases, help):
            shown = name
            if aliases:
                shown += ' (%s)' % ', '.join(aliases)
            super().__init__([], dest=name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._new_parser = parser_class
        self._listed = []
        # choices maps each name and alias to its parser.
        super().__init__(option_strings, dest, nargs=PARSER, choices={}, required=required,
                         help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prog_prefix + ' ' + name
        aliases = kwargs.pop('aliases', ())
        if name in self.choices:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self.choices:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._listed.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._new_parser(**kwargs)
        for key in (name,) + tuple(aliases):
            self.choices[key] = parser
        return parser

    def _help_children(self):
        return self._listed

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        subparser = self.choices.get(name)
        if subparser is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (name, ', '.join(self.choices)))
        # The subparser's values, defaults included, override the parent's.
        found, leftover = subparser.parse_known_args(rest, None)
        for key, value in vars(found).items():
            setattr(namespace, key, value)
        if leftover:
            vars(namespace).setdefault(_LEFTOVER_ATTR, []).extend(leftover)


class FileType:
    """A `type` that opens the named file with the given mode; '-' means stdin (for
    reading) or stdout (for writing)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            binary = 'b' in self._mode
            if 'r' in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if any(letter in self._mode for letter in 'wax'):
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as err:
            raise ArgumentTypeError("can't open '%s': %s" % (string, err))

    def __repr__(self):
        shown = [repr(value) for value in (self._mode, self._bufsize) if value != -1]
        for name in ('encoding', 'errors'):
            value = getattr(self, '_' + name)
            if value is not None:
                shown.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# -------------------------------------------------------------------------------------
# Parsers and groups
# -------------------------------------------------------------------------------------

_ACTION_CLASSES = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'extend': _ExtendAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
    'parsers': _SubParsersAction,
}


def _identity(string):
    return string


class _ActionsContainer:
    """What parsers and argument groups share: add_argument and the tables it fills.
    A group holds the same tables as its parser, so whatever is added through either is
    found by the parser."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        if conflict_handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value: %r' % conflict_handler)
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {'action': dict(_ACTION_CLASSES), 'type': {None: _identity}}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        # Non-empty once some option looks like a negative number, which then stops
        # negative numbers on the command line from being taken as arguments.
        self._numberlike_options = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _lookup(self, registry_name, value, default):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) for a positional argument, or
        add_argument(option_string, option_string, ..., name=value, ...) for an option."""
        if not args or len(args) == 1 and args[0][0] not in self.prefix_chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._option_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        kind = kwargs.pop('action', None)
        action_class = self._lookup('action', kind, kind)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)

        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        if isinstance(self, ArgumentParser):
            # Formatting the arguments once finds a bad nargs or metavar now rather than
            # when help is asked for.
            try:
                self._get_formatter()._args_text(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs') from None
        return self._attach(action)

    def _positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # '?' may be absent, and so may '*' when it has a default to fall back on.
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE and
                                                      'default' not in kwargs):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _option_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        for option in args:
            if not option or option[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option, chars))
        dest = kwargs.pop('dest', None)
        if dest is None:
            # Named after the first long option, else the first one.
            longs = [option for option in args if len(option) > 1 and option[1] in chars]
            dest = (longs or args)[0].lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % args[-1])
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=list(args))

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _attach(self, action):
        self._resolve_conflicts(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
            if _NEGATIVE_NUMBER.match(option) and not self._numberlike_options:
                self._numberlike_options.append(True)
        return action

    def _detach(self, action):
        self._actions.remove(action)

    def _resolve_conflicts(self, action):
        taken = [(option, self._option_string_actions[option])
                 for option in action.option_strings if option in self._option_string_actions]
        if not taken:
            return
        if self.conflict_handler == 'error':
            plural = 's' if len(taken) > 1 else ''
            raise ArgumentError(action, 'conflicting option string%s: %s'
                                % (plural, ', '.join(option for option, _ in taken)))
        # 'resolve': the newer action takes the option strings over; an older action
        # left without any disappears.
        for option, older in taken:
            older.option_strings.remove(option)
            self._option_string_actions.pop(option, None)
            if not older.option_strings:
                older.container._detach(older)

    def _adopt(self, container):
        """Copies a parent parser's actions in, keeping its groups."""
        by_title = {group.title: group for group in self._action_groups}
        destination = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                destination[id(action)] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                destination[id(action)] = twin
        for action in container._actions:
            destination.get(id(action), self)._attach(action)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its arguments belong to the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        for shared in ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_numberlike_options', '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _attach(self, action):
        super()._attach(action)
        self._group_actions.append(action)
        return action

    def _detach(self, action):
        super()._detach(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Options of which at most one may be given (exactly one when required)."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _attach(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._container._attach(action)
        self._group_actions.append(action)
        return action

    def _detach(self, action):
        self._container._detach(action)
        self._group_actions.remove(action)


def _nargs_pattern(action):
    """A regular expression over the classified command line ('A' an argument, 'O' an
    option, '-' the '--' marker) whose group 1 is what the action consumes."""
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        # An option's arguments never run past '--'.
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


def _count_error(action):
    nargs = action.nargs
    if nargs is None:
        return 'expected one argument'
    if nargs == OPTIONAL:
        return 'expected at most one argument'
    if nargs == ONE_OR_MORE:
        return 'expected at least one argument'
    return 'expected %s argument%s' % (nargs, '' if nargs == 1 else 's')


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a list of command-line strings into a Namespace of values."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._adopt(parent)
            self._defaults.update(getattr(parent, '_defaults', {}))

    def _get_kwargs(self):
        fields = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                  'add_help')
        return [(field, getattr(self, field)) for field in fields]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            self._subparsers = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                                       kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # Subcommands are named after the program and the positionals before them.
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        action_class = self._lookup('action', kind, kind)
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._attach(action)
        return action

    def _attach(self, action):
        section = self._optionals if action.option_strings else self._positionals
        section._attach(action)
        return action

    def _option_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # Defaults go in first, without replacing what the namespace already holds.
        for action in self._actions:
            if (action.dest is not SUPPRESS and action.default is not SUPPRESS
                    and not hasattr(namespace, action.dest)):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, extras = self._parse(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, extras = self._parse(args, namespace)
        if hasattr(namespace, _LEFTOVER_ATTR):
            extras.extend(getattr(namespace, _LEFTOVER_ATTR))
            delattr(namespace, _LEFTOVER_ATTR)
        return namespace, extras

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options first, wherever they are, then the positionals from what is left, so
        positionals may be interrupted by options."""
        positionals = self._positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(action in positionals for action in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        saved_usage = self.usage
        try:
            if self.usage is None:
                # Errors of the first pass still show the positionals in the usage.
                self.usage = self.format_usage()[len('usage: '):]
            with _Overridden(positionals, nargs=SUPPRESS, default=SUPPRESS):
                namespace, rest = self.parse_known_args(args, namespace)
            with _Overridden(self._option_actions() + self._mutually_exclusive_groups,
                             required=False):
                return self.parse_known_args(rest, namespace)
        finally:
            self.usage = saved_usage

    def _parse(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._expand_files(arg_strings)

        # Options of a mutually exclusive group exclude the group's other members.
        excludes = {}
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                excludes.setdefault(id(action), []).extend(
                    other for other in group._group_actions if other is not action)

        # Classify every string, and resolve the options among them.
        options = {}
        kinds = []
        after_marker = False
        for index, string in enumerate(arg_strings):
            if after_marker:
                # Everything after the first '--' is an argument.
                kinds.append('A')
            elif string == '--':
                kinds.append('-')
                after_marker = True
            else:
                found = self._as_option(string)
                if found is None:
                    kinds.append('A')
                else:
                    options[index] = found
                    kinds.append('O')
        kinds = ''.join(kinds)

        seen = set()
        given = set()
        extras = []
        waiting = self._positional_actions()

        def act(action, strings, option_string=None):
            seen.add(id(action))
            values = self._values_for(action, strings)
            # Values that are the default do not count as using the option.
            if values is not action.default:
                given.add(id(action))
                for other in excludes.get(id(action), ()):
                    if id(other) in given:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _describe(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def take_positionals(start):
            counts = self._share_out(waiting, kinds[start:])
            for action, count in zip(list(waiting), counts):
                act(action, arg_strings[start:start + count])
                start += count
            del waiting[:len(counts)]
            return start

        def take_option(start):
            action, option_string, attached = options[start]
            calls = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if attached is None:
                    count = self._count_for(action, kinds[start + 1:])
                    end = start + 1 + count
                    calls.append((action, arg_strings[start + 1:end], option_string))
                    break
                count = self._count_for(action, 'A')
                if count == 1:
                    calls.append((action, [attached], option_string))
                    end = start + 1
                    break
                # "-xyz": a single-dash flag taking no argument is followed by more flags.
                if count == 0 and option_string[1] not in self.prefix_chars and attached:
                    calls.append((action, [], option_string))
                    option_string = option_string[0] + attached[0]
                    if option_string not in self._option_string_actions:
                        raise ArgumentError(action, 'ignored explicit argument %r' % attached)
                    action = self._option_string_actions[option_string]
                    attached = attached[1:] or None
                    continue
                raise ArgumentError(action, 'ignored explicit argument %r' % attached)
            for call in calls:
                act(*call)
            return end

        # Between options, the positionals take what they can; anything they cannot take
        # is left over.
        position = 0
        last_option = max(options, default=-1)
        while position <= last_option:
            next_option = min(index for index in options if index >= position)
            if position != next_option:
                after = take_positionals(position)
                if after > position:
                    position = after
                    continue
            if position not in options:
                extras.extend(arg_strings[position:next_option])
                position = next_option
            position = take_option(position)
        position = take_positionals(position)
        extras.extend(arg_strings[position:])

        missing = []
        for action in self._actions:
            if id(action) in seen:
                continue
            if action.required:
                missing.append(_describe(action))
            elif (isinstance(action.default, str) and hasattr(namespace, action.dest)
                    and getattr(namespace, action.dest) is action.default):
                # An unused string default is converted like a command-line value.
                setattr(namespace, action.dest, self._convert(action, action.default))
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(id(a) in given for a in group._group_actions):
                names = [_describe(action) for action in group._group_actions
                         if action.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _expand_files(self, arg_strings):
        """Replaces each "@file" (any fromfile prefix) with the arguments on the file's
        lines, which may in turn name files."""
        result = []
        for string in arg_strings:
            if not string or string[0] not in self.fromfile_prefix_chars:
                result.append(string)
                continue
            try:
                with open(string[1:]) as source:
                    lines = source.read().splitlines()
            except OSError as err:
                self.error(str(err))
            found = []
            for line in lines:
                found.extend(self.convert_arg_line_to_args(line))
            result.extend(self._expand_files(found))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _count_for(self, action, kinds):
        match = _re.match(_nargs_pattern(action), kinds)
        if match is None:
            raise ArgumentError(action, _count_error(action))
        return len(match.group(1))

    def _share_out(self, actions, kinds):
        # The longest run of leading positionals that can all be satisfied.
        for size in range(len(actions), 0, -1):
            pattern = ''.join(_nargs_pattern(action) for action in actions[:size])
            match = _re.match(pattern, kinds)
            if match is not None:
                return [len(taken) for taken in match.groups()]
        return []

    def _as_option(self, arg_string):
        """(action, option string, attached value) for a string that is an option, with
        action None for an unknown option; None for an argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option, value = arg_string.split('=', 1)
            if option in known:
                return known[option], option, value
        candidates = self._option_matches(arg_string)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (arg_string, ', '.join(option for _, option, _ in candidates)))
        if candidates:
            return candidates[0]
        if _NEGATIVE_NUMBER.match(arg_string) and not self._numberlike_options:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _option_matches(self, option_string):
        """The options a string may be short for: a prefix of a long option (when
        abbreviations are allowed), or a short option with its value attached."""
        chars = self.prefix_chars
        known = self._option_string_actions
        if option_string[0] not in chars:
            self.error('unexpected option string: %s' % option_string)
        found = []
        if option_string[1] in chars:
            if self.allow_abbrev:
                if '=' in option_string:
                    prefix, value = option_string.split('=', 1)
                else:
                    prefix, value = option_string, None
                for option, action in known.items():
                    if option.startswith(prefix):
                        found.append((action, option, value))
            return found
        for option, action in known.items():
            if option == option_string[:2]:
                found.append((action, option, option_string[2:]))
            elif option.startswith(option_string):
                found.append((action, option, None))
        return found

    def _values_for(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        nargs = action.nargs
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = arg_strings if action.default is None else action.default
            self._check_choice(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._convert(action, arg_strings[0])
            self._check_choice(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._convert(action, string) for string in arg_strings]
        if nargs == PARSER:
            self._check_choice(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_choice(action, value)
        return values

    def _convert(self, action, arg_string):
        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(map(repr, action.choices))))

    # -- help and errors --

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and the message to stderr and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


class _Overridden:
    """Sets attributes of several objects for the length of a with block."""

    def __init__(self, objects, **values):
        self._objects = objects
        self._values = values
        self._saved = []

    def __enter__(self):
        for obj in self._objects:
            self._saved.append((obj, {name: getattr(obj, name) for name in self._values}))
            for name, value in self._values.items():
                setattr(obj, name, value)

    def __exit__(self, *exc_info):
        for obj, saved in self._saved:
            for name, value in saved.items():
                setattr(obj, name, value)
