#!/bin/sh
# A report that fits (issue 13): on 45 input files, each a thread whose two comments were
# answered in reverse order, in es, ca and en:
#  - every input is listed once (no separate "Inputs" table), in the evidence, which is a
#    section of the contents; its table is capped, and says in the reader's language how many
#    more files there are and that manifest.json holds them all with their SHA-256;
#  - the fairness "Order of answers" table is capped the same way;
#  - every table sits in a box that scrolls on screen;
#  - --org is on the page (escaped where it is text, and in the style sheet where print puts
#    it in the page margin with the page numbers, in the reader's language);
#  - the method and the summary's "Service hours" name the schedule by its file's name, zone
#    and holidays, never by its path; the footer points at the evidence;
#  - tables of many columns take the smaller type (class "wide");
#  - no raw option value ("direct,branch", "criticism,question,thanks") reaches the reader
#    outside the command line quoted in the evidence.
# Then: the organisation from the schedule's `org` line when --org is not given (--org wins
# over it), and the fairness moderation log capped at 30 comments with the rest counted.
set -eu
cd "$ROOT"
. "$ROOT/tests/scripts/report-lib.inc"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export REPLYCOV_GNUPLOT=/nonexistent
in="$tmp/exports-of-the-social-media-team-first-quarter"
mkdir -p "$in"
i=10
while [ $i -lt 55 ]; do
	day=2026-02-$(printf %02d $((i % 20 + 1)))
	cat >"$in/thread-$i.csv" <<EOF
thread,id,parent_id,author_id,author,created_at,text,platform,channel
t$i,t$i,,page,Ocupació Valenciana,${day}T08:00:00+01:00,Cursos de primavera $i,facebook,public
t$i,a$i,t$i,u$i,Persona A$i,${day}T09:00:00+01:00,¿Dónde me puedo inscribir?,facebook,public
t$i,b$i,t$i,v$i,Persona B$i,${day}T09:05:00+01:00,¿Cuándo se abre el plazo?,facebook,public
t$i,r$i,b$i,page,Ocupació Valenciana,${day}T09:30:00+01:00,El plazo se abre el lunes,facebook,public
t$i,s$i,a$i,page,Ocupació Valenciana,${day}T10:30:00+01:00,En la sede electrónica,facebook,public
EOF
	i=$((i + 1))
done
org='Ocupació "Valenciana" </style><script>x</script>'
fail() {
	echo "report-fits: $*"
	exit 1
}
for lang in es ca en; do
	out="$tmp/r-$lang"
	"$BIN" report --lang "$lang" --org "$org" --official page --period 2026Q1 --rules direct,branch \
		--need-reply criticism,question,thanks --schedule samples/schedule-valencia-2026.txt -o "$out" "$in" \
		>/dev/null 2>"$tmp/err" || {
		cat "$tmp/err"
		fail "$lang: report failed"
	}
	h="$out/report.html"
	check_html "$h" || fail "$lang: report.html is not well-formed or not self-contained"
	case $lang in
	es) more='y 15 más' page='"Página " counter(page) " de " counter(pages)' ;;
	ca) more='i 15 més' page='"Pàgina " counter(page) " de " counter(pages)' ;;
	en) more='and 15 more' page='"Page " counter(page) " of " counter(pages)' ;;
	esac
	# inputs once: no file is named twice, and the table stops at 30 with the rest counted
	for f in "$in"/*.csv; do
		n=$(grep -c "$f" "$h" || true)
		[ "$n" -le 1 ] || fail "$lang: $f listed $n times"
	done
	listed=$(grep -c "$in/thread-" "$h" || true)
	[ "$listed" = 30 ] || fail "$lang: $listed inputs listed, expected the first 30"
	grep -q "<p class=\"note\">[^<]*$more[^<]*manifest\.json" "$h" || fail "$lang: no '$more ... manifest.json' note"
	grep -q '<li><a href="#evidence">' "$h" || fail "$lang: the evidence is not in the contents"
	grep -q '<section id="evidence">' "$h" || fail "$lang: the evidence is not a section"
	# the order of answers: 45 threads out of order, 30 shown
	order=$(sed -n '/<h3 id="fairness-order">/,/<h3 id="fairness-moderation">/p' "$h")
	rows=$(printf '%s\n' "$order" | grep -c '^<tr>' || true)
	[ "$rows" = 30 ] || fail "$lang: the order of answers lists $rows threads, expected 30"
	printf '%s\n' "$order" | grep -q "<p class=\"note\">[^<]*$more" || fail "$lang: the order of answers does not say '$more'"
	# tables scroll on screen rather than being cut
	[ "$(grep -c '<div class="table">' "$h")" = "$(grep -c '<table[ >]' "$h")" ] || fail "$lang: a table outside its scrolling box"
	# the organisation: text escaped in the page, a CSS string in the style sheet
	grep -q '<p class="org">Ocupació &quot;Valenciana&quot; &lt;/style&gt;&lt;script&gt;x&lt;/script&gt;</p>' "$h" ||
		fail "$lang: the organisation is not at the top of the page"
	grep -Fq 'content:"Ocupació \"Valenciana\" \3c /style>\3c script>x\3c /script>"' "$h" ||
		fail "$lang: the organisation is not in the printed page's margin"
	grep -Fq "$page" "$h" || fail "$lang: no page numbers in print ($page)"
	[ "$(grep -c '</style>' "$h")" = 1 ] || fail "$lang: the style sheet was closed early"
	head -n 1 "$out/report.md" | grep -Fq 'Ocupació "Valenciana"' || fail "$lang: report.md does not start with the organisation"
	# the schedule by its name, zone and holidays in the method and the summary, no path
	case $lang in
	es) sched='schedule-valencia-2026\.txt, zona horaria Europe/Madrid, 15 festivos' foot='«Procedencia de los datos»' ;;
	ca) sched='schedule-valencia-2026\.txt, zona horària Europe/Madrid, 15 festius' foot='«Procedència de les dades»' ;;
	en) sched='schedule-valencia-2026\.txt, time zone Europe/Madrid, 15 holidays' foot='“Evidence”' ;;
	esac
	method=$(sed -n '/<section id="method">/,/<\/section>/p' "$h")
	printf '%s\n' "$method" | grep -q "$sched" || fail "$lang: the method does not name the schedule ($sched)"
	summary=$(sed -n '/<section id="summary">/,/<\/section>/p' "$h")
	printf '%s\n' "$summary" | grep -q "<td[^>]*>$sched</td>" || fail "$lang: the summary's service hours are not '$sched'"
	if sed '/<section id="evidence">/,/<\/section>/d' "$h" | grep -q 'samples/schedule'; then
		fail "$lang: the schedule's path outside the evidence"
	fi
	sed -n '/<footer>/,/<\/footer>/p' "$h" | grep -q "$foot" || fail "$lang: the footer does not point at the evidence ($foot)"
	# the threads table (9 columns) in the smaller type
	sed -n '/<section id="threads">/,/<\/section>/p' "$h" | grep -q '<table class="wide">' ||
		fail "$lang: the threads table is not marked wide"
	# raw option values only inside the command line
	for f in "$h" "$out/report.md"; do
		if grep -v 'replycov report --lang' "$f" | grep -E 'direct,branch|criticism,question'; then
			fail "$lang: a raw option value in $(basename "$f")"
		fi
	done
done

# The organisation from the schedule's `org` line; --org wins over it.
cat >"$tmp/hours.txt" <<'EOF'
zone Europe/Madrid
org Servei Valencià d'Ocupació & <Formació>   # a comment is not part of the name
open mon-fri 09:00-14:00
EOF
"$BIN" report --lang ca --period 2026Q1 --schedule "$tmp/hours.txt" -o "$tmp/o1" "$in" >/dev/null 2>&1 ||
	fail "org: report failed"
grep -q '<p class="org">Servei Valencià d&#39;Ocupació &amp; &lt;Formació&gt;</p>' "$tmp/o1/report.html" ||
	fail "org: the schedule's org line is not at the top of the page"
grep -Fq "@top-left{content:\"Servei Valencià d'Ocupació & \\3c Formació>\"" "$tmp/o1/report.html" ||
	fail "org: the schedule's org line is not in the printed page's margin"
grep -q 'hours\.txt, zona horària Europe/Madrid, 0 festius' "$tmp/o1/report.md" || fail "org: the schedule's words"
"$BIN" report --lang ca --org 'Una altra' --period 2026Q1 --schedule "$tmp/hours.txt" -o "$tmp/o2" "$in" \
	>/dev/null 2>&1 || fail "org: report with --org failed"
grep -q '<p class="org">Una altra</p>' "$tmp/o2/report.html" || fail "org: --org does not win over the schedule"
! grep -q 'Formació' "$tmp/o2/report.html" || fail "org: the schedule's org shown beside --org"
# without either, no organisation and no empty margin box
"$BIN" report --lang en --period 2026Q1 -o "$tmp/o3" "$in" >/dev/null 2>&1 || fail "org: report without org failed"
! grep -q 'class="org"\|@top-left' "$tmp/o3/report.html" || fail "org: an organisation shown though none was given"

# The moderation log of the equal-treatment part: 35 comments marked as spam, 30 quoted.
{
	echo '<?xml version="1.0" encoding="utf-8"?>'
	echo '<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">'
	echo '<thread dsq:id="1"><id>t</id><link>https://x.example/t/</link><title>Cursos</title>'
	echo '<createdAt>2026-02-02T09:00:00Z</createdAt><author><name>Ocupació</name><username>ocupacio</username></author></thread>'
	i=10
	while [ $i -lt 45 ]; do
		echo "<post dsq:id=\"$i\"><message>Oferta $i</message><createdAt>2026-02-02T10:$i:00Z</createdAt>"
		echo "<isDeleted>false</isDeleted><isSpam>true</isSpam><author><name>Spam $i</name></author><thread dsq:id=\"1\"/></post>"
		i=$((i + 1))
	done
	echo '</disqus>'
} >"$tmp/mod.xml"
"$BIN" fairness --lang es --format md --official ocupacio "$tmp/mod.xml" >"$tmp/mod.md" 2>"$tmp/err" || {
	cat "$tmp/err"
	fail "moderation: fairness failed"
}
n=$(grep -c '^> Oferta' "$tmp/mod.md" || true)
[ "$n" = 30 ] || fail "moderation: $n moderated comments quoted, expected 30"
grep -q '…y 5 comentarios moderados más' "$tmp/mod.md" || fail "moderation: the 5 more are not counted"
echo "report-fits: ok"
