"""The validation table: published studies encoded as partnership files, each study's own verdict
beside the verdict kemitraan reaches from the recorded facts alone.

    python validation/table.py                            # print the table (Markdown)
    python validation/table.py --write docs/validation.md # refresh the table in the doc
    python validation/table.py --check docs/validation.md # exit 1 when the doc is out of date
    python validation/table.py --quotes RESEARCH_FOLDER   # every quote verbatim in its study's note

The studies are ``examples/benan.yaml`` (the reference study) and every ``validation/*.yaml``. The
table goes between the markers ``<!-- table:begin -->`` and ``<!-- table:end -->`` of the doc;
everything else in it is written by hand. ``tests/test_validation.py`` keeps the doc current.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- table:begin -->", "<!-- table:end -->"
OUTCOME = {"agree": "agree", "differ": "**differ**", "undecided": "undecided", "not-assessed": "not assessed"}
WHY = {
    "agree": "same verdict",
    "differ": "the theory's reading",
    "undecided": "thin facts",
    "not-assessed": "a different typology",
}


def studies() -> list[Path]:
    """The reference study first, then every encoded study in name order."""
    return [ROOT / "examples" / "benan.yaml", *sorted((ROOT / "validation").glob("*.yaml"))]


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _link(path: Path) -> str:
    return f"[{path.stem}](../{path.relative_to(ROOT).as_posix()})"


def rows() -> list[dict[str, Any]]:
    """One row per conclusion of every study: what the study says, what kemitraan finds, why."""
    from kemitraan.loader import load_partnership, load_rubrics
    from kemitraan.messages import say
    from kemitraan.pipeline import assess_loaded

    rubrics = load_rubrics()
    found = []
    for path in studies():
        partnership, _, raw = load_partnership(path)
        a = assess_loaded(partnership, raw, path.name, rubrics)
        conclusions = partnership.source.conclusions if partnership.source else []
        for written, c in zip(conclusions, a.conclusions, strict=True):
            r = a.get(c.rubric)
            why = WHY[c.outcome]
            if c.outcome == "not-assessed":
                detail = say(c.why, "en")
            elif r is not None:
                detail = say(r.reason, "en")
                if c.outcome == "undecided":
                    still = (
                        "the study's verdict is still possible"
                        if c.study_verdict in r.possible
                        else ("the study's verdict is no longer possible")
                    )
                    detail = f"{still}. {detail}"
            else:  # pragma: no cover - a rubric assessed always has its assessment
                detail = ""
            if written.note:
                detail = f"{detail} Note: {written.note}"
            found.append(
                {
                    "path": path,
                    "extent": (partnership.source.extent if partnership.source else None) or "",
                    "citation": partnership.source.citation if partnership.source else "",
                    "url": partnership.source.url if partnership.source else None,
                    "rubric": c.rubric,
                    "study": c.study_label or c.study_verdict,
                    "kemitraan": say(r.label, "en") if r is not None else "–",
                    "outcome": c.outcome,
                    "why": f"{why}: {detail}",
                }
            )
    return found


def table(found: list[dict[str, Any]]) -> str:
    counts = Counter(r["outcome"] for r in found)
    files = list(dict.fromkeys(r["path"] for r in found))
    lines = [
        f"{len(files)} studies, {len(found)} conclusions: {counts['agree']} agree, {counts['differ']} differ, "
        f"{counts['undecided']} undecided (kemitraan cannot decide from the facts the study gives), "
        f"{counts['not-assessed']} not assessed (a typology kemitraan has no rubric for).",
        "",
        "| Study | Text read | Model | The study's verdict | kemitraan's verdict | Agree? | Why |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in found:
        lines.append(
            "| "
            + " | ".join(
                [
                    _link(r["path"]),
                    _cell(r["extent"]),
                    f"`{r['rubric']}`",
                    _cell(r["study"]),
                    _cell(r["kemitraan"]),
                    OUTCOME[r["outcome"]],
                    _cell(r["why"]),
                ]
            )
            + " |"
        )
    lines += ["", "Studies:", ""]
    for path in files:
        r = next(x for x in found if x["path"] == path)
        url = f" <{r['url']}>" if r["url"] else ""
        lines.append(f"- {_link(path)}: {_cell(r['citation'])}{url}")
    return "\n".join(lines) + "\n"


def refreshed(doc: str, block: str) -> str:
    """The doc with the block between the markers replaced."""
    start, end = doc.index(BEGIN) + len(BEGIN), doc.index(END)
    return doc[:start] + "\n" + block + doc[end:]


def quotes_problems(research: Path) -> list[str]:
    """Every quote in a validation file that is not, word for word, in its study's research note."""
    from kemitraan.loader import parse_yaml

    def norm(text: str) -> str:
        text = re.sub(r"(?m)^\s*>\s?", "", text)
        return " ".join(text.split())

    def quotes(node: Any) -> list[str]:
        if isinstance(node, dict):
            return [v for k, v in node.items() if k == "quote" and isinstance(v, str)] + [
                q for k, v in node.items() if k != "quote" for q in quotes(v)
            ]
        if isinstance(node, list):
            return [q for v in node for q in quotes(v)]
        return []

    problems = []
    for path in studies()[1:]:
        note = research / f"{path.stem}.md"
        if not note.exists():
            problems.append(f"{path.name}: no research note {note}")
            continue
        text = norm(note.read_text(encoding="utf-8"))
        for q in quotes(parse_yaml(path.read_text(encoding="utf-8"), path.name)):
            if norm(q) not in text:
                problems.append(f"{path.name}: not in {note.name}: {q[:80]}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", type=Path, help="refresh the table in this Markdown file")
    parser.add_argument("--check", type=Path, help="exit 1 when the table in this file is out of date")
    parser.add_argument("--quotes", type=Path, help="check every quote against the research notes here")
    args = parser.parse_args(argv)
    if args.quotes:
        problems = quotes_problems(args.quotes)
        print("\n".join(problems) or "every quote is in its study's note")
        return 1 if problems else 0
    block = table(rows())
    if args.write or args.check:
        path = args.write or args.check
        doc = path.read_text(encoding="utf-8")
        new = refreshed(doc, block)
        if args.check:
            return 0 if new == doc else 1
        path.write_text(new, encoding="utf-8")
        return 0
    sys.stdout.write(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
