#!/bin/sh
# `eval --learning-curve` on the labeled public corpora (converted by scripts/eval-corpora.sh):
# with 100 labels or more, rules+model is never below the rules alone by more than the noise
# (one standard error of the difference across folds), and it rises with more labels (all
# labels above the first point and not below the 100-label point). Skips with a notice when the
# corpora are absent.
set -u
CORPORA=${CORPORA:-$ROOT/../shared/corpora}
if [ ! -d "$CORPORA" ]; then
	echo "learning-curve-corpora: SKIP: $CORPORA not found"
	exit 0
fi
SETS="ayuntamientos-citizen-tweets-es complaints-social-media spanish-airline-tweets twitter-us-airline-sentiment smile-museum-tweets-emotion nhs-patient-feedback-pxtextmining"
out=$(CORPORA="$CORPORA" BIN="$BIN" sh "$ROOT/scripts/eval-corpora.sh" --learning-curve $SETS 2>&1) || {
	echo "learning-curve-corpora: eval-corpora.sh failed: $out" | head -20
	exit 1
}
printf '%s\n' "$out" | awk '
	/^== / { set = $2; first = ""; at100 = ""; seen[set] = 1; next }
	/^[0-9]+ / || /^all / {
		lab = $1; model = ($1 == "all") ? $5 : $4; diff = ($1 == "all") ? $7 : $6; se = ($1 == "all") ? $8 : $7
		gsub(/[()]/, "", se)
		if (first == "") first = model
		if (lab == "100") at100 = model
		if ((lab == "all" || lab + 0 >= 100) && diff + se < -0.0005) { print "learning-curve-corpora: " set " at " lab " labels: rules+model below the rules: " $0; bad = 1 }
		if (lab == "all") {
			if (!(model > first)) { print "learning-curve-corpora: " set ": no rise from the first point (" first ") to all (" model ")"; bad = 1 }
			if (at100 != "" && model < at100) { print "learning-curve-corpora: " set ": all (" model ") below the 100-label point (" at100 ")"; bad = 1 }
			done[set] = 1
		}
	}
	END {
		for (s in seen) if (!(s in done)) { print "learning-curve-corpora: " s ": no curve"; bad = 1 }
		exit bad
	}'
