#!/bin/sh
# "Nothing read" is not success (issue 12, defect 9): every command that reads inputs, given
# only an empty folder, an empty file or files it does not recognise, exits 1 and says in one
# sentence which inputs were not read and why; given a period no message is dated in, it says
# so and exits 1. JSON keeps its shape (nothing is added to it).
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
fail() {
	echo "hostile-nothing: $*"
	[ -f err ] && cat err
	exit 1
}
mkdir empty junk
: >junk/empty.json
echo 'just some notes' >junk/notes.txt
echo x >junk/.hidden
printf 'thread,id,parent_id,author_id,author,created_at,text\nt,t,,page,Servei,2026-03-02T08:00:00Z,Post\nt,c,t,u1,Ana Gil,2026-03-02T09:00:00Z,Hola?\n' >a.csv
printf 'id,label\nc,question\n' >gold.csv

# Each command reading inputs, on an empty folder and on a folder with nothing recognised.
for cmd in coverage dump classify ratio times fairness "user Ana" "report -o out" "thread t -o out" \
	"eval --gold gold.csv"; do
	for input in empty junk; do
		rc=0
		# shellcheck disable=SC2086
		"$BIN" $cmd "$input" >out.txt 2>err || rc=$?
		rm -rf out
		case "$cmd" in
		thread*) [ $rc != 0 ] || fail "'$cmd $input': exit 0" ;; # the thread asked for is not there (2)
		*) [ $rc = 1 ] || fail "'$cmd $input': exit $rc, expected 1" ;;
		esac
		case $input in
		empty) want="^replycov: error: no messages read: the folder 'empty' holds no files$" ;;
		junk) want="^replycov: error: no messages read: 'junk/empty.json' is empty, 'junk/notes.txt' was not recognised and 'junk/.hidden' is hidden$" ;;
		esac
		grep -q "$want" err || fail "'$cmd $input': no sentence saying what was not read"
		[ "$(grep -c '^replycov: error: no messages read' err)" = 1 ] || fail "'$cmd $input': the sentence is not said once"
	done
done
grep -q "^replycov: read 0 of 3 files (not read: 1 empty, 1 not recognised, 1 hidden), 0 messages" err ||
	fail "the accounting line does not add up"

# A period no message is dated in: said, exit 1, for every command that takes a period.
for cmd in coverage times fairness "user Ana" "report -o out" "thread t -o out"; do
	rc=0
	# shellcheck disable=SC2086
	"$BIN" $cmd --period 2025Q1 a.csv >out.txt 2>err || rc=$?
	rm -rf out
	[ $rc = 1 ] || fail "'$cmd --period 2025Q1': exit $rc, expected 1"
	grep -q "^replycov: error: no message in the period 2025Q1: the 2 messages read are dated 2026-03-02 (UTC)$" err ||
		fail "'$cmd --period 2025Q1': the empty period is not said"
done

# A period that holds a message: no such error.
"$BIN" coverage --need-reply all --official page --period 2026Q1 a.csv >out.txt 2>err || fail "a period with messages: exit $?"
! grep -q "no message in the period" err || fail "a period with messages said to be empty"

# JSON and CSV keep their shape: the same keys, whatever was read.
"$BIN" coverage --format json empty >empty.json 2>/dev/null && fail "coverage --format json of nothing: exit 0"
"$BIN" coverage --format json a.csv >a.json 2>/dev/null || true
sed -n 's/^  "\([a-z_]*\)".*/\1/p' empty.json >keys-empty
sed -n 's/^  "\([a-z_]*\)".*/\1/p' a.json >keys-a
cmp -s keys-empty keys-a || fail "the JSON of nothing read has other keys than the JSON of a file"
exit 0
