"""Every sentence the tool writes, in English (the source), and the one formatter for all languages.

:data:`SOURCE` maps each stable key to its English text (a pair for a plural: singular and
plural, counted by the value ``n``). The other languages are gettext catalogues a translator
edits without Python (``src/kemitraan/locale/<lang>/LC_MESSAGES/kemitraan.po``; see
:mod:`kemitraan.i18n` and ``tools/catalogue.py``): ``msgctxt`` is the key, ``msgid`` this
English text. A key a catalogue lacks is written in English.

Placeholders are ``{name}`` and are filled by plain substitution (never ``str.format``), so a
partner called ``{0.__class__}`` is just text. ``tests/test_catalogue.py`` fails when a key is
used but not here, here but used nowhere, untranslated or obsolete in a catalogue, or when
two languages use different placeholders.

Only renderers, the command line and the JSON dump call :func:`fmt` (and :func:`t`,
:func:`err`, :func:`say`): the engine, the models and the indicators hand over a
:class:`~kemitraan.msg.Msg`, a key with typed values.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

from kemitraan import i18n
from kemitraan.models.record import record
from kemitraan.msg import Msg

SOURCE: dict[str, str | tuple[str, str]] = {
    # participation levels, phases, answers
    "level.absent": "absent",
    "level.informed": "informed",
    "level.consulted": "consulted",
    "level.active": "active",
    "level.lead": "lead",
    "level.unknown": "unknown",
    "level.absent.help": "took no part",
    "level.informed.help": "only told of the outcome",
    "level.consulted.help": "asked for views, not part of deciding",
    "level.active.help": "shared in deciding and doing the work",
    "level.lead.help": "led the phase and answered for it",
    "level.unknown.help": "not known",
    "phase.planning": "planning",
    "phase.implementation": "implementation",
    "phase.evaluation": "evaluation",
    "value.yes": "yes",
    "value.partly": "partly",
    "value.no": "no",
    "value.unknown": "unknown",
    "value.joint": "joint",
    "value.separate": "separate",
    "value.written": "written",
    "value.verbal": "verbal",
    "value.none": "none",
    "value.balanced": "balanced",
    "value.unbalanced": "unbalanced",
    "word.none": "none",
    "word.unknown": "unknown",
    "truth.yes": "yes",
    "truth.no": "no",
    "truth.unknown": "unknown",
    "principle.equity": "Equity",
    "principle.transparency": "Transparency",
    "principle.mutual_benefit": "Mutual benefit",
    "principle.shared_vision_mission": "Shared vision and mission",
    "principle.trust": "Trust",
    "principle.efficiency": "Efficiency and effectiveness",
    "principle.dialogic_communication": "Dialogic communication",
    "principle.commitment": "Strong commitment",
    "constraint.budget": "Budget",
    "constraint.staff": "Staff",
    "constraint.coordination": "Coordination",
    "constraint.communication": "Communication",
    "constraint.geography": "Geography",
    "constraint.other": "Other",
    "per.year": "per year",
    "per.month": "per month",
    "per.week": "per week",
    "per.day": "per day",
    "per.program": "per program",
    "per.once": "once",
    "kind.service-unit": "service unit",
    "kind.village-government": "village government",
    "kind.district-government": "district government",
    "kind.regency-government": "regency government",
    "kind.provincial-government": "provincial government",
    "kind.central-government": "central government",
    "kind.ngo": "NGO",
    "kind.community": "community group",
    "kind.private": "private sector",
    "kind.school": "school",
    "kind.university": "university",
    "kind.health": "health service",
    "kind.religious": "religious institution",
    "kind.media": "media",
    "kind.other": "other",
    "verdict.insufficient": "Insufficient evidence",
    "verdict.insufficient.description": "The facts needed to decide the model are not recorded or not known.",
    # small formats
    "fmt.partner_level": "{partner}: {level}",
    "fmt.program_phase": "{program} ({phase})",
    "fmt.field_value": "{field}: {value}",
    "fmt.partner_items": "{partner}: {items}",
    "fmt.flow": "{from} → {to}: {what}",
    "fmt.at_least": "at least {value}",
    "fmt.at_most": "at most {value}",
    "fmt.more_than": "more than {value}",
    "fmt.range": "anywhere from {low} to {high}",
    "fmt.criterion_value": "{criterion}: {value}",
    "fmt.amount": "{money} {per}",
    # indicator details
    "ind.phase_joint.missing": "No participation is recorded for {phase}.",
    "ind.phase_joint.detail": (
        "In {phase}: {levels}. {engaged} partner known to be {min_level} or above; the phase is joint when {who} {min_level} or above.",
        "In {phase}: {levels}. {engaged} partners known to be {min_level} or above; the phase is joint when {who} {min_level} or above.",
    ),
    "ind.phase_joint.detail_stated": (
        "In {phase}: {levels}. {stated} {engaged} partner known to be {min_level} or above; the phase is joint when {who} {min_level} or above.",
        "In {phase}: {levels}. {stated} {engaged} partners known to be {min_level} or above; the phase is joint when {who} {min_level} or above.",
    ),
    "ind.phase_joint.stated_only": (
        "In {phase}: no partner's level is recorded. {stated} (The phase is joint when {who} {min_level} or above.)"
    ),
    "ind.levels_not_given": "no partner's level is recorded",
    "ind.stated_joint.yes": "The study states this phase was done jointly.",
    "ind.stated_joint.no": "The study states this phase was not done jointly.",
    "ind.who.all": "every partner taking part in the program (at least two) is",
    "ind.who.count": "at least {count} partners are",
    "ind.joint_phase_share.none": "No program phase is recorded.",
    "ind.joint_phase_share.detail": (
        "{joint} of {total} program phase is joint ({share}); {unknown} unknown.",
        "{joint} of {total} program phases are joint ({share}); {unknown} unknown.",
    ),
    "ind.phases_recorded.no_programs": "No program is recorded.",
    "ind.phases_recorded.missing": (
        "{recorded} of {total} phase recorded; not recorded: {missing}.",
        "{recorded} of {total} phases recorded; not recorded: {missing}.",
    ),
    "ind.phases_recorded.ok": (
        "Participation is recorded for the {total} program phase.",
        "Participation is recorded for all {total} program phases.",
    ),
    "ind.dominance.none": (
        "No program is recorded, and the study states nothing about the partnership's balance."
    ),
    "ind.dominance.detail": (
        "Of the {total} program phase (an unrecorded one counts as unknown), those one partner alone carries at {min_level} or above while the others present are at most consulted: {each}. One party dominates when the same partner does so in {threshold} of the phases. {stated}",
        "Of the {total} program phases (an unrecorded one counts as unknown), those one partner alone carries at {min_level} or above while the others present are at most consulted: {each}. One party dominates when the same partner does so in {threshold} of the phases. {stated}",
    ),
    "ind.dominance.count": "{count} ({share})",
    "ind.dominance.count_range": "{low} to {high} ({low_share} to {high_share})",
    "ind.balance.unknown": "The study does not state whether the partnership is balanced.",
    "ind.balance.balanced": "The study states the partnership is balanced.",
    "ind.balance.unbalanced": "The study states the partnership is not balanced.",
    "ind.balance.dominant": "The study states that {partner} dominates the partnership.",
    "ind.choice.detail": "{field}: {value}.",
    "ind.any_present.found": "Recorded: {found}.",
    "ind.any_present.none": "Not recorded: {fields}.",
    "ind.network_link.found": "Recorded: {found}.",
    "ind.network_link.none": (
        "No shared service, target or other characteristic is recorded (shared.service, shared.target, shared.characteristic)."
    ),
    "ind.network_link.stated_yes": (
        "The study states the partners are linked by a shared service, target or characteristic, without naming it."
    ),
    "ind.network_link.stated_no": (
        "The study states that no shared service, target or characteristic links the partners."
    ),
    "ind.understands.detail": (
        "Understanding of the partnership's purpose: {levels}. Not (fully) understanding: {lacking}; unknown: {unknown}."
    ),
    "ind.benefits.detail": "Benefits gained: {items}. No benefit: {empty}; unknown: {unknown}.",
    "ind.contributes.detail": "Contributions: {items}. Contributing nothing: {empty}; unknown: {unknown}.",
    "ind.capacity.unknown": "Not recorded whether the partners build each other's capacity.",
    "ind.capacity.detail": "Capacity building: {flows}. Partners not both giving and receiving: {lacking}.",
    "ind.principle_score.missing": "{principle} is not scored.",
    "ind.principle_score.detail": "{principle}: score {score} (criterion: {bound}).",
    "ind.principle_mean.too_few": (
        "Only {scored} principle scored; at least {min_scored} needed.",
        "Only {scored} principles scored; at least {min_scored} needed.",
    ),
    "ind.principle_mean.detail": (
        "Mean {mean} over {scored} of {total} principle (threshold: {at_least}); lowest ({low}): {lowest}.",
        "Mean {mean} over {scored} of {total} principles (threshold: {at_least}); lowest ({low}): {lowest}.",
    ),
    "ind.principle_mean.partial": (
        "Mean {mean} over {scored} of {total} principle; with the unscored ones ({unscored}), the mean of all of them could be {range} (threshold: {at_least}); lowest ({low}): {lowest}.",
        "Mean {mean} over {scored} of {total} principles; with the unscored ones ({unscored}), the mean of all of them could be {range} (threshold: {at_least}); lowest ({low}): {lowest}.",
    ),
    # engine
    "engine.no_programs": "No program is recorded.",
    "engine.programs_met": (
        "Met in {met} of {total} program; not in: {failing}.",
        "Met in {met} of {total} programs; not in: {failing}.",
    ),
    "engine.gather": "Gather evidence on: {criterion}.",
    "engine.change": "Meet the criterion: {criterion}.",
    "reason.ruled_out": "{verdict}: not met ({because}).",
    "reason.otherwise": "Therefore: {verdict}.",
    "reason.holds": "{verdict}, because: {because}.",
    "reason.insufficient": "The facts still allow {possible}; not known: {missing}.",
    "reason.all_paths": "{verdict}: whatever the unknown facts turn out to be, the result is the same.",
    # support in words
    "support.shown": (
        "{met} of {total} sign shown, {known} known; weight {weight_shown} of {weight_total}",
        "{met} of {total} signs shown, {known} known; weight {weight_shown} of {weight_total}",
    ),
    "support.tied": "{verdict} and {others} have the same support ({support}).",
    "support.lower": "{verdict} has less support ({support}) than {other} ({other_support}).",
    "support.rests_on_rule": (
        "The verdict {verdict} rests on the decision rule, not on the support: a defining sign (see the reason) decides it."
    ),
    "found.signs": "What the facts show: {signs}.",
    "found.programs": (
        "yes in {met} of {total} program",
        "yes in {met} of {total} programs",
    ),
    # the study's own conclusion beside kemitraan's verdict
    "study.verdict": "{verdict} (“{words}”)",
    "study.agree": "The study concluded {study}; from the recorded facts kemitraan finds {found}: agree.",
    "study.differ": "The study concluded {study}; from the recorded facts kemitraan finds {found}: differ.",
    "study.undecided": (
        "The study concluded {study}; from the recorded facts kemitraan cannot decide (still possible: {possible}): undecided."
    ),
    "study.not_assessed": (
        "The study concluded {study} by {rubric}; kemitraan has no such rubric: not assessed."
    ),
    "study.not_a_verdict": (
        "The study concluded {study}; kemitraan's rubric {rubric} has no such verdict (its verdicts: {verdicts}): not assessed."
    ),
    "study.why.no_rubric": "Add a rubric {rubric} (--rubric) to compare it.",
    "study.why.other_typology": "The study uses another typology than the one rubric {rubric} holds.",
    "study.why.still": "The study's conclusion ({study}) is still possible from the facts.",
    "study.why.not_still": "The study's conclusion ({study}) is no longer possible from the facts.",
    # reports
    "report.title": "Partnership assessment report",
    "report.summary": "Summary",
    "report.rubric": "Model",
    "report.verdict": "Verdict",
    "report.support": "Support",
    "report.margin": "Margin",
    "report.place": "Place",
    "report.period": "Period",
    "report.source": "Source",
    "report.method": "Method",
    "report.assessor": "Assessed by",
    "report.assessed_on": "Assessed on",
    "fmt.date": "{day} {month} {year}",
    # how the language writes numbers, money and dates (CLDR's words; tools/catalogue.py fills
    # them into a new catalogue, and tests/test_catalogue.py checks them against Babel)
    "locale.decimal": ".",
    "locale.group": ",",
    "locale.currency.IDR": "IDR",
    "locale.month.1": "January",
    "locale.month.2": "February",
    "locale.month.3": "March",
    "locale.month.4": "April",
    "locale.month.5": "May",
    "locale.month.6": "June",
    "locale.month.7": "July",
    "locale.month.8": "August",
    "locale.month.9": "September",
    "locale.month.10": "October",
    "locale.month.11": "November",
    "locale.month.12": "December",
    "report.partners": "Partners",
    "report.why": "Why",
    "report.criteria": "Criteria",
    "report.criterion": "Criterion",
    "report.met": "Met",
    "report.detail": "Detail",
    "report.evidence": "Evidence",
    "report.no_evidence": "No evidence quotes.",
    "report.candidates": "Support for each candidate verdict",
    "report.operationalisation": "operationalisation by kemitraan",
    "report.operationalisations": "Rules that are an operationalisation by kemitraan",
    "report.follows": "following {sources}",
    "report.study": "The study's conclusion and kemitraan's finding",
    "report.study.quote": "The study's conclusion",
    "report.study.why": "Why",
    "report.study.outcome.agree": "agree",
    "report.study.outcome.differ": "differ",
    "report.study.outcome.undecided": "undecided",
    "report.study.outcome.not-assessed": "not assessed",
    "report.stated": "stated by the study",
    "report.principle": "Principle",
    "report.per_program": "Per-program results",
    "report.per_program.rule": (
        "The overall verdict counts a program criterion as met only when it is met in every program."
    ),
    "report.program": "Program",
    "report.phase": "Phase",
    "report.joint": "Joint?",
    "report.participation": "Participation matrix",
    "report.participation.note": (
        "A phase is joint when every partner taking part in the program is active or leads. A program partner not listed in a phase is unknown there (not absent). Where the study only states whether a phase was joint, that statement is used."
    ),
    "report.not_in_program": "not in this program",
    "report.not_recorded": "not recorded",
    "report.principles": "Principles of partnership",
    "report.score": "Score",
    "report.constraints": "Constraints and solutions",
    "report.constraint": "Constraint",
    "report.no_constraints": "No constraints recorded.",
    "report.solutions": "Solutions",
    "report.no_solutions": "no solution recorded",
    "report.amount": "Amount",
    "report.recommendations": "Recommendations",
    "report.toward": "toward {verdict}",
    "report.top": "Already at this model's highest class.",
    "report.no_recommendations": "No recommendations.",
    "report.kind.change": "change",
    "report.kind.gather": "gather evidence",
    "report.missing": "What is missing",
    "report.theory": "Theory cited",
    "report.reproduce": "How to reproduce",
    "report.reproduce.text": (
        "This report was produced by {tool} {version} from {file} (sha256 {sha}). The same input and rubrics give a byte-identical report."
    ),
    "report.rubric_version": "version",
    "report.generated_at": "Generated at",
    "report.yes": "yes",
    "report.no": "no",
    "report.unknown": "?",
    "report.possible": "Still possible",
    # many files at once (kemitraan assess FOLDER)
    "summary.var.file": "Partnership file",
    "summary.var.id": "Partnership id",
    "summary.var.title": "Title of the partnership",
    "summary.var.language": "Language of the file",
    "summary.var.period_from": "First year",
    "summary.var.period_to": "Last year",
    "summary.var.village": "Village",
    "summary.var.district": "District",
    "summary.var.regency": "Regency or city",
    "summary.var.province": "Province",
    "summary.var.country": "Country",
    "summary.var.code": "Area code",
    "summary.var.partners": "Number of partners",
    "summary.var.programs": "Number of programs",
    "summary.var.verdict": "{rubric}: verdict",
    "summary.var.support": "{rubric}: support of the verdict (0-1)",
    "summary.var.margin": "{rubric}: margin of support over the next candidate",
    "summary.var.candidate": "{rubric}: support of {verdict} (0-1)",
    "summary.var.mean": "Mean of the principle scores given",
    "summary.var.scored": "Number of principles scored",
    "summary.var.principle": "Principle score: {principle} (1-5)",
    "summary.var.error": "Why the file could not be assessed (empty when it was)",
    "summary.dict.variable": "variable",
    "summary.dict.label": "label",
    "summary.dict.type": "type",
    "summary.dict.values": "values",
    "summary.dict.column": "source column",
    "summary.type.text": "text",
    "summary.type.integer": "integer",
    "summary.type.number": "number",
    "summary.type.code": "code (value labels)",
    "summary.file_label": "Summary of partnership assessments",
    "batch.title": "Assessment summary",
    "batch.assessed": (
        "{assessed} of {total} file assessed",
        "{assessed} of {total} files assessed",
    ),
    "batch.failed": (
        "{failed} file could not be assessed (its error is above)",
        "{failed} files could not be assessed (their errors are above)",
    ),
    "batch.failed_files": "Files that failed",
    "batch.more": "and {count} more",
    "batch.files": "Files",
    "batch.share": "Share",
    "batch.none": "No partnership files were found.",
    # kemitraan compare A B
    "compare.title": "Comparison",
    "compare.heading": "Comparison of {before} with {after}",
    "compare.heading.same": "Comparison of {before} and {after} — {title}",
    "compare.warnings": "The two files may not be the same partnership",
    "compare.warn.id": "The two files have different ids: {before} and {after}.",
    "compare.warn.partners": (
        "The partners differ: only in the first file: {before}; only in the second: {after}."
    ),
    "compare.warning": "kemitraan: warning: {warning}",
    "compare.verdict.changed": "{rubric}: {before} became {after}.",
    "compare.verdict.same": "{rubric}: still {after}.",
    "compare.joint": "Joint phases in {before}: {phases_before}; in {after}: {phases_after}.",
    "compare.joint.program": (
        "{program}: joint phases in {before}: {phases_before}; in {after}: {phases_after}."
    ),
    "compare.program.added": "{program}: a new program in {after}.",
    "compare.program.removed": "{program}: no longer run in {after}.",
    "compare.mean": "Mean principle score: {mean_before} in {before}, {mean_after} in {after}.",
    "compare.verdicts": "Verdicts",
    "compare.criteria": "Criteria that changed",
    "compare.no_criteria": "No criterion changed.",
    "compare.participation": "Participation by phase",
    "compare.principles": "Principle scores",
    "compare.change": "Change",
    "compare.changed": "changed",
    "compare.same": "same",
    "compare.mean_row": "Mean",
    "compare.principle": "Principle",
    "compare.status.added": "new",
    "compare.status.removed": "no longer run",
    # kemitraan compare FOLDER --by regency
    "groups.title": "Verdicts by {by}",
    "groups.by.village": "village",
    "groups.by.district": "district",
    "groups.by.regency": "regency",
    "groups.by.province": "province",
    "groups.by.country": "country",
    "groups.by.language": "language",
    "groups.by.from": "start year",
    "groups.by.to": "end year",
    "groups.by.folder": "folder",
    "groups.none": "(not recorded)",
    "groups.total": "Total",
    "groups.failed": (
        "{failed} file could not be assessed and is not counted.",
        "{failed} files could not be assessed and are not counted.",
    ),
    # fieldwork: many informants (kemitraan.fieldwork.aggregate)
    "fw.item.understanding": "{partner}: understands the purpose",
    "fw.item.benefits": "{partner}: gains a benefit",
    "fw.item.participation": "{program} · {phase} · {partner}",
    "fw.item.agreement": "Form of the agreement",
    "fw.count": "{value} ×{count}",
    "fw.shown": "{tally} (n = {n}); median {median}; range {spread}",
    "fw.block.principles": "Principle scores",
    "fw.block.participation": "Participation levels",
    "fw.alpha.too_few": (
        "Not enough: only {units} question answered by at least two informants (2 needed).",
        "Not enough: only {units} questions answered by at least two informants (2 needed).",
    ),
    "fw.alpha.undefined": (
        "Cannot be computed: every answer to the {units} question is the same.",
        "Cannot be computed: every answer to the {units} questions is the same.",
    ),
    "fw.alpha.reliable": "α = {alpha}: the informants agree (0.800 or more).",
    "fw.alpha.tentative": (
        "α = {alpha}: moderate agreement (0.667 to below 0.800); conclusions are tentative."
    ),
    "fw.alpha.low": "α = {alpha}: the informants do not agree (below 0.667); read the medians with care.",
    "fw.aggregate.median": "median",
    "fw.aggregate.min": "minimum",
    "fw.verdict.same": "Aggregating by {aggregate} gives the same verdict ({verdict}).",
    "fw.verdict.changes": "Aggregating by {aggregate} would change the verdict to {verdict}.",
    "fw.verdict.hinges_one": (
        "This verdict hinges on one informant: without the answers of {informants} it changes."
    ),
    "fw.verdict.hinges_each": (
        "This verdict hinges on one informant: without the answers of any one of {informants} it changes."
    ),
    "fw.verdict.robust": "No single informant's answers decide this verdict.",
    "fw.report.title": "Agreement between informants",
    "fw.report.intro": (
        "{informants} informant. A value written in the file is always used; informants' answers fill what is not written, aggregated by {aggregate}. Disagreement: answers two or more steps of the scale apart (yes/no: both given).",
        "{informants} informants. A value written in the file is always used; informants' answers fill what is not written, aggregated by {aggregate}. Disagreement: answers two or more steps of the scale apart (yes/no: both given).",
    ),
    "fw.report.question": "Question",
    "fw.report.answers": "Answers",
    "fw.report.used": "Used",
    "fw.report.flags": "Notes",
    "fw.report.disagreement": "informants disagree",
    "fw.report.gap": "own informants: {own}; others: {others}",
    "fw.report.written": "written",
    "fw.report.from_informants": "from informants",
    "fw.report.alpha": "Krippendorff's alpha (ordinal)",
    "fw.report.verdicts": "How robust the verdicts are",
    "fw.report.informant_list": "Informants",
    "fw.report.hinges": "hinges on one informant",
    "fw.report.alpha_counts": "{units}, {pairable}, {informants}",
    "count.informants": ("{n} informant", "{n} informants"),
    # the questionnaire (kemitraan.fieldwork.xlsform)
    "form.title": "Partnership questionnaire: {title}",
    "form.group.respondent": "About you",
    "form.informant": "Respondent code (if the researcher gave you one)",
    "form.informant.hint": "Leave empty if none; the answers are still known by their submission id.",
    "form.organisation": "Your organisation",
    "form.organisation_other": "Your organisation's name",
    "form.role": "Your position or role",
    "form.group.phase": "{program}: {phase}",
    "form.phase.note": "How did each organisation take part in the {phase} of the following program?",
    "form.group.principles": "Principles of partnership (score 1-5)",
    "form.comment": "Comment (optional): {principle}",
    "form.group.own_org": "Your organisation in the partnership",
    "form.understands": "Does your organisation understand what the partnership is for?",
    "form.gains": "Does your organisation gain from the partnership?",
    "form.benefits": "What does it gain?",
    "form.capacity_from": "Which partners built your organisation's abilities?",
    "form.capacity_what": "Which abilities?",
    "form.capacity_from.constraint": "Choose other partners (not your own organisation), or 'None' alone.",
    "form.phase.note.levels": "Choose 'Don't know' when you do not know.",
    "form.agreement": "In what form was the partnership agreed?",
    "form.choice.other_org": "Another organisation",
    "form.choice.no_partner": "None",
    "form.choice.level": "{level}: {help}",
    "form.choice.score.1": "1: very weak",
    "form.choice.score.2": "2: weak",
    "form.choice.score.3": "3: fair",
    "form.choice.score.4": "4: strong",
    "form.choice.score.5": "5: very strong",
    "form.choice.yes": "Yes",
    "form.choice.partly": "Partly",
    "form.choice.no": "No",
    "form.choice.unknown": "Don't know",
    "form.choice.agreement.written": "Written (an MoU, a contract)",
    "form.choice.agreement.verbal": "Verbal",
    "form.choice.agreement.none": "No agreement",
    "form.choice.agreement.unknown": "Don't know",
    "qda.target.phase": "{program}: {phase}",
    "qda.target.shared": "What links the partners: service, target, vision and mission",
    "qda.target.agreement": "The partnership agreement",
    "qda.group.program": "kemitraan: program phases",
    "qda.group.principle": "kemitraan: principles",
    "qda.group.partner": "kemitraan: partners",
    "qda.group.other": "kemitraan: other",
    "fw.ingest.read": "{file}: {layout}, {submissions}, {columns}",
    "count.submissions": ("{n} submission", "{n} submissions"),
    "count.question_columns": ("{n} question column", "{n} question columns"),
    "count.answers": ("{n} answer", "{n} answers"),
    "fw.ingest.layout": "{flavour} {kind} export",
    "fw.ingest.layout.separator": "{layout}, groups separated by '{separator}'",
    "fw.ingest.layout.multiple": "{layout}, multiple choices as {multiple}",
    "fw.ingest.multiple.columns": "1/0 columns",
    "fw.ingest.multiple.both": "both",
    "fw.ingest.merged": (
        "{into}: {added} added, {changed} changed (edited since they were ingested), {skipped} already in the file; {answers} written"
    ),
    "fw.ingest.withdrawn": (
        "{n} submission rejected since it was ingested: its answers were removed",
        "{n} submissions rejected since they were ingested: their answers were removed",
    ),
    "fw.ingest.left_out": "left out {submission}: {why}",
    "fw.ingest.include_rejected": "to take in rejected or not-approved submissions, add --include-rejected",
    "fw.ingest.ignored": (
        "ignored {n} column that is not in the questionnaire: {columns}",
        "ignored {n} columns that are not in the questionnaire: {columns}",
    ),
    "fw.ingest.dry_run": "dry run: nothing written",
    "fw.ingest.twice": "line {line}: the same submission appears twice",
    "fw.ingest.rejected": "rejected in ODK Central",
    "fw.ingest.not_approved": "not approved in KoboToolbox",
    "fw.ingest.informant_again": (
        "informant {code} already answered in submission {where}; if this is an edit of it, export with the original id (ODK Central: KEY; KoboToolbox: meta/rootUuid), or give the informant another code"
    ),
    "fw.ingest.own_builder": "{informant}: named its own organisation as building its capacity (left out)",
    "fw.ingest.none_and_partners": (
        "{informant}: answered 'none' together with partners (the partners are kept)"
    ),
    "fw.unnamed.benefit": "(a benefit, not described)",
    "fw.unnamed.capacity": "(reported in the survey, not described)",
    # the HTML/PDF report and its charts
    # the command line
    "cli.format.unknown_extension": (
        "kemitraan: -o {file}: no report format has the extension '{ext}'; give --format ({formats}) or a file name ending in {extensions}"
    ),
    "cli.format.no_extension": (
        "kemitraan: -o {file}: a file name without an extension names no report format; give --format ({formats}) or a file name ending in {extensions}"
    ),
    "cli.format.binary": (
        "kemitraan: --format {format} writes a binary file; give -o FILE.{format} (or redirect the output)"
    ),
    "batch.no_files": (
        "kemitraan: {paths}: no partnership files (*.yaml, *.yml) in it; give partnership files or a folder that holds them"
    ),
    # the terminal report
    "term.key_quote": "{criterion}: “{quote}” ({source})",
    "term.key_quote.unsourced": "{criterion}: “{quote}”",
    "term.key_evidence": "Key evidence",
    "term.assessor": "Assessed by {value}",
    "term.assessed_on": "Assessed on {value}",
    # the Word report (--format docx)
    "docx.page": "Page {page} of {pages}",
    "docx.extra": "kemitraan: --format docx needs the 'docx' extra: pip install 'kemitraan[docx]'",
    "html.contents": "Contents",
    "html.verdicts": "Verdicts",
    "html.figure": "Figure {n}",
    "html.table": "Table {n}",
    "html.numbers": "The numbers behind the picture",
    "html.reason": "How it was decided",
    "html.quote_source": "Source",
    "html.informant": "Informant",
    "html.next": "Next steps toward {verdict}",
    "html.rubric_files": "Rubrics used",
    "chart.scale.title": "Where the partnership stands: {rubric}",
    "chart.scale.desc": (
        "The candidate verdicts from the simplest to the most solid, each with its support (0 to 1): {supports}. Verdict: {verdict}."
    ),
    "chart.scale.caption": (
        "Left to right: from the simplest form of partnership to the most solid. Bars: the support of each candidate verdict (the weighted share of its signs the facts show, 0 to 1; the decision rules, not the support, give the verdict); the ticked circle: the verdict."
    ),
    "chart.possible_note": "Dashed circles: verdicts still possible",
    "chart.matrix.title": "Participation matrix: programs × phases × partners",
    "chart.matrix.caption": (
        "Colour shows how far each partner took part (from absent to lead); a frame marks a phase done jointly."
    ),
    "chart.joint": "✓ joint",
    "chart.not_joint": "✗ not joint",
    "chart.joint_unknown": "? unknown",
    "chart.joint_phase": "joint phase",
    "chart.principles.title": "Principle scores against the bands: {rubric}",
    "chart.principles.desc": (
        "The 1 to 5 score of each principle: {scores}. Bands of the mean: {bands}. Mean: {mean}."
    ),
    "chart.principles.caption": (
        "Bars: each principle's score (1 to 5; a dark bar meets that principle's criterion). Background: the bands of the mean score; dashed line: the mean."
    ),
    "chart.mean": "mean {mean}",
    "chart.not_scored": "not scored",
    # indicator rules in words (kemitraan rubrics show, kemitraan explain)
    "rule.phase_joint": (
        "Per program: met when {who} {min_level} or above in {phase}; not met otherwise; unknown when the phase is not recorded, or when partners whose part is unknown could decide it. Where the levels cannot tell, the study's statement (joint: yes/no) is used."
    ),
    "rule.who.all": "every partner taking part in the program (at least two) is",
    "rule.who.count": "at least {count} partners are",
    "reads.phase_joint": (
        "programs[*].{name}.participation: each partner's level in {phase}; programs[*].{name}.joint; programs[*].partners"
    ),
    "rule.joint_phase_share": (
        "A phase is joint when {who} {min_level} or above. Met when the share of joint phases ({phases}) over all programs is at least {at_least}."
    ),
    "reads.joint_phase_share": "programs[*].<phase>.participation, for {phases}",
    "rule.phases_recorded": (
        "Met when there is at least one program and every program records participation in {phases}; not met otherwise."
    ),
    "reads.phases_recorded": "programs[*].<phase>.participation and .joint, for {phases}",
    "rule.dominance": (
        "A partner dominates a phase when it alone is {min_level} or above, every other partner of the program is known to be below, and at least one of them is present (informed or consulted); a partner that is absent is not dominated, so a partner running its own program (networking) dominates no one. Met when the same partner dominates {threshold} of all the program phases (an unrecorded phase is unknown, never left out of the count), or the study states the partnership is not balanced; not met when no partner can reach it, or the study states it is balanced."
    ),
    "reads.dominance": "programs[*].<phase>.participation and .joint in every phase; balance",
    "rule.network_link": (
        "Met when shared.service, shared.target or shared.characteristic is filled in, or shared.linked is yes; not met when shared.linked is no; unknown when nothing is recorded."
    ),
    "reads.network_link": "shared.service, shared.target, shared.characteristic, shared.linked",
    "rule.choice": (
        "Met when {path} is {met}; not met when it is {unmet}; unknown for any other value or when it is not written."
    ),
    "reads.choice": "{path}",
    "rule.any_present": "Met when any of {paths} is filled in; unknown (not unmet) when none is.",
    "reads.any_present": "{paths}",
    "rule.every_partner_understands": (
        "Met when every partner's understands_purpose is {accept}; not met when any partner's is another known answer; unknown when any is unknown."
    ),
    "reads.every_partner_understands": "partners[*].understands_purpose",
    "rule.every_partner_benefits": (
        "Met when every partner names at least one benefit; not met when a partner's list is empty ([]); unknown when a partner's benefits are not recorded."
    ),
    "reads.every_partner_benefits": "partners[*].benefits",
    "rule.contributions_one_sided": (
        "Met when some partners contribute while another contributes nothing ([]); not met when all contribute; unknown when a partner's contributions are not recorded."
    ),
    "reads.contributions_one_sided": "partners[*].contributes",
    "rule.capacity_mutual": (
        "Met when every partner both builds another's capacity and has its own built; not met when one does not; unknown when capacity_building is not written."
    ),
    "reads.capacity_mutual": "capacity_building",
    "rule.principle_score": (
        "Met when the score for {principle} is {bound}; not met otherwise; unknown when it is not scored."
    ),
    "reads.principle_score": "principles.{name}.score",
    "rule.principle_mean": (
        "Met when the mean of all the listed principles reaches {at_least} whatever the unscored ones score (each could be 1 to 5); not met when it cannot; unknown when the unscored ones could decide it, or when fewer than {min_scored} are scored."
    ),
    "reads.principle_mean": "principles.<principle>.score, for {principles}",
    "rule.scope_program": "Read per program; met overall only when met in every program.",
    "expr.all": "all of ({items})",
    "expr.any": "any of ({items})",
    "expr.not": "not {item}",
    "expr.always": "always",
    "sign.met": "{criterion} met",
    "sign.unmet": "{criterion} not met",
    "sign.weight": "{sign} (weight {weight})",
    # kemitraan rubrics show
    "show.title": "{id} version {version}: {title}",
    "show.model_source": "Model's source: {citation}",
    "show.theory": "Theory",
    "show.sources": "Sources",
    "show.criteria": "Criteria",
    "show.means": "Means",
    "show.reads": "Reads",
    "show.rule": "Rule",
    "show.source": "Source",
    "show.indicator": "Indicator",
    "show.no_source": "none cited for this criterion",
    "show.verdicts": "Verdicts (from the lowest class to the highest)",
    "show.signs": "Signs",
    "show.decision": "Decision (the first rule that holds gives the verdict)",
    "show.when": "{verdict} when {expr}",
    "show.otherwise": "otherwise: {verdict}",
    "show.requires": (
        "When the evidence is insufficient, what is unknown of {criteria} is named first; these never refuse a verdict the facts settle."
    ),
    "show.operationalisation": "Note",
    "show.operationalisation.text": "operationalisation by kemitraan: {note}",
    "show.follows": "following: {sources}",
    "show.per_program": "Each program also gets its own verdict.",
    "show.three_valued": (
        "Rules are read in three-valued logic: a verdict is given despite unknown facts only when every way those facts could turn out leads to the same verdict; when more than one verdict is still possible, the verdict is insufficient evidence."
    ),
    # kemitraan explain
    "explain.title": "Explanation: {file} ({title})",
    "explain.intro": (
        "Each verdict is traced from the facts in the file (with their line numbers in {file}), through the rubric's criteria with their rules and sources, to the verdict."
    ),
    "explain.verdict": "Verdict: {verdict}",
    "explain.facts_to_criteria": "Facts → criteria",
    "explain.criteria_to_verdict": "Criteria → verdict",
    "explain.fact": "fact",
    "explain.evidence": "evidence",
    "explain.rule": "rule",
    "explain.result": "result",
    "explain.program": "program",
    "explain.at_line": "line {line}: {path} = {value}",
    "explain.not_written": "{path}: not written in the file",
    "explain.from_informants": "{path} = {value}: {where}; the {how} of the informants' answers: {answers}",
    "explain.unwritten": "not written in the file",
    "explain.written_as": "line {line} says {value}",
    "explain.answer": "{informant} (line {line}): {value}",
    "explain.quote": "line {line}: “{quote}” ({source})",
    "explain.no_source": "no source",
    "explain.met": "met: {met}. {detail}",
    "explain.met_value": "met: {met} (value {value}). {detail}",
    "explain.program_met": "{program}: {met}. {detail}",
    "explain.operationalisation": "note",
    "explain.requires": "Named first when the evidence is insufficient: {criterion}: {met}",
    "explain.possible": (
        "Trying every way the unknown criteria could turn out, the verdicts still possible: {possible}"
    ),
    "explain.study": "The study's conclusion: {sentence} {why}",
    "explain.step": "Rule {n}: {rule} → {outcome}",
    "explain.holds": "holds",
    "explain.fails": "does not hold",
    "explain.might": "unknown (might hold)",
    "explain.support": "Support for each candidate verdict: {candidates}",
    "explain.conclusion": "So: {verdict}. {reason}",
    "explain.programs": "Per-program verdicts: {programs}",
    # kemitraan init
    "init.q.lang": "Bahasa / Language (id/en)",
    "init.intro": (
        "Answer in plain words. Press Enter to skip what you do not know: it is written as not known and reported as missing evidence. Ctrl-C stops; nothing is written before the last question."
    ),
    "init.invalid": "  Cannot use that: {reason} Try again.",
    "init.err.required": "this answer is required.",
    "init.err.choice": "choose a number 1-{count} or one of: {values}.",
    "init.err.year": "write the year with 4 digits, for example 2021.",
    "init.err.year_order": "the last year cannot be before the first ({first}).",
    "init.err.id": (
        "an id may hold only letters, digits, '-', '_' or '.', no spaces, starting with a letter or digit."
    ),
    "init.err.id_taken": "the id '{id}' is already used.",
    "init.err.amount": "write the amount in digits, for example 5000000 or 5,000,000.",
    "init.err.score": "give a score of 1, 2, 3, 4 or 5.",
    "init.err.yes_no": "answer yes or no.",
    "init.yes": "yes",
    "init.no": "no",
    "init.hint.skip": "Enter = not known",
    "init.hint.required": "required",
    "init.hint.items": "separate with commas; Enter = not known; - = nothing",
    "init.hint.unknown": "number or word; Enter = not known",
    "init.default_title": "Partnership of {first} and {second}",
    "init.section.partners": "== Partners: the organisations in the partnership (at least two)",
    "init.section.about": "== About the partnership",
    "init.section.shared": "== What links the partners (service, target, vision and mission)",
    "init.section.programs": "== Programs or activities. For each phase, how each partner took part:",
    "init.section.principles": (
        "== Principles of partnership: score 1 (very weak) to 5 (very strong) from your evidence"
    ),
    "init.section.agreement": "== The partnership agreement",
    "init.section.capacity": "== Capacity building",
    "init.section.balance": "== The balance between the parties (as your evidence states it)",
    "init.section.constraints": "== Constraints and solutions",
    "init.q.title": "Title of the partnership",
    "init.q.period_from": "First year",
    "init.q.period_to": "Last year",
    "init.q.place_village": "Village",
    "init.q.place_district": "District (kecamatan)",
    "init.q.place_regency": "Regency or city",
    "init.q.place_province": "Province",
    "init.q.source_citation": "Reference of the study (as in a bibliography)",
    "init.q.source_method": "How the facts were gathered (for example interviews)",
    "init.q.partner_name_required": "Name of partner {n}",
    "init.q.partner_name": "Name of partner {n} (Enter when done)",
    "init.q.partner_id": "A short id for this partner",
    "init.q.partner_kind": "What sort of organisation is {name}",
    "init.q.contributes": "What {name} brings (staff, funds, venue ...)",
    "init.q.benefits": "What {name} gains from the partnership",
    "init.q.understands": "Does {name} understand what the partnership is for",
    "init.q.partner_quote": "A quote from your evidence about {name} (optional)",
    "init.q.source": "Source of that quote (document and page, interview ...)",
    "init.q.service": "The service the partners share",
    "init.q.target": "The target group they both serve",
    "init.q.vision_mission": "The partners' vision and mission",
    "init.q.characteristic": "Another characteristic the partners share that links them",
    "init.q.joint": "Does your evidence say {phase} was done jointly",
    "init.q.balance": "Does your evidence say the partnership is balanced between the parties",
    "init.q.dominant": "The party that dominates",
    "init.q.balance_quote": "A quote about the balance or the dominance (optional)",
    "init.q.conclusion_rubric": "The model the study applied in its conclusion",
    "init.q.conclusion_verdict": "The study's conclusion",
    "init.q.conclusion_quote": "The study's sentence that states it, word for word",
    "init.q.conclusion_where": "Where it is in the study (section or page)",
    "init.not_said": "not said",
    "init.q.shared_quote": "A quote about the service, target or vision and mission (optional)",
    "init.q.program_name": "Name of program {n} (Enter when done)",
    "init.q.program_id": "A short id for this program",
    "init.q.program_target": "Who {name} serves",
    "init.q.level": "{phase}: how {partner} took part",
    "init.q.phase_quote": "A quote about {phase} (optional)",
    "init.q.principle": "{principle}: score 1-5",
    "init.q.principle_quote": "A quote behind the {principle} score (optional)",
    "init.q.agreement": "Form of the partnership agreement",
    "init.q.agreement_reference": "Number and date of the MoU",
    "init.q.capacity": "Did a partner build another's capacity (training, mentoring ...)",
    "init.q.capacity_from": "Who built capacity",
    "init.q.capacity_to": "Whose capacity was built",
    "init.q.capacity_what": "What was learned or strengthened",
    "init.q.capacity_more": "Any other capacity building",
    "init.q.constraint_any": "Is anything holding the partnership back",
    "init.q.constraint_more": "Any other constraint",
    "init.q.constraint_kind": "Kind of constraint",
    "init.q.constraint_description": "Describe it in a sentence",
    "init.q.constraint_amount": "The budget available (IDR)",
    "init.q.constraint_per": "That budget is per",
    "init.q.solution": "Solution {n} (Enter when done)",
    "init.q.overwrite": "{file} already exists. Overwrite",
    "init.kept": (
        "kemitraan: {file} exists and was not overwritten; nothing was written. Choose another name: kemitraan init other-name.yaml"
    ),
    "init.stopped": "kemitraan: init stopped; nothing was written.",
    "init.done": "Wrote {file}. Next: kemitraan validate {file}, then kemitraan assess {file}",
    "init.schema_written": (
        "Wrote {file} (editors such as VS Code with the YAML extension use it to check and complete the file as you type)."
    ),
    "init.schema_kept": (
        "{file} exists and was left as it is; refresh it with: kemitraan schema --lang {code} -o {file}"
    ),
    "init.unknown_line": "not known; fill in when known",
    "init.header.guided": "This partnership file was written by `kemitraan init` from your answers.",
    "init.header.blank": (
        "Template from `kemitraan init --blank`: replace the placeholders with the facts of your partnership. It already passes `kemitraan validate`; until the facts are filled in, the assessment reports the missing evidence."
    ),
    "init.header.next": (
        "Check: kemitraan validate {file}   Assess: kemitraan assess {file}   Why: kemitraan explain {file}"
    ),
    "init.header.unknown": (
        "`unknown` means not known. A line like `# key: ...` is a field not yet known: remove the # and fill it in when you know it. The assessment reports what is not known as missing evidence instead of guessing."
    ),
    "init.header.editor": (
        "Editors such as VS Code (YAML extension) check and complete this file as you type, using kemitraan.schema.json in the same folder."
    ),
    "init.blank.title": "Partnership of A and B (replace with the title)",
    "init.blank.partner": "Partner {n} (replace with the organisation's name)",
    "init.blank.partner_id": "partner-{n}",
    "init.blank.program": "Program 1 (replace with the program's name)",
    # editor schema (kemitraan schema)
    "language.id": "Indonesian",
    "language.en": "English",
    "schema.word": "Indonesian for {value}: {meaning}",
    "schema.word.bare": "Indonesian for {value}",
    "schema.comment": (
        "Generated from the pydantic model by `kemitraan schema`. These rules are checked only by `kemitraan validate`: {rules}"
    ),
    "schema.rule.unique_ids": "(1) every partner and every program has its own id;",
    "schema.rule.partner_references": (
        "(2) a partner id used in participation, capacity_building, a program's partners or balance.dominant must be one of partners, and a program's participation names only its own partners;"
    ),
    "schema.rule.period_order": "(3) period.to must not be before period.from;",
    "schema.rule.whole_numbers": (
        "(4) whole numbers are written without a decimal point (2019, not 2019.0), because JSON does not tell them apart;"
    ),
    "schema.rule.capacity_self": (
        "(5) capacity_building: from and to differ (a partner cannot build its own capacity);"
    ),
    "schema.rule.stated_facts": (
        "(6) stated facts agree with recorded ones: a phase's joint with its levels (and joint: yes needs two program partners), balance with the levels, shared.linked: no with no service, target or characteristic filled in, relation.subordinated with the dominance and the balance, relation.information, relation.activities and relation.decisions with the phases done jointly."
    ),
    # the command line's errors and notes (standard error; see err())
    "cli.interrupted": "kemitraan: interrupted",
    "cli.terminated": "kemitraan: terminated",
    "batch.skipped.fifo": (
        "kemitraan: {file}: skipped: not a regular file (a named pipe); reading it could wait for ever"
    ),
    "batch.skipped.socket": "kemitraan: {file}: skipped: not a regular file (a socket)",
    "batch.skipped.device": "kemitraan: {file}: skipped: not a regular file (a device)",
    "batch.out_dir_failed": "-o {folder}: cannot write reports in this folder: {reason}; nothing was written",
    "template.bound.time": (
        "the template took more than {seconds} s of processor time for one report and was stopped; look for loops that run very many times"
    ),
    "template.bound.memory": (
        "the template needed more than {memory} of memory for one report and was stopped; look for a value made very large (such as 'a' * 10**10 or |center(10**9))"
    ),
    "template.bound.output": (
        "the report this template writes would be larger than {output}; nothing was written"
    ),
    "template.bound.depth": "the template nests too deeply (a macro that calls itself without end?)",
    "template.missing": "no such template file or folder; check the --template path",
    "template.no_field": "no field '{name}' here (the fields here: {fields})",
    "template.no_field.hint": (
        "no field '{name}' here (the fields here: {fields}); did you mean '{suggestion}'?"
    ),
    "template.call_refused": (
        "calling {name}() is not allowed in a template (a template may call its own macros, range(), dict() and namespace(); use filters for the rest)"
    ),
    "template.too_many_items": "the value would hold more than {limit} characters or items",
    "template.number_too_large": "the number would be too large",
    "template.refused.outside": (
        "template '{name}' is not read: it links to a file outside the template folder"
    ),
    "template.refused.folder": "template '{name}' is not read: it is a folder",
    "template.refused.not_regular": (
        "template '{name}' is not read: it is not a regular file (a named pipe, a socket or a device)"
    ),
    "template.refused.too_large": "template '{name}' is not read: it is larger than {size}",
    "rubric.path.many": (
        "'{path}' holds several values (a list or a mapping), and a path must name one value; choose a field outside lists (such as shared.vision_mission or agreement.form)"
    ),
    "rubric.path.runs_into": (
        "'{path}' runs into '{where}', which holds several values (a list or a mapping), and a path must name one value; choose a field outside lists (such as shared.vision_mission or agreement.form)"
    ),
    "rubric.path.group": (
        "'{path}' is a group of fields ({fields}), not one value; name one of them, for example {example}"
    ),
    "output.stdout_failed": "standard output: cannot write: {reason}",
    "output.is_input": (
        "{target}: this is an input file of this command; refusing to write over it (choose another output file)"
    ),
    # help of the command line (kemitraan COMMAND --help): what a command does, its options
    "help.app": (
        "Assess partnerships between organisations against published models (Notoatmodjo 2010, Sulistiyani 2017, principles of partnership), with evidence-cited, reproducible reports in Indonesian or English."
    ),
    "help.app.more": "Run kemitraan COMMAND --help for what a command does, its options and examples.",
    "help.app.version": "Show the version and exit.",
    "help.app.debug": "Show Python tracebacks for internal errors.",
    "help.rubric": (
        "Add a rubric, or replace the bundled one with the same id: a bundled name (for example himmelman-2002 or frey-2006, which do not run by default) or a path to a YAML file. Repeatable."
    ),
    "help.only": (
        "Run only these bundled rubrics instead of the default ones, separated by commas (for example notoatmodjo-2010,sulistiyani-2017); --rubric still adds. Repeatable."
    ),
    "help.max_size": (
        "Refuse partnership files larger than this (and files whose YAML aliases would expand beyond it), for example 500k or 20M. Default: {default}."
    ),
    "help.aggregate": (
        "How several informants' answers become one value: median, or min (the conservative reading)."
    ),
    "help.assess": "Assess partnership files and report the verdict of each model, with its evidence.",
    "help.assess.more": (
        "One file: the report goes to the terminal, or to the -o file. Several files or a folder: one report per file below the -o folder, a --summary table, and the verdict counts at the end."
    ),
    "help.assess.paths": "Partnership files (YAML), or folders to search for *.yaml and *.yml.",
    "help.assess.format": (
        "The report format. Default: from the -o file's extension, else terminal; md for the reports of several files. pdf needs headless Chromium; docx needs the docx extra (pip install 'kemitraan[docx]')."
    ),
    "help.assess.output": (
        "Write the report to this file (atomically). With several files or a folder: the folder for the reports, one per file."
    ),
    "help.assess.lang": "The language of the report and of every message. Default: see kemitraan --help.",
    "help.assess.template": (
        "Your own report template (Jinja2, run in a sandbox) for md, html, pdf or docx: a file, or a folder searched before the bundled templates."
    ),
    "help.assess.summary": (
        "Write one row per partnership to this .csv file (opens in Excel and LibreOffice) or .jsonl file."
    ),
    "help.assess.jobs": "How many files to assess at once, 1 or more. Default: the cores the machine has free (one process when at most one is).",
    "help.compare": (
        "Compare two assessments of a partnership (what changed), or count verdicts per group (--by)."
    ),
    "help.compare.more": (
        "Two versions of one partnership, say 2019 and 2023, give the longitudinal view: verdicts, criteria, participation in each phase and principle scores, before and after."
    ),
    "help.compare.paths": "Two partnership files, before and after. With --by: files and folders to count.",
    "help.compare.by": (
        "Count the verdicts per group: one of {choices} (a place, the language, the first or last year, or the file's folder)."
    ),
    "help.compare.format": (
        "The format of the comparison (csv only with --by). Default: from the -o file's extension, else terminal."
    ),
    "help.compare.output": "Write the comparison to this file (atomically).",
    "help.compare.lang": "The language of the comparison and of every message. Default: see kemitraan --help (the first file's language before English).",
    "help.compare.jobs": "With --by: how many files to assess at once, 1 or more. Default: the cores the machine has free (one process when at most one is).",
    "help.validate": "Check partnership files (and any --rubric files) without assessing them.",
    "help.validate.more": (
        "Each problem is one line, file:line:column: field: what was expected but what was found; the exit code is 2 when any file has a problem, 0 when every file is valid."
    ),
    "help.validate.paths": "Partnership files (YAML), or folders to search for *.yaml and *.yml.",
    "help.rubrics": "List the rubrics kemitraan knows (the default), or show one criterion by criterion.",
    "help.rubrics.more": "A rubric is one model: its verdicts, its criteria and the sources they cite.",
    "help.rubrics.list": "List the rubrics kemitraan knows, with their verdicts and sources.",
    "help.rubrics.list.more": "The bundled rubrics, and any --rubric file, each with its version.",
    "help.rubrics.show": (
        "Explain a rubric: each criterion's meaning, what it reads, its rule, its source and page."
    ),
    "help.rubrics.show.more": (
        "For each criterion: what it means, which fields of the partnership file it reads, its rule in words with the rubric's parameters, and its source with the page; then the verdicts and the decision rules in order."
    ),
    "help.rubrics.name": "A bundled rubric (see kemitraan rubrics) or a rubric file.",
    "help.rubrics.lang": "The language of the labels, descriptions and messages. Default: see kemitraan --help.",
    "help.init": (
        "Write a partnership file by answering plain questions (or, with --blank, a commented template)."
    ),
    "help.init.more": (
        "Press Enter for anything you do not know: it is written as unknown, and the assessment reports it as missing evidence instead of guessing. An existing file is overwritten only if you say yes."
    ),
    "help.init.path": "The partnership file to write.",
    "help.init.lang": "The language of the questions and of the file. Default: KEMITRAAN_LANG or the locale, else asked (with --blank: Indonesian).",
    "help.init.blank": "Write a commented template to fill in by hand; no questions.",
    "help.explain": "Explain each verdict: fact (with its line) -> criterion -> rule -> result -> verdict.",
    "help.explain.more": (
        "For each verdict: the facts each criterion read with their line numbers, the rule, the result, and the decision rules tried until one held."
    ),
    "help.explain.path": "The partnership file (YAML).",
    "help.explain.lang": "The language of the explanation and of every message. Default: see kemitraan --help.",
    "help.explain.output": "Write the explanation to this file (atomically).",
    "help.schema": "Print the JSON Schema of the partnership file, for editors that check and complete YAML.",
    "help.schema.more": (
        "Editors such as VS Code with the YAML extension use it to check and complete a partnership file as you type."
    ),
    "help.schema.output": "Write the schema to this file (atomically) instead of printing it.",
    "help.schema.lang": "The language of the descriptions and of every message. Default: see kemitraan --help.",
    "help.survey": "Questionnaires for KoboToolbox / ODK Collect, and their answers into a partnership file.",
    "help.survey.more": "These commands need the fieldwork extra: pip install 'kemitraan[fieldwork]'.",
    "help.survey.form": (
        "Write an XLSForm questionnaire (KoboToolbox, ODK Collect) from the partnership and the rubrics."
    ),
    "help.survey.form.more": (
        "A skeleton partnership file with its partners and programs is enough: the questions name them."
    ),
    "help.survey.form.path": "The partnership file: its programs and partners.",
    "help.survey.form.output": "The XLSForm to write (.xlsx).",
    "help.survey.form.lang": "The label languages, separated by commas, the first the default (and the language of the messages).",
    "help.survey.ingest": (
        "Add the answers of a survey export to a partnership file (comments and key order kept)."
    ),
    "help.survey.ingest.more": (
        "Answers already in the file are skipped, so an export can be ingested again after new answers arrive. The change is shown as a diff; --dry-run writes nothing."
    ),
    "help.survey.ingest.export": "A KoboToolbox or ODK Central export (CSV or XLSX).",
    "help.survey.ingest.include_rejected": (
        "Also take in submissions rejected in ODK Central or not approved in KoboToolbox."
    ),
    "help.survey.ingest.into": "The partnership file to add the answers to (edited in place).",
    "help.dry_run": "Show the diff; write nothing.",
    "help.evidence": "Coded interviews from QDA software (REFI-QDA .qdpx) as evidence quotes.",
    "help.evidence.more": "These commands need the fieldwork extra: pip install 'kemitraan[fieldwork]'.",
    "help.evidence.import": (
        "Add the coded quotes of a QDA project to a partnership file, with source and position."
    ),
    "help.evidence.import.more": (
        "A coded selection whose code names a place in the file (as evidence codebook lists them) becomes an evidence quote there, with its source document and position."
    ),
    "help.evidence.import.qdpx": "A REFI-QDA project (.qdpx).",
    "help.evidence.import.into": "The partnership file to add the quotes to (edited in place).",
    "help.evidence.import.mapping": (
        "A YAML file 'codes: {QDA code name: target}'. Default: code names as in the codebook."
    ),
    "help.evidence.codebook": (
        "Write the codes kemitraan understands as a REFI-QDA codebook (.qdc) for the QDA software."
    ),
    "help.evidence.codebook.more": "Load the codebook into the QDA software before coding the interviews.",
    "help.evidence.codebook.path": "The partnership file.",
    "help.evidence.codebook.output": "The codebook to write (.qdc). Without it: list the codes.",
    "help.examples": "Examples:",
    "help.lang": (
        "The language of messages, help and reports: one of {langs}. Default: the KEMITRAAN_LANG variable, else the locale (LC_ALL, LC_MESSAGES, LANG: id_ID.UTF-8 is Indonesian), else, for a report, the file's language, else English."
    ),
    "help.messages.lang": "The language of the messages. Default: see kemitraan --help.",
    # the command line's own words, and Typer's and Click's (kemitraan.framework)
    "cli.internal": (
        "kemitraan: internal error: {error}\nThis is a bug in kemitraan. Rerun with --debug for the details and report it."
    ),
    "cli.choice": "expected one of {choices} but got '{value}'",
    "cli.bad_choice": "kemitraan: {option}: expected one of {choices} but got '{value}'",
    "cli.jobs": "expected a whole number, 1 or more, but got '{value}'",
    "cli.wrote": "kemitraan: wrote {file}",
    "cli.compare.two": (
        "kemitraan compare: give two partnership files (before and after), or files and folders with --by (for example --by regency)"
    ),
    "cli.form_langs": "expected languages separated by commas, each one of {langs}, but got '{value}'",
    "count.partners": (
        "{n} partner",
        "{n} partners",
    ),
    "count.programs": (
        "{n} program",
        "{n} programs",
    ),
    "validate.ok": "{file}: ok ({id}: {partners}, {programs})",
    "rubrics.verdicts": "verdicts: {verdicts}",
    "rubrics.source": "source: {citation}",
    "cli.usage": "Usage:",
    "cli.options_metavar": "[OPTIONS]",
    "cli.command_metavar": "COMMAND [ARGS]...",
    "cli.panel.arguments": "Arguments",
    "cli.panel.options": "Options",
    "cli.panel.commands": "Commands",
    "cli.panel.error": "Error",
    "cli.default": "default: {value}",
    "cli.required": "required",
    "cli.aborted": "Aborted.",
    "cli.try_help": "Try {command} for help.",
    "cli.help_option": "Show this message and exit.",
    "cli.install_completion": "Install completion for the current shell.",
    "cli.show_completion": "Show completion for the current shell, to copy it or customize the installation.",
    "cli.no_such_option": "No such option: {option}",
    "cli.possible_options": "(Possible options: {options})",
    "cli.missing.argument": "Missing argument {name}.",
    "cli.missing.option": "Missing option {name}.",
    "cli.missing.parameter": "Missing parameter {name}.",
    "cli.invalid_value": "Invalid value for {name}: {reason}",
    "cli.invalid_value.bare": "Invalid value: {reason}",
    "cli.requires_argument": (
        "Option '{option}' requires an argument.",
        "Option '{option}' requires {n} arguments.",
    ),
    "cli.takes_no_value": "Option '{option}' does not take a value.",
    "cli.extra_arguments": (
        "Got unexpected extra argument ({args})",
        "Got unexpected extra arguments ({args})",
    ),
    "cli.no_such_command": "No such command '{name}'.",
    "cli.did_you_mean_command": "Did you mean {names}?",
    "cli.metavar.file": "FILE",
    "cli.metavar.path": "PATH...",
    "cli.metavar.rubric": "RUBRIC",
    "cli.metavar.template": "TEMPLATE",
    "cli.metavar.size": "SIZE",
    "cli.metavar.n": "N",
    "cli.metavar.group": "GROUP",
    "cli.metavar.export": "EXPORT",
    "cli.metavar.qdpx": "QDPX",
    # reading a file (kemitraan.loader): what is wrong with it, and what to do
    "loader.no_match": "no file matches this pattern",
    "hint.check_pattern": "check the folder and the pattern",
    "loader.no_file": "no such file",
    "hint.check_path": "check the path",
    "loader.is_folder": "is a folder, not a file",
    "loader.unreadable": "cannot be read: {reason}",
    "loader.too_large": "is larger than the limit of {size} for an input file",
    "hint.too_large": (
        "check that this is the right file (a partnership file is normally a few kilobytes); to read it anyway, raise the limit with --max-size"
    ),
    "hint.save_utf8": "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
    "loader.kind.zip": "is a zip archive (a Word, Excel or OpenDocument file?), not a YAML text file",
    "loader.kind.pdf": "is a PDF document, not a YAML text file",
    "loader.kind.office": "is an old Word or Excel document, not a YAML text file",
    "loader.kind.rtf": "is an RTF document, not a YAML text file",
    "hint.plain_yaml": "write the partnership in a plain-text YAML file (see examples/benan.yaml)",
    "loader.utf32": "is UTF-32 encoded, not UTF-8",
    "loader.utf16": "is UTF-16 encoded, not UTF-8",
    "loader.not_utf8": "is not UTF-8: the byte {byte} cannot be read",
    "loader.not_utf8.latin": (
        "is not UTF-8: the byte {byte} cannot be read (in Windows-1252 or Latin-1 it would be '{char}', so the file was probably saved in that encoding)"
    ),
    "loader.nul": (
        "contains NUL bytes, so it is not a UTF-8 text file (is it UTF-16 without a byte-order mark, or a binary file?)"
    ),
    "loader.top": "expected a mapping of fields (key: value lines) at the top, but the file is {kind}",
    "hint.start_from_example": "start from an example: kemitraan init --blank, or examples/benan.yaml",
    "loader.also_at": "{message} (line {line})",
    "loader.more": (
        "... and {n} more problem",
        "... and {n} more problems",
    ),
    "hint.fix_these": "fix these first",
    "loader.no_rubric": "no bundled rubric of that name (bundled: {known})",
    "hint.rubric_path": "give a path to a rubric file",
    "yaml.long_number": "a number of {n} digits is too long to read",
    "hint.long_number": "check the value; put it in quotes if it is a code rather than a number",
    "yaml.thousands": (
        "{value} looks like a number with thousands separators ({whole}), but YAML reads it as the decimal number {decimal}"
    ),
    "hint.thousands": "write {whole} (no separators), or {decimal} if you mean a decimal",
    "yaml.tag": (
        "the tag '{tag}' is not allowed: kemitraan reads plain data only (text, numbers, true/false, lists and mappings), so it never builds objects or runs code that a file names"
    ),
    "hint.tag": "remove the tag (the word starting with '!')",
    "yaml.non_specific_tag": (
        "the value '{value}' carries the non-specific tag '!', which YAML readers do not agree on (text for the YAML specification, whatever the value looks like for others)"
    ),
    "hint.non_specific_tag": "remove the '!', and put the value in quotes if it is text: \"{value}\"",
    "yaml.alias_bomb": (
        "aliases (*name) expand this part of the file to more than {size} (the input size limit); refused, as a file that grows this much is an attack or a mistake"
    ),
    "hint.alias_bomb": "write the repeated parts out instead of using aliases, or raise --max-size",
    "yaml.alias_loop": (
        "an alias (*name) refers to a part of the file that contains it, which would never end"
    ),
    "hint.alias_loop": "remove the alias, or point it at an anchor (&name) outside this part",
    "yaml.direction": (
        "the text contains the invisible character {char}, which can make a report show words in a different order than the file has them"
    ),
    "hint.direction": "remove it (retype the text, or paste it as plain text)",
    "yaml.control_escape": (
        "the text contains the control character {char} (written with a '\\' escape), which could garble a terminal or a report"
    ),
    "hint.control_escape": "remove it; for a line break in a text, use a block (|) instead",
    "yaml.control": "contains the control character {char}, which YAML does not allow",
    "hint.control": "remove it (it is invisible in most editors; retype the text around it)",
    "yaml.duplicate_key": (
        "duplicate key '{key}': it is also at line {line}, and YAML would silently keep only the last one"
    ),
    "hint.duplicate_key": "keep one of them, or merge their contents",
    "yaml.invalid": "invalid YAML: {problem}",
    "yaml.invalid.context": "invalid YAML: {problem} ({context})",
    "yaml.invalid.other": "is not valid YAML: {error}",
    "yaml.syntax_error": "syntax error",
    "hint.yaml.tabs": "YAML does not allow tabs for indentation; indent with spaces",
    "hint.yaml.curly_quotes": (
        "this line has curly quotes (“ ” ‘ ’), perhaps pasted from a word processor; YAML only treats straight quotes (\" or ') as quotes, so retype them"
    ),
    "hint.yaml.colon_in_value": "a value that contains ': ' must be put in quotes",
    "hint.yaml.expected_colon": "check the indentation and the ':' after each key on this or the line before",
    "hint.yaml.quote_value": "put the value in quotes",
    "hint.yaml.one_document": "put each partnership in a file of its own (remove the '---' line)",
    "hint.yaml.unclosed_quote": "the quote opened on line {line} is never closed",
    "hint.yaml.key": "a key is a word (or quoted text) followed by ':'",
    "hint.yaml.nesting": "a partnership file nests a few levels deep; check the brackets",
    "yaml.problem.mapping_values": "mapping values are not allowed here",
    "yaml.problem.expected_colon": "could not find expected ':'",
    "yaml.problem.bad_start": "found character that cannot start any token",
    "yaml.problem.tab": "found a tab character that violates indentation",
    "yaml.problem.expected_key": "did not find expected key",
    "yaml.problem.expected_node": "did not find expected node content",
    "yaml.problem.expected_dash": "did not find expected '-' indicator",
    "yaml.problem.expected_bracket": "did not find expected ',' or ']'",
    "yaml.problem.expected_brace": "did not find expected ',' or '}'",
    "yaml.problem.end_of_stream": "found unexpected end of stream",
    "yaml.problem.unknown_escape": "found unknown escape character",
    "yaml.problem.unhashable": "found an unhashable key (a list or mapping used as a key)",
    "yaml.problem.another_document": "but found another document",
    "yaml.problem.single_document": "expected a single document in the stream",
    "yaml.context.simple_key": "while scanning a simple key",
    "yaml.context.quoted_scalar": "while scanning a quoted scalar",
    "yaml.context.plain_scalar": "while scanning a plain scalar",
    "yaml.context.block_scalar": "while scanning a block scalar",
    "yaml.context.block_mapping": "while parsing a block mapping",
    "yaml.context.block_collection": "while parsing a block collection",
    "yaml.context.flow_mapping": "while parsing a flow mapping",
    "yaml.context.flow_sequence": "while parsing a flow sequence",
    "yaml.context.block_node": "while parsing a block node",
    "yaml.context.flow_node": "while parsing a flow node",
    "yaml.context.constructing_mapping": "while constructing a mapping",
    "yaml.context.alias": "while scanning an alias",
    "yaml.context.anchor": "while scanning an anchor",
    "yaml.context.tag": "while scanning a tag",
    "yaml.context.directive": "while scanning a directive",
    "describe.empty": "nothing (empty)",
    "describe.empty_file": "empty",
    "describe.boolean": "the boolean {value}",
    "describe.number": "the number {value}",
    "describe.long_number": "a number of {n} digits",
    "describe.mapping": "a mapping",
    "describe.list": "a list",
    "expect.unknown_key": "unknown key '{key}'",
    "expect.unknown_key.allowed": "unknown key '{key}' (allowed here: {names})",
    "expect.merge_key": "merge keys ('<<') are not part of YAML 1.2 and kemitraan does not read them",
    "hint.merge_key": "write the keys out in full",
    "expect.missing": "required field '{key}' is missing",
    "hint.missing": "add '{key}:' here",
    "expect.key_text": "a key must be text, but one key here is {value}",
    "hint.quote_key": "put the key in quotes",
    "expect.one_of": "expected one of {words} but got {value}",
    "expect.phrase.one_of": "one of {words}",
    "expect.phrase.text": "text",
    "hint.one_of_words": "write one of the words: {words}",
    "hint.did_you_mean": "did you mean '{word}'?",
    "expect.text": "expected text but got {value}",
    "hint.quote_value": "put the value in quotes to keep it exactly as written (for example '0123')",
    "expect.currency": "expected a three-letter currency code (IDR, USD ...) but got {value}",
    "expect.id": "expected an id of letters, digits, '-', '_' or '.' (no spaces) but got {value}",
    "expect.id.lower": "expected an id of lowercase letters, digits, '-' or '_' (no spaces) but got {value}",
    "hint.id.example": "for example '{slug}'",
    "hint.id.letters": "use letters a-z, digits, '-', '_' or '.'",
    "hint.id.curly_quotes": "remove the curly quotes (perhaps pasted from a word processor); {example}",
    "hint.id.invisible": "it contains the invisible character {char}; {example}",
    "expect.some_text": "expected some text but the value is empty",
    "expect.too_long": "expected at most {max} characters but got {n}",
    "expect.whole_number": "expected a whole number but got {value}",
    "hint.number.separators": "write the number without thousands separators or quotes: {number}",
    "hint.number.quotes": "remove the quotes around the number",
    "expect.bounded": "expected a value {bounds} but got {value}",
    "expect.bound.ge": "of at least {bound}",
    "expect.bound.le": "of at most {bound}",
    "expect.bound.gt": "above {bound}",
    "expect.bound.lt": "below {bound}",
    "word.and": "and",
    "expect.finite": "expected a finite number but got {value}",
    "expect.mapping": "expected a mapping (key: value lines) but got {value}",
    "hint.keys_here": "keys here: {keys}",
    "expect.list": "expected a list (lines starting with '- ') but got {value}",
    "hint.as_list": "write it as a list: [{value}]",
    "expect.items": (
        "expected at least {n} item but got {got}",
        "expected at least {n} items but got {got}",
    ),
    "expect.number": "expected a number but got {value}",
    "expect.other": "{error} (got {value})",
    "expect.as_read": "expected {expected} but got {value}",
    "expect.as_written": "expected {expected} but got {written}, which YAML reads as {value}",
    "hint.quote_as_written": 'put it in quotes to keep it exactly as written: "{value}"',
    "words.with_indonesian": "{words} (or in Indonesian: {others})",
    "words.with_english": "{words} (or in English: {others})",
    # what a partnership file says that does not hold together (models, indicators)
    "model.period.range": (
        "expected a range of years such as 2019-2023 (or 'from:' and 'to:' lines) but got '{value}'"
    ),
    "model.period.order": "'to' ({to}) is before 'from' ({from})",
    "model.partner_twice": "partner id '{id}' is already used by {at}",
    "hint.partner_twice": "give each partner its own id",
    "model.not_a_partner": "'{id}' is not a partner id (partners are: {known})",
    "model.program_twice": "program id '{id}' is already used by {at}",
    "hint.program_twice": "give each program its own id",
    "model.listed_twice": "'{id}' is listed twice",
    "hint.listed_twice": "list each partner once",
    "model.not_in_program": "'{id}' is not one of this program's partners ({partners})",
    "hint.not_in_program": "add it to the program's partners, or leave it out here",
    "model.capacity_self": (
        "'{id}' is also the partner that builds the capacity: a partner cannot build its own capacity"
    ),
    "hint.capacity_self": "name the partner whose capacity was built (from and to differ)",
    "model.linked_no": "says no but {field} names what links the partners",
    "hint.linked_no": "write linked: yes (or leave it out), or remove the shared field",
    "model.joint_one_partner": "joint: yes needs at least two partners taking part in the program",
    "model.joint_levels.not_joint": (
        "says {said} but the participation levels make this phase not joint (joint means every partner taking part in the program is active or leads)"
    ),
    "model.joint_levels.joint": (
        "says {said} but the participation levels make this phase joint (joint means every partner taking part in the program is active or leads)"
    ),
    "hint.joint_levels": "correct the levels or the joint statement; the levels win when both are given",
    "model.balanced_dominant": "says balanced but balance.dominant names a dominant partner",
    "model.balance_levels.dominates": (
        "the study's statement disagrees with the participation levels: by the levels one partner dominates (the same partner the only one active in more than half of the program phases)"
    ),
    "model.balance_levels.none": (
        "the study's statement disagrees with the participation levels: by the levels no partner can dominate (the same partner the only one active in more than half of the program phases)"
    ),
    "hint.balance_levels": "record the levels the study gives, or the statement, not a contradiction",
    "model.cannot_dominate": (
        "'{id}' cannot dominate by the participation levels (it is the only active partner in at most {at_most} of {n} program phase)",
        "'{id}' cannot dominate by the participation levels (it is the only active partner in at most {at_most} of {n} program phases)",
    ),
    # rubric files (models.rubric) and templates of one's own (render)
    "rubric.used_twice": "'{id}' is used twice",
    "rubric.reserved": "'{id}' is reserved",
    "rubric.not_a.source": "'{id}' is not a source of this rubric",
    "rubric.not_a.criterion": "'{id}' is not a criterion of this rubric",
    "rubric.not_a.verdict": "'{id}' is not a verdict of this rubric",
    "rubric.unknown_indicator": "unknown indicator '{id}' (known: {known})",
    "rubric.scope.program": "indicator '{id}' cannot be read per program",
    "rubric.scope.partnership": "indicator '{id}' cannot be read per partnership",
    "rubric.unknown_parameter": "unknown parameter (allowed: {known})",
    "rubric.placeholder": "unknown placeholder '{name}'",
    "hint.placeholder": "this criterion provides: {names}",
    "rubric.last_rule": "the last rule must be 'when: always'",
    "hint.last_rule": "so that every partnership gets a verdict",
    "rubric.text.language": "'{code}' is not a language code (such as id, en or ms)",
    "rubric.path.not_a_field": (
        "'{part}' in '{path}' is not a field of the partnership file (fields here: {known})"
    ),
    "rubric.path.not_a_mapping": (
        "'{part}' in '{path}' is not a field of the partnership file (fields here: none, not a mapping)"
    ),
    "rubric.one_bound": "give exactly one of at_least or at_most",
    "rubric.one_threshold": "give more_than or min_share, not both",
    "limits.size": "expected a size such as 5M, 500k or 1048576 (bytes) but got '{value}'",
    "limits.size.positive": "expected a size of at least 1 byte but got '{value}'",
    "unit.bytes": (
        "{n} byte",
        "{n} bytes",
    ),
    "template.syntax": "template syntax error: {error}",
    "template.not_found": "template '{name}' not found",
    "hint.template": (
        "a template file becomes report.<format>.j2; a folder may hold any templates it includes"
    ),
    "template.not_utf8": "the template is not UTF-8 text",
    "template.unreadable": "the template cannot be read: {reason}",
    "template.not_allowed": "not allowed in a template: {error}",
    "template.error": "template error: {error}",
    "cli.template_format": "kemitraan: --template applies to md, html, pdf and docx reports, not to {format}",
    # writing (kemitraan.output): why it failed
    "output.not_a_folder": (
        "{target}: {folder} is not a folder (create the folder first, or choose another -o)"
    ),
    "output.no_folder": "{target}: {folder} does not exist (create the folder first, or choose another -o)",
    "output.is_folder": "{target}: is a folder; give a file name for the report",
    "output.cannot_write": "{target}: cannot write the report: {reason}; nothing was written",
    "reason.disk_full": "the disk is full",
    "reason.quota": "the disk quota is used up",
    "reason.permission": "permission denied",
    "reason.read_only": "the file system is read-only",
    "reason.name_too_long": "the file name is too long",
    "reason.not_a_folder": "part of the path is not a folder",
    "reason.missing": "no such file or folder",
    "reason.is_folder": "it is a folder",
    # many files at once (kemitraan.batch)
    "batch.no_path": "no such file or folder",
    "batch.mkdir": "{folder}: cannot make the folder: {reason}",
    "batch.internal": (
        "{file}: internal error: {error}\nThis is a bug in kemitraan. Rerun with `kemitraan --debug assess {file}` and report it."
    ),
    "batch.summary_kind": (
        "--summary {file}: give a file name ending in .csv, .jsonl, .xlsx, .sav (SPSS) or .dta (Stata)"
    ),
    "batch.format_needs_folder": (
        "--format: with several files, a folder or --summary, give -o FOLDER for the reports"
    ),
    "batch.out_is_file": (
        "-o {folder}: with several files, a folder or --summary, -o is a folder for the reports"
    ),
    "batch.out_looks_like_file": (
        "-o {folder}: with several files, a folder or --summary, -o is a folder for the reports, one per file; give a folder name (it is created when missing)"
    ),
    "batch.wrote_dictionary": "kemitraan: wrote {file} (the data dictionary)",
    "batch.wrote_reports": (
        "kemitraan: wrote {n} report below {folder}",
        "kemitraan: wrote {n} reports below {folder}",
    ),
    "summary.extra": "--summary .{kind} needs the 'stats' extra: pip install 'kemitraan[stats]'",
    # printing a PDF with headless Chromium (render.chromium)
    "chromium.install": (
        "install Chromium (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium), or set {variable} to a Chromium or Chrome executable; or write the report with --format html and print it from any browser"
    ),
    "chromium.not_executable": "kemitraan: {variable}={value} is not an executable; {hint}",
    "chromium.missing": "kemitraan: --format pdf needs headless Chromium, which was not found; {hint}",
    "chromium.cannot_start": "kemitraan: cannot start {program}: {reason}; {hint}",
    "chromium.stopped": "kemitraan: headless Chromium ({program}) stopped unexpectedly",
    "chromium.timeout": "kemitraan: headless Chromium ({program}) did not answer within {seconds} s",
    "chromium.refused": "kemitraan: headless Chromium ({program}) refused {method}: {error}",
    "chromium.open": "kemitraan: headless Chromium ({program}) could not open {url}: {error}",
    "chromium.evaluate": "kemitraan: headless Chromium ({program}) could not evaluate: {error}",
    "docx.chart": "Chart {n}",
    # survey ingest (kemitraan.fieldwork.ingest)
    "fw.ingest.no_columns": "no column matches a question of the questionnaire",
    "hint.fw.xml_values": (
        "export the answers with XML values and headers (KoboToolbox: Downloads, 'XML values and headers'; ODK Central: the CSV download), from the form made by 'kemitraan survey form' for this file"
    ),
    "fw.ingest.too_many": (
        "holds more than {n} submissions; kemitraan reads at most {n} from one export (their answers would far exceed the size limit of a partnership file)"
    ),
    "hint.fw.filter": (
        "export the submissions of this partnership only (filter them in KoboToolbox or ODK Central)"
    ),
    "fw.ingest.cells": (
        "has {n} cell but the header has {header}",
        "has {n} cells but the header has {header}",
    ),
    "fw.ingest.column": "column '{column}': {problem}",
    "fw.ingest.control": (
        "holds the control character {char}, which could hide or reorder text in a report; remove it in KoboToolbox or ODK Central (or in the export)"
    ),
    "fw.ingest.one_zero": "expected 1 or 0 but got '{value}'",
    "fw.ingest.disagree": (
        "the answer '{answer}' and its 1/0 columns ({chosen}) disagree; export the answers again"
    ),
    "fw.ingest.partner_ids": "expected partner ids ({allowed}) but got {value}",
    "fw.ingest.choice": "expected one of {allowed} but got '{value}'",
    "fw.ingest.choice.labels": (
        "expected one of {allowed} but got '{value}' (the export seems to hold labels; download it with XML values)"
    ),
    # survey exports and archives (kemitraan.fieldwork.tables, .archive)
    "hint.fw.save_csv": "export it again from KoboToolbox or ODK Central, or save it as 'CSV UTF-8'",
    "fw.table.pdf": "is a PDF document, not a survey export",
    "fw.table.office": "is an old-style Excel (.xls) or Word (.doc) file, not a survey export",
    "fw.table.rtf": "is an RTF document, not a survey export",
    "fw.table.too_large": "is larger than {size}; is it a survey export?",
    "hint.fw.only_this_form": "export only this questionnaire's submissions",
    "hint.fw.csv_or_xlsx": "export the answers as CSV or XLSX",
    "fw.table.zero_bytes": "is not a text file (it holds zero bytes)",
    "fw.table.empty": "is empty; expected a header row of question names",
    "fw.table.nul": "holds a NUL character (U+0000)",
    "fw.table.csv": "is not a readable CSV file: {error}",
    "fw.table.not_text": "is not {encoding} text: the byte {byte} cannot be read",
    "fw.table.not_text.latin": (
        "is not {encoding} text: the byte {byte} cannot be read (in Windows-1252 it would be '{char}': was the export saved by a spreadsheet in that encoding?)"
    ),
    "fw.extra.xlsx": (
        "reading an .xlsx export needs the 'fieldwork' extra: pip install 'kemitraan[fieldwork]'"
    ),
    "fw.table.not_xlsx": "is not a readable XLSX file",
    "hint.fw.again_xlsx": "export the answers again as XLSX or CSV",
    "fw.table.zip_not_excel": "is a zip archive but not an Excel workbook",
    "fw.table.xlsx": "is not a readable XLSX file: {error}",
    "fw.table.no_sheet": "has no sheet",
    "fw.zip.too_large": "is larger than {size}; refusing to open it",
    "fw.zip.entries": "holds {n} entries (more than {max}); refusing to open it",
    "fw.zip.unsafe": "holds an entry with an unsafe path '{name}' (it leaves the archive)",
    "fw.zip.entry_too_large": "{name} is larger than {size}; refusing to read it",
    "fw.zip.bomb": "{name} expands {n} times (a zip bomb?); refusing to read it",
    "fw.zip.total": "would expand to {size}; refusing to open it",
    # coded interviews (kemitraan.fieldwork.qdpx)
    "qda.mapping.shape": "expected a mapping 'codes:' of QDA code name -> target",
    "qda.mapping.target": "'{target}' is not a place for evidence in this partnership file",
    "hint.qda.codebook": "see: kemitraan evidence codebook --list",
    "qda.not_zip": "is not a REFI-QDA project: a .qdpx file is a zip archive",
    "hint.qda.export_again": (
        "export the project again from the QDA software (File, Export, REFI-QDA project)"
    ),
    "qda.no_project": "has no project.qde: not a REFI-QDA project",
    "hint.qda.export_qdpx": "export the project as .qdpx from the QDA software",
    "qda.damaged": "is damaged: {error}",
    "fw.extra.qdpx": (
        "importing a QDA project needs the 'fieldwork' extra: pip install 'kemitraan[fieldwork]'"
    ),
    "qda.xml_declarations": "refused: the XML uses {kind} declarations, which a REFI-QDA project never needs",
    "qda.xml": "is not well-formed XML: {error}",
    "qda.root": "is not a REFI-QDA project: expected {expected} but found {found}",
    "qda.same_guid": (
        "the codes '{first}' and '{second}' have the same guid {guid}, so a coding cannot tell them apart"
    ),
    "qda.too_many": (
        "holds more than {n} coded text selections; kemitraan imports at most {n} from one project"
    ),
    "hint.qda.this_partnership": "export a project with the interviews of this partnership only",
    "qda.positions": "source '{source}': a selection has no valid startPosition/endPosition",
    "qda.outside": (
        "source '{source}': selection {start}-{end} lies outside the text ({n} character)",
        "source '{source}': selection {start}-{end} lies outside the text ({n} characters)",
    ),
    "qda.not_its_text": (
        "source '{source}', selection {start}-{end}: its positions do not give its own text ('{text}') counting line ends either way; left out"
    ),
    "qda.blank": "source '{source}': selection {start}-{end} holds only white space, which is no quote",
    "hint.qda.blank": "remove that coding in the QDA software, or code the words themselves",
    "qda.line_ends": (
        "source '{source}': its positions count a Windows line end as one character (as MAXQDA and QualCoder's 'MAXQDA line endings' do); the quotes are cut accordingly"
    ),
    "qda.unknown_code": "source '{source}': a coding refers to a code that is not in the codebook ({guid})",
    "qda.source_outside": "source '{source}' points outside the archive ({path})",
    "qda.source_missing": "source '{source}': {member} is missing from the archive",
    "qda.source_utf8": "{member} is not UTF-8 text (REFI-QDA plain-text sources are UTF-8)",
    "qda.too_much_text": (
        "its quotes would add more than {size} of text to the partnership file; nothing written"
    ),
    "hint.qda.shorter": "code shorter passages, or import the interviews of this partnership only",
    "fw.extra.form": (
        "writing a questionnaire needs the 'fieldwork' extra: pip install 'kemitraan[fieldwork]'"
    ),
    "form.clash": (
        "{id}: program and partner ids give the same question name twice ({names}); rename one of the ids"
    ),
    "form.reserved": "{id}: the partner id '{partner}' is reserved by the questionnaire; rename it",
    "fw.extra.edit": (
        "editing a partnership file needs the 'fieldwork' extra: pip install 'kemitraan[fieldwork]'"
    ),
    "fw.lock.none": "{target}: cannot create a lock file (no writable cache or temporary folder)",
    "fw.lock.busy": "{target}: another kemitraan is still editing this file (waited {seconds} s); try again",
    "fw.edit.too_large": (
        "would make {file} {size}, over the limit of {limit} for a partnership file; nothing written"
    ),
    "hint.fw.fewer": "import fewer submissions or quotes at a time, or keep them in separate files",
    "fw.edit.changed": "changed while it was being read; nothing written, run again",
    # the survey and evidence commands (kemitraan.fieldwork.commands)
    "form.not_xlsx": "{file}: an XLSForm is an Excel file; give a name ending in .xlsx",
    "form.wrote": (
        "kemitraan: wrote {file} ({questions}; {programs}, {partners}; languages {langs})\nUpload it to KoboToolbox (Deploy) or ODK Central (New form); then export the answers as CSV\nand run: kemitraan survey ingest EXPORT.csv --into {partnership}"
    ),
    "count.questions": (
        "{n} question",
        "{n} questions",
    ),
    "count.selections": (
        "{n} coded selection",
        "{n} coded selections",
    ),
    "count.quotes": (
        "{n} quote",
        "{n} quotes",
    ),
    "fw.line": "kemitraan: {line}",
    "qda.read": "kemitraan: {file}: project '{project}', {selections}",
    "qda.merged": "kemitraan: {file}: {quotes} added, {duplicates} already in the file",
    "qda.unmapped": "kemitraan: codes not mapped to the partnership file (left out): {codes}",
    "qda.unmapped.hint": "kemitraan: name codes as in 'kemitraan evidence codebook', or give --mapping FILE",
    "qda.skipped_sources": "kemitraan: sources whose text is outside the archive (left out): {sources}",
    "qda.criterion": "criterion",
    "qda.not_qdc": "{file}: a REFI-QDA codebook is a .qdc file; give a name ending in .qdc",
    "qda.wrote_codebook": "kemitraan: wrote {file}; import it into the QDA software before coding",
    "yaml.problem.mapping_values.context": "mapping values are not allowed in this context",
    "yaml.problem.tab.space": "found a tab character where an indentation space is expected",
    "report.bundled": "bundled",
    # fields of the partnership file by their human names (fmt.path): the path follows in brackets
    "fmt.field_path": "{label} ({path})",
    "fmt.named": "{label} ({id})",
    "path.shared.service": "Shared service",
    "path.shared.target": "Shared target group",
    "path.shared.characteristic": "Other shared characteristic",
    "path.shared.linked": "Linked by a shared service, target or characteristic",
    "path.shared.vision_mission": "Joint vision and mission",
    "path.agreement.form": "Form of the agreement",
    "path.agreement.reference": "Reference of the agreement",
    "path.balance.stated": "Balance as the study states it",
    "path.balance.dominant": "Dominant party",
    "path.source.citation": "Reference of the study",
    "path.source.method": "Method",
    "path.source.extent": "How much of the study was read",
    "path.notes": "Notes",
    "value.some": "some",
    "value.full": "full",
    "value.infrequent": "little or none",
    "value.formal": "formal, not frequent",
    "value.frequent": "frequent",
    "value.prioritised": "frequent and prioritised",
    "value.independent": "each decides on its own",
    "value.some-shared": "some decisions shared",
    "value.all-members": "every member takes part",
    "value.consensus": "by consensus",
    "share.none": "none: each uses its own",
    "share.some": "some: part is shared",
    "share.full": "full: shared in full",
    "share.unknown": "unknown",
    "ind.choice.detail_joint": "{field}: {value}. Program phases done jointly ({phases}): {joint}.",
    "ind.subordination.detail": "Stated that a party is subordinated (relation.subordinated): {stated}. Dominance: {dominance}",
    "ind.capacity.detail_any": "Capacity building: {flows}.",
    "fw.item.relation": "Relation: {fact}",
    "relation.similar": "alike in status, size and power",
    "relation.subordinated": "a party subordinated",
    "relation.equal_roles": "equal roles and responsibilities",
    "relation.information": "information exchanged",
    "relation.activities": "activities adjusted",
    "relation.resources": "resources shared",
    "relation.risks": "risks shared",
    "relation.communication": "communication",
    "relation.decisions": "decision-making",
    "form.group.relation": "How the organisations stand to each other and work together",
    "form.relation.similar": "Are the partners relatively alike in status, size and power?",
    "form.relation.subordinated": "Is one partner subordinated to another in this partnership?",
    "form.relation.equal_roles": "Are roles, functions and responsibilities shared equally between the partners?",
    "form.relation.information": "Do the partners exchange information about their activities and goals?",
    "form.relation.activities": "Do the partners adjust their activities to one another for a common purpose?",
    "form.relation.resources": "How far do the partners share resources (staff, funds, venues, equipment)?",
    "form.relation.risks": "How far do the partners share the risks (and rewards) of the work?",
    "form.relation.communication": "How do the partners communicate?",
    "form.relation.decisions": "How do the partners take decisions about the common work?",
    "crosswalk.title": "The typologies side by side",
    "crosswalk.intro": "Where this partnership stands on each typology that ran, on one common scale of how far the parties work together (kemitraan's scale, see the notes).",
    "crosswalk.step.0": "no working link",
    "crosswalk.step.1": "information exchanged",
    "crosswalk.step.2": "activities altered",
    "crosswalk.step.3": "resources shared",
    "crosswalk.step.4": "working as one",
    "crosswalk.where.step": "step {step} ({label})",
    "crosswalk.where.between": "between steps {low} and {high} ({low_label}; {high_label})",
    "crosswalk.where.range": "undecided: steps {low} to {high} still possible",
    "crosswalk.where.range_one": "undecided, but every verdict still possible stands at step {low}",
    "crosswalk.where.beside": "beside the common scale: kemitraan gives its verdicts no place on it",
    "crosswalk.where.beside.sulistiyani-2017": "beside the common scale: judges balance and benefit, not how closely the parties work",
    "crosswalk.where.beside.sulistiyani-union": "beside the common scale: judges how the parties stand to each other",
    "crosswalk.where.beside.principles": "beside the common scale: judges the scores of the principles",
    "crosswalk.item": "{rubric}: {verdict}, {where}",
    "crosswalk.item_undecided": "{rubric}: {where}",
    "crosswalk.summary.no_ladder": "None of the typologies that ran is a ladder of working together, so this partnership is not placed on the common scale.",
    "crosswalk.summary.undecided": "The recorded facts do not yet place this partnership on the common scale: {items}.",
    "crosswalk.summary.one": "One ladder ran: {item}.",
    "crosswalk.summary.one_of": "Only one ladder places this partnership: {item}. The others: {others}.",
    "crosswalk.summary.agree": "The ladders agree: {items}.",
    "crosswalk.summary.differ": "The ladders place this partnership at different steps: {items}. The notes below say how their steps line up.",
    "crosswalk.named": "{id} ({name})",
    "crosswalk.name.notoatmodjo-2010": "Notoatmodjo's models",
    "crosswalk.name.sulistiyani-2017": "Sulistiyani's pseudo, mutualism and conjugation",
    "crosswalk.name.sulistiyani-union": "Sulistiyani's types by the relation between organisations",
    "crosswalk.name.principles": "the principles of partnership",
    "crosswalk.name.himmelman-2002": "Himmelman's continuum",
    "crosswalk.name.frey-2006": "Frey et al.'s Levels of Collaboration",
    "crosswalk.add": "Not run here (bundled with kemitraan): {names}. Add one with --rubric NAME (for example --rubric {example}), or choose the rubrics to run with --only.",
    "crosswalk.opt_in": "run on request",
    "rubrics.opt_in": "not run by default: add it with --rubric {id}",
    "crosswalk.beside_scale": "Beside the common scale",
    "crosswalk.typology": "Typology",
    "crosswalk.where": "Where it stands",
    "crosswalk.notes": "How the typologies line up",
    "crosswalk.sources": "References of these notes",
    "crosswalk.note.scale": "The common scale is kemitraan's: its steps follow Himmelman's (2002) nested definitions (exchanging information; altering activities; sharing resources; enhancing the capacity of another), and each ladder's verdicts are placed on it by what they ask.",
    "crosswalk.note.model1": "Notoatmodjo (2010:253) calls Model I \"jaringan kerja (networking)\", as Himmelman (2002) and Frey et al. (2006) call the first step of their ladders networking: the partners are linked, each with its own work. kemitraan gives Model I to every linked partnership that is not a joint program in every phase, so a Model I partnership that, say, plans together can stand higher on Himmelman's and Frey's ladders.",
    "crosswalk.note.model2": "Model II, whose activities are \"direncanakan, dilaksanakan, dan dievaluasi secara bersama-sama\" (planned, implemented and evaluated together; Notoatmodjo 2010:253), approaches collaboration without reaching it on the ladders' terms: it asks neither for shared resources nor for the capacity of another enhanced, which Himmelman's (2002) collaborating adds, nor for consensus on all decisions as Frey et al.'s (2006) collaboration does. kemitraan places it between the third and fourth steps of the common scale.",
    "crosswalk.note.order": "Himmelman (2002) and Frey et al. (2006) use the same words in another order: Himmelman places coordinating before cooperating, Frey et al. place cooperation before coordination. By what the levels ask, Himmelman's coordinating (exchanging information and altering activities) lines up with Frey's cooperation (providing information, decisions still made independently), and Himmelman's cooperating (adding \"sharing resources\") with Frey's coordination (\"Freely share information and resources\"); Frey's coalition has no step of its own among Himmelman's four strategies.",
    "crosswalk.note.balance": 'Sulistiyani\'s pseudo, mutualism and conjugation partnerships judge whether a partnership is balanced and what its parties gain, not how closely they work: one that "tidak benar-benar berjalan seimbang satu sama lain" (is not truly balanced; Sulistiyani 2017:130) is a pseudo partnership whatever step it stands on, so this typology sits beside the common scale, not on it.',
    "crosswalk.note.standing": 'Sulistiyani\'s second typology judges how the parties stand to each other (their status, size and power, and whether one is subordinated; the linear types are "berada pada garis lurus, tidak saling tersubordinasi", on one line, none subordinated; Sulistiyani 2004), not how closely they work; it too sits beside the common scale.',
    "crosswalk.note.two_families": 'The studies that apply both of Sulistiyani\'s typologies give one type of each: "kemitraan semu (Pseudo Partnership) dan subordinate union of partnership" (Desa Punten, Kota Batu) and "mutualism partnership berbasis linear collaborative of partnership" (Kalistania): an unbalanced partnership goes with a subordinate union, a mutual one with a linear relation. kemitraan decides each typology from its own criteria, and reads the same dominance for both.',
    "crosswalk.note.capacity": 'Capacity building is where Sulistiyani\'s conjugation partnership ("saling meningkatkan keterampilan", building each other\'s skills; 2017:130) and Himmelman\'s collaborating ("enhancing the capacity of another", 2002) meet; kemitraan reads both from capacity_building, conjugation asking for it both ways.',
    "rule.choice.or_joint": "Met when {path} is {met}; not met when it is {unmet}. When {path} says neither, met when some program phase in {phases} is joint (every partner of the program active or leading); unknown otherwise.",
    "reads.choice.or_joint": "{path}; programs[*].<phase>.participation and .joint, for {phases}",
    "rule.subordination": "Met when the study states a party is subordinated (relation.subordinated: yes), or one party dominates: the same partner carries {threshold} of all program phases at {min_level} or above while the others present are at most consulted, or the study states the partnership is not balanced. Not met when the study states none is (relation.subordinated: no) or states the partnership is balanced; unknown otherwise.",
    "reads.subordination": "relation.subordinated; programs[*].<phase>.participation and .joint in every phase; balance",
    "rule.capacity_mutual.any": "Met when some partner builds another's capacity; not met when capacity_building is empty ([]); unknown when capacity_building is not written.",
    "reads.capacity_mutual.any": "capacity_building",
    "init.section.relation": "== How the organisations stand to each other and work together (as your evidence states it)",
    "init.q.relation_any": "Does your evidence say how the parties stand to each other (status, subordination, roles) or how they work together (information, activities, resources, risks, communication, decisions)",
    "init.q.relation_similar": "Are the parties relatively alike in status, size and power",
    "init.q.relation_subordinated": "Is one party subordinated to another in the partnership",
    "init.q.relation_equal_roles": "Are roles, functions and responsibilities shared equally",
    "init.q.relation_information": "Do the partners exchange information about their activities and goals",
    "init.q.relation_activities": "Do the partners adjust their activities to one another for a common purpose",
    "init.q.relation_resources": "How far do the partners share resources (staff, funds, venues, equipment)",
    "init.q.relation_risks": "How far do the partners share the risks (and rewards) of the work",
    "init.q.relation_communication": "How do the partners communicate",
    "init.q.relation_decisions": "How do the partners take decisions about the common work",
    "init.q.relation_quote": "A quote showing this (optional)",
    "path.relation.similar.value": "The parties relatively alike",
    "path.relation.subordinated.value": "A party subordinated",
    "path.relation.equal_roles.value": "Equal roles and responsibilities",
    "path.relation.information.value": "Information exchanged",
    "path.relation.activities.value": "Activities adjusted to one another",
    "path.relation.resources.value": "Resources shared",
    "path.relation.risks.value": "Risks shared",
    "path.relation.communication.value": "How the partners communicate",
    "path.relation.decisions.value": "How the partners decide",
    "cli.metavar.names": "NAMES",
    "ind.phases_recorded.every_phase": "every phase of a program (no program is recorded yet)",
    "model.relation.subordinated_no": "says no but one party dominates the partnership (by the participation levels, or as the study's balance states)",
    "hint.relation.levels_balance": "correct the levels, the balance or this statement, so that they agree",
    "model.relation.subordinated_yes": "says yes but balance.stated says the partnership is balanced",
    "hint.relation.balance": "correct the balance or this statement, so that they agree",
    "model.relation.information_no": "says no but {phase} is joint (every partner of the program active or leading), and partners who work a phase together exchange information",
    "model.relation.activities_no": "says no but {phase} is joint (every partner of the program active or leading), and partners who work a phase together adjust their activities",
    "hint.relation.phase": "correct the phase or this statement, so that they agree",
    "model.relation.decisions_independent": "says independent but the planning of {program} is joint (every partner of the program active or leading in deciding)",
}

NOTES: dict[str, str] = {
    "init.blank.partner_id": (
        "An identifier in the file kemitraan init --blank writes: it is made lower case, accents"
        " dropped, anything but a-z, 0-9 and '-' replaced by '-'."
    ),
}
"""A note to the translator of an entry (the catalogue's ``#.`` comment)."""

DIRECTIVES = frozenset(
    {
        "fmt.number",
        "fmt.fixed",
        "fmt.percent",
        "fmt.money",
        "fmt.size",
        "fmt.fill",
        "fmt.sentences",
        "fmt.and",
        "fmt.list",
        "fmt.path",
        "fmt.vocabulary",
    }
)
"""Keys that are not sentences but ways of writing a value, done by code (:func:`fmt`):
``fmt.number`` (``value``), ``fmt.fixed`` (``value`` with exactly ``decimals``), ``fmt.percent`` (``value``, a share 0-1), ``fmt.money`` (``value``,
``currency``), ``fmt.size`` (``value`` bytes: ``5 MiB``, ``1,5 KiB``), ``fmt.fill`` (a rubric's ``template`` text with its placeholders filled from
the other values), ``fmt.sentences`` (``parts``, joined with spaces), ``fmt.and`` (``items``,
joined with the language's "and"), ``fmt.list`` (``items``, joined with commas), ``fmt.path`` (a field of the partnership
file by its human name, the ``path`` after it in brackets: ``path.<path>`` entries) and ``fmt.vocabulary`` (the words a file may write for the
values of a ``vocabulary`` of :mod:`kemitraan.models.words`, the language's own first)."""


# --- the catalogue of a language ------------------------------------------------------------------


@functools.lru_cache(maxsize=16)
def _catalogue(lang: str) -> i18n.Catalogue | None:
    return i18n.catalogue(lang)


def refresh() -> None:
    """Forget the catalogues read so far (after ``KEMITRAAN_LOCALE_PATH`` changed, in tests)."""
    _catalogue.cache_clear()
    _words.cache_clear()
    i18n.refresh()


def template(key: str, lang: str, n: int | None = None) -> str:
    """The sentence of ``key`` in ``lang`` (its English where the catalogue lacks it); for a
    plural, the form for the count ``n``."""
    english = SOURCE[key]
    cat = _catalogue(lang) if lang != i18n.SOURCE_LANGUAGE else None
    if isinstance(english, tuple):
        count = n if n is not None else 0
        found = cat.plural(key, count) if cat is not None else None
        return found if found is not None else english[i18n.english_plural(count)]
    found = cat.text(key) if cat is not None else None
    return found if found is not None else english


def translated(key: str, lang: str) -> str | None:
    """A catalogue entry that is not in :data:`SOURCE` (the models' field descriptions,
    ``field.*``), in ``lang``; None when the catalogue lacks it."""
    cat = _catalogue(lang) if lang != i18n.SOURCE_LANGUAGE else None
    return cat.text(key) if cat is not None else None


# --- numbers, money and dates ---------------------------------------------------------------------


@record(kw_only=False, slots=False)
class Words:
    """How a language writes numbers, money and dates (its ``locale.*`` entries, from CLDR)."""

    decimal: str
    group: str
    rupiah: str
    months: tuple[str, ...]


@functools.lru_cache(maxsize=16)
def _words(lang: str) -> Words:
    cat = _catalogue(lang) if lang != i18n.SOURCE_LANGUAGE else None
    cldr: dict[str, str] | None = None

    def word(key: str) -> str:
        nonlocal cldr
        found = cat.text(key) if cat is not None else None
        if found is None and cat is not None:  # a catalogue compiled without its locale data
            cldr = i18n.cldr(lang) if cldr is None else cldr
            found = cldr.get(key)
        return found if found is not None else str(SOURCE[key])

    return Words(
        word("locale.decimal"),
        word("locale.group"),
        word("locale.currency.IDR"),
        tuple(word(f"locale.month.{n}") for n in range(1, 13)),
    )


def _local(text: str, lang: str) -> str:
    """``5,000,000.5`` (as Python writes it) with the language's group and decimal symbols."""
    w = _words(lang)
    if (w.group, w.decimal) == (",", "."):
        return text
    return text.replace(",", "\0").replace(".", w.decimal).replace("\0", w.group)


def number(value: float | int, lang: str, decimals: int = 2) -> str:
    """``5.000.000`` / ``5,000,000``; a fraction with at most ``decimals`` decimals (``2,75``)."""
    if isinstance(value, int) or float(value).is_integer():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    return _local(text, lang)


def fixed(value: Any, lang: str, decimals: int = 2) -> str:
    """A score with exactly ``decimals`` decimals (``0,60`` / ``0.60``); ``–`` for none."""
    if value is None:
        return "–"
    return _local(f"{float(value):.{decimals}f}", lang)


def money(value: float | int, currency: str, lang: str) -> str:
    """``Rp 5.000.000`` in Indonesian, ``IDR 5,000,000`` in English; other currencies by their code."""
    symbol = _words(lang).rupiah if currency == "IDR" else currency
    return f"{symbol} {number(value, lang)}"


def size(value: int, lang: str) -> str:
    """5242880 -> ``5 MiB``; 1536 -> ``1.5 KiB`` (``1,5 KiB``); 900 -> ``900 bytes``."""
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if value >= factor:
            return f"{number(round(value / factor, 1), lang, 1)} {unit}"
    return t("unit.bytes", lang, n=value)


def percent(share: float) -> str:
    return f"{round(share * 100)}%"


def date(value: Any, lang: str) -> str:
    """A YYYY-MM-DD date in words of the language: ``1 Mei 2024`` / ``1 May 2024``."""
    text = str(value)
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match is None:
        return text
    year, month, day = match.groups()
    return t("fmt.date", lang, day=str(int(day)), month=_words(lang).months[int(month) - 1], year=year)


# --- putting a message into words -------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def value(v: Any, lang: str) -> str:
    """One placeholder value in the given language."""
    if type(v) is str:
        return v
    if isinstance(v, Msg):
        return fmt(v, lang)
    if isinstance(v, bool):
        return template("truth.yes" if v else "truth.no", lang)
    if isinstance(v, int | float):
        return number(v, lang)
    if isinstance(v, list | tuple):
        joiner = "; " if any(isinstance(x, Msg) for x in v) else ", "
        return joiner.join(value(x, lang) for x in v)
    words = getattr(v, "in_language", None)  # a rubric's text (models.rubric.Text)
    if callable(words):
        return str(words(lang))
    return str(v)


def say(v: Any, lang: str) -> str:
    """A text for people in ``lang``: a :class:`Msg`, a rubric's text, plain text; '' for none."""
    return "" if v is None else value(v, lang)


def both(v: Any) -> dict[str, str]:
    """A text in Indonesian and English, as the JSON output carries every text for people."""
    return {"id": say(v, "id"), "en": say(v, "en")}


def placeholders_of(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


@functools.lru_cache(maxsize=4096)
def _pieces(text: str) -> tuple[str, ...]:
    """``"a {x} b"`` -> ``("a ", "x", " b")``: text and placeholder names, alternating."""
    return tuple(_PLACEHOLDER.split(text))


def substitute(text: str, params: Mapping[str, Any], lang: str) -> str:
    """The text with each ``{name}`` in ``params`` replaced by its value (others left as they are).

    Plain substitution, never ``str.format``; a value is not searched for placeholders again.
    """
    pieces = _pieces(text)
    if len(pieces) == 1:
        return text
    out = [pieces[0]]
    for i in range(1, len(pieces), 2):
        name = pieces[i]
        out.append(value(params[name], lang) if name in params else "{" + name + "}")
        out.append(pieces[i + 1])
    return "".join(out)


def _directive(msg: Msg, lang: str) -> str:
    p = msg.params
    if msg.key == "fmt.fill":
        return substitute(say(p["template"], lang), p, lang)
    if msg.key == "fmt.sentences":
        return " ".join(s for s in (say(x, lang) for x in p["parts"]) if s)
    if msg.key == "fmt.list":
        return ", ".join(say(x, lang) for x in p["items"])
    if msg.key == "fmt.and":
        return f" {template('word.and', lang)} ".join(say(x, lang) for x in p["items"])
    if msg.key == "fmt.path":
        path = str(p["path"])
        key = f"path.{path}"
        return t("fmt.field_path", lang, label=template(key, lang), path=path) if key in SOURCE else path
    if msg.key == "fmt.vocabulary":
        return _vocabulary(str(p["vocabulary"]), lang)
    number_value = p.get("value")
    if not isinstance(number_value, int | float):
        return str(number_value)
    if msg.key == "fmt.percent":
        return percent(number_value)
    if msg.key == "fmt.fixed":
        return fixed(number_value, lang, int(p.get("decimals", 2)))
    if msg.key == "fmt.size":
        return size(int(number_value), lang)
    if msg.key == "fmt.money":
        return money(number_value, str(p.get("currency", "IDR")), lang)
    return number(number_value, lang)


def _vocabulary(name: str, lang: str) -> str:
    """``absent, informed, ... (or in Indonesian: tidak terlibat, ...)``; Indonesian first in Indonesian."""
    from kemitraan.models import words

    own = words.words_in(name, lang)
    other = words.words_in(name, "en" if lang == words.WORDS_LANGUAGE else words.WORDS_LANGUAGE)
    others = [w for w in dict.fromkeys(other) if w not in own]
    if not others:
        return ", ".join(own)
    key = "words.with_english" if lang == words.WORDS_LANGUAGE else "words.with_indonesian"
    return t(key, lang, words=", ".join(own), others=", ".join(others))


def fmt(msg: Msg, lang: str) -> str:
    """The message in ``lang``."""
    if msg.key in DIRECTIVES:
        return _directive(msg, lang)
    n = msg.params.get("n")
    return substitute(template(msg.key, lang, n if isinstance(n, int) else None), msg.params, lang)


def t(key: str, lang: str, **params: Any) -> str:
    """Shorthand for templates and renderers: ``t("report.why", "en")``."""
    return fmt(Msg(key, params), lang)


def err(key: str, **params: Any) -> str:
    """An error, a note or a prompt, in the language of the run (:func:`kemitraan.i18n.ui`):
    ``err("output.is_input", target="r.md")``."""
    return fmt(Msg(key, params), i18n.ui())


def fill(text: Any, params: Mapping[str, Any]) -> Msg:
    """A rubric's text with its ``{placeholders}`` to be filled in whatever language it is read."""
    return Msg("fmt.fill", {**params, "template": text})


def sentences(parts: Iterable[Any]) -> Msg:
    """Several sentences, one after the other."""
    return Msg("fmt.sentences", {"parts": list(parts)})
