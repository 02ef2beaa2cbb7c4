#!/usr/bin/env python3
"""Python trafilatura on the same benchmark pages, scored the same way, timed on one core.

    python3 -m venv /tmp/trafenv && /tmp/trafenv/bin/pip install trafilatura lxml_html_clean
    /tmp/trafenv/bin/python crates/truce-ingest/scripts/trafilatura_baseline.py

Prints F1 and articles/s, for the ratio to `cargo run --release -p truce-ingest --example eval`.
"""
import collections, gzip, json, os, re, sys, time

import trafilatura

root = os.path.join(os.path.dirname(__file__), "../../../testdata/article-extraction-benchmark")
gt = json.load(open(os.path.join(root, "ground-truth.json")))
tok = re.compile(r"\w+")


def shingles(t):
    w = tok.findall(t)
    return collections.Counter(tuple(w[i:i + 4]) for i in range(len(w) - 3))


pages = sorted(gt)
htmls = {k: gzip.open(os.path.join(root, "html", f"{k}.html.gz")).read().decode("utf-8", "replace") for k in pages}
# The median of five passes, as the Rust evaluation times its own (the machine's speed varies).
passes = []
for _ in range(5):
    start = time.perf_counter()
    outs = {k: trafilatura.extract(htmls[k]) or "" for k in pages}
    passes.append(time.perf_counter() - start)
secs = sorted(passes)[len(passes) // 2]
ps, rs = [], []
for k in pages:
    e, g = shingles(gt[k]["articleBody"]), shingles(outs[k])
    tp = sum((e & g).values()); fp = sum(g.values()) - tp; fn = sum(e.values()) - tp
    s = tp + fp + fn
    if s == 0:
        continue
    tp, fp, fn = tp / s, fp / s, fn / s
    if tp + fp > 0:
        ps.append(tp / (tp + fp))
    if tp + fn > 0:
        rs.append(tp / (tp + fn))
p, r = sum(ps) / len(ps), sum(rs) / len(rs)
print(f"trafilatura {trafilatura.__version__}: precision {p:.3f} recall {r:.3f} F1 {2*p*r/(p+r):.3f}")
print(f"speed, one core: {len(pages)/secs:.1f} articles/s ({secs*1000/len(pages):.2f} ms/article; median of 5 passes)")
