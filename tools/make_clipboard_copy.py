#!/usr/bin/python3
"""An HTML report page as a spreadsheet-style clipboard copy: what a user pastes after selecting
the page in a browser and copying it (tests/data/variants/*_clipboard.txt).

    /usr/bin/python3 tools/make_clipboard_copy.py PAGE.html > OUT.txt

Paragraphs become lines; each table row becomes one line of tab-separated cells. A position a
cell covers by rowspan from a row above, or by colspan, is an empty field, so a label that spans
rows appears only on its group's first row and the next rows begin with an empty field; a cell
left empty (or holding only &nbsp;) is an empty field too. Standard library only.
"""

import html.parser
import sys


class Page(html.parser.HTMLParser):
    BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "li", "br", "tr", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []          # lines
        self.text = []         # text of the paragraph or cell being read
        self.rows = None       # rows of the table being read: [(text, rowspan, colspan)]
        self.cell = None

    def flush(self):
        t = "".join(self.text).replace("\xa0", " ").strip()
        self.text = []
        if t and self.cell is None:
            self.out.append(t)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.flush()
            self.rows = []
        elif tag == "tr" and self.rows is not None:
            self.rows.append([])
        elif tag in ("td", "th") and self.rows is not None:
            self.cell = [int(a.get("rowspan") or 1), int(a.get("colspan") or 1)]
            self.text = []
        elif tag in self.BLOCKS and self.cell is None:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            t = " ".join("".join(self.text).replace("\xa0", " ").split())
            self.rows[-1].append((t, *self.cell))
            self.cell, self.text = None, []
        elif tag == "table" and self.rows is not None:
            self.out.extend(grid_lines(self.rows))
            self.rows = None
        elif tag in self.BLOCKS and self.cell is None:
            self.flush()

    def handle_data(self, data):
        self.text.append(data)


def grid_lines(rows):
    covered = {}  # (row, column) covered by a span
    lines = []
    for r, cells in enumerate(rows):
        line, c = [], 0
        for text, rowspan, colspan in cells:
            while (r, c) in covered:
                line.append("")
                c += 1
            line.append(text)
            for dr in range(rowspan):
                for dc in range(colspan):
                    if dr or dc:
                        covered[(r + dr, c + dc)] = True
            c += 1
            for _ in range(colspan - 1):
                line.append("")
                c += 1
        while (r, c) in covered:
            line.append("")
            c += 1
        lines.append("\t".join(line))
    return lines


def main():
    page = Page()
    page.feed(open(sys.argv[1], encoding="utf-8").read())
    page.flush()
    sys.stdout.write("\n".join(page.out) + "\n")


if __name__ == "__main__":
    main()
