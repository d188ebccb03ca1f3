#!/bin/sh
# On a terminal a long run shows its progress on stderr (files, messages, rate, time left);
# --quiet silences it. (Off a terminal nothing is shown: every case test's experr says so.)
set -eu
cd "$ROOT"
command -v script >/dev/null 2>&1 || { echo "report-progress: script(1) is needed to make a terminal (bsdutils)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
REPLYCOV_PROGRESS_NOW=1 REPLYCOV_GNUPLOT=/nonexistent script -qec "'$BIN' report -o '$tmp/a' samples/facebook" /dev/null >"$tmp/tty" 2>&1 || true
grep -q 'replycov: 4/4 files, 350 messages, [0-9]* messages/s, 0:00 left' "$tmp/tty" || { echo "report-progress: no progress line on a terminal"; cat -v "$tmp/tty" | head; exit 1; }
REPLYCOV_PROGRESS_NOW=1 REPLYCOV_GNUPLOT=/nonexistent script -qec "'$BIN' --quiet report -o '$tmp/b' samples/facebook" /dev/null >"$tmp/quiet" 2>&1 || true
! grep -q 'messages/s' "$tmp/quiet" || { echo "report-progress: progress shown with --quiet"; exit 1; }
grep -q 'Report written to' "$tmp/quiet" || { echo "report-progress: the quiet run did not finish"; cat -v "$tmp/quiet" | head; exit 1; }
