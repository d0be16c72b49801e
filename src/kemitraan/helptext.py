"""How a command's help is put together: what it does, more about it, and examples to copy.

The sentences are catalogue entries (``help.<command>``, ``help.<command>.more``,
``help.<command>.<option>`` in :data:`kemitraan.messages.SOURCE`), so they are in the run's
language; the examples are command lines, the same in every language. A paragraph is one
line of text: the help formatter wraps it to the terminal, so no sentence is broken in the
middle.
"""

from __future__ import annotations

EXAMPLES: dict[str, tuple[str, ...]] = {
    "app": (
        "kemitraan assess examples/benan.yaml",
        "kemitraan assess examples/benan.yaml --lang en -o benan.docx",
        "kemitraan init desa.yaml",
    ),
    "assess": (
        "kemitraan assess examples/benan.yaml --lang en",
        "kemitraan assess examples/benan.yaml -o benan.docx",
        "kemitraan assess cases/ --format html -o reports/ --summary summary.csv",
    ),
    "compare": (
        "kemitraan compare examples/over-time/mekar-2019.yaml examples/over-time/mekar-2023.yaml",
        "kemitraan compare cases/ --by regency -o counts.csv",
    ),
    "validate": ("kemitraan validate desa.yaml", "kemitraan validate cases/"),
    "rubrics": ("kemitraan rubrics", "kemitraan rubrics show sulistiyani-2017 --lang id"),
    "rubrics.list": ("kemitraan rubrics list --lang id",),
    "rubrics.show": ("kemitraan rubrics show notoatmodjo-2010", "kemitraan rubrics show my-rubric.yaml"),
    "init": ("kemitraan init desa.yaml --lang id", "kemitraan init --blank desa.yaml"),
    "explain": ("kemitraan explain examples/benan.yaml --lang en", "kemitraan explain desa.yaml -o why.txt"),
    "schema": ("kemitraan schema -o kemitraan.schema.json", "kemitraan schema --lang id"),
    "survey": ("kemitraan survey form benan.yaml -o kuesioner.xlsx",),
    "survey.form": ("kemitraan survey form benan.yaml -o kuesioner.xlsx --lang id,en",),
    "survey.ingest": (
        "kemitraan survey ingest export.csv --into benan.yaml --dry-run",
        "kemitraan survey ingest export.csv --into benan.yaml",
    ),
    "evidence": ("kemitraan evidence codebook benan.yaml -o kemitraan.qdc",),
    "evidence.import": (
        "kemitraan evidence import project.qdpx --into benan.yaml --dry-run",
        "kemitraan evidence import project.qdpx --into benan.yaml --mapping map.yaml",
    ),
    "evidence.codebook": ("kemitraan evidence codebook benan.yaml -o kemitraan.qdc",),
}


def command_help(name: str, lang: str) -> str:
    """A command's help in ``lang``: what it does, more about it, and its examples (one paragraph each).

    Every command with examples has a ``.more`` paragraph: Typer strips the indentation that
    all the lines after the first share, which would take the examples' indentation when they
    came straight after the first paragraph.
    """
    from kemitraan.messages import SOURCE, t

    parts = [t(f"help.{name}", lang)]
    if f"help.{name}.more" in SOURCE:
        parts.append(t(f"help.{name}.more", lang))
    if name in EXAMPLES:
        parts.append("\n".join([t("help.examples", lang), *(f"  {line}" for line in EXAMPLES[name])]))
    return "\n\n".join(parts)
