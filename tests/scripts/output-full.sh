#!/bin/sh
# An output folder that fills up, or that cannot be written: exit 2, a message naming the
# file, and nothing left behind that looks complete. Needs root to mount small file systems;
# otherwise prints SKIP.
set -u
cd "$ROOT"
dir=$(mktemp -d)
trap 'umount "$dir/full" 2>/dev/null; umount "$dir/ro" 2>/dev/null; rm -rf "$dir"' EXIT
mkdir -p "$dir/full" "$dir/ro"
if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o size=64k tmpfs "$dir/full" 2>/dev/null; then
	echo "SKIP output-full: needs root and mount (tmpfs)"
	exit 0
fi
"$BIN" coverage --format json -o "$dir/full/out.json" samples/facebook 2>"$dir/err"
rc=$?
[ $rc = 2 ] || { echo "output-full: exit $rc on a full disk, expected 2"; exit 1; }
grep -q "out.json: error: cannot write: No space left on device" "$dir/err" || { echo "output-full: message"; cat "$dir/err"; exit 1; }
[ -z "$(ls -A "$dir/full")" ] || { echo "output-full: files left on the full disk:"; ls -la "$dir/full"; exit 1; }
mount -t tmpfs -o ro,size=64k tmpfs "$dir/ro" 2>/dev/null || { echo "SKIP read-only part"; exit 0; }
"$BIN" coverage -o "$dir/ro/out.txt" samples/facebook 2>"$dir/err"
rc=$?
[ $rc = 2 ] || { echo "output-full: exit $rc on a read-only folder, expected 2"; exit 1; }
grep -q "out.txt: error: cannot write: Read-only file system" "$dir/err" || { echo "output-full: message"; cat "$dir/err"; exit 1; }
exit 0
