#!/usr/bin/env bash
# Rebuild the gold files from the hand-written snippet labels in gold/labels/ (run from the repository root).
# The news labels point at ../shared/data/news/, which must sit beside the repository; the pool labels carry
# their IndoSum text.
set -euo pipefail
attribution gold anchor gold/labels/seeds.jsonl --base . -o gold/seeds.jsonl
cat gold/labels/news1.jsonl gold/labels/news2.jsonl gold/labels/news3.jsonl > gold/labels/.news-all.jsonl
attribution gold anchor gold/labels/.news-all.jsonl --base . -o gold/news-dev.jsonl
rm -f gold/labels/.news-all.jsonl
attribution gold anchor gold/labels/pool-dev.jsonl --base . -o gold/pool-dev.jsonl
attribution gold anchor gold/labels/pool-test.jsonl --base . -o gold/test.jsonl
attribution gold anchor gold/labels/pool-dev2.jsonl --base . -o gold/pool-dev2.jsonl
attribution gold anchor gold/labels/pool-dev3.jsonl --base . -o gold/pool-dev3.jsonl
attribution gold anchor gold/labels/pool-dev4.jsonl --base . -o gold/pool-dev4.jsonl
attribution gold anchor gold/labels/pool-dev5.jsonl --base . -o gold/pool-dev5.jsonl
attribution gold anchor gold/labels/pool-dev6.jsonl --base . -o gold/pool-dev6.jsonl
attribution gold anchor gold/labels/pool-dev7.jsonl --base . -o gold/pool-dev7.jsonl
attribution gold anchor gold/labels/pool-dev8.jsonl --base . -o gold/pool-dev8.jsonl
attribution gold anchor gold/labels/pool-dev9.jsonl --base . -o gold/pool-dev9.jsonl
attribution gold anchor gold/labels/pool-dev10.jsonl --base . -o gold/pool-dev10.jsonl
attribution gold anchor gold/labels/pool-dev11.jsonl --base . -o gold/pool-dev11.jsonl
attribution gold anchor gold/labels/pool-dev12.jsonl --base . -o gold/pool-dev12.jsonl
attribution gold anchor gold/labels/pool-dev13.jsonl --base . -o gold/pool-dev13.jsonl
attribution gold anchor gold/labels/pool-dev14.jsonl --base . -o gold/pool-dev14.jsonl
attribution gold anchor gold/labels/pool-dev15.jsonl --base . -o gold/pool-dev15.jsonl
attribution gold anchor gold/labels/pool-dev16.jsonl --base . -o gold/pool-dev16.jsonl
attribution gold anchor gold/labels/pool-dev17.jsonl --base . -o gold/pool-dev17.jsonl
attribution gold anchor gold/labels/pool-dev18.jsonl --base . -o gold/pool-dev18.jsonl
attribution gold anchor gold/labels/pool-dev19.jsonl --base . -o gold/pool-dev19.jsonl
attribution gold anchor gold/labels/pool-dev20.jsonl --base . -o gold/pool-dev20.jsonl
attribution gold anchor gold/labels/pool-dev21.jsonl --base . -o gold/pool-dev21.jsonl
attribution gold anchor gold/labels/pool-dev22.jsonl --base . -o gold/pool-dev22.jsonl
attribution gold anchor gold/labels/pool-dev23.jsonl --base . -o gold/pool-dev23.jsonl
attribution gold anchor gold/labels/pool-dev24.jsonl --base . -o gold/pool-dev24.jsonl
attribution gold anchor gold/labels/pool-dev25.jsonl --base . -o gold/pool-dev25.jsonl
attribution gold anchor gold/labels/pool-dev26.jsonl --base . -o gold/pool-dev26.jsonl
attribution gold anchor gold/labels/pool-dev27.jsonl --base . -o gold/pool-dev27.jsonl
attribution gold anchor gold/labels/pool-dev28.jsonl --base . -o gold/pool-dev28.jsonl
attribution validate gold/seeds.jsonl gold/news-dev.jsonl gold/pool-dev.jsonl gold/pool-dev2.jsonl gold/pool-dev3.jsonl gold/pool-dev4.jsonl gold/pool-dev5.jsonl gold/pool-dev6.jsonl gold/pool-dev7.jsonl gold/pool-dev8.jsonl gold/pool-dev9.jsonl gold/pool-dev10.jsonl gold/pool-dev11.jsonl gold/pool-dev12.jsonl gold/pool-dev13.jsonl gold/pool-dev14.jsonl gold/pool-dev15.jsonl gold/pool-dev16.jsonl gold/pool-dev17.jsonl gold/pool-dev18.jsonl gold/pool-dev19.jsonl gold/pool-dev20.jsonl gold/pool-dev21.jsonl gold/pool-dev22.jsonl gold/pool-dev23.jsonl gold/pool-dev24.jsonl gold/pool-dev25.jsonl gold/pool-dev26.jsonl gold/pool-dev27.jsonl gold/pool-dev28.jsonl gold/test.jsonl
