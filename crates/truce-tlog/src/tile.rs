//! C2SP tlog-tiles (height 8): tile paths, entry bundles, group-commit integration of new leaves
//! into hash tiles, and a [`HashReader`] over stored tiles.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::hash::{HASH_SIZE, Hash, empty_root, node_hash};
use crate::tree::{HashReader, ProofError};

/// Height of a tile in tree levels.
pub const TILE_HEIGHT: u8 = 8;
/// Hashes in a full tile.
pub const TILE_WIDTH: u64 = 256;
/// Highest tile level a path may name (C2SP tlog-tiles allows 0..=63).
pub const MAX_TILE_LEVEL: u8 = 63;
/// Largest entry an entry bundle can hold (u16 length prefix).
pub const MAX_ENTRY_SIZE: usize = u16::MAX as usize;

/// Why a tile path, bundle or tile read was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TileError {
    /// A tile path is not in canonical C2SP form.
    #[error("invalid tile path {path:?}: {reason}")]
    InvalidPath {
        /// The offending path (cut to 128 bytes).
        path: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// An entry does not fit the u16 length prefix of a bundle.
    #[error("entry {index} is {len} bytes, more than the 65535 an entry bundle can hold")]
    EntryTooLarge {
        /// Position of the entry.
        index: usize,
        /// Its length.
        len: usize,
    },
    /// A bundle holds more entries than a tile.
    #[error("entry bundle has more than 256 entries")]
    TooManyEntries,
    /// A bundle ends in the middle of a length prefix or an entry.
    #[error("entry bundle is truncated at byte {offset}")]
    TruncatedBundle {
        /// Offset of the incomplete entry.
        offset: usize,
    },
    /// A tile that must exist was not found.
    #[error("tile at level {level} index {index} is missing")]
    MissingTile {
        /// Tile level.
        level: u8,
        /// Tile index.
        index: u64,
    },
    /// A stored tile has fewer (or, for integration, other) hashes than the tree size implies.
    #[error("tile at level {level} index {index} has {got} hashes, expected {want}")]
    WrongTileWidth {
        /// Tile level.
        level: u8,
        /// Tile index.
        index: u64,
        /// Hashes found.
        got: usize,
        /// Hashes expected.
        want: usize,
    },
    /// Stored tile bytes are not a whole number of hashes.
    #[error("tile data has {len} bytes, which is not a multiple of 32")]
    TileSizeNotMultiple {
        /// Byte length of the data.
        len: usize,
    },
    /// Adding the leaves would overflow a u64 tree size.
    #[error("tree size would overflow a 64-bit integer")]
    SizeOverflow,
    /// The caller's tile store failed.
    #[error("tile storage failed: {0}")]
    Storage(String),
}

/// What a tile path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TileKind {
    /// A Merkle tree hash tile at the given level.
    Hash {
        /// Tile level.
        level: u8,
    },
    /// An entry bundle (always alongside level 0).
    Entries,
}

/// A tile at `level`, number `index`, holding `width` hashes (1..=256; 256 is a full tile).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TileId {
    /// Tile level: entries at level L are roots of subtrees of 256^L leaves.
    pub level: u8,
    /// Tile number within the level.
    pub index: u64,
    /// Number of hashes (or bundle entries); 256 for a full tile.
    pub width: u16,
}

impl TileId {
    /// Hash tile path, e.g. `tile/0/x001/x234/067` or `tile/1/005.p/17` for a partial tile.
    pub fn path(&self) -> String {
        format!(
            "tile/{}/{}{}",
            self.level,
            encode_index(self.index),
            self.suffix()
        )
    }

    /// Entry bundle path, e.g. `tile/entries/x001/x234/067[.p/W]`; bundles exist only at level 0,
    /// so `level` is not part of the path.
    pub fn entries_path(&self) -> String {
        format!("tile/entries/{}{}", encode_index(self.index), self.suffix())
    }

    fn suffix(&self) -> String {
        if u64::from(self.width) < TILE_WIDTH {
            format!(".p/{}", self.width)
        } else {
            String::new()
        }
    }

    /// Parses a hash tile or entry bundle path, accepting only the canonical form that
    /// [`TileId::path`] / [`TileId::entries_path`] produce.
    pub fn parse_path(p: &str) -> Result<(TileKind, TileId), TileError> {
        let bad = |reason| TileError::InvalidPath {
            path: p.chars().take(128).collect(),
            reason,
        };
        let rest = p
            .strip_prefix("tile/")
            .ok_or(bad("it does not start with tile/"))?;
        let (first, rest) = rest.split_once('/').ok_or(bad("it has no tile index"))?;
        let kind = if first == "entries" {
            TileKind::Entries
        } else {
            let level = parse_small_decimal(first)
                .filter(|l| *l <= u32::from(MAX_TILE_LEVEL))
                .ok_or(bad("the level is not a decimal number from 0 to 63"))?;
            TileKind::Hash { level: level as u8 }
        };
        let (index_part, width) = match rest.split_once(".p/") {
            Some((idx, w)) => {
                let w = parse_small_decimal(w)
                    .filter(|w| (1..TILE_WIDTH as u32).contains(w))
                    .ok_or(bad(
                        "the partial width is not a decimal number from 1 to 255",
                    ))?;
                (idx, w as u16)
            }
            None => (rest, TILE_WIDTH as u16),
        };
        let index =
            parse_index(index_part).ok_or(bad("the index is not canonical x000/000 form"))?;
        let id = TileId {
            level: match kind {
                TileKind::Hash { level } => level,
                TileKind::Entries => 0,
            },
            index,
            width,
        };
        Ok((kind, id))
    }
}

/// Decimal without sign or leading zeros, at most 3 digits (levels and widths are small).
fn parse_small_decimal(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if s.len() > 1 && s.starts_with('0') {
        return None;
    }
    s.parse().ok()
}

/// Parses `x001/x234/067`; rejects anything `encode_index` would not produce.
fn parse_index(s: &str) -> Option<u64> {
    let mut n: u64 = 0;
    let mut groups = s.split('/').peekable();
    let mut count = 0;
    while let Some(g) = groups.next() {
        count += 1;
        // u64::MAX has 20 digits: 7 groups.
        if count > 7 {
            return None;
        }
        let digits = if groups.peek().is_some() {
            g.strip_prefix('x')?
        } else {
            g
        };
        if digits.len() != 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let v: u64 = digits.parse().ok()?;
        n = n.checked_mul(1000)?.checked_add(v)?;
    }
    // Non-canonical forms (a leading x000 group) parse to a value that encodes differently.
    (encode_index(n) == s).then_some(n)
}

/// Encodes a tile index as zero-padded 3-digit path elements, all but the last prefixed with `x`:
/// 1234067 becomes `x001/x234/067`, 5 becomes `005`.
pub fn encode_index(mut n: u64) -> String {
    let mut groups = Vec::with_capacity(7);
    loop {
        groups.push(n % 1000);
        n /= 1000;
        if n == 0 {
            break;
        }
    }
    let mut s = String::with_capacity(groups.len() * 5);
    for (i, g) in groups.iter().rev().enumerate() {
        if i > 0 {
            s.push('/');
        }
        if i + 1 < groups.len() {
            s.push('x');
        }
        s.push_str(&format!("{g:03}"));
    }
    s
}

/// Tiles (level, index, width) that exist for a tree of `size`: every full tile and the partial
/// right-edge tile of each level, level by level in index order.
///
/// The list has about size/255 elements; callers with huge trees should compute ranges instead.
pub fn tiles_for_size(size: u64) -> Vec<TileId> {
    let mut out = Vec::new();
    for level in 0..8u8 {
        let n = size >> (8 * u32::from(level));
        if n == 0 {
            break;
        }
        for index in 0..n / TILE_WIDTH {
            out.push(TileId {
                level,
                index,
                width: TILE_WIDTH as u16,
            });
        }
        let w = n % TILE_WIDTH;
        if w > 0 {
            out.push(TileId {
                level,
                index: n / TILE_WIDTH,
                width: w as u16,
            });
        }
    }
    out
}

/// Entry bundle codec (C2SP tlog-tiles): each entry as u16 big-endian length then its bytes.
pub fn encode_bundle(entries: &[&[u8]]) -> Result<Vec<u8>, TileError> {
    if entries.len() as u64 > TILE_WIDTH {
        return Err(TileError::TooManyEntries);
    }
    let mut out = Vec::with_capacity(entries.iter().map(|e| e.len() + 2).sum());
    for (index, e) in entries.iter().enumerate() {
        let len = u16::try_from(e.len()).map_err(|_| TileError::EntryTooLarge {
            index,
            len: e.len(),
        })?;
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(e);
    }
    Ok(out)
}

/// Splits an entry bundle into its entries, borrowing from `data`.
pub fn decode_bundle(data: &[u8]) -> Result<Vec<&[u8]>, TileError> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < data.len() {
        if out.len() as u64 == TILE_WIDTH {
            return Err(TileError::TooManyEntries);
        }
        let len_bytes = data
            .get(at..at + 2)
            .ok_or(TileError::TruncatedBundle { offset: at })?;
        let len = usize::from(u16::from_be_bytes([len_bytes[0], len_bytes[1]]));
        let entry = data
            .get(at + 2..at + 2 + len)
            .ok_or(TileError::TruncatedBundle { offset: at })?;
        out.push(entry);
        at += 2 + len;
    }
    Ok(out)
}

/// Concatenates hashes into tile bytes.
pub fn hashes_to_bytes(hashes: &[Hash]) -> Vec<u8> {
    let mut out = Vec::with_capacity(hashes.len() * HASH_SIZE);
    for h in hashes {
        out.extend_from_slice(&h.0);
    }
    out
}

/// Splits tile bytes into hashes.
pub fn bytes_to_hashes(data: &[u8]) -> Result<Vec<Hash>, TileError> {
    if !data.len().is_multiple_of(HASH_SIZE) {
        return Err(TileError::TileSizeNotMultiple { len: data.len() });
    }
    Ok(data
        .chunks_exact(HASH_SIZE)
        .map(|c| {
            let mut h = [0u8; HASH_SIZE];
            h.copy_from_slice(c);
            Hash(h)
        })
        .collect())
}

/// Merkle root over a power-of-two run of hashes, reduced in a scratch buffer.
fn perfect_root(hashes: &[Hash]) -> Hash {
    debug_assert!(hashes.len().is_power_of_two());
    let mut buf = [Hash::default(); TILE_WIDTH as usize];
    let mut n = hashes.len();
    buf[..n].copy_from_slice(hashes);
    while n > 1 {
        for i in 0..n / 2 {
            buf[i] = node_hash(&buf[2 * i], &buf[2 * i + 1]);
        }
        n /= 2;
    }
    buf[0]
}

/// Roots of the maximal perfect subtrees of a partial tile, left to right.
fn partial_subtrees(entries: &[Hash], out: &mut Vec<Hash>) {
    let mut offset = 0;
    for j in (0..8).rev() {
        let size = 1usize << j;
        if entries.len() & size != 0 {
            out.push(perfect_root(&entries[offset..offset + size]));
            offset += size;
        }
    }
}

/// The result of [`integrate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Integration {
    /// Every hash tile that changed as (level, index, full new content), level by level in index
    /// order; a tile with fewer than 256 hashes is the partial right edge of its level.
    pub tiles: Vec<(u8, u64, Vec<Hash>)>,
    /// Root hash of the new tree.
    pub root: Hash,
    /// Size of the new tree.
    pub size: u64,
}

/// Group-commit integration: appends `new_leaves` (leaf hashes) to the tree of `old_size`.
///
/// `read_tile(level, index)` must return the stored hashes of the partial right-edge tile of
/// each level of the old tree (exactly `floor(old_size / 256^level) mod 256` hashes); it is only
/// asked for tiles that have a partial width in the old or new tree. Full tiles are never read:
/// their roots are already the entries of the level above. Returns every tile that changed, with
/// its whole new content, and the new root.
pub fn integrate(
    old_size: u64,
    mut read_tile: impl FnMut(u8, u64) -> Result<Option<Vec<Hash>>, TileError>,
    new_leaves: &[Hash],
) -> Result<Integration, TileError> {
    let new_size = old_size
        .checked_add(new_leaves.len() as u64)
        .ok_or(TileError::SizeOverflow)?;
    let mut read_exact = |level: u8, index: u64, want: usize| -> Result<Vec<Hash>, TileError> {
        let t = read_tile(level, index)?.ok_or(TileError::MissingTile { level, index })?;
        if t.len() != want {
            return Err(TileError::WrongTileWidth {
                level,
                index,
                got: t.len(),
                want,
            });
        }
        Ok(t)
    };

    let mut tiles = Vec::new();
    // Roots of the perfect subtrees inside each level's partial right-edge tile, bottom level first.
    let mut edges: Vec<Vec<Hash>> = Vec::new();
    // Entries appended at the current level: leaf hashes, then roots of newly completed tiles.
    let mut added: Vec<Hash> = new_leaves.to_vec();
    for level in 0..8u8 {
        let shift = 8 * u32::from(level);
        let old_n = old_size >> shift;
        let new_n = new_size >> shift;
        if new_n == 0 {
            break;
        }
        let mut edge = Vec::new();
        if added.is_empty() {
            // Unchanged level: its partial tile is still needed for the root.
            let w = (new_n % TILE_WIDTH) as usize;
            if w > 0 {
                let t = read_exact(level, new_n / TILE_WIDTH, w)?;
                partial_subtrees(&t, &mut edge);
            }
            edges.push(edge);
            continue;
        }
        let mut tile_index = old_n / TILE_WIDTH;
        let old_w = (old_n % TILE_WIDTH) as usize;
        let mut cur = if old_w > 0 {
            read_exact(level, tile_index, old_w)?
        } else {
            Vec::with_capacity(TILE_WIDTH as usize)
        };
        let mut completed = Vec::new();
        for h in added.drain(..) {
            cur.push(h);
            if cur.len() as u64 == TILE_WIDTH {
                completed.push(perfect_root(&cur));
                let full = std::mem::replace(&mut cur, Vec::with_capacity(TILE_WIDTH as usize));
                tiles.push((level, tile_index, full));
                tile_index += 1;
            }
        }
        if !cur.is_empty() {
            partial_subtrees(&cur, &mut edge);
            tiles.push((level, tile_index, cur));
        }
        edges.push(edge);
        added = completed;
    }

    // The tree's perfect subtrees, left to right, are the partial-tile subtrees from the top
    // level down; the root folds them from the right (RFC 9162 MTH).
    let mut parts = edges.iter().rev().flatten();
    let root = match parts.next_back() {
        None => empty_root(),
        Some(last) => {
            let mut acc = *last;
            for h in parts.rev() {
                acc = node_hash(h, &acc);
            }
            acc
        }
    };
    Ok(Integration {
        tiles,
        root,
        size: new_size,
    })
}

/// One fetched tile with all of its internal nodes: `nodes[h]` holds the complete subtrees of
/// height `h` within the tile (`nodes[0]` are the tile's hashes).
struct TileNodes {
    nodes: Vec<Vec<Hash>>,
}

impl TileNodes {
    fn build(entries: Vec<Hash>) -> Self {
        let mut nodes = Vec::with_capacity(usize::from(TILE_HEIGHT) + 1);
        nodes.push(entries);
        for h in 1..=usize::from(TILE_HEIGHT) {
            let below = &nodes[h - 1];
            let level: Vec<Hash> = below
                .chunks_exact(2)
                .map(|p| node_hash(&p[0], &p[1]))
                .collect();
            nodes.push(level);
        }
        TileNodes { nodes }
    }
}

/// A [`HashReader`] for a tree of fixed size over stored hash tiles.
///
/// `fetch(level, index)` returns the stored tile bytes (concatenated 32-byte hashes, any width at
/// least the one the tree size implies; a wider tile's prefix is used) or `None` when absent.
/// Fetched tiles and all their internal nodes are cached for the reader's lifetime, so proofs
/// after the first touch of a tile cost only lookups. Tiles are not authenticated here: verify
/// the resulting root or proofs against a signed checkpoint.
///
/// Uses interior mutability (`RefCell`), so a reader is not shared between threads; make one per
/// request or per tree size.
pub struct TileHashReader<F> {
    size: u64,
    fetch: F,
    cache: RefCell<HashMap<(u8, u64), TileNodes>>,
}

impl<F: Fn(u8, u64) -> Result<Option<Vec<u8>>, TileError>> TileHashReader<F> {
    /// A reader for the tree of `size` leaves.
    pub fn new(size: u64, fetch: F) -> Self {
        TileHashReader {
            size,
            fetch,
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// The tree size this reader serves.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Number of tiles currently cached.
    pub fn cached_tiles(&self) -> usize {
        self.cache.borrow().len()
    }

    fn load(&self, tile_level: u8, tile_index: u64, width: usize) -> Result<TileNodes, ProofError> {
        let data = (self.fetch)(tile_level, tile_index)?.ok_or(TileError::MissingTile {
            level: tile_level,
            index: tile_index,
        })?;
        let mut hashes = bytes_to_hashes(&data)?;
        if hashes.len() < width {
            return Err(TileError::WrongTileWidth {
                level: tile_level,
                index: tile_index,
                got: hashes.len(),
                want: width,
            }
            .into());
        }
        hashes.truncate(width);
        Ok(TileNodes::build(hashes))
    }
}

impl<F: Fn(u8, u64) -> Result<Option<Vec<u8>>, TileError>> HashReader for TileHashReader<F> {
    fn read_hash(&self, level: u8, index: u64) -> Result<Hash, ProofError> {
        let missing = ProofError::MissingHash { level, index };
        // Only complete subtrees inside the tree exist.
        if level > 63 || index >= self.size >> level {
            return Err(missing);
        }
        let tile_level = level / TILE_HEIGHT;
        let height = level % TILE_HEIGHT;
        let per_tile_shift = u32::from(TILE_HEIGHT - height);
        let tile_index = index >> per_tile_shift;
        let node = (index & ((1u64 << per_tile_shift) - 1)) as usize;

        if let Some(t) = self.cache.borrow().get(&(tile_level, tile_index)) {
            return t.nodes[usize::from(height)]
                .get(node)
                .copied()
                .ok_or(missing);
        }
        let entries = self.size >> (u32::from(TILE_HEIGHT) * u32::from(tile_level));
        let width = if entries / TILE_WIDTH > tile_index {
            TILE_WIDTH as usize
        } else {
            (entries % TILE_WIDTH) as usize
        };
        let t = self.load(tile_level, tile_index, width)?;
        let h = t.nodes[usize::from(height)]
            .get(node)
            .copied()
            .ok_or(missing);
        self.cache.borrow_mut().insert((tile_level, tile_index), t);
        h
    }
}
