/* test_records.c: nothing read is lost uncounted. A record rejected for its own fields is
 * rejected alone: the messages nested under it or replying to it are still read, and every
 * message of a file is either accepted or rejected with a reason (or left out by rule):
 * read = accepted + rejected + left out, with read the number of messages the file holds.
 * Checked on the damaged inputs of the dump cases 06xx (totals counted by hand) and, for the
 * identity alone, on every fuzz seed of every adapter. Runs from the source tree's root. */
#include "input.h"
#include "unit.h"

#include <dirent.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *len)
{
	struct stat st;
	FILE *f;
	char *buf;
	long n;

	if (stat(path, &st) || !S_ISREG(st.st_mode) || !(f = fopen(path, "rb")))
		return NULL;
	if (fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
		fclose(f);
		return NULL;
	}
	buf = xmalloc((size_t)n + 1);
	*len = fread(buf, 1, (size_t)n, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

/* Parse path (format forced when fmt is not NULL) into b; messages captured and dropped.
 * Returns 0, or -1 when the file could not be read at all. */
static int parse(struct batch *b, const char *path, const char *fmt)
{
	struct input_opts o = {.tz = NULL, .format = fmt};
	struct diag_capture cap;
	size_t len = 0;
	char *buf = slurp(path, &len);

	batch_init(b, path);
	if (!buf)
		return -1;
	diag_capture_begin(&cap, 0);
	input_parse_buffer(path, buf, len, &o, b);
	diag_capture_end();
	strbuf_release(&cap.text);
	free(buf);
	return 0;
}

static long count_flag(const struct batch *b, unsigned flag)
{
	long n = 0;
	size_t i;

	for (i = 0; i < b->n; i++)
		n += (b->recs[i].flags & flag) != 0;
	return n;
}

static const struct record *find(const struct batch *b, const char *id)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		if (!strcmp(b->recs[i].id, id))
			return &b->recs[i];
	return NULL;
}

/* The damaged inputs: how many messages each holds (counted by hand in the file), how many are
 * rejected for their own fields, and one reply under a rejected message with the thread and
 * parent it must keep. */
static const struct damaged {
	const char *path;
	long messages, rejected;
	const char *reply, *thread, *parent;
} damaged[] = {
    {"tests/cases/dump/0600-fb-rejected-post-keeps-comments/post.json", 4, 1, "222_2", "111_222", "222_1"},
    {"tests/cases/dump/0601-fb-post-without-time/post.json", 3, 1, "222_1", "111_222", "111_222"},
    {"tests/cases/dump/0601-fb-post-without-time/noid.json", 3, 1, "333_2", "333", "333_1"},
    {"tests/cases/dump/0602-fb-rejected-comment-keeps-replies/post.json", 8, 3, "222_7", "111_222", "222_6"},
    {"tests/cases/dump/0603-ig-rejected-comment-keeps-replies/media.json", 13, 6, "17900000000000055",
     "17800000000000009", "rejected@tests/cases/dump/0603-ig-rejected-comment-keeps-replies/media.json#5"},
    {"tests/cases/dump/0604-youtube-rejected-top-keeps-replies/threads.json", 6, 2, "UgB.r1", "Vid1", "UgB"},
    {"tests/cases/dump/0605-wxr-rejected-item-keeps-comments/blog.xml", 6, 3, "21", "blog.example/?p=2", "20"},
    {"tests/cases/dump/0606-bluesky-rejected-post-keeps-replies/thread.json", 5, 3,
     "at://did:plc:pau/app.bsky.feed.post/p3", "at://did:plc:ayto/app.bsky.feed.post/p0",
     "rejected@tests/cases/dump/0606-bluesky-rejected-post-keeps-replies/thread.json#2"},
    {"tests/cases/dump/0607-twitter-v2-rejected-tweet-keeps-replies/tweets.json", 6, 2, "1705", "1700", "1704"},
    {"tests/cases/dump/0608-twarchive-rejected-tweet-keeps-replies/tweets.js", 3, 1, "3004", "2999", "3003"},
    {"tests/cases/dump/0609-twcs-rejected-row-keeps-replies/twcs.csv", 6, 2, "3", "1", "2"},
};

static void test_damaged(void)
{
	size_t i;

	for (i = 0; i < sizeof(damaged) / sizeof(*damaged); i++) {
		const struct damaged *d = &damaged[i];
		const struct record *r;
		struct batch b;

		if (parse(&b, d->path, NULL) < 0) {
			printf("records: cannot read %s\n", d->path);
			CHECK(0);
			continue;
		}
		/* every message of the file is met, and each is accepted or rejected */
		CHECK_EQ_LL(b.read, d->messages);
		CHECK_EQ_LL(batch_rejected(&b), d->rejected);
		CHECK_EQ_LL((long)b.n + batch_rejected(&b) + batch_skipped(&b), b.read);
		/* the reply under a rejected message is kept, in its thread, under its parent */
		r = find(&b, d->reply);
		CHECK(r != NULL);
		if (r) {
			CHECK_EQ_STR(r->thread, d->thread);
			CHECK_EQ_STR(r->parent, d->parent);
		}
		if (!r || (r->thread && strcmp(r->thread, d->thread)))
			printf("records: in %s\n", d->path);
		batch_release(&b);
	}
}

/* A post with a bad time alone: its comments are counted and kept, none is taken for a post. */
static void test_post_alone(void)
{
	struct batch b;

	if (parse(&b, "tests/cases/dump/0600-fb-rejected-post-keeps-comments/post.json", NULL) < 0) {
		CHECK(0);
		return;
	}
	CHECK_EQ_LL(b.n, 3);
	CHECK_EQ_LL(count_flag(&b, REC_POST), 0);
	batch_release(&b);
}

/* read = accepted + rejected + left out for one file; 0 when it is not an input at all. */
static int check_identity(const char *path, const char *fmt)
{
	struct batch b;
	long sum;

	if (parse(&b, path, fmt) < 0)
		return 0;
	if (!strcmp(b.format, "unknown") || !strcmp(b.format, "empty") || !strcmp(b.format, "")) {
		batch_release(&b);
		return 0;
	}
	sum = (long)b.n + batch_rejected(&b) + batch_skipped(&b);
	if (sum != b.read)
		printf("records: %s: read %ld, accepted %zu, rejected %ld, left out %ld\n", path, b.read, b.n,
		       batch_rejected(&b), batch_skipped(&b));
	CHECK_EQ_LL(sum, b.read);
	batch_release(&b);
	return 1;
}

/* Every file of every folder under root (one level of folders). force: the folder's name is
 * the adapter to force (the fuzz seeds); else formats are detected and files that are no
 * input (a case's cmd and expectations) are passed over. */
static long walk_inputs(const char *root, int force)
{
	static const char *const own[] = {"model", "schedule", "manifest", "labels", NULL};
	static const char *const not_inputs[] = {"cmd", "expout", "experr", "exitcode", NULL};
	DIR *top = opendir(root);
	struct dirent *e;
	long files = 0;

	if (!top)
		return 0;
	while ((e = readdir(top))) {
		char dir[512];
		DIR *d;
		struct dirent *f;
		int k, skip = e->d_name[0] == '.';
		for (k = 0; own[k] && !skip; k++)
			skip = !strcmp(e->d_name, own[k]);
		if (skip)
			continue;
		snprintf(dir, sizeof(dir), "%s/%s", root, e->d_name);
		if (!(d = opendir(dir)))
			continue;
		while ((f = readdir(d))) {
			char path[1024];
			if (f->d_name[0] == '.')
				continue;
			for (k = 0, skip = 0; not_inputs[k] && !skip; k++)
				skip = !force && !strcmp(f->d_name, not_inputs[k]);
			if (skip)
				continue;
			snprintf(path, sizeof(path), "%s/%s", dir, f->d_name);
			files += check_identity(path, force ? e->d_name : NULL);
		}
		closedir(d);
	}
	closedir(top);
	return files;
}

/* The identity on every seed of every adapter and on every input of the dump cases: whatever
 * the damage, nothing is met without being accepted, rejected or left out. */
static void test_identity(void)
{
	CHECK(walk_inputs("tests/fuzz/seeds", 1) > 0);
	CHECK(walk_inputs("tests/cases/dump", 0) > 0);
}

int main(void)
{
	unit_name = "records";
	test_damaged();
	test_post_alone();
	test_identity();
	return unit_end();
}
