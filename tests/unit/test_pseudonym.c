/* test_pseudonym.c: the libcrypto wrappers against published test vectors, keyed pseudonyms
 * (stable for a key, different across keys, the value HMAC-SHA256 gives), names and handles
 * replaced inside texts, the official account kept, and the long form on a collision. */
#include "digest.h"
#include "privacy.h"
#include "pseudonym.h"
#include "unit.h"

#include <stdlib.h>

static void vectors(void)
{
	unsigned char d[DIGEST_LEN];
	char hex[DIGEST_HEX];

	/* FIPS 180-2, appendix B.1 */
	digest_sha256("abc", 3, d);
	CHECK_EQ_STR(digest_hex(d, DIGEST_LEN, hex),
	             "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	digest_sha256("", 0, d);
	CHECK_EQ_STR(digest_hex(d, DIGEST_LEN, hex),
	             "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	/* RFC 4231, test case 2 */
	digest_hmac("Jefe", 4, "what do ya want for nothing?", 28, d);
	CHECK_EQ_STR(digest_hex(d, DIGEST_LEN, hex),
	             "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

static struct thread *t;
static unsigned char off[32];

static void add(const char *id, const char *author_id, const char *author, const char *text, int official)
{
	struct record r = {0};

	r.platform = "facebook";
	r.thread = "P_1";
	r.id = id;
	r.author_id = author_id;
	r.author = author;
	r.text = text;
	r.created.utc = 1772438400 + (long long)t->n * 60;
	r.cls = -1;
	off[t->n] = (unsigned char)official;
	thread_add(t, &r, NULL);
}

static void build(void)
{
	t = thread_new("facebook", "P_1");
	add("P_1", "P", "Ocupació Valenciana", "Abrimos la convocatoria", 1);
	add("c1", "38319896786899733", "Rubén Castelló", "Nadie contesta", 0);
	add("c2", "1", "Laura Martínez", "Hola", 0);
	add("c3", "2", "Laura Martínez", "Hola también", 0);
	add("c4", "toni_v", "Toni", "Yo igual", 0);
	add("c5", "P", "Ocupació Valenciana", "Hola RUBÉN CASTELLO", 1);
	thread_build(t);
}

static const char *text_of(struct pseudonyms *ps, const char *text, const char *keep, struct strbuf *sb)
{
	strbuf_reset(sb);
	pseudonym_text(ps, "facebook", text, keep, sb);
	return sb->buf;
}

static void pseudonyms(void)
{
	struct pseudonyms a, a2, b;
	struct strbuf sa, sb, s;

	strbuf_init(&sa);
	strbuf_init(&sb);
	strbuf_init(&s);
	pseudonyms_init(&a, "k1", 2);
	pseudonyms_init(&a2, "k1", 2);
	pseudonyms_init(&b, "k2", 2);
	/* HMAC-SHA256("k1", "facebook\nid:38319896786899733") starts 394317558939b29b (Python's
	 * hmac module); under "k2" it starts c1cb8b0110987cbe. */
	pseudonym_of(&a, "facebook", "id:38319896786899733", &sa);
	CHECK_EQ_STR(sa.buf, "citizen-39431755");
	pseudonym_of(&a2, "facebook", "id:38319896786899733", &s);
	CHECK_EQ_STR(s.buf, sa.buf);
	pseudonym_of(&b, "facebook", "id:38319896786899733", &sb);
	CHECK_EQ_STR(sb.buf, "citizen-c1cb8b01");
	CHECK_EQ_STR(a.key_id, "6899e9a201f72b4d");
	/* Another platform, another person. */
	strbuf_reset(&s);
	pseudonym_of(&a, "twitter", "id:38319896786899733", &s);
	CHECK(strcmp(s.buf, sa.buf) != 0);

	pseudonyms_learn(&a, t, off);
	CHECK_EQ_STR(text_of(&a, "Hola RUBÉN CASTELLO, ya está", NULL, &s), "Hola citizen-39431755, ya está");
	CHECK_EQ_STR(text_of(&a, "rubén castelló!", NULL, &s), "citizen-39431755!");
	/* The complainant keeps their name in their own sheet. */
	CHECK_EQ_STR(text_of(&a, "Hola Rubén Castelló", "id:38319896786899733", &s), "Hola Rubén Castelló");
	/* Half a name is not a name; a one-word name only as a handle. */
	CHECK_EQ_STR(text_of(&a, "Rubén, mira. Toni también", NULL, &s), "Rubén, mira. Toni también");
	strbuf_reset(&sa);
	pseudonym_of(&a, "facebook", "id:toni_v", &sa);
	strbuf_reset(&sb);
	strbuf_addf(&sb, "@%s mira", sa.buf);
	CHECK_EQ_STR(text_of(&a, "@toni_v mira", NULL, &s), sb.buf);
	/* A handle nobody in the run has still goes; the institution's stays. */
	text_of(&a, "cc @alguien_mas", NULL, &s);
	CHECK(!strncmp(s.buf, "cc @citizen-", 12) && strlen(s.buf) == 12 + 8);
	CHECK_EQ_STR(text_of(&a, "Ocupació Valenciana os responde, @P", NULL, &s),
	             "Ocupació Valenciana os responde, @P");
	/* An e-mail address goes whole. */
	text_of(&a, "escribid a laura@example.com hoy", NULL, &s);
	CHECK(!strncmp(s.buf, "escribid a citizen-", 19) && !strcmp(s.buf + 19 + 8, " hoy"));
	/* A word with an '@' inside is neither a mention nor an address. */
	CHECK_EQ_STR(text_of(&a, "No me llega el SMS de Cl@ve", NULL, &s), "No me llega el SMS de Cl@ve");
	/* Two people share "Laura Martínez": the name becomes the pseudonym of the name, which is
	 * neither's. */
	text_of(&a, "Laura Martinez, llámanos", NULL, &s);
	strbuf_reset(&sa);
	pseudonym_of(&a, "facebook", "id:1", &sa);
	strbuf_reset(&sb);
	pseudonym_of(&a, "facebook", "id:2", &sb);
	CHECK(!strncmp(s.buf, "citizen-", 8) && !strstr(s.buf, "Laura") && strncmp(s.buf, sa.buf, 16) &&
	      strncmp(s.buf, sb.buf, 16));
	/* ... and stays for a Laura reading her own sheet. */
	CHECK_EQ_STR(text_of(&a, "Laura Martinez, llámanos", "id:2", &s), "Laura Martinez, llámanos");
	/* Decomposed accents are part of the word. */
	CHECK_EQ_STR(text_of(&a, "Rube\xcc\x81n Castello\xcc\x81 ok", NULL, &s), "citizen-39431755 ok");

	pseudonyms_release(&a);
	pseudonyms_release(&a2);
	pseudonyms_release(&b);
	strbuf_release(&sa);
	strbuf_release(&sb);
	strbuf_release(&s);
}

/* Two people whose pseudonyms share 8 hex digits both get 16. */
static void collision(void)
{
	struct pseudonyms ps;
	struct strmap seen;
	struct arena ar;
	struct strbuf key, s1, s2;
	char hex[DIGEST_HEX], *first = NULL, *second = NULL;
	unsigned char d[DIGEST_LEN];
	long i;

	pseudonyms_init(&ps, "k1", 2);
	strmap_init(&seen);
	arena_init(&ar);
	strbuf_init(&key);
	strbuf_init(&s1);
	strbuf_init(&s2);
	for (i = 0; i < 400000 && !second; i++) {
		char *k;
		strbuf_reset(&key);
		strbuf_addf(&key, "facebook\nid:%ld", i);
		digest_hmac("k1", 2, key.buf, key.len, d);
		digest_hex(d, 4, hex);
		k = strmap_get(&seen, hex);
		if (k) {
			first = k;
			second = arena_strdup(&ar, key.buf + 9);
		} else {
			*strmap_put(&seen, arena_strdup(&ar, hex), NULL) = arena_strdup(&ar, key.buf + 9);
		}
	}
	CHECK(second != NULL);
	if (second) {
		struct thread *tc = thread_new("facebook", "C");
		struct record r = {0};
		unsigned char o[2] = {0, 0};
		r.platform = "facebook";
		r.thread = "C";
		r.text = "x";
		r.cls = -1;
		r.id = "a";
		r.author_id = first + 3;
		thread_add(tc, &r, NULL);
		r.id = "b";
		r.author_id = second + 3;
		thread_add(tc, &r, NULL);
		thread_build(tc);
		pseudonyms_learn(&ps, tc, o);
		pseudonym_of(&ps, "facebook", first, &s1);
		pseudonym_of(&ps, "facebook", second, &s2);
		CHECK_EQ_LL(s1.len, 8 + 16);
		CHECK_EQ_LL(s2.len, 8 + 16);
		CHECK(strcmp(s1.buf, s2.buf) != 0 && !strncmp(s1.buf, s2.buf, 16));
		thread_free(tc);
	}
	strmap_release(&seen);
	arena_release(&ar);
	strbuf_release(&key);
	strbuf_release(&s1);
	strbuf_release(&s2);
	pseudonyms_release(&ps);
}

/* Any mix of names, handles, addresses, invalid bytes and marks, parts always apart (so a name
 * stays whole words): no crash, and no name or handle of the run left in the output. */
static void random_texts(void)
{
	static const char *parts[] = {"Rubén",    "Castelló", "RUBEN CASTELLO", "@",        "@toni_v", ".",
	                              "_",        "x@toni_v", "laura",          "martínez", "x@y.es",  "\xff",
	                              "\xcc\x81", "é",        "Cl@ve",          "(",        "💬",       "@@toni_v"};
	static const char *seps[] = {" ", "\n", ", ", "(", "\t"};
	struct pseudonyms ps;
	struct strbuf in, out;
	unsigned seed = 12345;
	int i, k, bad = 0;

	pseudonyms_init(&ps, "k1", 2);
	pseudonyms_learn(&ps, t, off);
	strbuf_init(&in);
	strbuf_init(&out);
	for (i = 0; i < 3000; i++) {
		int n = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 12;
		strbuf_reset(&in);
		strbuf_reset(&out);
		for (k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			strbuf_addstr(&in, parts[(seed >> 16) % (sizeof(parts) / sizeof(*parts))]);
			strbuf_addstr(&in, seps[(seed >> 8) % (sizeof(seps) / sizeof(*seps))]);
		}
		pseudonym_text(&ps, "facebook", in.buf, NULL, &out);
		if (strstr(out.buf, "Rubén Castelló") || strstr(out.buf, "RUBEN CASTELLO") ||
		    strstr(out.buf, "@toni_v"))
			bad++;
	}
	CHECK_EQ_LL(bad, 0);
	strbuf_release(&in);
	strbuf_release(&out);
	pseudonyms_release(&ps);
}

static void min_cell(void)
{
	struct privacy pv = {NULL, 5};
	struct strbuf s;

	strbuf_init(&s);
	privacy_count(&pv, 4, &s);
	strbuf_addch(&s, ' ');
	privacy_count(&pv, 5, &s);
	strbuf_addch(&s, ' ');
	privacy_count(&pv, 0, &s);
	strbuf_addch(&s, ' ');
	privacy_count(NULL, 1, &s);
	CHECK_EQ_STR(s.buf, "<5 5 0 1");
	pv.min_cell = 0;
	CHECK(!privacy_hides(&pv, 1));
	strbuf_release(&s);
}

int main(void)
{
	unit_name = "pseudonym";
	vectors();
	build();
	pseudonyms();
	collision();
	random_texts();
	min_cell();
	thread_free(t);
	return unit_end();
}
