//! C2SP tlog-tiles paths and entry bundles, with the spec's worked examples and Go's index vectors.

use truce_tlog::tile::{MAX_ENTRY_SIZE, bytes_to_hashes, hashes_to_bytes};
use truce_tlog::{
    Hash, MemoryTree, TileError, TileHashReader, TileId, TileKind, decode_bundle, encode_bundle,
    encode_index, inclusion_proof, integrate, leaf_hash, root_hash, tiles_for_size,
};

fn id(level: u8, index: u64, width: u16) -> TileId {
    TileId {
        level,
        index,
        width,
    }
}

#[test]
fn index_encoding() {
    // C2SP tlog-tiles example and golang.org/x/mod sumdb/tlog tilePaths vectors.
    let cases = [
        (1234067u64, "x001/x234/067"),
        (5, "005"),
        (0, "000"),
        (1, "001"),
        (999, "999"),
        (1000, "x001/000"),
        (123456078, "x123/x456/078"),
        (3057500, "x003/x057/500"),
        (u64::MAX, "x018/x446/x744/x073/x709/x551/615"),
    ];
    for (n, s) in cases {
        assert_eq!(encode_index(n), s);
        let (kind, t) = TileId::parse_path(&format!("tile/0/{s}")).unwrap();
        assert_eq!((kind, t), (TileKind::Hash { level: 0 }, id(0, n, 256)));
    }
}

#[test]
fn paths_round_trip() {
    let ids = [
        id(0, 1234067, 256),
        id(0, 1234067, 5),
        id(3, 0, 1),
        id(63, u64::MAX, 255),
        id(1, 17, 17),
    ];
    for t in ids {
        let p = t.path();
        assert_eq!(
            TileId::parse_path(&p),
            Ok((TileKind::Hash { level: t.level }, t)),
            "{p}"
        );
        if t.level == 0 {
            let e = t.entries_path();
            assert_eq!(TileId::parse_path(&e), Ok((TileKind::Entries, t)), "{e}");
        }
    }
    assert_eq!(id(0, 1234067, 256).path(), "tile/0/x001/x234/067");
    assert_eq!(
        id(0, 1234067, 7).entries_path(),
        "tile/entries/x001/x234/067.p/7"
    );
    assert_eq!(id(2, 5, 1).path(), "tile/2/005.p/1");
}

#[test]
fn non_canonical_paths_are_rejected() {
    let bad = [
        "tile/0/1234",
        "tile/0/x1000",
        "tile/0/x1000/000",
        "tile/0/x000/005",
        "tile/0/05",
        "tile/0/0005",
        "tile/00/005",
        "tile/01/005",
        "tile/64/000",
        "tile/0/005.p/256",
        "tile/0/005.p/0",
        "tile/0/005.p/007",
        "tile/0/005.p/",
        "tile/0/005.p/5.p/5",
        "tile/0/005/",
        "tile/0/x005",
        "tile/0/X001/234",
        "tile/0/x001/x234",
        "tile/0/-01",
        "/tile/0/005",
        "tile/0",
        "tile/",
        "",
        "tile/entries",
        "tile/entries/",
        "tile/entries/x000/001",
        "tile/data/x003/x057/500",
        "tile/5/123/456/078",
        "tile/-1/123/456/078",
        "tile/4/0/001",
        "tile/0/x018/x446/x744/x073/x709/x551/616",
        "tile/0/x001/x001/x001/x001/x001/x001/x001/001",
        "tile/0/+05",
        "tile/0/٠٠٥",
    ];
    for p in bad {
        assert!(
            matches!(TileId::parse_path(p), Err(TileError::InvalidPath { .. })),
            "{p:?} accepted"
        );
    }
}

#[test]
fn c2sp_70000_entry_layout() {
    let tiles = tiles_for_size(70_000);
    let count = |level: u8, full: bool| {
        tiles
            .iter()
            .filter(|t| t.level == level && (t.width == 256) == full)
            .count()
    };
    assert_eq!(count(0, true), 273);
    assert_eq!(count(0, false), 1);
    assert_eq!(count(1, true), 1);
    assert_eq!(count(1, false), 1);
    assert_eq!(count(2, true), 0);
    assert_eq!(count(2, false), 1);
    assert_eq!(tiles.len(), 277);
    let partial: Vec<String> = tiles
        .iter()
        .filter(|t| t.width < 256)
        .map(TileId::path)
        .collect();
    assert_eq!(
        partial,
        ["tile/0/273.p/112", "tile/1/001.p/17", "tile/2/000.p/1"]
    );
    assert!(tiles.contains(&id(1, 0, 256)));
    assert_eq!(tiles[272].path(), "tile/0/272");
    assert_eq!(tiles[273].entries_path(), "tile/entries/273.p/112");
    // "A tree of size 256 will be represented by a full level 0 tile and a partial level 1 tile
    // of width 1."
    assert_eq!(tiles_for_size(256), [id(0, 0, 256), id(1, 0, 1)]);
    assert!(tiles_for_size(0).is_empty());
    assert_eq!(tiles_for_size(1), [id(0, 0, 1)]);
}

#[test]
fn bundles() {
    let entries: Vec<Vec<u8>> = vec![vec![], b"a".to_vec(), vec![7; 300], vec![1; MAX_ENTRY_SIZE]];
    let refs: Vec<&[u8]> = entries.iter().map(Vec::as_slice).collect();
    let b = encode_bundle(&refs).unwrap();
    assert_eq!(&b[..5], &[0, 0, 0, 1, b'a']);
    assert_eq!(decode_bundle(&b).unwrap(), refs);
    assert_eq!(decode_bundle(&[]).unwrap(), Vec::<&[u8]>::new());

    let too_big = vec![0u8; MAX_ENTRY_SIZE + 1];
    assert_eq!(
        encode_bundle(&[b"x", &too_big]),
        Err(TileError::EntryTooLarge {
            index: 1,
            len: 65536
        })
    );
    let many: Vec<&[u8]> = vec![b"x"; 257];
    assert_eq!(encode_bundle(&many), Err(TileError::TooManyEntries));
    assert!(encode_bundle(&many[..256]).is_ok());
    let mut big = encode_bundle(&many[..256]).unwrap();
    big.extend_from_slice(&[0, 0]);
    assert_eq!(decode_bundle(&big), Err(TileError::TooManyEntries));

    assert_eq!(
        decode_bundle(&[0]),
        Err(TileError::TruncatedBundle { offset: 0 })
    );
    assert_eq!(
        decode_bundle(&[0, 2, 1]),
        Err(TileError::TruncatedBundle { offset: 0 })
    );
    assert_eq!(
        decode_bundle(&[0, 0, 0, 3, 1]),
        Err(TileError::TruncatedBundle { offset: 2 })
    );
    // Every strict prefix of a bundle that cuts into an entry is an error.
    for cut in 1..b.len() {
        let boundary = [2usize, 5, 307].contains(&cut);
        assert_eq!(decode_bundle(&b[..cut]).is_ok(), boundary, "cut {cut}");
    }
}

#[test]
fn integrate_70000_matches_layout_and_memory_tree() {
    let leaves: Vec<Hash> = (0u32..70_000)
        .map(|i| leaf_hash(&i.to_be_bytes()))
        .collect();
    let mem: MemoryTree = leaves.iter().copied().collect();
    let mut store = std::collections::HashMap::new();
    let mut size = 0u64;
    for chunk in leaves.chunks(9_999) {
        let r = integrate(size, |l, i| Ok(store.get(&(l, i)).cloned()), chunk).unwrap();
        for (l, i, h) in r.tiles {
            store.insert((l, i), h);
        }
        size = r.size;
        assert_eq!(r.root, root_hash(size, &mem).unwrap());
    }
    assert_eq!(size, 70_000);
    let mut have: Vec<(u8, u64, usize)> =
        store.iter().map(|(&(l, i), h)| (l, i, h.len())).collect();
    have.sort();
    let want: Vec<(u8, u64, usize)> = tiles_for_size(70_000)
        .iter()
        .map(|t| (t.level, t.index, usize::from(t.width)))
        .collect();
    assert_eq!(have, want);
    // The level-2 tile holds the root of the first 65536 leaves.
    assert_eq!(store[&(2, 0)], vec![mem.root_of_first(65536)]);

    let reader = TileHashReader::new(70_000, |l, i| {
        Ok(store.get(&(l, i)).map(|h| hashes_to_bytes(h)))
    });
    for index in [0u64, 1, 255, 256, 65535, 65536, 69_999] {
        assert_eq!(
            inclusion_proof(index, 70_000, &reader).unwrap(),
            inclusion_proof(index, 70_000, &mem).unwrap()
        );
    }
    assert_eq!(root_hash(70_000, &reader).unwrap(), mem.root());
}

trait FirstRoot {
    fn root_of_first(&self, n: u64) -> Hash;
}
impl FirstRoot for MemoryTree {
    fn root_of_first(&self, n: u64) -> Hash {
        root_hash(n, self).unwrap()
    }
}

#[test]
fn integrate_errors() {
    let h = leaf_hash(b"x");
    // The partial tile of the old tree must be there, with the right width.
    assert_eq!(
        integrate(5, |_, _| Ok(None), &[h]),
        Err(TileError::MissingTile { level: 0, index: 0 })
    );
    assert_eq!(
        integrate(5, |_, _| Ok(Some(vec![h; 4])), &[h]),
        Err(TileError::WrongTileWidth {
            level: 0,
            index: 0,
            got: 4,
            want: 5
        })
    );
    assert_eq!(
        integrate(
            5,
            |_, _| Err(TileError::Storage("disk on fire".into())),
            &[h]
        ),
        Err(TileError::Storage("disk on fire".into()))
    );
    assert_eq!(
        integrate(u64::MAX, |_, _| Ok(None), &[h]),
        Err(TileError::SizeOverflow)
    );
    // Empty tree, no leaves: empty root, no tiles, no reads.
    let r = integrate(0, |_, _| panic!("no read expected"), &[]).unwrap();
    assert_eq!(
        (r.size, r.root, r.tiles.len()),
        (0, truce_tlog::empty_root(), 0)
    );
    // Full tiles are never read: appending at size 256 reads only the level-1 partial tile.
    let full: Vec<Hash> = (0u32..256).map(|i| leaf_hash(&i.to_be_bytes())).collect();
    let first = integrate(0, |_, _| Ok(None), &full).unwrap();
    let l1 = first.tiles.iter().find(|t| t.0 == 1).unwrap().2.clone();
    let mut reads = Vec::new();
    let second = integrate(
        256,
        |l, i| {
            reads.push((l, i));
            Ok((l == 1 && i == 0).then(|| l1.clone()))
        },
        &[h],
    )
    .unwrap();
    assert_eq!(reads, [(1, 0)]);
    assert_eq!(second.tiles, vec![(0, 1, vec![h])]);
}

#[test]
fn tile_hash_reader_errors_and_wide_tiles() {
    let leaves: Vec<Hash> = (0u32..300).map(|i| leaf_hash(&i.to_be_bytes())).collect();
    let mem: MemoryTree = leaves.iter().copied().collect();
    let r = integrate(0, |_, _| Ok(None), &leaves).unwrap();
    let store: std::collections::HashMap<(u8, u64), Vec<Hash>> =
        r.tiles.into_iter().map(|(l, i, h)| ((l, i), h)).collect();
    // A reader for an older size (260) reads the wider stored tile's prefix.
    let reader = TileHashReader::new(260, |l, i| {
        Ok(store.get(&(l, i)).map(|h| hashes_to_bytes(h)))
    });
    assert_eq!(
        root_hash(260, &reader).unwrap(),
        root_hash(260, &mem).unwrap()
    );
    assert_eq!(
        inclusion_proof(259, 260, &reader).unwrap(),
        inclusion_proof(259, 260, &mem).unwrap()
    );
    // Asking beyond the reader's size is a missing hash, not a panic.
    assert!(inclusion_proof(0, 300, &reader).is_err());
    // Short, missing and ragged tiles are errors.
    let short = TileHashReader::new(300, |_, _| Ok(Some(vec![0u8; 32 * 3])));
    assert!(matches!(
        inclusion_proof(0, 300, &short),
        Err(truce_tlog::ProofError::Tile(
            TileError::WrongTileWidth { .. }
        ))
    ));
    let missing = TileHashReader::new(300, |_, _| Ok(None));
    assert!(inclusion_proof(0, 300, &missing).is_err());
    let ragged = TileHashReader::new(300, |_, _| Ok(Some(vec![0u8; 33])));
    assert!(matches!(
        inclusion_proof(0, 300, &ragged),
        Err(truce_tlog::ProofError::Tile(
            TileError::TileSizeNotMultiple { len: 33 }
        ))
    ));
    assert_eq!(bytes_to_hashes(&hashes_to_bytes(&leaves)).unwrap(), leaves);
}
