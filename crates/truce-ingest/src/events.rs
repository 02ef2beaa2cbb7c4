//! ACLED event types, proposed from the words of a sentence.
//!
//! ACLED's six types: battles, explosions/remote violence, violence against civilians, protests,
//! riots and strategic developments. The choice is a proposal for a monitor, made by cue words;
//! when cues of several types appear, the more violent type wins, in ACLED's own precedence.

use crate::gazetteer::fold_arabic;
use crate::text::words;

/// Cue words in Urdu, Pashto and Dari, written in folded form (see `fold_arabic`): explosions,
/// attacks and clashes, deaths.
const EXPLOSION_FA: &[&str] = &[
    "دھماکه",
    "دھماکے",
    "دھماکا",
    "دھماکوں",
    "انفجار",
    "چاودنه",
    "بم",
    "بمب",
    "ڈرون",
];
const BATTLE_FA: &[&str] = &[
    "حمله",
    "حملے",
    "حملوں",
    "برید",
    "جھڑپ",
    "جھڑپوں",
    "درگیری",
    "نښته",
    "فائرنگ",
    "فایرنگ",
    "ډزې",
];
/// Words that tie a sentence to the violent event before it ("claimed responsibility").
const CONTINUES_FA: &[&str] = &["ذمه داری", "ذمه واری", "مسئولیت", "مسؤولیت"];
const KILLED_FA: &[&str] = &["هلاک", "شهید", "کشته", "ووژل", "جاں"];

/// An ACLED event type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub enum EventType {
    /// Armed clashes between organised groups.
    #[serde(rename = "Battles")]
    Battles,
    /// Bombs, IEDs, air and drone strikes, shelling.
    #[serde(rename = "Explosions/Remote violence")]
    ExplosionsRemoteViolence,
    /// Attacks on, abductions or killings of unarmed civilians.
    #[serde(rename = "Violence against civilians")]
    ViolenceAgainstCivilians,
    /// Riots and mob violence.
    #[serde(rename = "Riots")]
    Riots,
    /// Peaceful demonstrations.
    #[serde(rename = "Protests")]
    Protests,
    /// Non-violent but significant: agreements, ceasefires, arrests, border closures, talks.
    #[serde(rename = "Strategic developments")]
    StrategicDevelopments,
}

const EXPLOSION: &[&str] = &[
    "airstrike",
    "airstrikes",
    "air-strike",
    "blast",
    "blasts",
    "blew",
    "blown",
    "bomb",
    "bombed",
    "bomber",
    "bombers",
    "bombing",
    "bombings",
    "detonated",
    "drone",
    "drones",
    "explosion",
    "explosions",
    "explosive",
    "explosives",
    "grenade",
    "ied",
    "ieds",
    "missile",
    "missiles",
    "mortar",
    "mortars",
    "rocket",
    "rockets",
    "shelling",
    "shells",
    "suicide",
];
const BATTLE: &[&str] = &[
    "ambush",
    "ambushed",
    "assault",
    "attacked",
    "battle",
    "clash",
    "clashed",
    "clashes",
    "combat",
    "crossfire",
    "exchange",
    "firefight",
    "fighting",
    "gunbattle",
    "gunfight",
    "insurgents",
    "offensive",
    "raid",
    "raided",
    "shootout",
    "skirmish",
    "skirmishes",
    "stormed",
];
const CIVILIAN: &[&str] = &[
    "abducted",
    "abduction",
    "assassinated",
    "beheaded",
    "executed",
    "gunned",
    "hostage",
    "hostages",
    "kidnapped",
    "kidnapping",
    "massacre",
    "shot",
    "targeted",
];
const CIVILIANS: &[&str] = &[
    "civilian",
    "civilians",
    "passengers",
    "students",
    "worshippers",
    "villagers",
    "labourers",
    "laborers",
    "workers",
    "children",
    "women",
    "teacher",
    "journalist",
    "shopkeepers",
];
const RIOT: &[&str] = &[
    "mob",
    "rioters",
    "riot",
    "rioting",
    "riots",
    "torched",
    "vandalised",
    "vandalized",
];
const PROTEST: &[&str] = &[
    "demonstration",
    "demonstrators",
    "march",
    "protest",
    "protested",
    "protesters",
    "protests",
    "rally",
    "sit-in",
    "strike",
];
const STRATEGIC: &[&str] = &[
    "accord",
    "accused",
    "agreed",
    "airspace",
    "agreement",
    "arrest",
    "arrested",
    "ceasefire",
    "ceasefires",
    "closed",
    "closure",
    "curfew",
    "deal",
    "deployed",
    "deployment",
    "handed",
    "negotiations",
    "reopened",
    "reopening",
    "seized",
    "sealed",
    "surrendered",
    "talks",
    "truce",
    "violated",
    "violating",
    "violation",
    "violations",
    "withdrawal",
    "withdrew",
];

/// Proposes an ACLED event type for a sentence, or `None` when it reports no event.
pub fn event_type(sentence: &str) -> Option<EventType> {
    let folded = fold_arabic(sentence);
    let ws: Vec<String> = words(&folded).map(|w| w.to_lowercase()).collect();
    let has = |set: &[&str]| ws.iter().any(|w| set.contains(&w.as_str()));
    let killed = has(KILLED_FA)
        || ws.iter().any(|w| {
            matches!(
                w.as_str(),
                "killed" | "killing" | "dead" | "died" | "wounded" | "injured" | "martyred"
            )
        });
    let exchange_fire = sentence.to_ascii_lowercase().contains("exchange of fire")
        || sentence.to_ascii_lowercase().contains("exchanged fire")
        || sentence.to_ascii_lowercase().contains("opened fire");
    // A "protest strike" or a "hunger strike" is a protest; an "air strike" is an explosion.
    let lower = sentence.to_ascii_lowercase();
    if has(EXPLOSION)
        || has(EXPLOSION_FA)
        || lower.contains("air strike")
        || lower.contains("drone strike")
    {
        return Some(EventType::ExplosionsRemoteViolence);
    }
    if has(BATTLE) || has(BATTLE_FA) || exchange_fire {
        if has(CIVILIANS)
            && !lower.contains("forces")
            && !lower.contains("soldiers")
            && !lower.contains("troops")
        {
            return Some(EventType::ViolenceAgainstCivilians);
        }
        return Some(EventType::Battles);
    }
    if has(CIVILIAN) || (killed && has(CIVILIANS)) {
        return Some(EventType::ViolenceAgainstCivilians);
    }
    if has(RIOT) {
        return Some(EventType::Riots);
    }
    if has(PROTEST) && !lower.contains("air strike") {
        return Some(EventType::Protests);
    }
    if killed {
        return Some(EventType::Battles);
    }
    if has(STRATEGIC) {
        return Some(EventType::StrategicDevelopments);
    }
    None
}

/// Words that refer to violence without saying which kind ("claimed responsibility for the
/// attack"): such a sentence continues the event of the sentences around it.
pub(crate) fn refers_to_violence(sentence: &str) -> bool {
    if sentence
        .chars()
        .any(|c| ('\u{600}'..='\u{6FF}').contains(&c))
    {
        let f = fold_arabic(sentence);
        if CONTINUES_FA.iter().any(|w| f.contains(w)) {
            return true;
        }
    }
    words(sentence).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "attack"
                | "attacks"
                | "attackers"
                | "responsibility"
                | "militants"
                | "operation"
                | "gunmen"
                | "incident"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use EventType::*;

    #[test]
    fn acled_types_from_cues() {
        let cases = [
            (
                "A suicide bomber struck a police convoy in Bannu.",
                Some(ExplosionsRemoteViolence),
            ),
            (
                "Pakistani air strikes hit targets in Paktika.",
                Some(ExplosionsRemoteViolence),
            ),
            ("Troops and militants clashed near Mir Ali.", Some(Battles)),
            ("Border forces exchanged fire at Chaman.", Some(Battles)),
            (
                "Gunmen kidnapped six labourers in Kech.",
                Some(ViolenceAgainstCivilians),
            ),
            (
                "Gunmen attacked a bus and killed nine passengers.",
                Some(ViolenceAgainstCivilians),
            ),
            (
                "Traders staged a protest against the border closure.",
                Some(Protests),
            ),
            ("A mob torched the police station.", Some(Riots)),
            (
                "The two sides agreed to extend the ceasefire.",
                Some(StrategicDevelopments),
            ),
            ("The weather was mild in Islamabad.", None),
            ("پشاور میں دھماکہ", Some(ExplosionsRemoteViolence)),
            ("پولیس چوکی پر حملے میں تین اہلکار ہلاک", Some(Battles)),
        ];
        for (s, want) in cases {
            assert_eq!(event_type(s), want, "{s}");
        }
    }
}
