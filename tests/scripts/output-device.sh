#!/bin/sh
# -o onto a device or a FIFO writes in place; it must never rename a file over it.
set -eu
cd "$ROOT"
"$BIN" coverage -o /dev/null samples/facebook 2>/dev/null
[ -c /dev/null ] || { echo "output-device: /dev/null is no longer a character device"; exit 1; }
dir=$(mktemp -d)
mkfifo "$dir/fifo"
cat "$dir/fifo" >"$dir/got" &
"$BIN" coverage --format csv -o "$dir/fifo" samples/facebook 2>/dev/null
wait
[ -p "$dir/fifo" ] || { echo "output-device: the FIFO was replaced"; exit 1; }
grep -q '^platform,thread,' "$dir/got" || { echo "output-device: nothing came through the FIFO"; exit 1; }
# A regular file appears whole, with no temporary file left beside it.
"$BIN" coverage --format json -o "$dir/out.json" samples/facebook 2>/dev/null
[ -s "$dir/out.json" ] && [ "$(ls "$dir" | grep -c tmp)" = 0 ] || { echo "output-device: temporary file left"; exit 1; }
rm -rf "$dir"
