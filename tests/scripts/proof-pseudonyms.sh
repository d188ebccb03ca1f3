#!/bin/sh
# Pseudonyms are stable for the same key, different across keys, equal to HMAC-SHA256 of
# "platform\nauthor key" under the key file's bytes (checked with openssl, an independent
# implementation), and the complainant keeps their name in their own sheet.
set -eu
cd "$ROOT"
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
printf 'first key, test only' >"$d/k1"
printf 'second key, test only' >"$d/k2"
"$BIN" user 64431208121098331 --lang en --pseudonymize "$d/k1" samples/facebook >"$d/a" 2>/dev/null
"$BIN" user 64431208121098331 --lang en --pseudonymize "$d/k1" samples/facebook >"$d/b" 2>/dev/null
"$BIN" user 64431208121098331 --lang en --pseudonymize "$d/k2" samples/facebook >"$d/c" 2>/dev/null
cmp -s "$d/a" "$d/b" || { echo "proof-pseudonyms: the same key gave different sheets"; exit 1; }
grep -o 'citizen-[0-9a-f]*' "$d/a" | sort -u >"$d/pa"
grep -o 'citizen-[0-9a-f]*' "$d/c" | sort -u >"$d/pc"
[ -s "$d/pa" ] || { echo "proof-pseudonyms: no pseudonym in the sheet"; exit 1; }
[ "$(wc -l <"$d/pa")" = "$(wc -l <"$d/pc")" ] || { echo "proof-pseudonyms: the keys give different numbers of people"; exit 1; }
[ -z "$(comm -12 "$d/pa" "$d/pc")" ] || { echo "proof-pseudonyms: two keys share pseudonyms"; exit 1; }
grep -q '^Record of replies: Consol Bataller$' "$d/a" || { echo "proof-pseudonyms: the complainant is not named"; exit 1; }
# Neus Chulià and Raquel Company were answered after Consol: they must not appear by name.
if grep -q 'Neus Chulià\|Raquel Company' "$d/a"; then
	echo "proof-pseudonyms: another citizen is named"
	exit 1
fi
# The author of comment 1220000438400853_1220000439445881, answered after Consol's question.
if command -v openssl >/dev/null; then
	want=$(printf 'facebook\nid:98634325854665628' | openssl dgst -sha256 -hmac 'first key, test only' | sed 's/.*= //' | cut -c1-8)
	# the comment's id is the small print under the person's cell, on the next line
	awk -v w="citizen-$want" 'prev ~ w && /1220000438400853_1220000439445881/ { f = 1 } { prev = $0 } END { exit !f }' "$d/a" ||
		{ echo "proof-pseudonyms: citizen-$want (openssl's HMAC) does not stand for the author of 1220000438400853_1220000439445881"; exit 1; }
else
	echo "proof-pseudonyms: openssl is needed for the cross-check (sh scripts/install-deps.sh installs it)"
	exit 1
fi
