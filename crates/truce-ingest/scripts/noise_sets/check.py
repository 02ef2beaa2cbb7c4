#!/usr/bin/env python3
"""Usage: check.py NEW.rs [OTHER_NEW.rs ...] — prints the word-trigrams a new noise template set
shares with any template set of the evaluation (examples/eval.rs) and with the other new sets
named, phrases only, so that its writer can reword a copied phrase without ever seeing the sets.

How the tuning sets tune-23 … tune-214 and the held-out sets from held-out-21 on were written:
each by its own helper session given PROMPT.md (the noise kinds and the format) and one kind of
site (held-out sets: a mix of the sites a monitor scrapes), and this checker. For tune-60 … tune-94
the session was also asked to write at least half of each field as ordinary, well-formed
sentences with no buttons, arrows, symbols or imperative verb at the start."""
import os
import re
import sys
def lits(src):
    return re.findall(r'"((?:[^"\\]|\\.)*)"', src)
def tris(line):
    ws=[w.lower() for w in re.split(r"[^\w'{}]+", line) if w and not w.startswith('{')]
    return {' '.join(ws[i:i+3]) for i in range(len(ws)-2)}
ev=open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../examples/eval.rs')).read()
blocks=re.findall(r'const (?:TUNE|UNSEEN)\w*: Templates = Templates \{.*?\n\};', ev, re.S)
have=set()
for b in blocks:
    for l in lits(b): have|=tris(l)
new=sys.argv[1]
for f in sys.argv[2:]:
    for l in lits(open(f).read()): have|=tris(l)
mine=lits(open(new).read())
shared=set()
for l in mine: shared|=tris(l)&have
print(f"{len(mine)} strings; {len(shared)} shared phrases")
for s in sorted(shared): print("  ", s)
