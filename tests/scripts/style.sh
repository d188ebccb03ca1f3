#!/bin/sh
# The banned-function and stderr checks of scripts/check-style.sh, on every test run.
exec sh "$ROOT/scripts/check-style.sh"
