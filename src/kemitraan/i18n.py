"""Which language a person reads, and the compiled catalogues (gettext ``.mo``) that hold it.

Stdlib only, and cheap: nothing is read until a sentence is first put into words, and then
only the catalogue of that language (and English's source, which is Python:
:data:`kemitraan.messages.SOURCE`).

**The catalogues** are gettext files in ``src/kemitraan/locale/`` (and in the folders of
``KEMITRAAN_LOCALE_PATH``, searched first): ``<lang>/LC_MESSAGES/kemitraan.mo`` for the
sentences of the tool, ``<lang>/LC_MESSAGES/rubrics.mo`` (optional) for the texts of the
bundled rubrics in a language the rubric files do not carry. In ``kemitraan.po`` each entry's
``msgctxt`` is kemitraan's stable key and its ``msgid`` the English source, so a translator
sees what to translate and a tool can make a pseudo-locale from the msgids; a plural has
``msgid_plural`` and ``msgstr[n]`` under the catalogue's ``Plural-Forms``. A language is a
catalogue: ``xx/LC_MESSAGES/kemitraan.mo`` makes ``--lang xx`` work, with no Python edited.
Numbers, money and dates come from the catalogue's ``locale.*`` entries (filled from CLDR
by ``tools/catalogue.py``); only for a catalogue without them is Babel imported, when it is
installed, to read them from CLDR at run time.

The ``.mo`` files are read here rather than through :mod:`gettext`, whose catalogues are
keyed by (context, English text): kemitraan looks a sentence up by its key alone, so that
code, templates and rubrics name sentences by key and the English stays in one place.

**The language of a run** (:func:`choose`): ``--lang``, then ``KEMITRAAN_LANG``, then the
locale (``LANGUAGE`` as GNU gettext reads it, then the first of ``LC_ALL``, ``LC_MESSAGES``
and ``LANG`` that is set: ``id_ID.UTF-8`` is Indonesian; ``C`` and ``POSIX`` name no
language), then, for a report, the partnership file's ``language``, then English. A value
that names no catalogue is passed over (``KEMITRAAN_LANG=fr`` without a French catalogue),
except ``--lang``, which must name one. Errors and notes are written in the language of the
run as chosen before any file is read (:func:`use`, :func:`ui`).
"""

from __future__ import annotations

import functools
import os
import re
import struct
from collections.abc import Callable, Mapping, Sequence
from dataclasses import field
from pathlib import Path

from kemitraan.models.record import record

SOURCE_LANGUAGE = "en"
"""The language of the source texts (:data:`kemitraan.messages.SOURCE`): English."""
DOMAIN = "kemitraan"
RUBRIC_DOMAIN = "rubrics"
LANG_ENV = "KEMITRAAN_LANG"
PATH_ENV = "KEMITRAAN_LOCALE_PATH"
RUBRIC_LANGUAGES = ("id", "en")
"""The languages every rubric text is written in (kemitraan's own rubrics are): a rubric file
that lacks one is refused. A rubric may give other languages too."""
FIRST = ("id", "en")
"""The languages listed first (in help, in errors); others follow in alphabetical order."""

_CODE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")
"""A language code as catalogues are named: ``id``, ``en``, ``ms``, ``jv``, ``pt_BR``."""


def locale_dirs() -> list[Path]:
    """Where catalogues are looked for: ``KEMITRAAN_LOCALE_PATH``'s folders, then the package's."""
    extra = [Path(p) for p in os.environ.get(PATH_ENV, "").split(os.pathsep) if p]
    return [*extra, Path(__file__).parent / "locale"]


@functools.lru_cache(maxsize=8)
def _languages(dirs: tuple[Path, ...]) -> tuple[str, ...]:
    found = {SOURCE_LANGUAGE}
    for folder in dirs:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if _CODE.fullmatch(entry.name) and (entry / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file():
                found.add(entry.name)
    first = [code for code in FIRST if code in found]
    return (*first, *sorted(found - set(first)))


def languages() -> tuple[str, ...]:
    """Every language kemitraan can speak: English and each language with a catalogue."""
    return _languages(tuple(locale_dirs()))


def known(code: str | None) -> bool:
    return code is not None and code in languages()


# --- reading a compiled catalogue -------------------------------------------------------------


@record(kw_only=False, slots=False)
class Catalogue:
    """One language's compiled catalogue: sentences by key, and its plural rule."""

    lang: str
    messages: Mapping[str, str | tuple[str, ...]] = field(default_factory=dict)
    plural_forms: str = ""
    """The ``Plural-Forms`` header (``nplurals=1; plural=0;``); empty: English's rule."""

    def text(self, key: str) -> str | None:
        found = self.messages.get(key)
        return found if isinstance(found, str) and found else None

    def plural(self, key: str, n: int) -> str | None:
        """The form of a plural entry for the count ``n`` (None when the catalogue lacks it)."""
        forms = self.messages.get(key)
        if not isinstance(forms, tuple) or not any(forms):
            return None
        index = self.rule(n)
        chosen = forms[index] if 0 <= index < len(forms) else forms[-1]
        return chosen or None

    @functools.cached_property
    def rule(self) -> Callable[[int], int]:
        match = re.search(r"plural\s*=\s*([^;]+)", self.plural_forms)
        if match is None:
            return english_plural
        import gettext  # c2py compiles a C plural expression safely (only the C operators)

        try:
            compiled: Callable[[int], int] = gettext.c2py(match.group(1))
        except ValueError:
            return english_plural
        return compiled


def english_plural(n: int) -> int:
    return 0 if n == 1 else 1


def read_mo(data: bytes) -> tuple[dict[str, str], dict[str, str | tuple[str, ...]]]:
    """A compiled catalogue's header and its entries by key (the entry's ``msgctxt``; the
    ``msgid`` for an entry without one). A plural entry is the tuple of its forms."""
    magic = data[:4]
    order = "<" if magic == b"\xde\x12\x04\x95" else ">" if magic == b"\x95\x04\x12\xde" else ""
    if not order:
        raise ValueError("not a compiled gettext catalogue (.mo)")
    _, count, originals, translations = struct.unpack(order + "4I", data[4:20])
    keys = struct.iter_unpack(order + "2I", data[originals : originals + 8 * count])
    values = struct.iter_unpack(order + "2I", data[translations : translations + 8 * count])
    header: dict[str, str] = {}
    entries: dict[str, str | tuple[str, ...]] = {}
    for (key_len, key_at), (value_len, value_at) in zip(keys, values, strict=True):
        original = data[key_at : key_at + key_len].decode("utf-8")
        translated = data[value_at : value_at + value_len].decode("utf-8")
        if not original:
            for line in translated.splitlines():
                name, _, value = line.partition(":")
                header[name.strip()] = value.strip()
            continue
        context, sep, msgid = original.partition("\x04")
        key = context if sep else original
        if "\x00" in msgid or (not sep and "\x00" in original):
            entries[key.split("\x00")[0]] = tuple(translated.split("\x00"))
        else:
            entries[key] = translated
    return header, entries


def catalogue_file(lang: str, domain: str = DOMAIN) -> Path | None:
    for folder in locale_dirs():
        path = folder / lang / "LC_MESSAGES" / f"{domain}.mo"
        if path.is_file():
            return path
    return None


@functools.lru_cache(maxsize=16)
def _catalogue(lang: str, domain: str, dirs: tuple[Path, ...]) -> Catalogue | None:
    path = catalogue_file(lang, domain)
    if path is None:
        return None
    try:
        header, entries = read_mo(path.read_bytes())
    except (OSError, ValueError, UnicodeDecodeError, struct.error):
        return None  # an unreadable catalogue: the English source is used
    return Catalogue(lang, entries, header.get("Plural-Forms", ""))


def catalogue(lang: str, domain: str = DOMAIN) -> Catalogue | None:
    """The compiled catalogue of a language (None for English, or when there is none)."""
    if lang == SOURCE_LANGUAGE and domain == DOMAIN:
        return None
    return _catalogue(lang, domain, tuple(locale_dirs()))


def refresh() -> None:
    """Forget the catalogues found and read so far (after ``KEMITRAAN_LOCALE_PATH`` changed)."""
    _languages.cache_clear()
    _catalogue.cache_clear()
    cldr.cache_clear()


@functools.lru_cache(maxsize=8)
def cldr(lang: str) -> dict[str, str]:
    """A language's number, money and date words from CLDR, through Babel (imported only here,
    for a catalogue without its ``locale.*`` entries); empty when Babel is not installed."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:
        return {}
    try:
        return locale_entries(Locale.parse(lang))
    except (UnknownLocaleError, ValueError):
        return {}


def locale_entries(locale: object) -> dict[str, str]:
    """The ``locale.*`` catalogue entries for a Babel ``Locale`` (see ``tools/catalogue.py``)."""
    from babel import Locale

    assert isinstance(locale, Locale)
    symbols = locale.number_symbols.get("latn", locale.number_symbols)
    months = locale.months["format"]["wide"]
    entries = {
        "locale.decimal": symbols["decimal"],
        "locale.group": symbols["group"],
        "locale.currency.IDR": locale.currency_symbols.get("IDR", "IDR"),
    }
    entries |= {f"locale.month.{n}": months[n] for n in range(1, 13)}
    return entries


# --- the language of a run ----------------------------------------------------------------------

_ui = SOURCE_LANGUAGE


def use(lang: str) -> None:
    """Write this run's errors, notes and prompts in ``lang``."""
    global _ui
    _ui = lang


def ui() -> str:
    """The language of this run's errors, notes and prompts (English until :func:`use`)."""
    return _ui


def from_locale(environ: Mapping[str, str]) -> str | None:
    """The language the locale names: GNU's ``LANGUAGE`` list (when the locale is not C), else
    the first of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set; None for C, POSIX or a
    language without a catalogue."""
    setting = next((environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)), "")
    if not setting or language_of(setting) is None:
        return None
    for item in environ.get("LANGUAGE", "").split(":"):
        code = language_of(item)
        if code is not None and known(code):
            return code
    code = language_of(setting)
    return code if known(code) else None


def language_of(setting: str) -> str | None:
    """``id_ID.UTF-8`` -> ``id``; ``pt_BR`` -> ``pt_BR`` when there is such a catalogue, else
    ``pt``; ``C``, ``POSIX``, ``C.UTF-8`` -> None."""
    name = setting.split(".")[0].split("@")[0]
    if name in ("", "C", "POSIX"):
        return None
    if known(name):
        return name
    base = name.split("_")[0].lower()
    return base if _CODE.fullmatch(base) else None


def chosen(option: str | None = None, environ: Mapping[str, str] | None = None) -> str | None:
    """The language ``--lang``, ``KEMITRAAN_LANG`` or the locale asks for (None: none does)."""
    if option:
        return option
    env = os.environ if environ is None else environ
    wanted = env.get(LANG_ENV, "")
    if known(wanted):
        return wanted
    return from_locale(env)


def choose(option: str | None = None, file_language: str | None = None) -> str:
    """The language of a run: ``--lang``, ``KEMITRAAN_LANG``, the locale, then the file's
    ``language`` (for a report), then English."""
    return chosen(option) or (file_language if known(file_language) else None) or SOURCE_LANGUAGE


def lang_in(args: Sequence[str]) -> str | None:
    """The language ``--lang``/``-l`` gives on a command line (the first language of a
    ``--lang id,en``), before any ``--``; None when none is given or it names no catalogue."""
    value: str | None = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg in ("--lang", "-l") and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg[len("--lang=") :]
        elif arg.startswith("-l") and len(arg) > 2 and not arg.startswith("--"):
            value = arg[2:]
    if value is None:
        return None
    first = value.split(",")[0].strip()
    return first if known(first) else None
