"""Small things of the govinfo command: `html` exits 0 whatever the card shows unless --fail-on
asks otherwise (the card is the answer, not a verdict), and -j takes its number attached (-j2)
as well as apart (-j 2)."""
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("GOVINFO_BUILD_DIR", ROOT / "build" / "ci"))
GOVINFO = BUILD / "cli" / "govinfo"
REPORTS = ROOT / "examples" / "reports"
SEED_003 = REPORTS / "003_efe2eca494f81be5.txt"  # an error: statistics period outside the year

pytestmark = pytest.mark.skipif(not GOVINFO.exists(), reason=f"{GOVINFO} not built")


def run(*args):
    return subprocess.run([str(GOVINFO), *map(str, args)], capture_output=True, text=True,
                          timeout=300)


def test_html_exits_0_unless_fail_on_asks(tmp_path):
    assert run("check", "-q", SEED_003).returncode == 1  # the report does have an error
    card = tmp_path / "card.html"
    r = run("html", "-q", SEED_003, "-o", card)
    assert r.returncode == 0, r.stderr
    assert "period_outside_year" in card.read_text(encoding="utf-8")
    assert run("html", "-q", SEED_003, "-o", card, "--fail-on", "error").returncode == 1
    assert run("html", "-q", SEED_003, "-o", card, "--fail-on", "never").returncode == 0
    # `check --format html` stays a check: it fails on errors like every other format.
    assert run("check", "-q", "--format", "html", SEED_003, "-o", card).returncode == 1
    assert "--fail-on LEVEL     never (default" in run("html", "--help").stdout


def test_html_still_exits_2_for_unreadable_input(tmp_path):
    r = run("html", "-q", tmp_path / "missing.txt", "-o", tmp_path / "card.html")
    assert r.returncode == 2


def test_jobs_attached_or_apart():
    apart = run("check", "--format", "jsonl", "-j", "2", REPORTS)
    attached = run("check", "--format", "jsonl", "-j2", REPORTS)
    assert attached.returncode == apart.returncode
    assert attached.stdout == apart.stdout and attached.stdout
    for bad in ("-j0", "-jx", "-j300"):
        r = run("check", bad, REPORTS)
        assert r.returncode == 2 and "--jobs must be a whole number" in r.stderr, bad
