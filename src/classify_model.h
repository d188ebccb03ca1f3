/* classify_model.h: the rules and a model trained on the team's own labels (nbayes.h),
 * combined so that the labels can only help; how the combination is fitted by `train`; and
 * the learning curve that measures it (`eval --learning-curve`).
 *
 * The combination. The rules' decision becomes a distribution: its class gets the rules'
 * confidence, the three others share the rest equally. The model's naive Bayes
 * log-posteriors are calibrated by a temperature. Each class scores
 *     log P_rules(class) + trust * log P_model(class)
 * and the highest wins, except that a message the rules put in a reply class (criticism,
 * question) leaves the reply classes only when the model gives thanks + other a calibrated
 * probability of at least `flip`. Temperature, trust and flip come from k-fold
 * cross-validation on the labels at `train` time (model_fit) and are stored in the model
 * file: trust is 0, so the rules alone decide, unless the combination beat the rules on the
 * held-out folds by more than one standard error; flips are allowed only above a probability
 * at which the model's flips were right at least FLIP_PRECISION of the time (95% lower
 * bound). Pure computation: nothing here prints or reads files. */
#ifndef REPLYCOV_CLASSIFY_MODEL_H
#define REPLYCOV_CLASSIFY_MODEL_H

#include <stddef.h>

#include "classify.h"
#include "nbayes.h"

#define MODEL_MIN_LABELS 40 /* fewer labels (or one class): not measured, trust 0 */
#define MODEL_FOLDS 5       /* internal cross-validation at train time */
#define MODEL_CURVE_MAX_FOLDS 10
#define MODEL_CURVE_POINTS 5 /* 25, 50, 100, 200 labels, then all */

/* The rules' decision as probabilities: cls gets confidence (at least 0.3, as the rules give
 * it), each other class (1 - confidence) / 3. */
void model_rules_probs(enum msg_class cls, double confidence, double p[CLASS_N]);
/* Calibrated posteriors: softmax(lp / temperature); a class at -INFINITY gets 0. p sums to 1
 * when some class is finite; all 0 otherwise. */
void model_calibrate(const double lp[CLASS_N], double temperature, double p[CLASS_N]);
/* The combined class for the rules' class and confidence and the model's calibrated
 * probabilities pm under calibration k (see above); *confidence (may be NULL) gets its
 * combined probability. With trust 0 it is the rules' class. */
enum msg_class model_combine(enum msg_class rules_cls, double rules_conf, const double pm[CLASS_N],
                             const struct nb_calib *k, double *confidence);
/* classify_message's hook: applies model m to cf, which holds the rules' decision on
 * cf->norm. With trust 0 (or no model documents) cf is left as it is; otherwise a hit
 * "model" names the model's own most probable class with its calibrated probability, and
 * when the combination changes the class, cf->by becomes BY_MODEL and cf->confidence the
 * combined probability. */
void model_vote(const struct nbayes *m, struct classification *cf);

/* One labeled message for fitting and for the learning curve. */
struct fit_row {
	unsigned gold;        /* its label set (labels.h: 1 << class, or a set); not 0 */
	enum msg_class rules; /* the rules' class and confidence for it (no model) */
	double conf;
	size_t doc; /* its document in the nb_corpus */
};

/* The class a labeled row trains the model as: a single class as it is; a set ("reply",
 * "thanks|other") resolves to the rules' class when the set holds it, else to the set's first
 * class in the order criticism, question, thanks, other; -1 for '*' (every class: it says
 * nothing about the class). */
int model_train_class(unsigned gold, enum msg_class rules);
/* Macro-F1 of pred[i] against the label sets gold[i], i < n, as `eval` computes it (over the
 * classes some row names alone; a row with a set counts for a class's precision only when it
 * excludes that class). -1 when no row names a single class. */
double model_macro_f1(const unsigned *gold, const enum msg_class *pred, size_t n);
/* Fit the calibration for a model trained on rows[0..n) (documents of c) by MODEL_FOLDS-fold
 * cross-validation with a fixed seed: the same rows give the same figures. Rows whose
 * training class is -1 are left out. Fewer than MODEL_MIN_LABELS usable rows, or one class
 * only: trust 0, folds 0. */
void model_fit(const struct nb_corpus *c, const struct fit_row *rows, size_t n, struct nb_calib *out);

struct curve_point {
	long labels; /* training labels per fold at this point (mean over folds for `all`) */
	int all;     /* 1: every label outside the held-out fold */
	double f1_rules[MODEL_CURVE_MAX_FOLDS], f1_model[MODEL_CURVE_MAX_FOLDS];
	double trust[MODEL_CURVE_MAX_FOLDS];
	long need, need_missed_rules, need_missed_model; /* over all held-out folds */
};
struct curve {
	int folds;
	long rows;
	struct curve_point pt[MODEL_CURVE_POINTS];
	int n_pt;
};

/* The learning curve over rows[0..n): `folds`-fold (2 to MODEL_CURVE_MAX_FOLDS, stratified by
 * label, fixed seed); for each held-out fold, models are trained (and fitted with model_fit)
 * on the first 25, 50, 100, 200 and all of a fixed shuffle of the other folds' rows, and the
 * held-out fold is scored by the rules alone and by rules+model. Sizes not below the other
 * folds' row count are left out (the `all` point covers them). Rows with gold '*' are not
 * used. Returns -1 when fewer than 2 * folds rows are usable. */
int model_learning_curve(const struct nb_corpus *c, const struct fit_row *rows, size_t n, int folds, struct curve *out);

#endif
