/* pseudonym.c: keyed pseudonyms (HMAC-SHA256 through digest.h) and the replacement of names
 * and handles inside texts. It decides nothing about who is official: callers pass that. */
#include "pseudonym.h"
#include "diag.h"
#include "digest.h"
#include "labels.h"
#include "official.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

struct pn_person {
	const char *key;     /* "platform\nauthor key" */
	const char *folded;  /* folded display name (words), or NULL */
	char hex[2 * 8 + 1]; /* first 8 bytes of the HMAC in hex: the long form */
};

/* Markers stored in place of a person. */
static char ambiguous_mark, collision_mark;
#define AMBIGUOUS ((void *)&ambiguous_mark)
#define COLLIDED ((void *)&collision_mark)

void pseudonyms_init(struct pseudonyms *ps, const void *key, size_t len)
{
	unsigned char d[DIGEST_LEN];
	static const char id_msg[] = "replycov key id";

	memset(ps, 0, sizeof(*ps));
	ps->key = xmalloc(len ? len : 1);
	memcpy(ps->key, key, len);
	ps->key_len = len;
	digest_hmac(ps->key, len, id_msg, sizeof(id_msg) - 1, d);
	digest_hex(d, 8, ps->key_id);
	arena_init(&ps->arena);
	strmap_init(&ps->people);
	strmap_init(&ps->names);
	strmap_init(&ps->handles);
	strmap_init(&ps->official);
	strmap_init(&ps->prefixes);
	strbuf_init(&ps->a);
	strbuf_init(&ps->b);
	strbuf_init(&ps->c);
}

int pseudonyms_load(struct pseudonyms *ps, const char *keyfile)
{
	char *buf;
	size_t len;

	if (read_whole_file(keyfile, &buf, &len))
		return -1;
	if (!len) {
		diag_error(&(struct loc){.file = keyfile}, "the pseudonym key file is empty (make one with: "
		                                           "head -c 32 /dev/urandom > KEYFILE)");
		free(buf);
		return -1;
	}
	if (len < 16)
		diag_warn(&(struct loc){.file = keyfile},
		          "a pseudonym key of %zu bytes can be guessed, and with it every pseudonym reversed "
		          "(make one with: head -c 32 /dev/urandom > KEYFILE)",
		          len);
	pseudonyms_init(ps, buf, len);
	/* The bytes are a secret: do not leave a copy behind in freed memory. */
	memset(buf, 0, len);
	free(buf);
	return 0;
}

void pseudonyms_release(struct pseudonyms *ps)
{
	if (ps->key)
		memset(ps->key, 0, ps->key_len);
	free(ps->key);
	strmap_release(&ps->people);
	strmap_release(&ps->names);
	strmap_release(&ps->handles);
	strmap_release(&ps->official);
	strmap_release(&ps->prefixes);
	strbuf_release(&ps->a);
	strbuf_release(&ps->b);
	strbuf_release(&ps->c);
	arena_release(&ps->arena);
	memset(ps, 0, sizeof(*ps));
}

/* The HMAC of "platform\nakey" as 16 hex digits. */
static void mac_hex(const struct pseudonyms *ps, const char *key, char out[17])
{
	unsigned char d[DIGEST_LEN];

	digest_hmac(ps->key, ps->key_len, key, strlen(key), d);
	digest_hex(d, 8, out);
}

/* key -> value; a key already mapped to something else becomes ambiguous. */
static void map_once(struct pseudonyms *ps, struct strmap *m, const char *key, void *value)
{
	void *cur = strmap_get(m, key);

	if (!cur)
		*strmap_put(m, arena_strdup(&ps->arena, key), NULL) = value;
	else if (cur != value)
		*strmap_put(m, key, NULL) = AMBIGUOUS;
}

static void platform_key(struct strbuf *sb, const char *platform, const char *rest)
{
	strbuf_reset(sb);
	strbuf_addstr(sb, platform);
	strbuf_addch(sb, '\n');
	strbuf_addstr(sb, rest);
}

/* Handle forms of an author: a one-word display name without its '@', and the author id. */
static void handle_forms(struct pseudonyms *ps, const struct record *r,
                         void (*fn)(struct pseudonyms *, const char *, void *), void *arg)
{
	if (r->author) {
		strbuf_reset(&ps->c);
		text_fold(r->author, &ps->c);
		if (ps->c.len && !strchr(ps->c.buf, ' '))
			fn(ps, ps->c.buf[0] == '@' ? ps->c.buf + 1 : ps->c.buf, arg);
	}
	if (r->author_id) {
		strbuf_reset(&ps->c);
		text_fold(r->author_id, &ps->c);
		if (ps->c.len)
			fn(ps, ps->c.buf[0] == '@' ? ps->c.buf + 1 : ps->c.buf, arg);
	}
}

struct learn_arg {
	const char *platform;
	struct pn_person *who; /* NULL: official */
};

static void learn_handle(struct pseudonyms *ps, const char *h, void *arg)
{
	struct learn_arg *la = arg;

	platform_key(&ps->b, la->platform, h);
	if (la->who)
		map_once(ps, &ps->handles, ps->b.buf, la->who);
	else if (!strmap_get(&ps->official, ps->b.buf))
		*strmap_put(&ps->official, arena_strdup(&ps->arena, ps->b.buf), NULL) = (void *)1;
}

void pseudonyms_learn(struct pseudonyms *ps, const struct thread *t, const unsigned char *official)
{
	size_t i;
	struct strbuf ak;

	strbuf_init(&ak);
	for (i = 0; i < t->n; i++) {
		const struct record *r = &t->recs[i];
		struct learn_arg la = {r->platform, NULL};
		if (r->flags & REC_AUTHOR_UNKNOWN)
			continue;
		if (official[i]) {
			if (r->author) {
				strbuf_reset(&ps->a);
				text_fold_words(r->author, &ps->a);
				platform_key(&ps->b, r->platform, ps->a.buf);
				if (ps->a.len && !strmap_get(&ps->official, ps->b.buf))
					*strmap_put(&ps->official, arena_strdup(&ps->arena, ps->b.buf), NULL) =
					    (void *)1;
			}
			handle_forms(ps, r, learn_handle, &la);
			continue;
		}
		author_key(&ak, r);
		platform_key(&ps->b, r->platform, ak.buf);
		la.who = strmap_get(&ps->people, ps->b.buf);
		if (!la.who) {
			struct pn_person *p = arena_alloc(&ps->arena, sizeof(*p));
			char *prefix;
			p->key = arena_strdup(&ps->arena, ps->b.buf);
			mac_hex(ps, p->key, p->hex);
			*strmap_put(&ps->people, p->key, NULL) = p;
			prefix = arena_strndup(&ps->arena, p->hex, 8);
			if (strmap_get(&ps->prefixes, prefix))
				*strmap_put(&ps->prefixes, prefix, NULL) = COLLIDED;
			else
				*strmap_put(&ps->prefixes, prefix, NULL) = p;
			la.who = p;
		}
		if (r->author) {
			strbuf_reset(&ps->a);
			text_fold_words(r->author, &ps->a);
			if (!la.who->folded && ps->a.len)
				la.who->folded = arena_strdup(&ps->arena, ps->a.buf);
			if (strchr(ps->a.buf, ' ')) {
				platform_key(&ps->b, r->platform, ps->a.buf);
				map_once(ps, &ps->names, ps->b.buf, la.who);
			}
		}
		handle_forms(ps, r, learn_handle, &la);
	}
	strbuf_release(&ak);
}

static void add_pseudonym(struct pseudonyms *ps, const char *key, struct strbuf *out)
{
	struct pn_person *p = strmap_get(&ps->people, key);
	char hex[17], prefix[9];

	if (ps->placeholder) {
		strbuf_addstr(out, ps->placeholder);
		return;
	}
	if (p)
		memcpy(hex, p->hex, sizeof(hex));
	else
		mac_hex(ps, key, hex);
	memcpy(prefix, hex, 8);
	prefix[8] = '\0';
	strbuf_addstr(out, "citizen-");
	/* Two people of the run sharing the short form both get the long one. */
	if (strmap_get(&ps->prefixes, prefix) == COLLIDED)
		strbuf_addstr(out, hex);
	else
		strbuf_addstr(out, prefix);
}

void pseudonym_of(struct pseudonyms *ps, const char *platform, const char *akey, struct strbuf *out)
{
	struct strbuf key;

	strbuf_init(&key);
	platform_key(&key, platform, akey);
	add_pseudonym(ps, key.buf, out);
	strbuf_release(&key);
}

void pseudonym_author(struct pseudonyms *ps, const struct record *r, struct strbuf *out)
{
	struct strbuf ak;

	if ((r->flags & REC_AUTHOR_UNKNOWN) || (!r->author && !r->author_id)) {
		strbuf_addstr(out, "unknown");
		return;
	}
	strbuf_init(&ak);
	author_key(&ak, r);
	pseudonym_of(ps, r->platform, ak.buf, out);
	strbuf_release(&ak);
}

/* A word of the text: its span in the original and its folded form. */
struct word {
	size_t start, end; /* bytes of the original */
	size_t fold;       /* offset of its folded form (NUL-terminated) in the word buffer */
	int at;
};

struct split {
	struct word *w;
	size_t n, cap;
	const char *text;
	struct strbuf folded, tmp;
	size_t span_start, span_end;
	int at;
};

static void add_sub(const char *w, size_t n, int at_sign, void *ctx)
{
	struct split *sp = ctx;

	(void)at_sign;
	XGROW(sp->w, sp->cap, sp->n + 1);
	sp->w[sp->n].start = sp->span_start;
	sp->w[sp->n].end = sp->span_end;
	sp->w[sp->n].at = 0;
	sp->w[sp->n].fold = sp->folded.len;
	strbuf_add(&sp->folded, w, n);
	strbuf_addch(&sp->folded, '\0');
	sp->n++;
}

static void add_span(size_t start, size_t end, int at_sign, void *ctx)
{
	struct split *sp = ctx;

	strbuf_reset(&sp->tmp);
	strbuf_add(&sp->tmp, sp->text + start, end - start);
	{
		struct strbuf f;
		strbuf_init(&f);
		text_fold(sp->tmp.buf, &f);
		sp->span_start = start;
		sp->span_end = end;
		if (at_sign) {
			/* A handle is one word, dots and underscores included. */
			XGROW(sp->w, sp->cap, sp->n + 1);
			sp->w[sp->n].start = start;
			sp->w[sp->n].end = end;
			sp->w[sp->n].at = 1;
			sp->w[sp->n].fold = sp->folded.len;
			strbuf_add(&sp->folded, f.buf, f.len);
			strbuf_addch(&sp->folded, '\0');
			sp->n++;
		} else {
			text_words(f.buf, add_sub, sp);
		}
		strbuf_release(&f);
	}
}

/* Is the person or name the one kept (the complainant)? */
static int kept(const struct pn_person *keep, const void *found, const char *folded)
{
	if (!keep)
		return 0;
	if (found == keep)
		return 1;
	return found == AMBIGUOUS && keep->folded && !strcmp(keep->folded, folded);
}

void pseudonym_text(struct pseudonyms *ps, const char *platform, const char *text, const char *keep_akey,
                    struct strbuf *out)
{
	struct split sp = {0};
	const struct pn_person *keep = NULL;
	size_t i, copied = 0;

	if (keep_akey) {
		platform_key(&ps->a, platform, keep_akey);
		keep = strmap_get(&ps->people, ps->a.buf);
	}
	sp.text = text;
	strbuf_init(&sp.folded);
	strbuf_init(&sp.tmp);
	text_word_spans(text, add_span, &sp);
	for (i = 0; i < sp.n;) {
		const struct word *w = &sp.w[i];
		const char *f = sp.folded.buf + w->fold;
		size_t k, from = w->start, to = w->end, take = 1;
		void *found = NULL;
		int replace = 0;

		if (w->at) {
			size_t at = w->start - 1, local = at; /* text[at] is the '@' */
			/* An e-mail address ("name@example.com") is replaced whole. */
			while (local > copied && !strchr(" \t\r\n(<[{\"'", text[local - 1]))
				local--;
			platform_key(&ps->b, platform, f);
			if (local < at && !strchr(f, '.')) {
				/* "Cl@ve": a word with an '@' inside, neither a mention nor an address,
				 * unless what follows is a citizen's handle ("gracias@toni_v") */
				found = strmap_get(&ps->handles, ps->b.buf);
				if (found && !kept(keep, found, f)) {
					strbuf_add(out, text + copied, w->start - copied);
					if (found != AMBIGUOUS)
						add_pseudonym(ps, ((struct pn_person *)found)->key, out);
					else {
						platform_key(&ps->b, platform, "handle:");
						strbuf_addstr(&ps->b, f);
						add_pseudonym(ps, ps->b.buf, out);
					}
					copied = to;
				}
				i++;
				continue;
			}
			if (local < at) {
				strbuf_add(out, text + copied, local - copied);
				strbuf_reset(&ps->c);
				strbuf_add(&ps->c, text + local, to - local);
				strbuf_reset(&ps->a);
				text_fold(ps->c.buf, &ps->a);
				platform_key(&ps->b, platform, "email:");
				strbuf_addstr(&ps->b, ps->a.buf);
				add_pseudonym(ps, ps->b.buf, out);
				copied = to;
			} else if (!strmap_get(&ps->official, ps->b.buf)) {
				found = strmap_get(&ps->handles, ps->b.buf);
				if (!kept(keep, found, f)) {
					strbuf_add(out, text + copied, w->start - copied);
					if (found && found != AMBIGUOUS) {
						add_pseudonym(ps, ((struct pn_person *)found)->key, out);
					} else {
						platform_key(&ps->b, platform, "handle:");
						strbuf_addstr(&ps->b, f);
						add_pseudonym(ps, ps->b.buf, out);
					}
					copied = to;
				}
			}
			i++;
			continue;
		}
		/* The longest run of two to six words that is a citizen's name. */
		for (k = 6; k >= 2; k--) {
			size_t j;
			if (i + k > sp.n)
				continue;
			strbuf_reset(&ps->c);
			for (j = 0; j < k; j++) {
				if (sp.w[i + j].at)
					break;
				if (j)
					strbuf_addch(&ps->c, ' ');
				strbuf_addstr(&ps->c, sp.folded.buf + sp.w[i + j].fold);
			}
			if (j < k)
				continue;
			platform_key(&ps->b, platform, ps->c.buf);
			if (strmap_get(&ps->official, ps->b.buf))
				break; /* the institution keeps its name */
			found = strmap_get(&ps->names, ps->b.buf);
			if (found) {
				take = k;
				to = sp.w[i + k - 1].end;
				replace = !kept(keep, found, ps->c.buf);
				break;
			}
		}
		if (replace) {
			strbuf_add(out, text + copied, from - copied);
			if (found == AMBIGUOUS) {
				struct strbuf key;
				strbuf_init(&key);
				platform_key(&key, platform, "name:");
				strbuf_addstr(&key, ps->c.buf);
				add_pseudonym(ps, key.buf, out);
				strbuf_release(&key);
			} else {
				add_pseudonym(ps, ((struct pn_person *)found)->key, out);
			}
			copied = to;
		}
		i += take;
	}
	strbuf_addstr(out, text + copied);
	free(sp.w);
	strbuf_release(&sp.folded);
	strbuf_release(&sp.tmp);
}
