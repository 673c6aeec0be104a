#!/usr/bin/env bash
# Extract every corpus the refactor must leave unchanged, in fast and full mode, into OUTDIR:
#   scripts/snapshot.sh OUTDIR [fast|full|both]
# Two snapshots (before and after a change) are compared with `diff -r BEFORE AFTER`.
# Needs ../shared beside the repository (news folder, PFSA-ID, the IndoSum pool).
set -euo pipefail
out=${1:?usage: scripts/snapshot.sh OUTDIR [fast|full|both]}
modes=${2:-both}
mkdir -p "$out/in"
sh=../shared/data
python - "$out/in" <<'PY'
import json, sys
out = sys.argv[1]
with open(f"{out}/gold-texts.jsonl", "w", encoding="utf-8") as fh:
    for f in ("gold/seeds.jsonl", "gold/news-dev.jsonl"):
        for line in open(f, encoding="utf-8"):
            d = json.loads(line)
            fh.write(json.dumps({"doc_id": d["doc_id"], "text": d["text"], "meta": d.get("meta")}, ensure_ascii=False) + "\n")
PY
[ -f "$out/in/pfsa-dev40.jsonl" ] || attribution convert pfsa-id $sh/pfsa-id/pfsa-id/dev-40.txt -o "$out/in/pfsa-dev40.jsonl" >/dev/null 2>&1
python - "$out/in" <<'PY'
import json, sys
out = sys.argv[1]
with open(f"{out}/pfsa-texts.jsonl", "w", encoding="utf-8") as fh:
    for line in open(f"{out}/pfsa-dev40.jsonl", encoding="utf-8"):
        d = json.loads(line)
        fh.write(json.dumps({"doc_id": d["doc_id"], "text": d["text"]}, ensure_ascii=False) + "\n")
PY
run() {  # mode flag
  local m=$1; shift
  attribution extract seeds/ "$@" --no-progress -o "$out/$m-seeds.jsonl" || true
  attribution extract "$out/in/gold-texts.jsonl" "$@" --no-progress -o "$out/$m-gold.jsonl" || true
  attribution extract $sh/news/ "$@" --no-progress -o "$out/$m-news.jsonl" || true
  attribution extract "$out/in/pfsa-texts.jsonl" "$@" --no-progress -o "$out/$m-pfsa.jsonl" || true
  attribution extract $sh/news-pool/indosum.jsonl "$@" --no-progress -o "$out/$m-pool.jsonl" || true
}
case $modes in
  fast) run fast --fast --workers 2 ;;
  full) run full --workers 2 ;;
  both) run fast --fast --workers 2; run full --workers 2 ;;
esac
ls -la "$out"
