"""The loader against broken and hostile partnership files: each case is refused with a
located message (file:line:col: field: what; suggestion), or read exactly as written."""

from __future__ import annotations

import textwrap
import time
import tracemalloc
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kemitraan.errors import InputError
from kemitraan.loader import load_partnership, load_rubric, parse_yaml
from kemitraan.loader.problems import MAX_PROBLEMS
from kemitraan.loader.reader import _HIDDEN as HIDDEN
from kemitraan.loader.reader import walks_needed
from kemitraan.models.partnership import Partnership

HEAD = """\
schema: kemitraan/1
id: x
title: x
partners:
  - id: a
    name: A
  - id: b
    name: B
"""


def write(tmp_path: Path, text: str | bytes, name: str = "p.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        text = textwrap.dedent(text).encode("utf-8")
    path.write_bytes(text)
    return path


def error(tmp_path: Path, text: str | bytes, **kw: int) -> str:
    """The message for a file that must be refused (asserting that it is)."""
    path = write(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_partnership(path, **kw)
    message = str(info.value)
    assert message.startswith(str(path)), message
    return message.replace(str(path), "F")


def loaded(tmp_path: Path, text: str | bytes) -> Partnership:
    return load_partnership(write(tmp_path, text))[0]


# --- duplicates: an error naming both lines ---------------------------------------------------


def test_duplicate_phase_key_names_both_lines(tmp_path: Path) -> None:
    text = HEAD + textwrap.dedent("""\
        programs:
          - id: p
            name: P
            evaluation: {participation: {a: lead}}
            planning: {participation: {a: lead}}
            evaluation:
              participation: {a: lead, b: active}
        """)
    assert error(tmp_path, text) == (
        "F:14:5: duplicate key 'evaluation': it is also at line 12, and YAML would silently keep"
        " only the last one; keep one of them, or merge their contents"
    )


def test_duplicate_partner_id_names_both_lines(tmp_path: Path) -> None:
    text = HEAD + "  - id: a\n    name: C\n"
    assert error(tmp_path, text) == (
        "F:9:5: partners[2].id: partner id 'a' is already used by partners[0] (line 5);"
        " give each partner its own id"
    )


def test_duplicate_program_id_names_both_lines(tmp_path: Path) -> None:
    text = HEAD + "programs:\n  - {id: p, name: P}\n  - {id: p, name: Q}\n"
    assert "F:11:6: programs[1].id: program id 'p' is already used by programs[0] (line 10)" in error(
        tmp_path, text
    )


def test_duplicate_top_level_key(tmp_path: Path) -> None:
    assert error(tmp_path, HEAD + "title: y\n").startswith(
        "F:9:1: duplicate key 'title': it is also at line 3"
    )


def test_duplicate_nan_keys_are_an_error_not_a_crash(tmp_path: Path) -> None:
    assert "duplicate key 'nan'" in error(tmp_path, HEAD + ".nan: 1\n.nan: 2\n")


def test_duplicate_criterion_in_rubric_names_both_lines(tmp_path: Path) -> None:
    bundled = Path(__file__).resolve().parents[1] / "rubrics" / "principles.yaml"
    text = bundled.read_text(encoding="utf-8")
    first = text.index("  - id: equity")
    line = text[:first].count("\n") + 1
    text = text.replace("  - id: transparency", "  - id: equity", 1)
    second = text[: text.index("  - id: equity", first + 1)].count("\n") + 1
    path = write(tmp_path, text.encode(), "rubric.yaml")
    with pytest.raises(InputError) as info:
        load_rubric(str(path))
    assert f":{second}:5: criteria[3].id: 'equity' is used twice (line {line})" in str(info.value)


# --- YAML 1.1 re-typing: read as written, or refused with a hint -------------------------------


@pytest.mark.parametrize("written", ["no", '"no"', "No"])
def test_no_is_the_answer_no(tmp_path: Path, written: str) -> None:
    text = HEAD.replace("    name: A\n", f"    name: A\n    understands_purpose: {written.lower()}\n")
    assert loaded(tmp_path, text).partners[0].understands_purpose == "no"


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        ("understands_purpose: true", "understands_purpose", "but got the boolean true; did you mean 'yes'?"),
        (
            "understands_purpose: false",
            "understands_purpose",
            "but got the boolean false; did you mean 'no'?",
        ),
    ],
)
def test_booleans_for_words_suggest_the_word(tmp_path: Path, line: str, field: str, expected: str) -> None:
    text = HEAD.replace("    name: A\n", f"    name: A\n    {line}\n")
    message = error(tmp_path, text)
    assert message.startswith(f"F:7:26: partners[0].{field}: expected one of yes, partly, no, unknown")
    assert message.endswith(expected)


@pytest.mark.parametrize(
    ("value", "read_as"),
    [
        ("1e3", "the number 1000.0"),
        ("0123", "the number 123"),
        ("0x1F", "the number 31"),
        ("12.50", "the number 12.5"),
    ],
)
def test_numbers_in_text_fields_are_quoted_as_written(tmp_path: Path, value: str, read_as: str) -> None:
    message = error(tmp_path, HEAD.replace("id: x", f"id: {value}"))
    assert message == (
        f"F:2:5: id: expected text but got {value}, which YAML reads as {read_as};"
        f' put it in quotes to keep it exactly as written: "{value}"'
    )


def test_quoted_codes_are_kept_as_written(tmp_path: Path) -> None:
    p = loaded(tmp_path, HEAD.replace("id: x", 'id: "1e3"') + 'place: {code: "0123", country: NO}\n')
    assert p.place is not None
    assert (p.id, p.place.code, p.place.country) == ("1e3", "0123", "NO")


def test_bare_leading_zero_code_is_refused(tmp_path: Path) -> None:
    assert error(tmp_path, HEAD + "place: {code: 0123}\n") == (
        "F:9:15: place.code: expected text but got 0123, which YAML reads as the number 123;"
        ' put it in quotes to keep it exactly as written: "0123"'
    )


def test_boolean_in_text_field_is_refused(tmp_path: Path) -> None:
    assert error(tmp_path, HEAD + "place: {country: true}\n") == (
        "F:9:18: place.country: expected text but got the boolean true; put it in quotes to keep it"
        ' exactly as written: "true"'
    )


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("2019-2023", 2019, 2023),
        ("2019–2023", 2019, 2023),  # an en dash, as word processors write it
        ('"2019 - 2023"', 2019, 2023),
        ("2019-", 2019, None),
        ("2019", 2019, 2019),
        ("{from: 2019, to: 2023}", 2019, 2023),
    ],
)
def test_period_as_a_range_of_years(tmp_path: Path, written: str, first: int, last: int | None) -> None:
    period = loaded(tmp_path, HEAD + f"period: {written}\n").period
    assert period is not None
    assert (period.from_, period.to) == (first, last)


@pytest.mark.parametrize(
    ("written", "message"),
    [
        (
            "2019/2023",
            "expected a range of years such as 2019-2023 (or 'from:' and 'to:' lines) but got '2019/2023'",
        ),
        (
            "2019-05-01",
            "expected a range of years such as 2019-2023 (or 'from:' and 'to:' lines) but got '2019-05-01'",
        ),
        ("2023-2019", "'to' (2019) is before 'from' (2023)"),
        ("1066-1070", "F:9:9: period.from: expected a value of at least 1900 but got the number 1066"),
    ],
)
def test_period_that_is_not_a_range_is_refused(tmp_path: Path, written: str, message: str) -> None:
    assert message in error(tmp_path, HEAD + f"period: {written}\n")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "5.000",
            "F:9:62: 5.000 looks like a number with thousands separators (5000), but YAML reads it as"
            " the decimal number 5.0; write 5000 (no separators), or 5.0 if you mean a decimal",
        ),
        (
            "5.000.000",
            "F:9:62: constraints[0].amount.value: expected a number but got '5.000.000';"
            " write the number without thousands separators or quotes: 5000000",
        ),
        (
            '"5000000"',
            "F:9:62: constraints[0].amount.value: expected a number but got '5000000';"
            " remove the quotes around the number",
        ),
        (".nan", "F:9:62: constraints[0].amount.value: expected a finite number but got the number nan"),
        (".inf", "F:9:62: constraints[0].amount.value: expected a finite number but got the number inf"),
        ("-5", "F:9:62: constraints[0].amount.value: expected a value of at least 0.0 but got the number -5"),
    ],
)
def test_amounts_that_would_change_meaning(tmp_path: Path, value: str, message: str) -> None:
    text = HEAD + f"constraints: [{{kind: budget, description: d, amount: {{value: {value}}}}}]\n"
    assert error(tmp_path, text) == message


def test_amount_without_separators_is_read(tmp_path: Path) -> None:
    text = HEAD + "constraints: [{kind: budget, description: d, amount: {value: 5000000}}]\n"
    amount = loaded(tmp_path, text).constraints[0].amount
    assert amount is not None and amount.value == 5000000


def test_a_number_too_long_to_read(tmp_path: Path) -> None:
    assert error(tmp_path, HEAD + "notes: " + "1" * 5000 + "\n").startswith(
        "F:9:8: a number of 5,000 digits is too long to read"
    )


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("~", "F:1:1: a key must be text, but one key here is nothing (empty); put the key in quotes"),
        ("1", "F:1:1: a key must be text, but one key here is the number 1; put the key in quotes"),
    ],
)
def test_keys_that_are_not_text(tmp_path: Path, key: str, message: str) -> None:
    assert error(tmp_path, HEAD + f"{key}: 1\n") == message


# --- nothing runs, nothing expands --------------------------------------------------------------


@pytest.mark.parametrize(
    ("tagged", "tag"),
    [
        ("!!python/object/apply:os.system ['touch {marker}']", "!!python/object/apply:os.system"),
        ("!!python/object:os.system {}", "!!python/object:os.system"),
        ("!!python/name:os.system", "!!python/name:os.system"),
        ("!!python/module:os", "!!python/module:os"),
        ("!!binary aGVsbG8=", "!!binary"),
        ("!!set {a, b}", "!!set"),
        ("!!timestamp 2020-01-01", "!!timestamp"),
        ("!!omap [a: 1]", "!!omap"),
        ("!foo bar", "!foo"),
        ("!<tag:example.com,2024:x> bar", "tag:example.com,2024:x"),
    ],
)
def test_tags_outside_the_core_schema_are_refused(tmp_path: Path, tagged: str, tag: str) -> None:
    marker = tmp_path / "pwned"
    message = error(tmp_path, HEAD + "notes: " + tagged.replace("{marker}", str(marker)) + "\n")
    assert message.startswith(f"F:9:8: the tag '{tag}' is not allowed: kemitraan reads plain data only")
    assert message.endswith("remove the tag (the word starting with '!')")
    assert not marker.exists()


@pytest.mark.parametrize(
    ("written", "value"), [("! 0123", "0123"), ("! yes", "yes"), ("! 5.000", "5.000"), ('! "0123"', "0123")]
)
def test_a_value_with_the_non_specific_tag_is_refused(tmp_path: Path, written: str, value: str) -> None:
    # libyaml reads even the quoted one as the number 123; the YAML specification as text
    message = error(tmp_path, HEAD + f"notes: {written}\n")
    assert message.startswith(f"F:9:8: notes: the value '{written}' carries the non-specific tag '!'")
    assert message.endswith(f'put the value in quotes if it is text: "{value}"')


def test_an_exclamation_mark_in_text_is_fine(tmp_path: Path) -> None:
    p = loaded(tmp_path, HEAD.replace("title: x", "title: Halo! Apa kabar") + 'notes: "Ayo! Maju"\n')
    assert (p.title, p.notes) == ("Halo! Apa kabar", "Ayo! Maju")


def test_core_tags_are_fine(tmp_path: Path) -> None:
    p = loaded(tmp_path, HEAD.replace("id: x", "id: !!str 0123") + "notes: !!str yes\n")
    assert (p.id, p.notes) == ("0123", "yes")


def test_merge_keys_are_not_read(tmp_path: Path) -> None:
    text = HEAD + "shared: &s {service: x}\nagreement:\n  <<: *s\n"
    assert "F:11:3: agreement.<<: merge keys ('<<') are not part of YAML 1.2" in error(tmp_path, text)


LAUGHS = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
    for prev, name in zip("abcdefghi", "bcdefghij", strict=True)
)


def test_billion_laughs_is_refused_quickly_in_little_memory(tmp_path: Path) -> None:
    text = HEAD + 'notes: &a "lol"\nx:\n' + textwrap.indent(LAUGHS, "  ") + "constraints: *j\n"
    tracemalloc.start()
    start = time.perf_counter()
    message = error(tmp_path, text)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "aliases (*name) expand this part of the file to more than 5 MiB" in message
    assert message.endswith("write the repeated parts out instead of using aliases, or raise --max-size")
    assert elapsed < 1.0
    assert peak < 20 * 1024 * 1024


def test_alias_bomb_through_the_schema_is_refused(tmp_path: Path) -> None:
    # 18 KB that would validate to a million 10 KB solutions (a 10 GB report).
    big = "x" * 10_000
    solutions = ", ".join(["*s"] * 1000)
    text = (
        HEAD
        + f'notes: &s "{big}"\nconstraints: [&c {{kind: budget, description: d, solutions: [{solutions}]}}'
    )
    text += ", *c" * 1000 + "]\n"
    assert "aliases (*name) expand this part of the file" in error(tmp_path, text)


def test_expansion_is_measured_against_max_size(tmp_path: Path) -> None:
    text = (
        HEAD
        + 'notes: &n "'
        + "x" * 2000
        + '"\nconstraints: [{kind: budget, description: *n, solutions: [*n, *n]}]\n'
    )
    assert loaded(tmp_path, text).constraints[0].solutions == ["x" * 2000] * 2
    assert "expand this part of the file to more than 5 KiB" in error(tmp_path, text, max_bytes=5 * 1024)


def test_small_aliases_are_fine(tmp_path: Path) -> None:
    text = HEAD + textwrap.dedent("""\
        source: {citation: &cite "Sapitri dkk. 2023"}
        shared:
          evidence:
            - {quote: "Q", source: *cite}
        """)
    shared = loaded(tmp_path, text).shared
    assert shared is not None and shared.evidence[0].source == "Sapitri dkk. 2023"


def test_alias_to_itself_is_refused(tmp_path: Path) -> None:
    assert error(tmp_path, HEAD + "notes: &a [*a]\n").startswith(
        "F:9:8: notes: an alias (*name) refers to a part of the file that contains it"
    )


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    text = HEAD + "notes: " + "[" * 5000 + "]" * 5000 + "\n"
    assert "invalid YAML: exceeded maximum nesting depth" in error(tmp_path, text)


# --- size ---------------------------------------------------------------------------------------


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    text = HEAD + "notes: " + "x" * 2000 + "\n"
    assert error(tmp_path, text, max_bytes=1024) == (
        "F: is larger than the limit of 1 KiB for an input file; check that this is the right file"
        " (a partnership file is normally a few kilobytes); to read it anyway, raise the limit with --max-size"
    )
    assert loaded(tmp_path, text).notes == "x" * 2000


def test_endless_input_is_refused_without_reading_it_all() -> None:
    start = time.perf_counter()
    with pytest.raises(InputError, match="is larger than the limit of 1 MiB"):
        load_partnership(Path("/dev/zero"), max_bytes=1024 * 1024)
    assert time.perf_counter() - start < 1.0


# --- text as people have it ---------------------------------------------------------------------


def test_bom_and_crlf_are_fine(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbf" + HEAD.replace("\n", "\r\n").encode() + b'notes: "line one\r\n  line two"\r\n'
    p = loaded(tmp_path, raw)
    assert (p.id, p.partners[1].name, p.notes) == ("x", "B", "line one line two")


def test_tab_in_indentation_is_located(tmp_path: Path) -> None:
    assert error(tmp_path, HEAD.replace("    name: A", "\tname: A")) == (
        "F:6:1: invalid YAML: found a tab character that violates indentation (while scanning a"
        " plain scalar); YAML does not allow tabs for indentation; indent with spaces"
    )


def test_non_breaking_spaces_from_word_are_plain_spaces(tmp_path: Path) -> None:
    text = (
        HEAD.replace("    name: A", "\u00a0\u00a0\u00a0\u00a0name:\u00a0Desa\u00a0Benan")
        + "notes:\u00a0x\u202fy\n"
    )
    p = loaded(tmp_path, text)
    assert (p.partners[0].name, p.notes) == ("Desa Benan", "x y")


def test_smart_quotes_in_text_are_kept_as_written(tmp_path: Path) -> None:
    p = loaded(tmp_path, HEAD + "notes: “Kerja sama” ‘solid’\n")
    assert p.notes == "“Kerja sama” ‘solid’"


def test_smart_quotes_around_a_value_with_a_colon(tmp_path: Path) -> None:
    assert error(tmp_path, HEAD + "notes: “P2TP2A: Desa”\n") == (
        "F:9:15: invalid YAML: mapping values are not allowed in this context; this line has curly"
        " quotes (“ ” ‘ ’), perhaps pasted from a word processor; YAML only treats straight quotes"
        " (\" or ') as quotes, so retype them"
    )


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("“a”", "remove the curly quotes (perhaps pasted from a word processor); for example 'a'"),
        ("a\u200b", "it contains the invisible character U+200B ZERO WIDTH SPACE; for example 'a'"),
        ("Desa Benan", "for example 'desa-benan'"),
        ("désa", "for example 'desa'"),
    ],
)
def test_ids_that_do_not_validate_get_a_helpful_message(tmp_path: Path, written: str, hint: str) -> None:
    message = error(tmp_path, HEAD.replace("  - id: a", f"  - id: {written}"))
    assert message.startswith("F:5:9: partners[0].id: expected an id of letters, digits, '-', '_' or '.'")
    assert message.endswith(hint)


def test_non_ascii_everywhere_is_read(tmp_path: Path) -> None:
    text = textwrap.dedent("""\
        schema: kemitraan/1
        id: desa-sukamaju
        title: Kemitraan Désa Sukamaju — “gotong royong” 合作 🤝 شراكة
        partners:
          - {id: a, name: Pemerintah Désa Sukamaju 合作社, contributes: [tenaga, dana – Rp 5.000.000]}
          - {id: b, name: Kelompok Tani “Maju Jaya” 🌾}
        notes: Ñandú, Ærøskøbing, İstanbul, Việt Nam
        """)
    p = loaded(tmp_path, text)
    assert p.title.endswith("合作 🤝 شراكة")
    assert p.partners[1].name == "Kelompok Tani “Maju Jaya” 🌾"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (HEAD.encode("utf-16"), "F:1: is UTF-16 encoded, not UTF-8; save the file as UTF-8"),
        (HEAD.encode("utf-32"), "F:1: is UTF-32 encoded, not UTF-8; save the file as UTF-8"),
        (
            HEAD.encode("utf-16-le"),
            "F:1:2: contains NUL bytes, so it is not a UTF-8 text file (is it UTF-16 without a"
            " byte-order mark, or a binary file?)",
        ),
        (
            (HEAD + "notes: Désa\n").encode("latin-1"),
            "F:9:9: is not UTF-8: the byte 0xe9 cannot be read (in Windows-1252 or Latin-1 it would be"
            " 'é', so the file was probably saved in that encoding); save the file as UTF-8",
        ),
        (
            (HEAD + "notes: “x”\n").encode("cp1252"),
            "F:9:8: is not UTF-8: the byte 0x93 cannot be read (in Windows-1252 or Latin-1 it would be '“'",
        ),
        (
            b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40,
            "F: is a zip archive (a Word, Excel or OpenDocument file?)",
        ),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "F: is a PDF document, not a YAML text file"),
    ],
)
def test_other_encodings_get_a_clear_message(tmp_path: Path, raw: bytes, message: str) -> None:
    assert error(tmp_path, raw).startswith(message)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            (HEAD + "notes: a\x1bb\n").encode(),
            "F:9:9: contains the control character U+001B ESCAPE, which YAML does not allow",
        ),
        ((HEAD + "notes: a\x7f\n").encode(), "F:9:9: contains the control character U+007F DELETE"),
        (
            (HEAD + 'notes: "a\\e[2Jb"\n').encode(),
            "F:9:8: notes: the text contains the control character U+001B ESCAPE (written with a '\\' escape)",
        ),
        (
            (HEAD.replace("name: B", 'name: "B\\x07"')).encode(),
            "F:8:11: partners[1].name: the text contains the control character U+0007 BELL",
        ),
        (
            (HEAD + "notes: admin\u202egnp.exe\n").encode(),
            "F:9:8: notes: the text contains the invisible character U+202E RIGHT-TO-LEFT OVERRIDE",
        ),
        (
            (HEAD + 'notes: "admin\\u2066x"\n').encode(),
            "F:9:8: notes: the text contains the invisible character U+2066 LEFT-TO-RIGHT ISOLATE",
        ),
    ],
)
def test_control_and_direction_characters_are_refused(tmp_path: Path, raw: bytes, message: str) -> None:
    assert error(tmp_path, raw).startswith(message)


def test_a_backslash_in_plain_text_is_fine(tmp_path: Path) -> None:
    assert loaded(tmp_path, HEAD + 'notes: C:\\data\\wawancara "1"\n').notes == 'C:\\data\\wawancara "1"'


# --- files that are not partnership files ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "F:1:1: expected a mapping of fields (key: value lines) at the top, but the file is empty"),
        (
            "# only a comment\n",
            "F:1:1: expected a mapping of fields (key: value lines) at the top, but the file is empty",
        ),
        (
            "- a\n- b\n",
            "F:1:1: expected a mapping of fields (key: value lines) at the top, but the file is a list",
        ),
        (
            "just words\n",
            "F:1:1: expected a mapping of fields (key: value lines) at the top, but the file is 'just words'",
        ),
        (
            HEAD + "---\n" + HEAD,
            "F:9:1: invalid YAML: but found another document (expected a single document in"
            " the stream); put each partnership in a file of its own (remove the '---' line)",
        ),
    ],
)
def test_not_a_partnership(tmp_path: Path, text: str, message: str) -> None:
    assert error(tmp_path, text).startswith(message)


def test_no_such_file_and_folders(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file; check the path"):
        load_partnership(tmp_path / "missing.yaml")
    with pytest.raises(InputError, match="is a folder, not a file"):
        load_partnership(tmp_path)


def test_many_problems_are_capped(tmp_path: Path) -> None:
    text = HEAD + "".join(f"k{i}: {i}\n" for i in range(5000))
    start = time.perf_counter()
    lines = error(tmp_path, text).splitlines()
    assert time.perf_counter() - start < 5
    assert len(lines) == MAX_PROBLEMS + 1
    assert lines[0].startswith("F:9:1: k0: unknown key 'k0'")
    assert lines[-1] == f"F: ... and {5000 - MAX_PROBLEMS:,} more problems; fix these first"


@settings(max_examples=300, deadline=None)
@given(text=st.text(), ascii_only=st.booleans())
def test_hidden_characters_never_slip_past_the_cheap_tests(text: str, ascii_only: bool) -> None:
    """The node walk runs only when walks_needed() says so; whatever escapes the emitter
    chooses, a control or direction character is refused and everything else read back."""
    dumped = yaml.safe_dump({"notes": text}, default_style='"', allow_unicode=not ascii_only)
    if HIDDEN.search(text):
        with pytest.raises(InputError, match=r"the text contains the (control|invisible) character"):
            parse_yaml(dumped, "F")
    else:
        assert parse_yaml(dumped, "F") == {"notes": text}


def _shared_nodes(text: str) -> bool:
    """Whether the YAML text reuses a node through an alias (composed, not guessed)."""
    seen: set[int] = set()
    stack = [yaml.compose(text, Loader=yaml.SafeLoader)]
    while stack:
        node = stack.pop()
        if node is None or isinstance(node, yaml.ScalarNode):
            continue
        if id(node) in seen:
            return True
        seen.add(id(node))
        stack += (
            [c for pair in node.value for c in pair] if isinstance(node, yaml.MappingNode) else node.value
        )
    return False


@settings(max_examples=200, deadline=None)
@given(
    parts=st.lists(
        st.one_of(st.text(max_size=8), st.lists(st.integers(), max_size=3)), min_size=1, max_size=4
    ),
    picks=st.lists(st.integers(0, 3), max_size=8),
    flow=st.booleans(),
)
def test_aliases_never_slip_past_the_cheap_tests(parts: list[object], picks: list[int], flow: bool) -> None:
    """PyYAML writes a shared list once with an anchor and then as aliases; whatever text
    surrounds them, walks_needed() must see them."""
    document = {f"k{i}": parts[i % len(parts)] for i in picks} | {"t": "R&D *x* & y"}
    text = yaml.safe_dump(document, default_flow_style=flow)
    if _shared_nodes(text):
        assert walks_needed(text)[0], text


@pytest.mark.parametrize(
    "text",
    ["a: &x 1\nb: *x", "[&x 1,*x]", '{"a":&x 1,"b":*x}', "{a: &x [1],b: *x}", "- &x 1\n- *x", "&x [a, *x]"],
)
def test_compact_aliases_are_seen(text: str) -> None:
    assert walks_needed(text)[0]


@pytest.mark.parametrize("text", ["R&D *catatan*", "Akhyary, E., & Hendrayady, A.", "x*y & z", "a: &\nb: *"])
def test_text_with_ampersands_and_stars_needs_no_walk(text: str) -> None:
    assert not walks_needed(text)[0]
