//! Leads: sentence-level candidate events for monitors.
//!
//! A sentence of the cleaned article becomes a lead when it reports an event (an ACLED type is
//! proposed from its words, or it reports deaths) and names a place or an actor. Leads are built
//! from kept paragraphs only, so a place or actor named only in a removed noise line never
//! becomes a lead. Leads are proposals; nothing here verifies anything.

use jiff::civil::Date;
use serde::Serialize;

use crate::actors::{ACTORS, find_actors};
use crate::casualties::{Fatalities, find_fatalities};
use crate::dates::{DateMention, Precision, find_dates};
use crate::events::{EventType, event_type, refers_to_violence};
use crate::gazetteer::Gazetteer;
use crate::noise::Cleaned;
use crate::text::sentences;

/// How the date of a lead was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LeadPrecision {
    /// A day named in the text.
    Day,
    /// A week named in the text (the date is its Monday).
    Week,
    /// A month named in the text (the date is its first day).
    Month,
    /// A year named in the text (the date is 1 January).
    Year,
    /// The text names no date: the date is the publication date.
    Publication,
}

impl From<Precision> for LeadPrecision {
    fn from(p: Precision) -> Self {
        match p {
            Precision::Day => LeadPrecision::Day,
            Precision::Week => LeadPrecision::Week,
            Precision::Month => LeadPrecision::Month,
            Precision::Year => LeadPrecision::Year,
        }
    }
}

/// A place in a lead.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeadPlace {
    /// Preferred name.
    pub name: String,
    /// Province.
    pub admin1: String,
    /// ISO country code.
    pub country: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

/// A candidate event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lead {
    /// First day of the event's date (ISO 8601).
    pub date: String,
    /// Last day, when the text gives a range of days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_end: Option<String>,
    /// How precise the date is.
    pub date_precision: LeadPrecision,
    /// Places named.
    pub places: Vec<LeadPlace>,
    /// Actors named.
    pub actors: Vec<String>,
    /// Proposed ACLED event type.
    pub event_type: Option<EventType>,
    /// Fatalities reported in the sentence.
    pub fatalities: Option<Fatalities>,
    /// The sentence, as the article says it.
    pub sentence: String,
}

/// Length of a dateline ("PESHAWAR:", "KABUL, Nov 3 —") at the start of a sentence: where the
/// story was filed, not where the event happened, so its place is not the event's.
fn dateline_len(s: &str) -> usize {
    let Some(end) = s.find([':', '—', '–']) else {
        return 0;
    };
    let head = &s[..end];
    let first_word = head.split([',', ' ']).next().unwrap_or("");
    let caps = first_word.len() >= 3
        && first_word
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '.');
    if caps && head.len() <= 40 { end } else { 0 }
}

/// Proposes leads from a cleaned article published on `published`.
fn is_state(name: &str) -> bool {
    ACTORS
        .iter()
        .any(|a| a.name == name && a.kind == crate::actors::ActorKind::State)
}

fn single_country(places: &[LeadPlace]) -> Option<&str> {
    let first = places.first()?.country.as_str();
    places
        .iter()
        .all(|p| p.country == first)
        .then_some(first)
        .filter(|c| matches!(*c, "PK" | "AF"))
}

fn mentions_security_forces(s: &str) -> bool {
    const FA: &[&str] = &[
        "سکیورٹی فورسز",
        "سیکیورٹی فورسز",
        "نیروهای امنیتی",
        "امنیتي ځواکونو",
        "امنیتي ځواکونه",
    ];
    s.to_ascii_lowercase().contains("security forces") || {
        let f = crate::gazetteer::fold_arabic(s);
        FA.iter().any(|w| f.contains(w))
    }
}

pub fn leads(article: &Cleaned, published: Date) -> Vec<Lead> {
    let gaz = Gazetteer::embedded();
    let mut out = Vec::new();
    for block in &article.kept {
        let mut last_date: Option<DateMention> = None;
        for s in sentences(&block.text) {
            let dates = find_dates(s, published);
            if let Some(d) = dates.first() {
                last_date = Some(*d);
            }
            let fatalities = find_fatalities(s);
            // "X claimed responsibility for the attack" continues the last event reported.
            let kind = event_type(s).or_else(|| {
                refers_to_violence(s)
                    .then(|| out.last().and_then(|l: &Lead| l.event_type))
                    .flatten()
            });
            if kind.is_none() && fatalities.is_none() {
                continue;
            }
            let mut places: Vec<LeadPlace> = Vec::new();
            let dateline = dateline_len(s);
            for m in gaz.find(s).into_iter().filter(|m| m.span.0 >= dateline) {
                let p = &gaz.places()[m.place];
                let lp = LeadPlace {
                    name: p.name.clone(),
                    admin1: p.admin1.clone(),
                    country: p.country.clone(),
                    lat: p.lat,
                    lon: p.lon,
                };
                if !places.contains(&lp) {
                    places.push(lp);
                }
            }
            let mut actors: Vec<String> = Vec::new();
            for m in find_actors(s) {
                let n = ACTORS[m.actor].name.to_string();
                if !actors.contains(&n) {
                    actors.push(n);
                }
            }
            // "Security forces" names no country; reports use it for the state whose territory
            // the event is in, so it is read that way when every place named is in one country.
            if !actors.iter().any(|a| is_state(a))
                && let Some(country) = single_country(&places)
                && mentions_security_forces(s)
            {
                let n = if country == "PK" {
                    "Pakistani security forces"
                } else {
                    "Afghan Taliban (Islamic Emirate of Afghanistan)"
                };
                actors.push(n.to_string());
            }
            if places.is_empty() && actors.is_empty() {
                continue;
            }
            let (date, date_end, date_precision) = match last_date {
                Some(d) => (
                    d.start.to_string(),
                    (d.end != d.start && d.precision == Precision::Day).then(|| d.end.to_string()),
                    d.precision.into(),
                ),
                None => (published.to_string(), None, LeadPrecision::Publication),
            };
            out.push(Lead {
                date,
                date_end,
                date_precision,
                places,
                actors,
                event_type: kind.or(fatalities.map(|_| EventType::Battles)),
                fatalities,
                sentence: s.to_string(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{clean, extract};
    use jiff::civil::date;

    fn run(text: &str) -> Vec<Lead> {
        let (a, _) = extract(text.as_bytes());
        let (c, _) = clean(&a);
        leads(&c, date(2025, 11, 3))
    }

    #[test]
    fn a_sentence_with_event_place_actor_and_date_is_a_lead() {
        let l = run(
            "At least 12 soldiers were killed on Sunday when TTP militants ambushed a convoy near Miranshah, the ISPR said.\n\n\
             The convoy was travelling along the main road toward Miranshah in the morning, officials said.\n\n\
             Officials said the convoy had been travelling on the main road for several hours.",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        let l = &l[0];
        assert_eq!(l.date, "2025-11-02");
        assert_eq!(l.date_precision, LeadPrecision::Day);
        assert_eq!(l.places[0].name, "Miran Shah");
        assert_eq!(l.places[0].admin1, "Khyber Pakhtunkhwa");
        assert_eq!(
            l.actors,
            [
                "Tehreek-e-Taliban Pakistan (TTP)",
                "Pakistani security forces"
            ]
        );
        assert_eq!(l.event_type, Some(EventType::Battles));
        assert_eq!(l.fatalities.map(|f| f.best), Some(12));
    }

    #[test]
    fn security_forces_are_the_state_of_the_places_named() {
        let l =
            run("Security forces killed six militants near Mir Ali on Sunday, the military said.");
        assert_eq!(l[0].actors, ["Pakistani security forces"]);
        let l = run("Security forces killed six militants in Khost on Sunday, officials said.");
        assert_eq!(
            l[0].actors,
            ["Afghan Taliban (Islamic Emirate of Afghanistan)"]
        );
        // Places in both countries: no guess.
        let l = run("Security forces clashed near Chaman and Spin Boldak on Sunday.");
        assert!(l[0].actors.is_empty(), "{l:?}");
    }

    #[test]
    fn urdu_lead_with_eastern_digits_and_month_name() {
        let l = run(
            "شمالی وزیرستان کے علاقے میر علی میں ۱۸ اکتوبر ۲۰۲۵ کو سکیورٹی فورسز کے قافلے پر حملے میں چار اہلکار ہلاک ہو گئے۔",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert_eq!(l[0].date, "2025-10-18");
        assert_eq!(l[0].places[1].name, "Mir Ali");
        assert_eq!(l[0].actors, ["Pakistani security forces"]);
    }

    #[test]
    fn dateline_place_is_not_the_event_place() {
        let l = run("QUETTA: A bomb exploded in Chaman on Sunday, police said.");
        assert_eq!(
            l[0].places
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>(),
            ["Chaman"]
        );
    }

    #[test]
    fn places_in_removed_noise_lines_are_never_leads() {
        let body = "Officials in the capital said the new budget would raise spending on schools and hospitals across the country. ";
        let text = format!(
            "{body}\n\nThe finance minister said the budget would also raise spending on roads.\n\n\
             Also read: Blast kills 9 in Quetta market\n\n{body}"
        );
        let l = run(&text);
        assert!(l.is_empty(), "{l:?}");
    }
}
