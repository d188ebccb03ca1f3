/* ratio_adjust.h: class shares corrected for the classifier's errors (adjusted classify and
 * count). A labeled sample gives the confusion matrix M, M[t][c] = how often a message whose
 * label is t is classified c; the classifier's counts give the observed shares q; the true
 * shares p solve q = M^T p. Here p is the least-squares solution of that system with p >= 0 and
 * sum 1: the exact solution when it is a set of shares, else the nearest one (better than
 * clipping negative shares and renormalising, which moves away from the data).
 * The 95% intervals come from posterior draws: each row of M from Dirichlet(labels + 1/2), q
 * from Dirichlet(counts + 1/2) (Jeffreys priors), each draw solved the same way, the 2.5th and
 * 97.5th percentiles kept; so they carry the uncertainty of the labeled sample and of the
 * counted messages alike. Fixed seed: the same counts give the same bytes.
 * It assumes the labeled messages show how the classifier errs on each class as it errs on
 * the rest (a random sample of them, or a labeled set of the same kind; not messages chosen
 * because the classifier was unsure of them). Pure arithmetic: nothing here prints. */
#ifndef REPLYCOV_RATIO_ADJUST_H
#define REPLYCOV_RATIO_ADJUST_H

#include <stdint.h>

#include "classify.h"

#define RATIO_CHANNELS 2    /* enum channel: public, private */
#define RATIO_DRAWS 4000    /* posterior draws behind each interval */
#define RATIO_SEED 20261214 /* the draws' fixed seed */

/* Counts of labeled messages, [label][the classifier's class]. */
struct confusion {
	long n[CLASS_N][CLASS_N];
};
long confusion_total(const struct confusion *m);
/* Labeled messages the classifier got right (the diagonal). */
long confusion_right(const struct confusion *m);
/* Labeled messages whose label is cls (a row's total). */
long confusion_row(const struct confusion *m, int cls);

/* What a run counted, for the correction: each citizen message by channel and by its class as
 * the classifier gave it (before any human label), apart for those a person labeled. */
struct class_tally {
	long unlabeled[RATIO_CHANNELS][CLASS_N];        /* [channel][classifier's class] */
	long labeled[RATIO_CHANNELS][CLASS_N][CLASS_N]; /* [channel][label][classifier's class] */
};
/* Count one message: channel (enum channel; others are ignored), the classifier's class, and
 * its label (enum msg_class) or -1 when it has none. */
void class_tally_add(struct class_tally *t, int channel, int pred, int label);
/* The labeled messages of every channel as one confusion matrix. */
void class_tally_confusion(const struct class_tally *t, struct confusion *out);
/* The classifier's counts of one channel, labeled messages included. */
void class_tally_pred(const struct class_tally *t, int channel, long pred[CLASS_N]);

/* An estimate and its 95% interval. For a ratio: est is NAN when the estimate divides by 0,
 * hi is INFINITY when 2.5% or more of the draws do. */
struct share_ci {
	double est, lo, hi;
};

struct adjusted {
	struct share_ci share[RATIO_CHANNELS][CLASS_N];
	struct share_ci crit_thanks[RATIO_CHANNELS]; /* share of criticism / share of thanks */
};

/* The corrected shares of each channel of t, from draws posterior draws (draws < 1 counts as
 * 1) made from seed. The confusion matrix is one for both channels: the labeled messages of
 * t, or external when not NULL (a labeled set of its own, `ratio --confusion`; t's labels
 * are then not used). The estimate is the solve (acc_solve) with the plug-in M (each row
 * normalised) and the channel's shares as the classifier gave them. Intervals:
 *   - external: each row of M from Dirichlet(row + 1/2), the channel's observed shares from
 *     Dirichlet(counts + 1/2), independently (the two samples are apart);
 *   - the run's own labels: the labeled messages are also counted ones, so M and the observed
 *     shares are not independent; the draws are a Bayesian bootstrap over the kinds of message
 *     (channel, classifier's class, label or none): a gamma weight for each kind from its count
 *     (plus 1/2 for unlabeled kinds, and 1/2 of prior in each cell of M), M and the shares
 *     computed from the same weights. With every message labeled the estimate is the labels'
 *     own shares.
 * A label class without any labeled message has a uniform row (nothing is known of how the
 * classifier treats it): its intervals are wide. A channel without messages: NAN estimates,
 * intervals [0, 1] ([0, INFINITY] for the ratio). */
void ratio_adjust(const struct class_tally *t, const struct confusion *external, int draws, uint64_t seed,
                  struct adjusted *out);

/* Rates: m[t][c] = the share of messages labeled t that the classifier puts in c (rows sum to 1). */
struct confusion_rates {
	double m[CLASS_N][CLASS_N];
};
/* The estimator alone: the shares p (>= 0, sum 1) minimising |M^T p - q|^2 for rates M and
 * observed shares q (sum 1). When M^T p = q has a solution among shares, that one (one of
 * them when M is singular). */
void acc_solve(const struct confusion_rates *rates, const double q[CLASS_N], double p[CLASS_N]);

#endif
