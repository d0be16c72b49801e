"""Make the README's pictures from the real Benan reports (English).

- docs/benan-report.png: the top of the HTML report, shot by headless Chromium;
- docs/benan-word.png: the first page of the Word report as LibreOffice lays it out
  (converted to PDF by ``soffice --headless``, the page drawn by poppler's ``pdftoppm``).

Run from the repository root: ``python docs/screenshot.py`` (needs Chromium, as ``--format pdf``
does, the ``docx`` extra, LibreOffice and poppler-utils).
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import tempfile
from pathlib import Path

from kemitraan.loader import load_rubrics
from kemitraan.pipeline import assess_path
from kemitraan.render.chromium import Browser
from kemitraan.render.docx import render_docx
from kemitraan.render.html import render_html

ROOT = Path(__file__).resolve().parents[1]


def main(width: int = 992, height: int = 1178) -> None:
    assessment = assess_path(ROOT / "examples" / "benan.yaml", load_rubrics(None))
    page_html = render_html(assessment, "en")
    with tempfile.TemporaryDirectory() as folder, Browser() as browser:
        source = Path(folder) / "benan.html"
        source.write_text(page_html, encoding="utf-8")
        page = browser.new_page(width=width, height=height)
        page.open(source.as_uri())
        shot = page.call("Page.captureScreenshot", {"format": "png"})
    (ROOT / "docs" / "benan-report.png").write_bytes(base64.b64decode(shot["data"]))
    word_page(render_docx(assessment, "en"), ROOT / "docs" / "benan-word.png")


def word_page(document: bytes, target: Path, dpi: int = 80) -> None:
    """The first page of a Word document, as LibreOffice lays it out, as a PNG."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        raise SystemExit("docs/screenshot.py: needs LibreOffice (soffice) and poppler-utils (pdftoppm)")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "benan.docx").write_bytes(document)
        profile = (work / "profile").as_uri()
        convert = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
        subprocess.run(
            [*convert, "--outdir", folder, str(work / "benan.docx")], check=True, capture_output=True
        )
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                str(dpi),
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(work / "benan.pdf"),
                str(work / "page"),
            ],
            check=True,
        )
        target.write_bytes((work / "page.png").read_bytes())


if __name__ == "__main__":
    main()
