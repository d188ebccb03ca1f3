/* pseudonym.h: keyed pseudonyms for citizens (--pseudonymize KEYFILE), so that a report can
 * leave the office. A citizen is known by platform and author key (official.h's author_key:
 * "id:<author id>" or "name:<folded name>"); the pseudonym is
 *     "citizen-" + the first 8 hex digits of HMAC-SHA256(key file bytes, platform "\n" author key)
 * so it is the same for the same key (quarters can be compared) and different under another
 * key, and without the key nobody can compute it from a name, unlike a plain hash. When two
 * citizens of the run share those 8 digits, both get 16.
 * Names inside texts are replaced too: the display names of the run's citizens (two words or
 * more, compared folded and as whole words, as the mention rule does), and every @handle. The
 * official accounts keep their names and handles. Strings live in the set's arena. */
#ifndef REPLYCOV_PSEUDONYM_H
#define REPLYCOV_PSEUDONYM_H

#include <stddef.h>

#include "strbuf.h"
#include "strmap.h"
#include "thread.h"

struct pseudonyms {
	unsigned char *key;
	size_t key_len;
	char key_id[17]; /* 16 hex digits of HMAC(key, "replycov key id"): names the key in a
	                  * manifest without revealing it */
	struct arena arena;
	struct strmap people;   /* "platform\nauthor key" -> struct pn_person */
	struct strmap names;    /* "platform\nfolded name" -> person, or the ambiguous marker */
	struct strmap handles;  /* "platform\nfolded handle" -> person, or the ambiguous marker */
	struct strmap official; /* "platform\nfolded name or handle" of official accounts */
	struct strmap prefixes; /* first 8 hex digits -> person, or the collision marker */
	struct strbuf a, b, c;  /* scratch */

	/* NULL; else what every pseudonym is written as: the names found in texts are removed, not
	 * pseudonymised (privacy_anonymous) */
	const char *placeholder;
};

/* Read the key file (its bytes are the key; a short key is warned about: anyone who guesses it
 * can test names against the pseudonyms). Returns 0, or -1 when it cannot be read or is empty
 * (reported). */
int pseudonyms_load(struct pseudonyms *ps, const char *keyfile);
/* The same with a key in memory (tests). */
void pseudonyms_init(struct pseudonyms *ps, const void *key, size_t len);
void pseudonyms_release(struct pseudonyms *ps);

/* Learn the names of thread t's authors: citizens (official[i] == 0) to replace, the official
 * accounts to keep. Call for every thread of the run before writing. */
void pseudonyms_learn(struct pseudonyms *ps, const struct thread *t, const unsigned char *official);

/* Append the pseudonym of the citizen (platform, author key) to out. */
void pseudonym_of(struct pseudonyms *ps, const char *platform, const char *akey, struct strbuf *out);
/* Append how record r's author is shown: its pseudonym, or "unknown" without author. */
void pseudonym_author(struct pseudonyms *ps, const struct record *r, struct strbuf *out);
/* Append text with the run's citizens' names and every @handle but the official accounts'
 * replaced by pseudonyms ("@citizen-…"; an e-mail address "x@y" loses its local part too).
 * keep_akey: a citizen of platform whose own name and handle stay (the complainant in their
 * own sheet), or NULL. A name two citizens share becomes the pseudonym of the name itself. */
void pseudonym_text(struct pseudonyms *ps, const char *platform, const char *text, const char *keep_akey,
                    struct strbuf *out);

#endif
