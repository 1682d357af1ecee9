"""The govinfo command as a user meets it: exit codes, output formats, filters, parallel runs,
unreadable input, help texts, and the HTML report card rendered in headless Chromium."""
import csv
import io
import json
import os
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


def test_folders_are_walked_in_path_order_and_only_report_files_are_read(tmp_path):
    # The walk holds one folder at a time; its order must still be that of sorting the full
    # paths component by component ("a/b.txt" before "a b.txt" before "a.txt").
    names = ["a.txt", "a/b.txt", "a/a.TXT", "a-b/c.html", "ab.txt", "ab/c/d.md", "a b.txt",
             "中文/报告.txt", "Z/z.txt", "b.htm", "skip.pdf", "a/skip.json"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SEED_000, tmp_path / name)
    (tmp_path / "link").symlink_to(tmp_path / "a")  # not followed, as before
    r = run("convert", "--to", "jsonl", "-q", tmp_path)
    assert r.returncode == 0, r.stderr
    seen = [json.loads(line)["source"] for line in r.stdout.splitlines()]
    wanted = sorted((tmp_path / n for n in names
                     if Path(n).suffix.lower() in (".txt", ".html", ".htm", ".md")),
                    key=lambda p: p.parts)
    assert seen == [str(p) for p in wanted]


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
            "const c = [...document.querySelectorAll('td.cell[data-state=value]')].find(e => e.textContent.trim() === '0');"
            "return c ? getComputedStyle(c).backgroundImage + getComputedStyle(c).backgroundColor : null;")
        blank = browser.execute_script(
            "const c = document.querySelector('td.cell[data-state=blank]');"
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


def test_max_bytes_refuses_a_larger_input_as_unreadable():
    r = run("check", "-q", "--max-bytes", "1000", SEED_000)
    assert r.returncode == 2
    assert "input_too_large" in r.stderr and SEED_000.name in r.stderr
    assert run("check", "--max-bytes", "-5", SEED_000).returncode == 2
