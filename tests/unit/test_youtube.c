/* test_youtube.c: what the dump output does not show of the two YouTube adapters: the
 * completeness counts (declared replies, replies held, pages not followed), the whole text
 * after HTML stripping, and the flags and links of single records. */
#include "input.h"
#include "unit.h"

#include <stdlib.h>
#include <string.h>

/* Parse text as format fmt into b (messages captured and dropped). */
static void parse(struct batch *b, const char *file, const char *fmt, const char *text)
{
	struct input_opts o = {.tz = NULL, .format = fmt};
	struct diag_capture cap;

	batch_init(b, file);
	diag_capture_begin(&cap, 0);
	input_parse_buffer(file, text, strlen(text), &o, b);
	diag_capture_end();
	strbuf_release(&cap.text);
}

static const struct record *find(const struct batch *b, const char *id)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		if (!strcmp(b->recs[i].id, id))
			return &b->recs[i];
	return NULL;
}

#define C(id, extra, t)                                                                                                \
	"{\"kind\":\"youtube#comment\",\"id\":\"" id "\",\"snippet\":{" extra "\"publishedAt\":\"" t "\"}}"

static void test_api_completeness(void)
{
	struct batch b;
	const char *text =
	    /* thread 1: 3 replies declared, 1 embedded, 1 more (and a repeat) in a later page */
	    "{\"kind\":\"youtube#commentThreadListResponse\",\"nextPageToken\":\"p2\",\"items\":["
	    "{\"kind\":\"youtube#commentThread\",\"id\":\"T1\",\"snippet\":{\"videoId\":\"V\",\"channelId\":\"UCo\","
	    "\"totalReplyCount\":3,\"topLevelComment\":" C(
	        "T1", "",
	        "2024-01-01T00:00:00Z") "},"
	                                "\"replies\":{\"comments\":[" C(
	                                    "T1.a", "\"parentId\":\"T1\",",
	                                    "2024-01-01T01:00:00Z") "]}},"
	                                                            /* thread 2: replies not requested (no replies part)
	                                                             */
	                                                            "{\"kind\":\"youtube#commentThread\",\"id\":\"T2\","
	                                                            "\"snippet\":{\"videoId\":\"V\",\"channelId\":"
	                                                            "\"UCo\","
	                                                            "\"totalReplyCount\":2,\"topLevelComment\":" C(
	                                                                "T2", "",
	                                                                "2024-01-02T00:00:00Z") "}},"
	                                                                                        /* thread 3: no count */
	                                                                                        "{\"kind\":\"youtube#"
	                                                                                        "commentThread\","
	                                                                                        "\"id\":\"T3\","
	                                                                                        "\"snippet\":{"
	                                                                                        "\"videoId\":\"W\","
	                                                                                        "\"topLevelComment\""
	                                                                                        ":" C(
	                                                                                            "T3", "",
	                                                                                            "2024-01-03T00:00:"
	                                                                                            "00Z") "}}]}\n"
	                                                                                                   "{\"kind\":"
	                                                                                                   "\"youtube#"
	                                                                                                   "commentList"
	                                                                                                   "Response\","
	                                                                                                   "\"nextPageT"
	                                                                                                   "oken\":"
	                                                                                                   "\"q2\","
	                                                                                                   "\"items\":"
	                                                                                                   "[" C("T1.b", "\"parentId\":\"T1\",", "2024-01-01T02:00:00Z") "," C(
	                                                                                                       "T1.a",
	                                                                                                       "\"paren"
	                                                                                                       "tId\":"
	                                                                                                       "\"T1\""
	                                                                                                       ",",
	                                                                                                       "2024-"
	                                                                                                       "01-"
	                                                                                                       "01T01:"
	                                                                                                       "00:00Z") "," C("T9.z",
	                                                                                                                       "",
	                                                                                                                       "2024-01-01T02:00:00Z") "]}\n";
	const struct record *r;

	parse(&b, "api.json", "youtube-api", text);
	CHECK_EQ_LL(b.n, 7);
	CHECK_EQ_LL(b.read, 7);
	CHECK_EQ_LL(b.comp.declared, 5);
	CHECK_EQ_LL(b.comp.declared_held, 2);
	CHECK_EQ_LL(b.comp.paging_next, 2);
	CHECK_EQ_LL(b.comp.approx_time, 0);
	r = find(&b, "T1.b");
	CHECK(r != NULL);
	if (r) {
		CHECK_EQ_STR(r->thread, "V"); /* joined through the thread in the same file */
		CHECK_EQ_STR(r->page, "UCo");
		CHECK_EQ_STR(r->parent, "T1");
	}
	r = find(&b, "T9.z");
	CHECK(r != NULL);
	if (r) {
		CHECK_EQ_STR(r->thread, "comment-T9"); /* its thread is not in the file */
		CHECK_EQ_STR(r->parent, "T9");         /* from the id, no parentId given */
		CHECK(r->page == NULL);
	}
	batch_release(&b);
}

static void test_api_text(void)
{
	struct batch b;
	const struct record *r;

	parse(&b, "one.json", "youtube-api",
	      C("X1",
	        "\"videoId\":\"V\",\"textDisplay\":\"Hola<br>mira <a href=\\\"https://e.example/?a=1&amp;b=2\\\">"
	        "este enlace</a> &amp; &#39;ya&#39; &lt;3 &#x1F600; &euro; 5&lt;6 a<b\","
	        "\"updatedAt\":\"2024-01-01T00:00:01Z\",",
	        "2024-01-01T00:00:00.000Z"));
	r = find(&b, "X1");
	CHECK(r != NULL);
	if (r) {
		CHECK_EQ_STR(r->text, "Hola\nmira este enlace & 'ya' <3 \xF0\x9F\x98\x80 &euro; 5<6 a<b");
		CHECK(r->flags & REC_EDITED);
		CHECK(r->parent == NULL);
		CHECK_EQ_LL(r->created.utc, 1704067200);
	}
	batch_release(&b);
	/* textOriginal wins over textDisplay */
	parse(
	    &b, "one.json", "youtube-api",
	    C("X2", "\"videoId\":\"V\",\"textOriginal\":\"a &amp; b\",\"textDisplay\":\"x\",", "2024-01-01T00:00:00Z"));
	r = find(&b, "X2");
	CHECK(r != NULL);
	if (r)
		CHECK_EQ_STR(r->text, "a &amp; b");
	batch_release(&b);
}

/* 200,000 "<a" and no '>': kept as text, in linear time (the scan for '>' is shared). */
static void test_api_unclosed_tags(void)
{
	struct batch b;
	const struct record *r;
	size_t n = 200000, i;
	const char *head = "{\"kind\":\"youtube#comment\",\"id\":\"L\",\"snippet\":{\"videoId\":\"V\","
	                   "\"publishedAt\":\"2024-01-01T00:00:00Z\",\"textDisplay\":\"";
	char *text = malloc(strlen(head) + 2 * n + 8), *p;

	if (!text)
		abort();
	p = text + strlen(head);
	memcpy(text, head, strlen(head));
	for (i = 0; i < n; i++) {
		*p++ = '<';
		*p++ = 'a';
	}
	memcpy(p, "\"}}", 4);
	parse(&b, "long.json", "youtube-api", text);
	r = find(&b, "L");
	CHECK(r != NULL);
	if (r)
		CHECK_EQ_LL(strlen(r->text), 2 * n);
	batch_release(&b);
	free(text);
}

static void test_ytdl(void)
{
	struct batch b;
	const struct record *r;
	const char *text =
	    "{\"cid\": \"P1\", \"text\": \"q\", \"time\": \"hace 2 días (editado)\", \"author\": \"@a\", \"channel\": "
	    "\"UCa\", "
	    "\"votes\": \"0\", \"replies\": \"3\", \"heart\": true, \"reply\": false, \"time_parsed\": 1709553600.9}\n"
	    "{\"cid\": \"P1.r1\", \"text\": \"a\", \"time\": \"hace 1 día\", \"author\": \"@o\", \"channel\": \"UCo\", "
	    "\"reply\": true, \"time_parsed\": 1709640000.2}\n"
	    "{\"cid\": \"P1.r1\", \"text\": \"a\", \"reply\": true, \"time_parsed\": 1709640000.2}\n"
	    "{\"cid\": \"P2\", \"text\": \"x\", \"replies\": \"1,2 mil\", \"time_parsed\": 1709640000}\n"
	    "{\"cid\": \"P3\", \"text\": \"y\", \"replies\": 2, \"time_parsed\": 1709640000}\n"
	    "{\"cid\": \"P3.r1\", \"text\": \"z\", \"time_parsed\": 1709640001}\n"
	    "{\"cid\": \"P4\", \"text\": \"w\"}\n";

	parse(&b, "dir/Xk3pQ9rLmZ0.json", "youtube-downloader", text);
	CHECK_EQ_LL(b.n, 6);
	CHECK_EQ_LL(b.read, 7);
	CHECK_EQ_LL(batch_rejected(&b), 1);
	CHECK_EQ_LL(b.comp.approx_time, 6);
	/* P1 declares 3 and holds r1 (listed twice, counted once); P3 declares 2 and holds 1;
	 * "1,2 mil" is not a plain count */
	CHECK_EQ_LL(b.comp.declared, 5);
	CHECK_EQ_LL(b.comp.declared_held, 2);
	r = find(&b, "P1");
	CHECK(r != NULL);
	if (r) {
		CHECK_EQ_STR(r->thread, "Xk3pQ9rLmZ0");
		CHECK(r->flags & REC_EDITED);
		CHECK(r->flags & REC_APPROX_TIME);
		CHECK_EQ_LL(r->created.utc, 1709553600);
		CHECK_EQ_STR(r->author_id, "UCa");
	}
	r = find(&b, "P1.r1");
	CHECK(r != NULL);
	if (r)
		CHECK_EQ_STR(r->parent, "P1");
	batch_release(&b);
}

int main(void)
{
	unit_name = "test_youtube";
	test_api_completeness();
	test_api_text();
	test_api_unclosed_tags();
	test_ytdl();
	return unit_end();
}
