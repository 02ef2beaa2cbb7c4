//! Dates in news text, resolved against the publication date.
//!
//! Absolute ("18–19 October 2025", "October 18", "Oct. 18, 2025", "2025-10-18"), relative to the
//! publication date ("yesterday", "last Thursday", "on Sunday", "two days ago", "earlier this
//! month", "last week", "in May", "last year"). Each mention carries its precision. A date with no
//! year is placed in the publication year, or the year before when that would put it more than a
//! week after publication (reports describe the past).
//!
//! Urdu, Dari and Pashto text: digits in Arabic-Indic or Eastern Arabic-Indic script ("۱۸"),
//! Gregorian month names as those languages write them ("۱۸ اکتوبر ۲۰۲۵"), Solar Hijri months as
//! Afghan and Iranian media write them ("۲۶ میزان ۱۴۰۴", converted to the Gregorian date),
//! weekdays ("جمعرات کو", "پنجشنبه"), "yesterday"/"today" and last week/month/year.

use std::sync::OnceLock;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use regex::{Captures, Regex};

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// The day is known.
    Day,
    /// The week is known; the date is its Monday.
    Week,
    /// The month is known; the date is its first day.
    Month,
    /// The year is known; the date is 1 January.
    Year,
}

/// A date found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    /// First day of the mention (the start of a range, week, month or year).
    pub start: Date,
    /// Last day for a range of days ("18–19 October"); equal to `start` otherwise.
    pub end: Date,
    /// How precise it is.
    pub precision: Precision,
    /// Byte span of the mention in the text.
    pub span: (usize, usize),
}

const MONTH: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
const DAYNAME: &str = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUMWORD: &str =
    r"(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)";

fn month_num(s: &str) -> i8 {
    match &s[..3] {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        _ => 12,
    }
}

fn weekday(s: &str) -> Weekday {
    match &s[..3] {
        "Mon" => Weekday::Monday,
        "Tue" => Weekday::Tuesday,
        "Wed" => Weekday::Wednesday,
        "Thu" => Weekday::Thursday,
        "Fri" => Weekday::Friday,
        "Sat" => Weekday::Saturday,
        _ => Weekday::Sunday,
    }
}

/// The value of a run of decimal digits written in ASCII, Arabic-Indic (٠–٩) or Eastern
/// Arabic-Indic (۰–۹, as Urdu, Dari and Pashto write them).
fn digits(s: &str) -> Option<i64> {
    if s.is_empty() {
        return None;
    }
    let mut n: i64 = 0;
    for c in s.chars() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '\u{660}'..='\u{669}' => c as u32 - 0x660,
            '\u{6F0}'..='\u{6F9}' => c as u32 - 0x6F0,
            _ => return None,
        };
        n = n.checked_mul(10)?.checked_add(i64::from(d))?;
    }
    Some(n)
}

fn is_any_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{660}'..='\u{669}').contains(&c)
        || ('\u{6F0}'..='\u{6F9}').contains(&c)
}

/// Gregorian month names in Urdu, Dari and Pashto (and Iranian Persian), in the letter forms
/// `fold_arabic` produces, longest spelling of each month first. Index = month - 1.
const PA_MONTHS: [&[&str]; 12] = [
    &["جنوری", "ژانویه"],
    &["فروری", "فبروری", "فوریه"],
    &["مارچ", "مارس"],
    &["اپریل", "اپرېل", "آوریل"],
    &["مئی", "می", "مۍ", "مه"],
    &["جون", "ژوئن"],
    &["جولائی", "جولای", "ژوئیه"],
    &["اگست", "اګست", "اوت"],
    &["ستمبر", "سپتمبر", "سپټمبر", "سپتامبر"],
    &["اکتوبر", "اکتبر"],
    &["نومبر", "نوامبر"],
    &["دسمبر", "دسامبر"],
];

/// Solar Hijri month names: Afghan Dari, Pashto and Iranian forms. Index = month - 1.
const SOLAR_MONTHS: [&[&str]; 12] = [
    &["حمل", "وری", "فروردین"],
    &["ثور", "غویی", "اردیبهشت"],
    &["جوزا", "غبرګولی", "خرداد"],
    &["سرطان", "چنګاښ", "تیر"],
    &["اسد", "زمری", "مرداد"],
    &["سنبله", "وږی", "شهریور"],
    &["میزان", "تله", "مهر"],
    &["عقرب", "لړم", "آبان"],
    &["قوس", "لیندۍ", "آذر"],
    &["جدی", "مرغومی", "دی"],
    &["دلو", "سلواغه", "بهمن"],
    &["حوت", "کب", "اسفند"],
];

/// Weekday names, Monday first: Dari/Pashto forms (with and without a space or zero-width
/// non-joiner, and Pashto's oblique "-ې"), then Urdu forms, which are only taken before a
/// postposition ("جمعرات کو") because "پیر" and "ہفتہ" are also common words.
const PA_WEEKDAYS: [&[&str]; 7] = [
    &["دوشنبه", "دوشنبې"],
    &["سه‌شنبه", "سه شنبه", "سه‌شنبې", "سه شنبې"],
    &["چهارشنبه", "چهارشنبې"],
    &["پنجشنبه", "پنج‌شنبه", "پنجشنبې"],
    &["جمعه", "جمعې"],
    &["شنبه", "شنبې"],
    &["یکشنبه", "یک‌شنبه", "یکشنبې"],
];
const URDU_WEEKDAYS: [&str; 7] = ["پیر", "منگل", "بدھ", "جمعرات", "جمعه", "هفته", "اتوار"];

fn alternation(names: &[&[&str]]) -> String {
    let mut all: Vec<&str> = names.iter().flat_map(|n| n.iter().copied()).collect();
    // Longest first, so that "یکشنبه" is not read as "شنبه" and "سپتامبر" not cut short.
    all.sort_by_key(|n| std::cmp::Reverse(n.len()));
    format!("({})", all.join("|"))
}

fn index_of(names: &[&[&str]], found: &str) -> Option<usize> {
    names.iter().position(|n| n.contains(&found))
}

/// The Gregorian date of day `day` of Solar Hijri month `month` of year `year`, by the
/// arithmetic of the jalaali calendar algorithm (Borkowski's leap-year breaks), valid for
/// Solar Hijri years -61 to 3177.
fn solar_hijri_to_date(year: i64, month: i64, day: i64) -> Option<Date> {
    const BREAKS: [i64; 20] = [
        -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
        2394, 2456, 3178,
    ];
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || (month > 6 && day > 30) {
        return None;
    }
    if year < BREAKS[0] || year >= BREAKS[19] {
        return None;
    }
    let gy = year + 621;
    let mut leap_j: i64 = -14;
    let mut jp = BREAKS[0];
    let mut jump = 0;
    for &jm in &BREAKS[1..] {
        jump = jm - jp;
        if year < jm {
            break;
        }
        leap_j += jump / 33 * 8 + (jump % 33) / 4;
        jp = jm;
    }
    let n = year - jp;
    leap_j += n / 33 * 8 + ((n % 33) + 3) / 4;
    if jump % 33 == 4 && jump - n == 4 {
        leap_j += 1;
    }
    let leap_g = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
    // The Gregorian day in March on which the Solar Hijri year begins (Nowruz).
    let march = 20 + leap_j - leap_g;
    let nowruz = Date::new(i16::try_from(gy).ok()?, 3, i8::try_from(march).ok()?).ok()?;
    let offset = if month <= 6 {
        (month - 1) * 31
    } else {
        186 + (month - 7) * 30
    } + day
        - 1;
    nowruz.checked_add(offset.days()).ok()
}

/// The Solar Hijri year that contains `d`.
fn solar_year_of(d: Date) -> Option<i64> {
    let y = i64::from(d.year()) - 621;
    let nowruz = solar_hijri_to_date(y, 1, 1)?;
    Some(if d >= nowruz { y } else { y - 1 })
}

fn count(s: &str) -> i64 {
    match s.to_ascii_lowercase().as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" | "a few" | "several" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        d => digits(d).unwrap_or(1),
    }
}

#[derive(Clone, Copy)]
enum Form {
    DayRange,
    DayMonth,
    MonthDay,
    MonthYear,
    Iso,
    InMonth,
    InYear,
    Weekday,
    Deictic,
    Ago,
    RelPeriod,
    PaDayMonth,
    PaMonthYear,
    SolarDayMonth,
    SolarMonthYear,
    PaWeekday,
    PaDeictic,
    PaRelPeriod,
}

fn patterns() -> &'static [(Form, Regex)] {
    static P: OnceLock<Vec<(Form, Regex)>> = OnceLock::new();
    P.get_or_init(|| {
        let ord = r"(?:st|nd|rd|th)?";
        let r = |s: String| Regex::new(&s).expect("date patterns are valid");
        vec![
            (Form::DayRange, r(format!(r"\b(\d{{1,2}}){ord}\s*(?:–|—|-|to|and)\s*(\d{{1,2}}){ord}\s+(?:of\s+)?{MONTH}\.?(?:,?\s+(\d{{4}}))?\b"))),
            (Form::MonthDay, r(format!(r"\b{MONTH}\.?\s+(\d{{1,2}}){ord}(?:\s*(?:–|—|-)\s*(\d{{1,2}}){ord})?(?:,?\s+(\d{{4}}))?\b"))),
            (Form::DayMonth, r(format!(r"\b(\d{{1,2}}){ord}\s+(?:of\s+)?{MONTH}\.?(?:,?\s+(\d{{4}}))?\b"))),
            (Form::Iso, r(r"\b(\d{4})-(\d{2})-(\d{2})\b".into())),
            (Form::MonthYear, r(format!(r"\b{MONTH}\.?,?\s+(\d{{4}})\b"))),
            (Form::InMonth, r(format!(r"\b(?i:in|since|during|until|by|early|late|mid-?|last|this|earlier in|later in)\s+(?:(?i:early|late|mid-?)\s*)?{MONTH}\b"))),
            (Form::InYear, r(r"\b(?i:in|since|during|until|by|of|early|late|mid-?)\s+((?:19|20)\d{2})\b".into())),
            (Form::Weekday, r(format!(r"\b(?:((?i:last|this|next|past|on))\s+)?{DAYNAME}\b"))),
            (Form::Deictic, r(r"\b(?i:(yesterday|the day before yesterday|today|tonight|this morning|this afternoon|this evening|earlier today|last night|overnight))\b".into())),
            (Form::Ago, r(format!(r"\b(?i:{NUMWORD})\s+(?i:(days?|weeks?|months?|years?))\s+(?i:ago|earlier)\b"))),
            (Form::RelPeriod, r(r"\b(?i:(earlier this|later this|this|last|past|previous|next|early this|late last|early last|late this|earlier last))\s+(?i:(week|month|year))\b".into())),
            // Perso-Arabic script, matched on `fold_arabic` text. "۱۸ اکتوبر ۲۰۲۵", "۱۸ تا ۱۹ اکتوبر".
            (Form::PaDayMonth, r(format!(r"\b(\d{{1,2}})(?:\s*(?:-|–|تا|و|سے)\s*(\d{{1,2}}))?\s+{}(?:\s+(?:سال\s+)?(\d{{4}}))?\b", alternation(&PA_MONTHS)))),
            (Form::PaMonthYear, r(format!(r"\b{}\s+(\d{{4}})\b", alternation(&PA_MONTHS)))),
            (Form::SolarDayMonth, r(format!(r"\b(\d{{1,2}})(?:\s*(?:-|–|تا|و)\s*(\d{{1,2}}))?\s+{}(?:\s+(?:سال\s+)?(\d{{4}}))?\b", alternation(&SOLAR_MONTHS)))),
            (Form::SolarMonthYear, r(format!(r"\b{}\s+(?:سال\s+)?(\d{{4}})\b", alternation(&SOLAR_MONTHS)))),
            // Group 1: "last" (Urdu, Dari, Pashto); group 2: a Dari/Pashto weekday; group 3: an
            // Urdu weekday before its postposition.
            (Form::PaWeekday, r(format!(r"(?:\b(گزشته|گذشته|پچھلے|تېره|تیره)\s+)?(?:\b{}\b|\b({})\s+(?:کو|کے|کی)\b)", alternation(&PA_WEEKDAYS), URDU_WEEKDAYS.join("|")))),
            (Form::PaDeictic, r(r"\b(گزشته روز|گزشته رات|آج|دیروز|دیشب|امروز|پرون|نن)\b".into())),
            (Form::PaRelPeriod, r(r"\b(?:(گزشته|پچھلے|رواں|اس)\s+(هفتے|ماه|مهینے|سال)|(هفته|ماه|سال)\s*(?:\x{200c}?ی\s+|ٔ\s+|\s+)گذشته|(تېره|تیره)\s+(اونۍ|میاشت)|(تېر|تیر)\s+(کال)|(امسال|سږکال))\b".into())),
        ]
    })
}

/// Which forms could match `text` at all, from one cheap scan: most sentences name no date, and
/// running eleven Unicode regexes over each of them was a tenth of the time per article.
fn possible_forms(text: &str) -> [bool; 11] {
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    // Keyword groups: 0 month names, 1 weekday names, 2 deictic words, 3 "ago"/"earlier",
    // 4 "week"/"month"/"year".
    const KEYS: &[(&str, usize)] = &[
        ("jan", 0),
        ("feb", 0),
        ("mar", 0),
        ("apr", 0),
        ("may", 0),
        ("jun", 0),
        ("jul", 0),
        ("aug", 0),
        ("sep", 0),
        ("oct", 0),
        ("nov", 0),
        ("dec", 0),
        ("monday", 1),
        ("tuesday", 1),
        ("wednesday", 1),
        ("thursday", 1),
        ("friday", 1),
        ("saturday", 1),
        ("sunday", 1),
        ("yesterday", 2),
        ("today", 2),
        ("tonight", 2),
        ("this morning", 2),
        ("this afternoon", 2),
        ("this evening", 2),
        ("last night", 2),
        ("overnight", 2),
        ("ago", 3),
        ("earlier", 3),
        ("week", 4),
        ("month", 4),
        ("year", 4),
    ];
    let ac = AC.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(KEYS.iter().map(|k| k.0))
            .expect("date keywords build")
    });
    let mut has = [false; 5];
    for m in ac.find_overlapping_iter(text) {
        has[KEYS[m.pattern().as_usize()].1] = true;
    }
    let digit = text.chars().any(is_any_digit);
    let [month, dayname, deictic, ago, period] = has;
    // In the order of `patterns()`.
    [
        digit && month, // DayRange
        digit && month, // MonthDay
        digit && month, // DayMonth
        digit,          // Iso
        digit && month, // MonthYear
        month,          // InMonth
        digit,          // InYear
        dayname,        // Weekday
        deictic,        // Deictic
        ago,            // Ago
        period,         // RelPeriod
    ]
}

/// Finds every date mention in `text`, resolved against `published`, in text order.
pub fn find_dates(text: &str, published: Date) -> Vec<DateMention> {
    let mut found: Vec<DateMention> = Vec::new();
    let possible = possible_forms(text);
    // Perso-Arabic letter variants folded to one form; the folding keeps byte offsets.
    let arabic = text.chars().any(|c| ('\u{600}'..='\u{6FF}').contains(&c));
    let folded = if arabic {
        crate::gazetteer::fold_arabic(text)
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let forms = patterns()
        .iter()
        .zip(possible.into_iter().chain(std::iter::repeat(arabic)))
        .filter(|(_, p)| *p);
    for ((form, re), _) in forms {
        for c in re.captures_iter(folded.as_ref()) {
            let m = c.get(0).expect("group 0 always matches");
            if let Some((start, end, precision)) = resolve(*form, &c, published) {
                found.push(DateMention {
                    start,
                    end,
                    precision,
                    span: (m.start(), m.end()),
                });
            }
        }
    }
    // Longest mention wins where patterns overlap ("18–19 October 2025" over "19 October 2025").
    found.sort_by_key(|d| (d.span.0, std::cmp::Reverse(d.span.1)));
    let mut out: Vec<DateMention> = Vec::new();
    for d in found {
        if out.last().is_none_or(|p| d.span.0 >= p.span.1) {
            out.push(d);
        } else if let Some(p) = out.last_mut()
            && d.span.1 - d.span.0 > p.span.1 - p.span.0
        {
            *p = d;
        }
    }
    out
}

/// A day in a month with no year: this year, or last year when it would be a week past publication.
fn place_year(published: Date, month: i8, day: i8, year: Option<i16>) -> Option<Date> {
    if let Some(y) = year {
        return Date::new(y, month, day).ok();
    }
    let d = Date::new(published.year(), month, day).ok()?;
    if d > published.checked_add(7.days()).ok()? {
        Date::new(published.year() - 1, month, day).ok()
    } else {
        Some(d)
    }
}

fn month_start(published: Date, month: i8, year: Option<i16>) -> Option<Date> {
    let y = year.unwrap_or(if month > published.month() {
        published.year() - 1
    } else {
        published.year()
    });
    Date::new(y, month, 1).ok()
}

fn week_start(d: Date) -> Option<Date> {
    d.tomorrow().ok()?.nth_weekday(-1, Weekday::Monday).ok()
}

fn resolve(form: Form, c: &Captures<'_>, published: Date) -> Option<(Date, Date, Precision)> {
    let g = |i: usize| c.get(i).map(|m| m.as_str());
    let num = |i: usize| g(i).and_then(digits).and_then(|n| i16::try_from(n).ok());
    let day =
        (|d: Date| Some((d, d, Precision::Day))) as fn(Date) -> Option<(Date, Date, Precision)>;
    match form {
        Form::PaDayMonth => {
            let m = index_of(&PA_MONTHS, g(3)?)? as i8 + 1;
            let a = num(1)? as i8;
            match num(2) {
                Some(b) if (b as i8) > a => {
                    let end = place_year(published, m, b as i8, num(4))?;
                    Some((Date::new(end.year(), m, a).ok()?, end, Precision::Day))
                }
                _ => day(place_year(published, m, a, num(4))?),
            }
        }
        Form::PaMonthYear => {
            let d = Date::new(num(2)?, index_of(&PA_MONTHS, g(1)?)? as i8 + 1, 1).ok()?;
            Some((d, d.last_of_month(), Precision::Month))
        }
        Form::SolarDayMonth => {
            let m = index_of(&SOLAR_MONTHS, g(3)?)? as i64 + 1;
            let a = i64::from(num(1)?);
            let b = num(2).map(i64::from).filter(|&b| b > a);
            let last = b.unwrap_or(a);
            // With no year: the latest such day not more than a week after publication.
            let end = match num(4) {
                Some(y) => solar_hijri_to_date(i64::from(y), m, last)?,
                None => {
                    let y = solar_year_of(published)?;
                    let d = solar_hijri_to_date(y, m, last)?;
                    if d > published.checked_add(7.days()).ok()? {
                        solar_hijri_to_date(y - 1, m, last)?
                    } else {
                        d
                    }
                }
            };
            let start = end.checked_sub((last - a).days()).ok()?;
            Some((start, end, Precision::Day))
        }
        Form::SolarMonthYear => {
            let m = index_of(&SOLAR_MONTHS, g(1)?)? as i64 + 1;
            let y = i64::from(num(2)?);
            let start = solar_hijri_to_date(y, m, 1)?;
            let end = if m == 12 {
                solar_hijri_to_date(y + 1, 1, 1)?.yesterday().ok()?
            } else {
                solar_hijri_to_date(y, m + 1, 1)?.yesterday().ok()?
            };
            // A Solar Hijri month straddles two Gregorian months; its precision is a month.
            Some((start, end, Precision::Month))
        }
        Form::PaWeekday => {
            let i = match g(2) {
                Some(w) => index_of(&PA_WEEKDAYS, w)?,
                None => URDU_WEEKDAYS.iter().position(|w| Some(*w) == g(3))?,
            };
            let wd = [
                Weekday::Monday,
                Weekday::Tuesday,
                Weekday::Wednesday,
                Weekday::Thursday,
                Weekday::Friday,
                Weekday::Saturday,
                Weekday::Sunday,
            ][i];
            let d = if g(1).is_some() {
                published.nth_weekday(-1, wd).ok()?
            } else {
                published.tomorrow().ok()?.nth_weekday(-1, wd).ok()?
            };
            day(d)
        }
        Form::PaDeictic => {
            let d = match g(1)? {
                "گزشته روز" | "گزشته رات" | "دیروز" | "دیشب" | "پرون" => {
                    published.yesterday().ok()?
                }
                _ => published,
            };
            day(d)
        }
        Form::PaRelPeriod => {
            let m = c.get(0)?.as_str();
            let last = ["گزشته", "پچھلے", "گذشته", "تېره", "تیره", "تېر", "تیر"]
                .iter()
                .any(|w| m.contains(w));
            let offset: i64 = if last { -1 } else { 0 };
            if ["هفتے", "هفته", "اونۍ"].iter().any(|w| m.contains(w)) {
                let d = week_start(published.checked_add((offset * 7).days()).ok()?)?;
                Some((d, d.checked_add(6.days()).ok()?, Precision::Week))
            } else if ["ماه", "مهینے", "میاشت"].iter().any(|w| m.contains(w)) {
                let d = published
                    .first_of_month()
                    .checked_add(offset.months())
                    .ok()?;
                Some((d, d.last_of_month(), Precision::Month))
            } else {
                let y = published.year() + offset as i16;
                Some((
                    Date::new(y, 1, 1).ok()?,
                    Date::new(y, 12, 31).ok()?,
                    Precision::Year,
                ))
            }
        }
        Form::DayRange => {
            let m = month_num(g(3)?);
            let (a, b) = (num(1)? as i8, num(2)? as i8);
            if a >= b {
                return None;
            }
            let end = place_year(published, m, b, num(4))?;
            let start = Date::new(end.year(), m, a).ok()?;
            Some((start, end, Precision::Day))
        }
        Form::MonthDay => {
            let m = month_num(g(1)?);
            let a = num(2)? as i8;
            match num(3) {
                Some(b) if (b as i8) > a => {
                    let end = place_year(published, m, b as i8, num(4))?;
                    Some((Date::new(end.year(), m, a).ok()?, end, Precision::Day))
                }
                _ => day(place_year(published, m, a, num(4))?),
            }
        }
        Form::DayMonth => day(place_year(
            published,
            month_num(g(2)?),
            num(1)? as i8,
            num(3),
        )?),
        Form::Iso => day(Date::new(num(1)?, num(2)? as i8, num(3)? as i8).ok()?),
        Form::MonthYear => {
            let d = Date::new(num(2)?, month_num(g(1)?), 1).ok()?;
            Some((d, d.last_of_month(), Precision::Month))
        }
        Form::InMonth => {
            let m = month_num(g(1)?);
            // "May" is also a verb; "in May" is a date, a bare "may" never reaches here (case).
            let mut d = month_start(published, m, None)?;
            let lead = c.get(0)?.as_str().to_ascii_lowercase();
            if lead.starts_with("last") && d.year() == published.year() && m >= published.month() {
                d = Date::new(published.year() - 1, m, 1).ok()?;
            }
            Some((d, d.last_of_month(), Precision::Month))
        }
        Form::InYear => {
            let y = num(1)?;
            let d = Date::new(y, 1, 1).ok()?;
            Some((d, Date::new(y, 12, 31).ok()?, Precision::Year))
        }
        Form::Weekday => {
            let wd = weekday(g(2)?);
            let which = g(1).map(str::to_ascii_lowercase);
            let d = match which.as_deref() {
                // "last Thursday": the one before publication day.
                Some("last") | Some("past") => published.nth_weekday(-1, wd).ok()?,
                Some("next") => published.nth_weekday(1, wd).ok()?,
                // "this Thursday" / "on Thursday" / "Thursday": the latest one on or before publication.
                _ => published.tomorrow().ok()?.nth_weekday(-1, wd).ok()?,
            };
            day(d)
        }
        Form::Deictic => {
            let w = g(1)?.to_ascii_lowercase();
            let d = match w.as_str() {
                "yesterday" | "last night" | "overnight" => published.yesterday().ok()?,
                "the day before yesterday" => published.checked_sub(2.days()).ok()?,
                _ => published,
            };
            day(d)
        }
        Form::Ago => {
            let n = count(g(1)?);
            let unit = g(2)?.to_ascii_lowercase();
            if unit.starts_with("day") {
                day(published.checked_sub(n.days()).ok()?)
            } else if unit.starts_with("week") {
                let d = week_start(published.checked_sub(n.weeks()).ok()?)?;
                Some((d, d.checked_add(6.days()).ok()?, Precision::Week))
            } else if unit.starts_with("month") {
                let d = published.checked_sub(n.months()).ok()?.first_of_month();
                Some((d, d.last_of_month(), Precision::Month))
            } else {
                let y = published.year() - n as i16;
                Some((
                    Date::new(y, 1, 1).ok()?,
                    Date::new(y, 12, 31).ok()?,
                    Precision::Year,
                ))
            }
        }
        Form::RelPeriod => {
            let which = g(1)?.to_ascii_lowercase();
            let unit = g(2)?.to_ascii_lowercase();
            let offset: i64 = if which.contains("last") || which == "past" || which == "previous" {
                -1
            } else if which == "next" {
                1
            } else {
                0
            };
            match unit.as_str() {
                "week" => {
                    let d = week_start(published.checked_add((offset * 7).days()).ok()?)?;
                    Some((d, d.checked_add(6.days()).ok()?, Precision::Week))
                }
                "month" => {
                    let d = published
                        .first_of_month()
                        .checked_add(offset.months())
                        .ok()?;
                    Some((d, d.last_of_month(), Precision::Month))
                }
                _ => {
                    let y = published.year() + offset as i16;
                    Some((
                        Date::new(y, 1, 1).ok()?,
                        Date::new(y, 12, 31).ok()?,
                        Precision::Year,
                    ))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// Thursday 23 October 2025 ... publication on Monday 3 November 2025.
    const PUB: Date = date(2025, 11, 3);

    fn one(text: &str) -> (String, String, Precision) {
        let d = find_dates(text, PUB);
        assert_eq!(d.len(), 1, "{text}: {d:?}");
        (d[0].start.to_string(), d[0].end.to_string(), d[0].precision)
    }

    fn check(text: &str, start: &str, end: &str, p: Precision) {
        assert_eq!(one(text), (start.to_string(), end.to_string(), p), "{text}");
    }

    #[test]
    fn absolute_forms() {
        check(
            "talks in Doha on 18–19 October 2025 ended",
            "2025-10-18",
            "2025-10-19",
            Precision::Day,
        );
        check(
            "on 18-19 October",
            "2025-10-18",
            "2025-10-19",
            Precision::Day,
        );
        check(
            "from 27 to 28 October",
            "2025-10-27",
            "2025-10-28",
            Precision::Day,
        );
        check(
            "on October 12, 2024,",
            "2024-10-12",
            "2024-10-12",
            Precision::Day,
        );
        check("on Oct. 27", "2025-10-27", "2025-10-27", Precision::Day);
        check(
            "on 27th October",
            "2025-10-27",
            "2025-10-27",
            Precision::Day,
        );
        check(
            "dated 2025-10-09",
            "2025-10-09",
            "2025-10-09",
            Precision::Day,
        );
        check(
            "in October 2024",
            "2024-10-01",
            "2024-10-31",
            Precision::Month,
        );
        check("since 2021", "2021-01-01", "2021-12-31", Precision::Year);
    }

    #[test]
    fn day_without_year_is_never_far_in_the_future() {
        // 20 December with publication in November is last December.
        check("on 20 December", "2024-12-20", "2024-12-20", Precision::Day);
    }

    #[test]
    fn relative_forms() {
        check(
            "said on Thursday",
            "2025-10-30",
            "2025-10-30",
            Precision::Day,
        );
        check("last Thursday", "2025-10-30", "2025-10-30", Precision::Day);
        check("on Monday", "2025-11-03", "2025-11-03", Precision::Day);
        check("last Monday", "2025-10-27", "2025-10-27", Precision::Day);
        check("yesterday", "2025-11-02", "2025-11-02", Precision::Day);
        check(
            "late last night",
            "2025-11-02",
            "2025-11-02",
            Precision::Day,
        );
        check("three days ago", "2025-10-31", "2025-10-31", Precision::Day);
        check("two weeks ago", "2025-10-20", "2025-10-26", Precision::Week);
        check(
            "earlier this month",
            "2025-11-01",
            "2025-11-30",
            Precision::Month,
        );
        check("last month", "2025-10-01", "2025-10-31", Precision::Month);
        check("last week", "2025-10-27", "2025-11-02", Precision::Week);
        check(
            "earlier this week",
            "2025-11-03",
            "2025-11-09",
            Precision::Week,
        );
        check(
            "earlier this year",
            "2025-01-01",
            "2025-12-31",
            Precision::Year,
        );
        check("last year", "2024-01-01", "2024-12-31", Precision::Year);
        check("in May", "2025-05-01", "2025-05-31", Precision::Month);
        check("in December", "2024-12-01", "2024-12-31", Precision::Month);
        check(
            "last November",
            "2024-11-01",
            "2024-11-30",
            Precision::Month,
        );
    }

    #[test]
    fn eastern_arabic_indic_digits_are_numbers() {
        assert_eq!(digits("۱۸"), Some(18));
        assert_eq!(digits("١٩"), Some(19));
        assert_eq!(digits("2025"), Some(2025));
        assert_eq!(digits("۲۰۲۵"), Some(2025));
        assert_eq!(digits("1x"), None);
        check("on ۱۸ October", "2025-10-18", "2025-10-18", Precision::Day);
    }

    #[test]
    fn urdu_dari_pashto_gregorian_months() {
        // Urdu, with Eastern Arabic-Indic digits and a year.
        check(
            "میر علی میں ۱۸ اکتوبر ۲۰۲۵ کو حملہ",
            "2025-10-18",
            "2025-10-18",
            Precision::Day,
        );
        // Dari, no year: this year.
        check(
            "شب ۱۱ اکتوبر در ولایت کنر",
            "2025-10-11",
            "2025-10-11",
            Precision::Day,
        );
        // A range.
        check(
            "۱۸ تا ۱۹ اکتوبر",
            "2025-10-18",
            "2025-10-19",
            Precision::Day,
        );
        // Pashto spelling, ASCII digits.
        check(
            "د 5 سپټمبر په ورځ",
            "2025-09-05",
            "2025-09-05",
            Precision::Day,
        );
        // Month and year.
        check(
            "اکتوبر ۲۰۲۴ میں",
            "2024-10-01",
            "2024-10-31",
            Precision::Month,
        );
        // Arabic letter forms (here ي) fold to the Persian ones.
        check("۵ جنوري", "2025-01-05", "2025-01-05", Precision::Day);
    }

    #[test]
    fn solar_hijri_conversion_matches_known_new_years() {
        for (y, want) in [
            (1399, "2020-03-20"),
            (1402, "2023-03-21"),
            (1403, "2024-03-20"),
            (1404, "2025-03-21"),
        ] {
            assert_eq!(
                solar_hijri_to_date(y, 1, 1).map(|d| d.to_string()),
                Some(want.to_string()),
                "{y}"
            );
        }
        // Mizan (month 7) follows six months of 31 days.
        assert_eq!(
            solar_hijri_to_date(1404, 7, 26).map(|d| d.to_string()),
            Some("2025-10-18".to_string())
        );
        assert_eq!(solar_hijri_to_date(1404, 7, 31), None);
        assert_eq!(solar_year_of(date(2025, 3, 20)), Some(1403));
        assert_eq!(solar_year_of(date(2025, 3, 21)), Some(1404));
    }

    #[test]
    fn solar_hijri_dates() {
        // Afghan Dari month name, with the year.
        check(
            "در ۲۶ میزان ۱۴۰۴",
            "2025-10-18",
            "2025-10-18",
            Precision::Day,
        );
        // Without the year: the Solar year of publication.
        check("۲۶ میزان", "2025-10-18", "2025-10-18", Precision::Day);
        // Iranian month name, Pashto month name.
        check("۲۶ مهر ۱۴۰۴", "2025-10-18", "2025-10-18", Precision::Day);
        check("۲۶ تله ۱۴۰۴", "2025-10-18", "2025-10-18", Precision::Day);
        // A month: Mizan 1404 runs from 23 September to 22 October.
        check("میزان ۱۴۰۴", "2025-09-23", "2025-10-22", Precision::Month);
    }

    #[test]
    fn perso_arabic_weekdays() {
        // Publication is Monday 3 November 2025.
        check("روز پنجشنبه", "2025-10-30", "2025-10-30", Precision::Day);
        check("د جمعې په ورځ", "2025-10-31", "2025-10-31", Precision::Day);
        check("جمعرات کو", "2025-10-30", "2025-10-30", Precision::Day);
        check("گزشتہ پیر کو", "2025-10-27", "2025-10-27", Precision::Day);
        check("پیر کو", "2025-11-03", "2025-11-03", Precision::Day);
        // "یکشنبه" (Sunday) is not read as "شنبه" (Saturday).
        check("یکشنبه", "2025-11-02", "2025-11-02", Precision::Day);
        // Urdu weekday names that are also ordinary words need their postposition.
        assert!(find_dates("پیر صاحب نے کہا", PUB).is_empty());
    }

    #[test]
    fn perso_arabic_relative_forms() {
        check("گزشتہ روز", "2025-11-02", "2025-11-02", Precision::Day);
        check("دیروز", "2025-11-02", "2025-11-02", Precision::Day);
        check("پرون ماښام", "2025-11-02", "2025-11-02", Precision::Day);
        check("امروز", "2025-11-03", "2025-11-03", Precision::Day);
        check("گزشتہ ہفتے", "2025-10-27", "2025-11-02", Precision::Week);
        check("ماه گذشته", "2025-10-01", "2025-10-31", Precision::Month);
        check("تېر کال", "2024-01-01", "2024-12-31", Precision::Year);
    }

    #[test]
    fn may_the_verb_is_not_a_date() {
        assert!(find_dates("Talks may resume, officials may say.", PUB).is_empty());
    }
}
