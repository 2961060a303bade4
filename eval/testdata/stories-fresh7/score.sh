#!/bin/sh
# Scores story clustering on this fresh set: ingest articles.jsonl in its
# order, export the records, B-cubed F1 of their stories against gold.tsv.
# Usage: score.sh ANNALIST_BINARY
set -e
bin=${1:-annalist}
dir=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" ingest --db "$tmp/f.db" --input jsonl - < "$dir/articles.jsonl" >/dev/null 2>&1
"$bin" export --db "$tmp/f.db" --format jsonl > "$tmp/out.jsonl"
python3 - "$dir/gold.tsv" "$tmp/out.jsonl" <<'PY'
import json, sys
gold = dict(l.split() for l in open(sys.argv[1]) if l.strip())
pred = {}
for l in open(sys.argv[2]):
    r = json.loads(l)
    pred[r["id"]] = r.get("story", "")
# precision: of each doc's predicted cluster, the share in its gold one
p = sum(len({x for x in gold if gold[x]==gold[d]} & {x for x in gold if pred[x]==pred[d]}) / len({x for x in gold if pred[x]==pred[d]}) for d in gold)/len(gold)
r = sum(len({x for x in gold if gold[x]==gold[d]} & {x for x in gold if pred[x]==pred[d]}) / len({x for x in gold if gold[x]==gold[d]}) for d in gold)/len(gold)
print("docs %d stories %d gold %d  B-cubed P %.3f R %.3f F1 %.3f" % (len(gold), len(set(pred[d] for d in gold)), len(set(gold.values())), p, r, 2*p*r/(p+r)))
groups = {}
for d in gold: groups.setdefault(pred[d], []).append(d)
print(" | ".join(" ".join(sorted(g)) for g in sorted(groups.values())))
PY
