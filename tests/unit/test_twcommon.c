/* test_twcommon.c: unit test for the helpers the Twitter adapters share: float-looking ids,
 * Twitter's three entities, and thread roots from reply links (missing parents, cycles,
 * duplicates, a chain 200,000 deep walked without recursion). */
#include "in_twcommon.h"
#include "unit.h"
#include "util.h"

#include <stdlib.h>

static void test_int_id(void)
{
	char out[32];

	CHECK(tw_int_id("119237", out, sizeof(out)));
	CHECK_EQ_STR(out, "119237");
	CHECK(tw_int_id(" 192625.0 ", out, sizeof(out)));
	CHECK_EQ_STR(out, "192625");
	CHECK(tw_int_id("7.000\r", out, sizeof(out)));
	CHECK_EQ_STR(out, "7");
	CHECK(!tw_int_id("", out, sizeof(out)));
	CHECK(!tw_int_id("12.5", out, sizeof(out)));
	CHECK(!tw_int_id("1e5", out, sizeof(out)));
	CHECK(!tw_int_id("abc", out, sizeof(out)));
	CHECK_EQ_STR(out, "");
	CHECK(!tw_int_id("123456789012345678901234567890123", out, sizeof(out)));
}

static void test_unescape(void)
{
	struct strbuf sb;

	strbuf_init(&sb);
	tw_unescape("a &amp; b &lt;3 &gt; &quot;x&quot; &amp;amp; & end&", &sb);
	CHECK_EQ_STR(sb.buf, "a & b <3 > &quot;x&quot; &amp; & end&");
	strbuf_release(&sb);
}

static void test_roots(void)
{
	/* 1 <- 2 <- 3;  5 -> 4 (missing);  6 <-> 7 cycle;  8 -> 8;  9 -> 7 (into the cycle);
	 * a second "2" whose parent is 1 too. */
	const char *ids[] = {"3", "2", "1", "5", "7", "6", "8", "9", "2", "10"};
	const char *parents[] = {"2", "1", NULL, "4", "6", "7", "8", "7", "1", ""};
	const char *roots[10];
	size_t cycles = tw_roots(10, ids, parents, roots);

	CHECK_EQ_LL(cycles, 2);
	CHECK_EQ_STR(roots[0], "1");
	CHECK_EQ_STR(roots[1], "1");
	CHECK_EQ_STR(roots[2], "1");
	CHECK_EQ_STR(roots[3], "4");
	CHECK_EQ_STR(roots[4], "6");
	CHECK_EQ_STR(roots[5], "6");
	CHECK_EQ_STR(roots[6], "8");
	CHECK_EQ_STR(roots[7], "6");
	CHECK_EQ_STR(roots[8], "1");
	CHECK_EQ_STR(roots[9], "10");
	CHECK(tw_id_cmp("9", "10") < 0);
	CHECK(tw_id_cmp("10", "9") > 0);
	CHECK(tw_id_cmp("a", "b") < 0);
	CHECK(tw_roots(0, ids, parents, roots) == 0);
}

static void test_deep_chain(void)
{
	enum { N = 200000 };
	const char **ids = xmalloc(N * sizeof(*ids)), **parents = xmalloc(N * sizeof(*parents));
	const char **roots = xmalloc(N * sizeof(*roots));
	char *names = xmalloc((size_t)N * 8);
	size_t i, wrong = 0;

	/* Listed newest first, each answering the next one down: the walk meets the chain from
	 * its far end. The oldest answers a tweet that is not there. */
	for (i = 0; i < N; i++) {
		snprintf(names + i * 8, 8, "%zu", N - i);
		ids[i] = names + i * 8;
	}
	for (i = 0; i < N; i++)
		parents[i] = i + 1 < N ? ids[i + 1] : "0";
	CHECK_EQ_LL(tw_roots(N, ids, parents, roots), 0);
	for (i = 0; i < N; i++)
		wrong += strcmp(roots[i], "0") != 0;
	CHECK_EQ_LL(wrong, 0);
	free(ids);
	free(parents);
	free(roots);
	free(names);
}

int main(void)
{
	unit_name = "test_twcommon";
	test_int_id();
	test_unescape();
	test_roots();
	test_deep_chain();
	return unit_end();
}
