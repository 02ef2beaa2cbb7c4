//! `truce intake`: news articles in, clean text, leads and folded near-duplicates out.
//!
//! Reading files and the terminal happens here; everything else is `truce-ingest`, which is pure.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use truce_ingest::dedup::{cluster, signature};
use truce_ingest::noise::remove_recurring;
use truce_ingest::{Warning, clean, extract, leads};

use crate::cli::{Global, IntakeCommand};
use crate::failure::{CliResult, Failure};
use crate::progress;

/// Near-duplicate threshold (estimated Jaccard of 5-word shingles); syndicated copies with a
/// different headline, byline or last paragraph still score well above it.
const FOLD_THRESHOLD: f64 = 0.6;

/// A short line found in this many different stories of one `intake run` is the site's furniture.
const RECURRING_STORIES: usize = 3;

pub(crate) fn run(g: &Global, c: IntakeCommand) -> CliResult<()> {
    match c {
        IntakeCommand::Clean {
            file,
            show_removed,
            format,
        } => {
            if !matches!(format.as_str(), "text" | "json") {
                return Err(Failure::new(format!("unknown --format {format:?}"))
                    .help("use --format text (the default) or --format json"));
            }
            let (bytes, name) = read_input(&file)?;
            let (article, mut warnings) = extract(&bytes);
            let (cleaned, w) = clean(&article);
            warnings.extend(w);
            report(&name, &warnings);
            let paragraphs = article.blocks.iter().zip(&cleaned.verdicts);
            if format == "json" {
                let out = CleanedJson {
                    title: cleaned.title.as_deref(),
                    paragraphs: paragraphs
                        .map(|(b, v)| ParagraphJson {
                            text: &b.text,
                            removed: v.map(|k| k.name()),
                        })
                        .collect(),
                };
                print_json(&out)?;
            } else {
                for (b, v) in paragraphs {
                    match v {
                        None => println!("{}", b.text),
                        Some(k) if show_removed => println!("[removed {}] {}", k.name(), b.text),
                        Some(_) => {}
                    }
                }
            }
        }
        IntakeCommand::Leads {
            file,
            published,
            format,
        } => {
            let published = parse_published(&published)?;
            let (bytes, name) = read_input(&file)?;
            let (article, mut warnings) = extract(&bytes);
            let (cleaned, w) = clean(&article);
            warnings.extend(w);
            report(&name, &warnings);
            let found = leads(&cleaned, published);
            print_leads(&found, &format)?;
        }
        IntakeCommand::Run {
            paths,
            published,
            format,
            key,
        } => {
            let published = parse_published(&published)?;
            let files = collect_files(&paths)?;
            if files.is_empty() {
                return Err(Failure::new("no article files found")
                    .help("pass a folder of .html/.htm/.txt files, or the files themselves"));
            }
            let stories = run_many(&files, published, key.is_none().then_some(format.as_str()))?;
            if let Some(key) = key {
                append_leads(g, &key, &stories)?;
            }
        }
    }
    Ok(())
}

fn parse_published(s: &str) -> CliResult<Date> {
    s.parse::<Date>().map_err(|e| {
        Failure::new(format!("--published {s:?} is not a date: {e}"))
            .help("give the article's publication date as YYYY-MM-DD, e.g. --published 2025-11-03")
    })
}

fn read_input(file: &Path) -> CliResult<(Vec<u8>, String)> {
    if file == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| {
            Failure::new(format!("could not read standard input: {e}"))
                .help("pipe the article in, or pass its file name")
        })?;
        return Ok((buf, "standard input".into()));
    }
    let bytes = std::fs::read(file).map_err(|e| {
        Failure::new(format!("could not read {}: {e}", file.display()))
            .help("check the path; use '-' to read the article from standard input")
    })?;
    Ok((bytes, file.display().to_string()))
}

/// Warnings go to standard error so the text or JSON on standard output stays clean.
fn report(name: &str, warnings: &[Warning]) {
    for w in warnings {
        eprintln!("warning: {name}: {w}");
    }
}

/// `intake clean --format json`: the title and every extracted paragraph in order.
#[derive(serde::Serialize)]
struct CleanedJson<'a> {
    title: Option<&'a str>,
    paragraphs: Vec<ParagraphJson<'a>>,
}

#[derive(serde::Serialize)]
struct ParagraphJson<'a> {
    text: &'a str,
    /// Why the noise pass removed it; null when it is kept.
    removed: Option<&'static str>,
}

fn print_leads<T: serde::Serialize>(value: &T, format: &str) -> CliResult<()> {
    match format {
        "json" => print_json(value),
        other => Err(Failure::new(format!("unknown --format {other:?}")).help("use --format json")),
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> CliResult<()> {
    let s = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::new(format!("could not write JSON: {e}")))?;
    println!("{s}");
    Ok(())
}

fn collect_files(paths: &[PathBuf]) -> CliResult<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let entries = std::fs::read_dir(p).map_err(|e| {
                Failure::new(format!("could not list {}: {e}", p.display()))
                    .help("check the folder exists and is readable")
            })?;
            let mut files: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    f.is_file()
                        && f.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                            matches!(
                                x.to_ascii_lowercase().as_str(),
                                "html" | "htm" | "txt" | "text"
                            )
                        })
                })
                .collect();
            files.sort();
            out.extend(files);
        } else if p.is_file() {
            out.push(p.clone());
        } else {
            return Err(
                Failure::new(format!("{} is neither a file nor a folder", p.display()))
                    .help("check the path"),
            );
        }
    }
    Ok(out)
}

#[derive(serde::Serialize)]
struct Story {
    /// How many files carry this story.
    count: usize,
    /// Every file that carries it, first one first.
    sources: Vec<String>,
    leads: Vec<truce_ingest::Lead>,
}

/// Reads, cleans and folds the articles; prints the stories when `format` is given.
fn run_many(files: &[PathBuf], published: Date, format: Option<&str>) -> CliResult<Vec<Story>> {
    let bar = progress::bar("reading articles");
    bar.set_length(files.len() as u64);
    let mut all_cleaned = Vec::with_capacity(files.len());
    for f in files {
        let (bytes, name) = read_input(f)?;
        let (article, mut warnings) = extract(&bytes);
        let (cleaned, w) = clean(&article);
        warnings.extend(w);
        bar.suspend(|| report(&name, &warnings));
        all_cleaned.push(cleaned);
        bar.inc(1);
    }
    bar.finish_and_clear();
    let fold = |all: &[truce_ingest::Cleaned]| {
        let sigs: Vec<_> = all
            .iter()
            .map(|c| {
                let text: Vec<&str> = c.kept.iter().map(|b| b.text.as_str()).collect();
                signature(&text.join("\n"))
            })
            .collect();
        cluster(&sigs, FOLD_THRESHOLD)
    };
    let clusters = fold(&all_cleaned);
    // Lines the site prints under several different stories are its furniture: removed before
    // any lead is read, so a place named only in them is never a lead.
    let mut story_of = vec![0; files.len()];
    for (s, members) in clusters.iter().enumerate() {
        for &i in members {
            story_of[i] = s;
        }
    }
    let recurring = remove_recurring(&mut all_cleaned, &story_of, RECURRING_STORIES);
    if recurring > 0 {
        eprintln!(
            "removed {recurring} line(s) that recur in {RECURRING_STORIES} or more different \
             stories of this batch (the site's own furniture)"
        );
    }
    // Folded again without the furniture, which made different stories look alike.
    let clusters = if recurring > 0 {
        fold(&all_cleaned)
    } else {
        clusters
    };
    let all_leads: Vec<_> = all_cleaned.iter().map(|c| leads(c, published)).collect();
    let stories: Vec<Story> = clusters
        .into_iter()
        .map(|members| Story {
            count: members.len(),
            sources: members
                .iter()
                .map(|&i| files[i].display().to_string())
                .collect(),
            // The first copy's leads stand for the story; the others are the same sentences.
            leads: all_leads[members[0]].clone(),
        })
        .collect();
    let Some(format) = format else {
        return Ok(stories);
    };
    if std::io::stdout().is_terminal() && format != "json" {
        for s in &stories {
            println!("{} source(s): {}", s.count, s.sources.join(", "));
            for l in &s.leads {
                println!("  {} [{:?}] {}", l.date, l.date_precision, l.sentence);
            }
        }
    } else {
        print_leads(&stories, "json")?;
    }
    Ok(stories)
}

/// The body of an `intake.lead` record. Records carry no fractional numbers, so coordinates are
/// decimal strings, as in incident reports.
fn lead_body(lead: &truce_ingest::Lead, story: &Story) -> serde_json::Value {
    let places: Vec<serde_json::Value> = lead
        .places
        .iter()
        .map(|p| {
            serde_json::json!({
                "name": p.name,
                "admin1": p.admin1,
                "country": p.country,
                "latitude": format!("{:.4}", p.lat),
                "longitude": format!("{:.4}", p.lon),
            })
        })
        .collect();
    let mut body = serde_json::json!({
        "sentence": lead.sentence,
        "date": lead.date,
        "date_precision": lead.date_precision,
        "places": places,
        "actors": lead.actors,
        "event_type": lead.event_type,
        "sources": story.sources,
        "source_count": story.count,
        "status": "unverified lead",
    });
    if let Some(end) = &lead.date_end {
        body["date_end"] = serde_json::json!(end);
    }
    if let Some(f) = &lead.fatalities {
        body["fatalities"] = serde_json::json!({"low": f.low, "best": f.best, "high": f.high});
    }
    body
}

/// Appends every lead of every story as an `intake.lead` record, all or none.
fn append_leads(g: &Global, key: &Path, stories: &[Story]) -> CliResult<()> {
    let signer = crate::keys::read_private(key)?;
    let kind = truce_core::kinds::Kind::parse("intake.lead").expect("known kind");
    let now = jiff::Timestamp::now();
    let mut entries = Vec::new();
    for story in stories {
        for lead in &story.leads {
            let body = lead_body(lead, story).to_string();
            entries.push(crate::commands::build_entry(
                &signer, kind, &body, now, "a lead",
            )?);
        }
    }
    if entries.is_empty() {
        eprintln!("no leads found; nothing was appended");
        return Ok(());
    }
    crate::commands::append_entries(g, &entries, true, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `intake run` writes passes the engine's `intake.lead` schema, with every optional
    /// field present or absent (the e2e test only sees what its articles happen to yield).
    #[test]
    fn lead_bodies_pass_the_engine_schema() {
        let place = truce_ingest::leads::LeadPlace {
            name: "Torkham".into(),
            admin1: "Khyber Pakhtunkhwa".into(),
            country: "PK".into(),
            lat: 34.1,
            lon: -71.09,
        };
        let full = truce_ingest::Lead {
            date: "2025-11-01".into(),
            date_end: Some("2025-11-02".into()),
            date_precision: truce_ingest::leads::LeadPrecision::Day,
            places: vec![place],
            actors: vec!["TTP".into()],
            event_type: Some(truce_ingest::events::EventType::Battles),
            fatalities: Some(truce_ingest::casualties::Fatalities {
                low: 2,
                best: 3,
                high: None,
            }),
            sentence: "Illustrative: a clash was reported near Torkham.".into(),
        };
        let bare = truce_ingest::Lead {
            date_end: None,
            places: Vec::new(),
            actors: Vec::new(),
            event_type: None,
            fatalities: None,
            date_precision: truce_ingest::leads::LeadPrecision::Publication,
            ..full.clone()
        };
        let story = Story {
            count: 2,
            sources: vec!["a.html".into(), "b.html".into()],
            leads: Vec::new(),
        };
        for lead in [full, bare] {
            let body = lead_body(&lead, &story);
            let map = body.as_object().expect("an object");
            let parsed: truce_engine::bodies::Lead =
                truce_engine::bodies::parse("intake.lead", map).expect("the schema reads it");
            parsed.check().expect("the checks pass");
        }
    }
}
