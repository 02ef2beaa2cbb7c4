#!/usr/bin/env bash
# Instructions per article in each stage of the intake pipeline (extract, noise pass, leads), by
# callgrind over one pass of the extraction benchmark's 181 pages: a machine-independent speed
# figure, where articles/s vary ±20 % from minute to minute on shared machines.
#
#     crates/truce-ingest/scripts/count_instructions.sh      # needs valgrind; about a minute
set -euo pipefail
cd "$(dirname "$0")/../../.."
target="${CARGO_TARGET_DIR:-target}"
cargo build --release --locked -p truce-ingest --example eval
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$out" --collect-atstart=no \
    --toggle-collect='truce_ingest::extract::extract' \
    --toggle-collect='truce_ingest::noise::clean' \
    --toggle-collect='truce_ingest::leads::leads' \
    "$target/release/examples/eval" --set none --profile 0 >/dev/null 2>&1
pages=181
callgrind_annotate --inclusive=yes "$out" 2>/dev/null |
    grep -E '^ *[0-9,]+ .*(truce_ingest::extract::extract|truce_ingest::noise::clean|truce_ingest::leads::leads) \[' |
    awk -v n="$pages" '{ c = $1; gsub(",", "", c); sub(/.*:truce_ingest::/, "", $0); sub(/ \[.*/, "", $0);
        printf "%6.2f M instructions/article  %s\n", c / n / 1e6, $0; t += c }
        END { printf "%6.2f M instructions/article  total\n", t / n / 1e6 }'
