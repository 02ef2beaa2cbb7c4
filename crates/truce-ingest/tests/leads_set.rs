//! The hand-labelled leads set (testdata/intake/leads.json) must keep its recall: every place,
//! actor and date labelled in a sentence that reports an event is found in some lead.

use truce_ingest::{clean, extract, leads};

#[derive(serde::Deserialize)]
struct Case {
    published: String,
    text: String,
    places: Vec<String>,
    actors: Vec<String>,
    dates: Vec<String>,
}

#[test]
fn leads_set_recall_is_at_least_095() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/intake/leads.json"
    );
    let cases: Vec<Case> = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let (mut total, mut found, mut missed) = (0, 0, Vec::new());
    for c in &cases {
        let (a, _) = extract(c.text.as_bytes());
        let (cl, _) = clean(&a);
        let l = leads(&cl, c.published.parse().unwrap());
        let checks = c
            .places
            .iter()
            .map(|p| (p, l.iter().any(|x| x.places.iter().any(|y| &y.name == p))))
            .chain(
                c.actors
                    .iter()
                    .map(|a| (a, l.iter().any(|x| x.actors.contains(a)))),
            )
            .chain(c.dates.iter().map(|d| (d, l.iter().any(|x| &x.date == d))));
        for (what, ok) in checks {
            total += 1;
            if ok {
                found += 1;
            } else {
                missed.push(what.clone());
            }
        }
    }
    assert!(total >= 60, "the set shrank to {total} labels");
    assert!(
        found as f64 >= 0.95 * total as f64,
        "recall {found}/{total}; missed {missed:?}"
    );
}
