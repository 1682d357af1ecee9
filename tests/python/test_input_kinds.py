"""Input is recognised by its bytes, in Python as in C++: parse(bytes) hands the bytes over
untouched (NUL bytes, binary magic, UTF-16, GB18030), parse_file and parse_many read them from
disk whatever the file is named, and a file with no report gives a `parse_no_report`
diagnostic instead of a made-up report."""
from pathlib import Path

import pytest

import govinfo

DATA = Path(__file__).resolve().parents[1] / "data"
LEGACY_WORD = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1....W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0"
HTML = (DATA / "bad" / "report.html").read_bytes()


def test_parse_bytes_reach_the_reader_untouched():
    # The OLE magic and the UTF-16 stream name survive only if the bytes are not re-encoded.
    with pytest.raises(govinfo.ParseError) as info:
        govinfo.parse(LEGACY_WORD)
    assert info.value.code == govinfo.ErrorCode.unsupported_format
    assert "soffice --headless --convert-to docx" in info.value.message


def test_html_is_recognised_by_its_bytes_whatever_comes_first():
    prefixed = b"<!--" + b"-" * 5000 + b"-->\n" + HTML
    for data in (HTML, prefixed, HTML.decode("utf-8").encode("utf-16"),
                 HTML.decode("utf-8").replace('charset="utf-8"', "").encode("gb18030")):
        result = govinfo.parse(data)
        assert len(result.reports) == 1
        assert len(result.reports[0].tables_found) == 3
        assert result.reports[0].applications.new_received.total.value == 11


def test_parse_file_and_parse_many_ignore_the_file_name(tmp_path):
    misnamed = tmp_path / "report.txt"  # HTML under a .txt name
    misnamed.write_bytes(HTML)
    word = tmp_path / "report.html"  # a legacy Word file under an .html name
    word.write_bytes(LEGACY_WORD)
    assert len(govinfo.parse_file(misnamed).reports[0].tables_found) == 3
    with pytest.raises(govinfo.ParseError) as info:
        govinfo.parse_file(word)
    assert info.value.code == govinfo.ErrorCode.unsupported_format
    results = govinfo.parse_many([misnamed, word], threads=1)
    assert [r.ok for r in results] == [True, False]
    assert results[1].error.code == govinfo.ErrorCode.unsupported_format


def test_input_with_no_report_says_so():
    result = govinfo.parse((DATA / "bad" / "no_report.txt").read_bytes())
    assert result.reports == []
    assert [f.code for f in result.diagnostics] == [govinfo.FindingCode.parse_no_report]
    assert result.diagnostics[0].severity == govinfo.Severity.warning
