"""Writing reports: atomically, never over an input, and with a clear error when it cannot."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from kemitraan.errors import EXIT_BAD_INPUT, UsageError
from kemitraan.output import write_atomic


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_a_new_report(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    write_atomic(target, "# Laporan ✓\n")
    assert target.read_text(encoding="utf-8") == "# Laporan ✓\n"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert leftovers(tmp_path) == []


def test_replaces_an_old_report_keeping_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize("how", ["same", "relative", "symlink", "hardlink"])
def test_never_writes_over_an_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    source = tmp_path / "partner.yaml"
    source.write_text("schema: kemitraan/1\n")
    target = {
        "same": source,
        "relative": Path("partner.yaml"),
        "symlink": tmp_path / "link.yaml",
        "hardlink": tmp_path / "hard.yaml",
    }[how]
    if how == "symlink":
        target.symlink_to(source)
    if how == "hardlink":
        os.link(source, target)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match="this is an input file of this command; refusing to write over it"):
        write_atomic(target, "report", inputs=[source])
    assert source.read_text() == "schema: kemitraan/1\n"


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "report.md"
    with pytest.raises(UsageError) as info:
        write_atomic(target, "x")
    assert (
        str(info.value)
        == f"{target}: {target.parent} does not exist (create the folder first, or choose another -o)"
    )
    assert info.value.exit_code == EXIT_BAD_INPUT


def test_folder_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match="file is not a folder"):
        write_atomic(tmp_path / "file" / "report.md", "x")


def test_target_that_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="is a folder; give a file name for the report"):
        write_atomic(tmp_path, "x")


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EDQUOT, "the disk quota is used up"),
        (errno.EROFS, "the file system is read-only"),
        (errno.EIO, os.strerror(errno.EIO)),
    ],
)
def test_failed_write_keeps_the_old_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: str
) -> None:
    target = tmp_path / "report.md"
    target.write_text("old report, whole")

    def fail(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(UsageError) as info:
        write_atomic(target, "new report " * 1000)
    assert str(info.value) == f"{target}: cannot write the report: {reason}; nothing was written"
    assert target.read_text() == "old report, whole"
    assert leftovers(tmp_path) == []


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def deny(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", deny)
    with pytest.raises(UsageError, match="cannot write the report: permission denied; nothing was written"):
        write_atomic(tmp_path / "report.md", "x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(UsageError, match="permission denied"):
            write_atomic(folder / "report.md", "x")
    finally:
        folder.chmod(0o755)


def test_interrupted_write_leaves_the_old_report_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.md"
    target.write_text("old report, whole")

    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "half of a new report")
    assert target.read_text() == "old report, whole"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_device_that_is_full() -> None:
    with pytest.raises(UsageError, match="/dev/full: cannot write the report: the disk is full"):
        write_atomic(Path("/dev/full"), "x" * 100_000)
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)  # written to, never replaced


def test_device_is_written_to_not_replaced() -> None:
    write_atomic(Path(os.devnull), "report")
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)
