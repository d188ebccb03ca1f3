#!/bin/sh
# The same inputs and options give the same bytes: the proof sheet folder (sheet and manifest)
# and the fairness figures, run twice, with the inputs named in another order, and with
# -j 1 against -j 2.
set -eu
cd "$ROOT"
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
opts="--official 104520000000001 --schedule samples/schedule-valencia-2026.txt --agent-signature ^(JL):"
fb="samples/facebook/post-ayudas-2026-03.json samples/facebook/post-cursos-primavera-2026.json samples/facebook/post-eures-2026-03.json samples/facebook/post-horario-tarde-2026-03.json"
rev="samples/private/messages.csv samples/facebook/post-horario-tarde-2026-03.json samples/facebook/post-eures-2026-03.json samples/facebook/post-cursos-primavera-2026.json samples/facebook/post-ayudas-2026-03.json"
for fmt in md html json text; do
	"$BIN" user 64431208121098331 $opts --format $fmt -o "$d/a-$fmt" $fb samples/private/messages.csv 2>/dev/null
	"$BIN" user 64431208121098331 $opts --format $fmt -o "$d/b-$fmt" $fb samples/private/messages.csv 2>/dev/null
	"$BIN" user 64431208121098331 --format $fmt $opts -o "$d/c-$fmt" $rev 2>/dev/null
	"$BIN" user 64431208121098331 $opts -j 1 --format $fmt -o "$d/d-$fmt" samples/private samples/facebook 2>/dev/null
	"$BIN" user 64431208121098331 $opts -j 2 --format $fmt -o "$d/e-$fmt" samples/facebook samples/private 2>/dev/null
	for x in b c; do
		diff -r "$d/a-$fmt" "$d/$x-$fmt" >/dev/null || { echo "proof-determinism: user --format $fmt: run $x differs"; diff -r "$d/a-$fmt" "$d/$x-$fmt" | head; exit 1; }
	done
	# named files and folders give the same inputs, so the same bytes
	diff -r "$d/d-$fmt" "$d/e-$fmt" >/dev/null || { echo "proof-determinism: user -j 1 and -j 2 differ ($fmt)"; exit 1; }
	diff -r "$d/a-$fmt" "$d/d-$fmt" >/dev/null || { echo "proof-determinism: user with folders and with files differ ($fmt)"; exit 1; }
done
[ "$(ls "$d/a-md")" = "manifest.json
sheet.md" ] || { echo "proof-determinism: the report folder holds $(ls "$d/a-md")"; exit 1; }
for fmt in text json; do
	"$BIN" fairness --format $fmt $opts $fb samples/private/messages.csv >"$d/f1" 2>/dev/null
	"$BIN" fairness --format $fmt $opts $rev >"$d/f2" 2>/dev/null
	"$BIN" fairness --format $fmt $opts -j 1 samples/private samples/facebook >"$d/f3" 2>/dev/null
	"$BIN" fairness --format $fmt $opts -j 2 samples/facebook samples/private >"$d/f4" 2>/dev/null
	for x in f2 f3 f4; do
		cmp -s "$d/f1" "$d/$x" || { echo "proof-determinism: fairness --format $fmt: $x differs"; diff "$d/f1" "$d/$x" | head; exit 1; }
	done
done
