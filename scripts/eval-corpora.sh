#!/bin/sh
# Measures the classifier on the labeled public sets in ../shared/corpora (read each set's
# SOURCE.md). Each set is converted to a temporary `text,label,lang` CSV with the label
# mapping below, then `replycov eval` scores it. Nothing from these sets is copied into the
# repository: they measure, they do not teach.
#   sh scripts/eval-corpora.sh [--errors] [SET...]     CORPORA=/path overrides the folder
#   sh scripts/eval-corpora.sh --learning-curve [SET...]   `eval --learning-curve` on each set
# Needs python3 (standard library only) to convert the sets; skips with a notice when the
# corpora folder is absent (as in a fresh clone).
#
# Label mapping (a gold set "a|b" means either class is right; see `replycov eval --help`):
#   ayuntamientos-citizen-tweets-es (es, citizens to city councils, communicative function):
#     destructivo -> criticism; informativo_demandante (asks for information or action,
#     reports an incident) -> reply (criticism|question); informativo_colaborador (shares
#     information) -> other; expresivo (opinions, praise, thanks, complaints) ->
#     criticism|thanks|other (only "not a question" is known); entretenido (jokes, irony)
#     and rows with none or two labels -> left out.
#     Measures: criticism recall, other, needs-reply misses.
#   complaints-social-media (en, to companies; the nine annotated domains only):
#     1 -> criticism; 0 -> question|thanks|other. Measures criticism precision and recall.
#   spanish-airline-tweets (es) and twitter-us-airline-sentiment (en), sentiment:
#     negative -> criticism; positive -> thanks|other; neutral -> question|other.
#     Sentiment is not intent: a negative question counts as criticism here.
#   smile-museum-tweets-emotion (en, to museums, emotion): happy (alone or with surprise)
#     -> thanks|other; angry, disgust and sad combined with either -> criticism; nocode ->
#     question|other; not-relevant, sad, surprise, happy|sad -> left out.
#   nhs-patient-feedback-pxtextmining (en, survey answers about public health services,
#     v6framework): sentiment 4-5 -> criticism; sentiment 1 with "Positive experience &
#     gratitude" -> thanks|other; the rest left out.
#   twcs-customer-support-sample (en, twcs_small.csv): customer tweets that open a
#     conversation (inbound, not a reply) -> reply (criticism|question). Measures only
#     the needs-reply misses; TWCS only holds conversations a company answered.
#   catalonia-independence-corpus (ca and es, political stance): the test splits, label
#     '*' (any class): measures the language only (ca for CA, es for ES). Its splits are by
#     source, not by language: some CA rows are Spanish and some ES rows Portuguese.
# lang-ok is over every row; lang-ok3 over the rows with three words or more (URLs,
# @mentions and #hashtags left out), the issue's measure of language on short messages.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-$ROOT/replycov}
CORPORA=${CORPORA:-$ROOT/../shared/corpora}
ERRORS=""
CURVE=""
if [ "${1:-}" = "--errors" ]; then ERRORS=--errors; shift; fi
if [ "${1:-}" = "--learning-curve" ]; then CURVE=1; shift; fi
SETS=${*:-ayuntamientos-citizen-tweets-es complaints-social-media spanish-airline-tweets twitter-us-airline-sentiment smile-museum-tweets-emotion nhs-patient-feedback-pxtextmining twcs-customer-support-sample catalonia-independence-corpus}

if [ ! -d "$CORPORA" ]; then
	echo "eval-corpora: SKIP: $CORPORA not found (the shared corpora are not in a fresh clone)"
	exit 0
fi
command -v python3 >/dev/null || { echo "eval-corpora: needs python3 to convert the sets" >&2; exit 2; }
[ -x "$BIN" ] || make -C "$ROOT" all >/dev/null
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

convert() {
	python3 - "$CORPORA" "$1" "$TMP" <<'PY'
import csv, json, sys, os, zipfile, io, re
corpora, name, tmp = sys.argv[1:4]
d = os.path.join(corpora, name)
out = open(os.path.join(tmp, name + '.csv'), 'w', newline='', encoding='utf-8')
w = csv.writer(out, lineterminator='\n')
w.writerow(['text', 'label', 'lang'])
out3 = open(os.path.join(tmp, name + '.3w.csv'), 'w', newline='', encoding='utf-8')
w3 = csv.writer(out3, lineterminator='\n')
w3.writerow(['text', 'label', 'lang'])
n = 0
def row(text, label, lang):
    global n
    if text and text.strip() and label:
        w.writerow([text, label, lang]); n += 1
        bare = re.sub(r'https?://\S+|www\.\S+|[@#]\w+', ' ', text)
        if len(re.findall(r'[^\W\d_]+', bare)) >= 3:
            w3.writerow([text, '*', lang])
csv.field_size_limit(10**8)
if name == 'ayuntamientos-citizen-tweets-es':
    m = {'destructivo': 'criticism', 'informativo_demandante': 'reply',
         'informativo_colaborador': 'other', 'expresivo': 'criticism|thanks|other'}
    for r in json.load(open(os.path.join(d, 'all_citizens_labeled_20220911.json'), encoding='utf-8')):
        if len(r['label']) == 1:
            row(r['text'], m.get(r['label'][0]), 'es')
elif name == 'complaints-social-media':
    for r in csv.reader(open(os.path.join(d, 'complaints-data.csv'), encoding='utf-8')):
        if len(r) == 4 and not r[3].startswith('random'):
            row(r[1], 'criticism' if r[2] == '1' else 'question|thanks|other', 'en')
elif name in ('spanish-airline-tweets', 'twitter-us-airline-sentiment'):
    f = 'tweets_public.csv' if name.startswith('spanish') else 'Tweets.csv'
    m = {'negative': 'criticism', 'positive': 'thanks|other', 'neutral': 'question|other'}
    for r in csv.DictReader(open(os.path.join(d, f), encoding='utf-8-sig')):
        row(r['text'], m.get(r['airline_sentiment']), 'es' if name.startswith('spanish') else 'en')
elif name == 'smile-museum-tweets-emotion':
    for r in csv.reader(open(os.path.join(d, 'smile-annotations-final.csv'), encoding='utf-8')):
        if len(r) != 3:
            continue
        c = set(r[2].split('|'))
        if c <= {'happy', 'surprise'} and 'happy' in c: lab = 'thanks|other'
        elif c & {'angry', 'disgust'}: lab = 'criticism'
        elif c == {'nocode'}: lab = 'question|other'
        else: lab = None
        row(r[1], lab, 'en')
elif name == 'nhs-patient-feedback-pxtextmining':
    for r in csv.DictReader(open(os.path.join(d, 'v6framework_230831.csv'), encoding='utf-8', errors='replace')):
        s = r.get('Comment sentiment', '').strip()
        lab = None
        if s in ('4', '5'): lab = 'criticism'
        elif s == '1' and r.get('Positive experience & gratitude', '').strip() in ('1', '1.0'): lab = 'thanks|other'
        row(r.get('FFT answer', ''), lab, 'en')
elif name == 'twcs-customer-support-sample':
    for r in csv.DictReader(open(os.path.join(d, 'twcs_small.csv'), encoding='utf-8')):
        if r['inbound'] == 'True' and not r['in_response_to_tweet_id'].strip():
            row(r['text'], 'reply', 'en')
elif name == 'catalonia-independence-corpus':
    for z, lang in (('01_CIC_CA.zip', 'ca'), ('02_CIC_ES.zip', 'es')):
        with zipfile.ZipFile(os.path.join(d, z)) as zf:
            for member in zf.namelist():
                if member.endswith('_test.csv'):
                    text = io.TextIOWrapper(zf.open(member), encoding='utf-8')
                    for r in csv.DictReader(text, delimiter='\t'):
                        row(r.get('TWEET', ''), '*', lang)
else:
    sys.exit('unknown set ' + name)
print(n)
PY
}

[ -n "$CURVE" ] || printf '%-34s %6s %8s %9s %8s %9s %9s %8s %8s\n' set rows macro-F1 crit-prec crit-rec need-miss noreply-fp lang-ok lang-ok3
for s in $SETS; do
	if [ ! -d "$CORPORA/$s" ]; then
		echo "eval-corpora: $s not found in $CORPORA, skipped"
		continue
	fi
	n=$(convert "$s") || { echo "eval-corpora: could not convert $s" >&2; continue; }
	if [ -n "$CURVE" ]; then
		echo "== $s"
		"$BIN" eval --learning-curve "$TMP/$s.csv"
		continue
	fi
	"$BIN" eval $ERRORS "$TMP/$s.csv" >"$TMP/$s.out" 2>"$TMP/$s.err"
	lo3=$("$BIN" eval "$TMP/$s.3w.csv" 2>/dev/null | sed -n 's/^language:.*(\([0-9.]*%\)).*/\1/p')
	if [ -n "$ERRORS" ]; then
		grep ': gold ' "$TMP/$s.out"
	fi
	awk -v set="$s" -v n="$n" -v lo3="${lo3:--}" '
		/^macro-F1:/ { f1 = $2 }
		/^criticism / && !cp { cp = $4; cr = $5 }
		/^need a reply/ { nm = $NF; if (nm !~ /%/) nm = "-" }
		/^need no reply/ { fp = $NF; if (fp !~ /%/) fp = "-" }
		/^language:/ { match($0, /\(([0-9.]+%)\)/); lo = substr($0, RSTART + 1, RLENGTH - 2) }
		END {
			gsub(/[()]/, "", nm); gsub(/[()]/, "", fp)
			printf "%-34s %6d %8s %9s %8s %9s %9s %8s %8s\n", set, n, f1 ? f1 : "-", cp ? cp : "-", cr ? cr : "-", nm ? nm : "-", fp ? fp : "-", lo ? lo : "-", lo3
		}' "$TMP/$s.out"
done
[ -n "$CURVE" ] || echo "(full reports: run 'replycov eval' on the converted CSV; mapping at the top of this script)"
