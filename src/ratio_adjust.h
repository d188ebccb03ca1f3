/* ratio_adjust.h: class shares corrected for the classifier's errors (adjusted classify and
 * count). A labeled sample gives the confusion matrix M, M[t][c] = how often a message whose
 * label is t is classified c; the classifier's counts give the observed shares q; the true
 * shares p solve q = M^T p. Here p is the least-squares solution of that system with p >= 0 and
 * sum 1: the exact solution when it is a set of shares, else the nearest one (better than
 * clipping negative shares and renormalising, which moves away from the data).
 * Messages a person labeled count as labeled; the others are corrected. The 95% intervals
 * come from posterior draws of M and of the counts, each solved the same way (ratio_adjust), so
 * they carry the uncertainty of the labeled sample and of the counted messages alike. Fixed
 * seed: the same counts give the same bytes.
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
/* Labeled messages each class needs before shares are corrected: a row of M estimated from
 * fewer says little, and a row known only by its prior can absorb any share (the estimate
 * is then the prior's, not the data's). */
#define RATIO_MIN_LABELS 10

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
 * t, or external when not NULL (a labeled set of its own, `ratio --confusion`). Labeled
 * messages of t count as their label says; the unlabeled ones of a channel are corrected:
 *     share = (labeled of the class + unlabeled x acc_solve(plug-in M, unlabeled shares)) / total
 * (the plug-in M: each row of counts normalised), so that with every message labeled the
 * shares are the labels' own. Intervals: each kind of counted message (channel, classifier's
 * class, label or none) gets a gamma weight from its count, a Bayesian bootstrap (Rubin 1981),
 * plus 1/2 for the unlabeled kinds; M comes from the same weights (plus a prior of 1/4 a cell),
 * so it moves with the shares as it does when the same messages are drawn again, or, external,
 * each row from Dirichlet(row + 1/4). The 2.5th and 97.5th percentiles of the draws are kept.
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
