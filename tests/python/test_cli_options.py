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


# ---- The command line declared once (CLI11): help, unknown options and choices ----

# Which command takes which option: the documented matrix (README, `govinfo COMMAND --help`).
OPTIONS = {
    "check": ["--format", "--output", "--fail-on", "--select", "--ignore", "--jobs", "--series",
              "--quiet", "--max-bytes"],
    "convert": ["--to", "--output", "--jobs", "--series", "--quiet", "--max-bytes"],
    "html": ["--output", "--fail-on", "--select", "--ignore", "--jobs", "--series", "--quiet",
             "--max-bytes"],
    "rules": ["--format", "--output"],
    "compare": ["--format", "--output", "--old-year", "--new-year", "--fail-on", "--select",
                "--ignore", "--max-bytes"],
    "indicators": ["--format", "--output", "--jobs", "--quiet", "--max-bytes"],
}
SHORT = {"--output": "-o", "--jobs": "-j", "--quiet": "-q"}


def option_lines(help_text):
    """The option names listed under "options:" in a help text, long names only."""
    block = help_text.split("\noptions:\n", 1)[1].split("\n\n", 1)[0]
    names = set()
    for line in block.splitlines():
        if line.startswith("  -"):
            names.update(w.rstrip(",") for w in line.split() if w.startswith("--"))
    return names


def test_help_of_each_command_lists_exactly_the_options_it_takes():
    every = {o for opts in OPTIONS.values() for o in opts}
    for command, options in OPTIONS.items():
        h = run(command, "--help")
        assert h.returncode == 0 and h.stderr == "", command
        assert h.stdout.startswith(f"usage: govinfo {command} [options]"), h.stdout
        assert option_lines(h.stdout) == set(options) | {"--help"}, command
        for option in options:  # each is described on its line, short form beside the long one
            line = next(l for l in h.stdout.splitlines() if f" {option}" in l and l.startswith("  -"))
            assert len(line.split(option, 1)[1].strip()) > 3, line
            if option in SHORT:
                assert line.startswith(f"  {SHORT[option]}, {option}"), line
        for option in every - set(options):  # and every other one is refused by name
            args = [command, option] + ([] if option in ("--series", "--quiet") else ["x"])
            r = run(*args, SEED_003) if command != "rules" else run(*args)
            assert r.returncode == 2, args
            assert f"govinfo: error: {option} is not an option of {command} (only of " in r.stderr, args
            takers = r.stderr.split("(only of ", 1)[1].split(")", 1)[0].split(", ")
            assert takers == [c for c in OPTIONS if option in OPTIONS[c]], (args, takers)
    overview = run("--help").stdout
    for command in OPTIONS:
        assert f"\n  {command} " in overview, command


def test_an_unknown_option_or_command_exits_2_and_is_named():
    for args, message in {
        ("check", "--frobnicate"): "unknown option '--frobnicate' for check",
        ("check", "--frobnicate=3"): "unknown option '--frobnicate' for check",
        ("convert", "-x"): "unknown option '-x' for convert",
        ("frobnicate",): "unknown command 'frobnicate'",
        ("--frobnicate",): "unknown option '--frobnicate'",
    }.items():
        r = run(*args, SEED_003)
        assert r.returncode == 2, args
        assert r.stdout == "", args
        assert r.stderr == f"govinfo: error: {message} (see govinfo --help)\n", args
    # No argument at all: the overview, on stderr, and the usage status.
    r = run()
    assert r.returncode == 2 and r.stdout == "" and r.stderr.startswith("govinfo: read and check")
    # "--" ends the options: what follows is a path, even when it starts with "-".
    r = run("check", "-q", "--", "-not-an-option.txt")
    assert r.returncode == 2
    assert r.stderr.startswith("-not-an-option.txt: io_error: no such file or folder\n"), r.stderr


# Each choice: the command, the option, and the values its help and its refusal name, default
# first (the enumerator names of cli/options.hpp).
CHOICES = [
    ("check", "--format", "--format", ["text", "json", "jsonl", "csv", "html"]),
    ("convert", "--to", "--to", ["json", "jsonl", "csv"]),
    ("rules", "--format", "--format for rules", ["text", "json"]),
    ("compare", "--format", "--format for compare", ["text", "json", "html"]),
    ("indicators", "--format", "--format for indicators", ["text", "csv", "json"]),
    ("check", "--fail-on", "--fail-on", ["error", "warning", "info", "never"]),
    ("html", "--fail-on", "--fail-on", ["never", "error", "warning", "info"]),
]


def listed(values):
    return ", ".join(values[:-1]) + " or " + values[-1]


def test_a_bad_choice_names_the_allowed_values_and_each_of_them_works(tmp_path):
    for command, option, named, values in CHOICES:
        inputs = [] if command == "rules" else [SEED_003]
        r = run(command, option, "xml", *inputs)
        assert r.returncode == 2, (command, option)
        assert f"govinfo: error: {named} must be {listed(values)}, not 'xml'" in r.stderr, r.stderr
        help_line = f"{option} " + ("LEVEL" if option == "--fail-on" else "FMT")
        line = next(l for l in run(command, "--help").stdout.splitlines() if help_line in l)
        assert f"{values[0]} (default)" in line and listed(values).split(" or ")[-1] in line, line
        for value in values:  # every value named is one the command takes
            out = tmp_path / f"{command}-{option}-{value}"
            r = run(command, option, value, "-o", out, *inputs)
            assert r.returncode in (0, 1), (command, option, value, r.stderr)
            assert out.stat().st_size > 0
    # The defaults are the first values listed: check writes text, convert JSON, html exits 0.
    assert run("check", "-q", SEED_003).stdout.startswith("REPORT ")
    assert run("convert", SEED_003).stdout.startswith("[")
    assert run("html", "-q", SEED_003, "-o", tmp_path / "card.html").returncode == 0
    assert run("check", "-q", SEED_003).returncode == 1
