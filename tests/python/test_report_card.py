"""The HTML card of `govinfo html` for many reports (issue 19 item 7): 200 reports stay under
2 MB a page, split into linked pages beside the output file; in headless Chromium the
not-evaluable findings are collapsed, findings are grouped by code, and the severity filter hides
what is below the level chosen. Screenshots are left in the build folder for a person to look at."""
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("GOVINFO_BUILD_DIR", ROOT / "build" / "ci"))
GOVINFO = BUILD / "cli" / "govinfo"
REPORTS = sorted((ROOT / "examples" / "reports").iterdir())
PAGE_BYTES = 2_000_000  # report_card_page_bytes

pytestmark = pytest.mark.skipif(not GOVINFO.exists(), reason=f"{GOVINFO} not built")


def two_hundred(folder: Path) -> Path:
    """200 reports: the bundled files (15 reports) over and over, as an office's batch."""
    folder.mkdir()
    n, round_ = 0, 0
    while n < 200:
        for f in REPORTS:
            reports = 5 if f.name.startswith("002_") else 1
            if n + reports > 200:
                continue
            shutil.copy(f, folder / f"{round_:02d}_{f.name}")
            n += reports
        round_ += 1
    return folder


def card(tmp_path: Path, *args: str):
    out = tmp_path / "out" / "card.html"
    out.parent.mkdir(exist_ok=True)
    r = subprocess.run([str(GOVINFO), "html", *args, "-o", str(out)], capture_output=True,
                       text=True, timeout=300)
    return r, out


def test_200_reports_are_pages_under_2_mb_that_link_each_other(tmp_path):
    r, out = card(tmp_path, str(two_hundred(tmp_path / "in")))
    assert r.returncode == 0, r.stderr
    pages = sorted(out.parent.iterdir(), key=lambda p: (len(p.name), p.name))
    assert [p.name for p in pages][:2] == ["card.html", "card-2.html"], pages
    assert f"the card has {len(pages)} pages: {out} … {pages[-1]}" in r.stderr
    numbers = []
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert len(html.encode()) <= PAGE_BYTES, page
        numbers += re.findall(r'<section class="report [^"]*" id="report-(\d+)">', html)
        assert html.count('<tr class="report-summary') == 200  # every page has the contents
        for other in pages:
            if other != page:
                assert f'<a href="{other.name}">' in html
    assert sorted(map(int, numbers)) == list(range(1, 201))  # each report once, none lost
    # a card to standard output is one page, however long
    one = subprocess.run([str(GOVINFO), "html", str(tmp_path / "in")], capture_output=True,
                         timeout=300)
    assert one.returncode == 0
    assert one.stdout.count(b'<section class="report ') == 200
    assert b'<p class="pages">' not in one.stdout


def test_a_page_that_would_overwrite_an_input_is_refused(tmp_path):
    inputs = two_hundred(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    (out / "card-2.html").write_bytes(b"<p>my own page</p>")
    r = subprocess.run([str(GOVINFO), "html", str(inputs), str(out / "card-2.html"), "-o",
                        str(out / "card.html")], capture_output=True, text=True, timeout=300)
    assert r.returncode == 2
    assert "is also an input" in r.stderr
    assert (out / "card-2.html").read_bytes() == b"<p>my own page</p>"


def test_card_in_headless_chromium_filters_groups_and_collapses(tmp_path):
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    webdriver = pytest.importorskip("selenium.webdriver")
    if not (chromium and driver):
        pytest.skip("chromium and chromedriver are installed by scripts/install-deps browser")
    r, out = card(tmp_path, *map(str, REPORTS))
    assert r.returncode in (0, 1), r.stderr
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1300,1600"):
        opts.add_argument(flag)
    from selenium.webdriver.chrome.service import Service
    browser = webdriver.Chrome(service=Service(driver), options=opts)
    shown = ("return [...document.querySelectorAll(arguments[0])]"
             ".filter(e => e.checkVisibility()).length")
    try:
        browser.get(out.as_uri())
        sections = browser.find_elements("css selector", "section.report")
        assert len(sections) == 15
        # 上海 2019: its not-evaluable checks are one collapsed block, its findings one group a code
        shanghai = next(s for s in sections if "c03.html" in s.text)
        block = shanghai.find_element("css selector", "details.not-evaluable")
        assert block.get_attribute("open") is None
        assert "项核查因单元格空白无法进行" in block.text
        assert browser.execute_script(
            "return [...arguments[0].querySelectorAll('li')].filter(e => e.checkVisibility())"
            ".length", block) == 0
        assert len(block.find_elements("css selector", "li")) > 0
        codes = [d.get_attribute("data-code") for d in
                 shanghai.find_elements("css selector", "div.findings > details.code")]
        assert codes and len(codes) == len(set(codes))
        assert all(d.get_attribute("open") is not None for d in
                   shanghai.find_elements("css selector", "div.findings > details.code"))
        browser.execute_script("arguments[0].scrollIntoView()", shanghai)
        browser.save_screenshot(str(BUILD / "report_card_findings.png"))
        # the filter: all, then warnings and errors, then errors only
        everything = browser.execute_script(shown, "section.report")
        infos = browser.execute_script(shown, "li.f-info")
        assert everything == 15 and infos > 0
        browser.find_element("css selector", "label[for=sev-warning]").click()
        assert browser.execute_script(shown, "li.f-info") == 0
        assert browser.execute_script(shown, "li.f-warning") > 0
        assert browser.execute_script(shown, "section.report") == \
            browser.execute_script(shown, "nav tr.report-summary") == \
            len(browser.find_elements("css selector",
                                      "section.worst-warning, section.worst-error"))
        browser.find_element("css selector", "label[for=sev-error]").click()
        assert browser.execute_script(shown, "section.report") == 1  # 003: the period's year
        assert browser.execute_script(shown, "li.f-warning") == 0
        browser.execute_script("window.scrollTo(0, 0)")
        browser.save_screenshot(str(BUILD / "report_card_errors_only.png"))
        browser.find_element("css selector", "label[for=sev-all]").click()
        assert browser.execute_script(shown, "section.report") == 15
        # the contents lead to each section
        link = browser.find_element("css selector", 'nav a[href="#report-12"]')
        link.click()
        assert browser.execute_script("return location.hash") == "#report-12"
    finally:
        browser.quit()
