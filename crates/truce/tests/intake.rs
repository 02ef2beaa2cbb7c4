//! End-to-end tests of `truce intake`, driving the real binary.

use assert_cmd::Command;
use serde_json::Value;

const ARTICLE_HTML: &str = r#"<!doctype html><html><head><title>Seven police killed in attack on Dera Ismail Khan station</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Seven police killed in attack on Dera Ismail Khan station</h1>
<p>PESHAWAR: At least seven policemen were killed when militants attacked a police station in Dera Ismail Khan last Thursday, officials said, in the deadliest attack on the district's police this year.</p>
<p>The banned Tehreek-e-Taliban Pakistan claimed responsibility for the attack on the police station in a statement sent to journalists in Peshawar on Friday.</p>
<p><a href="/quetta-blast">Find out more about the blast in Quetta</a></p>
<p>Police officials said the attackers used the cover of darkness to approach the police station from the fields behind it, and the gunfight with police lasted more than two hours.</p>
<p>Scroll to Top</p>
<p>Officials said reinforcements reached the police station after the attack and the area around the station was cordoned off by police and the Frontier Corps.</p>
<p>Leave a Reply</p>
</article><footer>Copyright 2025 Example News</footer></body></html>"#;

fn truce() -> Command {
    Command::cargo_bin("truce").expect("the truce binary is built")
}

/// `truce intake clean - ARGS` on the test article: its stdout, after checking it succeeded.
fn clean_stdout(args: &[&str]) -> String {
    let out = truce()
        .args(["intake", "clean", "-"])
        .args(args)
        .write_stdin(ARTICLE_HTML)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn clean_removes_noise_lines_from_html() {
    let text = clean_stdout(&[]);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("PESHAWAR: At least seven policemen")),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("The banned Tehreek-e-Taliban Pakistan")),
        "{text}"
    );
    for noise in [
        "Find out more",
        "Scroll to Top",
        "Leave a Reply",
        "Copyright",
        "Home",
    ] {
        assert!(!text.contains(noise), "{noise} left in:\n{text}");
    }
}

#[test]
fn clean_shows_what_it_removed_in_place_and_as_json() {
    let text = clean_stdout(&["--show-removed"]);
    let lines: Vec<&str> = text.lines().collect();
    // In place: the cut lines sit between the paragraphs they were found between.
    let at = |prefix: &str| {
        lines
            .iter()
            .position(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no line starting {prefix:?} in:\n{text}"))
    };
    let scroll = at("[removed navigation] Scroll to Top");
    assert!(at("Police officials said") < scroll && scroll < at("Officials said reinforcements"));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("[removed ") && l.ends_with("Leave a Reply"))
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("[removed ") && l.contains("Find out more"))
    );
    assert!(
        !lines
            .iter()
            .any(|l| l.starts_with("[removed ") && l.contains("PESHAWAR"))
    );

    let v: Value = serde_json::from_str(&clean_stdout(&["--format", "json"])).unwrap();
    assert_eq!(
        v["title"],
        "Seven police killed in attack on Dera Ismail Khan station"
    );
    let paras = v["paragraphs"].as_array().expect("paragraphs");
    let kept: Vec<&str> = paras
        .iter()
        .filter(|p| p["removed"].is_null())
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    let removed: Vec<(&str, &str)> = paras
        .iter()
        .filter_map(|p| Some((p["text"].as_str()?, p["removed"].as_str()?)))
        .collect();
    // The kept paragraphs are exactly what plain `intake clean` prints.
    let plain = clean_stdout(&[]);
    assert_eq!(kept, plain.lines().collect::<Vec<_>>());
    assert!(
        removed.contains(&("Scroll to Top", "navigation")),
        "{removed:?}"
    );
    assert!(
        removed.iter().any(|(t, _)| *t == "Leave a Reply"),
        "{removed:?}"
    );
}

#[test]
fn clean_refuses_an_unknown_format_and_prints_nothing() {
    let out = truce()
        .args(["intake", "clean", "-", "--format", "xml"])
        .write_stdin(ARTICLE_HTML)
        .assert()
        .failure();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("unknown --format \"xml\""), "{err}");
    assert!(err.contains("--format json"), "{err}");
    assert!(out.get_output().stdout.is_empty());
}

#[test]
fn leads_as_json_from_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("article.html");
    std::fs::write(&file, ARTICLE_HTML).unwrap();
    let out = truce()
        .args(["intake", "leads"])
        .arg(&file)
        .args(["--published", "2025-11-03", "--format", "json"])
        .assert()
        .success();
    let leads: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let leads = leads.as_array().expect("a JSON array");
    let first = &leads[0];
    assert_eq!(first["date"], "2025-10-30");
    assert_eq!(first["date_precision"], "day");
    assert_eq!(first["places"][0]["name"], "Dera Ismail Khan");
    assert_eq!(first["places"][0]["admin1"], "Khyber Pakhtunkhwa");
    assert_eq!(first["places"][0]["country"], "PK");
    assert!(
        first["places"][0]["lat"]
            .as_f64()
            .is_some_and(|l| (31.0..32.5).contains(&l))
    );
    assert_eq!(first["fatalities"]["best"], 7);
    assert!(leads.iter().any(|l| {
        l["actors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "Tehreek-e-Taliban Pakistan (TTP)")
    }));
    // Quetta is named only in the removed teaser line, so no lead may name it.
    assert!(!String::from_utf8_lossy(&out.get_output().stdout).contains("Quetta"));
}

#[test]
fn leads_refuses_a_bad_publication_date_with_a_hint() {
    truce()
        .args(["intake", "leads", "-", "--published", "3 Nov 2025"])
        .write_stdin("text")
        .assert()
        .failure()
        .stderr(predicates::str::contains("YYYY-MM-DD"));
}

#[test]
fn run_folds_near_duplicates_and_keeps_every_source() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.html"), ARTICLE_HTML).unwrap();
    // A syndicated copy: same story, different page chrome and a byline.
    let copy = ARTICLE_HTML.replace(
        "<footer>Copyright 2025 Example News</footer>",
        "<p>By Staff Reporter</p><footer>Other Site</footer>",
    );
    std::fs::write(dir.path().join("b.html"), copy).unwrap();
    std::fs::write(
        dir.path().join("c.txt"),
        "Heavy rain flooded parts of Karachi on Tuesday, disrupting traffic across the city.\n\nThe meteorological office warned of more rain this week in Sindh.",
    )
    .unwrap();
    let out = truce()
        .args(["intake", "run"])
        .arg(dir.path())
        .args(["--published", "2025-11-03"])
        .assert()
        .success();
    let stories: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let stories = stories.as_array().unwrap();
    assert_eq!(stories.len(), 2, "{stories:?}");
    assert_eq!(stories[0]["count"], 2);
    assert_eq!(stories[0]["sources"].as_array().unwrap().len(), 2);
    assert_eq!(stories[1]["count"], 1);
}

#[test]
fn run_removes_a_sites_recurring_line_so_it_yields_no_lead() {
    let dir = tempfile::tempdir().unwrap();
    // A line the site prints under every story: well-formed prose naming a place, which the
    // per-article pass keeps; it is found in three different stories, so it goes.
    let chrome = "Our reporters in Quetta covered the clashes on Friday.";
    let stories = [
        "Floodwater closed the main road near Chaman on Monday, officials said, and traders waited for it to reopen.\n\nThe road was expected to reopen by the end of the week, officials said.",
        "Schools in Peshawar reopened on Tuesday after a week of closures, education officials said.\n\nTeachers said attendance was lower than usual on the first day back.",
        "Wheat prices fell in Lahore markets on Wednesday as the harvest arrived, traders said.\n\nMill owners said they expected prices to stay low until the end of the month.",
    ];
    for (i, body) in stories.iter().enumerate() {
        let (first, rest) = body.split_once("\n\n").unwrap();
        std::fs::write(
            dir.path().join(format!("{i}.txt")),
            format!("{first}\n\n{chrome}\n\n{rest}"),
        )
        .unwrap();
    }
    // One article alone: the per-article pass keeps the line, and it yields a Quetta lead.
    let single = truce()
        .args(["intake", "leads"])
        .arg(dir.path().join("0.txt"))
        .args(["--published", "2025-11-03", "--format", "json"])
        .assert()
        .success();
    let single: Value = serde_json::from_slice(&single.get_output().stdout).unwrap();
    let names = |leads: &Value| -> Vec<String> {
        leads
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|l| l["places"].as_array().unwrap().clone())
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(names(&single).contains(&"Quetta".to_string()), "{single}");
    // The batch: three stories, the line removed from each, no lead from it.
    let out = truce()
        .args(["intake", "run"])
        .arg(dir.path())
        .args(["--published", "2025-11-03"])
        .assert()
        .success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("removed 3 line(s) that recur"), "{err}");
    let stories: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let stories = stories.as_array().unwrap();
    assert_eq!(stories.len(), 3, "{stories:?}");
    for s in stories {
        assert!(!names(&s["leads"]).contains(&"Quetta".to_string()), "{s}");
    }
    assert!(
        stories
            .iter()
            .any(|s| names(&s["leads"]).contains(&"Chaman".to_string())),
        "{stories:?}"
    );
}

#[test]
fn run_appends_leads_that_a_report_can_cite() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    truce()
        .arg("--data")
        .arg(&data)
        .arg("demo")
        .assert()
        .success();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    std::fs::write(articles.join("a.html"), ARTICLE_HTML).unwrap();
    let key = data.join("keys").join("joint-monitors.key");
    let out = truce()
        .arg("--data")
        .arg(&data)
        .args(["intake", "run"])
        .arg(&articles)
        .args(["--published", "2025-11-03", "--key"])
        .arg(&key)
        .assert()
        .success();
    let receipts: Vec<Value> = String::from_utf8(out.get_output().stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!receipts.is_empty(), "the article has leads");
    assert!(
        receipts.iter().all(|r| r["kind"] == "intake.lead"),
        "{receipts:?}"
    );
    let lead = receipts[0]["index"].as_u64().unwrap();

    // A monitor's report cites the lead; a report citing a record that is not a lead is refused.
    let mut body = truce_node::testkit::report_body(1, Some("pk"));
    body["leads"] = serde_json::json!([lead]);
    truce()
        .arg("--data")
        .arg(&data)
        .args(["submit", "--kind", "incident.report", "--key"])
        .arg(data.join("keys").join("af-liaison.key"))
        .arg("-")
        .write_stdin(body.to_string())
        .assert()
        .success();
    body["leads"] = serde_json::json!([1]);
    let refused = truce()
        .arg("--data")
        .arg(&data)
        .args(["submit", "--kind", "incident.report", "--key"])
        .arg(data.join("keys").join("af-liaison.key"))
        .arg("-")
        .write_stdin(body.to_string())
        .assert()
        .failure();
    let stderr =
        String::from_utf8_lossy(&refused.get_output().stderr).replace(char::is_whitespace, "");
    assert!(stderr.contains("notanintakelead"), "{stderr}");

    // A party may not append leads (they are the monitors' and facilitators' intake).
    truce()
        .arg("--data")
        .arg(&data)
        .args(["intake", "run"])
        .arg(&articles)
        .args(["--published", "2025-11-03", "--key"])
        .arg(data.join("keys").join("pk-liaison.key"))
        .assert()
        .failure();
}
