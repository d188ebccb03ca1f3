/* bench-classify.c: the cost of classify_message alone, for the speed figure in README.
 * Parses every file given (as replycov does), then times classifying every message, on
 * one core. Built and run by scripts/bench.sh against the objects of `make`:
 *   cc -Isrc ... scripts/bench-classify.c build/opt/*.o (except main.o) -lcjson -lutf8proc -lcsv -lm
 * Prints messages, parse seconds and classify seconds. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "classify.h"
#include "input.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	struct input_list l = {0};
	struct input_opts o = {0};
	struct batch *b;
	struct classifier *cl;
	struct classification cf;
	double t0, t1, t2;
	size_t i, j, n = 0;
	long cls[CLASS_N] = {0};

	if (argc < 2 || input_expand(argv + 1, argc - 1, &l))
		return 2;
	b = calloc(l.n, sizeof(*b));
	t0 = now();
	for (i = 0; i < l.n; i++) {
		batch_init(&b[i], l.files[i].path);
		input_parse_file(l.files[i].path, 1, &o, &b[i]);
		n += b[i].n;
	}
	t1 = now();
	cl = classifier_new();
	classification_init(&cf);
	for (i = 0; i < l.n; i++)
		for (j = 0; j < b[i].n; j++) {
			classify_message(cl, b[i].recs[j].text, &cf);
			cls[cf.cls]++;
		}
	t2 = now();
	printf("messages %zu parse %.3f classify %.3f (criticism %ld question %ld thanks %ld other %ld)\n", n, t1 - t0,
	       t2 - t1, cls[0], cls[1], cls[2], cls[3]);
	classification_release(&cf);
	classifier_free(cl);
	for (i = 0; i < l.n; i++)
		batch_release(&b[i]);
	free(b);
	input_list_release(&l);
	return 0;
}
