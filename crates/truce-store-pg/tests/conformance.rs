//! The store conformance suite against PostgreSQL, one fresh schema per test. Skipped (loudly)
//! unless TRUCE_TEST_DATABASE_URL is set.

mod common;

use common::{SKIP_NOTE, fresh, reopen};

truce_store::store_conformance!(fresh, reopen = reopen, skipped = SKIP_NOTE);
