//! Behaviour specific to the PostgreSQL driver: connection failures without leaking the
//! password, several handles on one schema, schema handling and reconnecting.

mod common;

use common::{SKIP_NOTE, SchemaGuard, database_url, fresh, unique_schema};
use truce_store::conformance::{self, entry, fake_batch};
use truce_store::{Store, StoreError};
use truce_store_pg::PgStore;

fn unavailable(url: &str) -> (String, String) {
    match PgStore::connect(url) {
        Ok(_) => panic!("connecting to {url} should have failed"),
        Err(err @ StoreError::Unavailable { .. }) => {
            let StoreError::Unavailable { target, .. } = &err else {
                unreachable!()
            };
            (target.clone(), err.to_string())
        }
        Err(other) => panic!("expected StoreError::Unavailable, got {other:?}"),
    }
}

#[test]
fn unreachable_database_is_unavailable_without_the_password() {
    let (target, msg) = unavailable("postgres://someone:hunter2@127.0.0.1:1/x");
    assert!(
        msg.contains("127.0.0.1:1"),
        "message does not name the server: {msg}"
    );
    assert!(
        !msg.contains("hunter2"),
        "message leaks the password: {msg}"
    );
    assert!(
        !target.contains("hunter2"),
        "target leaks the password: {target}"
    );
    assert!(
        msg.contains("check that PostgreSQL is running"),
        "no advice: {msg}"
    );
    let debug = format!(
        "{:?}",
        PgStore::connect("postgres://someone:hunter2@127.0.0.1:1/x")
    );
    assert!(
        !debug.contains("hunter2"),
        "Debug leaks the password: {debug}"
    );
}

#[test]
fn password_parameters_are_not_shown_either() {
    for url in [
        "postgres://someone@127.0.0.1:1/x?password=hunter2",
        "host=127.0.0.1 port=1 user=someone password=hunter2 dbname=x",
        "host=127.0.0.1 port=1 user=someone password='hunter2' dbname=x",
    ] {
        let (_, msg) = unavailable(url);
        assert!(
            msg.contains("127.0.0.1"),
            "message does not name the server: {msg}"
        );
        assert!(
            !msg.contains("hunter2"),
            "message leaks the password: {msg}"
        );
    }
}

#[test]
fn invalid_url_is_unavailable() {
    let (_, msg) = unavailable("postgres://someone:hunter2@127.0.0.1:notaport/x");
    assert!(
        !msg.contains("hunter2"),
        "message leaks the password: {msg}"
    );
    assert!(msg.contains("not valid"), "{msg}");
}

#[test]
fn concurrent_appenders_on_separate_handles() {
    let Some(url) = database_url() else {
        conformance::report_skipped("concurrent_appenders_on_separate_handles", SKIP_NOTE);
        return;
    };
    let guard = SchemaGuard {
        url,
        schema: unique_schema(),
    };
    let stores: Vec<PgStore> = (0..4)
        .map(|_| PgStore::connect_with_schema(&guard.url, &guard.schema).unwrap())
        .collect();
    conformance::concurrent_appenders_across_handles(&stores);
}

#[test]
fn another_handle_sees_committed_data() {
    let Some(a) = fresh() else {
        conformance::report_skipped("another_handle_sees_committed_data", SKIP_NOTE);
        return;
    };
    let b = PgStore::connect_with_schema(&a.guard.url, &a.guard.schema).unwrap();
    assert_eq!(b.head().unwrap(), None);
    a.append(&fake_batch(0, vec![entry("genesis", "g")]))
        .unwrap();
    assert_eq!(b.head().unwrap().unwrap().size, 1);
    assert!(matches!(
        b.append(&fake_batch(0, vec![entry("genesis", "again")])),
        Err(StoreError::Conflict {
            expected: 0,
            actual: 1
        })
    ));
    assert!(b.describe().contains(&a.guard.schema), "{}", b.describe());
}

#[test]
fn connect_uses_the_urls_search_path() {
    let Some(first) = fresh() else {
        conformance::report_skipped("connect_uses_the_urls_search_path", SKIP_NOTE);
        return;
    };
    first
        .append(&fake_batch(0, vec![entry("genesis", "in the schema")]))
        .unwrap();
    let sep = if first.guard.url.contains('?') {
        '&'
    } else {
        '?'
    };
    let url = format!(
        "{}{sep}options=-c%20search_path%3D{}",
        first.guard.url, first.guard.schema
    );
    let plain = PgStore::connect(&url).unwrap();
    assert_eq!(plain.schema(), None);
    assert_eq!(plain.entries(0, 1).unwrap()[0].data, b"in the schema");
}

#[test]
fn a_newer_schema_is_refused() {
    let Some(store) = fresh() else {
        conformance::report_skipped("a_newer_schema_is_refused", SKIP_NOTE);
        return;
    };
    let mut client = postgres::Client::connect(&store.guard.url, postgres::NoTls).unwrap();
    client
        .batch_execute(&format!(
            "INSERT INTO \"{}\".schema_version (version) VALUES (99)",
            store.guard.schema
        ))
        .unwrap();
    match PgStore::connect_with_schema(&store.guard.url, &store.guard.schema) {
        Err(err @ StoreError::Unavailable { .. }) => {
            let msg = err.to_string();
            assert!(
                msg.contains("schema version 99") && msg.contains("newer truce"),
                "{msg}"
            );
        }
        other => panic!("expected Unavailable for a newer schema, got {other:?}"),
    }
}

#[test]
fn reconnects_after_the_server_drops_the_connections() {
    let Some(url) = database_url() else {
        conformance::report_skipped(
            "reconnects_after_the_server_drops_the_connections",
            SKIP_NOTE,
        );
        return;
    };
    let schema = unique_schema();
    let guard = SchemaGuard {
        url: url.clone(),
        schema: schema.clone(),
    };
    let sep = if url.contains('?') { '&' } else { '?' };
    let tagged = format!("{url}{sep}application_name={schema}");
    let store = PgStore::connect_with_schema(&tagged, &schema).unwrap();
    store
        .append(&fake_batch(0, vec![entry("genesis", "g")]))
        .unwrap();

    let mut admin = postgres::Client::connect(&guard.url, postgres::NoTls).unwrap();
    let killed: i64 = admin
        .query_one(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE application_name = $1) AS t",
            &[&schema],
        )
        .unwrap()
        .get(0);
    assert_eq!(
        killed, 2,
        "expected to terminate the writer and reader connections"
    );

    assert_eq!(store.head().unwrap().unwrap().size, 1, "reads reconnect");
    store
        .append(&fake_batch(1, vec![entry("observation", "o")]))
        .unwrap();
    assert_eq!(store.entries(0, 10).unwrap().len(), 2);
}
