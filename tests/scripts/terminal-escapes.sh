#!/bin/sh
# Nothing from an input reaches the terminal as a control sequence (issue 12, defect 6): ESC
# sequences, BEL, C1 controls and tabs in CSV fields, in author names, in labels and in file
# names, and invalid UTF-8 in file names, come out of the text outputs (coverage, dump,
# classify, eval, ratio) and of every diagnostic escaped (\x1b, \u009b, \xe9), while accents
# and emoji stay as they are. Checked byte by byte with od, grep and iconv (no python3 needed).
set -eu
export LC_ALL=C
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
fail() {
	echo "terminal-escapes: $1"
	[ -f "$d/all" ] && od -c "$d/all" | head -20
	exit 1
}
# A raw control byte in FILE: C0 (all but newline), DEL, NUL, or C1 in its UTF-8 form.
has_controls() {
	LC_ALL=C grep -aq "$(printf '[\001-\011\013-\037\177]')" "$1" && return 0
	LC_ALL=C grep -aq "$(printf '\302[\200-\237]')" "$1" && return 0
	od -An -tx1 -v "$1" | grep -qw 00 && return 0
	return 1
}
esc=$(printf '\033')
printf 'thread,id,parent_id,author_id,author,created_at,text,platform,channel\n' >esc.csv
printf 't1,t1,,page,Ocupació,2026-03-02T09:00:00+01:00,Hola,facebook,public\n' >>esc.csv
printf 't1,c1,t1,u1,"Evil \033[31mRed\033[0m",2026-03-02T10:00:00+01:00,"why \033]0;pwned\007 no answer? \033[2J",facebook,public\n' >>esc.csv
printf 't1,c2,missing\033[1m,u2\033[5m,"Bob \302\233 Tab\tX",2026-03-02T10:05:00+01:00,"hi?",facebook,public\n' >>esc.csv
printf 't1,c3,t1,u3,Carl,2026-03-02T1\033[5m0:00,"question?",facebook,public\n' >>esc.csv
printf 't1,c5,t1,u5,"Àngels Ferrer 🙂",2026-03-02T11:00:00+01:00,"per què?",facebook,public\n' >>esc.csv
printf 't2\033[7m,t2\033[7m,,page,Ocupació,2026-03-03T09:00:00+01:00,Post,x\033[4mbook,public\n' >>esc.csv
printf 't2\033[7m,c4,t2\033[7m,u4,Dani,2026-03-03T10:00:00+01:00,"¿y el formulario?",x\033[4mbook,public\n' >>esc.csv
printf 't2\033[7m,c6\033[3m,c4,u6,Eva,2026-03-03T11:00:00+01:00,"moltes gràcies",x\033[4mbook,public\n' >>esc.csv
# The same export under a name with an escape sequence and under a Latin-1 name; a file that is
# no export under a name with BEL; a missing file under a name with ESC.
evil=$(printf 'e\033[31mvil.csv')
latin=$(printf 'caf\351.csv')
cp esc.csv "$evil"
cp esc.csv "$latin"
printf 'nothing to read\n' >"$(printf 'bell\007.txt')"
printf 'text,label,lang\n"Gracias por nada \033[31m",criticism,es\n"no va",compl\033[5maint,es\n' >labeled.csv
printf '"where is the form \033]0;x\007",thanks,en\n' >>labeled.csv
printf 'id,label,note\nc1,thanks,ok\nc6\033[3m,criticism,\nzz\033[1m,question,\n' >gold.csv

: >all
run() {
	# every command's stdout and stderr, whatever its exit status
	"$BIN" "$@" >out 2>err || true
	for f in out err; do
		if has_controls $f; then
			cp $f all
			fail "raw control characters in the std$f of replycov $1 (its arguments hold some: not shown)"
		fi
		if ! iconv -f UTF-8 -t UTF-8 $f >/dev/null 2>&1; then
			cp $f all
			fail "invalid UTF-8 in the std$f of replycov $1"
		fi
	done
	cat out err >>all
}
run coverage esc.csv "$evil" "$latin" "$(printf 'bell\007.txt')"
run coverage --need-reply all esc.csv
run dump esc.csv "$evil" "$latin"
run classify --explain esc.csv "$latin"
run ratio --official page esc.csv "$latin"
run eval --errors labeled.csv
run eval --errors --gold gold.csv esc.csv
run coverage "$(printf 'miss\033[2Jing.csv')"
run times "$evil"
# Escaped, not dropped: the reader sees what the input held.
grep -qF 'Evil \x1b[31mRed\x1b[0m' all || fail "the author name is not shown escaped"
grep -qF 'Bob \u009b Tab\x09X' all || fail "the C1 control and the tab are not shown escaped"
grep -qF "is '2026-03-02T1\\x1b[5m0:00'" all || fail "the quoted subject of the diagnostic is not escaped"
grep -qF 'e\x1b[31mvil.csv' all || fail "a file name with ESC is not escaped"
grep -qF 'caf\xe9.csv' all || fail "a Latin-1 file name is not shown as \\xe9"
grep -qF 'bell\x07.txt' all || fail "a file name with BEL is not escaped in its diagnostic"
grep -qF 'miss\x1b[2Jing.csv' all || fail "a missing file's name is not escaped"
grep -qF "'compl\\x1b[5maint'" all || fail "an unknown label is not shown escaped"
grep -qF 'x\x1b[4mbook/t2\x1b[7m' all || fail "a thread key is not shown escaped"
grep -qF 'Àngels Ferrer 🙂' all || fail "accents or emoji were escaped"
case $(grep -c "$esc" all || true) in 0) ;; *) fail "ESC in the output" ;; esac
echo "terminal-escapes: ok"
