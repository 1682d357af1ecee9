"""Word files from Python: parse(bytes), parse_file and parse_many read a .docx by its bytes,
and a broken or protected one raises ParseError with its code."""
from pathlib import Path

import pytest

import govinfo

ROOT = Path(__file__).resolve().parents[2]
OFFICE = ROOT / "tests" / "data" / "office"
BAD = ROOT / "tests" / "data" / "bad"


def docx_or_skip():
    try:
        return govinfo.parse_file(OFFICE / "c03.docx")
    except govinfo.ParseError as e:
        if e.code == govinfo.ErrorCode.unsupported_format:
            pytest.skip("this build reads no DOCX (GOVINFO_WITH_DOCX off)")
        raise


def test_parse_file_and_bytes_read_a_word_file_alike():
    from_file = docx_or_skip()
    [r] = from_file.reports
    assert r.agency == "上海市人民政府办公厅"
    assert r.year == 2019
    assert r.applications[govinfo.ApplicationRow.new_received][govinfo.ApplicantColumn.natural_person].value == 821
    assert r.applications[govinfo.ApplicationRow.disclosed][govinfo.ApplicantColumn.total].state == govinfo.CellState.blank
    from_bytes = govinfo.parse((OFFICE / "c03.docx").read_bytes(), "c03.docx")
    assert from_bytes.reports[0].applications == r.applications
    assert from_bytes.reports[0].article20 == r.article20
    # The same report as a web page reads the same.
    html = govinfo.parse_file(ROOT / "tests" / "data" / "corpus" / "c03.html")
    assert html.reports[0].applications == r.applications


def test_parse_many_reads_word_files_beside_text(tmp_path):
    docx_or_skip()
    results = govinfo.parse_many([OFFICE / "word_features.docx", ROOT / "tests" / "data" / "bad" / "base_report.txt",
                                  BAD / "docx_truncated.docx"], threads=2)
    assert [r.ok for r in results] == [True, True, False]
    assert results[0].reports[0].applications == results[1].reports[0].applications
    assert results[2].error.code == govinfo.ErrorCode.corrupt_file


@pytest.mark.parametrize("name, code", [("docx_truncated.docx", "corrupt_file"),
                                        ("docx_encrypted_entry.docx", "encrypted"),
                                        ("docx_password.docx", "encrypted"),
                                        ("docx_xml_200mb.docx", "input_too_large")])
def test_broken_and_protected_word_files_raise_parse_error(name, code):
    docx_or_skip()
    with pytest.raises(govinfo.ParseError) as info:
        govinfo.parse_file(BAD / name)
    assert info.value.code == getattr(govinfo.ErrorCode, code)

