#!/bin/sh
# Inputs too big to commit, generated here: a 50 MB comment, a thread of 1,000,000 comments,
# a reply chain 100,000 deep. Each must finish with exact counts and the expected message.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# A 50 MB comment: kept, truncated to 1 MiB with a warning.
awk 'BEGIN { printf "id,author,created_at,text,thread\n"; printf "1,Ana,2026-03-02T08:00:00Z,\""
	for (i = 0; i < 50 * 1024; i++) printf "%s", sprintf("%1024s", "x"); printf "\",t\n" }' >"$dir/big.csv"
"$BIN" dump "$dir/big.csv" >"$dir/out" 2>"$dir/err" || true
grep -q "text of 52428800 bytes truncated to 1048576" "$dir/err" || { echo "hostile-big: no truncation warning"; cat "$dir/err"; exit 1; }
grep -q "1 accepted, 0 rejected" "$dir/err" || { echo "hostile-big: 50 MB comment not accepted"; exit 1; }

# One thread, 1,000,000 comments: every tenth is the page answering the comment before it.
awk 'BEGIN { print "thread,id,parent_id,author_id,author,created_at,text"
	print "t,t,,page,Servei,1772438400,Post"
	for (i = 1; i <= 1000000; i++) {
		if (i % 10 == 0) printf "t,%d,%d,page,Servei,%d,Resposta\n", i, i - 1, 1772438400 + i
		else printf "t,%d,t,u%d,Persona %d,%d,Pregunta %d\n", i, i % 50000, i % 50000, 1772438400 + i, i
	} }' >"$dir/million.csv"
"$BIN" coverage --need-reply all --format json -o "$dir/million.json" "$dir/million.csv" 2>"$dir/err"
grep -q '"messages":1000001,"official":100001,"comments":900000,"need_reply":900000,"answered":100000,"unanswered":800000' "$dir/million.json" ||
	{ echo "hostile-big: wrong counts on the 1,000,000-comment thread"; head -c 600 "$dir/million.json"; exit 1; }

# A reply chain 100,000 deep, alternating citizen and page: every citizen comment answered
# after 1 second, directly.
awk 'BEGIN { print "thread,id,parent_id,author_id,author,created_at,text"
	print "t,t,,page,Servei,1772438400,Post"
	for (i = 1; i <= 100000; i++) {
		p = (i == 1) ? "t" : i - 1
		if (i % 2 == 0) printf "t,%d,%s,page,Servei,%d,Resposta\n", i, p, 1772438400 + i
		else printf "t,%d,%s,u1,Ana Gil,%d,Pregunta\n", i, p, 1772438400 + i
	} }' >"$dir/deep.csv"
"$BIN" coverage --need-reply all --format json -o "$dir/deep.json" "$dir/deep.csv" 2>"$dir/err"
grep -q '"answered":50000,"unanswered":0' "$dir/deep.json" && grep -q '"median_response_s":1,"p90_response_s":1' "$dir/deep.json" ||
	{ echo "hostile-big: wrong result on the 100,000-deep chain"; head -c 600 "$dir/deep.json"; exit 1; }
