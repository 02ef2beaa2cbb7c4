//! Fatality counts in news sentences, as low / best / high in the conservative way ACLED codes
//! them: the lowest reported figure is the best estimate, "at least 12" is 12, and vague words get
//! ACLED's fixed values ("several", "many" → 10; "dozens" → 12; "hundreds" → 100).
//! Injuries are not fatalities and are never counted.

use std::sync::OnceLock;

use regex::Regex;

/// A fatality estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Fatalities {
    /// The lowest figure the text supports.
    pub low: u32,
    /// The conservative estimate (what ACLED would code).
    pub best: u32,
    /// The highest figure the text supports, when it gives one.
    pub high: Option<u32>,
}

const QUAL: &str = r"(at least|not less than|no fewer than|more than|over|upwards of|up to|as many as|nearly|almost|around|about|approximately|some|roughly|an estimated)";
const NUM: &str = r"(\d{1,3}(?:,\d{3})*|\d+|a dozen|dozens of|dozens|scores of|scores|hundreds of|hundreds|several|many|a few|a number of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)";
const WHO: &str = r"(?:(?:[A-Za-z-]+\s+){0,4}?)";
const DIED: &str = r"(killed|dead|died|martyred|slain|lost their lives|lost his life|were killed|have been killed|had been killed|was killed|deaths|fatalities|bodies)";

fn patterns() -> &'static [Regex] {
    static P: OnceLock<Vec<Regex>> = OnceLock::new();
    P.get_or_init(|| {
        [
            // "at least 12 soldiers were killed", "12 dead", "dozens of people died"
            format!(r"(?i)\b(?:{QUAL}\s+)?{NUM}\s+{WHO}(?:(?:were|was|have been|had been|are|reportedly|also|feared)\s+)*{DIED}\b"),
            // "killing at least 12", "killed 12 people"
            format!(r"(?i)\b(?:killing|killed|kills|left|leaving)\s+(?:{QUAL}\s+)?{NUM}\b(?:\s+{WHO}(?:dead|people|civilians|soldiers|militants|personnel|police|policemen|troops|fighters|members|children|women|men|others|officers|workers|passengers|persons))?"),
            // "the death toll rose to 12"
            format!(r"(?i)\bdeath toll\s+(?:\w+\s+){{0,3}}?(?:to|at|of|reached|is|was|stood at)\s+(?:{QUAL}\s+)?{NUM}\b"),
        ]
        .iter()
        .map(|s| Regex::new(s).expect("casualty patterns are valid"))
        .collect()
    })
}

fn number(s: &str) -> Option<(u32, bool)> {
    // The bool says whether the figure is a fixed ACLED value for a vague word.
    let s = s.to_ascii_lowercase();
    let w = s.trim_end_matches(" of");
    let n = match w {
        "a dozen" => 12,
        "dozens" => return Some((12, true)),
        "scores" => return Some((20, true)),
        "hundreds" => return Some((100, true)),
        "several" | "many" | "a number of" => return Some((10, true)),
        "a few" => return Some((3, true)),
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "a hundred" => 100,
        d => d.replace(',', "").parse().ok()?,
    };
    Some((n, false))
}

/// The fatalities a sentence reports, if any. Several separate counts ("three soldiers and two
/// civilians were killed") are added; the same count matched twice is not.
pub fn find_fatalities(sentence: &str) -> Option<Fatalities> {
    // Every pattern needs one of these words; most sentences have none, and a keyword scan is far
    // cheaper than the case-insensitive patterns.
    static CUE: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let cue = CUE.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "kill", "dead", "died", "martyr", "slain", "lost", "death", "fatalit", "bodies",
                "left", "leaving",
            ])
            .expect("casualty cues build")
    });
    if !cue.is_match(sentence) {
        return None;
    }
    let mut spans: Vec<(usize, usize, Fatalities)> = Vec::new();
    for re in patterns() {
        for c in re.captures_iter(sentence) {
            let m = c.get(0).expect("group 0 always matches");
            let text = m.as_str().to_ascii_lowercase();
            if text.contains("injur") || text.contains("wounded") {
                continue;
            }
            let Some((n, vague)) = c.get(2).and_then(|g| number(g.as_str())) else {
                continue;
            };
            // A year or a clock time is not a count.
            if !vague && n >= 1000 && c.get(2).is_some_and(|g| !g.as_str().contains(',')) {
                continue;
            }
            let q = c
                .get(1)
                .map(|q| q.as_str().to_ascii_lowercase())
                .unwrap_or_default();
            let f = match q.as_str() {
                "" | "nearly" | "almost" | "around" | "about" | "approximately" | "roughly"
                | "an estimated" => {
                    if vague {
                        Fatalities {
                            low: n,
                            best: n,
                            high: None,
                        }
                    } else {
                        Fatalities {
                            low: n,
                            best: n,
                            high: Some(n),
                        }
                    }
                }
                "at least" | "not less than" | "no fewer than" | "some" => Fatalities {
                    low: n,
                    best: n,
                    high: None,
                },
                "more than" | "over" | "upwards of" => Fatalities {
                    low: n + 1,
                    best: n + 1,
                    high: None,
                },
                // "up to 12": at least one, at most twelve; ACLED records the lowest supported
                // figure, so the best estimate stays at the low end.
                _ => Fatalities {
                    low: 1,
                    best: 1,
                    high: Some(n),
                },
            };
            spans.push((m.start(), m.end(), f));
        }
    }
    spans.sort_by_key(|s| (s.0, std::cmp::Reverse(s.1)));
    let mut total: Option<Fatalities> = None;
    let mut last_end = 0;
    for (s, e, f) in spans {
        if s < last_end {
            continue;
        }
        last_end = e;
        total = Some(match total {
            None => f,
            Some(t) => Fatalities {
                low: t.low + f.low,
                best: t.best + f.best,
                high: t.high.zip(f.high).map(|(a, b)| a + b),
            },
        });
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Option<(u32, u32, Option<u32>)> {
        find_fatalities(s).map(|f| (f.low, f.best, f.high))
    }

    #[test]
    fn casualty_phrases() {
        assert_eq!(
            f("At least 12 people were killed in the blast."),
            Some((12, 12, None))
        );
        assert_eq!(
            f("Seven soldiers were killed in the ambush."),
            Some((7, 7, Some(7)))
        );
        assert_eq!(f("The attack left 23 dead."), Some((23, 23, Some(23))));
        assert_eq!(
            f("The bombing killed at least 5 policemen."),
            Some((5, 5, None))
        );
        assert_eq!(
            f("More than 20 militants were killed."),
            Some((21, 21, None))
        );
        assert_eq!(f("Dozens of people were killed."), Some((12, 12, None)));
        assert_eq!(
            f("Hundreds were killed in the fighting."),
            Some((100, 100, None))
        );
        assert_eq!(
            f("Several civilians died after the strike."),
            Some((10, 10, None))
        );
        assert_eq!(
            f("Up to 30 fighters were killed, officials said."),
            Some((1, 1, Some(30)))
        );
        assert_eq!(
            f("The death toll rose to 1,200 on Friday."),
            Some((1200, 1200, Some(1200)))
        );
        assert_eq!(
            f("Three soldiers were killed and two civilians died."),
            Some((5, 5, Some(5)))
        );
    }

    #[test]
    fn injuries_and_non_counts_are_not_fatalities() {
        assert_eq!(f("Twelve people were injured."), None);
        assert_eq!(f("In 2024 the group was banned."), None);
        assert_eq!(f("Talks resumed on Monday."), None);
    }
}
