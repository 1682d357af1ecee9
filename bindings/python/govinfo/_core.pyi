"""Type stubs for govinfo._core, the compiled core of govinfo (hand-written; keep in step with
bindings/python/bind_*.cpp)."""

from __future__ import annotations

import decimal
import fractions
import os
import pathlib
from typing import Any, Callable, ClassVar, Iterable, Iterator, Sequence, overload

__version__: str  # govinfo/version.hpp, from CMakeLists.txt's project(VERSION)

_DecimalLike = decimal.Decimal | int | str
_Path = str | bytes | os.PathLike[str] | os.PathLike[bytes]

# ---------------------------------------------------------------- enums (bind_enums.cpp)

class CellState:
    """What a cell holds."""

    value: ClassVar[CellState]  # value = 0
    blank: ClassVar[CellState]  # value = 1
    not_applicable: ClassVar[CellState]  # value = 2
    __members__: ClassVar[dict[str, CellState]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> CellState:
        """The member with this id; ValueError when there is none."""

class MoneyUnit:
    """The unit of a money amount."""

    wan_yuan: ClassVar[MoneyUnit]  # value = 0
    yuan: ClassVar[MoneyUnit]  # value = 1
    unknown: ClassVar[MoneyUnit]  # value = 2
    __members__: ClassVar[dict[str, MoneyUnit]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> MoneyUnit:
        """The member with this id; ValueError when there is none."""
    @property
    def label(self) -> str:
        """The official Chinese label."""
    @staticmethod
    def from_label(label: str) -> MoneyUnit:
        """The member with this label; ValueError when none matches."""
    @property
    def label_variants(self) -> tuple[str, ...]:
        """Other wordings real reports print for this member (label_tables.hpp), which from_label accepts; () when none."""

class FormatVersion:
    """The statutory table format; ids '2019' and '2021'."""

    v2019: ClassVar[FormatVersion]  # value = 0
    v2021: ClassVar[FormatVersion]  # value = 1
    __members__: ClassVar[dict[str, FormatVersion]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> FormatVersion:
        """The member with this id; ValueError when there is none."""
    @property
    def label(self) -> str:
        """The official Chinese label."""
    @staticmethod
    def from_label(label: str) -> FormatVersion:
        """The member with this label; ValueError when none matches."""
    @property
    def label_variants(self) -> tuple[str, ...]:
        """Other wordings real reports print for this member (label_tables.hpp), which from_label accepts; () when none."""

class ApplicantColumn:
    """The seven applicant columns."""

    natural_person: ClassVar[ApplicantColumn]  # value = 0
    commercial_enterprise: ClassVar[ApplicantColumn]  # value = 1
    research_institution: ClassVar[ApplicantColumn]  # value = 2
    public_interest_org: ClassVar[ApplicantColumn]  # value = 3
    legal_service_org: ClassVar[ApplicantColumn]  # value = 4
    other_org: ClassVar[ApplicantColumn]  # value = 5
    total: ClassVar[ApplicantColumn]  # value = 6
    __members__: ClassVar[dict[str, ApplicantColumn]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> ApplicantColumn:
        """The member with this id; ValueError when there is none."""
    @property
    def label(self) -> str:
        """The official Chinese label."""
    @staticmethod
    def from_label(label: str) -> ApplicantColumn:
        """The member with this label (variants real reports print accepted); ValueError when none matches."""
    @property
    def label_variants(self) -> tuple[str, ...]:
        """Other wordings real reports print for this member (label_tables.hpp), which from_label accepts; () when none."""

class OutcomeGroup:
    """Groups of outcome rows."""

    disclosed: ClassVar[OutcomeGroup]  # value = 0
    partially_disclosed: ClassVar[OutcomeGroup]  # value = 1
    withheld: ClassVar[OutcomeGroup]  # value = 2
    unavailable: ClassVar[OutcomeGroup]  # value = 3
    declined: ClassVar[OutcomeGroup]  # value = 4
    other: ClassVar[OutcomeGroup]  # value = 5
    __members__: ClassVar[dict[str, OutcomeGroup]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> OutcomeGroup:
        """The member with this id; ValueError when there is none."""
    @property
    def label(self) -> str:
        """The official Chinese label."""
    @staticmethod
    def from_label(label: str) -> OutcomeGroup:
        """The member with this label (variants real reports print accepted); ValueError when none matches."""
    @property
    def label_variants(self) -> tuple[str, ...]:
        """Other wordings real reports print for this member (label_tables.hpp), which from_label accepts; () when none."""

class ApplicationRow:
    """Rows of the application table of both formats."""

    new_received: ClassVar[ApplicationRow]  # value = 0
    carried_over: ClassVar[ApplicationRow]  # value = 1
    disclosed: ClassVar[ApplicationRow]  # value = 2
    partially_disclosed: ClassVar[ApplicationRow]  # value = 3
    withheld_state_secret: ClassVar[ApplicationRow]  # value = 4
    withheld_prohibited_by_law: ClassVar[ApplicationRow]  # value = 5
    withheld_security_stability: ClassVar[ApplicationRow]  # value = 6
    withheld_third_party_rights: ClassVar[ApplicationRow]  # value = 7
    withheld_internal_affairs: ClassVar[ApplicationRow]  # value = 8
    withheld_process_info: ClassVar[ApplicationRow]  # value = 9
    withheld_enforcement_file: ClassVar[ApplicationRow]  # value = 10
    withheld_administrative_query: ClassVar[ApplicationRow]  # value = 11
    unavailable_not_held: ClassVar[ApplicationRow]  # value = 12
    unavailable_requires_creation: ClassVar[ApplicationRow]  # value = 13
    unavailable_still_unclear: ClassVar[ApplicationRow]  # value = 14
    declined_petition_complaint: ClassVar[ApplicationRow]  # value = 15
    declined_duplicate: ClassVar[ApplicationRow]  # value = 16
    declined_publication: ClassVar[ApplicationRow]  # value = 17
    declined_excessive: ClassVar[ApplicationRow]  # value = 18
    declined_confirm_or_reissue: ClassVar[ApplicationRow]  # value = 19
    other_handling: ClassVar[ApplicationRow]  # value = 20
    other_no_correction: ClassVar[ApplicationRow]  # value = 21
    other_fee_unpaid: ClassVar[ApplicationRow]  # value = 22
    other_other: ClassVar[ApplicationRow]  # value = 23
    outcome_total: ClassVar[ApplicationRow]  # value = 24
    carried_forward: ClassVar[ApplicationRow]  # value = 25
    __members__: ClassVar[dict[str, ApplicationRow]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> ApplicationRow:
        """The member with this id; ValueError when there is none."""
    @property
    def label(self) -> str:
        """The official Chinese label."""
    @staticmethod
    def from_label(label: str) -> ApplicationRow:
        """The member with this label (variants real reports print accepted); ValueError when none matches."""
    @property
    def label_variants(self) -> tuple[str, ...]:
        """Other wordings real reports print for this member (label_tables.hpp), which from_label accepts; () when none."""

class Article20Row:
    """Rows of the Article 20 tables of both formats."""

    regulations: ClassVar[Article20Row]  # value = 0
    normative_documents: ClassVar[Article20Row]  # value = 1
    licensing: ClassVar[Article20Row]  # value = 2
    other_services: ClassVar[Article20Row]  # value = 3
    penalty: ClassVar[Article20Row]  # value = 4
    coercion: ClassVar[Article20Row]  # value = 5
    fees: ClassVar[Article20Row]  # value = 6
    procurement: ClassVar[Article20Row]  # value = 7
    other_documents: ClassVar[Article20Row]  # value = 8
    __members__: ClassVar[dict[str, Article20Row]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> Article20Row:
        """The member with this id; ValueError when there is none."""
    @property
    def label(self) -> str:
        """The official label in the 2021 format (2019 for rows only it has)."""
    def label_for(self, format: FormatVersion) -> str:
        """The official label in `format`; '' when the format lacks the row."""
    @property
    def caption(self) -> str:
        """The 第二十条第（X）项 caption of the row's sub-table."""
    @staticmethod
    def from_label(label: str) -> Article20Row:
        """The member with this label (variants real reports print accepted); ValueError when none matches."""
    @property
    def label_variants(self) -> tuple[str, ...]:
        """Other wordings real reports print for this member (label_tables.hpp), which from_label accepts; () when none."""

class Article20Column:
    """Columns of the Article 20 tables of both formats."""

    issued: ClassVar[Article20Column]  # value = 0
    repealed: ClassVar[Article20Column]  # value = 1
    in_force: ClassVar[Article20Column]  # value = 2
    decisions: ClassVar[Article20Column]  # value = 3
    amount: ClassVar[Article20Column]  # value = 4
    new_made: ClassVar[Article20Column]  # value = 5
    new_published: ClassVar[Article20Column]  # value = 6
    total_published: ClassVar[Article20Column]  # value = 7
    previous_items: ClassVar[Article20Column]  # value = 8
    change: ClassVar[Article20Column]  # value = 9
    projects: ClassVar[Article20Column]  # value = 10
    __members__: ClassVar[dict[str, Article20Column]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> Article20Column:
        """The member with this id; ValueError when there is none."""
    @property
    def label(self) -> str:
        """The official label where the column first appears (2021 first)."""
    def label_for(self, format: FormatVersion, row: Article20Row) -> str:
        """The official label in `row` of `format`; '' when there is no such column."""
    @staticmethod
    def from_label(label: str) -> Article20Column:
        """The member with this label (variants real reports print accepted); ValueError when none matches."""
    @property
    def label_variants(self) -> tuple[str, ...]:
        """Other wordings real reports print for this member (label_tables.hpp), which from_label accepts; () when none."""

class ReviewGroup:
    """The three review/litigation groups."""

    review: ClassVar[ReviewGroup]  # value = 0
    litigation_direct: ClassVar[ReviewGroup]  # value = 1
    litigation_after_review: ClassVar[ReviewGroup]  # value = 2
    __members__: ClassVar[dict[str, ReviewGroup]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> ReviewGroup:
        """The member with this id; ValueError when there is none."""
    @property
    def label(self) -> str:
        """The official Chinese label."""
    @staticmethod
    def from_label(label: str) -> ReviewGroup:
        """The member with this label (variants real reports print accepted); ValueError when none matches."""
    @property
    def label_variants(self) -> tuple[str, ...]:
        """Other wordings real reports print for this member (label_tables.hpp), which from_label accepts; () when none."""

class ReviewColumn:
    """The five review/litigation columns."""

    upheld: ClassVar[ReviewColumn]  # value = 0
    corrected: ClassVar[ReviewColumn]  # value = 1
    other: ClassVar[ReviewColumn]  # value = 2
    pending: ClassVar[ReviewColumn]  # value = 3
    total: ClassVar[ReviewColumn]  # value = 4
    __members__: ClassVar[dict[str, ReviewColumn]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> ReviewColumn:
        """The member with this id; ValueError when there is none."""
    @property
    def label(self) -> str:
        """The official Chinese label."""
    @staticmethod
    def from_label(label: str) -> ReviewColumn:
        """The member with this label (variants real reports print accepted); ValueError when none matches."""
    @property
    def label_variants(self) -> tuple[str, ...]:
        """Other wordings real reports print for this member (label_tables.hpp), which from_label accepts; () when none."""

class Severity:
    """How serious a finding is."""

    error: ClassVar[Severity]  # value = 0
    warning: ClassVar[Severity]  # value = 1
    info: ClassVar[Severity]  # value = 2
    __members__: ClassVar[dict[str, Severity]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> Severity:
        """The member with this id; ValueError when there is none."""
    @property
    def label(self) -> str:
        """The official Chinese label."""
    @staticmethod
    def from_label(label: str) -> Severity:
        """The member with this label; ValueError when none matches."""
    @property
    def label_variants(self) -> tuple[str, ...]:
        """Other wordings real reports print for this member (label_tables.hpp), which from_label accepts; () when none."""

class TableKind:
    """The tables of a report."""

    article20: ClassVar[TableKind]  # value = 0
    applications: ClassVar[TableKind]  # value = 1
    review_litigation: ClassVar[TableKind]  # value = 2
    report: ClassVar[TableKind]  # value = 3
    __members__: ClassVar[dict[str, TableKind]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> TableKind:
        """The member with this id; ValueError when there is none."""
    @property
    def label(self) -> str:
        """The official Chinese label."""
    @staticmethod
    def from_label(label: str) -> TableKind:
        """The member with this label; ValueError when none matches."""
    @property
    def label_variants(self) -> tuple[str, ...]:
        """Other wordings real reports print for this member (label_tables.hpp), which from_label accepts; () when none."""

class FindingCode:
    """Stable finding codes."""

    app_balance: ClassVar[FindingCode]  # value = 0
    app_outcome_total: ClassVar[FindingCode]  # value = 1
    app_row_total: ClassVar[FindingCode]  # value = 2
    app_total_blank: ClassVar[FindingCode]  # value = 3
    app_blank_cells: ClassVar[FindingCode]  # value = 4
    rev_group_total: ClassVar[FindingCode]  # value = 5
    rev_total_blank: ClassVar[FindingCode]  # value = 6
    rev_blank_cells: ClassVar[FindingCode]  # value = 7
    a20_published_exceeds_total: ClassVar[FindingCode]  # value = 8
    a20_blank_cells: ClassVar[FindingCode]  # value = 9
    cell_negative: ClassVar[FindingCode]  # value = 10
    cell_not_applicable: ClassVar[FindingCode]  # value = 11
    period_outside_year: ClassVar[FindingCode]  # value = 12
    period_unreadable: ClassVar[FindingCode]  # value = 13
    report_year_missing: ClassVar[FindingCode]  # value = 14
    parse_table_missing: ClassVar[FindingCode]  # value = 15
    parse_uncertain_cells: ClassVar[FindingCode]  # value = 16
    parse_unplaced_line: ClassVar[FindingCode]  # value = 17
    parse_label_variant: ClassVar[FindingCode]  # value = 18
    parse_extra_cells: ClassVar[FindingCode]  # value = 19
    parse_missing_cells: ClassVar[FindingCode]  # value = 20
    parse_format_mismatch: ClassVar[FindingCode]  # value = 21
    parse_bad_cell: ClassVar[FindingCode]  # value = 22
    narrative_mismatch: ClassVar[FindingCode]  # value = 23
    series_carry_over: ClassVar[FindingCode]  # value = 24
    series_in_force: ClassVar[FindingCode]  # value = 25
    series_previous_items: ClassVar[FindingCode]  # value = 26
    series_missing_year: ClassVar[FindingCode]  # value = 27
    rollup_mismatch: ClassVar[FindingCode]  # value = 28
    parse_no_report: ClassVar[FindingCode]  # value = 29
    parse_scanned_pdf: ClassVar[FindingCode]  # value = 30
    parse_text_outside_page: ClassVar[FindingCode]  # value = 31
    section_missing: ClassVar[FindingCode]  # value = 32
    section_out_of_order: ClassVar[FindingCode]  # value = 33
    section_problems_empty: ClassVar[FindingCode]  # value = 34
    section_problems_repeated: ClassVar[FindingCode]  # value = 35
    section_fees_silent: ClassVar[FindingCode]  # value = 36
    section_year_mismatch: ClassVar[FindingCode]  # value = 37
    section_copied: ClassVar[FindingCode]  # value = 38
    reading_in_doubt: ClassVar[FindingCode]  # value = 39
    app_other_subtotal: ClassVar[FindingCode]  # value = 40
    narrative_reading: ClassVar[FindingCode]  # value = 41
    __members__: ClassVar[dict[str, FindingCode]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> FindingCode:
        """The member with this id; ValueError when there is none."""

class ErrorCode:
    """Why an input could not be used at all."""

    io_error: ClassVar[ErrorCode]  # value = 0
    input_too_large: ClassVar[ErrorCode]  # value = 1
    invalid_utf8: ClassVar[ErrorCode]  # value = 2
    undecodable: ClassVar[ErrorCode]  # value = 3
    json_syntax: ClassVar[ErrorCode]  # value = 4
    json_type: ClassVar[ErrorCode]  # value = 5
    json_missing_key: ClassVar[ErrorCode]  # value = 6
    json_unknown_key: ClassVar[ErrorCode]  # value = 7
    json_bad_value: ClassVar[ErrorCode]  # value = 8
    csv_syntax: ClassVar[ErrorCode]  # value = 9
    csv_bad_value: ClassVar[ErrorCode]  # value = 10
    no_report: ClassVar[ErrorCode]  # value = 11
    rollup_mixed: ClassVar[ErrorCode]  # value = 12
    rollup_overflow: ClassVar[ErrorCode]  # value = 13
    unsupported_format: ClassVar[ErrorCode]  # value = 14
    corrupt_file: ClassVar[ErrorCode]  # value = 15
    encrypted: ClassVar[ErrorCode]  # value = 16
    bad_id: ClassVar[ErrorCode]  # value = 17
    bad_number: ClassVar[ErrorCode]  # value = 18
    __members__: ClassVar[dict[str, ErrorCode]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id: the JSON key, CSV value and pandas column name."""
    @staticmethod
    def from_id(id: str) -> ErrorCode:
        """The member with this id; ValueError when there is none."""
def normalize_label(text: str) -> str:
    """The canonical form labels are matched in."""

def application_rows(format: FormatVersion) -> list[ApplicationRow]:
    """The application-table rows of `format` in table order (23 or 25)."""

def outcome_rows(format: FormatVersion) -> list[ApplicationRow]:
    """The rows summed into （七）总计 in `format`."""

def group_of(row: ApplicationRow) -> OutcomeGroup | None:
    """The outcome group of a row; None for rows that are not outcomes."""

def has_row(format: FormatVersion, row: ApplicationRow) -> bool:
    """Whether `format`'s application table has `row`."""

def applicant_columns() -> list[ApplicantColumn]:
    """The six applicant columns that add up to total."""

def all_applicant_columns() -> list[ApplicantColumn]:
    """All seven applicant columns, total last."""

def article20_rows(format: FormatVersion) -> list[Article20Row]:
    """The Article 20 rows of `format` in table order."""

def article20_columns(format: FormatVersion, row: Article20Row) -> list[Article20Column]:
    """The columns of one Article 20 row of `format`."""

def review_groups() -> list[ReviewGroup]:
    """The three review/litigation groups."""

def review_columns() -> list[ReviewColumn]:
    """The five review/litigation columns, total last."""

# ---------------------------------------------------------------- errors (module.cpp)

class ParseError(ValueError):
    """Input that cannot be used at all. str(e) is 'file:line:column: code: path: message'."""

    code: ErrorCode
    message: str
    file: str
    path: str
    offset: int
    line: int
    column: int

# ---------------------------------------------------------------- model (bind_model.cpp)

class Cell:
    """A count cell: a number, blank (unknown, not zero) or not_applicable ('/').

    bool(cell) raises TypeError: test .has_value, .is_blank or .value instead.
    """

    state: CellState
    value: int | None
    """The number when state is value, else None. Assigning None makes the cell blank."""
    def __init__(self, value: int | None = None) -> None: ...
    @staticmethod
    def of(value: int) -> Cell: ...
    @staticmethod
    def blank() -> Cell: ...
    @staticmethod
    def not_applicable() -> Cell: ...
    @property
    def has_value(self) -> bool: ...
    @property
    def is_blank(self) -> bool: ...
    @property
    def is_not_applicable(self) -> bool: ...
    def __eq__(self, other: object) -> bool: ...
    def __bool__(self) -> bool:
        """Always raises TypeError: a blank cell is not 0."""

class Money:
    """An exact amount (decimal.Decimal, never float) and its unit."""

    amount: decimal.Decimal
    unit: MoneyUnit
    def __init__(self, *, amount: _DecimalLike = ..., unit: MoneyUnit = ...) -> None: ...
    def __eq__(self, other: object) -> bool: ...

class MoneyCell:
    """A money cell: an exact amount with its unit, blank or not_applicable."""

    state: CellState
    money: Money
    amount: decimal.Decimal | None
    """The amount when state is value, else None. Assigning None makes the cell blank."""
    unit: MoneyUnit
    @overload
    def __init__(self) -> None: ...
    @overload
    def __init__(self, amount: _DecimalLike, unit: MoneyUnit) -> None: ...
    @staticmethod
    def of(amount: _DecimalLike, unit: MoneyUnit) -> MoneyCell: ...
    @staticmethod
    def blank() -> MoneyCell: ...
    @staticmethod
    def not_applicable() -> MoneyCell: ...
    @property
    def has_value(self) -> bool: ...
    @property
    def is_blank(self) -> bool: ...
    @property
    def is_not_applicable(self) -> bool: ...
    def __eq__(self, other: object) -> bool: ...
    def __bool__(self) -> bool:
        """Always raises TypeError: a blank cell is not 0."""

class ApplicantRow:
    """One row of the application table: the seven applicant columns."""

    natural_person: Cell
    commercial_enterprise: Cell
    research_institution: Cell
    public_interest_org: Cell
    legal_service_org: Cell
    other_org: Cell
    total: Cell
    def __init__(self, **cells: Cell) -> None: ...
    def __getitem__(self, key: str | ApplicantColumn) -> Cell:
        """The column with this id or ApplicantColumn; KeyError when there is none, TypeError for
        another kind of key."""
    def __setitem__(self, key: str | ApplicantColumn, value: Cell) -> None:
        """obj[id] = x is obj.id = x; KeyError for an id it does not have."""
    def __iter__(self) -> Iterator[tuple[str, Cell]]:
        """(id, column) pairs in table order: for id, x in obj."""
    def __len__(self) -> int: ...
    def __contains__(self, key: str | ApplicantColumn) -> bool: ...
    def keys(self) -> list[str]: ...
    def values(self) -> Iterator[Cell]: ...
    def items(self) -> Iterator[tuple[str, Cell]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Its part of the report's JSON document, as plain Python objects."""
    def __eq__(self, other: object) -> bool: ...

class ApplicationTable:
    """Section 三, the application table. Rows of the other format are None."""

    new_received: ApplicantRow
    carried_over: ApplicantRow
    disclosed: ApplicantRow
    partially_disclosed: ApplicantRow
    withheld_state_secret: ApplicantRow
    withheld_prohibited_by_law: ApplicantRow
    withheld_security_stability: ApplicantRow
    withheld_third_party_rights: ApplicantRow
    withheld_internal_affairs: ApplicantRow
    withheld_process_info: ApplicantRow
    withheld_enforcement_file: ApplicantRow
    withheld_administrative_query: ApplicantRow
    unavailable_not_held: ApplicantRow
    unavailable_requires_creation: ApplicantRow
    unavailable_still_unclear: ApplicantRow
    declined_petition_complaint: ApplicantRow
    declined_duplicate: ApplicantRow
    declined_publication: ApplicantRow
    declined_excessive: ApplicantRow
    declined_confirm_or_reissue: ApplicantRow
    other_handling: ApplicantRow | None  # 2019
    other_no_correction: ApplicantRow | None  # 2021
    other_fee_unpaid: ApplicantRow | None  # 2021
    other_other: ApplicantRow | None  # 2021
    outcome_total: ApplicantRow
    carried_forward: ApplicantRow
    def __init__(self, **rows: ApplicantRow | None) -> None: ...
    def __getitem__(self, key: str | ApplicationRow) -> ApplicantRow:
        """The row with this id or ApplicationRow; KeyError when there is none, TypeError for
        another kind of key."""
    def __setitem__(self, key: str | ApplicationRow, value: ApplicantRow | None) -> None:
        """obj[id] = x is obj.id = x; KeyError for an id it does not have."""
    def __iter__(self) -> Iterator[tuple[str, ApplicantRow]]:
        """(id, row) pairs in table order: for id, x in obj."""
    def __len__(self) -> int: ...
    def __contains__(self, key: str | ApplicationRow) -> bool: ...
    def keys(self) -> list[str]: ...
    def values(self) -> Iterator[ApplicantRow]: ...
    def items(self) -> Iterator[tuple[str, ApplicantRow]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Its part of the report's JSON document, as plain Python objects."""
    def __eq__(self, other: object) -> bool: ...

class ReviewOutcomes:
    """One review/litigation group."""

    upheld: Cell
    corrected: Cell
    other: Cell
    pending: Cell
    total: Cell
    def __init__(self, **cells: Cell) -> None: ...
    def __getitem__(self, key: str | ReviewColumn) -> Cell:
        """The column with this id or ReviewColumn; KeyError when there is none, TypeError for
        another kind of key."""
    def __setitem__(self, key: str | ReviewColumn, value: Cell) -> None:
        """obj[id] = x is obj.id = x; KeyError for an id it does not have."""
    def __iter__(self) -> Iterator[tuple[str, Cell]]:
        """(id, column) pairs in table order: for id, x in obj."""
    def __len__(self) -> int: ...
    def __contains__(self, key: str | ReviewColumn) -> bool: ...
    def keys(self) -> list[str]: ...
    def values(self) -> Iterator[Cell]: ...
    def items(self) -> Iterator[tuple[str, Cell]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Its part of the report's JSON document, as plain Python objects."""
    def __eq__(self, other: object) -> bool: ...

class ReviewLitigationTable:
    """Section 四: three groups of five cells."""

    review: ReviewOutcomes
    litigation_direct: ReviewOutcomes
    litigation_after_review: ReviewOutcomes
    def __init__(self, **groups: ReviewOutcomes) -> None: ...
    def __getitem__(self, key: str | ReviewGroup) -> ReviewOutcomes:
        """The group with this id or ReviewGroup; KeyError when there is none, TypeError for
        another kind of key."""
    def __setitem__(self, key: str | ReviewGroup, value: ReviewOutcomes) -> None:
        """obj[id] = x is obj.id = x; KeyError for an id it does not have."""
    def __iter__(self) -> Iterator[tuple[str, ReviewOutcomes]]:
        """(id, group) pairs in table order: for id, x in obj."""
    def __len__(self) -> int: ...
    def __contains__(self, key: str | ReviewGroup) -> bool: ...
    def keys(self) -> list[str]: ...
    def values(self) -> Iterator[ReviewOutcomes]: ...
    def items(self) -> Iterator[tuple[str, ReviewOutcomes]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Its part of the report's JSON document, as plain Python objects."""
    def __eq__(self, other: object) -> bool: ...

class DocumentCounts2021:
    issued: Cell
    repealed: Cell
    in_force: Cell
    def __init__(self, **cells: Cell) -> None: ...
    def __getitem__(self, key: str | Article20Column) -> Cell:
        """The column with this id or Article20Column; KeyError when there is none, TypeError for
        another kind of key."""
    def __setitem__(self, key: str | Article20Column, value: Cell) -> None:
        """obj[id] = x is obj.id = x; KeyError for an id it does not have."""
    def __iter__(self) -> Iterator[tuple[str, Cell]]:
        """(id, column) pairs in table order: for id, x in obj."""
    def __len__(self) -> int: ...
    def __contains__(self, key: str | Article20Column) -> bool: ...
    def keys(self) -> list[str]: ...
    def values(self) -> Iterator[Cell]: ...
    def items(self) -> Iterator[tuple[str, Cell]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Its part of the report's JSON document, as plain Python objects."""
    def __eq__(self, other: object) -> bool: ...

class DecisionCount2021:
    decisions: Cell
    def __init__(self, **cells: Cell) -> None: ...
    def __getitem__(self, key: str | Article20Column) -> Cell:
        """The column with this id or Article20Column; KeyError when there is none, TypeError for
        another kind of key."""
    def __setitem__(self, key: str | Article20Column, value: Cell) -> None:
        """obj[id] = x is obj.id = x; KeyError for an id it does not have."""
    def __iter__(self) -> Iterator[tuple[str, Cell]]:
        """(id, column) pairs in table order: for id, x in obj."""
    def __len__(self) -> int: ...
    def __contains__(self, key: str | Article20Column) -> bool: ...
    def keys(self) -> list[str]: ...
    def values(self) -> Iterator[Cell]: ...
    def items(self) -> Iterator[tuple[str, Cell]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Its part of the report's JSON document, as plain Python objects."""
    def __eq__(self, other: object) -> bool: ...

class FeeAmount2021:
    amount: MoneyCell
    def __init__(self, *, amount: MoneyCell = ...) -> None: ...
    def __getitem__(self, key: str | Article20Column) -> MoneyCell:
        """The column with this id or Article20Column; KeyError when there is none, TypeError for
        another kind of key."""
    def __setitem__(self, key: str | Article20Column, value: MoneyCell) -> None:
        """obj[id] = x is obj.id = x; KeyError for an id it does not have."""
    def __iter__(self) -> Iterator[tuple[str, MoneyCell]]:
        """(id, column) pairs in table order: for id, x in obj."""
    def __len__(self) -> int: ...
    def __contains__(self, key: str | Article20Column) -> bool: ...
    def keys(self) -> list[str]: ...
    def values(self) -> Iterator[MoneyCell]: ...
    def items(self) -> Iterator[tuple[str, MoneyCell]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Its part of the report's JSON document, as plain Python objects."""
    def __eq__(self, other: object) -> bool: ...

class Article20v2021:
    """The Article 20 tables of the 2021 format."""

    regulations: DocumentCounts2021
    normative_documents: DocumentCounts2021
    licensing: DecisionCount2021
    penalty: DecisionCount2021
    coercion: DecisionCount2021
    fees: FeeAmount2021
    def __init__(self, **rows: Any) -> None: ...
    def __getitem__(self, key: str | Article20Row) -> DocumentCounts2021 | DecisionCount2021 | FeeAmount2021:
        """The row with this id or Article20Row; KeyError when there is none, TypeError for
        another kind of key."""
    def __setitem__(self, key: str | Article20Row, value: DocumentCounts2021 | DecisionCount2021 | FeeAmount2021) -> None:
        """obj[id] = x is obj.id = x; KeyError for an id it does not have."""
    def __iter__(self) -> Iterator[tuple[str, DocumentCounts2021 | DecisionCount2021 | FeeAmount2021]]:
        """(id, row) pairs in table order: for id, x in obj."""
    def __len__(self) -> int: ...
    def __contains__(self, key: str | Article20Row) -> bool: ...
    def keys(self) -> list[str]: ...
    def values(self) -> Iterator[DocumentCounts2021 | DecisionCount2021 | FeeAmount2021]: ...
    def items(self) -> Iterator[tuple[str, DocumentCounts2021 | DecisionCount2021 | FeeAmount2021]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Its part of the report's JSON document, as plain Python objects."""
    def __eq__(self, other: object) -> bool: ...

class DocumentCounts2019:
    new_made: Cell
    new_published: Cell
    total_published: Cell
    def __init__(self, **cells: Cell) -> None: ...
    def __getitem__(self, key: str | Article20Column) -> Cell:
        """The column with this id or Article20Column; KeyError when there is none, TypeError for
        another kind of key."""
    def __setitem__(self, key: str | Article20Column, value: Cell) -> None:
        """obj[id] = x is obj.id = x; KeyError for an id it does not have."""
    def __iter__(self) -> Iterator[tuple[str, Cell]]:
        """(id, column) pairs in table order: for id, x in obj."""
    def __len__(self) -> int: ...
    def __contains__(self, key: str | Article20Column) -> bool: ...
    def keys(self) -> list[str]: ...
    def values(self) -> Iterator[Cell]: ...
    def items(self) -> Iterator[tuple[str, Cell]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Its part of the report's JSON document, as plain Python objects."""
    def __eq__(self, other: object) -> bool: ...

class ItemCounts2019:
    previous_items: Cell
    change: Cell
    decisions: Cell
    def __init__(self, **cells: Cell) -> None: ...
    def __getitem__(self, key: str | Article20Column) -> Cell:
        """The column with this id or Article20Column; KeyError when there is none, TypeError for
        another kind of key."""
    def __setitem__(self, key: str | Article20Column, value: Cell) -> None:
        """obj[id] = x is obj.id = x; KeyError for an id it does not have."""
    def __iter__(self) -> Iterator[tuple[str, Cell]]:
        """(id, column) pairs in table order: for id, x in obj."""
    def __len__(self) -> int: ...
    def __contains__(self, key: str | Article20Column) -> bool: ...
    def keys(self) -> list[str]: ...
    def values(self) -> Iterator[Cell]: ...
    def items(self) -> Iterator[tuple[str, Cell]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Its part of the report's JSON document, as plain Python objects."""
    def __eq__(self, other: object) -> bool: ...

class FeeItems2019:
    previous_items: Cell
    change: Cell
    def __init__(self, **cells: Cell) -> None: ...
    def __getitem__(self, key: str | Article20Column) -> Cell:
        """The column with this id or Article20Column; KeyError when there is none, TypeError for
        another kind of key."""
    def __setitem__(self, key: str | Article20Column, value: Cell) -> None:
        """obj[id] = x is obj.id = x; KeyError for an id it does not have."""
    def __iter__(self) -> Iterator[tuple[str, Cell]]:
        """(id, column) pairs in table order: for id, x in obj."""
    def __len__(self) -> int: ...
    def __contains__(self, key: str | Article20Column) -> bool: ...
    def keys(self) -> list[str]: ...
    def values(self) -> Iterator[Cell]: ...
    def items(self) -> Iterator[tuple[str, Cell]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Its part of the report's JSON document, as plain Python objects."""
    def __eq__(self, other: object) -> bool: ...

class Procurement2019:
    projects: Cell
    amount: MoneyCell
    def __init__(self, *, projects: Cell = ..., amount: MoneyCell = ...) -> None: ...
    def __getitem__(self, key: str | Article20Column) -> Cell | MoneyCell:
        """The column with this id or Article20Column; KeyError when there is none, TypeError for
        another kind of key."""
    def __setitem__(self, key: str | Article20Column, value: Cell | MoneyCell) -> None:
        """obj[id] = x is obj.id = x; KeyError for an id it does not have."""
    def __iter__(self) -> Iterator[tuple[str, Cell | MoneyCell]]:
        """(id, column) pairs in table order: for id, x in obj."""
    def __len__(self) -> int: ...
    def __contains__(self, key: str | Article20Column) -> bool: ...
    def keys(self) -> list[str]: ...
    def values(self) -> Iterator[Cell | MoneyCell]: ...
    def items(self) -> Iterator[tuple[str, Cell | MoneyCell]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Its part of the report's JSON document, as plain Python objects."""
    def __eq__(self, other: object) -> bool: ...

class Article20v2019:
    """The Article 20 tables of the 2019 format."""

    regulations: DocumentCounts2019
    normative_documents: DocumentCounts2019
    other_documents: DocumentCounts2019 | None  # 其他主动公开文件: provincial, not statutory
    licensing: ItemCounts2019
    other_services: ItemCounts2019
    penalty: ItemCounts2019
    coercion: ItemCounts2019
    fees: FeeItems2019
    procurement: Procurement2019
    def __init__(self, **rows: Any) -> None: ...
    def __getitem__(self, key: str | Article20Row) -> DocumentCounts2019 | ItemCounts2019 | FeeItems2019 | Procurement2019:
        """The row with this id or Article20Row; KeyError when there is none, TypeError for
        another kind of key."""
    def __setitem__(self, key: str | Article20Row, value: DocumentCounts2019 | ItemCounts2019 | FeeItems2019 | Procurement2019) -> None:
        """obj[id] = x is obj.id = x; KeyError for an id it does not have."""
    def __iter__(self) -> Iterator[tuple[str, DocumentCounts2019 | ItemCounts2019 | FeeItems2019 | Procurement2019]]:
        """(id, row) pairs in table order: for id, x in obj."""
    def __len__(self) -> int: ...
    def __contains__(self, key: str | Article20Row) -> bool: ...
    def keys(self) -> list[str]: ...
    def values(self) -> Iterator[DocumentCounts2019 | ItemCounts2019 | FeeItems2019 | Procurement2019]: ...
    def items(self) -> Iterator[tuple[str, DocumentCounts2019 | ItemCounts2019 | FeeItems2019 | Procurement2019]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Its part of the report's JSON document, as plain Python objects."""
    def __eq__(self, other: object) -> bool: ...

class Date:
    year: int
    month: int
    day: int
    @overload
    def __init__(self, year: int, month: int, day: int) -> None: ...
    @overload
    def __init__(self, *, year: int = ..., month: int = ..., day: int = ...) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __lt__(self, other: Date) -> bool: ...
    def __le__(self, other: Date) -> bool: ...
    def __gt__(self, other: Date) -> bool: ...
    def __ge__(self, other: Date) -> bool: ...
    def __hash__(self) -> int: ...

class StatisticsPeriod:
    """统计期限 as printed and its dates when readable."""

    text: str
    start: Date | None
    end: Date | None
    def __init__(self, *, text: str = ..., start: Date | None = ..., end: Date | None = ...) -> None: ...
    def __eq__(self, other: object) -> bool: ...

class CellOrigin:
    """How a cell not read straight from its own position was decided."""

    placed_by_total: ClassVar[CellOrigin]  # value = 0
    split_glued_digits: ClassVar[CellOrigin]  # value = 1
    regrouped_by_total: ClassVar[CellOrigin]  # value = 2
    chosen_by_evidence: ClassVar[CellOrigin]  # value = 3
    placed_by_order: ClassVar[CellOrigin]  # value = 4
    __members__: ClassVar[dict[str, CellOrigin]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id (JSON, CSV)."""
    @staticmethod
    def from_id(id: str) -> CellOrigin:
        """The member with this id; ValueError when there is none."""

class CellProvenance:
    """A cell the parser did not read straight from its own position, and how it was decided."""

    table: TableKind
    row: str
    column: str
    how: CellOrigin
    detail: str
    def __init__(
        self,
        *,
        table: TableKind = ...,
        row: str = ...,
        column: str = ...,
        how: CellOrigin = ...,
        detail: str = ...,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...

class TableLocation:
    table: TableKind
    first_line: int
    last_line: int
    def __init__(self, *, table: TableKind = ..., first_line: int = ..., last_line: int = ...) -> None: ...
    def __eq__(self, other: object) -> bool: ...

class Section:
    number: int
    heading: str
    text: str
    first_line: int
    def __init__(self, *, number: int = ..., heading: str = ..., text: str = ..., first_line: int = ...) -> None: ...
    def __eq__(self, other: object) -> bool: ...

class Box:
    """A rectangle on a PDF page, in points from the page's top-left corner."""

    left: float
    top: float
    right: float
    bottom: float
    def __init__(self, *, left: float = ..., top: float = ..., right: float = ..., bottom: float = ...) -> None: ...
    def __eq__(self, other: object) -> bool: ...

class SourceLocation:
    """Where something came from: line (text/HTML line, Word paragraph), page and box (PDF)."""

    line: int
    page: int
    box: Box | None
    def __init__(self, *, line: int = ..., page: int = ..., box: Box | None = ...) -> None: ...
    def __eq__(self, other: object) -> bool: ...

class Finding:
    """One thing a check or the parser says about a report."""

    code: FindingCode
    severity: Severity
    evaluable: bool
    table: TableKind
    row: str
    column: str
    expected: str
    actual: str
    message: str
    line: int
    page: int
    box: Box | None
    year: int | None
    previous_year: int | None
    occurrences: int
    more_lines: list[int]
    def __init__(
        self,
        *,
        code: FindingCode = ...,
        severity: Severity = ...,
        evaluable: bool = ...,
        table: TableKind = ...,
        row: str = ...,
        column: str = ...,
        expected: str = ...,
        actual: str = ...,
        message: str = ...,
        line: int = ...,
        page: int = ...,
        box: Box | None = ...,
        year: int | None = ...,
        previous_year: int | None = ...,
        occurrences: int = ...,
        more_lines: list[int] = ...,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    # govinfo/_display.py
    def __str__(self) -> str:
        """One line: severity, code, table/row/column, message."""
    def _repr_html_(self) -> str: ...

class Report:
    """One 政府信息公开工作年度报告. Attributes are live views that re-resolve on every use (a view
    whose place is gone raises ReferenceError); list attributes are copies. Text attributes take
    str only. Pickles under every protocol (the state is the JSON document and the source name, as bytes)."""

    agency: str
    year: int | None
    statistics_period: StatisticsPeriod | None
    title: str
    source: str
    first_line: int
    last_line: int
    tables_found: list[TableLocation]
    article20: Article20v2021 | Article20v2019
    applications: ApplicationTable
    review_litigation: ReviewLitigationTable
    sections: list[Section]
    diagnostics: list[Finding]
    provenance: list[CellProvenance]
    def __init__(self, format: FormatVersion = FormatVersion.v2021) -> None: ...
    @staticmethod
    def blank(format: FormatVersion) -> Report: ...
    @property
    def format(self) -> FormatVersion: ...
    def cells(self) -> dict[str, list[Any]]:
        """Every cell as columns (see cell_columns)."""
    def copy(self) -> Report: ...
    def __copy__(self) -> Report: ...
    def __deepcopy__(self, memo: dict[int, Any]) -> Report: ...
    def __eq__(self, other: object) -> bool: ...
    # govinfo/_display.py
    def __str__(self) -> str:
        """One line: agency, year, format, source:first_line, cells filled, errors, warnings."""
    def _repr_html_(self) -> str:
        """The three tables, findings marked (Jupyter)."""
    # bind_json.cpp
    def to_json(self, *, pretty: bool = False) -> str: ...
    @staticmethod
    def from_json(json: str | bytes) -> Report: ...
    def to_dict(self) -> dict[str, Any]: ...
    @staticmethod
    def from_dict(document: dict[str, Any]) -> Report:
        """TypeError naming the path of a value that is not JSON; ParseError naming the path
        of NaN, infinities and everything the JSON reader refuses (line and column 0)."""
    def __getstate__(self) -> tuple[bytes, bytes]: ...
    def __setstate__(self, state: tuple[bytes, bytes] | str) -> None: ...
    def __reduce_ex__(self, protocol: int) -> tuple[Any, ...]: ...

def cell_columns(reports: Iterable[Report]) -> dict[str, list[Any]]:
    """Every cell of the reports as columns: report, agency, year, format, table, row, column,
    state, value (int, decimal.Decimal or None), unit."""

# ---------------------------------------------------------------- JSON (bind_json.cpp)

@overload
def to_json(report: Report, *, pretty: bool = False) -> str: ...
@overload
def to_json(reports: Sequence[Report], *, pretty: bool = False) -> str: ...
@overload
def to_json(findings: Sequence[Finding], *, pretty: bool = False) -> str: ...
def from_json(json: str | bytes) -> Report:
    """The Report of a JSON document; ParseError when it is not exactly a report."""

def reports_from_json(json: str | bytes) -> list[Report]: ...
def findings_from_json(json: str | bytes) -> list[Finding]: ...

# ---------------------------------------------------------------- rules (bind_validate.cpp)

def validate(report: Report) -> list[Finding]:
    """Every finding of the rules about `report`, all at once (on a copy, without the GIL)."""

def check(report: Report) -> list[Finding]:
    """report.diagnostics, then validate(report), then the narrative cross-checks (on a copy,
    without the GIL)."""

class RuleInfo:
    """One rule of the catalogue. Not picklable: pickle its code and call find_rule(code)."""

    @property
    def code(self) -> FindingCode: ...
    @property
    def severity(self) -> Severity: ...
    @property
    def title(self) -> str: ...
    @property
    def formula(self) -> str: ...

def rule_catalogue() -> list[RuleInfo]: ...
def find_rule(code: FindingCode) -> RuleInfo | None: ...
def finding_columns(findings: Iterable[Finding]) -> dict[str, list[Any]]:
    """Findings as columns: code, severity, evaluable, table, row, column, expected, actual,
    message, line, year, previous_year, occurrences, more_lines."""

# ---------------------------------------------------------------- parsing (bind_parse.cpp)

class Error:
    """Why an input could not be used (FileResult.error). Text that is not UTF-8 (a file name)
    comes back with surrogateescape, as os.fsdecode gives it."""

    @property
    def code(self) -> ErrorCode: ...
    @property
    def message(self) -> str: ...
    @property
    def file(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def offset(self) -> int: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...

class ParseResult:
    @property
    def reports(self) -> list[Report]: ...
    @property
    def diagnostics(self) -> list[Finding]: ...
    @property
    def encoding(self) -> str: ...

class FileResult:
    @property
    def path(self) -> pathlib.Path: ...
    @property
    def error(self) -> Error | None: ...
    @property
    def reports(self) -> list[Report]: ...
    @property
    def diagnostics(self) -> list[Finding]: ...
    @property
    def encoding(self) -> str: ...
    @property
    def skipped(self) -> str | None:
        """Why a folder walk passed over this entry without reading it, or None."""
    @property
    def ok(self) -> bool:
        """True for a file that was read (even with no report); False for error or skipped."""

def parse(
    text: str | bytes | bytearray | memoryview,
    source_name: str | None = None,
    *,
    max_input_bytes: int | None = None,
) -> ParseResult:
    """Every report in `text` (str or bytes, encoding detected; other buffers are copied)."""

def parse_file(
    path: str | bytes | os.PathLike[str] | os.PathLike[bytes], *, max_input_bytes: int | None = None
) -> ParseResult:
    """parse() of a file; ParseError (io_error) when it cannot be read."""

def parse_many(
    paths: _Path | Iterable[_Path],
    threads: int | None = None,
    *,
    max_input_bytes: int | None = None,
    resolve_by_neighbouring_years: bool = False,
) -> list[FileResult]:
    """Files and folders on C++ worker threads (None: one per hardware thread) with the GIL
    released. Folders are walked as the govinfo command walks them (recursively, path order,
    report extensions). One FileResult per file read, in order, and one per entry not read in
    its place: .skipped (another kind of file) or .error (unreadable); never raises for a bad
    file. resolve_by_neighbouring_years=True settles glued rows by the same agency's other
    years in the batch (chosen_by_evidence in Report.provenance)."""

# ---------------------------------------------------------------- frames (bind_frames.cpp)

def labels(format: FormatVersion | str | None = None) -> dict[tuple[str, ...], str]:
    """Every id of the frames with its official Chinese label: (table,) -> table label,
    (table, row) -> row label, (table, row, column) -> that column's label in that row. `format`
    ('2019', '2021' or a FormatVersion) picks its wording and rows; None gives both formats'
    ids, the 2021 wording where both have one."""

# ---- series and rollups (series.hpp, rollup.hpp; docs/series.md) ----

class Series:
    """The reports of one agency, ordered by year (reports without a year last)."""
    key: str
    reports: list[Report]
    def __init__(self) -> None: ...
    def validate(self) -> list[Finding]: ...
    def __len__(self) -> int: ...

def agency_key(agency: str) -> str: ...
def series(reports: list[Report], key: str | Callable[[Report], str] | None = None) -> list[Series]: ...
def validate_series(series: Series) -> list[Finding]: ...
def resolve_by_neighbouring_years(series: Series) -> Series: ...
def rollup(reports: list[Report], agency: str = "") -> Report: ...
def compare_rollup(published: Report, rollup: Report) -> list[Finding]: ...

# ---- comparison, section checks and measures (compare.hpp, boilerplate.hpp, indicators.hpp;
# docs/compare.md, docs/indicators.md; bind_compare.cpp) ----

class Ratio:
    """An exact ratio kept as the formula wrote it (2 of 3, not reduced)."""
    numerator: int
    denominator: int
    def __init__(self, *, numerator: int = ..., denominator: int = ...) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def percent(self, decimals: int = 1, sign: bool = False) -> str: ...
    def decimal(self, places: int = 6) -> str: ...
    def __float__(self) -> float: ...
    def as_fraction(self) -> fractions.Fraction: ...
    def same_value(self, other: Ratio) -> bool: ...

class CellChangeKind:
    """How a cell moved from the old report to the new one."""

    unchanged: ClassVar[CellChangeKind]  # value = 0
    changed: ClassVar[CellChangeKind]  # value = 1
    no_number: ClassVar[CellChangeKind]  # value = 2
    filled_in: ClassVar[CellChangeKind]  # value = 3
    emptied: ClassVar[CellChangeKind]  # value = 4
    state_changed: ClassVar[CellChangeKind]  # value = 5
    not_comparable: ClassVar[CellChangeKind]  # value = 6
    __members__: ClassVar[dict[str, CellChangeKind]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id (JSON, CSV)."""
    @staticmethod
    def from_id(id: str) -> CellChangeKind:
        """The member with this id; ValueError when there is none."""

class CellChange:
    """One cell of two compared reports."""
    table: TableKind
    row: str
    column: str
    label: str
    old_value: Cell | MoneyCell | None
    new_value: Cell | MoneyCell | None
    kind: CellChangeKind
    absolute: int | None
    absolute_amount: Money | None
    relative: Ratio | None
    note: str
    def __init__(
        self,
        *,
        table: TableKind = ...,
        row: str = ...,
        column: str = ...,
        label: str = ...,
        old_value: Cell | MoneyCell | None = ...,
        new_value: Cell | MoneyCell | None = ...,
        kind: CellChangeKind = ...,
        absolute: int | None = ...,
        absolute_amount: Money | None = ...,
        relative: Ratio | None = ...,
        note: str = ...,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...

class ComparedSentence:
    """A sentence of a compared section; kept = the other report has it word for word."""
    text: str
    kept: bool
    def __init__(self, *, text: str = ..., kept: bool = ...) -> None: ...
    def __eq__(self, other: object) -> bool: ...

class SectionComparison:
    """One section 一 … 六 of two reports."""
    number: int
    old_heading: str
    new_heading: str
    similarity: Ratio | None
    kept: int
    added: int
    dropped: int
    old_sentences: list[ComparedSentence]
    new_sentences: list[ComparedSentence]
    note: str
    def __init__(
        self,
        *,
        number: int = ...,
        old_heading: str = ...,
        new_heading: str = ...,
        similarity: Ratio | None = ...,
        kept: int = ...,
        added: int = ...,
        dropped: int = ...,
        old_sentences: list[ComparedSentence] = ...,
        new_sentences: list[ComparedSentence] = ...,
        note: str = ...,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...

class Comparison:
    """What compare(old, new) found."""
    old_report: Report
    new_report: Report
    cells: list[CellChange]
    sections: list[SectionComparison]
    findings: list[Finding]
    def __init__(
        self,
        *,
        old_report: Report = ...,
        new_report: Report = ...,
        cells: list[CellChange] = ...,
        sections: list[SectionComparison] = ...,
        findings: list[Finding] = ...,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def to_text(self) -> str: ...
    def to_json(self, pretty: bool = False) -> str: ...
    def to_html(self) -> str: ...

def compare(old: Report, new: Report) -> Comparison: ...
def check_sections(report: Report) -> list[Finding]: ...
def check_sections_across_years(previous: Report, current: Report) -> list[Finding]: ...
def check_series_sections(series: Series) -> list[Finding]: ...

class MissingReason:
    """Why a measure has no value."""

    none: ClassVar[MissingReason]  # value = 0
    blank: ClassVar[MissingReason]  # value = 1
    not_applicable: ClassVar[MissingReason]  # value = 2
    zero_denominator: ClassVar[MissingReason]  # value = 3
    overflow: ClassVar[MissingReason]  # value = 4
    no_previous_year: ClassVar[MissingReason]  # value = 5
    ambiguous_previous_year: ClassVar[MissingReason]  # value = 6
    __members__: ClassVar[dict[str, MissingReason]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def id(self) -> str:
        """The stable id (JSON, CSV)."""
    @staticmethod
    def from_id(id: str) -> MissingReason:
        """The member with this id; ValueError when there is none."""

class CountMeasure:
    """A count: value (None when missing) and why it is missing."""
    value: int | None
    missing: MissingReason
    def __init__(self, *, value: int | None = ..., missing: MissingReason = ...) -> None: ...
    def __eq__(self, other: object) -> bool: ...

class RateMeasure:
    """A rate: numerator and denominator as the formula adds them up."""
    numerator: int | None
    denominator: int | None
    missing: MissingReason
    def __init__(
        self, *, numerator: int | None = ..., denominator: int | None = ..., missing: MissingReason = ...
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def value(self) -> Ratio | None: ...

class Article20Count:
    """One Article 20 count cell."""
    row: Article20Row
    column: Article20Column
    cell: Cell
    def __init__(self, *, row: Article20Row = ..., column: Article20Column = ..., cell: Cell = ...) -> None: ...
    def __eq__(self, other: object) -> bool: ...

class Indicators:
    """The measures of one report (docs/indicators.md)."""
    source: str
    agency: str
    year: int | None
    format: FormatVersion
    received: CountMeasure
    carried_over: CountMeasure
    handled: CountMeasure
    carried_forward: CountMeasure
    received_change: CountMeasure
    received_change_relative: RateMeasure
    disclosed_share: RateMeasure
    withheld_share: RateMeasure
    withheld_state_secret_share: RateMeasure
    withheld_prohibited_by_law_share: RateMeasure
    withheld_security_stability_share: RateMeasure
    withheld_third_party_rights_share: RateMeasure
    withheld_internal_affairs_share: RateMeasure
    withheld_process_info_share: RateMeasure
    withheld_enforcement_file_share: RateMeasure
    withheld_administrative_query_share: RateMeasure
    not_held_share: RateMeasure
    carried_forward_share: RateMeasure
    review_corrected_share: RateMeasure
    litigation_corrected_share: RateMeasure
    article20: list[Article20Count]
    def __init__(self, **members: Any) -> None: ...
    def __eq__(self, other: object) -> bool: ...

def indicator_rows(reports: list[Report]) -> list[Indicators]: ...
def article20_count_columns() -> list[tuple[Article20Row, Article20Column]]: ...
