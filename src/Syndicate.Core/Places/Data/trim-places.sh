#!/bin/sh
# Rebuilds places.tsv.gz from the shared gazetteer (/work/shared/gazetteer/places.tsv, see NOTICE.md):
# drops lat/lon (the lookup never uses them), reorders the columns and sorts by GeoNames id so the
# rows of one place are adjacent, and compresses without a timestamp so the output is reproducible.
# Usage: sh trim-places.sh [path/to/places.tsv]
set -eu
source_file=${1:-/work/shared/gazetteer/places.tsv}
cd "$(dirname "$0")"
{
    printf 'geonameid\tcountry_iso2\tpopulation\tfcode\tsource\tname\n'
    tail -n +2 "$source_file" | awk -F'\t' -v OFS='\t' '{ print $7, $2, $5, $8, $6, $1 }' | LC_ALL=C sort -t "$(printf '\t')" -k1,1n -k5,5 -k6,6
} | gzip -n -9 > places.tsv.gz
