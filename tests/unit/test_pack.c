/* test_pack.c: variable-length integers: the byte forms of a few values written out by hand,
 * and every kind of value (both ends of the ranges, powers of two and their neighbours,
 * pseudo-random ones) read back as written, in one stream. */
#include "pack.h"
#include "unit.h"

#include <limits.h>
#include <stdlib.h>

static void by_hand(void)
{
	struct strbuf sb;
	const unsigned char *p;

	strbuf_init(&sb);
	pack_uint(&sb, 0);
	pack_uint(&sb, 127);
	pack_uint(&sb, 128);
	pack_uint(&sb, 300);
	CHECK_EQ_LL(sb.len, 1 + 1 + 2 + 2);
	p = (const unsigned char *)sb.buf;
	CHECK(p[0] == 0x00 && p[1] == 0x7f && p[2] == 0x80 && p[3] == 0x01 && p[4] == 0xac && p[5] == 0x02);
	strbuf_reset(&sb);
	pack_int(&sb, 0);
	pack_int(&sb, -1);
	pack_int(&sb, 1);
	pack_int(&sb, -64);
	pack_int(&sb, 64);
	p = (const unsigned char *)sb.buf;
	CHECK_EQ_LL(sb.len, 1 + 1 + 1 + 1 + 2);
	CHECK(p[0] == 0 && p[1] == 1 && p[2] == 2 && p[3] == 127 && p[4] == 0x80 && p[5] == 0x01);
	pack_uint(&sb, ULLONG_MAX);
	CHECK_EQ_LL(sb.len, 6 + 10);
	strbuf_release(&sb);
}

static void round_trip(void)
{
	enum { N = 4000 };
	static long long s[N];
	static unsigned long long u[N];
	struct strbuf sb;
	const unsigned char *p;
	unsigned long long x = 88172645463325252ULL;
	unsigned char *copy;
	size_t i, n = 0, bad = 0;

	strbuf_init(&sb);
	s[n] = LLONG_MIN, u[n++] = 0;
	s[n] = LLONG_MAX, u[n++] = ULLONG_MAX;
	s[n] = LLONG_MIN + 1, u[n++] = ULLONG_MAX - 1;
	for (i = 0; i < 63; i++) {
		s[n] = 1LL << i, u[n++] = 1ULL << i;
		s[n] = -(1LL << i), u[n++] = (1ULL << i) - 1;
		s[n] = (1LL << i) - 1, u[n++] = (1ULL << i) + 1;
	}
	while (n < N) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		s[n] = (long long)(x >> (x & 63));
		u[n++] = x >> ((x >> 8) & 63);
	}
	for (i = 0; i < N; i++) {
		pack_int(&sb, s[i]);
		pack_uint(&sb, u[i]);
	}
	copy = pack_copy(&sb);
	p = copy;
	for (i = 0; i < N; i++) {
		if (unpack_int(&p) != s[i])
			bad++;
		if (unpack_uint(&p) != u[i])
			bad++;
	}
	CHECK_EQ_LL(bad, 0);
	CHECK_EQ_LL(p - copy, sb.len);
	free(copy);
	strbuf_reset(&sb);
	CHECK(pack_copy(&sb) == NULL);
	strbuf_release(&sb);
}

int main(void)
{
	unit_name = "pack";
	by_hand();
	round_trip();
	return unit_end();
}
