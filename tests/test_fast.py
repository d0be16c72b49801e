"""The fast paths (kemitraan.fast) and their off switch: the same results, the same outputs, either way."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from kemitraan import fast
from kemitraan.loader import load_rubrics
from kemitraan.loader.reader import Yaml12Loader, parse_yaml
from tests.conftest import EXAMPLES

ROOT = Path(__file__).resolve().parents[1]
YAML_FILES = sorted(
    [*EXAMPLES.glob("*.yaml"), *(EXAMPLES / "over-time").glob("*.yaml"), *(ROOT / "rubrics").glob("*.yaml")]
)
CORE = [
    "tests/test_engine.py",
    "tests/test_loader.py",
    "tests/test_loader_hostile.py",
    "tests/test_golden.py",
    "tests/test_cli.py",
    "tests/test_batch.py",
]
"""The core of the suite: engine, loader, golden reports, the command line, batch runs."""


def _env(off: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "KEMITRAAN_NO_FAST"}
    if off:
        env["KEMITRAAN_NO_FAST"] = "1"
    return env


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: p.name)
def test_the_fast_constructor_builds_what_pyyaml_builds(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    node = yaml.compose(text, Loader=Yaml12Loader)
    assert node is not None
    fast_loader, plain_loader = Yaml12Loader(text), Yaml12Loader(text)
    try:
        assert fast.construct_yaml(fast_loader, node) == plain_loader.construct_document(node)
    finally:
        fast_loader.dispose()
        plain_loader.dispose()


def cyclic_garbage(work: Callable[[], object]) -> list[str]:
    """The kinds of object that ``work`` leaves for the cyclic collector to free: garbage that
    reference counting cannot free lives until a collection finds it (and each collection walks
    what is still alive to find it)."""
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        work()
        gc.collect()
        return sorted(type(o).__name__ for o in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.collect()
        if was:
            gc.enable()


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: p.name)
def test_a_parse_leaves_no_cycle_for_the_collector(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    parsed: list[object] = []
    assert cyclic_garbage(lambda: parsed.append(parse_yaml(text, path.name))) == []
    assert parsed[0]  # the data itself is kept: only what the parse made on the way is gone


def test_the_fast_constructor_leaves_the_unusual_to_pyyaml() -> None:
    for text in ("a: 1\na: 2\n", "? [1]\n: x\n", "a: &x [*x]\n", "a: !!binary aGk=\n"):
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        assert node is not None
        with pytest.raises(Exception):  # noqa: B017 (any failure sends the document to PyYAML)
            fast.construct_yaml(Yaml12Loader(text), node)


@pytest.mark.parametrize(
    "value",
    [
        "yes",
        "no",
        "on",
        "0123",
        "1.5",
        "",
        "~",
        "null",
        "true",
        "False",
        "0x1F",
        "0o17",
        ".inf",
        "-.inf",
        ".nan",
        "5.000",
        "abc",
        "-",
        "+1",
        "1e3",
        "1_000",
        "2024-01-01",
        "12:30",
        "NULL",
        "tRue",
    ],
)
def test_the_fast_resolver_gives_pyyamls_tag(value: str) -> None:
    from kemitraan.loader.reader import _RESOLVERS

    loader = Yaml12Loader("")
    pyyaml: Callable[..., str] = yaml.resolver.BaseResolver.resolve  # unannotated in types-PyYAML
    try:
        resolve = fast.yaml_resolver(_RESOLVERS)
        for implicit in ((True, False), (False, True), (False, False)):
            for kind in (yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode):
                assert resolve(loader, kind, value, implicit) == pyyaml(loader, kind, value, implicit)
    finally:
        loader.dispose()


def _tree(root: yaml.Node) -> object:
    """A composed node as plain data: its class, tag, marks and value, all the way down; a node
    met again (an alias) is its first visit's number, so that an alias bomb stays small."""
    seen: dict[int, int] = {}

    def tree(node: yaml.Node) -> object:
        if id(node) in seen:
            return ("again", seen[id(node)])
        seen[id(node)] = len(seen)
        marks = (node.start_mark.index, node.end_mark.index)
        if isinstance(node, yaml.ScalarNode):
            return ("scalar", node.tag, marks, node.value, node.style)
        if isinstance(node, yaml.SequenceNode):
            return ("seq", node.tag, marks, [tree(n) for n in node.value])
        return ("map", node.tag, marks, [(tree(k), tree(v)) for k, v in node.value])

    return tree(root)


@pytest.mark.skipif(not fast.ON, reason="the fast paths are off (KEMITRAAN_NO_FAST)")
@pytest.mark.parametrize(
    "path", [*YAML_FILES, *sorted((ROOT / "tests" / "hostile").glob("*.yaml"))], ids=lambda p: p.name
)
def test_the_loader_composes_what_pyyamls_path_resolvers_compose(path: Path) -> None:
    """With its path resolvers made C no-ops (fast.skip_path_resolvers), the loader composes
    the very nodes it composes with PyYAML's own, or fails the same way."""

    class Plain(Yaml12Loader):
        descend_resolver = yaml.resolver.BaseResolver.descend_resolver
        ascend_resolver = yaml.resolver.BaseResolver.ascend_resolver

    assert Yaml12Loader.descend_resolver is not Plain.descend_resolver
    text = path.read_text(encoding="utf-8", errors="replace")

    def composed(loader: type[Yaml12Loader]) -> object:
        try:
            node = yaml.compose(text, Loader=loader)
        except yaml.YAMLError as exc:
            return ("error", type(exc).__name__, str(exc))
        return None if node is None else _tree(node)

    assert composed(Yaml12Loader) == composed(Plain)


def test_private_attributes_read_the_same_either_way() -> None:
    for loaded in load_rubrics():
        for criterion in loaded.rubric.criteria:
            value = fast._private_fast(criterion, "_params")
            assert value is not None and value is fast._private_plain(criterion, "_params")


def _modules_and_switch(off: bool) -> str:
    code = (
        "import yaml, kemitraan.fast as f\n"
        "from kemitraan.loader.reader import Yaml12Loader\n"
        "from kemitraan.cli import app, app_for\n"
        "print(f.ON, Yaml12Loader.resolve is yaml.resolver.BaseResolver.resolve,"
        " app_for(['assess', 'x.yaml']) is app, f.bytecode_cache('md') is None,"
        " Yaml12Loader.descend_resolver is yaml.resolver.BaseResolver.descend_resolver,"
        " Yaml12Loader.ascend_resolver is yaml.resolver.BaseResolver.ascend_resolver)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_env(off), cwd=ROOT, check=True
    )
    return done.stdout.strip()


def test_the_switch_turns_every_fast_path_off() -> None:
    assert _modules_and_switch(off=True) == "False True True True True True"
    on = _modules_and_switch(off=False).split()
    assert on[:3] == ["True", "False", "False"]
    assert on[4:] == ["False", "False"]


@pytest.mark.parametrize(
    "args", [["-f", "md"], ["-f", "json"], ["-f", "html"], [], ["--lang", "en", "-f", "md"]]
)
def test_reports_are_byte_identical_with_the_fast_paths_off(args: list[str], tmp_path: Path) -> None:
    def report(off: bool) -> bytes:
        env = {
            **_env(off),
            "XDG_CACHE_HOME": str(tmp_path),
            "COLUMNS": "100",
            "NO_COLOR": "1",
            "TERM": "dumb",
        }
        command = [sys.executable, "-m", "kemitraan", "assess", str(EXAMPLES / "benan.yaml"), *args]
        done = subprocess.run(command, capture_output=True, env=env, cwd=ROOT, check=True)
        return done.stdout

    assert report(off=False) == report(off=True)


def test_the_core_of_the_suite_passes_with_the_fast_paths_off() -> None:
    """Engine, loader, golden files, the command line and batch runs, in a fresh process with the
    switch on (the golden files compare every report byte for byte)."""
    command = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *CORE]
    done = subprocess.run(command, capture_output=True, text=True, env=_env(off=True), cwd=ROOT, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and " failed" not in done.stdout
