"""Make docs/benan-report.png: the top of the real Benan HTML report, shot by headless Chromium.

Run from the repository root: ``python docs/screenshot.py`` (needs Chromium, as ``--format pdf`` does).
"""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path

from kemitraan.loader import load_rubrics
from kemitraan.pipeline import assess_path
from kemitraan.render.chromium import Browser
from kemitraan.render.html import render_html

ROOT = Path(__file__).resolve().parents[1]


def main(width: int = 992, height: int = 1178) -> None:
    page_html = render_html(assess_path(ROOT / "examples" / "benan.yaml", load_rubrics(None)), "en")
    with tempfile.TemporaryDirectory() as folder, Browser() as browser:
        source = Path(folder) / "benan.html"
        source.write_text(page_html, encoding="utf-8")
        page = browser.new_page(width=width, height=height)
        page.open(source.as_uri())
        shot = page.call("Page.captureScreenshot", {"format": "png"})
    (ROOT / "docs" / "benan-report.png").write_bytes(base64.b64decode(shot["data"]))


if __name__ == "__main__":
    main()
