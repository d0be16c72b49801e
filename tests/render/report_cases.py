"""What the report tests share: the bundled examples (assessed once) and a hostile partnership file."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from kemitraan.errors import BrowserError
from kemitraan.loader import load_rubrics
from kemitraan.models.assessment import Assessment
from kemitraan.pipeline import assess_path

ROOT = Path(__file__).resolve().parents[2]


def _chromium_missing() -> str:
    from kemitraan.render.chromium import find_chromium

    try:
        find_chromium()
    except BrowserError:
        return "headless Chromium is not installed (Debian/Ubuntu: apt-get install chromium)"
    return ""


CHROMIUM_MISSING = _chromium_missing()
needs_chromium = pytest.mark.skipif(bool(CHROMIUM_MISSING), reason=CHROMIUM_MISSING)
"""Skip a browser test, saying why, only when Chromium is not installed (CI installs it)."""
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
LANGS = ("id", "en")


@cache
def assessed(path: Path) -> Assessment:
    return assess_path(path, load_rubrics(None))


# Text from a file that must stay text in every report: markup, template syntax, quotes.
HOSTILE = """\
schema: kemitraan/1
id: hostile
title: "<img src=x onerror=alert(2)> & co"
language: en
partners:
  - id: a
    name: "<script>alert(1)</script>"
    kind: ngo
    understands_purpose: yes
    contributes: [money]
    benefits: ["</td></tr></table><b>bold</b>"]
  - id: b
    name: "Village \\"office\\" <svg onload=alert(3)>"
    kind: village-government
    understands_purpose: partly
programs:
  - id: p
    name: "</text><script>alert(4)</script>"
    planning:
      participation: {a: lead, b: active}
      evidence:
        - quote: "</blockquote><script>alert(5)</script>"
          source: "<a href=http://evil.example>x</a>"
    implementation: {participation: {a: lead, b: informed}}
    evaluation: {participation: {a: lead}}
principles:
  equity: {score: 2}
  transparency: {score: 3}
  trust: {score: 4}
  commitment: {score: 3}
constraints:
  - kind: other
    description: "{{ 7*7 }} {% raw %}"
    solutions: ["<iframe src=//evil.example>"]
"""
