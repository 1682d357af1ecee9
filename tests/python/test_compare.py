"""Comparing a report with last year's and the measures evaluators use, from Python and from the
command line: govinfo.compare, comparison_frame, indicators, the section checks, `govinfo
compare` and `govinfo indicators`, the comparison page and the report card's view of several
years rendered in headless Chromium, and examples/python/compare_years.py."""
import json
import os
import shutil
import struct
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

import govinfo

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("GOVINFO_BUILD_DIR", ROOT / "build" / "ci"))
GOVINFO = BUILD / "cli" / "govinfo"
REPORTS = ROOT / "examples" / "reports"
SEED_002 = REPORTS / "002_6174489a5f7162cb.txt"  # 2023, 2022, 2021, 2020, 2019 of one bureau
SEED_001 = REPORTS / "001_6f73e57e54ca5cf9.txt"  # 2021 format, section 六 silent about fees

needs_cli = pytest.mark.skipif(not GOVINFO.exists(), reason=f"{GOVINFO} not built")


def seed_002():
    reports = govinfo.parse_file(SEED_002).reports
    assert [r.year for r in reports] == [2023, 2022, 2021, 2020, 2019]
    return {r.year: r for r in reports}


def run(*args):
    return subprocess.run([str(GOVINFO), *map(str, args)], capture_output=True, text=True,
                          timeout=300)


def cell(comparison, table, row, column):
    found = [c for c in comparison.cells if (c.table.id, c.row, c.column) == (table, row, column)]
    assert len(found) == 1
    return found[0]


# ---------------------------------------------------------------- compare

def test_compare_gives_every_cell_with_its_exact_change():
    years = seed_002()
    c = govinfo.compare(years[2022], years[2023])
    assert len(c.cells) == 200
    n = cell(c, "applications", "new_received", "total")
    assert n.kind == govinfo.CellChangeKind.changed
    assert (n.old_value.value, n.new_value.value, n.absolute) == (2, 3, 1)
    assert n.relative.as_fraction() == Fraction(1, 2)
    assert (n.relative.numerator, n.relative.denominator) == (1, 2)
    assert n.relative.percent(sign=True) == "+50.0%"
    assert float(n.relative) == 0.5
    assert cell(c, "applications", "carried_forward", "total").relative is None  # from 0
    assert sum(x.kind == govinfo.CellChangeKind.changed for x in c.cells) == 13
    assert "+50.0%" in str(c)


def test_blank_stays_blank_and_the_format_change_is_said():
    years = seed_002()
    c = govinfo.compare(years[2019], years[2020])
    x = cell(c, "applications", "new_received", "commercial_enterprise")
    assert x.kind == govinfo.CellChangeKind.filled_in
    assert x.old_value.state == govinfo.CellState.blank and x.absolute is None
    across = govinfo.compare(years[2020], years[2021])
    kinds = {x.kind for x in across.cells if x.table == govinfo.TableKind.article20}
    assert kinds == {govinfo.CellChangeKind.not_comparable}
    handling = cell(across, "applications", "other_handling", "total")
    assert handling.new_value is None and "（六）" in handling.note
    assert cell(across, "review_litigation", "review", "total").kind == govinfo.CellChangeKind.unchanged


def test_comparison_frame_keeps_blank_apart_from_zero():
    years = seed_002()
    frame = govinfo.comparison_frame(govinfo.compare(years[2019], years[2020]))
    assert len(frame) == 22 + 23 * 7 + 15
    row = frame[(frame.row == "new_received") & (frame.column == "commercial_enterprise")].iloc[0]
    assert row.old_state == "blank" and row.new_state == "value"
    assert frame["old"].isna()[row.name] and row.new == 0
    assert str(frame["old"].dtype) == "Int64" and str(frame["relative"].dtype) == "Float64"
    money = frame[(frame.row == "procurement") & (frame.column == "amount")].iloc[0]
    assert str(money.new_amount) == "177.1" and money.kind == "changed"
    total = frame[(frame.row == "new_received") & (frame.column == "total")].iloc[0]
    assert (total.relative_numerator, total.relative_denominator) == (2, 1)


def test_sections_and_findings_of_a_comparison():
    years = seed_002()
    c = govinfo.compare(years[2022], years[2023])
    six = c.sections[5]
    assert six.number == 6 and six.kept + six.added == len(six.new_sentences)
    assert any(s.kept and "没有收取信息处理费" in s.text for s in six.new_sentences)
    assert 0.4 < float(six.similarity) < 0.8
    doc = json.loads(c.to_json(pretty=True))
    assert doc["new"]["year"] == 2023 and len(doc["cells"]) == 200
    assert c.to_html().startswith("<!DOCTYPE html>")

    copied = govinfo.Report.from_json(years[2023].to_json())  # a copy to change
    text = next(s for s in years[2022].sections if s.number == 1).text.replace("2022", "2023")
    sections = list(copied.sections)
    sections[0] = govinfo.Section(number=1, heading=sections[0].heading, text=text,
                                  first_line=sections[0].first_line)
    copied.sections = sections
    found = govinfo.check_sections_across_years(years[2022], copied)
    assert [(f.code.id, f.column, f.year, f.previous_year) for f in found] == [
        ("section_copied", "1", 2023, 2022)]
    assert govinfo.FindingCode.section_copied in {f.code for f in govinfo.compare(years[2022], copied).findings}


def test_section_checks_are_part_of_check():
    report = govinfo.parse_file(SEED_001).reports[0]
    assert [f.code.id for f in govinfo.check_sections(report)] == ["section_fees_silent"]
    assert "section_fees_silent" in [f.code.id for f in govinfo.check(report)]
    series = govinfo.series(govinfo.parse_file(SEED_002).reports)[0]
    assert govinfo.check_series_sections(series) == []


# ---------------------------------------------------------------- indicators

def test_indicators_frame_one_row_per_report_blank_aware_and_exact():
    frame = govinfo.indicators(govinfo.parse_file(SEED_002))
    assert len(frame) == 5
    assert frame["year"].tolist() == [2023, 2022, 2021, 2020, 2019]
    assert frame["received"].tolist() == [3, 2, 1, 3, 1]
    assert str(frame["received"].dtype) == "Int64"
    assert str(frame["disclosed_share"].dtype) == "Float64"
    y2023, y2019 = frame.iloc[0], frame.iloc[4]
    assert y2023.received_change == 1
    assert Fraction(int(y2023.carried_forward_share_numerator),
                    int(y2023.carried_forward_share_denominator)) == Fraction(1, 3)
    assert y2023.carried_forward_share == pytest.approx(1 / 3)
    # 2019 leaves （七）总计 blank: its shares of T are missing, not 0.
    assert frame["handled"].isna().iloc[4]
    assert frame["disclosed_share"].isna().iloc[4]
    assert frame["received_change"].isna().iloc[4]  # no 2018 report
    # No review case: 0 of 0 is missing, with its counts shown.
    assert frame["review_corrected_share"].isna().all()
    assert (frame["review_corrected_share_denominator"] == 0).all()
    assert frame["a20_normative_documents_in_force"].iloc[0] == 1
    assert frame["a20_normative_documents_in_force"].isna().iloc[4]  # a 2019-format report
    assert len([c for c in frame.columns if c.startswith("a20_")]) == 27


def test_indicator_rows_say_why_a_measure_is_missing():
    rows = govinfo.indicator_rows(govinfo.parse_file(SEED_002).reports)
    assert rows[4].handled.missing == govinfo.MissingReason.blank
    assert rows[4].received_change.missing == govinfo.MissingReason.no_previous_year
    assert rows[0].review_corrected_share.missing == govinfo.MissingReason.zero_denominator
    assert rows[0].review_corrected_share.value() is None
    assert rows[0].disclosed_share.value().as_fraction() == 1
    c02 = govinfo.indicator_rows(govinfo.parse_file(REPORTS / "c02.txt").reports)[0]
    assert c02.review_corrected_share.value().as_fraction() == Fraction(64, 314)
    assert c02.litigation_corrected_share.value().percent() == "12.8%"


# ---------------------------------------------------------------- the command line

@needs_cli
def test_cli_compare_text_json_html_and_exit_codes(tmp_path):
    r = run("compare", "--old-year", "2022", "--new-year", "2023", SEED_002)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("比较 聊城市机关事务管理局 2022年（2021 格式） → 聊城市机关事务管理局 2023年（2021 格式）")
    assert "一、本年新收行总计列" in r.stdout and "+50.0%" in r.stdout
    j = run("compare", "--format", "json", "--old-year", "2020", "--new-year", "2021", SEED_002)
    doc = json.loads(j.stdout)
    kinds = {c["kind"] for c in doc["cells"] if c["table"] == "article20"}
    assert kinds == {"not_comparable"}
    page = tmp_path / "c.html"
    assert run("compare", "--format", "html", "-o", page, "--old-year", "2022",
               "--new-year", "2023", SEED_002).returncode == 0
    assert page.read_text(encoding="utf-8").count('class="cell k-changed"') == 26
    # A file of several reports needs a year; a year it lacks, or three paths, are refused.
    several = run("compare", SEED_002)
    assert several.returncode == 2 and "choose one with --old-year" in several.stderr
    missing = run("compare", "--old-year", "2018", "--new-year", "2019", SEED_002)
    assert missing.returncode == 2 and "no report of 2018" in missing.stderr
    assert run("compare", SEED_001, SEED_001, SEED_001).returncode == 2
    assert run("compare", "--format", "csv", SEED_001).returncode == 2
    # A carry-over error between the two years fails the run, as check does.
    lines = SEED_002.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(i for i, l in enumerate(lines) if l.startswith("二、上年结转政府信息公开申请数量"))
    lines[first] = "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | ||\n"
    broken = tmp_path / "002.txt"
    broken.write_text("".join(lines), encoding="utf-8")
    failed = run("compare", "--old-year", "2022", "--new-year", "2023", broken)
    assert failed.returncode == 1 and "series_carry_over" in failed.stdout
    assert run("compare", "--fail-on", "never", "--old-year", "2022", "--new-year", "2023",
               broken).returncode == 0


@needs_cli
def test_cli_help_of_compare_and_indicators():
    for sub in ("compare", "indicators"):
        h = run(sub, "--help")
        assert h.returncode == 0 and f"usage: govinfo {sub}" in h.stdout and "examples:" in h.stdout
        assert sub in run("--help").stdout
    assert run("compare", "--old-year", "20x", SEED_001).returncode == 2
    assert run("indicators", "--old-year", "2020", SEED_001).returncode == 2  # compare only


@needs_cli
def test_readme_shows_what_govinfo_compare_prints():
    import re
    import shlex
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"\$ govinfo (compare [^\n]*)\n```\n```text\n(.*?)```", readme, re.S)
    assert m, "README.md shows no '$ govinfo compare ...' command with its output"
    out = subprocess.run([str(GOVINFO), *shlex.split(m.group(1))], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout == m.group(2)


@needs_cli
def test_cli_indicators_csv_matches_the_python_frame(tmp_path):
    out = tmp_path / "m.csv"
    r = run("indicators", "--format", "csv", "-o", out, SEED_002)
    assert r.returncode == 0, r.stderr
    import csv
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    frame = govinfo.indicators(govinfo.parse_file(SEED_002))
    assert list(rows[0].keys())[4:] == list(frame.columns)[5:]
    assert [r["received"] for r in rows] == ["3", "2", "1", "3", "1"]
    assert rows[4]["disclosed_share"] == "" and rows[0]["carried_forward_share"] == "0.333333"
    text = run("indicators", SEED_002).stdout
    assert "聊城市机关事务管理局" in text and "33.3%" in text
    bad = run("indicators", tmp_path / "nope.txt", SEED_002)
    assert bad.returncode == 2 and "nope.txt" in bad.stderr


@needs_cli
def test_cli_check_series_adds_the_section_findings(tmp_path):
    text = SEED_002.read_text(encoding="utf-8")
    # The 2023 summary replaced by the 2022 one with its years changed.
    summary_2023 = text.split("一、总体情况")[1].split("二、主动公开政府信息情况")[0]
    summary_2022 = text.split("一、总体情况")[2].split("二、主动公开政府信息情况")[0]
    copied = tmp_path / "002.txt"
    copied.write_text(text.replace(summary_2023, summary_2022.replace("2022", "2023"), 1),
                      encoding="utf-8")
    r = run("check", "--series", "--format", "jsonl", "--select", "section_copied", copied)
    found = [(json.loads(l)["year"], f["code"]) for l in r.stdout.splitlines()
             for f in json.loads(l)["findings"]]
    assert found == [(2023, "section_copied")]


# ---------------------------------------------------------------- in a browser

def _browser(tmp_path):
    chromium = shutil.which("chromium")
    driver = shutil.which("chromedriver")
    webdriver = pytest.importorskip("selenium.webdriver")
    if not (chromium and driver):
        pytest.skip("chromium and chromedriver are installed by scripts/install-deps browser")
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1300,2000"):
        opts.add_argument(flag)
    from selenium.webdriver.chrome.service import Service
    return webdriver.Chrome(service=Service(driver), options=opts)


def test_comparison_page_in_headless_chromium(tmp_path):
    years = seed_002()
    page = tmp_path / "compare.html"
    page.write_text(govinfo.compare(years[2020], years[2021]).to_html(), encoding="utf-8")
    browser = _browser(tmp_path)
    try:
        browser.get(page.as_uri())
        old, new = (browser.find_element("css selector", f".tables > .column.{side}")
                    for side in ("old", "new"))
        a, b = old.rect, new.rect
        assert a["x"] + a["width"] <= b["x"] and abs(a["y"] - b["y"]) < 2  # two columns
        style = "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.backgroundColor, s.backgroundImage];"
        changed = browser.find_elements("css selector", ".column.new td.cell[data-kind=changed]")
        assert len(changed) == 8  # 自然人 and 总计 of 一、本年新收, （一）, （四）1 and （七）
        plain = browser.find_element("css selector", ".column.new td.cell[data-kind=unchanged]")
        plain_style = browser.execute_script(style, plain)
        for td in changed:
            s = browser.execute_script(style, td)
            assert s[0] == "solid" and s[1] != plain_style[1]
        received = browser.find_element(
            "css selector", ".column.new td[data-row=new_received][data-column=total]")
        assert received.find_element("css selector", "span.delta").text == "-2 -66.7%"
        old_received = browser.find_element(
            "css selector", ".column.old td[data-row=new_received][data-column=total]")
        assert browser.execute_script(style, old_received)[0] == "solid"  # marked on both sides
        hatched = browser.find_element("css selector", "td.cell[data-kind=not_comparable]")
        assert browser.execute_script(style, hatched)[2] != plain_style[2]
        added = browser.find_element("css selector", ".column.new .sentences span.added")
        dropped = browser.find_element("css selector", ".column.old .sentences span.dropped")
        kept = browser.find_element("css selector", ".sentences span.kept")
        colours = [browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor;", e)
                   for e in (added, dropped, kept)]
        assert len(set(colours)) == 3
        shot = BUILD / "compare_page.png"
        browser.save_screenshot(str(shot))
        assert shot.stat().st_size > 10_000
    finally:
        browser.quit()


@needs_cli
def test_report_card_view_of_several_years_in_headless_chromium(tmp_path):
    card = tmp_path / "card.html"
    r = run("html", SEED_002, SEED_001, "--output", card)
    assert r.returncode in (0, 1), r.stderr
    browser = _browser(tmp_path)
    try:
        browser.get(card.as_uri())
        views = browser.find_elements("css selector", "section.series-view")
        assert len(views) == 1  # 聊城市机关事务管理局; 烟台市大数据局 has one year only
        bars = views[0].find_elements("css selector", "svg.chart rect.bar")
        assert [(b.get_attribute("data-year"), b.get_attribute("data-value")) for b in bars] == [
            ("2019", "1"), ("2020", "3"), ("2021", "1"), ("2022", "2"), ("2023", "3")]
        heights = [b.rect["height"] for b in bars]
        assert heights[1] == max(heights) and heights[0] < heights[3] < heights[1]
        points = views[0].find_elements("css selector", "circle.point[data-measure=disclosed_share]")
        # 2019 has no disclosed share (its total is blank): a gap, not a point at 0.
        assert [p.get_attribute("data-year") for p in points] == ["2020", "2021", "2022", "2023"]
        assert [p.get_attribute("data-value") for p in points] == [
            "1.000000", "0.000000", "0.500000", "1.000000"]
        assert len(views[0].find_elements("css selector", "div.pair")) == 4
        measures = views[0].find_element("css selector", "tr[data-measure=received_change]")
        assert [td.text for td in measures.find_elements("css selector", "td")][1:] == [
            "—", "+2", "-2", "+1", "+1"]
        shot = BUILD / "report_card_series.png"
        views[0].screenshot(str(shot))
        assert shot.stat().st_size > 5_000
    finally:
        browser.quit()


# ---------------------------------------------------------------- the example

def png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return len(data), width, height


def test_compare_years_example_prints_and_plots_what_changed(tmp_path):
    pytest.importorskip("matplotlib")
    pytest.importorskip("pandas")
    env = {**os.environ, "PYTHONPATH": str(Path(govinfo.__file__).resolve().parents[1]),
           "MPLCONFIGDIR": str(tmp_path / ".matplotlib"), "MPLBACKEND": "Agg"}
    out = subprocess.run([sys.executable, str(ROOT / "examples" / "python" / "compare_years.py"),
                          "--output", str(tmp_path / "m.png")], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "聊城市机关事务管理局: 5 reports, 2019-2023"
    assert "2022 -> 2023 (2021 -> 2021 format)" in lines
    assert "  一、本年新收行总计列: 2 -> 3, +1 (+50.0%)" in lines
    assert "2020 -> 2021 (2019 -> 2021 format)" in lines
    assert "  not comparable: 29 cells of article20" in lines
    assert any(l.startswith("  section 5: ") for l in lines)
    assert lines[-1] == f"chart saved to {tmp_path / 'm.png'}"
    size, width, height = png_size(tmp_path / "m.png")
    assert size > 10_000 and (width, height) == (1000, 400)


# ---------------------------------------------------------------- odd input never crashes

def test_odd_objects_and_threads_never_crash_the_interpreter():
    code = r'''
import threading
import govinfo
c = govinfo.Comparison()
assert c.to_html() and c.to_text() and c.to_json()
c.cells = [govinfo.CellChange(old_value=govinfo.Cell(), new_value=None),
           govinfo.CellChange(kind=govinfo.CellChangeKind.changed)]
assert c.to_html() and c.to_text()
assert len(govinfo.compare(govinfo.Report(), govinfo.Report()).cells) == 200
assert govinfo.indicators([govinfo.Report()]).shape == (1, 82)
zero = govinfo.Ratio(numerator=1, denominator=0)
assert zero.percent() == "" and float(zero) != float(zero)
try:
    zero.as_fraction()
    raise SystemExit("no ZeroDivisionError")
except ZeroDivisionError:
    pass
assert govinfo.RateMeasure(numerator=1, denominator=0).value() is None
assert govinfo.RateMeasure(numerator=-2**63, denominator=-1).value() is None
assert govinfo.check_series_sections(govinfo.Series()) == []
reports = govinfo.parse_file("examples/reports/002_6174489a5f7162cb.txt").reports
sizes = []
threads = [threading.Thread(target=lambda: sizes.append(len(govinfo.compare(reports[1], reports[0]).cells)))
           for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert sizes == [200] * 8
print("ok")
'''
    env = {**os.environ, "PYTHONPATH": str(Path(govinfo.__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout == "ok\n"
