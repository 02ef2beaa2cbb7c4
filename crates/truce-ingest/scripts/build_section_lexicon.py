#!/usr/bin/env python3
"""Builds crates/truce-ingest/data/section_lexicon.tsv: the words of site menus — the section
names a news or shop site links to from every page ("Politics", "Obituaries", "Classifieds").

Why: a site's menu printed as one line inside a story ("Politics Business Weather Sport Arts")
is made of ordinary words, none of them interface words (data/interface_lexicon.tsv), and its
shape (a few capitalised words, no verb) is also a subheading's. What sets it apart is that its
words are the words sites name their sections with. The article-extraction benchmark's pages are
a record of 120-odd real sites' menus; counting on how many of them a word names a menu link,
against its frequency in English at large (wordfreq), says which words are section names, with
no list written by hand.

Reads only the benchmark's TUNING pages (file names starting 0–a): the held-out pages (b–f) of
the noise evaluation are never read, so no held-out figure is fitted on.

Output: `word<TAB>score`, score = log2 of (the share of pages whose menus link the word) over
(its English frequency, floored at 1e-7), kept when at least MIN_PAGES pages do and the score is
at least MIN_SCORE. Deterministic.

Run by hand (needs lxml and wordfreq 3.1.1, e.g. in a virtual environment); CI only reads the
file it wrote:
    python3 crates/truce-ingest/scripts/build_section_lexicon.py \\
        > crates/truce-ingest/data/section_lexicon.tsv
(the benchmark folder is an optional argument; the default is the repository's copy).
"""

import gzip
import math
import os
import re
import sys

from lxml import html
from wordfreq import word_frequency

MIN_PAGES = 4
MIN_SCORE = 8.0  # 256 times as common in menus as in English
# Function words name no section, however often menus hold them ("About us", "Terms of use").
STOP = set(
    "a an the of and or to in on for with by at from is are was be as it this that our your "
    "us we you my me all more new not no now out up how what who about here there".split()
)
MENUS = (
    "//nav//a | //header//a | //footer//a"
    ' | //*[contains(@class,"menu") or contains(@id,"menu")'
    ' or contains(@class,"nav") or contains(@id,"nav")]//a'
)


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "..", "testdata", "article-extraction-benchmark")
    bench = sys.argv[1] if len(sys.argv) > 1 else default
    folder = os.path.join(bench, "html")
    pages_of: dict[str, set[str]] = {}
    names = sorted(f for f in os.listdir(folder) if f.endswith(".html.gz"))
    tuning = [f for f in names if int(f[0], 16) <= 10]
    for name in tuning:
        with gzip.open(os.path.join(folder, name)) as fh:
            doc = html.fromstring(fh.read())
        for a in doc.xpath(MENUS):
            words = re.findall(r"[A-Za-z][A-Za-z'&-]*", " ".join(a.text_content().split()))
            # A menu entry is a name of one to three words; longer link texts are headlines.
            if 1 <= len(words) <= 3:
                for w in words:
                    pages_of.setdefault(w.lower(), set()).add(name)
    rows = []
    for word, pages in pages_of.items():
        if len(pages) < MIN_PAGES or len(word) < 3 or word in STOP:
            continue
        share = len(pages) / len(tuning)
        score = math.log2(share / max(word_frequency(word, "en"), 1e-7))
        if score >= MIN_SCORE:
            rows.append((-score, word))
    rows.sort()
    print(
        "# word\tscore (log2 share of sites' menus naming it over English frequency); "
        "see scripts/build_section_lexicon.py"
    )
    for neg, word in rows:
        print(f"{word}\t{-neg:.2f}")


if __name__ == "__main__":
    main()
