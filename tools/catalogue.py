"""The translator catalogues: made from the English source, kept in step, compiled, checked.

    python tools/catalogue.py update           # after changing English: the .pot, every .po, every .mo
    python tools/catalogue.py compile          # after translating: every .po to its .mo
    python tools/catalogue.py check            # exit 1 (naming what) when something is not current
    python tools/catalogue.py init ms          # start a catalogue for a new language (Malay)
    python tools/catalogue.py pseudo DIR       # a pseudo-locale 'qps' in DIR (see tests/test_pseudo.py)
    python tools/catalogue.py port FILE [NAME] # move an old-style M dict (key: (id, en)) into the catalogues

Needs Babel (``pip install -e '.[test]'``); kemitraan itself never imports it at run time for
a catalogue made here. What it makes, in ``src/kemitraan/locale/``:

* ``kemitraan.pot``: every sentence kemitraan writes, extracted from
  :data:`kemitraan.messages.SOURCE` and from the attribute docstrings of the partnership
  file's models (``field.<Model>.<key>``, the JSON Schema's and ``init``'s descriptions).
  ``msgctxt`` is the stable key, ``msgid`` the English (``msgid_plural`` for a plural).
* ``rubrics.pot``: the English texts of the bundled rubrics, for a language the rubric files
  do not carry (they carry Indonesian and English themselves).
* ``<lang>/LC_MESSAGES/kemitraan.po`` and ``rubrics.po`` (optional): a language, edited by its
  translator (Poedit, Lokalize, Weblate, a text editor), and the ``.mo`` compiled from it.
  ``update`` adds new entries untranslated, drops removed ones, and fills the ``locale.*``
  entries (decimal and group symbols, the rupiah's symbol, the months) from CLDR when empty.

A language is data: ``init xx`` (or ``pybabel init -l xx``), translate, ``compile``; no Python
is edited, and ``kemitraan --lang xx`` speaks it.
"""

from __future__ import annotations

import ast
import datetime
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

LOCALE = ROOT / "src" / "kemitraan" / "locale"
RUBRICS = ROOT / "rubrics"
POT = LOCALE / "kemitraan.pot"
RUBRICS_POT = LOCALE / "rubrics.pot"
FIXED = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
"""Every catalogue's dates: the files change only when their entries do."""
PSEUDO = "qps"
"""The pseudo-locale's code (as Windows names its own: qps-ploc)."""


# --- the source -------------------------------------------------------------------------------------


def field_entries() -> dict[str, str]:
    """``field.<Model>`` and ``field.<Model>.<key>``: the models' docstrings, as one line each."""
    from kemitraan.models.docstrings import attribute_docstrings
    from kemitraan.schema import keys, models

    out: dict[str, str] = {}
    for name, model in models().items():
        out[f"field.{name}"] = " ".join((model.__doc__ or "").split())
        docs = attribute_docstrings(model)
        for key, attr in keys(model).items():
            out[f"field.{name}.{key}"] = " ".join(docs.get(attr, "").split())
    return {k: v for k, v in out.items() if v}


def source_entries() -> dict[str, str | tuple[str, str]]:
    """Every sentence of the tool, by key, in English."""
    from kemitraan.messages import DIRECTIVES, SOURCE

    return {**{k: v for k, v in SOURCE.items() if k not in DIRECTIVES}, **field_entries()}


def rubric_entries() -> dict[str, list[str]]:
    """The English text of every bundled rubric text, with where it is written."""
    import yaml

    found: dict[str, list[str]] = {}

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            if "en" in node and "id" in node and all(isinstance(v, str) for v in node.values()):
                found.setdefault(" ".join(str(node["en"]).split()), []).append(where)
                return
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    for path in sorted(RUBRICS.glob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
    return found


def _catalog(locale: str | None = None) -> Catalog:
    from babel.messages.catalog import Catalog

    return Catalog(
        locale=locale,
        project="kemitraan",
        version="1",
        copyright_holder="kemitraan contributors",
        msgid_bugs_address="https://github.com/kemitraan/kemitraan/issues",
        creation_date=FIXED,
        revision_date=FIXED,
        fuzzy=False,
    )


def template() -> Catalog:
    """``kemitraan.pot`` as a Babel catalogue."""
    from kemitraan.messages import NOTES

    cat = _catalog()
    for key, english in source_entries().items():
        msgid = english if isinstance(english, str) else tuple(english)
        comments = ["plural: the count is {n}"] if isinstance(english, tuple) else []
        comments += [NOTES[key]] if key in NOTES else []
        cat.add(
            msgid, string=("", "") if isinstance(english, tuple) else "", context=key, auto_comments=comments
        )
    return cat


def rubric_template() -> Catalog:
    cat = _catalog()
    for english, where in rubric_entries().items():
        cat.add(english, string="", auto_comments=where)
    return cat


def _po_text(cat: Catalog, *, ignore_obsolete: bool = True) -> bytes:
    from babel.messages.pofile import write_po

    out = io.BytesIO()
    write_po(out, cat, width=100, ignore_obsolete=ignore_obsolete, include_previous=False, sort_output=False)
    return out.getvalue()


def _mo_bytes(cat: Catalog) -> bytes:
    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, cat)
    return out.getvalue()


def read(path: Path, locale: str | None = None) -> Catalog:
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        return read_po(handle, locale=locale, abort_invalid=True)


# --- keeping the catalogues in step -----------------------------------------------------------------


def languages() -> list[str]:
    return sorted(p.parent.parent.name for p in LOCALE.glob("*/LC_MESSAGES/kemitraan.po"))


def _locale_data(lang: str) -> dict[str, str]:
    from babel import Locale

    from kemitraan.i18n import locale_entries

    return locale_entries(Locale.parse(lang))


def updated(lang: str, domain: str = "kemitraan") -> bytes:
    """A language's .po with the template's entries: new ones untranslated, removed ones gone,
    empty ``locale.*`` entries filled from CLDR."""
    po = LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"
    cat = read(po, lang)
    pot = template() if domain == "kemitraan" else rubric_template()
    cat.update(pot, no_fuzzy_matching=True, update_header_comment=False)
    cat.obsolete.clear()
    cat.creation_date = cat.revision_date = FIXED
    if domain == "kemitraan":
        data = _locale_data(lang)
        for message in cat:
            if message.context in data and not message.string:
                message.string = data[message.context]
    return _po_text(cat)


def compiled(lang: str, domain: str = "kemitraan") -> bytes:
    return _mo_bytes(read(LOCALE / lang / "LC_MESSAGES" / f"{domain}.po", lang))


def outputs() -> dict[Path, bytes]:
    """Every generated file and what it should hold (the .po files: after ``update``)."""
    files: dict[Path, bytes] = {POT: _po_text(template()), RUBRICS_POT: _po_text(rubric_template())}
    for lang in languages():
        for domain in ("kemitraan", "rubrics"):
            po = LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"
            if po.exists():
                files[po] = updated(lang, domain)
    return files


def stale() -> list[str]:
    """What is not current: a .pot, a .po not in step with it, a .mo not compiled from its .po."""
    problems = [str(path.relative_to(ROOT)) for path, data in outputs().items() if _differs(path, data)]
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        lang = po.parent.parent.name
        if not mo.exists() or mo.read_bytes() != _mo_bytes(read(po, lang)):
            problems.append(str(mo.relative_to(ROOT)))
    return problems


def _differs(path: Path, data: bytes) -> bool:
    return not path.exists() or path.read_bytes() != data


def untranslated(lang: str) -> list[str]:
    """The keys a language's catalogue leaves untranslated (an empty msgstr, or a fuzzy one)."""
    cat = read(LOCALE / lang / "LC_MESSAGES" / "kemitraan.po", lang)
    out = []
    for message in cat:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            out.append(str(message.context))
    return out


def update() -> None:
    for path, data in outputs().items():
        if _differs(path, data):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT)}")
    compile_all()


def compile_all() -> None:
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        data = _mo_bytes(read(po, po.parent.parent.name))
        if _differs(mo, data):
            mo.write_bytes(data)
            print(f"wrote {mo.relative_to(ROOT)}")


def init(lang: str) -> None:
    """A new language's catalogue: every entry untranslated, its plural rule and locale data from CLDR."""
    from babel import Locale

    folder = LOCALE / lang / "LC_MESSAGES"
    target = folder / "kemitraan.po"
    if target.exists():
        raise SystemExit(f"{target.relative_to(ROOT)} exists; translate it, then run: compile")
    Locale.parse(lang)  # an unknown code fails here, before anything is written
    cat = _catalog(lang)
    for message in template():
        if message.id:
            cat.add(
                message.id,
                string=("", "") if message.pluralizable else "",
                context=message.context,
                auto_comments=message.auto_comments,
            )
    data = _locale_data(lang)
    for message in cat:
        if message.context in data:
            message.string = data[message.context]
    folder.mkdir(parents=True, exist_ok=True)
    target.write_bytes(_po_text(cat))
    print(
        f"wrote {target.relative_to(ROOT)}: translate every msgstr, then run: python tools/catalogue.py compile"
    )


# --- the pseudo-locale ------------------------------------------------------------------------------

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ"
ACCENT = str.maketrans(_PLAIN, _ACCENTED)
OPEN, CLOSE = "⟦", "⟧"


def pseudo(text: str) -> str:
    """``Wrote {file}.`` -> ``⟦Ẇřǿŧḗ {file}.⟧``: every letter accented, placeholders kept, bracketed."""
    from kemitraan.messages import _PLACEHOLDER

    parts = _PLACEHOLDER.split(text)
    out = "".join(part.translate(ACCENT) if i % 2 == 0 else "{" + part + "}" for i, part in enumerate(parts))
    return OPEN + out + CLOSE


def pseudo_catalogues(folder: Path) -> Path:
    """Write the pseudo-locale ``qps`` (both domains, compiled) below ``folder``; returns ``folder``
    (what ``KEMITRAAN_LOCALE_PATH`` names)."""
    from babel.messages.catalog import Catalog

    target = folder / PSEUDO / "LC_MESSAGES"
    target.mkdir(parents=True, exist_ok=True)
    for name, source in (("kemitraan", template()), ("rubrics", rubric_template())):
        cat = Catalog(locale="en", creation_date=FIXED, revision_date=FIXED, fuzzy=False)
        for message in source:
            if not message.id:
                continue
            ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
            context = message.context or ""
            if context.startswith("locale.") and not context.startswith("locale.month."):
                strings = ids  # how numbers are written stays as in English
            else:
                strings = tuple(pseudo(i) for i in ids)
            cat.add(
                message.id, string=strings if message.pluralizable else strings[0], context=message.context
            )
        (target / f"{name}.mo").write_bytes(_mo_bytes(cat))
    return folder


# --- porting old-style messages ---------------------------------------------------------------------


def port(path: Path, name: str = "M") -> None:
    """Move an old-style ``NAME = {key: (indonesian, english)}`` dict literal of ``path`` into the
    catalogues: the English into :data:`kemitraan.messages.SOURCE` (appended before its end),
    the Indonesian into ``id/LC_MESSAGES/kemitraan.po``; then ``update``. The dict itself is left
    for you to delete (the test that finds sentences outside the catalogue names it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        target: ast.expr | None = None
        value: ast.expr | None = None
        if isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        if isinstance(target, ast.Name) and target.id == name and value is not None:
            found = ast.literal_eval(value)
    if not found:
        raise SystemExit(f"{path}: no dict literal named {name}")
    from kemitraan.messages import SOURCE

    messages = ROOT / "src" / "kemitraan" / "messages.py"
    text = messages.read_text(encoding="utf-8")
    new = {k: v for k, v in found.items() if k not in SOURCE}
    lines = "".join(f"    {k!r}: {en!r},\n" for k, (_, en) in new.items())
    end = text.index("\n}\n", text.index("SOURCE: dict"))
    messages.write_text(text[: end + 1] + lines + text[end + 1 :], encoding="utf-8")
    po = LOCALE / "id" / "LC_MESSAGES" / "kemitraan.po"
    cat = read(po, "id")
    for key, (indonesian, english) in new.items():
        cat.add(english, string=indonesian, context=key)
    cat.creation_date = cat.revision_date = FIXED
    po.write_bytes(_po_text(cat))
    print(f"ported {len(new)} message(s) from {path} ({len(found) - len(new)} already there)")
    import importlib

    import kemitraan.messages

    importlib.reload(kemitraan.messages)
    update()


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    command, *rest = argv
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "check":
        problems = stale()
        for lang in languages():
            problems += [f"{lang}: untranslated: {key}" for key in untranslated(lang)]
        for problem in problems:
            print(problem)
        if problems:
            print("run: python tools/catalogue.py update (and translate what is untranslated)")
        return 1 if problems else 0
    elif command == "init" and len(rest) == 1:
        init(rest[0])
    elif command == "pseudo" and len(rest) == 1:
        print(pseudo_catalogues(Path(rest[0])))
    elif command == "port" and 1 <= len(rest) <= 2:
        port(Path(rest[0]), *rest[1:])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
