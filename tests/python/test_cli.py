"""The govinfo command as a user meets it: exit codes, output formats, filters, parallel runs,
unreadable input, help texts, and the HTML report card rendered in headless Chromium."""
import csv
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("GOVINFO_BUILD_DIR", ROOT / "build" / "ci"))
GOVINFO = BUILD / "cli" / "govinfo"
REPORTS = ROOT / "examples" / "reports"
SEED_003 = REPORTS / "003_efe2eca494f81be5.txt"  # statistics period ends in the wrong year
SEED_000 = REPORTS / "000_93777d88a2382c03.txt"  # consistent throughout

pytestmark = pytest.mark.skipif(not GOVINFO.exists(), reason=f"{GOVINFO} not built")


def run(*args, stdin=None):
    return subprocess.run([str(GOVINFO), *map(str, args)], input=stdin, capture_output=True,
                          text=True, timeout=300)


def test_version_and_help_for_every_subcommand():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("govinfo ")
    for sub in ("check", "convert", "html", "rules"):
        h = run(sub, "--help")
        assert h.returncode == 0, sub
        assert f"usage: govinfo {sub}" in h.stdout
        assert "examples:" in h.stdout


def test_usage_errors_exit_2_with_one_line_reason():
    for args in (["check"], ["frobnicate"], ["check", "--format", "xml", "x"],
                 ["check", "--jobs", "0", "x"], ["check", "--select", "nosuchcode", "x"]):
        r = run(*args)
        assert r.returncode == 2, args
        assert "govinfo: error:" in r.stderr, args


def test_exit_code_follows_fail_on():
    assert run("check", "-q", SEED_000).returncode == 0
    assert run("check", "-q", SEED_003).returncode == 1
    assert run("check", "-q", "--fail-on", "never", SEED_003).returncode == 0


def test_select_and_ignore_filter_by_code_prefix():
    all_codes = codes_of(run("check", "--format", "jsonl", SEED_003).stdout)
    assert "period_outside_year" in all_codes
    ignored = codes_of(run("check", "--format", "jsonl", "--ignore", "period_", SEED_003).stdout)
    assert not any(c.startswith("period_") for c in ignored)
    selected = codes_of(run("check", "--format", "jsonl", "--select", "period", SEED_003).stdout)
    assert selected and all(c.startswith("period") for c in selected)
    # A filtered-out error no longer fails the run.
    assert run("check", "-q", "--ignore", "period_outside_year", SEED_003).returncode in (0, 1)


def codes_of(jsonl):
    return [f["code"] for line in jsonl.splitlines() for f in json.loads(line).get("findings", [])]


def test_json_jsonl_and_csv_agree():
    js = json.loads(run("check", "--format", "json", REPORTS).stdout)
    jl = [json.loads(l) for l in run("check", "--format", "jsonl", REPORTS).stdout.splitlines()]
    assert js == jl
    assert len(js) >= 9
    rows = list(csv.DictReader(io.StringIO(run("check", "--format", "csv", REPORTS).stdout)))
    assert len(rows) == sum(len(r["findings"]) for r in js)


def test_parallel_output_is_in_input_order_and_identical():
    one = run("check", "--format", "jsonl", "-j", "1", REPORTS)
    two = run("check", "--format", "jsonl", "-j", "2", REPORTS)
    assert one.stdout == two.stdout
    assert one.returncode == two.returncode


def test_folders_are_walked_in_path_order_and_every_other_file_is_listed(tmp_path):
    # The walk holds one folder at a time; its order must still be that of sorting the full
    # paths component by component ("a/b.txt" before "a b.txt" before "a.txt").
    names = ["a.txt", "a/b.txt", "a/a.TXT", "a-b/c.html", "ab.txt", "ab/c/d.md", "a b.txt",
             "中文/报告.txt", "Z/z.txt", "b.htm", "read.pdf", "a/skip.json", "notes"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SEED_000, tmp_path / name)
    (tmp_path / "link").symlink_to(tmp_path / "a")  # not followed, as before, but said
    r = run("convert", "--to", "jsonl", "-q", tmp_path)
    assert r.returncode == 0, r.stderr
    seen = [json.loads(line)["source"] for line in r.stdout.splitlines()]
    wanted = sorted((tmp_path / n for n in names if Path(n).suffix.lower() in
                     (".txt", ".html", ".htm", ".md", ".pdf", ".docx", ".doc", ".wps", ".rtf")),
                    key=lambda p: p.parts)
    assert seen == [str(p) for p in wanted]
    # -q sums the skipped files up in one line; without it each is listed with its reason.
    assert r.stderr == "govinfo: 3 files skipped; without -q each is listed with its reason\n"
    listed = run("convert", "--to", "jsonl", tmp_path)
    assert listed.returncode == 0
    assert listed.stderr.splitlines() == [
        f"{tmp_path / 'a' / 'skip.json'}: skipped: not a report file (.json)",
        f"{tmp_path / 'link'}: skipped: symbolic link to a folder, not followed",
        f"{tmp_path / 'notes'}: skipped: not a report file (no extension)"]


def test_unreadable_input_does_not_stop_the_batch(tmp_path):
    r = run("check", "--format", "jsonl", tmp_path / "missing.txt", SEED_000)
    assert r.returncode == 2
    assert "missing.txt" in r.stderr and "no such file" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert json.loads(r.stdout.splitlines()[-1])["source"].endswith(SEED_000.name)


def test_stdin_and_output_file(tmp_path):
    out = tmp_path / "o.json"
    r = run("check", "--format", "json", "--output", out, "-", stdin=SEED_000.read_text())
    assert r.returncode == 0
    assert json.loads(out.read_text())[0]["source"] == "-"


def test_convert_writes_documented_formats(tmp_path):
    docs = json.loads(run("convert", SEED_000, "--to", "json").stdout)
    assert docs[0]["format"] == "2019" and docs[0]["year"] == 2020
    lines = run("convert", REPORTS, "--to", "jsonl").stdout.splitlines()
    assert len(lines) >= 9
    table = list(csv.DictReader(io.StringIO(run("convert", REPORTS, "--to", "csv").stdout)))
    assert list(table[0].keys()) == ["report", "source", "first_line", "agency", "year",
                                     "format", "table", "row", "column", "value", "state", "unit"]
    assert len({r["report"] for r in table}) == len(lines)


def test_rules_lists_every_documented_code():
    out = run("rules").stdout
    doc = (ROOT / "docs" / "rules.md").read_text()
    for line in out.splitlines():
        code = line.split()[0]
        assert f"`{code}`" in doc, code


def test_html_report_card_in_headless_chromium(tmp_path):
    chromium = shutil.which("chromium")
    driver = shutil.which("chromedriver")
    webdriver = pytest.importorskip("selenium.webdriver")
    if not (chromium and driver):
        pytest.skip("chromium and chromedriver are installed by scripts/install-deps browser")
    card = tmp_path / "card.html"
    r = run("html", REPORTS, "--output", card)
    assert r.returncode in (0, 1) and card.stat().st_size > 0
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1300,2000"):
        opts.add_argument(flag)
    from selenium.webdriver.chrome.service import Service
    browser = webdriver.Chrome(service=Service(driver), options=opts)
    try:
        browser.get(card.as_uri())
        summaries = browser.find_elements("css selector", "tr.report-summary")
        assert len(summaries) >= 9
        flagged = browser.find_elements("css selector", "td.flagged")
        assert flagged, "no flagged cell in the card"
        for td in flagged:
            style = browser.execute_script(
                "const s = getComputedStyle(arguments[0]);"
                "return [s.outlineStyle, s.outlineColor, s.backgroundColor];", td)
            assert style[0] == "solid" and style[2] not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)")
        # Blank and not-applicable cells look different from a 0.
        zero = browser.execute_script(
            "const c = [...document.querySelectorAll('table.grid td:not([class])')].find(e => e.textContent.trim() === '0');"
            "return c ? getComputedStyle(c).backgroundImage + getComputedStyle(c).backgroundColor : null;")
        blank = browser.execute_script(
            "const c = document.querySelector('table.grid td.b');"
            "return c ? getComputedStyle(c).backgroundImage + getComputedStyle(c).backgroundColor : null;")
        assert zero is not None and blank is not None and zero != blank
        shot = BUILD / "report_card.png"
        browser.save_screenshot(str(shot))
        assert shot.stat().st_size > 10_000
    finally:
        browser.quit()


def test_series_adds_cross_year_findings_for_exactly_the_broken_pair(tmp_path):
    seed = REPORTS / "002_6174489a5f7162cb.txt"  # 2023, 2022, 2021, 2020, 2019 of one bureau
    clean = run("check", "--series", "--format", "jsonl", "--select", "series_", seed)
    assert clean.returncode == 0
    assert not [f for line in clean.stdout.splitlines()
                for f in json.loads(line)["findings"] if f["severity"] == "error"]
    # 2023's 上年结转 (the first report's row) no longer equals 2022's 结转下年度.
    lines = seed.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(i for i, l in enumerate(lines) if l.startswith("二、上年结转政府信息公开申请数量"))
    lines[first] = "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | ||\n"
    broken = tmp_path / "002_broken.txt"
    broken.write_text("".join(lines), encoding="utf-8")
    r = run("check", "--series", "--format", "jsonl", "--select", "series_", broken)
    assert r.returncode == 1
    errors = [(json.loads(line)["year"], f) for line in r.stdout.splitlines()
              for f in json.loads(line)["findings"] if f["severity"] == "error"]
    assert {(f["code"], f["year"], f["previous_year"], f["column"]) for _, f in errors} == {
        ("series_carry_over", 2023, 2022, "natural_person"),
        ("series_carry_over", 2023, 2022, "total")}
    assert all(year == 2023 for year, _ in errors)


def test_series_settles_a_glued_row_by_the_year_before():
    # c06 (2023) glues 行政规范性文件77132470, which splits 21 ways; the year before (made from
    # c06, in force 525) leaves 77|132|470 alone. Without --series the row stays blank.
    data = ROOT / "tests" / "data"
    files = [data / "variants" / "c06_2022_in_force.txt", data / "corpus" / "c06.txt"]

    def normative(*options):
        r = run("check", *options, "--format", "jsonl", "--select", "parse_uncertain", *files)
        found = [(json.loads(line)["year"], f) for line in r.stdout.splitlines()
                 for f in json.loads(line)["findings"] if f["row"] == "normative_documents"]
        assert [year for year, _ in found] == [2023]
        return found[0][1]

    alone = normative()
    assert alone["severity"] == "warning"
    decided = normative("--series")
    assert decided["severity"] == "info"
    assert decided["actual"] == "77|132|470"
    assert "2022年现行有效525件" in decided["message"]
    cells = json.loads(run("convert", "--to", "json", files[1]).stdout)[0]
    assert cells["article20"]["normative_documents"]["in_force"] is None
    # convert --series writes the settled cells, each listed as chosen by evidence.
    both = json.loads(run("convert", "--series", "--to", "json", *files).stdout)
    assert [d["year"] for d in both] == [2022, 2023]  # input order kept
    docs = both[1]["article20"]["normative_documents"]
    assert (docs["issued"], docs["repealed"], docs["in_force"]) == (77, 132, 470)
    assert {p["how"] for p in both[1]["provenance"] if p["row"] == "normative_documents"} == {
        "chosen_by_evidence"}


def test_max_bytes_refuses_a_larger_input_as_unreadable():
    r = run("check", "-q", "--max-bytes", "1000", SEED_000)
    assert r.returncode == 2
    assert "input_too_large" in r.stderr and SEED_000.name in r.stderr
    assert run("check", "--max-bytes", "-5", SEED_000).returncode == 2


# ---- Reading: limits applied while reading, FIFOs, closed standard input ----

def test_endless_devices_stop_at_max_bytes():
    for device in ("/dev/zero", "/dev/urandom"):
        r = subprocess.run([str(GOVINFO), "check", "-q", "--max-bytes", "1000", device],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 2, device
        assert (f"{device}: input_too_large: input exceeds the limit of 1000 bytes "
                "(reading stopped after 1001 bytes)") in r.stderr


def test_stdin_is_refused_while_reading_not_after():
    # A writer offering 256 MiB: govinfo stops reading after 1001 bytes and exits, so the
    # writer's pipe breaks long before it is done (before the fix all of it was read first).
    proc = subprocess.Popen([str(GOVINFO), "check", "-q", "--max-bytes", "1000", "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    chunk = b"x" * 65536
    written = 0
    try:
        while written < 256 << 20:
            proc.stdin.write(chunk)
            written += len(chunk)
        proc.stdin.close()
    except BrokenPipeError:
        pass
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert b"-: input_too_large: input exceeds the limit of 1000 bytes" in err
    assert written < 16 << 20
    # Endless standard input is bounded the same way.
    with open("/dev/zero", "rb") as zero:
        r = subprocess.run([str(GOVINFO), "check", "-q", "--max-bytes", "1000", "-"], stdin=zero,
                           capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "input_too_large" in r.stderr


def test_a_fifo_without_a_writer_times_out_and_one_with_a_writer_is_read(tmp_path):
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    r = run("check", "-q", fifo)
    assert r.returncode == 2
    assert f"{fifo}: io_error: no process opened this FIFO for writing within 5000 ms" in r.stderr
    # With a writer (here a thread of this test) the FIFO is read like a file.
    import threading
    writer = threading.Thread(target=lambda: fifo.write_bytes(SEED_000.read_bytes()))
    writer.start()
    r = run("check", "-q", "--format", "jsonl", fifo)
    writer.join()
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["agency"] == "聊城市大数据局"
    # In a folder, a FIFO is never opened: it is listed as skipped and the walk goes on.
    folder = tmp_path / "folder"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    shutil.copy(SEED_000, folder / "a.txt")
    r = run("check", "-q", "--format", "jsonl", folder)
    assert r.returncode == 0, r.stderr
    assert [json.loads(l) for l in r.stdout.splitlines()][-1] == {
        "source": str(folder / "pipe.txt"), "skipped": "a FIFO, not read in a folder walk"}


def run_shell(script, **kwargs):
    """Runs a shell line with $G set to the govinfo binary (for redirections such as <&-)."""
    return subprocess.run(["sh", "-c", script], env={**os.environ, "G": str(GOVINFO)},
                          capture_output=True, text=True, timeout=120, **kwargs)


def test_closed_stdin_is_an_error_not_empty_input():
    r = run_shell(f'"$G" check -q - <&-')
    assert r.returncode == 2
    assert "-: io_error: standard input is closed" in r.stderr
    # The closed descriptor is not reused for a file opened later: the file is read as itself.
    r = run_shell(f'"$G" check -q --format jsonl - "{SEED_000}" <&-')
    assert r.returncode == 2
    assert json.loads(r.stdout.splitlines()[-1])["source"] == str(SEED_000)


# ---- Writing: every failure reported, files replaced only when complete ----

def test_failed_writes_are_reported_and_fail_the_run(tmp_path):
    r = run("check", "-q", "-o", "/dev/full", REPORTS)
    assert r.returncode == 2
    assert r.stderr.endswith("govinfo: error: cannot write to /dev/full: No space left on device\n")
    for args in (["check", "-q", REPORTS], ["convert", SEED_000], ["rules"], ["--help"],
                 ["check", "--help"], ["--version"]):
        with open("/dev/full", "w") as full:
            r = subprocess.run([str(GOVINFO), *map(str, args)], stdout=full, stderr=subprocess.PIPE,
                               text=True, timeout=120)
        assert r.returncode == 2, args
        assert "cannot write to standard output: No space left on device" in r.stderr, args
    closed = run_shell(f'"$G" check -q "{SEED_000}" >&-')
    assert closed.returncode == 2
    assert "standard output is closed" in closed.stderr
    assert run_shell(f'"$G" rules >&-').returncode == 2
    # With standard output closed, -o still works.
    out = tmp_path / "o.json"
    r = run_shell(f'"$G" check -q --format json -o "{out}" "{SEED_000}" >&-')
    assert r.returncode == 0, r.stderr
    assert json.loads(out.read_text())[0]["source"] == str(SEED_000)


def test_an_output_file_is_replaced_only_when_complete(tmp_path):
    import resource
    import signal
    out = tmp_path / "cells.csv"
    out.write_text("the previous, good output\n")
    out.chmod(0o640)

    def small_files():  # writes beyond 4 KiB fail with EFBIG instead of killing the process
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    r = subprocess.run([str(GOVINFO), "convert", "--to", "csv", "-o", str(out), str(REPORTS)],
                       capture_output=True, text=True, timeout=120, preexec_fn=small_files)
    assert r.returncode == 2
    assert f"govinfo: error: cannot write to {out}: File too large" in r.stderr
    assert out.read_text() == "the previous, good output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cells.csv"]  # no temporary left
    # A complete run replaces it, keeping its permissions; a link to it stays a link.
    link = tmp_path / "link.csv"
    link.symlink_to(out)
    r = run("convert", "--to", "csv", "-o", link, SEED_000)
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and out.read_text().startswith("report,source,first_line,agency,year")
    assert out.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cells.csv", "link.csv"]


def test_an_interrupted_run_leaves_no_temporary_file(tmp_path):
    import signal
    import time
    out = tmp_path / "out.json"
    # Standard input that never ends keeps the run going with its output file open.
    proc = subprocess.Popen([str(GOVINFO), "check", "-q", "-o", str(out), "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    temporaries = list(tmp_path.iterdir())
    assert len(temporaries) == 1 and temporaries[0].name.startswith(".out.json.govinfo-")
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGTERM
    assert list(tmp_path.iterdir()) == []


def test_an_output_that_is_an_input_is_refused(tmp_path):
    same = tmp_path / "same.txt"
    shutil.copy(SEED_000, same)
    before = same.read_bytes()
    hard = tmp_path / "hard.txt"
    os.link(same, hard)
    (tmp_path / "soft.txt").symlink_to(same)
    for output in (same, tmp_path / "." / "same.txt", hard, tmp_path / "soft.txt"):
        r = run("convert", "-o", output, same)
        assert r.returncode == 2, output
        assert r.stderr == (f"govinfo: error: the output {output} is also an input ({same}): "
                            "writing it would destroy it\n")
        assert same.read_bytes() == before
    # A report file inside an input folder would be read back as a report: refused.
    for command in (["check", "--format", "json"], ["html"]):
        card = tmp_path / "sub" / "card.html"
        card.parent.mkdir(exist_ok=True)
        r = run(*command, "-o", card, tmp_path)
        assert r.returncode == 2
        assert "is a report file inside the input folder" in r.stderr
        assert not card.exists()
    # Another kind of file there is fine, and never listed as skipped by the walk.
    out = tmp_path / "out.json"
    out.write_text("[]")
    r = run("convert", "-o", out, tmp_path)
    assert r.returncode == 0 and r.stderr == ""
    assert [d["source"] for d in json.loads(out.read_text())] == [str(hard), str(same), str(tmp_path / "soft.txt")]


# ---- Nothing skipped silently ----

def test_unreadable_inputs_are_reported_in_stderr_json_and_exit_status(tmp_path):
    shutil.copy(SEED_000, tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nothing.txt").write_text(" \n\u3000\n")  # blank lines: no report in it
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    r = run("check", "-q", "--format", "json", tmp_path)
    assert r.returncode == 2
    entries = {Path(d["source"]).name: d for d in json.loads(r.stdout)}
    assert entries["dangling.txt"]["error"] == {
        "code": "io_error",
        "message": f"{tmp_path / 'dangling.txt'}: io_error: dangling symbolic link to {tmp_path / 'gone.txt'}"}
    assert entries["empty.txt"]["error"]["code"] == "no_report"
    assert entries["empty.txt"]["error"]["message"].endswith("no_report: empty file: no report found")
    assert entries["nothing.txt"]["error"]["code"] == "no_report"
    assert entries["good.txt"]["agency"] == "聊城市大数据局"
    assert r.stderr.splitlines() == [
        f"{tmp_path / 'dangling.txt'}: io_error: dangling symbolic link to {tmp_path / 'gone.txt'}",
        f"{tmp_path / 'empty.txt'}: no_report: empty file: no report found",
        f"{tmp_path / 'nothing.txt'}: no_report: no report found"]
    text = run("check", "-q", tmp_path)
    assert "1 reports: 0 with errors, 0 with warnings, 3 files unreadable" in text.stdout


def as_nobody():
    """Arguments that run a command without root's power to ignore permissions, or None."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv:
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    return None


def test_folders_that_may_not_be_read_are_reported():
    prefix = as_nobody()
    if prefix is None:
        pytest.skip("running as root without setpriv: root reads every folder, so the case "
                    "cannot be made")
    import tempfile
    top = Path(tempfile.mkdtemp(prefix="govinfo-perm-"))  # pytest's tmp_path is root-only
    try:
        top.chmod(0o755)
        shutil.copy(SEED_000, top / "a.txt")
        (top / "a.txt").chmod(0o644)
        locked = top / "locked"
        locked.mkdir()
        shutil.copy(SEED_000, locked / "hidden.txt")
        locked.chmod(0o000)
        r = subprocess.run([*prefix, str(GOVINFO), "check", "-q", "--format", "jsonl", str(top)],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 2, r.stderr
        assert r.stderr == f"{locked}: io_error: cannot read folder: Permission denied\n"
        lines = [json.loads(l) for l in r.stdout.splitlines()]
        assert lines[0]["source"] == str(top / "a.txt")
        assert lines[1] == {"source": str(locked), "error": {
            "code": "io_error", "message": f"{locked}: io_error: cannot read folder: Permission denied"}}
        # The same for the folder named on the command line.
        r = subprocess.run([*prefix, str(GOVINFO), "check", "-q", str(locked)],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 2
        assert f"{locked}: io_error: cannot read folder: Permission denied" in r.stderr
    finally:
        (top / "locked").chmod(0o755)
        shutil.rmtree(top)


def test_a_run_without_any_report_says_so_and_fails(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    r = run("check", tmp_path)
    assert r.returncode == 2
    assert r.stderr.splitlines() == [f"{tmp_path / 'photo.jpg'}: skipped: not a report file (.jpg)",
                                     "govinfo: error: no report found in the input given"]
    empty = tmp_path / "empty"
    empty.mkdir()
    r = run("convert", empty)
    assert r.returncode == 2 and r.stdout == "[]\n"
    assert "no report found" in r.stderr


def test_pdf_and_word_files_in_folders_are_read_not_dropped(tmp_path):
    # Whatever the library answers for them (a report, or an error naming the format), each
    # appears in the output; none is passed over.
    for name in ("a.pdf", "b.docx", "c.doc", "d.wps", "e.RTF"):
        (tmp_path / name).write_bytes(b"%PDF-1.4\n" if name.endswith("pdf") else b"PK\x03\x04")
    r = run("check", "-q", "--format", "jsonl", tmp_path)
    assert r.returncode != 0  # no real report among them, whatever the library makes of them
    sources = [json.loads(l)["source"] for l in r.stdout.splitlines()]
    assert sources == [str(tmp_path / n) for n in ("a.pdf", "b.docx", "c.doc", "d.wps", "e.RTF")]
    assert "skipped" not in r.stderr



def test_pdf_reports_and_diagnostics_are_placed_by_page_not_by_a_line_zero():
    # A PDF has pages, not lines: the check table shows the file alone, and a diagnostic about a
    # page says which page (it used to print "file:0", a line that does not exist).
    office = ROOT / "tests" / "data" / "office"
    r = run("check", office / "c02.pdf", office / "c03.libreoffice.pdf")
    assert ":0" not in r.stdout + r.stderr
    rows = [l for l in r.stdout.splitlines() if "淮安市人民政府" in l]
    assert rows and rows[0].split()[0].endswith("c02.pdf")
    for page in (4, 5, 6):
        assert f"c03.libreoffice.pdf (page {page}): parse_text_outside_page" in r.stderr
    # Text sources keep "file:line".
    assert f"{SEED_000.name}:1 " in run("check", SEED_000).stdout.replace(str(REPORTS) + "/", "")

# ---- What reaches the terminal is escaped ----

def test_control_characters_and_bad_utf8_are_escaped_on_the_terminal(tmp_path):
    text = SEED_000.read_text(encoding="utf-8")
    evil_cell = "\u30007\x1b]0;pwned\x07\x1b[2J\n"
    assert "\t行政许可\n\t\u30000\n" in text
    text = text.replace("\t行政许可\n\t\u30000\n", "\t行政许可\n\t" + evil_cell, 1)
    name = b"evil\x1b[31m\xff\xe2\x80\xae.txt"  # relative, short enough for the REPORT column
    (tmp_path / os.fsdecode(name)).write_bytes(text.encode("utf-8"))
    govinfo = os.fsencode(GOVINFO.resolve())
    r = subprocess.run([govinfo, b"check", name], capture_output=True, timeout=120, cwd=tmp_path)
    out = r.stdout.decode("utf-8")
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "evil\\x1b[31m\\xff\\u{202e}.txt:1" in out
    assert "单元格“7\\x1b]0;pwned\\x07\\x1b[2J”" in out
    # stderr too: a diagnostic about a missing file with a control character in its name.
    r = subprocess.run([govinfo, b"check", b"-q", b"gone\x1b[2J\x9b.txt", name],
                       capture_output=True, timeout=120, cwd=tmp_path)
    assert r.stderr.decode("utf-8").splitlines()[0] == \
        "gone\\x1b[2J\\x9b.txt: io_error: no such file or folder"
    # JSON stays valid, the name spelt with the same escapes.
    r = subprocess.run([govinfo, b"check", b"--format", b"json", name],
                       capture_output=True, timeout=120, cwd=tmp_path)
    doc = json.loads(r.stdout.decode("utf-8"))
    assert doc[0]["source"] == "evil\x1b[31m\\xff\u202e.txt"


def test_the_progress_bar_escapes_file_names(tmp_path):
    import pty
    import select
    for i in range(25):
        shutil.copy(SEED_000, tmp_path / f"{i:02d}\x1b]0;pwned\x07.txt")
    master, slave = pty.openpty()
    proc = subprocess.Popen([str(GOVINFO.resolve()), "check", "--format", "jsonl", "."],
                            stdout=subprocess.DEVNULL, stderr=slave, cwd=tmp_path)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the pty closes when the process ends
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=60)
    os.close(master)
    assert b"25/25" in seen, seen  # the bar was drawn
    assert b"\x1b]0;" not in seen and b"\x07" not in seen
    assert b"\\x1b]0;pwned\\x07" in seen



# ---- The terminal table: names elided in the middle, rows never mixed with the bar ----

def columns(text):
    """Terminal columns of `text` (East Asian wide characters take two)."""
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def screen(output: bytes) -> list[str]:
    """What a terminal shows after `output`: carriage return, line feed and erase-to-end-of-line
    (all the command sends) applied to an unbounded grid of character cells."""
    lines, row, col = [[]], 0, 0
    text = output.decode("utf-8", errors="replace")
    i = 0
    while i < len(text):
        c = text[i]
        if text.startswith("\x1b[K", i):
            del lines[row][col:]
            i += 3
            continue
        assert c != "\x1b", f"an escape sequence the test does not know: {text[i:i + 8]!r}"
        if c == "\r":
            col = 0
        elif c == "\n":
            row += 1
            lines.extend([] for _ in range(row + 1 - len(lines)))
        else:
            cells = lines[row]
            cells.extend(" " for _ in range(col - len(cells)))
            width = columns(c)
            cells[col:col + width] = [c] + [""] * (width - 1)
            col += width
        i += 1
    return ["".join(cells).rstrip() for cells in lines]


LONG_FOLDER = "各级政府信息公开年度报告汇编/2021年/市直部门/第一批次/已核对"


def test_the_report_column_keeps_the_file_name_and_line_of_long_paths(tmp_path):
    folder = tmp_path / LONG_FOLDER
    folder.mkdir(parents=True)
    short, long_name = folder / "聊城.txt", folder / ("某某市人民政府办公室" * 3 + "年度报告.txt")
    shutil.copy(SEED_000, short)
    shutil.copy(SEED_000, long_name)
    r = subprocess.run([str(GOVINFO), "check", LONG_FOLDER], capture_output=True, text=True,
                       timeout=120, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    rows = [line for line in r.stdout.splitlines() if "聊城市大数据局" in line]
    assert len(rows) == 2
    cells = []
    for row in rows:
        cell, rest = "", row
        while columns(cell) < 34:  # the REPORT column is 34 terminal columns wide
            cell, rest = cell + rest[0], rest[1:]
        assert rest.startswith(" 聊城市大数据局"), row
        cells.append(cell.rstrip())
    # a long folder loses its middle; the file name and line stay whole
    assert cells[1].startswith("各级政府") and cells[1].endswith("…/聊城.txt:1"), cells
    # a name too long for the column keeps its start and its end, line included
    assert cells[0].startswith("某某市人民政府") and cells[0].endswith("年度报告.txt:1"), cells
    assert "…" in cells[0] and "/" not in cells[0]
    # a path that fits is left alone
    r = subprocess.run([str(GOVINFO), "check", "聊城.txt"], capture_output=True, text=True,
                       timeout=120, cwd=folder)
    assert r.stdout.splitlines()[1].startswith("聊城.txt:1" + " " * 24 + " 聊城市大数据局")


def test_rows_on_a_terminal_are_never_mixed_with_the_progress_bar(tmp_path):
    """stdout and stderr on one terminal, as when a user runs `govinfo check folder`: each row
    starts on a clean line, and the bar is gone when the command ends."""
    import pty
    import select
    folder = tmp_path / LONG_FOLDER
    folder.mkdir(parents=True)
    for i in range(25):
        shutil.copy(SEED_000, folder / f"{i:02d}_某局报告.txt")
    master, slave = pty.openpty()
    proc = subprocess.Popen([str(GOVINFO.resolve()), "check", LONG_FOLDER], stdout=slave,
                            stderr=slave, cwd=tmp_path)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the pty closes when the process ends
            break
        if not chunk:
            break
        seen += chunk
    assert proc.wait(timeout=60) == 0
    os.close(master)
    assert b"/25 " in seen and b"\x1b[K" in seen, seen  # the bar was drawn, and cleared
    # the bar names the file just read, its folders elided in the middle
    assert re.search(r"\] \d+/25 各级政府\S*…/\d\d_某局报告\.txt", seen.decode()), seen
    lines = [line for line in screen(seen) if line]
    assert lines[0].startswith("REPORT "), lines
    rows = [line for line in lines if "聊城市大数据局" in line]
    assert len(rows) == 25, lines
    for i, row in enumerate(rows):
        assert re.match(f"各级政府.*…/{i:02d}_某局报告\\.txt:1 +聊城市大数据局 +2020 +2019 ", row), row
    assert lines[-1].startswith("25 reports: "), lines
    assert not [line for line in lines if "/25" in line or "[#" in line], lines


# ---- Options: each works or is refused by name ----

def test_options_a_command_does_not_take_are_refused_by_name():
    cases = {
        ("indicators", "--series"): "--series is not an option of indicators (only of check, convert, html)",
        ("convert", "--select", "app_"): "--select is not an option of convert",
        ("convert", "--ignore", "app_"): "--ignore is not an option of convert",
        ("convert", "--fail-on", "warning"): "--fail-on is not an option of convert",
        ("convert", "--format", "json"): "--format is not an option of convert",
        ("html", "--format", "json"): "--format is not an option of html",
        ("rules", "--series"): "--series is not an option of rules",
        ("rules", "-j", "2"): "-j is not an option of rules",
        ("check", "--to", "csv"): "--to is not an option of check",
        ("check", "--format", "json", "--format", "csv"): "--format given twice",
        ("check", "--format=json", "--format", "csv"): "--format given twice",
        ("check", "-o", "a.json", "--output", "b.json"): "--output given twice",
        ("convert", "--to", "json", "--to", "csv"): "--to given twice",
        ("check", "--fail-on", "error", "--fail-on", "never"): "--fail-on given twice",
        ("check", "--series=no"): "--series takes no value",
        ("check", "--output="): "--output needs a value, not an empty one",
        ("check", "-o", ""): "--output needs a value, not an empty one",
        ("check", "--select", ""): "--select needs a value, not an empty one",
        ("check", "--select", "app_", "--ignore", "app_"):
            "--select app_ keeps no finding: --ignore app_ drops every code it selects",
        ("check", "--select", "app_balance", "--ignore", "app"):
            "--select app_balance keeps no finding: --ignore app drops every code it selects",
        ("rules", "--format", "csv"): "--format for rules must be text or json, not 'csv'",
    }
    for args, message in cases.items():
        r = run(*args, SEED_000) if args[0] != "rules" else run(*args)
        assert r.returncode == 2, args
        assert r.stdout == "", args
        assert f"govinfo: error: {message}" in r.stderr, (args, r.stderr)
    # Selecting a family and ignoring part of it is fine (the README's example).
    assert run("check", "-q", "--select", "app_,rev_", "--ignore", "app_blank_cells",
               SEED_000).returncode == 0


def test_rules_as_json_lists_the_same_catalogue(tmp_path):
    text = run("rules")
    js = run("rules", "--format", "json")
    assert js.returncode == 0 and text.returncode == 0
    rules = json.loads(js.stdout)
    assert [r["code"] for r in rules] == [line.split()[0] for line in text.stdout.splitlines()]
    assert set(rules[0]) == {"code", "severity", "title", "formula"}
    out = tmp_path / "rules.json"
    assert run("rules", "--format", "json", "-o", out).returncode == 0
    assert json.loads(out.read_text()) == rules
