#!/bin/sh
# Measures the review queue on labeled sets: does `replycov review -n N` pick the messages the
# classifier gets wrong more often than N messages picked at random would?
#   sh scripts/review-measure.sh [-n N] LABELED.csv...
# Each LABELED.csv has a header naming `text` and `label` (labels as `replycov eval` reads
# them: a class, a set "a|b", reply, noreply; rows labeled "*" are left out) and optionally
# `channel`. Every row becomes one citizen message in a conversation of its own; the script
# classifies them all (`replycov classify`), picks N with `replycov review`, and prints, for
# the picks and for N random picks (the expected count: N times the share in the whole set),
# how many the classifier got wrong and how many needing a reply it put in thanks or other.
# The public corpora converted by scripts/eval-corpora.sh give such files; so do the
# project's sets in tests/classify/. Needs python3 (standard library only).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-$ROOT/replycov}
N=200
if [ "${1:-}" = "-n" ]; then N=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: sh scripts/review-measure.sh [-n N] LABELED.csv..." >&2; exit 2; }
command -v python3 >/dev/null || { echo "review-measure: needs python3" >&2; exit 2; }
[ -x "$BIN" ] || make -C "$ROOT" all >/dev/null
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

python3 - "$BIN" "$N" "$TMP" "$@" <<'PY'
import csv, io, os, subprocess, sys
binary, n, tmp = sys.argv[1], int(sys.argv[2]), sys.argv[3]
REPLY = {'criticism', 'question'}

def gold_set(label):
    label = label.strip().lower()
    if label == 'reply':
        return REPLY
    if label == 'noreply':
        return {'thanks', 'other'}
    if label in ('', '*', 'any'):
        return None
    return set(label.split('|'))

print('%-40s %6s %5s  %-22s %-22s' % ('set', 'rows', 'N', 'wrong: review / random', 'hidden: review / random'))
for path in sys.argv[4:]:
    with open(path, encoding='utf-8', newline='') as f:
        rows = [r for r in csv.DictReader(f) if gold_set(r.get('label', '')) and r.get('text')]
    inp = os.path.join(tmp, 'input.csv')
    with open(inp, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['thread', 'id', 'parent_id', 'author_id', 'author', 'created_at', 'text', 'platform', 'channel'])
        for i, r in enumerate(rows):
            ch = r.get('channel') if r.get('channel') in ('public', 'private') else 'public'
            w.writerow(['t%d' % i, 'm%d' % i, '', 'u%d' % i, 'Citizen %d' % i, '2026-01-01T00:00:00Z', r['text'],
                        'twitter', ch])
    gold = {'m%d' % i: gold_set(r['label']) for i, r in enumerate(rows)}
    out = subprocess.run([binary, 'classify', '--format', 'csv', inp], capture_output=True, text=True).stdout
    cls = {r['id']: r['class'] for r in csv.DictReader(io.StringIO(out))}
    out = subprocess.run([binary, 'review', '-n', str(n), inp], capture_output=True, text=True).stdout
    picked = [r['id'] for r in csv.DictReader(io.StringIO(out))]
    ids = [i for i in cls if i in gold]
    wrong = lambda s: sum(1 for i in s if cls[i] not in gold[i])
    hidden = lambda s: sum(1 for i in s if gold[i] <= REPLY and cls[i] not in REPLY)
    k = len(picked)
    exp = lambda f: f(ids) * k / len(ids) if ids else 0.0
    print('%-40s %6d %5d  %5d / %-14.1f %5d / %-14.1f' % (os.path.basename(path)[:40], len(ids), k, wrong(picked),
          exp(wrong), hidden(picked), exp(hidden)))
PY
