"""INI-style configuration files: sections of ``key = value`` options.

gilpy's configparser. A parser keeps its options as plain strings in
per-section dicts, with a separate dict for the default section whose
options every other section inherits. Values are turned into their final
form only when read: an interpolation object expands references such as
``%(home)s`` and converters (``getint``, ``getboolean``, user-supplied ones)
parse the text. Parsers are also mappings from section names to
``SectionProxy`` views.
"""

import io
import os
import re
import warnings
from collections.abc import MutableMapping

__all__ = [
    # parsers and the section view
    "RawConfigParser", "ConfigParser", "SafeConfigParser", "SectionProxy",
    "ConverterMapping",
    # interpolation styles
    "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
    "LegacyInterpolation",
    # exceptions
    "NoSectionError", "NoOptionError", "DuplicateSectionError",
    "DuplicateOptionError", "ParsingError", "MissingSectionHeaderError",
    "InterpolationError", "InterpolationMissingOptionError",
    "InterpolationSyntaxError", "InterpolationDepthError",
    # constants
    "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH",
]

DEFAULTSECT = "DEFAULT"

MAX_INTERPOLATION_DEPTH = 10

# Marks "no fallback given", since None is a legitimate fallback.
_UNSET = object()


def _origin(source, lineno):
    """The 'While reading from ...: ' prefix of duplicate errors."""
    if lineno is None:
        return f"While reading from {source!r}: "
    return f"While reading from {source!r} [line {lineno:2d}]: "


def _duplicate_message(what, source, lineno):
    if source is None:
        return what[:1].upper() + what[1:]
    return _origin(source, lineno) + what


class Error(Exception):
    """Root of the configparser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        super().__init__(msg)

    def _record(self, args, **fields):
        """Store the constructor arguments: `args` becomes .args (what
        pickling and repr of the arguments see), `fields` attributes."""
        self.args = args
        for name, value in fields.items():
            setattr(self, name, value)

    # Both show the message as it stands: ParsingError.append extends it.
    def __str__(self):
        return self.message

    __repr__ = __str__


class NoSectionError(Error):
    """The named section does not exist."""

    def __init__(self, section):
        super().__init__(f'No section: {section!r}')
        self._record((section,), section=section)


class DuplicateSectionError(Error):
    """A section was added or read twice."""

    def __init__(self, section, source=None, lineno=None):
        super().__init__(_duplicate_message(
            f"section {section!r} already exists", source, lineno))
        self._record((section, source, lineno),
                     section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """An option appeared twice in one section of a single source."""

    def __init__(self, section, option, source=None, lineno=None):
        super().__init__(_duplicate_message(
            f"option {option!r} in section {section!r} already exists",
            source, lineno))
        self._record((section, option, source, lineno), section=section,
                     option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """The section exists but has no such option."""

    def __init__(self, option, section):
        super().__init__(f"No option {option!r} in section: {section!r}")
        self._record((option, section), option=option, section=section)


class InterpolationError(Error):
    """Expanding an option's references failed."""

    def __init__(self, option, section, msg):
        super().__init__(msg)
        self._record((option, section, msg), option=option, section=section)


class InterpolationMissingOptionError(InterpolationError):
    """A reference names an option that cannot be found."""

    def __init__(self, option, section, rawval, reference):
        super().__init__(
            option, section,
            f"Bad value substitution: option {option!r} in section "
            f"{section!r} contains an interpolation key {reference!r} "
            f"which is not a valid option name. Raw value: {rawval!r}")
        self._record((option, section, rawval, reference),
                     reference=reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's reference syntax is malformed."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH (usually a cycle)."""

    def __init__(self, option, section, rawval):
        super().__init__(
            option, section,
            f"Recursion limit exceeded in value substitution: option "
            f"{option!r} in section {section!r} contains an interpolation "
            f"key which cannot be substituted in {MAX_INTERPOLATION_DEPTH} "
            f"steps. Raw value: {rawval!r}")
        self._record((option, section, rawval))


class ParsingError(Error):
    """Lines of a source that could not be parsed, gathered over the whole
    read. `filename` is the deprecated spelling of `source`."""

    def __init__(self, source=None, filename=None):
        if filename is not None and source is not None:
            raise ValueError("Cannot specify both `filename' and `source'. "
                             "Use `source'.")
        source = filename if source is None else source
        if source is None:
            raise ValueError("Required argument `source' not given.")
        super().__init__(f'Source contains parsing errors: {source!r}')
        self._record((source,), source=source, errors=[])

    @property
    def filename(self):
        """Deprecated name of `source`."""
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        return self.source

    def append(self, lineno, line):
        """Add one bad line, shown in the message as well."""
        self.errors += [(lineno, line)]
        self.message += f'\n\t[line {lineno:2d}]: {line}'


class MissingSectionHeaderError(ParsingError):
    """An option line came before any [section] header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, f'File contains no section headers.\n'
                             f'file: {filename!r}, line: {lineno:d}\n{line!r}')
        self._record((filename, lineno, line),
                     source=filename, lineno=lineno, line=line)


class Interpolation:
    """Values pass through unchanged: the base of all interpolation styles.

    A parser calls these hooks when a value is read back (before_get),
    stored (before_set), parsed from a file (before_read) and written out
    (before_write).
    """

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _ReferenceExpander(Interpolation):
    """Shared engine of the marker-based styles (``%(name)s``, ``${name}``).

    A value is scanned for the marker character; a doubled marker stands
    for itself, the marker followed by `opener` starts a reference that
    `_REF` must match, anything else is a syntax error. Referenced values
    that contain the marker are expanded in turn, up to
    MAX_INTERPOLATION_DEPTH levels.
    """

    _MARK = ''
    _OPENER = ''
    _REF = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, section, option, value, defaults, 1, pieces)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        # Whatever is left after removing escapes and well-formed
        # references must not contain the marker.
        leftover = self._REF.sub('', value.replace(self._MARK * 2, ''))
        where = leftover.find(self._MARK)
        if where >= 0:
            raise ValueError(f"invalid interpolation syntax in {value!r} "
                             f"at position {where}")
        return value

    def _expand(self, parser, section, option, text, lookup, depth, pieces):
        rawval = parser.get(section, option, raw=True, fallback=text)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        mark = self._MARK
        pos = 0
        while text and pos < len(text):
            at = text.find(mark, pos)
            if at < 0:
                pieces.append(text[pos:])
                return
            pieces.append(text[pos:at])
            follower = text[at + 1:at + 2]
            if follower == mark:
                pieces.append(mark)
                pos = at + 2
                continue
            if follower != self._OPENER:
                raise InterpolationSyntaxError(
                    option, section,
                    f"{mark!r} must be followed by {mark!r} or "
                    f"{self._OPENER!r}, found: {text[at:]!r}")
            ref = self._REF.match(text, at)
            if ref is None:
                raise InterpolationSyntaxError(
                    option, section,
                    f"bad interpolation variable reference {text[at:]!r}")
            pos = ref.end()
            where, value, nested_lookup = self._resolve(
                parser, section, option, ref.group(1), text[pos:], lookup,
                rawval)
            if mark in value:
                self._expand(parser, where[0], where[1], value, nested_lookup,
                             depth + 1, pieces)
            else:
                pieces.append(value)

    def _resolve(self, parser, section, option, reference, after, lookup,
                 rawval):
        """Return ((section, option) of the target, its raw value, and the
        mapping its own references are looked up in)."""
        raise NotImplementedError


class BasicInterpolation(_ReferenceExpander):
    """``%(name)s`` refers to another option of the same section (or the
    defaults); ``%%`` is a literal percent sign."""

    _MARK = '%'
    _OPENER = '('
    _REF = re.compile(r"%\(([^)]+)\)s")

    def _resolve(self, parser, section, option, reference, after, lookup,
                 rawval):
        name = parser.optionxform(reference)
        if name not in lookup:
            raise InterpolationMissingOptionError(option, section, rawval,
                                                  name) from None
        return (section, option), lookup[name], lookup


class ExtendedInterpolation(_ReferenceExpander):
    """``${name}`` refers to an option of the same section,
    ``${section:name}`` to one of any section; ``$$`` is a literal dollar."""

    _MARK = '$'
    _OPENER = '{'
    _REF = re.compile(r"\$\{([^}]+)\}")

    def _resolve(self, parser, section, option, reference, after, lookup,
                 rawval):
        parts = reference.split(':')
        if len(parts) > 2:
            raise InterpolationSyntaxError(
                option, section, f"More than one ':' found: {after!r}")
        try:
            if len(parts) == 1:
                target = (section, parser.optionxform(parts[0]))
                value = lookup[target[1]]
            else:
                target = (parts[0], parser.optionxform(parts[1]))
                value = parser.get(*target, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, rawval,
                                                  reference) from None
        if '$' in value:
            return target, value, dict(parser.items(target[0], raw=True))
        return target, value, None


class LegacyInterpolation(Interpolation):
    """Deprecated: expands ``%(name)s`` with the ``%`` operator, repeatedly."""

    _NAMED = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 "
            "and will be removed from the configparser module in Python 3.13. "
            "Use BasicInterpolation or ExtendedInterpolation instead.",
            DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        rawval = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not value or "%(" not in value:
                return value
            # Normalise the names so they match the option keys.
            value = self._NAMED.sub(
                lambda m: ("%(" + parser.optionxform(m.group(1)) + ")s"
                           if m.group(1) else m.group(0)), value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(
                    option, section, rawval, e.args[0]) from None
        if not value or "%(" not in value:
            return value
        raise InterpolationDepthError(option, section, rawval)


def _check_types(parser, section="", option="", value=""):
    if not isinstance(section, str):
        raise TypeError("section names must be strings")
    if not isinstance(option, str):
        raise TypeError("option keys must be strings")
    # A valueless option (None) is fine only where the parser allows them.
    if not isinstance(value, str) and (value or not parser._valueless_ok):
        raise TypeError("option values must be strings")


def _typed_getter(name, convert):
    """Build get<type>(): get() followed by convert(parser, text); a
    fallback stands in only for a missing section or option, a value
    that does not convert still raises."""
    def method(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        return self._get_converted(section, option,
                                   lambda text: convert(self, text), raw=raw,
                                   vars=vars, fallback=fallback, **kwargs)
    method.__name__ = name
    method.__qualname__ = 'RawConfigParser.' + name
    return method


class RawConfigParser(MutableMapping):
    """A configuration parser without interpolation."""

    # Class attributes that subclasses (or instances) may override.
    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    BOOLEAN_STATES = dict.fromkeys(('1', 'yes', 'true', 'on'), True)
    BOOLEAN_STATES.update(dict.fromkeys(('0', 'no', 'false', 'off'), False))
    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False,
                 *, delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        # section name -> {option: value}; the defaults live apart since
        # the default section is not listed among the sections.
        self._by_section = dict_type()
        self._default_options = dict_type()
        self._views = dict_type()
        self._valueless_ok = allow_no_value
        self._separators = tuple(delimiters)
        # The option name is the shortest prefix followed by a delimiter.
        alternatives = "|".join(map(re.escape, self._separators))
        self._option_line = re.compile(
            rf"(?P<name>.*?)\s*(?:{alternatives})\s*(?P<value>.*)$")
        self._full_line_comments = tuple(comment_prefixes or ())
        self._inline_comments = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._blank_lines_continue = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError(
                f"interpolation= must be None or an instance of Interpolation;"
                f" got an object of type {type(interpolation)}")
        self._interpolation = interpolation
        self._converter_map = ConverterMapping(self)
        self._views[default_section] = SectionProxy(self, default_section)
        if converters is not _UNSET:
            for name, function in converters.items():
                self._converter_map[name] = function
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options -------------------------------------------

    def defaults(self):
        return self._default_options

    def sections(self):
        """The section names, without the default section."""
        return [*self._by_section]

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError(f'Invalid section name: {section!r}')
        if section in self._by_section:
            raise DuplicateSectionError(section)
        self._by_section[section] = self._dict()
        self._views[section] = SectionProxy(self, section)

    def has_section(self, section):
        """Whether the section exists; the default section does not count."""
        return section in self._by_section

    def options(self, section):
        """The section's option names followed by the inherited defaults."""
        own = self._by_section.get(section)
        if own is None:
            raise NoSectionError(section)
        return [*own, *(k for k in self._default_options if k not in own)]

    def has_option(self, section, option):
        """Whether the option is set in the section or in the defaults;
        an empty section name means the defaults alone."""
        if section and section != self.default_section:
            own = self._by_section.get(section)
            if own is None:
                return False
            key = self.optionxform(option)
            return key in own or key in self._default_options
        return self.optionxform(option) in self._default_options

    def optionxform(self, optionstr):
        """Option names are case-insensitive: they are stored lowercased."""
        return optionstr.lower()

    def _target(self, section):
        """The dict that options set in `section` go into; an empty name
        means the defaults."""
        if not section or section == self.default_section:
            return self._default_options
        own = self._by_section.get(section)
        if own is None:
            raise NoSectionError(section)
        return own

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option,
                                                   value)
        self._target(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Remove the option; return whether it was there."""
        own = self._target(section)
        key = self.optionxform(option)
        found = key in own
        if found:
            del own[key]
        return found

    def remove_section(self, section):
        """Remove the section; return whether it was there."""
        found = section in self._by_section
        if found:
            self._by_section.pop(section)
            self._views.pop(section)
        return found

    # -- reading values -------------------------------------------------

    def _visible(self, section, vars=None):
        """Everything visible from `section` as one dict: the defaults,
        overridden by the section's own options, overridden by `vars`."""
        own = self._by_section.get(section)
        if own is None and section != self.default_section:
            raise NoSectionError(section)
        merged = {**self._default_options, **(own or {})}
        for key, value in (vars or {}).items():
            merged[self.optionxform(key)] = None if value is None else str(value)
        return merged

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The option's value, interpolated unless `raw`.

        With a `fallback`, a missing section or option returns it instead
        of raising.
        """
        try:
            visible = self._visible(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        key = self.optionxform(option)
        if key not in visible:
            if fallback is _UNSET:
                raise NoOptionError(key, section)
            return fallback
        value = visible[key]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, key, value,
                                              visible)

    def _get_converted(self, section, option, convert, *, fallback=_UNSET,
                       **get_args):
        try:
            text = self.get(section, option, **get_args)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback
        return convert(text)

    getint = _typed_getter('getint', lambda parser, text: int(text))
    getfloat = _typed_getter('getfloat', lambda parser, text: float(text))
    getboolean = _typed_getter(
        'getboolean', lambda parser, text: parser._convert_to_boolean(text))

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError(f'Not a boolean: {value}')
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: (name, SectionProxy) pairs for every section.
        With one: a list of (option, value) pairs including the defaults
        (`vars` can change values but adds no options)."""
        if section is _UNSET:
            return super().items()
        merged = dict(self._default_options)
        own = self._by_section.get(section)
        if own is not None:
            merged.update(own)
        elif section != self.default_section:
            raise NoSectionError(section)
        names = [*merged]
        for key, value in (vars or {}).items():
            merged[self.optionxform(key)] = value
        pairs = []
        for name in names:
            value = merged[name]
            if not raw:
                value = self._interpolation.before_get(self, section, name,
                                                       value, merged)
            pairs.append((name, value))
        return pairs

    @property
    def converters(self):
        return self._converter_map

    # -- reading sources ------------------------------------------------

    def read(self, filenames, encoding=None):
        """Read each file that can be opened, skipping the others; return
        the names of the files read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                f = open(name, encoding=encoding)
            except OSError:
                continue
            with f:
                self._read(f, name)
            done.append(os.fspath(name))
        return done

    def read_file(self, f, source=None):
        """Read an iterable of lines, such as an open text file."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read {section: {option: value}}; keys and values go through str().
        In strict mode a section or option given twice is an error."""
        given = set()
        for section, options in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                # Existing sections (and the defaults) are merged into.
                if self._strict and section in given:
                    raise
            given.add(section)
            for option, value in options.items():
                key = self.optionxform(str(option))
                if self._strict and (section, key) in given:
                    raise DuplicateOptionError(section, key, source)
                given.add((section, key))
                self.set(section, key, None if value is None else str(value))

    def readfp(self, fp, filename=None):
        """Deprecated alias of read_file()."""
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.",
                      DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def _strip_comments(self, line):
        """(meaningful text, whether a comment was cut off) of a line.

        A whole-line comment starts with a comment prefix after optional
        indentation; an inline comment prefix only counts at the start of
        the line or after whitespace.
        """
        stripped = line.strip()
        if stripped.startswith(self._full_line_comments):
            return '', True
        # Each round moves every prefix on to its next occurrence; the first
        # round in which one starts a comment decides (CPython's order, which
        # can pass over an earlier comment start of another prefix).
        cut = None
        positions = dict.fromkeys(self._inline_comments, -1)
        while positions and cut is None:
            moved = {}
            for prefix, last in positions.items():
                at = line.find(prefix, last + 1)
                if at < 0:
                    continue
                moved[prefix] = at
                if at == 0 or line[at - 1].isspace():
                    cut = at if cut is None else min(cut, at)
            positions = moved
        if cut is None:
            return stripped, False
        return line[:cut].strip(), True

    def _read(self, lines, source):
        """Parse INI text into the sections.

        Values are collected as lists of lines (a continuation line is
        indented deeper than its option line) and joined at the end. Lines
        that are neither headers nor options are gathered into one
        ParsingError raised after the whole source is read; a missing
        header and, in strict mode, duplicates raise at once.
        """
        bad_lines = None
        given = set()
        multiline = []   # (section, options, key) of values still in lines
        options = None   # dict of the current section
        section = None
        key = None       # the option continuation lines extend
        indent = 0
        try:
            for lineno, line in enumerate(lines, start=1):
                text, had_comment = self._strip_comments(line)
                if not text:
                    if not self._blank_lines_continue:
                        # A blank line ends the value: nothing continues it.
                        indent = float('inf')
                    elif (not had_comment and key
                          and options[key] is not None):
                        options[key].append('')
                    continue
                depth = len(line) - len(line.lstrip())
                if key and options is not None and depth > indent:
                    options[key].append(text)
                    continue
                indent = depth
                header = self.SECTCRE.match(text)
                if header:
                    section = header.group('header')
                    options = self._enter_section(section, given, source,
                                                  lineno)
                    key = None
                    continue
                if options is None:
                    raise MissingSectionHeaderError(source, lineno, line)
                name, value = self._split_option(text)
                if not name:
                    bad_lines = bad_lines or ParsingError(source)
                    bad_lines.append(lineno, repr(line))
                    if name is None:
                        continue
                key = self.optionxform(name)
                if self._strict and (section, key) in given:
                    raise DuplicateOptionError(section, key, source, lineno)
                given.add((section, key))
                if value is None:
                    options[key] = None
                else:
                    options[key] = [value]
                    multiline.append((section, options, key))
        finally:
            for sect, opts, name in multiline:
                if isinstance(opts.get(name), list):
                    joined = '\n'.join(opts[name]).rstrip()
                    opts[name] = self._interpolation.before_read(
                        self, sect, name, joined)
        if bad_lines is not None:
            raise bad_lines

    def _enter_section(self, section, given, source, lineno):
        """The options dict a [section] header of the source leads to."""
        if section == self.default_section and section not in self._by_section:
            return self._default_options
        if section in self._by_section:
            if self._strict and section in given:
                raise DuplicateSectionError(section, source, lineno)
        else:
            self._by_section[section] = self._dict()
            self._views[section] = SectionProxy(self, section)
        given.add(section)
        return self._by_section[section]

    def _split_option(self, text):
        """(name, value) of an option line: value None for a valueless
        option when those are allowed, name None when it is no option."""
        found = self._option_line.match(text)
        if found:
            return found.group('name'), found.group('value').strip()
        if self._valueless_ok:
            return text, None
        return None, None

    # -- writing --------------------------------------------------------

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in INI form, defaults first."""
        first = self._separators[0]
        delimiter = f' {first} ' if space_around_delimiters else first
        blocks = list(self._by_section.items())
        if self._default_options:
            blocks.insert(0, (self.default_section, self._default_options))
        for name, options in blocks:
            fp.write(f'[{name}]\n')
            for key, value in options.items():
                value = self._interpolation.before_write(self, name, key,
                                                         value)
                if value is None and self._valueless_ok:
                    fp.write(f'{key}\n')
                else:
                    # Continuation lines are indented so they read back.
                    text = str(value).replace('\n', '\n\t')
                    fp.write(f'{key}{delimiter}{text}\n')
            fp.write('\n')

    # -- the mapping of section names to proxies ------------------------

    def __getitem__(self, key):
        if key == self.default_section or key in self._by_section:
            return self._views[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # Assigning a section's own proxy to it must not wipe it first.
        if key in self and self[key] is value:
            return
        if key in self._by_section:
            self._by_section[key].clear()
        elif key == self.default_section:
            self._default_options.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.remove_section(key):
            raise KeyError(key)

    def __contains__(self, key):
        return key in self._by_section or key == self.default_section

    def __len__(self):
        return 1 + len(self._by_section)

    def __iter__(self):
        yield self.default_section
        yield from list(self._by_section)

    def popitem(self):
        """Remove and return the first (name, proxy) pair other than the
        default section, which cannot be removed."""
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    def _validate_value_types(self, *, section="", option="", value=""):
        _check_types(self, section, option, value)


class ConfigParser(RawConfigParser):
    """A configuration parser with ``%(name)s`` interpolation by default;
    only strings may be stored."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        _check_types(self, option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        _check_types(self, section=section)
        RawConfigParser.add_section(self, section)

    def _read_defaults(self, defaults):
        # Constructor defaults are taken literally, '%' and all.
        chosen, self._interpolation = self._interpolation, Interpolation()
        try:
            RawConfigParser._read_defaults(self, defaults)
        finally:
            self._interpolation = chosen


class SafeConfigParser(ConfigParser):
    """Deprecated old name of ConfigParser."""

    def __init__(self, *args, **kwargs):
        ConfigParser.__init__(self, *args, **kwargs)
        warnings.warn(
            "The SafeConfigParser class has been renamed to ConfigParser "
            "in Python 3.2. This alias will be removed in Python 3.12. "
            "Use ConfigParser directly instead.",
            DeprecationWarning, stacklevel=2)


def _proxy_getter(proxy, impl):
    """A section proxy's get<name>(): the parser's getter, bound to the
    section and with fallback=None like SectionProxy.get."""
    def getter(option, fallback=None, *, raw=False, vars=None, **kwargs):
        return proxy.get(option, fallback, raw=raw, vars=vars, _impl=impl,
                         **kwargs)
    return getter


class SectionProxy(MutableMapping):
    """A live view of one section of a parser as a mapping of options."""

    def __init__(self, parser, name):
        self._owner = parser
        self._section = name
        for conv in parser.converters:
            attr = 'get' + conv
            setattr(self, attr, _proxy_getter(self, getattr(parser, attr)))

    def __repr__(self):
        return f'<Section: {self._section}>'

    def __getitem__(self, key):
        if key not in self:
            raise KeyError(key)
        return self._owner.get(self._section, key)

    def __setitem__(self, key, value):
        _check_types(self._owner, option=key, value=value)
        return self._owner.set(self._section, key, value)

    def __delitem__(self, key):
        # An inherited default cannot be removed through a section.
        if key not in self or not self._owner.remove_option(self._section,
                                                            key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._owner.has_option(self._section, key)

    def __len__(self):
        return len(self._names())

    def __iter__(self):
        return iter(self._names())

    def _names(self):
        if self._section == self._owner.default_section:
            return self._owner.defaults()
        return self._owner.options(self._section)

    @property
    def parser(self):
        return self._owner

    @property
    def name(self):
        return self._section

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        """Like the parser's get() for this section, but the fallback
        defaults to None instead of raising."""
        getter = _impl or self._owner.get
        return getter(self._section, option, raw=raw, vars=vars,
                      fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """A parser's converters by name: ``parser.converters['list'] = f``
    gives the parser and all its section proxies a ``getlist`` method.

    The built-in getters (and any get* method of a subclass) are listed
    with the value None, as their converters are not separate objects.
    """

    def __init__(self, parser):
        self._parser = parser
        self._functions = {}
        for attr in dir(parser):
            if (attr.startswith('get') and len(attr) > 3
                    and callable(getattr(parser, attr))):
                self._functions[attr[3:]] = None

    def __getitem__(self, key):
        return self._functions[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError(f'Incompatible key: {key} (type: {type(key)})')
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._functions[key] = value
        parser = self._parser
        attr = 'get' + key

        def getter(section, option, *, raw=False, vars=None,
                   fallback=_UNSET, **kwargs):
            return parser._get_converted(section, option, value, raw=raw,
                                         vars=vars, fallback=fallback,
                                         **kwargs)
        getter.converter = value
        setattr(parser, attr, getter)
        for proxy in parser.values():
            setattr(proxy, attr, _proxy_getter(proxy, getter))

    def __delitem__(self, key):
        if not isinstance(key, str) or not key:
            raise KeyError(key)
        del self._functions[key]
        attr = 'get' + key
        for owner in (self._parser, *self._parser.values()):
            try:
                delattr(owner, attr)
            except AttributeError:
                pass  # a getter the class defines, not one we added

    def __iter__(self):
        return iter(self._functions)

    def __len__(self):
        return len(self._functions)
