-- Version 1: the log's entries, its hash tiles and its head.

-- Entries are never updated or deleted. `idx` is the rowid, so lookups by index are one B-tree.
CREATE TABLE entries (
    idx  INTEGER PRIMARY KEY CHECK (idx >= 0),
    kind TEXT    NOT NULL,
    data BLOB    NOT NULL
);

-- Finds the records that change the agreement without scanning the log; holds idx (the rowid)
-- so `kind IN (...) ORDER BY idx` reads only the index and the matching rows.
CREATE INDEX entries_kind ON entries (kind);

-- C2SP hash tiles: concatenated 32-byte hashes; a tile only ever grows.
CREATE TABLE tiles (
    level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 255),
    idx   INTEGER NOT NULL CHECK (idx >= 0),
    data  BLOB    NOT NULL,
    PRIMARY KEY (level, idx)
) WITHOUT ROWID;

-- The single head row: log size and the signed checkpoint for it. A NULL checkpoint means the
-- log has not been initialised (no genesis batch yet); the row exists from the start so every
-- append locks and updates the same row.
CREATE TABLE head (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    size       INTEGER NOT NULL CHECK (size >= 0),
    checkpoint BLOB
);
INSERT INTO head (id, size, checkpoint) VALUES (1, 0, NULL);
