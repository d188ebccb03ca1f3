/* unit.h: the smallest test harness: CHECK counts, prints failures, and unit_end prints
 * "NAME: N passed, M failed" and gives the exit code. */
#ifndef REPLYCOV_UNIT_H
#define REPLYCOV_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_pass, unit_fail;
static const char *unit_name = "unit";

#define CHECK(cond)                                                                           \
	do {                                                                                  \
		if (cond)                                                                     \
			unit_pass++;                                                          \
		else {                                                                        \
			unit_fail++;                                                          \
			printf("%s: FAIL %s:%d: %s\n", unit_name, __FILE__, __LINE__, #cond); \
		}                                                                             \
	} while (0)

#define CHECK_EQ_LL(got, want)                                                                            \
	do {                                                                                              \
		long long g_ = (long long)(got), w_ = (long long)(want);                                  \
		if (g_ == w_)                                                                             \
			unit_pass++;                                                                      \
		else {                                                                                    \
			unit_fail++;                                                                      \
			printf("%s: FAIL %s:%d: %s: got %lld want %lld\n", unit_name, __FILE__, __LINE__, \
			       #got, g_, w_);                                                             \
		}                                                                                         \
	} while (0)

#define CHECK_EQ_STR(got, want)                                                                       \
	do {                                                                                          \
		const char *g_ = (got), *w_ = (want);                                                 \
		if ((g_ && w_ && !strcmp(g_, w_)) || (!g_ && !w_))                                    \
			unit_pass++;                                                                  \
		else {                                                                                \
			unit_fail++;                                                                  \
			printf("%s: FAIL %s:%d: %s: got '%s' want '%s'\n", unit_name, __FILE__, __LINE__, \
			       #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)");                         \
		}                                                                                     \
	} while (0)

static int unit_end(void)
{
	printf("%s: %d passed, %d failed\n", unit_name, unit_pass, unit_fail);
	return unit_fail ? 1 : 0;
}

#endif
