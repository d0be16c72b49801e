"""The bundled Markdown report in plain Python: the bytes ``templates/report.md.j2`` renders, without Jinja.

``templates/report.md.j2`` stays the reference: it is the template users copy and extend (a
``--template`` still goes through Jinja, :mod:`kemitraan.render.templating`). This module mirrors
it section by section, in its order, for the report that has no template of the user's, so that a
single ``assess FILE --format md`` does not import Jinja (some 20 ms of start-up). It is given the
same plain data the template is given (:func:`kemitraan.render.templating.context` with
``bundled=True``: each text in the report's language only) and uses the template's own filters:
:func:`md_escape` (``|md``), :func:`md_fence` (``|fence``), :func:`number` (``|num``),
:func:`date_text` (``|date``), :func:`evidence_groups` and :func:`kemitraan.messages.t` (``|t``).
Each value is read where the template reads it and printed as Jinja prints it (``str``, so a
missing value reads ``None`` in both).

The test ``tests/render/test_markdown_draw.py`` keeps both drawings equal, byte for byte, over
every example in both languages and over data made to reach every branch: a change to the
template must be made here too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from kemitraan.messages import t
from kemitraan.render.templating import date_text, evidence_groups, md_escape, md_fence, number

Record = dict[str, Any]


def draw(context: Mapping[str, Any]) -> str:
    """The Markdown report of a template context (``a``, ``lang``, ``command``), as the bundled
    template renders it."""
    a: Record = context["a"]
    page = _Page(context["lang"])
    page.metadata(a)
    page.head(a)
    page.summary(a)
    page.why(a)
    page.participation(a)
    page.principles(a)
    page.constraints(a)
    page.recommendations(a)
    page.theory(a)
    page.reproduce(a, context["command"])
    return "".join(page.out)


def _tojson(value: Any) -> str:
    """Jinja's ``|tojson``: JSON with sorted keys, and ``<``, ``>``, ``&``, ``'`` as Unicode escapes."""
    text = json.dumps(value, sort_keys=True)
    return (
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")
    )


class _Page:
    """The report being written, in one language: one method per part of the template."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.out: list[str] = []
        self.write = self.out.append

    # --- the template's filters and macros, in this report's language ---------------------------

    def t(self, key: str, **params: Any) -> str:
        """``"key"|t``, ``"key"|t(name=value)``."""
        return t(key, self.lang, **params)

    def tx(self, text: Any) -> str:
        """``text|tx``: a text record in the report's language; '' for none."""
        return "" if text is None else str(text[self.lang])

    def mx(self, text: Any) -> str:
        """``text|tx|md``."""
        return md_escape(self.tx(text))

    def num(self, value: Any) -> str:
        """``value|num``."""
        return number(value, self.lang)

    def labels(self, labels: Iterable[Any]) -> str:
        """``{% for label in labels %}{{ label|tx|md }}{{ "; " if not loop.last }}{% endfor %}``."""
        return "; ".join(self.mx(label) for label in labels)

    def yesno(self, v: Any) -> str:
        """The macro ``yesno``: yes, no, or unknown (for anything but ``true`` and ``false``)."""
        if v is True:
            return self.t("report.yes")
        if v is False:
            return self.t("report.no")
        return self.t("report.unknown")

    def quote(self, e: Record) -> str:
        """The macro ``quote``: a quote, then its source, position and informant when there are any."""
        text = f'"{md_escape(e["quote"])}"'
        if e["source"]:
            text += f" ({md_escape(e['source'])}"
            if e["position"]:
                text += f", {md_escape(e['position'])}"
            if e["informant"]:
                text += f"; {md_escape(e['informant'])}"
            text += ")"
        elif e["informant"]:
            text += f" ({md_escape(e['informant'])})"
        return text

    def item(self, key: str, value: str) -> None:
        """``- **{{ "key"|t }}:** value``."""
        self.write(f"- **{self.t(key)}:** {value}\n")

    # --- the parts of the report, in the template's order ----------------------------------------

    def metadata(self, a: Record) -> None:
        """The block ``metadata``: pandoc's page title and language."""
        self.write(
            f"---\npagetitle: {_tojson(md_escape(a['input']['title']))}\nlang: {_tojson(self.lang)}\n---\n"
        )

    def head(self, a: Record) -> None:
        """The title, the tool, and what the input file says about itself."""
        i = a["input"]
        self.write(
            f"# {md_escape(i['title'])}\n\n*{self.t('report.title')}: kemitraan {a['tool']['version']}*\n\n"
        )
        if i["place"]:
            self.item("report.place", md_escape(i["place"]))
        if i["period"]:
            self.item("report.period", md_escape(i["period"]))
        partners = "; ".join(
            f"{md_escape(p['name'])} ({self.t('kind.' + str(p['kind']))})" for p in a["partners"]
        )
        self.item("report.partners", partners)  # the template's empty line after it: its only line break
        if i["citation"]:
            self.item("report.source", md_escape(i["citation"]))
        if i["method"]:
            self.item("report.method", md_escape(i["method"]))
        if i["assessor"]:
            self.item("report.assessor", md_escape(i["assessor"]))
        if i["assessed_on"]:
            self.item("report.assessed_on", date_text(i["assessed_on"], self.lang))

    def summary(self, a: Record) -> None:
        """1. The verdict of each rubric, its support notes, the study's conclusions, the
        crosswalk, and the verdicts fieldwork could change."""
        self.write(f"\n## 1. {self.t('report.summary')}\n\n")
        self.write(
            f"| {self.t('report.rubric')} | {self.t('report.verdict')} | {self.t('report.support')} "
            f"| {self.t('report.margin')} |\n| --- | --- | ---: | ---: |\n"
        )
        for r in a["assessments"]:
            chosen = next((c for c in r["candidates"] if c["verdict"] == r["verdict"]), None)
            support = self.num(chosen["support"]) if chosen else "–"
            rubric = r["rubric"]
            self.write(
                f"| {self.mx(rubric['title'])} ({md_escape(rubric['citation'])}) | **{self.mx(r['label'])}** "
                f"| {support} | {self.num(r['margin'])} |\n"
            )
        for k, r in enumerate(r for r in a["assessments"] if r["support_note"]):
            if k == 0:
                self.write("\n")
            self.write(f"- **{self.mx(r['rubric']['title'])}:** {self.mx(r['support_note'])}\n")
        if a["conclusions"]:
            self.write(f"\n**{self.t('report.study')}**\n\n")
            for c in a["conclusions"]:
                where = f" ({md_escape(c['where'])})" if c["where"] else ""
                self.write(
                    f"- **{self.mx(c['sentence'])}** {self.t('report.study.quote')}: "
                    f'"{md_escape(c["quote"])}"{where}. {self.t("report.study.why")}: {self.mx(c["why"])}\n'
                )
        if a["crosswalk"]:
            self.crosswalk(a["crosswalk"])
        if a["fieldwork"]:
            self.write("\n")
            for v in a["fieldwork"]["verdicts"]:
                r = _first(a["assessments"], lambda r, v=v: r["rubric"]["id"] == v["rubric"])
                hinges = f" (**{self.t('fw.report.hinges')}**)" if v["hinges_on"] else ""
                self.write(f"- **{self.mx(r['rubric']['title'])}**{hinges}: {self.mx(v['note'])}\n")

    def crosswalk(self, cw: Record) -> None:
        """Where the verdicts meet the other typologies, with its notes and sources."""
        self.write(f"\n### {self.t('crosswalk.title')}\n\n{self.t('crosswalk.intro')}\n\n")
        self.write(
            f"| {self.t('crosswalk.typology')} | {self.t('report.verdict')} | {self.t('crosswalk.where')} |\n"
            "| --- | --- | --- |\n"
        )
        for row in cw["rows"]:
            citation = f" ({md_escape(row['citation'])})" if row["citation"] else ""
            opt_in = f" *({self.t('crosswalk.opt_in')})*" if row["opt_in"] else ""
            self.write(
                f"| {self.mx(row['title'])}{citation}{opt_in} | {self.mx(row['label'])} | {self.mx(row['where'])} |\n"
            )
        self.write(f"\n{self.mx(cw['summary'])}\n")
        if cw["notes"]:
            self.write(f"\n**{self.t('crosswalk.notes')}:**\n\n")
            for n in cw["notes"]:
                operationalisation = (
                    f" *({self.t('report.operationalisation')})*" if n["operationalisation"] else ""
                )
                self.write(f"- {self.mx(n['text'])}{operationalisation}\n")
            if cw["sources"]:
                self.write(f"\n{self.t('crosswalk.sources')}:\n\n")
                for source in cw["sources"]:
                    self.write(f"- {md_escape(source)}\n")
        if cw["add"]:
            self.write(f"\n{self.mx(cw['add'])}\n")

    def why(self, a: Record) -> None:
        """2. Why each rubric gave its verdict: its criteria, operationalisations, evidence,
        candidates and the verdict of each program."""
        self.write(f"\n## 2. {self.t('report.why')}\n")
        for index, r in enumerate(a["assessments"], start=1):
            self.write(f"\n### 2.{index} {self.mx(r['rubric']['title'])}: {self.mx(r['label'])}\n\n")
            self.write(f"{self.mx(r['description'])}\n")
            if r["found"]:
                self.write(f"\n{self.mx(r['found'])}\n")
            self.write(f"\n**{self.t('report.why')}.** {self.mx(r['reason'])}\n")
            if r["support_note"]:
                self.write(f"\n{self.mx(r['support_note'])}\n")
            self.write("\n")
            if r["missing"]:
                self.write(f"**{self.t('report.missing')}:**\n\n")
                for m in r["missing"]:
                    self.write(f"- {self.mx(m)}\n")
                self.write("\n")
            self.criteria(r)
            self.write("\n")
            groups = evidence_groups(r)
            if groups:
                self.write(f"**{self.t('report.evidence')}:**\n\n")
                for e, labels in groups:
                    self.write(f"- {self.quote(e)}: *{self.labels(labels)}*\n")
                self.write("\n")
            candidates = "; ".join(
                f"{self.mx(c['label'])} {self.num(c['support'])} ({self.tx(c['shown'])})"
                for c in r["candidates"]
            )
            self.write(f"**{self.t('report.candidates')}:** {candidates}.\n\n")
            if len(r["programs"]) > 1:
                self.write(f"**{self.t('report.per_program')}.** {self.t('report.per_program.rule')}\n\n")
                self.write(f"| {self.t('report.program')} | {self.t('report.verdict')} |\n| --- | --- |\n")
                for p in r["programs"]:
                    self.write(f"| {md_escape(p['name'])} | {self.mx(p['label'])} |\n")
                self.write("\n")

    def criteria(self, r: Record) -> None:
        """A rubric's criteria table, then the operationalisations it made."""
        self.write(f"| {self.t('report.criterion')} | {self.t('report.met')} | {self.t('report.detail')} |\n")
        self.write("| --- | --- | --- |\n")
        for c in r["criteria"]:
            note = ""
            if c["citation"] or c["operationalisation"]:
                citation = md_escape(c["citation"]) if c["citation"] else ""
                both = "; " if c["citation"] and c["operationalisation"] else ""
                made = f"*{self.t('report.operationalisation')}*" if c["operationalisation"] else ""
                note = f" ({citation}{both}{made})"
            self.write(f"| {self.mx(c['label'])}{note} | {self.yesno(c['met'])} | {self.mx(c['detail'])} |\n")
        if r["operationalisations"]:
            self.write(f"\n**{self.t('report.operationalisations')}:**\n\n")
            for op in r["operationalisations"]:
                follows = ""
                if op["follows"]:
                    sources = md_escape("; ".join(str(s) for s in op["follows"]))
                    follows = f" ({self.t('report.follows', sources=sources)})"
                self.write(f"- *{self.labels(op['labels'])}*: {self.mx(op['note'])}{follows}\n")

    def participation(self, a: Record) -> None:
        """3. Each program's phases: how each partner took part, and whether the work was joint."""
        self.write(f"\n## 3. {self.t('report.participation')}\n\n{self.t('report.participation.note')}\n")
        partners = a["partners"]
        for prog in a["programs"]:
            self.write(f"\n### {md_escape(prog['name'])}\n\n")
            names = "".join(f"{md_escape(p['name'])} | " for p in partners)
            self.write(f"| {self.t('report.phase')} | {names}{self.t('report.joint')} |\n")
            self.write(f"| --- | {'--- | ' * len(partners)}--- |\n")
            for cell in prog["phases"]:
                levels = "".join(f"{self.level(prog, cell, p)} | " for p in partners)
                joint = f"**{self.t('report.yes')}**" if cell["joint"] is True else self.yesno(cell["joint"])
                stated = ""
                if cell["stated"] != "unknown":
                    stated = f" ({self.t('report.stated')}: {self.t('value.' + str(cell['stated']))})"
                self.write(f"| {self.t('phase.' + str(cell['phase']))} | {levels}{joint}{stated} |\n")

    def level(self, prog: Record, cell: Record, p: Record) -> str:
        """How one partner took part in one phase of a program."""
        if p["id"] not in prog["partners"]:
            return f"*{self.t('report.not_in_program')}*"
        if cell["participation"]:
            return self.t("level." + str(cell["participation"][p["id"]]))
        return f"*{self.t('report.not_recorded')}*"

    def principles(self, a: Record) -> None:
        """4. The principles of partnership, their scores and evidence; then fieldwork's answers."""
        self.write(f"\n## 4. {self.t('report.principles')}\n\n")
        for r in a["assessments"]:
            if r["rubric"]["id"] == "principles":
                self.write(
                    f"{self.mx(r['rubric']['title'])}: **{self.mx(r['label'])}**. {self.mx(r['description'])}\n\n"
                )
        self.write(
            f"| {self.t('report.principle')} | {self.t('report.score')} (1-5) | {self.t('report.evidence')} |\n"
        )
        self.write("| --- | ---: | --- |\n")
        for p in a["principles"]:
            score = p["score"] if p["score"] is not None else "–"
            quotes = "; ".join(self.quote(e) for e in p["evidence"])
            self.write(f"| {self.mx(p['label'])} | {score} | {quotes} |\n")
        if a["fieldwork"]:
            self.fieldwork(a["fieldwork"])

    def fieldwork(self, fw: Record) -> None:
        """What the informants answered, how far they agree, and who they are."""
        n = len(fw["informants"])
        aggregate = self.t("fw.aggregate." + str(fw["aggregate"]))
        self.write(f"\n### {self.t('fw.report.title')}\n\n")
        self.write(f"{self.t('fw.report.intro', informants=n, n=n, aggregate=aggregate)}\n\n")
        self.write(
            f"| {self.t('fw.report.question')} | {self.t('fw.report.answers')} | {self.t('fw.report.used')} "
            f"| {self.t('fw.report.flags')} |\n| --- | --- | --- | --- |\n"
        )
        for i in fw["items"]:
            source = (
                self.t("fw.report.written")
                if i["source"] == "written"
                else self.t("fw.report.from_informants")
            )
            flags = f"**{self.t('fw.report.disagreement')}**" if i["disagreement"] else ""
            if i["perspective_gap"]:
                own, others = self.tx(i["perspectives"][0]["shown"]), self.tx(i["perspectives"][1]["shown"])
                flags += ("; " if i["disagreement"] else "") + self.t("fw.report.gap", own=own, others=others)
            self.write(
                f"| {self.mx(i['label'])} | {self.mx(i['shown'])} | {self.tx(i['used_shown'])} ({source}) | {flags} |\n"
            )
        self.write(f"\n**{self.t('fw.report.alpha')}:**\n\n")
        for x in fw["alpha"]:
            counts = self.t(
                "fw.report.alpha_counts",
                units=self.t("count.questions", n=x["units"]),
                pairable=self.t("count.answers", n=x["pairable"]),
                informants=self.t("count.informants", n=x["informants"]),
            )
            self.write(f"- {self.tx(x['label'])}: {self.mx(x['reading'])} ({counts})\n")
        names = []
        for x in fw["informants"]:
            name = md_escape(x["informant"])
            if x["partner"] or x["role"]:
                name += f" ({md_escape(', '.join(str(v) for v in (x['partner'], x['role']) if v))})"
            names.append(name)
        self.write(f"\n**{self.t('fw.report.informant_list')}:** {'; '.join(names)}.\n")

    def constraints(self, a: Record) -> None:
        """5. The constraints the partnership met, their solutions and evidence."""
        self.write(f"\n## 5. {self.t('report.constraints')}\n\n")
        for c in a["constraints"]:
            self.write(f"### {self.tx(c['label'])}: {md_escape(c['description'])}\n\n")
            if c["amount"]:
                self.item("report.amount", self.mx(c["amount"]))
            none = "" if c["solutions"] else f" *{self.t('report.no_solutions')}*"
            self.write(f"- **{self.t('report.solutions')}:**{none}\n")
            for s in c["solutions"]:
                self.write(f"  - {md_escape(s)}\n")
            for e in c["evidence"]:
                self.write(f"- {self.t('report.evidence')}: {self.quote(e)}\n")
            self.write("\n")
        if not a["constraints"]:
            self.write(f"{self.t('report.no_constraints')}\n\n")

    def recommendations(self, a: Record) -> None:
        """6. What each rubric recommends to reach the next verdict."""
        self.write(f"## 6. {self.t('report.recommendations')}\n")
        for r in a["assessments"]:
            toward = ""
            if r["next_verdict"]:
                toward = " → " + "".join(
                    self.mx(c["label"]) for c in r["candidates"] if c["verdict"] == r["next_verdict"]
                )
            self.write(f"\n### {self.mx(r['rubric']['title'])}: {self.mx(r['label'])}{toward}\n\n")
            for index, rec in enumerate(r["recommendations"], start=1):
                self.write(
                    f"{index}. {self.mx(rec['text'])} *({self.t('report.kind.' + str(rec['kind']))})*\n"
                )
            if not r["recommendations"]:
                top = r["verdict"] != "insufficient-evidence"
                self.write(f"{self.t('report.top') if top else self.t('report.no_recommendations')}\n")

    def theory(self, a: Record) -> None:
        """7. The theory behind each rubric, and its sources."""
        self.write(f"\n## 7. {self.t('report.theory')}\n")
        for r in a["assessments"]:
            rubric = r["rubric"]
            self.write(
                f"\n**{self.mx(rubric['title'])}.** {self.mx(rubric['theory'] or rubric['description'])}\n\n"
            )
            for s in rubric["sources"]:
                note = f" {self.mx(s['note'])}" if s["note"] else ""
                self.write(f"- {md_escape(s['citation'])}{note}\n")

    def reproduce(self, a: Record, command: str) -> None:
        """8. How to make this report again: the command, and the version of each rubric."""
        i, tool = a["input"], a["tool"]
        text = self.t(
            "report.reproduce.text",
            tool=tool["name"],
            version=tool["version"],
            file=md_escape(i["file"]),
            sha=i["sha256"],
        )
        fence = md_fence(command)
        self.write(f"\n## 8. {self.t('report.reproduce')}\n\n{text}\n\n{fence}\n{command}\n{fence}\n\n")
        self.write(
            f"| {self.t('report.rubric')} | {self.t('report.rubric_version')} | sha256 |\n| --- | --- | --- |\n"
        )
        for r in a["assessments"]:
            rubric = r["rubric"]
            origin = (
                self.t("report.bundled") if rubric["origin"] == "bundled" else md_escape(rubric["origin"])
            )
            self.write(
                f"| {rubric['id']} ({origin}) | {md_escape(rubric['version'])} | `{rubric['sha256']}` |\n"
            )
        if a["generated_at"]:
            self.write(f"\n{self.t('report.generated_at')}: {a['generated_at']}\n")


def _first(records: Iterable[Record], match: Any) -> Record:
    """``records|selectattr(...)|first``, where the template reads a field of the one found."""
    for r in records:
        if match(r):
            return r
    raise LookupError("no record matches")
