//! Pakistan and Afghanistan places, matched in Latin and Perso-Arabic script.
//!
//! The data (`data/gazetteer.tsv`) is derived from GeoNames (CC BY 4.0) by
//! `data/make_gazetteer.py`; see `data/README.md`. Matching is one Aho-Corasick automaton,
//! leftmost-longest and ASCII case-insensitive, with three checks a bare automaton cannot make:
//! a match must sit on word boundaries, a Latin-script name must be capitalised in the text (so
//! "tank" the vehicle is not Tank the town), and an all-capitals alias ("KP") must match exactly.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// Whether a place is a populated place or an admin1 area (province).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    /// A city, town or village.
    Populated,
    /// A province (admin1 area); its coordinates are the mean of its places.
    Admin1,
    /// A district, placed at its headquarters town.
    District,
    /// A named area that is not a town (a valley such as Tirah), at its approximate middle.
    Area,
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// GeoNames id (0 for admin1 areas, which GeoNames keys by code instead).
    pub geonameid: u64,
    /// Preferred name.
    pub name: String,
    /// Province (admin1) name.
    pub admin1: String,
    /// ISO country code, `PK` or `AF`.
    pub country: String,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
    /// Population (0 when unknown).
    pub population: u64,
    /// Kind of place.
    pub feature: Feature,
}

/// A place found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceMatch {
    /// Index into [`Gazetteer::places`].
    pub place: usize,
    /// Byte span in the text.
    pub span: (usize, usize),
}

/// A problem with one line of a gazetteer file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "gazetteer line {line}: {problem}; fix the line or regenerate the file with data/make_gazetteer.py"
)]
pub struct GazetteerLineError {
    /// 1-based line number.
    pub line: usize,
    /// What was wrong.
    pub problem: String,
}

/// The place automaton.
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    ac: AhoCorasick,
    /// For each pattern: candidate places, best first, and whether the pattern is case-exact.
    candidates: Vec<(Vec<usize>, bool)>,
}

/// Maps Arabic-script letter variants to the Persian/Urdu forms. Each replacement has the same
/// UTF-8 length, so byte offsets in the normalised text are offsets in the original.
pub(crate) fn fold_arabic(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['ي', 'ك', 'ى', 'ہ', 'ة', 'ۃ']) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| match c {
                'ي' | 'ى' => 'ی',
                'ك' => 'ک',
                'ہ' | 'ة' | 'ۃ' => 'ه',
                c => c,
            })
            .collect(),
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{200c}'
}

/// Whether `text[s..e]` starts and ends on word boundaries.
pub(crate) fn on_word_boundaries(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c));
    let after = text[e..].chars().next().is_none_or(|c| !is_word_char(c));
    before && after
}

/// Capitalised words GeoNames lists as alternate place names that are far more often plain
/// English in a news sentence (sentence-initial capitals make the capital-letter check useless).
const COMMON_WORDS: &[&str] = &[
    "afghan",
    "along",
    "army",
    "attack",
    "bazaar",
    "bazar",
    "border",
    "camp",
    "central",
    "city",
    "colony",
    "during",
    "eastern",
    "forces",
    "gate",
    "government",
    "islam",
    "market",
    "mosque",
    "north",
    "officials",
    "pakistan",
    "police",
    "president",
    "province",
    "south",
    "station",
    "taliban",
    "today",
    "town",
    "western",
    "while",
];

impl Gazetteer {
    /// The gazetteer shipped with this crate.
    pub fn embedded() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let (g, errors) = Gazetteer::from_tsv(include_str!("../data/gazetteer.tsv"));
            debug_assert!(errors.is_empty(), "{errors:?}");
            g
        })
    }

    /// Builds a gazetteer from the TSV format `make_gazetteer.py` writes; bad lines are skipped
    /// and reported.
    pub fn from_tsv(tsv: &str) -> (Gazetteer, Vec<GazetteerLineError>) {
        let mut places = Vec::new();
        let mut names: Vec<(String, usize)> = Vec::new();
        let mut errors = Vec::new();
        for (i, line) in tsv.lines().enumerate().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            let err = |p: &str| GazetteerLineError {
                line: i + 1,
                problem: p.to_string(),
            };
            if f.len() != 9 {
                errors.push(err(&format!(
                    "expected 9 tab-separated fields, found {}",
                    f.len()
                )));
                continue;
            }
            let (Ok(lat), Ok(lon)) = (f[4].parse::<f64>(), f[5].parse::<f64>()) else {
                errors.push(err("latitude or longitude is not a number"));
                continue;
            };
            let idx = places.len();
            places.push(Place {
                geonameid: f[0].parse().unwrap_or(0),
                name: f[1].to_string(),
                admin1: f[2].to_string(),
                country: f[3].to_string(),
                lat,
                lon,
                population: f[6].parse().unwrap_or(0),
                feature: match f[7] {
                    "A" => Feature::Admin1,
                    "D" => Feature::District,
                    "R" => Feature::Area,
                    _ => Feature::Populated,
                },
            });
            for n in f[8].split('|').filter(|n| !n.is_empty()) {
                names.push((fold_arabic(n).into_owned(), idx));
            }
        }
        // One pattern per distinct name (case-folded for Latin), candidates ordered best first:
        // populated places by population, then provinces.
        let mut by_key: std::collections::BTreeMap<String, (String, Vec<usize>)> =
            Default::default();
        for (n, idx) in names {
            let exact = n.len() > 1 && n.chars().all(|c| c.is_ascii_uppercase());
            let key = if exact {
                format!("={n}")
            } else {
                n.to_lowercase()
            };
            let e = by_key.entry(key).or_insert_with(|| (n.clone(), Vec::new()));
            if !e.1.contains(&idx) {
                e.1.push(idx);
            }
        }
        let mut patterns = Vec::new();
        let mut candidates = Vec::new();
        for (key, (name, mut idxs)) in by_key {
            idxs.sort_by_key(|&i| {
                let p = &places[i];
                (
                    p.feature == Feature::Admin1,
                    std::cmp::Reverse(p.population),
                )
            });
            patterns.push(name);
            candidates.push((idxs, key.starts_with('=')));
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&patterns)
            .expect("gazetteer automaton fits in memory");
        (
            Gazetteer {
                places,
                ac,
                candidates,
            },
            errors,
        )
    }

    /// Every place in the gazetteer.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// Finds places named in `text`.
    pub fn find(&self, text: &str) -> Vec<PlaceMatch> {
        let folded = fold_arabic(text);
        let mut out = Vec::new();
        for m in self.ac.find_iter(folded.as_ref()) {
            let (s, e) = (m.start(), m.end());
            if !on_word_boundaries(text, s, e) {
                continue;
            }
            let found = &text[s..e];
            let (cands, exact) = &self.candidates[m.pattern().as_usize()];
            let latin = found
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic());
            if latin {
                if !found.starts_with(|c: char| c.is_uppercase()) {
                    continue;
                }
                if *exact && !found.chars().all(|c| !c.is_ascii_lowercase()) {
                    continue;
                }
                let lower = found.to_ascii_lowercase();
                if COMMON_WORDS.binary_search(&lower.as_str()).is_ok() {
                    continue;
                }
            }
            // "Kabul province" names the province, not the city.
            let next = text[e..].trim_start().to_ascii_lowercase();
            let wants_province = next.starts_with("province") || next.starts_with("provincial");
            let place = cands
                .iter()
                .copied()
                .find(|&i| !wants_province || self.places[i].feature == Feature::Admin1)
                .unwrap_or(cands[0]);
            out.push(PlaceMatch {
                place,
                span: (s, e),
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, String, String)> {
        let g = Gazetteer::embedded();
        g.find(text)
            .into_iter()
            .map(|m| {
                let p = &g.places()[m.place];
                (p.name.clone(), p.admin1.clone(), p.country.clone())
            })
            .collect()
    }

    #[test]
    fn common_words_table_is_sorted() {
        assert!(COMMON_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn latin_names_with_admin1() {
        let n = names("Blasts in Peshawar and Quetta; talks in Kabul. Miranshah was quiet.");
        assert!(
            n.contains(&("Peshawar".into(), "Khyber Pakhtunkhwa".into(), "PK".into())),
            "{n:?}"
        );
        assert!(
            n.contains(&("Quetta".into(), "Balochistan".into(), "PK".into())),
            "{n:?}"
        );
        assert!(
            n.contains(&("Kabul".into(), "Kabul".into(), "AF".into())),
            "{n:?}"
        );
        assert_eq!(n.len(), 4, "{n:?}");
    }

    #[test]
    fn perso_arabic_script_names() {
        // Urdu پشاور (Peshawar), Pashto/Dari کابل (Kabul), Urdu کوئٹہ (Quetta, with heh goal).
        let n = names("پشاور میں دھماکہ، کابل اور کوئٹہ");
        let got: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(got, ["Peshawar", "Kabul", "Quetta"]);
        // Arabic yeh/kaf variants fold to the Persian ones.
        assert_eq!(names("كابل")[0].0, "Kabul");
    }

    #[test]
    fn hand_entered_border_places_and_perso_arabic_district_names() {
        let n = names("Torkham, Angoor Adda, Mir Ali and the Tirah valley");
        let got: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(got, ["Torkham", "Angoor Adda", "Mir Ali", "Tirah"]);
        assert!(n.iter().all(|x| x.1 == "Khyber Pakhtunkhwa" && x.2 == "PK"));
        let n = names("شمالی وزیرستان کے علاقے میر علی میں، تورخم اور پکتیکا");
        let got: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(got, ["North Waziristan", "Mir Ali", "Torkham", "Paktika"]);
        let g = Gazetteer::embedded();
        let tirah = g.places().iter().find(|p| p.name == "Tirah").unwrap();
        assert_eq!(tirah.feature, Feature::Area);
        assert_eq!(
            tirah.geonameid, 0,
            "hand-entered places carry no GeoNames id"
        );
    }

    #[test]
    fn lower_case_words_and_word_parts_are_not_places() {
        assert!(names("the tank rolled past").is_empty());
        assert!(names("Peshawari chappal").is_empty());
    }

    #[test]
    fn province_suffix_picks_the_province() {
        let g = Gazetteer::embedded();
        let m = g.find("in Kunar province");
        assert_eq!(g.places()[m[0].place].feature, Feature::Admin1);
        assert_eq!(g.places()[m[0].place].name, "Konar");
    }

    #[test]
    fn bad_lines_are_reported_not_fatal() {
        let (g, e) = Gazetteer::from_tsv(
            "h\n1\tX\tA\tPK\tnope\t1\t0\tP\tXville\n2\tY\tA\tPK\t1\t2\t0\tP\tYtown\n",
        );
        assert_eq!(g.places().len(), 1);
        assert_eq!(e.len(), 1);
        assert!(e[0].to_string().contains("line 2"));
    }
}
