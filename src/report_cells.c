/* report_cells.c: --min-cell in a report's tables (report_cells.h): the document's counts as one
 * privacy_table, and the texts rewritten once privacy_suppress has decided. It words nothing
 * itself: numbers, percentages and waits come from the report's formatters. */
#include "report_cells.h"
#include "report_run.h"

#include <stdlib.h>
#include <string.h>

enum rc_kind { RK_COUNT, RK_PCT, RK_COUNT_PCT, RK_WAIT, RK_PARA };

struct rc_display {
	enum rc_kind kind;
	struct doc_table *t; /* the table and the cell's index there, or NULL (RK_PARA) */
	size_t idx;
	struct doc_block *b; /* RK_PARA */
	const char *fmt;
	struct rc_arg *args; /* RK_PARA: its arguments (owned) */
	size_t n_args;
	struct rc_arg a; /* the figure of a cell */
};

void report_cells_init(struct report_cells *rc, struct report_ctx *x, struct doc *d)
{
	size_t i;

	memset(rc, 0, sizeof(*rc));
	rc->x = x;
	rc->d = d;
	rc->on = x->ro->privacy.min_cell > 1;
	privacy_table_init(&rc->pt);
	for (i = 0; i < RCS_N; i++)
		rc->slot[i] = RC_NONE;
}

void report_cells_release(struct report_cells *rc)
{
	size_t i;

	for (i = 0; i < rc->n; i++)
		free(rc->v[i].args);
	free(rc->v);
	privacy_table_release(&rc->pt);
	memset(rc, 0, sizeof(*rc));
}

static const struct privacy *pv(const struct report_cells *rc)
{
	return &rc->x->ro->privacy;
}

static int hidden(const struct report_cells *rc, size_t h)
{
	return h != RC_NONE && rc->pt.state[h] != PRIVACY_SHOWN;
}

/* The text of a count: itself, "<K", or the withheld mark. */
static const char *count_text(struct report_cells *rc, size_t h, long n)
{
	struct report_ctx *x = rc->x;

	if (h != RC_NONE && rc->pt.state[h] == PRIVACY_SMALL)
		return doc_fmt(rc->d, "<%s", report_numtxt(x, rc->d, pv(rc)->min_cell));
	if (h != RC_NONE && rc->pt.state[h] == PRIVACY_WITHHELD)
		return tr(x->lang, T_CELL_WITHHELD);
	if (h == RC_NONE && privacy_hides(pv(rc), n))
		return doc_fmt(rc->d, "<%s", report_numtxt(x, rc->d, pv(rc)->min_cell));
	return report_numtxt(x, rc->d, n);
}

/* A percentage or wait is withheld when what it is computed from is hidden, or small where it
 * is not shown. */
static int withheld(const struct report_cells *rc, const struct rc_arg *a)
{
	if (!rc->on)
		return 0;
	if (a->kind == RA_PCT) /* a share of nothing says nothing */
		return a->den > 0 && (hidden(rc, a->h) || hidden(rc, a->h2) || privacy_hides(pv(rc), a->n) ||
		                      privacy_hides(pv(rc), a->den));
	if (a->kind == RA_WAIT)
		return a->s >= 0 && (hidden(rc, a->h) || privacy_hides(pv(rc), a->n));
	return 0;
}

static const char *arg_text(struct report_cells *rc, const struct rc_arg *a)
{
	struct report_ctx *x = rc->x;

	if (a->kind == RA_COUNT)
		return rc->on ? count_text(rc, a->h, a->n) : report_numtxt(x, rc->d, a->n);
	if (withheld(rc, a))
		return tr(x->lang, T_CELL_WITHHELD);
	if (a->kind == RA_PCT)
		return report_pct(x, rc->d, a->n, a->den);
	return report_waittxt(x, rc->d, a->s);
}

static struct rc_display *add_display(struct report_cells *rc, enum rc_kind kind, struct doc_table *t)
{
	struct rc_display *v;

	XGROW(rc->v, rc->cap, rc->n + 1);
	v = &rc->v[rc->n++];
	memset(v, 0, sizeof(*v));
	v->kind = kind;
	v->t = t;
	if (t)
		v->idx = t->rows * t->cols + t->fill - 1; /* the cell just added */
	return v;
}

size_t rc_value(struct report_cells *rc, long n, unsigned flags)
{
	return rc->on ? privacy_table_add(&rc->pt, n, flags) : RC_NONE;
}

size_t rc_count(struct report_cells *rc, struct doc_table *t, long n, unsigned flags)
{
	struct rc_display *v;

	doc_cell(rc->d, t, report_numtxt(rc->x, rc->d, n));
	if (!rc->on)
		return RC_NONE;
	v = add_display(rc, RK_COUNT, t);
	v->a.kind = RA_COUNT;
	v->a.n = n;
	v->a.h = privacy_table_add(&rc->pt, n, flags);
	return v->a.h;
}

void rc_pct(struct report_cells *rc, struct doc_table *t, long n, long den, size_t hn, size_t hden)
{
	struct rc_display *v;

	doc_cell(rc->d, t, report_pct(rc->x, rc->d, n, den));
	if (!rc->on)
		return;
	v = add_display(rc, RK_PCT, t);
	v->a.kind = RA_PCT;
	v->a.n = n;
	v->a.den = den;
	v->a.h = hn;
	v->a.h2 = hden;
}

size_t rc_count_pct(struct report_cells *rc, struct doc_table *t, long n, long den, size_t hden)
{
	struct rc_display *v;

	doc_cell(rc->d, t, doc_fmt(rc->d, "%s (%s)", report_numtxt(rc->x, rc->d, n), report_pct(rc->x, rc->d, n, den)));
	if (!rc->on)
		return RC_NONE;
	v = add_display(rc, RK_COUNT_PCT, t);
	v->a.kind = RA_PCT;
	v->a.n = n;
	v->a.den = den;
	v->a.h = privacy_table_add(&rc->pt, n, 0);
	v->a.h2 = hden;
	return v->a.h;
}

void rc_wait(struct report_cells *rc, struct doc_table *t, long long s, long n, size_t hn)
{
	struct rc_display *v;

	doc_cell(rc->d, t, report_waittxt(rc->x, rc->d, s));
	if (!rc->on)
		return;
	v = add_display(rc, RK_WAIT, t);
	v->a.kind = RA_WAIT;
	v->a.s = s;
	v->a.n = n;
	v->a.h = hn;
}

void rc_sum(struct report_cells *rc, size_t total, const size_t *parts, size_t n)
{
	size_t i;

	if (!rc->on || total == RC_NONE)
		return;
	for (i = 0; i < n; i++)
		if (parts[i] == RC_NONE)
			return;
	privacy_table_sum(&rc->pt, total, parts, n);
}

void rc_same(struct report_cells *rc, size_t a, size_t b)
{
	if (!rc->on || a == RC_NONE || b == RC_NONE || a == b || rc->pt.value[a] != rc->pt.value[b])
		return;
	privacy_table_sum(&rc->pt, a, &b, 1);
}

void rc_zero(struct report_cells *rc, const size_t *cells, const int *coef, size_t n)
{
	long long c = 0;
	size_t i;

	if (!rc->on)
		return;
	for (i = 0; i < n; i++) {
		if (cells[i] == RC_NONE)
			return;
		c += (long long)coef[i] * rc->pt.value[cells[i]];
	}
	if (!c)
		privacy_table_relation(&rc->pt, cells, coef, n);
}

static const char *para_text(struct report_cells *rc, const char *fmt, const struct rc_arg *args, size_t n)
{
	const char *a[6] = {"", "", "", "", "", ""};
	size_t i;

	for (i = 0; i < n && i < 6; i++)
		a[i] = arg_text(rc, &args[i]);
	return doc_fmt(rc->d, fmt, a[0], a[1], a[2], a[3], a[4], a[5]);
}

void rc_para(struct report_cells *rc, struct doc_block *b, const char *fmt, const struct rc_arg *args, size_t n)
{
	struct rc_display *v;

	b->text = para_text(rc, fmt, args, n);
	if (!rc->on)
		return;
	v = add_display(rc, RK_PARA, NULL);
	v->b = b;
	v->fmt = fmt;
	v->args = xmalloc((n ? n : 1) * sizeof(*v->args));
	memcpy(v->args, args, n * sizeof(*args));
	v->n_args = n;
}

size_t report_cells_apply(struct report_cells *rc)
{
	size_t stuck, i;

	if (!rc->on)
		return 0;
	stuck = privacy_suppress(pv(rc), &rc->pt);
	for (i = 0; i < rc->n; i++) {
		struct rc_display *v = &rc->v[i];
		const char *s;
		switch (v->kind) {
		case RK_COUNT:
			s = count_text(rc, v->a.h, v->a.n);
			break;
		case RK_PCT:
		case RK_WAIT:
			s = arg_text(rc, &v->a);
			break;
		case RK_COUNT_PCT:
			s = count_text(rc, v->a.h, v->a.n);
			if (!withheld(rc, &v->a))
				s = doc_fmt(rc->d, "%s (%s)", s, report_pct(rc->x, rc->d, v->a.n, v->a.den));
			break;
		default:
			v->b->text = para_text(rc, v->fmt, v->args, v->n_args);
			continue;
		}
		v->t->cells[v->idx].text = s;
	}
	return stuck;
}

const char *rc_note(struct report_cells *rc)
{
	struct report_ctx *x = rc->x;
	long k = pv(rc)->min_cell;

	if (!rc->on)
		return NULL;
	return doc_fmt(rc->d, tr(x->lang, T_NOTE_MIN_CELL), report_numtxt(x, rc->d, k - 1), report_numtxt(x, rc->d, k),
	               tr(x->lang, T_CELL_WITHHELD));
}
