"""Calls that crashed, corrupted memory or failed confusingly in the Python layer (issue 14: items
2, 3, 12 and 14 on the Python side), each run in its own interpreter so that a segfault or an
abort fails that one test instead of ending the suite.

Every test hands a snippet to `run`, which executes it under the same interpreter with the same
govinfo package and fails with the snippet's exit status and output when it does not exit 0. The
snippets assert the behaviour they expect (clean exceptions with clear messages, views that
re-resolve, copies that stay usable), so a crash and a wrong answer both fail."""
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import govinfo

ROOT = Path(__file__).resolve().parents[2]
SEED_000 = ROOT / "tests" / "data" / "seeds" / "000_93777d88a2382c03.txt"
PACKAGE_DIR = Path(govinfo.__file__).resolve().parents[1]

PRELUDE = f"""
import copy, gc, os, pickle, re, sys, threading
from decimal import Decimal
import govinfo
from govinfo import *
SEED_000 = {str(SEED_000)!r}
SEED_TEXT = open(SEED_000, encoding="utf-8").read()

def raises(exc, fn, *args, match=None, **kwargs):
    try:
        fn(*args, **kwargs)
    except exc as e:
        if match is not None:
            assert re.search(match, str(e)), (str(e), match)
        return e
    raise AssertionError(f"{{fn!r}}{{args!r}} did not raise {{exc.__name__}}")
"""


def run(code: str, timeout: float = 600) -> str:
    """Runs PRELUDE + code in a fresh interpreter; fails unless it exits 0. Returns stdout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(PACKAGE_DIR)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    proc = subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent(code)], env=env,
                          capture_output=True, text=True, timeout=timeout)
    status = (f"killed by signal {-proc.returncode}" if proc.returncode < 0
              else f"exit status {proc.returncode}")
    assert proc.returncode == 0, (
        f"{status}\n--- stdout\n{proc.stdout[-3000:]}\n--- stderr\n{proc.stderr[-3000:]}")
    return proc.stdout


CLASSES = sorted(n for n in dir(govinfo._core)
                 if isinstance(getattr(govinfo._core, n), type)
                 and not issubclass(getattr(govinfo._core, n), BaseException))
ENUMS = sorted(n for n in CLASSES if hasattr(getattr(govinfo._core, n), "__members__"))


# ---------------------------------------------------------------- item 2: enum values

def test_out_of_range_enum_values_are_refused_at_construction():
    run(f"""
    for name in {ENUMS!r}:
        E = getattr(govinfo, name)
        values = [int(v) for v in E.__members__.values()]
        for bad in (-1, max(values) + 1, 999):
            raises(ValueError, E, bad, match=f"{{bad}} is not a valid {{name}}")
        for v in E.__members__.values():
            assert E(int(v)) == v and E(int(v)).id == v.id
        shell = E.__new__(E)
        raises(ValueError, shell.__setstate__, 999, match="999 is not a valid")
    """)


def test_out_of_range_enum_values_never_index_the_model():
    # The cases: each read or wrote a cell outside the model before.
    run("""
    r = Report()
    before = r.to_json()
    raises(ValueError, lambda: r.applications.new_received[ApplicantColumn(999)])
    raises(ValueError, lambda: r.review_litigation.review[ReviewColumn(999)])
    raises(ValueError, lambda: r.review_litigation[ReviewGroup(999)])
    raises(ValueError, lambda: r.applications[ApplicationRow(-1)])

    class Forged:  # a pickle that says ApplicantColumn(999)
        def __reduce__(self):
            return (ApplicantColumn, (999,))
    raises(ValueError, pickle.loads, pickle.dumps(Forged()), match="999")
    assert r.to_json() == before
    # every enumerator still reaches its own cell
    for c in all_applicant_columns():
        r.applications.disclosed[c].value = int(c)
    assert [r.applications.disclosed[c].value for c in all_applicant_columns()] == list(range(7))
    for g in review_groups():
        for c in review_columns():
            r.review_litigation[g][c].value = 10 * int(g) + int(c)
    assert r.review_litigation.litigation_after_review.total.value == 24
    """)


# ---------------------------------------------------------------- item 3: views

def test_view_of_a_removed_optional_row_raises_instead_of_writing_freed_storage():
    run("""
    r = Report(FormatVersion.v2019)
    row = r.applications.other_handling
    total = row.total
    by_index = r.applications[ApplicationRow.other_handling]
    r.applications.other_handling = None
    before = r.to_json()
    for write in (lambda: setattr(row.total, "value", 5), lambda: setattr(total, "value", 5),
                  lambda: setattr(by_index, "total", Cell(5)), lambda: repr(row)):
        raises(ReferenceError, write, match="Report.applications.other_handling")
    assert r.to_json() == before  # nothing landed anywhere
    # the place exists again: the kept views see and change the new row
    r.applications.other_handling = ApplicantRow()
    total.value = 7
    assert r.applications.other_handling.total.value == 7 and row.total.value == 7
    # the whole table replaced by a 2021 one: the 2019 row is gone again
    r.applications = Report(FormatVersion.v2021).applications
    raises(ReferenceError, lambda: total.value)
    """)


def test_view_of_article20_after_a_format_change_raises_instead_of_writing_other_cells():
    run("""
    r = Report(FormatVersion.v2021)
    a20 = r.article20
    issued = r.article20.regulations.issued
    fee = r.article20.fees.amount
    r.article20 = Article20v2019()
    before = r.to_json()
    raises(ReferenceError, lambda: setattr(a20.fees, "amount", MoneyCell(5, MoneyUnit.yuan)))
    raises(ReferenceError, setattr, issued, "value", 5)
    raises(ReferenceError, setattr, fee, "amount", Decimal("1.5"))
    assert r.to_json() == before
    r.article20 = Article20v2021()
    issued.value = 3  # the 2021 tables are back: the view leads to their cell
    assert r.article20.regulations.issued.value == 3
    """)


def test_view_of_a_cleared_statistics_period_raises_instead_of_double_free():
    run("""
    r = Report()
    r.statistics_period = StatisticsPeriod(text="x" * 1000, start=Date(2021, 1, 1))
    p = r.statistics_period
    start = p.start
    r.statistics_period = None
    raises(ReferenceError, setattr, p, "text", "y" * 5000)
    raises(ReferenceError, lambda: p.text)
    raises(ReferenceError, lambda: start.year)
    r.statistics_period = StatisticsPeriod(text="z")
    assert p.text == "z" and p.start is None
    raises(ReferenceError, lambda: start.year)  # the new period has no start
    """)


def test_views_of_replaced_tables_see_the_new_tables():
    run("""
    r = Report()
    t = r.applications
    other = Report()
    other.applications.new_received.total.value = 9
    r.applications = other.applications
    assert t.new_received.total.value == 9
    t.new_received.total.value = 10
    assert r.applications.new_received.total.value == 10
    assert other.applications.new_received.total.value == 9  # assignment copied
    rl = r.review_litigation
    r.review_litigation = ReviewLitigationTable()
    rl.review.total.value = 4
    assert r.review_litigation.review.total.value == 4
    """)


def test_views_keep_their_report_alive():
    run("""
    cell = Report().applications.new_received.total
    row = Report(FormatVersion.v2019).applications[ApplicationRow.other_handling]
    gc.collect()
    cell.value = 3
    row.total.value = 4
    assert cell.value == 3 and row.total.value == 4
    """)


def test_list_elements_are_copies_that_outlive_the_list():
    run("""
    r = Report()
    r.sections = [Section(number=1, text="x" * 1000)]
    r.tables_found = [TableLocation(first_line=3)]
    r.diagnostics = [Finding(message="m" * 1000)]
    s, t, d = r.sections[0], r.tables_found[0], r.diagnostics[0]
    r.sections = []
    r.tables_found = []
    r.diagnostics = []
    s.text = "y" * 3000
    t.first_line = 4
    d.message = "z" * 3000
    assert (len(s.text), t.first_line, len(d.message)) == (3000, 4, 3000)
    assert r.sections == [] and r.tables_found == [] and r.diagnostics == []
    r.sections = [s]
    r.sections[0].text = "changed"  # a copy: documented, the report keeps its text
    assert r.sections[0].text == "y" * 3000

    series = Series()
    series.reports = [Report()]
    first = series.reports[0]
    series.reports = []
    first.agency = "z" * 5000
    assert first.agency == "z" * 5000 and len(series) == 0
    """)


# ---------------------------------------------------------------- item 3: threads

def test_check_on_two_threads_while_a_third_reassigns_the_report():
    # Heap corruption before: check() read the report without the GIL while it was reassigned.
    run("""
    r = parse(SEED_TEXT).reports[0]
    diags = list(r.diagnostics) * 50 or [Finding(message="d")] * 50
    secs = list(r.sections) * 20
    stop = threading.Event()
    errors = []

    def checker():
        try:
            for _ in range(300):
                check(r)
                validate(r)
        except BaseException as e:
            errors.append(e)

    def mutator():
        i = 0
        while not stop.is_set():
            i += 1
            r.diagnostics = diags if i % 2 else []
            r.sections = secs if i % 3 else []
            r.agency = "x" * (i % 500)

    threads = [threading.Thread(target=checker) for _ in range(2)]
    m = threading.Thread(target=mutator)
    m.start()
    for t in threads: t.start()
    for t in threads: t.join()
    stop.set()
    m.join()
    assert errors == [], errors
    """)


def test_stress_threads_share_and_mutate_reports():
    pytest.importorskip("pandas")
    run("""
    import random
    base = parse(SEED_TEXT).reports[0]
    shared = [base.copy() for _ in range(3)]
    stop = threading.Event()
    errors = []
    buffer = bytearray(SEED_TEXT.encode("utf-8"))

    def guard(fn):
        def loop(seed):
            rnd = random.Random(seed)
            try:
                for _ in range(60):
                    fn(rnd)
            except ReferenceError:
                pass  # a view whose row a mutator removed: the documented clean error
            except BaseException as e:
                errors.append(repr(e))
        return loop

    @guard
    def reader(rnd):
        r = rnd.choice(shared)
        check(r); validate(r); to_json(r); repr(r); r.cells(); r.to_dict()
        govinfo.to_frame(shared); govinfo.findings_frame(shared)
        pickle.loads(pickle.dumps(r, protocol=rnd.randrange(6)))
        r.applications.new_received.total.value

    @guard
    def parser(rnd):
        own = parse(SEED_TEXT).reports[0]
        check(own)
        try:
            parse(buffer)  # a bytearray another thread resizes: parse reads a copy
        except ParseError:
            pass  # cut inside a UTF-8 sequence: a clean error about the input
        parse_many([SEED_000, SEED_000], threads=2)

    @guard
    def writer(rnd):
        r = rnd.choice(shared)
        view = r.applications.new_received
        fmt = rnd.choice([FormatVersion.v2019, FormatVersion.v2021])
        r.article20 = Report(fmt).article20
        r.applications = Report(fmt).applications
        r.sections = base.sections * rnd.randrange(3)
        r.diagnostics = base.diagnostics * rnd.randrange(3)
        r.agency = "机关" * rnd.randrange(100)
        r.statistics_period = rnd.choice([None, StatisticsPeriod(text="t" * 100)])
        view.total.value = rnd.randrange(100)
        buffer[:] = SEED_TEXT.encode("utf-8")[: rnd.randrange(len(buffer) + 1)]

    threads = [threading.Thread(target=f, args=(i,))
               for i, f in enumerate([reader, reader, parser, writer, writer])]
    for t in threads: t.start()
    for t in threads: t.join()
    assert errors == [], errors
    """)


# ---------------------------------------------------------------- item 3: pickle

def test_pickle_every_protocol_round_trips_or_refuses_cleanly():
    run("""
    report = parse(SEED_TEXT, "000.txt").reports[0]
    failed = parse_many(["/nonexistent/x.txt"])[0]
    objects = [report, Report(FormatVersion.v2019), Cell(5), Cell.not_applicable(), Cell(),
               MoneyCell(Decimal("1.50"), MoneyUnit.yuan), MoneyCell.blank(),
               Money(amount=Decimal("3"), unit=MoneyUnit.wan_yuan), report.applications,
               report.applications.disclosed, report.review_litigation,
               report.review_litigation.review, report.article20, report.article20.procurement,
               Report().article20, Report().article20.fees, Date(2021, 1, 2),
               StatisticsPeriod(text="t", start=Date(2021, 1, 1)), TableLocation(first_line=2),
               Section(number=1, text="文"), validate(report)[0] if validate(report) else Finding(),
               Finding(year=2021, message="m")]
    objects += [m for E in (CellState, FormatVersion, ApplicantColumn, ReviewGroup, FindingCode)
                for m in E.__members__.values()]
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        for obj in objects:
            back = pickle.loads(pickle.dumps(obj, protocol=protocol))
            assert type(back) is type(obj) and back == obj, (protocol, obj, back)
        s = series([report])[0]
        back = pickle.loads(pickle.dumps(s, protocol=protocol))
        assert back.key == s.key and back.reports == s.reports
        back = pickle.loads(pickle.dumps(failed, protocol=protocol))
        assert (back.path, back.ok, str(back.error), back.error.code) == (
            failed.path, False, str(failed.error), failed.error.code)
        result = parse(SEED_TEXT)
        back = pickle.loads(pickle.dumps(result, protocol=protocol))
        assert back.reports == result.reports and back.encoding == result.encoding
        raises(TypeError, pickle.dumps, rule_catalogue()[0], protocol=protocol,
               match="find_rule")
    # pickles made before the state became (document, source) still load
    old_style = Report.__new__(Report)
    old_style.__setstate__(report.to_json())
    assert old_style == report
    # object.__reduce__ went through copyreg's protocol-0 path too
    assert report.__reduce__()[0].__name__ == "__newobj__"
    assert Cell(3).__reduce__() and ApplicantColumn.total.__reduce__()
    # copies of views are objects of their own
    c = copy.copy(report.applications.disclosed.total)
    c.value = 99
    assert report.applications.disclosed.total.value != 99
    """)


# ---------------------------------------------------------------- item 3: __new__ without __init__

SKIP_NAMES = {"__class__", "__new__", "__init__", "__setstate__", "__init_subclass__",
              "__subclasshook__", "__getattribute__", "__setattr__", "__delattr__", "__dir__",
              "__sizeof__", "__format__", "__doc__", "__module__", "__members__", "__entries"}


@pytest.mark.parametrize("name", CLASSES)
def test_uninitialised_instance_raises_type_error(name):
    run(f"""
    C = getattr(govinfo._core, {name!r})
    x = C.__new__(C)
    raises(TypeError, repr, x, match="never initialised")
    for attr in sorted(set(dir(C)) - {SKIP_NAMES!r}):
        try:
            value = getattr(x, attr)
            if callable(value) and not isinstance(value, type):
                value(0) if attr == "__reduce_ex__" else value()
        except TypeError:
            pass
    valid = {{"Report": Report()}}.get({name!r})
    for call in (lambda: validate(x), lambda: check(x), lambda: to_json(x), lambda: to_json([x]),
                 lambda: cell_columns([x]), lambda: finding_columns([x]), lambda: copy.copy(x),
                 lambda: copy.deepcopy(x), lambda: govinfo._core._cell_arrays([x]),
                 lambda: govinfo._core._finding_arrays([x]), lambda: series([x]),
                 lambda: rollup([x]), lambda: x == x, lambda: str(x),
                 lambda: setattr(Report(), "applications", x),
                 lambda: setattr(Report(), "article20", x), lambda: Report() == x,
                 lambda: has_row(FormatVersion.v2019, x), lambda: Cell() == x):
        try:
            call()
        except TypeError:
            pass
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        raises(TypeError, pickle.dumps, x, protocol=protocol)

    class Sub(C):
        pass
    y = Sub.__new__(Sub)
    raises(TypeError, repr, y, match="never initialised")
    """)


# ---------------------------------------------------------------- item 3: text attributes

def test_text_attributes_refuse_bytes_and_stay_usable():
    pytest.importorskip("pandas")
    run("""
    r = parse(SEED_TEXT).reports[0]
    agency = r.agency
    raises(TypeError, setattr, r, "agency", b"\\xff", match="Report.agency must be str, not bytes")
    raises(TypeError, setattr, r, "agency", 5, match="Report.agency must be str, not int")
    raises(ValueError, setattr, r, "agency", "\\udcff", match="Report.agency is not valid text")
    assert r.agency == agency
    repr(r); to_json(r); r.cells(); check(r); govinfo.to_frame(r); govinfo.findings_frame(r)
    assert pickle.loads(pickle.dumps(r)) == r

    targets = [(r, "Report"), (Section(), "Section"), (Finding(), "Finding"),
               (StatisticsPeriod(), "StatisticsPeriod"), (Series(), "Series")]
    for obj, name in targets:
        for attr in dir(obj):
            if attr.startswith("_") or not isinstance(getattr(obj, attr), str):
                continue
            raises(TypeError, setattr, obj, attr, b"x", match=f"{name}.{attr} must be str")
            setattr(obj, attr, "文字")
            assert getattr(obj, attr) == "文字"
    raises(TypeError, Section, text=b"x", match="Section.text must be str, not bytes")
    raises(TypeError, parse, "x", source_name=b"\\xff")
    """)


# ---------------------------------------------------------------- item 12: file names

def test_file_name_that_is_not_utf8_does_not_fail_the_batch(tmp_path):
    pytest.importorskip("pandas")
    if sys.platform != "linux":
        pytest.skip("needs a file system that takes any bytes in names")
    name = os.fsencode(tmp_path) + b"/\xff\xfe-report.txt"
    with open(name, "wb") as f:
        f.write(SEED_000.read_bytes())
    run(f"""
    name = {name!r}
    # Every output shows the name as UTF-8, each byte that is not UTF-8 as \\xHH (utf8_name.hpp);
    # the result's path stays the bytes given, so the file can be opened again.
    shown = os.fsdecode(os.path.dirname(name)) + "/" + chr(92) + "xFF" + chr(92) + "xFE-report.txt"
    good = SEED_000
    for paths in ([name, good], [os.fsdecode(name), good]):
        results = parse_many(paths)
        assert results[0].ok, results[0].error
        report = results[0].reports[0]
        assert report.source == shown, report.source
        assert os.fsencode(results[0].path) == name
        repr(results[0])
        frame = govinfo.to_frame(results)
        assert frame["source"].iloc[0] == shown
        findings = govinfo.findings_frame(results)
        assert set(findings["report"]) >= {{0, 1}}
        assert isinstance(to_json([report]), str) and isinstance(to_json(report), str)
        report.to_dict(); report.cells(); repr(report)
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            back = pickle.loads(pickle.dumps(report, protocol=protocol))
            assert back == report and back.source == shown
    missing = name + b".missing"
    e = raises(ParseError, parse_file, missing)
    assert e.file == shown + ".missing" and shown + ".missing" in str(e), e.file
    """)


# ---------------------------------------------------------------- item 14: clear errors

def test_wrong_types_give_type_errors_that_name_the_argument():
    run(r"""
    r = Report()
    cases = [
        (lambda: parse_many([None]), TypeError, r"parse_many\(\): paths\[0\] must be str, bytes or os.PathLike, not NoneType"),
        (lambda: parse_many(["a.txt", 3]), TypeError, r"paths\[1\] .* not int"),
        (lambda: parse_many(["a\0b"]), ValueError, r"paths\[0\]: .* is not a file name \(it holds a NUL character\)"),
        (lambda: parse_many(["\ud800"]), ValueError, r"paths\[0\]: .* cannot be encoded as a file name"),
        (lambda: parse_file(None), TypeError, r"parse_file\(\): path must be str, bytes or os.PathLike, not NoneType"),
        (lambda: parse(None), TypeError, r"parse\(\): text must be str or bytes, not NoneType"),
        (lambda: validate(None), TypeError, r"validate\(\): report must be Report, not NoneType"),
        (lambda: check(5), TypeError, r"check\(\): report must be Report, not int"),
        (lambda: cell_columns([r, None]), TypeError, r"cell_columns\(\): reports\[1\] must be Report, not NoneType"),
        (lambda: finding_columns([None]), TypeError, r"finding_columns\(\): findings\[0\] must be Finding, not NoneType"),
        (lambda: govinfo._core._cell_arrays([None]), TypeError, r"reports\[0\] must be Report"),
        (lambda: labels(5), TypeError, r"labels\(\): format must be"),
        (lambda: series([r], key=lambda x: 5), TypeError, r"key\(report\) must return a str, not int"),
        (lambda: series([r], key=5), TypeError, r"key must be None, a str or a callable"),
        (lambda: Section(number="1"), TypeError, r"Section.number must be int, not str"),
        (lambda: Section(nope=1), TypeError, r"unexpected keyword argument 'nope'"),
        (lambda: setattr(r, "year", "2020"), TypeError, r"Report.year must be int or None, not str"),
        (lambda: setattr(r, "year", Decimal("2020.7")), TypeError, r"Report.year must be int or None"),
        (lambda: setattr(r, "year", 2 ** 40), ValueError, r"Report.year: 1099511627776 is out of range"),
        (lambda: setattr(r, "first_line", -1), ValueError, r"Report.first_line: -1 is out of range"),
        (lambda: setattr(r, "sections", "abc"), TypeError, r"Report.sections must be a list of Section, not str"),
        (lambda: setattr(r, "sections", [None]), TypeError, r"Report.sections\[0\] must be Section, not NoneType"),
        (lambda: setattr(r, "applications", 5), TypeError, r"Report.applications must be ApplicationTable, not int"),
        (lambda: setattr(r, "article20", r.applications), TypeError, r"Report.article20 must be Article20v2021 or Article20v2019, not ApplicationTable"),
        (lambda: setattr(r.applications.new_received.total, "value", "3"), TypeError, r"Cell.value must be int or None, not str"),
        (lambda: setattr(r.applications.new_received.total, "value", 1.5), TypeError, r"Cell.value must be int or None, not float"),
        (lambda: Cell("3"), TypeError, r"Cell.value must be int or None, not str"),
        (lambda: setattr(r.article20.fees.amount, "amount", 1.5), TypeError, r"MoneyCell.amount must be decimal.Decimal, int or str or None, not float"),
        (lambda: Report.from_dict([]), TypeError, r"from_dict\(\) takes a dict, not list"),
        (lambda: setattr(r.article20.fees.amount, "amount", "12万"), ValueError, r"MoneyCell.amount: not an exact decimal"),
    ]
    for call, exc, pattern in cases:
        raises(exc, call, match=pattern)
    """)


def test_from_dict_names_the_key_of_a_value_json_cannot_hold():
    run("""
    doc = Report().to_dict()
    doc["year"] = float("nan")
    e = raises(ParseError, Report.from_dict, doc)
    assert (e.path, e.line, e.column, e.code) == ("/year", 0, 0, ErrorCode.json_bad_value), e
    assert "nan is not a JSON number" in str(e) and str(e).startswith("json_bad_value: /year:")
    doc["year"] = float("inf")
    raises(ParseError, Report.from_dict, doc, match="/year: inf is not a JSON number")
    doc["year"] = "2020"  # the library's own error: the path, and no invented position
    e = raises(ParseError, Report.from_dict, doc)
    assert e.path == "/year" and e.line == 0 and e.column == 0, e
    doc["year"] = 2020
    doc["applications"]["disclosed"]["total"] = b"1"
    raises(TypeError, Report.from_dict, doc,
           match="/applications/disclosed/total: bytes is not a JSON value")
    doc["applications"]["disclosed"]["total"] = 1
    doc["agency"] = "\\udcff"
    raises(ParseError, Report.from_dict, doc, match="/agency: the text is not valid Unicode")
    doc["agency"] = "x"
    cyclic = []
    cyclic.append(cyclic)
    doc["sections"] = cyclic
    raises(ParseError, Report.from_dict, doc, match="nested deeper than")
    doc["sections"] = []
    assert Report.from_dict(doc).year == 2020
    """)


# ---------------------------------------------------------------- issue 19 item 5: iterating tables

def test_iterating_a_row_while_its_table_is_replaced():
    run("""
    r = Report(FormatVersion.v2019)
    row = r.applications.other_handling
    it = iter(row)
    assert next(it)[0] == "natural_person"
    r.applications = Report(FormatVersion.v2021).applications  # the 2019 row is gone
    raises(ReferenceError, next, it, match="Report.applications.other_handling no longer exists")
    raises(ReferenceError, len, row)
    raises(ReferenceError, row.keys)
    raises(ReferenceError, row.to_dict)
    raises(ReferenceError, iter, row)
    raises(ReferenceError, lambda: row["total"])
    raises(ReferenceError, lambda: "total" in row)
    r.applications = Report(FormatVersion.v2019).applications  # back: the loop goes on there
    r.applications.other_handling.total.value = 4
    rest = list(it)
    assert [k for k, _ in rest] == ["commercial_enterprise", "research_institution",
                                    "public_interest_org", "legal_service_org", "other_org",
                                    "total"]
    assert rest[-1][1].value == 4
    assert list(it) == []  # an exhausted iterator stays exhausted
    """)


def test_iterating_a_table_while_it_is_replaced_by_the_other_format():
    run("""
    r = Report(FormatVersion.v2019)
    seen = []
    for row_id, row in r.applications:
        seen.append(row_id)
        if row_id == "declined_confirm_or_reissue":  # the next 2019 row is other_handling
            r.applications = Report(FormatVersion.v2021).applications
        row.total.value = len(seen)  # each view leads to the row there now
    # the loop went on over the 2021 table it found: its rows after the point reached
    assert seen[19:] == ["declined_confirm_or_reissue", "other_no_correction",
                         "other_fee_unpaid", "other_other", "outcome_total", "carried_forward"]
    assert r.applications.other_other.total.value == seen.index("other_other") + 1

    # Article 20: the variant changes alternative under a running loop
    r = Report(FormatVersion.v2021)
    it = r.article20.items()
    row_id, regulations = next(it)
    r.article20 = Article20v2019()
    raises(ReferenceError, next, it, match="Report.article20")
    raises(ReferenceError, lambda: regulations["issued"])
    raises(ReferenceError, regulations.to_dict)
    r.article20 = Article20v2021()
    assert [k for k, _ in it] == ["normative_documents", "licensing", "penalty", "coercion",
                                  "fees"]
    """)


def test_rows_set_to_none_during_a_loop_are_passed_over():
    run("""
    r = Report(FormatVersion.v2019)
    it = r.applications.values()
    for _ in range(20):
        next(it)
    r.applications.other_handling = None
    assert [type(v).__name__ for v in it] == ["ApplicantRow", "ApplicantRow"]  # outcome_total, carried_forward
    assert len(r.applications) == 22 and "other_handling" not in r.applications
    """)


def test_iterators_and_indexed_views_keep_their_report_alive():
    run("""
    it = iter(Report(FormatVersion.v2019).applications)
    cell = Report().applications["disclosed"]["total"]
    values = Report().review_litigation["review"].values()
    gc.collect()
    assert len(list(it)) == 23
    cell.value = 3
    assert cell.value == 3
    assert [c.is_blank for c in values] == [True] * 5
    raises(TypeError, pickle.dumps, iter(Report().applications), match="iterate the table")
    repr(iter(Report().applications))
    """)


def test_threads_iterate_and_index_while_others_swap_formats():
    run("""
    import random
    shared = [Report(FormatVersion.v2019), Report(FormatVersion.v2021)]
    errors = []

    def reader(seed):
        rnd = random.Random(seed)
        try:
            for _ in range(150):
                r = rnd.choice(shared)
                try:
                    for table in (r.applications, r.article20, r.review_litigation):
                        for row_id, row in table:
                            for column_id, cell in row:
                                cell.state
                            row.to_dict()
                            table[row_id][column_id]
                            len(row), list(row.keys()), column_id in row
                        table.to_dict()
                except (ReferenceError, KeyError):
                    pass  # a row or format gone meanwhile: the documented clean errors
        except BaseException as e:
            errors.append(repr(e))

    def writer(seed):
        rnd = random.Random(seed)
        try:
            for _ in range(1500):
                r = rnd.choice(shared)
                fmt = rnd.choice([FormatVersion.v2019, FormatVersion.v2021])
                r.article20 = Report(fmt).article20
                r.applications = Report(fmt).applications
                r.applications.other_handling = rnd.choice([None, ApplicantRow()]) \\
                    if fmt == FormatVersion.v2019 else None
                r.review_litigation = ReviewLitigationTable()
        except BaseException as e:
            errors.append(repr(e))

    threads = [threading.Thread(target=f, args=(i,))
               for i, f in enumerate([reader, reader, writer, writer])]
    sys.setswitchinterval(1e-5)
    for t in threads: t.start()
    for t in threads: t.join()
    assert errors == [], errors
    """)
