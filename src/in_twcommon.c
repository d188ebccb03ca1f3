/* in_twcommon.c: helpers shared by the Twitter adapters. No format knowledge beyond what
 * the three exports have in common: ids, escaped text, reply chains. */
#include "in_twcommon.h"
#include "strmap.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

void tw_unescape(const char *s, struct strbuf *out)
{
	while (*s) {
		const char *amp = strchr(s, '&');
		if (!amp) {
			strbuf_addstr(out, s);
			return;
		}
		strbuf_add(out, s, (size_t)(amp - s));
		if (!strncmp(amp, "&amp;", 5)) {
			strbuf_addch(out, '&');
			s = amp + 5;
		} else if (!strncmp(amp, "&lt;", 4)) {
			strbuf_addch(out, '<');
			s = amp + 4;
		} else if (!strncmp(amp, "&gt;", 4)) {
			strbuf_addch(out, '>');
			s = amp + 4;
		} else {
			strbuf_addch(out, '&');
			s = amp + 1;
		}
	}
}

int tw_int_id(const char *s, char *out, size_t cap)
{
	size_t n = 0;

	out[0] = '\0';
	while (*s == ' ' || *s == '\t')
		s++;
	while (*s >= '0' && *s <= '9') {
		if (n + 1 >= cap)
			return out[0] = '\0', 0;
		out[n++] = *s++;
	}
	if (!n)
		return 0;
	/* pandas writes an integer column holding blanks as floats: "192625.0" */
	if (*s == '.') {
		s++;
		while (*s == '0')
			s++;
	}
	while (*s == ' ' || *s == '\t' || *s == '\r')
		s++;
	if (*s) {
		out[0] = '\0';
		return 0;
	}
	out[n] = '\0';
	return 1;
}

int tw_id_cmp(const char *a, const char *b)
{
	size_t la = strspn(a, "0123456789"), lb = strspn(b, "0123456789");

	if (!a[la] && !b[lb] && la != lb)
		return la < lb ? -1 : 1;
	return strcmp(a, b);
}

enum { WALK_NEW, WALK_ON_PATH, WALK_DONE };

size_t tw_roots(size_t n, const char *const *ids, const char *const *parents, const char **roots)
{
	struct strmap by_id;
	unsigned char *state = xcalloc(n ? n : 1, 1);
	size_t *path = xmalloc((n ? n : 1) * sizeof(*path));
	size_t i, k, cycles = 0;

	strmap_init(&by_id);
	for (i = 0; i < n; i++) {
		int created;
		void **slot = strmap_put(&by_id, ids[i], &created);
		if (created)
			*slot = (void *)(i + 1);
		roots[i] = NULL;
	}
	for (i = 0; i < n; i++) {
		size_t np = 0, cur = i;
		const char *root;

		if (state[i] == WALK_DONE)
			continue;
		for (;;) {
			const char *p;
			void *hit;
			if (state[cur] == WALK_DONE) {
				root = roots[cur];
				break;
			}
			if (state[cur] == WALK_ON_PATH) {
				/* The chain came back to itself: name the cycle by its smallest id. */
				for (k = np; k-- > 0 && path[k] != cur;)
					;
				root = ids[cur];
				cycles++;
				for (; k < np; k++)
					if (tw_id_cmp(ids[path[k]], root) < 0)
						root = ids[path[k]];
				break;
			}
			state[cur] = WALK_ON_PATH;
			path[np++] = cur;
			p = parents[cur];
			if (!p || !*p) {
				root = ids[cur];
				break;
			}
			hit = strmap_get(&by_id, p);
			if (!hit) {
				root = p;
				break;
			}
			cur = (size_t)hit - 1;
		}
		for (k = 0; k < np; k++) {
			roots[path[k]] = root;
			state[path[k]] = WALK_DONE;
		}
	}
	strmap_release(&by_id);
	free(state);
	free(path);
	return cycles;
}
