//! Chooses and opens the store (SQLite in the data folder, or PostgreSQL by URL), and knows the
//! data folder's layout.

use std::path::{Path, PathBuf};

use truce_store::Store;
use truce_store_pg::PgStore;
use truce_store_sqlite::SqliteStore;

use crate::cli::Global;
use crate::failure::{CliResult, Failure};

/// The store a command works on.
pub(crate) type AnyStore = Box<dyn Store>;

/// Where things live in the data folder.
pub(crate) struct DataDir {
    pub(crate) root: PathBuf,
}

impl DataDir {
    pub(crate) fn new(root: &Path) -> DataDir {
        DataDir {
            root: root.to_path_buf(),
        }
    }
    /// The SQLite database file.
    pub(crate) fn database(&self) -> PathBuf {
        self.root.join("truce.db")
    }
    /// The log's private key, kept by the node that signs checkpoints.
    pub(crate) fn log_key(&self) -> PathBuf {
        self.root.join("log.key")
    }
    /// The lock that makes one process at a time the log's writer.
    pub(crate) fn writer_lock(&self) -> PathBuf {
        self.root.join("writer.lock")
    }

    /// Creates the folder (mode 0700) if needed and checks it can be written.
    pub(crate) fn ensure_writable(&self) -> CliResult<()> {
        let fail = |e: std::io::Error| {
            Failure::new(format!("cannot write to the data folder {}: {e}", self.root.display()))
                .help("choose a folder you may write to with --data DIR (or TRUCE_DATA); nothing was written")
        };
        std::fs::create_dir_all(&self.root).map_err(fail)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&self.root, std::fs::Permissions::from_mode(0o700));
        }
        let probe = self.root.join(".write-test");
        std::fs::write(&probe, b"").map_err(fail)?;
        let _ = std::fs::remove_file(&probe);
        Ok(())
    }

    /// Fails with a clear message when the folder holds no log.
    pub(crate) fn require_exists(&self) -> CliResult<()> {
        if self.root.is_dir() {
            Ok(())
        } else {
            Err(Failure::new(format!("there is no truce data folder at {}", self.root.display()))
                .help("pass --data DIR (or set TRUCE_DATA) to the folder of your node, or run 'truce demo' to build an illustrative one"))
        }
    }
}

/// Whether the URL selects PostgreSQL.
pub(crate) fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// Opens the store selected by the global options. `create` allows making a new SQLite file.
pub(crate) fn open(global: &Global, create: bool) -> CliResult<AnyStore> {
    let data = DataDir::new(&global.data);
    match &global.database_url {
        Some(url) if is_postgres(url) => {
            let store = PgStore::connect(url).map_err(store_failure)?;
            Ok(Box::new(store))
        }
        Some(url) => Err(Failure::new(format!(
            "the database URL \"{}\" is not a PostgreSQL URL",
            truce_store::redact_url(url)
        ))
        .help("use postgres://USER@HOST:PORT/DATABASE, or leave --database-url unset to use SQLite in the data folder")),
        None => {
            if create {
                data.ensure_writable()?;
            } else {
                data.require_exists()?;
                if !data.database().exists() {
                    return Err(Failure::new(format!("{} holds no log database", data.root.display()))
                        .help("create the log with 'truce init', or run 'truce demo' to build an illustrative one"));
                }
            }
            let store = SqliteStore::open(&data.database()).map_err(store_failure)?;
            Ok(Box::new(store))
        }
    }
}

pub(crate) fn store_failure(e: truce_store::StoreError) -> Failure {
    Failure::from(truce_node::NodeError::Store(e))
}
