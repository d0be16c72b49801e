"""docs/templates.md: its reference of the template context is current, and its example template works."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kemitraan.messages import say
from kemitraan.render.reference import FILTERS, committed, template_reference
from tests.conftest import ROOT, run
from tests.render.report_cases import EXAMPLES, LANGS, assessed

DOC = ROOT / "docs" / "templates.md"
EXAMPLE = ROOT / "docs" / "templates" / "ringkasan.md.j2"


def test_the_reference_in_the_docs_is_current() -> None:
    assert committed(DOC) == template_reference(), (
        "regenerate it: python -m kemitraan.render.reference docs/templates.md"
    )


def keys_of(value: object) -> set[str]:
    """The field names of the records in JSON data (not the keys of mappings such as
    ``participation`` (partner ids) or ``params``, nor a bilingual text's ``id`` and ``en``)."""
    if isinstance(value, list):
        return set().union(*map(keys_of, value)) if value else set()
    if not isinstance(value, dict) or set(value) == {"id", "en"}:
        return set()
    found = set(value)
    for key, item in value.items():
        if key not in ("participation", "params"):
            found |= keys_of(item)
    return found


def test_the_reference_names_every_field_of_the_json_output(tmp_path: Path) -> None:
    """Every field of the JSON (which is what a template sees) is in a table of the reference."""
    import json

    from kemitraan.render.json import render_json
    from tests.conftest import assess_text
    from tests.fieldwork.test_aggregate import HEAD, PROGRAM

    documented = set(re.findall(r"^\| `([^`]+)` \|", template_reference(), flags=re.M))
    outputs = [assessed(p) for p in EXAMPLES] + [assess_text(HEAD + PROGRAM, tmp_path)]
    found = set().union(*(keys_of(json.loads(render_json(a))) for a in outputs))
    assert "fieldwork" in found and "perspectives" in found
    assert sorted(found - documented) == []


def test_every_filter_the_docs_list_exists_and_every_one_kemitraan_adds_is_listed() -> None:
    import jinja2

    from kemitraan.render import environment

    ours = set(environment("md").filters) - set(jinja2.Environment().filters)
    listed = {name.split("|")[1].split("(")[0] for name, _ in FILTERS}
    assert listed == ours


def test_the_docs_are_linked_from_the_readme() -> None:
    assert "(docs/templates.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_example_template_renders_every_example(example: Path, lang: str) -> None:
    r = run("assess", example, "-t", EXAMPLE, "-f", "md", "-l", lang)
    assert (r.code, r.err) == (0, "")
    a = assessed(example)
    assert r.out.startswith(f"# {a.input.title}")
    for rubric in a.assessments:
        assert say(rubric.label, lang).split(":")[0] in r.out
