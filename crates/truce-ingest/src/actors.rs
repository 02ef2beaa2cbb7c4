//! Armed groups and state actors, with their aliases, matched like places (one Aho-Corasick
//! automaton, leftmost-longest, ASCII case-insensitive, word boundaries; acronyms case-exact).

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::gazetteer::{fold_arabic, on_word_boundaries};

/// Kind of actor, as ACLED separates them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// Non-state armed group.
    ArmedGroup,
    /// State forces or a government.
    State,
    /// A mediator or facilitator state or body.
    Mediator,
}

/// One actor and every name it goes by.
#[derive(Debug, Clone, Copy)]
pub struct Actor {
    /// The name leads use.
    pub name: &'static str,
    /// Kind.
    pub kind: ActorKind,
    /// Aliases (the name itself included); all-capital aliases match case-exactly.
    pub aliases: &'static [&'static str],
}

/// The actor table. Order matters only for display.
pub const ACTORS: &[Actor] = &[
    Actor {
        name: "Tehreek-e-Taliban Pakistan (TTP)",
        kind: ActorKind::ArmedGroup,
        aliases: &[
            "TTP",
            "Tehreek-e-Taliban Pakistan",
            "Tehrik-e-Taliban Pakistan",
            "Tehrik-i-Taliban Pakistan",
            "Tehreek-i-Taliban Pakistan",
            "Pakistani Taliban",
            "Fitna al-Khawarij",
            "Fitna al Khawarij",
            "Fitna-al-Khawarij",
            "khawarij",
            "تحریک طالبان پاکستان",
            "ٹی ٹی پی",
        ],
    },
    Actor {
        name: "Islamic State Khorasan Province (ISKP)",
        kind: ActorKind::ArmedGroup,
        aliases: &[
            "ISKP",
            "IS-K",
            "ISIS-K",
            "ISK",
            "Islamic State Khorasan",
            "Islamic State Khorasan Province",
            "Islamic State-Khorasan",
            "Islamic State in Khorasan",
            "Daesh-Khorasan",
            "Daesh Khorasan",
            "Daesh",
            "Daish",
            "داعش",
            "دولت اسلامی خراسان",
        ],
    },
    Actor {
        name: "Balochistan Liberation Army (BLA)",
        kind: ActorKind::ArmedGroup,
        aliases: &[
            "BLA",
            "Balochistan Liberation Army",
            "Baloch Liberation Army",
            "Majeed Brigade",
            "Fitna al-Hindustan",
            "Fitna-al-Hindustan",
            "بلوچ لبریشن آرمی",
        ],
    },
    Actor {
        name: "al-Qaeda (incl. AQIS)",
        kind: ActorKind::ArmedGroup,
        aliases: &[
            "al-Qaeda",
            "al Qaeda",
            "al-Qaida",
            "al Qaida",
            "Al-Qaeda",
            "AQIS",
            "al-Qaeda in the Indian Subcontinent",
            "القاعدة",
            "القاعده",
        ],
    },
    Actor {
        name: "East Turkestan Islamic Movement (ETIM/TIP)",
        kind: ActorKind::ArmedGroup,
        aliases: &[
            "ETIM",
            "TIP",
            "East Turkestan Islamic Movement",
            "Turkistan Islamic Party",
            "Turkestan Islamic Party",
        ],
    },
    Actor {
        name: "Haqqani network",
        kind: ActorKind::ArmedGroup,
        aliases: &[
            "Haqqani network",
            "Haqqani Network",
            "Haqqanis",
            "شبکه حقانی",
            "حقانی نیٹ ورک",
        ],
    },
    Actor {
        name: "Hafiz Gul Bahadur group",
        kind: ActorKind::ArmedGroup,
        aliases: &["Hafiz Gul Bahadur", "Gul Bahadur group"],
    },
    Actor {
        name: "Jamaat-ul-Ahrar",
        kind: ActorKind::ArmedGroup,
        aliases: &["Jamaat-ul-Ahrar", "Jamaatul Ahrar", "JuA"],
    },
    Actor {
        name: "Lashkar-e-Jhangvi",
        kind: ActorKind::ArmedGroup,
        aliases: &["Lashkar-e-Jhangvi", "LeJ"],
    },
    Actor {
        name: "Pakistani security forces",
        kind: ActorKind::State,
        aliases: &[
            "Pakistan Army",
            "Pakistani army",
            "Pakistani military",
            "Pakistan's military",
            "Pakistani forces",
            "Pakistani troops",
            "Pakistani soldiers",
            "Pakistani security forces",
            "ISPR",
            "Inter-Services Public Relations",
            "Frontier Corps",
            "FC",
            "Pakistan Air Force",
            "PAF",
            "Counter Terrorism Department",
            "CTD",
            "Levies",
            "Pakistani airstrike",
            "Pakistani airstrikes",
            "Pakistani air strike",
            "Pakistani air strikes",
            "پاک فوج",
            "پاکستانی فوج",
            "آئی ایس پی آر",
            "سرباز پاکستانی",
            "سربازان پاکستانی",
            "نیروهای پاکستانی",
            "حمله هوایی پاکستان",
            "حملات هوایی پاکستان",
            "پاکستاني ځواکونه",
            "پاکستاني ځواکونو",
        ],
    },
    Actor {
        name: "Government of Pakistan",
        kind: ActorKind::State,
        aliases: &[
            "Government of Pakistan",
            "Pakistani government",
            "Pakistan government",
            "Foreign Office",
            "Pakistan's Foreign Office",
            "Pakistan's foreign ministry",
            "حکومت پاکستان",
        ],
    },
    Actor {
        name: "Afghan Taliban (Islamic Emirate of Afghanistan)",
        kind: ActorKind::State,
        aliases: &[
            "Afghan Taliban",
            "Taliban government",
            "Taliban administration",
            "Taliban authorities",
            "Taliban forces",
            "Taliban fighters",
            "Taliban",
            "Islamic Emirate",
            "Islamic Emirate of Afghanistan",
            "Taliban-led government",
            "Afghan forces",
            "Afghan border forces",
            "Afghan border guards",
            "Zabihullah Mujahid",
            "امارت اسلامی",
            "طالبان",
            "نیروهای طالبان",
            "افغان ځواکونه",
            "افغان ځواکونو",
            "طالبانو",
        ],
    },
    Actor {
        name: "Qatar (mediator)",
        kind: ActorKind::Mediator,
        aliases: &["Qatar", "Qatari", "Qatari mediators", "قطر"],
    },
    Actor {
        name: "Türkiye (mediator)",
        kind: ActorKind::Mediator,
        aliases: &["Türkiye", "Turkiye", "Turkey", "Turkish", "ترکیه", "ترکی"],
    },
];

/// An actor named in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActorMatch {
    /// Index into [`ACTORS`].
    pub actor: usize,
    /// Byte span in the text.
    pub span: (usize, usize),
}

/// Phrases that name two actors at once ("Pakistani and Afghan forces exchanged fire"): each
/// mention stands for both.
const JOINT: &[(&str, &[&str])] = &[
    (
        "Pakistani and Afghan forces",
        &[
            "Pakistani security forces",
            "Afghan Taliban (Islamic Emirate of Afghanistan)",
        ],
    ),
    (
        "Pakistani and Afghan troops",
        &[
            "Pakistani security forces",
            "Afghan Taliban (Islamic Emirate of Afghanistan)",
        ],
    ),
    (
        "Pakistani and Afghan border forces",
        &[
            "Pakistani security forces",
            "Afghan Taliban (Islamic Emirate of Afghanistan)",
        ],
    ),
    (
        "Afghan and Pakistani forces",
        &[
            "Afghan Taliban (Islamic Emirate of Afghanistan)",
            "Pakistani security forces",
        ],
    ),
    (
        "Afghan and Pakistani troops",
        &[
            "Afghan Taliban (Islamic Emirate of Afghanistan)",
            "Pakistani security forces",
        ],
    ),
    (
        "پاکستاني او افغان ځواکونو",
        &[
            "Pakistani security forces",
            "Afghan Taliban (Islamic Emirate of Afghanistan)",
        ],
    ),
    (
        "نیروهای پاکستانی و افغان",
        &[
            "Pakistani security forces",
            "Afghan Taliban (Islamic Emirate of Afghanistan)",
        ],
    ),
];

struct Matcher {
    ac: AhoCorasick,
    /// For each pattern: the actors it names, the alias, and whether it must match case-exactly.
    owner: Vec<(Vec<usize>, &'static str, bool)>,
}

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut owner = Vec::new();
        for (i, a) in ACTORS.iter().enumerate() {
            for alias in a.aliases {
                let exact = alias
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| c.is_uppercase())
                    || alias.chars().any(|c| c.is_ascii_uppercase()) && alias.len() <= 4;
                patterns.push(fold_arabic(alias).into_owned());
                owner.push((vec![i], *alias, exact));
            }
        }
        for (phrase, names) in JOINT {
            let idx = names
                .iter()
                .map(|n| {
                    ACTORS
                        .iter()
                        .position(|a| a.name == *n)
                        .expect("joint phrases name actors of the table")
                })
                .collect();
            patterns.push(fold_arabic(phrase).into_owned());
            owner.push((idx, *phrase, false));
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&patterns)
            .expect("actor automaton fits in memory");
        Matcher { ac, owner }
    })
}

/// Finds actors named in `text`, in order (one entry per mention).
pub fn find_actors(text: &str) -> Vec<ActorMatch> {
    let m = matcher();
    let folded = fold_arabic(text);
    let mut out = Vec::new();
    for hit in m.ac.find_iter(folded.as_ref()) {
        let (s, e) = (hit.start(), hit.end());
        let (actors, alias, exact) = &m.owner[hit.pattern().as_usize()];
        if !on_word_boundaries(text, s, e) {
            continue;
        }
        if *exact && &text[s..e] != *alias {
            continue;
        }
        for &actor in actors {
            out.push(ActorMatch {
                actor,
                span: (s, e),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&'static str> {
        find_actors(text)
            .into_iter()
            .map(|m| ACTORS[m.actor].name)
            .collect()
    }

    #[test]
    fn aliases_resolve_to_one_actor() {
        let ttp = ACTORS[0].name;
        for t in [
            "the TTP claimed it",
            "Tehreek-e-Taliban Pakistan said",
            "tehrik-i-taliban pakistan fighters",
            "تحریک طالبان پاکستان نے",
        ] {
            assert_eq!(names(t), [ttp], "{t}");
        }
        let iskp = ACTORS[1].name;
        for t in [
            "ISKP",
            "IS-K claimed",
            "Islamic State Khorasan Province said",
            "militants of the Islamic State Khorasan",
        ] {
            assert_eq!(names(t), [iskp], "{t}");
        }
        assert_eq!(names("AQIS and al-Qaeda"), [ACTORS[3].name, ACTORS[3].name]);
        assert_eq!(
            names("ETIM, also called the TIP"),
            [ACTORS[4].name, ACTORS[4].name]
        );
        assert_eq!(names("the Haqqani network"), [ACTORS[5].name]);
        assert_eq!(
            names("the BLA's Majeed Brigade"),
            [ACTORS[2].name, ACTORS[2].name]
        );
    }

    #[test]
    fn longest_alias_wins_and_state_actors_match() {
        assert_eq!(
            names("Afghan Taliban forces"),
            ["Afghan Taliban (Islamic Emirate of Afghanistan)"]
        );
        assert_eq!(
            names("the Pakistani military said"),
            ["Pakistani security forces"]
        );
        assert_eq!(names("ISPR said"), ["Pakistani security forces"]);
    }

    #[test]
    fn a_joint_phrase_names_both_sides() {
        let both = [
            "Pakistani security forces",
            "Afghan Taliban (Islamic Emirate of Afghanistan)",
        ];
        assert_eq!(names("Pakistani and Afghan forces exchanged fire"), both);
        assert_eq!(names("د پاکستاني او افغان ځواکونو ترمنځ نښته"), both);
        assert_eq!(names("آئی ایس پی آر کے مطابق"), [both[0]]);
    }

    #[test]
    fn acronyms_are_case_exact_and_whole_words() {
        assert!(names("a useful tip for bla bla").is_empty());
        assert!(names("TTPX and BLAST").is_empty());
    }
}
