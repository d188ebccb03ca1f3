/* test_json_head.c: unit test for the head-sniffing helpers of in_json (json_head_key,
 * json_head_pair) that the Mastodon, Bluesky and Reddit adapters detect with, and for
 * cassette_detect of in_cassette. */
#include "in_cassette.h"
#include "in_json.h"
#include "unit.h"

static int key(const char *head, const char *k)
{
	return json_head_key(head, strlen(head), k);
}

static int pair(const char *head, const char *k, const char *v)
{
	return json_head_pair(head, strlen(head), k, v);
}

static int cassette(const char *head, const char *needle)
{
	const char *needles[] = {needle, NULL};

	return cassette_detect(head, strlen(head), needles);
}

int main(void)
{
	unit_name = "test_json_head";

	CHECK(key("{\"kind\": \"Listing\"}", "kind"));
	CHECK(key("{\"kind\"\n :1}", "kind"));
	CHECK(!key("{\"kinds\": 1}", "kind"));
	CHECK(!key("{\"a\": \"kind\"}", "kind"));
	CHECK(!key("{\"s\": \"{\\\"kind\\\": 1}\"}", "kind")); /* inside an escaped string */
	CHECK(!key("{\"kind", "kind"));
	CHECK(!key("", "kind"));
	CHECK(pair("[{\"kind\":\"t1\"}]", "kind", "t1"));
	CHECK(pair("{\"x\": 1, \"kind\" : \"t3\"}", "kind", "t3"));
	CHECK(!pair("{\"kind\": \"t10\"}", "kind", "t1"));
	CHECK(!pair("{\"kind\": \"t", "kind", "t1"));
	CHECK(!pair("{\"kind\": 1}", "kind", "t1"));

	CHECK(cassette("{\"interactions\": [{\"request\": {\"method\": \"GET\", \"uri\": "
	               "\"https://oauth.reddit.com/comments/x\"}}]}",
	               "reddit.com/"));
	CHECK(cassette("{\"http_interactions\":[{\"request\":{\"uri\":\"https://bsky.social/xrpc/"
	               "app.bsky.feed.getPostThread\"}}]}",
	               "/xrpc/app.bsky.feed."));
	CHECK(!cassette("{\"interactions\": [{\"request\": {\"uri\": \"https://example.org/\"}}]}", "reddit.com/"));
	/* a URI inside a recorded body (escaped) is not a request URI */
	CHECK(!cassette("{\"interactions\": [{\"response\": {\"body\": {\"string\": \"{\\\"uri\\\": "
	                "\\\"https://reddit.com/x\\\"}\"}}}]}",
	                "reddit.com/"));
	CHECK(!cassette("[{\"uri\": \"https://reddit.com/\"}]", "reddit.com/"));
	CHECK(!cassette("{\"uri\": \"https://reddit.com/\"}", "reddit.com/"));
	return unit_end();
}
