#!/bin/sh
# Style checks: banned functions anywhere in src/ and tests/, direct writes to stderr outside
# the diagnostics module, and (when clang-format is installed) formatting per .clang-format.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
bad=0
if grep -nE '\b(strcpy|sprintf|atoi|strtok|gets)\s*\(' src/*.c src/*.h tests/unit/*.c tests/fuzz/*.c; then
	echo "check-style: banned function above (use snprintf, strtol, memcpy with a length)"
	bad=1
fi
if grep -n 'fprintf(stderr' src/*.c | grep -v '^src/diag.c:'; then
	echo "check-style: write messages through diag.h, not fprintf(stderr"
	bad=1
fi
if [ "${1:-}" = "--format" ]; then
	if command -v clang-format >/dev/null; then
		if ! clang-format --dry-run -Werror src/*.c src/*.h tests/unit/*.c tests/fuzz/*.c 2>&1 | head -20 | grep .; then
			:
		else
			echo "check-style: clang-format would change the files above (clang-format -i src/*.[ch])"
			bad=1
		fi
	else
		echo "check-style: clang-format not installed, formatting not checked"
	fi
fi
exit $bad
