"""parse_many reads folders as the govinfo command does (issue 19 item 5): the same walk (the
library's FileWalk), so the same files in the same order, and every entry it does not read is a
FileResult in its place, skipped (with the reason the command prints) or unreadable."""
import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import govinfo

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "examples" / "reports"
SEED_000 = REPORTS / "000_93777d88a2382c03.txt"
BUILD = Path(os.environ.get("GOVINFO_BUILD_DIR", ROOT / "build" / "ci"))
GOVINFO = BUILD / "cli" / "govinfo"


def make_folder(root: Path) -> Path:
    """A report folder as found in the wild: reports in subfolders, attachments, a link to a
    folder, a dangling link, names in upper case."""
    top = root / "reports"
    (top / "2021" / "annex").mkdir(parents=True)
    (top / "2019").mkdir()
    shutil.copy(REPORTS / "001_6f73e57e54ca5cf9.txt", top / "2021" / "b.txt")
    shutil.copy(REPORTS / "c03.html", top / "2021" / "A.HTML")
    shutil.copy(REPORTS / "002_6174489a5f7162cb.txt", top / "2019" / "multi.txt")
    (top / "2021" / "annex" / "table.xlsx").write_bytes(b"PK\x03\x04")
    (top / "2021" / "annex" / "photo.jpg").write_bytes(b"\xff\xd8")
    (top / "notes").write_text("no extension")
    (top / "empty.txt").write_bytes(b"")
    os.symlink(top / "2019", top / "link_to_2019")
    os.symlink(top / "gone.txt", top / "dangling.txt")
    return top


def describe(results, root):
    """(relative path, what happened) per FileResult."""
    out = []
    for r in results:
        what = (f"skipped: {r.skipped}" if r.skipped is not None
                else f"error: {r.error.code.id}: {r.error.message}" if r.error is not None
                else f"reports: {len(r.reports)}")
        out.append((str(Path(r.path).relative_to(root)), what))
    return out


def test_a_folder_is_walked_in_path_order_with_every_entry_in_its_place(tmp_path):
    top = make_folder(tmp_path)
    results = govinfo.parse_many(top, threads=2)
    assert describe(results, tmp_path) == [
        ("reports/2019/multi.txt", "reports: 5"),
        ("reports/2021/A.HTML", "reports: 1"),
        ("reports/2021/annex/photo.jpg", "skipped: not a report file (.jpg)"),
        ("reports/2021/annex/table.xlsx", "skipped: not a report file (.xlsx)"),
        ("reports/2021/b.txt", "reports: 1"),
        ("reports/dangling.txt",
         f"error: io_error: dangling symbolic link to {top / 'gone.txt'}"),
        ("reports/empty.txt", "reports: 0"),
        ("reports/link_to_2019", "skipped: symbolic link to a folder, not followed"),
        ("reports/notes", "skipped: not a report file (no extension)"),
    ]
    assert [r.ok for r in results] == [True, True, False, False, True, False, True, False, False]
    skipped = results[2]
    assert skipped.error is None and skipped.reports == [] and skipped.diagnostics == []
    assert repr(skipped) == f"<govinfo.FileResult {skipped.path} skipped: not a report file (.jpg)>"
    assert str(results[5].error) == f"{top / 'dangling.txt'}: io_error: dangling symbolic link to " \
                                    f"{top / 'gone.txt'}"
    # str, bytes and os.PathLike name the same folder; so does a one-element list
    for same in (str(top), os.fsencode(top), [top]):
        assert describe(govinfo.parse_many(same, threads=1), tmp_path) == \
            describe(results, tmp_path)
    # frames of the folder are those of its report files
    files = [r.path for r in results if r.ok]
    pandas = pytest.importorskip("pandas")
    pandas.testing.assert_frame_equal(govinfo.to_frame(results),
                                      govinfo.to_frame(govinfo.parse_many(files)))


@pytest.mark.skipif(not GOVINFO.exists(), reason=f"{GOVINFO} not built")
def test_the_folder_walk_is_the_commands(tmp_path):
    top = make_folder(tmp_path)
    (top / "2021" / "annex" / "x.csv").write_text("a,b\n")
    shutil.copy(SEED_000, top / "2021" / "annex" / "z.md")
    command = subprocess.run([str(GOVINFO), "check", "--format", "jsonl", str(top / "2021"),
                              str(SEED_000), str(top)], capture_output=True, text=True,
                             timeout=300)
    lines = [json.loads(line) for line in command.stdout.splitlines()]
    sources = []
    for line in lines:  # one line per report: a file with five reports gives five
        if not sources or sources[-1][0] != line["source"]:
            sources.append((line["source"], line.get("skipped")))
    results = govinfo.parse_many([top / "2021", SEED_000, top])
    assert [(str(r.path), r.skipped) for r in results] == sources
    # the command's unreadable entries are the ones parse_many gives an error or no report
    unreadable = {line["source"] for line in lines if "error" in line}
    assert unreadable == {str(r.path) for r in results if r.error or (r.ok and not r.reports)}


def test_inputs_are_read_in_the_order_given_and_files_whatever_their_name(tmp_path):
    top = make_folder(tmp_path)
    sheet = top / "2021" / "annex" / "table.xlsx"
    results = govinfo.parse_many([sheet, SEED_000, tmp_path / "missing.txt", top / "2019"])
    assert [Path(r.path).name for r in results] == ["table.xlsx", SEED_000.name, "missing.txt",
                                                   "multi.txt"]
    # named directly, it is read (not skipped) and answered as the command answers it
    assert results[0].skipped is None and not results[0].ok
    assert results[0].error.code == govinfo.ErrorCode.unsupported_format
    assert results[2].error.code == govinfo.ErrorCode.io_error
    assert results[2].error.message == "no such file or folder"
    [one] = govinfo.parse_many(SEED_000)  # one file: a list of one result
    assert one.ok and len(one.reports) == 1


def test_wrong_arguments_are_type_errors_that_say_what_parse_many_takes():
    with pytest.raises(TypeError, match=r"parse_many\(\): paths must be a path or an iterable "
                                        r"of paths \(str, bytes or os.PathLike\), not int"):
        govinfo.parse_many(5)
    with pytest.raises(TypeError, match=r"parse_many\(\): paths\[1\] must be str, bytes or "
                                        r"os.PathLike, not NoneType"):
        govinfo.parse_many([SEED_000, None])
    with pytest.raises(ValueError, match=r"parse_many\(\): paths: .* is not a file name"):
        govinfo.parse_many("a\0b")


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes")
def test_skipped_entries_pickle_byte_for_byte(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    name = os.fsencode(folder) + b"/sheet.\xff\xfe"
    with open(name, "wb") as f:
        f.write(b"x")
    shutil.copy(SEED_000, folder / "r.txt")
    results = govinfo.parse_many(folder)
    assert [r.skipped for r in results] == [None, "not a report file (.\udcff\udcfe)"]
    assert os.fsencode(results[1].path) == name
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(results, protocol=protocol))
        assert [(b.path, b.skipped, b.ok, len(b.reports)) for b in back] == \
            [(r.path, r.skipped, r.ok, len(r.reports)) for r in results]
