"""The pictures of the HTML report, drawn as inline SVG from the assessment (no charting library).

Four charts: the participation matrix (programs x phases x partners), where the partnership
stands on each rubric's ladder of verdicts, the principle scores against the score bands, and
the typologies side by side on kemitraan's common scale (the crosswalk).
Each returns markup for the template; text from the input is escaped here, colours come from
the report's stylesheet through class names (``lv-lead``, ``band-1``...), so the palette lives
in one place. Every chart has a ``<title>``/``<desc>`` and the report prints its numbers in a
table next to it: nothing is told by colour alone.

Text is laid out without a font engine, so widths are estimated from the character classes of
a Helvetica/Arial-metric sans serif (what the stylesheet asks for) and long names wrap onto
more lines instead of being cut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from markupsafe import Markup

from kemitraan.indicators import Chart, chart
from kemitraan.messages import say
from kemitraan.messages import t as _t
from kemitraan.models.assessment import Assessment, Crosswalk, CrosswalkRow, PrincipleInfo, RubricAssessment
from kemitraan.render.templating import number

# Advance widths in em of a Helvetica-metric sans serif, by character class.
_NARROW = set("fijlrtI.,:;!'|()[] ")
_WIDE = set("mwMW@%")
_CAPS = set("ABCDEFGHKNOPQRSUVXYZ0123456789")


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The estimated width in px of ``text`` at ``size`` px."""
    em = 0.0
    for ch in text:
        if ch in _NARROW:
            em += 0.3
        elif ch in _WIDE:
            em += 0.85
        elif ch in _CAPS:
            em += 0.66
        else:
            em += 0.54
    return em * size * (1.07 if bold else 1.0)


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Words of ``text`` in lines no wider than ``width`` (a word longer than that gets its own line)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and text_width(candidate, size, bold) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line or not lines:
        lines.append(line)
    return lines


def _n(x: float) -> str:
    """A coordinate, written the same way on every machine."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


class _Svg:
    """A small SVG writer: shapes and text go in a list, escaped as they are added."""

    def __init__(self, ident: str, title: str, desc: str) -> None:
        self.ident = ident
        self.parts: list[str] = [
            f'<title id="{ident}-title">{escape(title)}</title>',
            f'<desc id="{ident}-desc">{escape(desc)}</desc>',
        ]

    def rect(self, x: float, y: float, w: float, h: float, cls: str, rx: float = 0) -> None:
        r = f' rx="{_n(rx)}"' if rx else ""
        self.parts.append(
            f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}"{r} class="{cls}"/>'
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, cls: str) -> None:
        self.parts.append(f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" class="{cls}"/>')

    def circle(self, x: float, y: float, r: float, cls: str) -> None:
        self.parts.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" class="{cls}"/>')

    def path(self, d: str, cls: str) -> None:
        self.parts.append(f'<path d="{d}" class="{cls}"/>')

    def text(
        self,
        x: float,
        y: float,
        lines: str | Sequence[str],
        cls: str,
        anchor: str = "start",
        leading: float = 0,
    ) -> None:
        """One line of text, or several (``leading`` px apart) starting at baseline ``y``."""
        if isinstance(lines, str):
            lines = [lines]
        a = "" if anchor == "start" else f' text-anchor="{anchor}"'
        if len(lines) == 1:
            self.parts.append(f'<text x="{_n(x)}" y="{_n(y)}" class="{cls}"{a}>{escape(lines[0])}</text>')
            return
        spans = "".join(
            f'<tspan x="{_n(x)}" y="{_n(y + i * leading)}">{escape(s)}</tspan>' for i, s in enumerate(lines)
        )
        self.parts.append(f'<text class="{cls}"{a}>{spans}</text>')

    def markup(self, width: float, height: float, cls: str) -> Markup:
        head = (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_n(width)} {_n(height)}" '
            f'width="{_n(width)}" height="{_n(height)}" class="chart {cls}" role="img" '
            f'aria-labelledby="{self.ident}-title {self.ident}-desc">'
        )
        return Markup(head + "".join(self.parts) + "</svg>")


Translate = Callable[..., str]


def _translator(lang: str) -> Translate:
    return lambda key, **params: _t(key, lang, **params)


# --- the participation matrix ------------------------------------------------------------------

_ON_DARK = {"active", "lead"}


def participation_matrix(a: Assessment, lang: str, ident: str = "fig-matrix") -> Markup:
    """Programs x phases x partners: one coloured cell per partner and phase, joint phases outlined.

    ``<svg ... class="chart matrix"><title>Participation matrix ...</title>...<rect class="cell lv-lead"/>``
    """
    tr = _translator(lang)
    phases = ("planning", "implementation", "evaluation")
    width = 680.0
    name_size, cell_size = 12.5, 12.5
    names = {p.id: p.name for p in a.partners}
    longest = max((text_width(n, name_size) for n in names.values()), default=100)
    label_w = min(max(longest + 18, 130), 230)
    col_w = (width - label_w) / len(phases)

    described = []
    for prog in a.programs:
        for cell in prog.phases:
            levels = ", ".join(
                tr("fmt.partner_level", partner=names[pid], level=tr(f"level.{lv}"))
                for pid, lv in cell.participation.items()
            ) or tr("report.not_recorded")
            joint = tr(_joint_key(cell.joint))
            described.append(f"{prog.name}, {tr(f'phase.{cell.phase}')}: {levels} ({joint})")
    svg = _Svg(ident, tr("chart.matrix.title"), "; ".join(described) + ".")

    y = 0.0
    header_h = 30.0
    for j, phase in enumerate(phases):
        svg.text(label_w + (j + 0.5) * col_w, 19, tr(f"phase.{phase}").capitalize(), "head", "middle")
    svg.line(0, header_h - 2, width, header_h - 2, "rule")
    y = header_h + 6

    for prog in a.programs:
        title_lines = wrap(prog.name, width - 8, 14, bold=True)
        svg.text(2, y + 15, title_lines, "program", leading=18)
        y += 18 * len(title_lines) + 8
        block_top = y
        for partner in a.partners:
            lines = wrap(partner.name, label_w - 14, name_size)
            row_h = max(36.0, 15.0 * len(lines) + 14)
            svg.text(4, y + row_h / 2 - 7.5 * (len(lines) - 1) + 4.5, lines, "partner", leading=15)
            for j, cell in enumerate(prog.phases):
                x = label_w + j * col_w
                level = cell.participation.get(partner.id)
                cls = f"lv-{level}" if level else "lv-none"
                svg.rect(x + 5, y + 3, col_w - 10, row_h - 6, f"cell {cls}", rx=5)
                label = tr(f"level.{level}") if level else tr("report.not_recorded")
                tone = "cell-text on-dark" if level in _ON_DARK else "cell-text"
                label_lines = wrap(label, col_w - 20, cell_size)
                svg.text(
                    x + col_w / 2,
                    y + row_h / 2 - 7 * (len(label_lines) - 1) + 4.5,
                    label_lines,
                    tone,
                    "middle",
                    leading=14,
                )
            y += row_h
        joint_h = 26.0
        for j, cell in enumerate(prog.phases):
            x = label_w + j * col_w
            if cell.joint is True:
                svg.rect(x + 1.5, block_top - 2, col_w - 3, y - block_top + joint_h + 2, "joint-frame", rx=8)
            svg.text(
                x + col_w / 2,
                y + 17,
                tr(_joint_key(cell.joint)),
                "joint-yes" if cell.joint is True else "joint-no",
                "middle",
            )
        svg.text(4, y + 17, tr("report.joint"), "joint-label")
        y += joint_h + 16

    # The legend: one swatch per level, then the joint-phase frame.
    y += 2
    x = 4.0
    swatches = [(f"lv-{lv}", tr(f"level.{lv}")) for lv in (*_LEVELS, "unknown")]
    swatches.append(("lv-none", tr("report.not_recorded")))
    for cls, label in swatches:
        w = 14 + 6 + text_width(label, 11.5) + 16
        if x + w > width:
            x, y = 4.0, y + 20
        svg.rect(x, y, 14, 14, f"swatch {cls}", rx=3)
        svg.text(x + 20, y + 11.5, label, "legend")
        x += w
    label = tr("chart.joint_phase")
    w = 22 + 6 + text_width(label, 11.5)
    if x + w > width:
        x, y = 4.0, y + 20
    svg.rect(x, y - 1, 22, 16, "swatch joint-frame", rx=4)
    svg.text(x + 28, y + 11.5, label, "legend")
    y += 22
    return svg.markup(width, y, "matrix")


_LEVELS = ("absent", "informed", "consulted", "active", "lead")


def _joint_key(joint: bool | None) -> str:
    return "chart.joint" if joint is True else "chart.not_joint" if joint is False else "chart.joint_unknown"


# --- where the partnership stands on a rubric ---------------------------------------------------


def rubric_scale(r: RubricAssessment, lang: str, ident: str) -> Markup:
    """The rubric's verdicts from the simplest to the most solid, with each candidate's support.

    The verdict is the filled, ringed step; when the evidence is insufficient, the verdicts
    still possible are dashed. ``<svg class="chart scale">... <circle class="node chosen"/>``
    """
    tr = _translator(lang)
    width, margin = 300.0, 56.0
    n = len(r.candidates)
    step = (width - 2 * margin) / (n - 1) if n > 1 else 0.0
    xs = [margin + i * step for i in range(n)] if n > 1 else [width / 2]
    # A label is centred under its step: no wider than the gap to the next step or the edge.
    label_w = min(step - 8, 2 * margin - 4) if n > 1 else width - 20

    supports = "; ".join(
        tr("fmt.criterion_value", criterion=say(c.label, lang), value=number(c.support, lang))
        for c in r.candidates
    )
    desc = tr("chart.scale.desc", verdict=say(r.label, lang), supports=supports)
    svg = _Svg(ident, tr("chart.scale.title", rubric=say(r.rubric.title, lang)), desc)

    bar_top, bar_h, bar_w = 22.0, 54.0, 30.0
    base = bar_top + bar_h
    svg.line(margin - 36, base, width - margin + 36, base, "axis")
    for x, c in zip(xs, r.candidates, strict=True):
        chosen = c.verdict == r.verdict
        h = max(c.support * bar_h, 1.5)
        svg.rect(x - bar_w / 2, base - h, bar_w, h, "bar chosen" if chosen else "bar", rx=2)
        svg.text(x, base - h - 6, number(c.support, lang), "value chosen" if chosen else "value", "middle")

    track = base + 26
    if n > 1:
        svg.line(xs[0] - 28, track, xs[-1] + 22, track, "track")
        svg.path(f"M{_n(xs[-1] + 30)} {_n(track)} l-10 -5 v10 z", "track-head")
    possible = set(r.possible) if r.verdict == "insufficient-evidence" else set()
    lines_max = 1
    for x, c in zip(xs, r.candidates, strict=True):
        chosen = c.verdict == r.verdict
        if chosen:
            svg.circle(x, track, 11, "node chosen")
            svg.path(f"M{_n(x - 5)} {_n(track)} l3.5 4 l6.5 -8", "tick")
        elif c.verdict in possible:
            svg.circle(x, track, 9, "node possible")
        else:
            svg.circle(x, track, 6.5, "node")
        lines = wrap(say(c.label, lang), label_w, 12, bold=chosen)
        lines_max = max(lines_max, len(lines))
        svg.text(x, track + 30, lines, "step chosen" if chosen else "step", "middle", leading=14.5)
    y = track + 30 + 14.5 * (lines_max - 1) + 8
    if possible:
        svg.text(width / 2, y + 12, tr("chart.possible_note"), "note", "middle")
        y += 18
    svg.text(2, 12, tr("report.support"), "axis-label")
    return svg.markup(width, y, "scale")


# --- principle scores against the bands ---------------------------------------------------------


def principle_bands(r: RubricAssessment) -> list[tuple[float, float, str]]:
    """(from, to, verdict) bands of the principle mean on the 0-5 axis, from the rubric's thresholds.

    A rubric whose verdicts are bands of the mean (``principle_mean`` criteria with
    ``at_least``, one fewer threshold than verdicts, verdicts listed from low to high) gets
    one band per verdict; any other rubric gets none.
    """
    thresholds = sorted(
        {
            float(c.params["at_least"])
            for c in r.criteria
            if chart(c.indicator) is Chart.MEAN and isinstance(c.params.get("at_least"), int | float)
        }
    )
    if not thresholds or len(thresholds) != len(r.candidates) - 1:
        return []
    edges = [0.0, *thresholds, 5.0]
    return [(edges[i], edges[i + 1], c.verdict) for i, c in enumerate(r.candidates)]


def principle_mean(r: RubricAssessment) -> float | None:
    """The mean score the rubric read, when it read one."""
    return next(
        (
            float(c.value)
            for c in r.criteria
            if chart(c.indicator) is Chart.MEAN and isinstance(c.value, int | float)
        ),
        None,
    )


def principle_met(r: RubricAssessment | None, principle: str) -> bool | None:
    """Whether the rubric's own criterion for one principle (``principle_score``) is met."""
    if r is None:
        return None
    return next(
        (
            c.met
            for c in r.criteria
            if chart(c.indicator) is Chart.SCORE and c.params.get("principle") == principle
        ),
        None,
    )


def principle_chart(
    principles: Sequence[PrincipleInfo], r: RubricAssessment | None, lang: str, ident: str
) -> Markup:
    """One bar per principle on the 0-5 scale, over the bands of rubric ``r``, with the mean marked.

    ``<svg class="chart principles"> <rect class="band band-1"/> ... <rect class="bar met"/>``
    """
    tr = _translator(lang)
    bands = principle_bands(r) if r is not None else []
    mean = principle_mean(r) if r is not None else None
    labels = {c.verdict: say(c.label, lang) for c in r.candidates} if r is not None else {}
    width, label_w = 680.0, 210.0
    x0, x1 = label_w + 10, width - 40
    lo, hi = 0.0, 5.0

    def sx(v: float) -> float:
        return x0 + (v - lo) / (hi - lo) * (x1 - x0)

    scores = "; ".join(
        tr(
            "fmt.criterion_value",
            criterion=say(p.label, lang),
            value=str(p.score) if p.score is not None else tr("chart.not_scored"),
        )
        for p in principles
    )
    ranges = "; ".join(f"{labels[v]} {number(a, lang, 1)}–{number(b, lang, 1)}" for a, b, v in bands)
    desc = tr(
        "chart.principles.desc",
        scores=scores,
        bands=ranges or "–",
        mean=number(mean, lang) if mean is not None else "–",
    )
    title = say(r.rubric.title, lang) if r is not None else tr("report.principles")
    svg = _Svg(ident, tr("chart.principles.title", rubric=title), desc)

    top = 8.0
    band_label_h = 34.0 if bands else 0.0
    rows: list[tuple[PrincipleInfo, list[str], float]] = []
    for p in principles:
        lines = wrap(say(p.label, lang), label_w - 8, 12.5)
        rows.append((p, lines, max(26.0, 14.0 * len(lines) + 10)))
    plot_top = top + band_label_h
    plot_h = sum(h for _, _, h in rows) + 6
    for i, (a, b, v) in enumerate(bands):
        current = r is not None and v == r.verdict
        svg.rect(
            sx(a), plot_top, sx(b) - sx(a), plot_h, f"band band-{i + 1}" + (" current" if current else "")
        )
        lines = wrap(labels[v], sx(b) - sx(a) - 6, 11.5, bold=current)
        svg.text(
            (sx(a) + sx(b)) / 2,
            top + 12 if len(lines) > 1 else top + 20,
            lines,
            "band-label current" if current else "band-label",
            "middle",
            leading=13,
        )
    y = plot_top + 3
    for p, lines, h in rows:
        svg.text(label_w, y + h / 2 - 7 * (len(lines) - 1) + 4.5, lines, "principle", "end", leading=14)
        if p.score is not None:
            met = principle_met(r, p.id)
            svg.rect(x0, y + h / 2 - 7, sx(p.score) - x0, 14, "bar met" if met else "bar", rx=2)
            svg.text(sx(p.score) + 6, y + h / 2 + 4.5, str(p.score), "value")
        else:
            svg.text(x0 + 6, y + h / 2 + 4.5, tr("chart.not_scored"), "missing")
        y += h
    bottom = plot_top + plot_h
    svg.line(x0, bottom, x1, bottom, "axis")
    for tick in range(int(lo), int(hi) + 1):
        svg.line(sx(tick), bottom, sx(tick), bottom + 5, "axis")
        svg.text(sx(tick), bottom + 18, str(tick), "tick-label", "middle")
    if mean is not None:
        svg.line(sx(mean), plot_top - 4, sx(mean), bottom + 3, "mean")
        svg.text(sx(mean), bottom + 36, tr("chart.mean", mean=number(mean, lang)), "mean-label", "middle")
    return svg.markup(width, bottom + 44, "principles")


# --- the typologies side by side -----------------------------------------------------------------


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def crosswalk_chart(cw: Crosswalk, lang: str, ident: str = "fig-crosswalk") -> Markup:
    """Every typology that ran as a row: the ladders on kemitraan's common scale (0-4), with dashed
    guides at its steps, and below them the typologies beside the scale, their verdicts spread
    evenly. The verdict is the filled, ringed node; verdicts still possible are dashed.

    ``<svg class="chart crosswalk"> ... <circle class="node chosen"/> ... <line class="guide"/>``
    """
    tr = _translator(lang)
    width, label_w = 680.0, 176.0
    x0, x1 = label_w + 34, width - 60  # room for the last step's label, centred on it
    leading, size = 12.5, 10.5

    def sx(position: float) -> float:
        return x0 + position / 4 * (x1 - x0)

    described = [
        f"{_first_upper(say(r.name, lang))}: {say(r.label, lang)} ({say(r.where, lang)})" for r in cw.rows
    ]
    svg = _Svg(ident, tr("crosswalk.title"), "; ".join(described) + ".")

    # the common scale's steps across the top
    head_lines = [wrap(say(s, lang), (x1 - x0) / 4 - 6, size) for s in cw.scale]
    head_h = 14 + leading * max(len(x) for x in head_lines)
    for i, lines in enumerate(head_lines):
        svg.text(sx(i), 12, lines, "step-head", "middle", leading=leading)
    ladders = [r for r in cw.rows if r.on_scale]
    beside = [r for r in cw.rows if not r.on_scale]
    y = head_h + 6

    def row(r: CrosswalkRow, xs: list[float], top: float) -> float:
        name_lines = wrap(_first_upper(say(r.name, lang)), label_w - 6, 12, bold=True)
        cite = wrap(r.citation or "", label_w - 6, size) if r.citation else []
        if r.opt_in:
            cite.append(tr("crosswalk.opt_in"))
        # a label goes below its node, or above when the node before it is close
        placed: list[tuple[float, list[str], bool]] = []
        for k, (x, step) in enumerate(zip(xs, r.steps, strict=True)):
            gap_before = x - xs[k - 1] if k else 1e9
            gap_after = xs[k + 1] - x if k + 1 < len(xs) else 1e9
            above = bool(placed) and not placed[-1][2] and gap_before < 84
            room = min(gap_before, gap_after) * (2 if above or (placed and placed[-1][2]) else 1) - 8
            bold = step.state == "verdict"
            placed.append((x, wrap(say(step.label, lang), max(min(room, 118), 52), size, bold=bold), above))
        up = max((len(lines) for _, lines, above in placed if above), default=0)
        down = max((len(lines) for _, lines, above in placed if not above), default=1)
        track = top + 8 + up * leading + (6 if up else 0) + 10
        left_h = 15 * len(name_lines) + leading * len(cite)
        bottom = max(track + 16 + down * leading, top + left_h + 4)
        svg.text(2, top + 14, name_lines, "typology", leading=15)
        if cite:
            svg.text(2, top + 14 + 15 * len(name_lines), cite, "typology-cite", leading=leading)
        if len(xs) > 1:
            svg.line(xs[0], track, xs[-1], track, "track")
        for (x, lines, above), step in zip(placed, r.steps, strict=True):
            if step.state == "verdict":
                svg.circle(x, track, 9, "node chosen")
                svg.path(f"M{_n(x - 4.5)} {_n(track)} l3 3.5 l6 -7", "tick")
            elif step.state == "possible":
                svg.circle(x, track, 7.5, "node possible")
            else:
                svg.circle(x, track, 5.5, "node")
            cls = "step chosen" if step.state == "verdict" else "step"
            if above:
                svg.text(x, track - 14 - leading * (len(lines) - 1), lines, cls, "middle", leading=leading)
            else:
                svg.text(x, track + 24, lines, cls, "middle", leading=leading)
        return bottom + 10

    if ladders:
        guides_top = y - 4
        for r in ladders:
            xs = [sx(s.position or 0.0) for s in r.steps]
            y = row(r, xs, y)
        # the guides go first (after the title and description), under the rows
        svg.parts[2:2] = [
            f'<line x1="{_n(sx(i))}" y1="{_n(guides_top)}" x2="{_n(sx(i))}" y2="{_n(y - 6)}" class="guide"/>'
            for i in range(len(cw.scale))
        ]
    if beside:
        svg.line(0, y, width, y, "rule")
        svg.text(2, y + 16, tr("crosswalk.beside_scale"), "axis-label")
        y += 24
        for r in beside:
            n = len(r.steps)
            xs = [x0 + (x1 - x0) * (k + 0.5) / n for k in range(n)]
            y = row(r, xs, y)
    return svg.markup(width, y, "crosswalk")
