#!/usr/bin/python3
"""pdftotext default-mode text with each Article 20 row's values moved before its label, as
pdftotext writes a table whose labels sit centred in taller cells
(tests/data/variants/c02_pdftotext_values_first.txt).

    /usr/bin/python3 tools/make_values_first.py PDFTOTEXT.txt > OUT.txt
"""
import re, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
num = re.compile(r'^\s*-?[\d.,]+(万元|元)?\s*$')
start = next(i for i, l in enumerate(lines) if l.startswith('二、主动公开'))
end = next(i for i, l in enumerate(lines) if l.startswith('三、收到'))
out = lines[:start]; i = start
while i < end:
    l = lines[i]
    if l.strip() and not num.match(l) and not l.startswith('第二十条') and i + 1 < end:
        j = i + 1; vals = []
        while j < end and (not lines[j].strip() or num.match(lines[j])):
            if lines[j].strip(): vals.append(lines[j])
            j += 1
        if vals:
            out += vals + [l]; i = j; continue
    out.append(l); i += 1
out += lines[end:]
sys.stdout.write('\n'.join(out))
