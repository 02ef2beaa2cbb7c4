//! Key files: C2SP signed-note private keys (`PRIVATE+KEY+NAME+HASH+BASE64`), written with mode
//! 0600 and refused when others can read them.

use std::io::Write;
use std::path::Path;

use truce_tlog::note::{KeyName, Signer};

use crate::failure::{CliResult, Failure};

/// Makes a new key from 32 random bytes of the operating system.
pub(crate) fn generate(name: &str) -> CliResult<Signer> {
    let name = KeyName::new(name).map_err(|e| {
        Failure::new(format!("\"{name}\" cannot be a key name: {e}"))
            .help("use letters, digits, '-', '.' and '/' without spaces or '+', e.g. pk-liaison")
    })?;
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed)
        .map_err(|e| Failure::new(format!("the system gave no random bytes: {e}")))?;
    Ok(Signer::from_seed(name, seed))
}

/// Writes a private key to `path` with mode 0600, refusing to overwrite an existing file.
pub(crate) fn write_private(path: &Path, signer: &Signer) -> CliResult<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Failure::new(format!("{} already exists; truce never overwrites a key file", path.display()))
                .help("choose another --out file, or move the old key away first if you really mean to replace it")
        } else {
            Failure::new(format!("cannot create {}: {e}", path.display()))
                .help("check that the folder exists and that you may write to it")
        }
    })?;
    writeln!(file, "{}", signer.to_private_key())
        .and_then(|()| file.sync_all())
        .map_err(|e| Failure::new(format!("cannot write {}: {e}", path.display())))?;
    Ok(())
}

/// Reads a private key file, refusing files that others may read.
pub(crate) fn read_private(path: &Path) -> CliResult<Signer> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Failure::new(format!("cannot read the key file {}: {e}", path.display()))
            .help("give the file written by 'truce keygen NAME --out FILE'")
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map_err(|e| Failure::new(format!("cannot read {}: {e}", path.display())))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            return Err(Failure::new(format!(
                "the key file {} can be read by other users (mode {:o}); a signing key must be private",
                path.display(),
                mode & 0o777
            ))
            .help(format!("run 'chmod 600 {}' and try again", path.display())));
        }
    }
    Signer::from_private_key(text.trim_end_matches(['\n', '\r'])).map_err(|e| {
        Failure::new(format!("{} is not a truce private key: {e}", path.display()))
            .help("a key file holds one line 'PRIVATE+KEY+NAME+HASH+BASE64', as written by 'truce keygen'")
    })
}
