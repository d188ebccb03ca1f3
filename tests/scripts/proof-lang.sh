#!/bin/sh
# The proof sheet in Spanish and Valencian holds no English of its language table: every phrase
# and word of the English column of src/i18n_proof.c (the parts between the %s blanks) is looked
# for in the es and ca sheets of several people (answered, unanswered, no reply needed, private,
# nobody in the period, pseudonyms and --min-cell, a name several people share), as text,
# Markdown and HTML, once what comes from the data (quoted messages, « » excerpts) is set aside.
# Every sheet also has to hold the words of its own language.
set -eu
cd "$ROOT"
command -v python3 >/dev/null 2>&1 || { echo "proof-lang: needs python3 (sh scripts/install-deps.sh installs it)"; exit 1; }
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
printf 'a key for the test only' >"$d/key"
S="--schedule samples/schedule-valencia-2026.txt --official 104520000000001 --agent-signature ^(JL):"
n=0
for l in es ca; do
	for fmt in text md html; do
		n=$((n + 1))
		"$BIN" user 63700526499915025 --lang $l --format $fmt $S samples/facebook samples/private >"$d/$l-kike.$fmt" 2>/dev/null || true
		"$BIN" user 'Elena Ruiz' --lang $l --format $fmt $S --period 2026Q1 samples/private >"$d/$l-elena.$fmt" 2>/dev/null || true
		"$BIN" user 38319896786899733 --lang $l --format $fmt --period 2026-04 samples/facebook >"$d/$l-empty.$fmt" 2>/dev/null || true
		"$BIN" user 94821784489029701 --lang $l --format $fmt samples/facebook >"$d/$l-none.$fmt" 2>/dev/null || true
		"$BIN" user 'Consol Bataller' --lang $l --format $fmt --pseudonymize "$d/key" --min-cell 50 $S samples/facebook >"$d/$l-consol.$fmt" 2>/dev/null || true
	done
	"$BIN" user 'Laura Martínez' --lang $l samples/facebook >"$d/$l-same.text" 2>/dev/null || true
	"$BIN" user 63700526499915025 --lang $l --format md -o "$d/$l-dir" samples/facebook >"$d/$l-wrote.text" 2>/dev/null
done
python3 - "$ROOT/src/i18n_proof.c" "$d" <<'EOF'
import html, os, re, sys

table, folder = sys.argv[1], sys.argv[2]
src = open(table, encoding="utf-8").read()
# Each entry: W(ID) = {{"en" "en...", "es...", "ca..."}}: the string literals, joined.
entries = []
for m in re.finditer(r'W\((TP_\w+)\)\s*=\s*\{\{(.*?)\}\},', src, re.S):
    cols, cur, i, body = [], "", 0, m.group(2)
    for tok in re.finditer(r'"((?:[^"\\]|\\.)*)"|(,)', body):
        if tok.group(2):
            cols.append(cur)
            cur = ""
        else:
            cur += tok.group(1).encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
    cols.append(cur)
    if len(cols) != 3:
        print("proof-lang: cannot read entry %s" % m.group(1))
        sys.exit(1)
    entries.append((m.group(1), cols))
if len(entries) < 50:
    print("proof-lang: only %d entries read from %s" % (len(entries), table))
    sys.exit(1)

def pieces(s):
    out = []
    for p in s.split("%s"):
        p = p.strip(" .,:;()“”«»·-")
        if re.search(r"[A-Za-z]{3}", p):
            out.append(p)
    return out

def clean(text, ext):
    if ext == "html":
        text = re.sub(r"<style>.*?</style>", " ", text, flags=re.S)
        text = re.sub(r"<blockquote>.*?</blockquote>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]*>", " ", text)
        text = html.unescape(text)
    elif ext == "md":
        text = "\n".join(l for l in text.split("\n") if not l.startswith(">"))
        text = text.replace("\\", "")
    else:
        text = "\n".join(l for l in text.split("\n") if not l.lstrip().startswith(">"))
    text = re.sub(r"\s+", " ", text)
    # quoted texts are data
    text = re.sub(r"«[^»]*»", " ", text)
    return text

def word(p):
    return r"(?<![\w'])" + re.escape(p) + r"(?![\w'])"

words = {"es": ("Historial de atención", "Mensajes"), "ca": ("Historial d'atenció", "Missatges")}
bad = 0
files = sorted(os.listdir(folder))
checked = 0
for f in files:
    path = os.path.join(folder, f)
    if os.path.isdir(path) or f == "key":
        continue
    lang, ext = f[:2], f.rsplit(".", 1)[1]
    text = clean(open(path, encoding="utf-8").read(), ext)
    if not text.strip():
        print("proof-lang: %s is empty" % f)
        bad += 1
        continue
    checked += 1
    if f.endswith("-wrote.text"):
        want = {"es": "Historial escrito en", "ca": "Historial escrit en"}[lang]
    elif "-same." in f:
        want = {"es": "corresponde a 2 personas", "ca": "correspon a 2 persones"}[lang]
    else:
        want = words[lang][0]
    if want not in text:
        print("proof-lang: %s lacks '%s'" % (f, want))
        bad += 1
    for name, (en, es, ca) in entries:
        other = es if lang == "es" else ca
        for p in pieces(en):
            if re.search(word(p), other):
                continue  # the same word in both languages ("Regla", "Percentil" are not English)
            if re.search(word(p), text):
                print("proof-lang: %s holds the English '%s' (%s)" % (f, p, name))
                bad += 1
if checked < 30:
    print("proof-lang: only %d sheets checked" % checked)
    bad += 1
sys.exit(1 if bad else 0)
EOF
