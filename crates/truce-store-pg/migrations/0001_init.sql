-- Version 1: the log's entries, its hash tiles and its head.

-- Entries are never updated or deleted.
CREATE TABLE entries (
    idx  bigint PRIMARY KEY CHECK (idx >= 0),
    kind text   NOT NULL,
    data bytea  NOT NULL
);

-- Finds the records that change the agreement without scanning the log, already in index order
-- per kind.
CREATE INDEX entries_kind ON entries (kind, idx);

-- C2SP hash tiles: concatenated 32-byte hashes; a tile only ever grows.
CREATE TABLE tiles (
    level smallint NOT NULL CHECK (level BETWEEN 0 AND 255),
    idx   bigint   NOT NULL CHECK (idx >= 0),
    data  bytea    NOT NULL,
    PRIMARY KEY (level, idx)
);

-- The single head row: log size and the signed checkpoint for it. A NULL checkpoint means the
-- log has not been initialised (no genesis batch yet). The row exists from the start, so every
-- append can lock it with SELECT ... FOR UPDATE, including the very first one.
CREATE TABLE head (
    id         smallint PRIMARY KEY CHECK (id = 1),
    size       bigint   NOT NULL CHECK (size >= 0),
    checkpoint bytea
);
INSERT INTO head (id, size, checkpoint) VALUES (1, 0, NULL);
