/* in_xmlread.c: expat underneath the XML adapters. Expat was chosen because it streams
 * (no document tree: memory follows the collected text, not the file), is small, resolves
 * namespaces itself (XML_ParserCreateNS), keeps its element stack on the heap, and is in
 * Debian (libexpat1-dev). This module knows no export format. */
#include "in_xmlread.h"

#include <expat.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK ((size_t)1 << 20)
#define NS_SEP ' ' /* never inside a local name, so the last one splits "URI LOCAL" */

struct xr {
	XML_Parser p;
	struct batch *b;
	const struct xmlread_handlers *h;
	void *ctx;
	struct xmlread_elem *path;
	size_t depth, cap;
	size_t collect_depth; /* depth of the element whose text is collected; 0: none */
	struct strbuf text, uri;
	int entity_refused;
	int warned_cap;
};

static void on_start(void *ud, const XML_Char *name, const XML_Char **attrs)
{
	struct xr *x = ud;
	const char *sep = strrchr(name, NS_SEP);
	const char *local = sep ? sep + 1 : name;
	struct xmlread_elem *e;
	int want;

	strbuf_reset(&x->uri);
	if (sep)
		strbuf_add(&x->uri, name, (size_t)(sep - name));
	XGROW(x->path, x->cap, x->depth + 1);
	e = &x->path[x->depth++];
	e->code = x->h->code(x->uri.buf, local);
	e->line = (long)XML_GetCurrentLineNumber(x->p);
	e->col = (long)XML_GetCurrentColumnNumber(x->p) + 1;
	want = x->h->start(x->ctx, x->path, x->depth, attrs);
	if (want && !x->collect_depth) {
		x->collect_depth = x->depth;
		strbuf_reset(&x->text);
	}
}

static void on_end(void *ud, const XML_Char *name)
{
	struct xr *x = ud;

	(void)name;
	if (!x->depth)
		return;
	if (x->collect_depth == x->depth) {
		x->h->end(x->ctx, x->path, x->depth, x->text.buf, x->text.len);
		x->collect_depth = 0;
		strbuf_reset(&x->text);
	} else {
		x->h->end(x->ctx, x->path, x->depth, "", 0);
	}
	x->depth--;
}

static void on_text(void *ud, const XML_Char *s, int len)
{
	struct xr *x = ud;
	size_t n = len > 0 ? (size_t)len : 0;

	if (!x->collect_depth)
		return;
	if (x->text.len + n > XMLREAD_TEXT_CAP) {
		if (!x->warned_cap) {
			const struct xmlread_elem *e = &x->path[x->collect_depth - 1];
			x->warned_cap = 1;
			diag_warn(&(struct loc){.file = x->b->file, .line = e->line, .col = e->col},
			          "element text longer than %zu bytes cut there", XMLREAD_TEXT_CAP);
		}
		n = XMLREAD_TEXT_CAP - x->text.len;
	}
	strbuf_add(&x->text, s, n);
}

/* An entity the parser could not expand (a DTD it does not read names it): keep the
 * reference as text, so that "&nbsp;" still reaches the HTML decoding. */
static void on_skipped(void *ud, const XML_Char *name, int is_param)
{
	struct xr *x = ud;

	if (is_param || !x->collect_depth)
		return;
	on_text(ud, "&", 1);
	on_text(ud, name, (int)strlen(name));
	on_text(ud, ";", 1);
}

/* Any entity declaration stops the parse: exports never declare entities, and refusing
 * them rules out exponential expansion and external fetches whatever the expat version. */
static void on_entity(void *ud, const XML_Char *name, int is_param, const XML_Char *value, int value_len,
                      const XML_Char *base, const XML_Char *system_id, const XML_Char *public_id,
                      const XML_Char *notation)
{
	struct xr *x = ud;

	(void)name, (void)is_param, (void)value, (void)value_len, (void)base, (void)system_id, (void)public_id;
	(void)notation;
	x->entity_refused = 1;
	XML_StopParser(x->p, XML_FALSE);
}

int xmlread_parse(struct batch *b, const char *buf, size_t len, const struct xmlread_handlers *h, void *ctx,
                  long *err_line, long *err_col)
{
	struct xr x = {.b = b, .h = h, .ctx = ctx};
	size_t off = 0;
	int ret = 0;

	*err_line = *err_col = 0;
	x.p = XML_ParserCreateNS(NULL, NS_SEP);
	if (!x.p) {
		diag_error(&(struct loc){.file = b->file}, "cannot create an XML parser (out of memory)");
		*err_line = 1;
		return -1;
	}
	strbuf_init(&x.text);
	strbuf_init(&x.uri);
	XML_SetUserData(x.p, &x);
	XML_SetElementHandler(x.p, on_start, on_end);
	XML_SetCharacterDataHandler(x.p, on_text);
	XML_SetEntityDeclHandler(x.p, on_entity);
	XML_SetSkippedEntityHandler(x.p, on_skipped);
	do {
		size_t n = len - off < CHUNK ? len - off : CHUNK;
		int last = off + n == len;
		if (XML_Parse(x.p, buf + off, (int)n, last) != XML_STATUS_OK) {
			struct loc loc = {.file = b->file};
			loc.line = (long)XML_GetCurrentLineNumber(x.p);
			loc.col = (long)XML_GetCurrentColumnNumber(x.p) + 1;
			if (x.entity_refused)
				diag_error(&loc, "XML entity declarations are not accepted (exports have none; they "
				                 "could expand without bound)");
			else
				diag_error(&loc, "XML syntax error: %s", XML_ErrorString(XML_GetErrorCode(x.p)));
			*err_line = loc.line;
			*err_col = loc.col;
			ret = -1;
			break;
		}
		off += n;
	} while (off < len);
	XML_ParserFree(x.p);
	strbuf_release(&x.text);
	strbuf_release(&x.uri);
	free(x.path);
	return ret;
}

const char *xmlread_attr(const char **attrs, const char *uri, const char *local)
{
	size_t ul = strlen(uri);
	int i;

	for (i = 0; attrs && attrs[i]; i += 2) {
		const char *a = attrs[i];
		if (ul) {
			if (strncmp(a, uri, ul) || a[ul] != NS_SEP || strcmp(a + ul + 1, local))
				continue;
		} else if (strcmp(a, local)) {
			continue;
		}
		return attrs[i + 1];
	}
	return NULL;
}

int xmlread_head_has(const char *head, size_t len, const char *needle)
{
	size_t n = strlen(needle), i;

	for (i = 0; n && i + n <= len; i++)
		if (head[i] == needle[0] && !memcmp(head + i, needle, n))
			return 1;
	return 0;
}

char *xmlread_trim(struct arena *a, const char *s, size_t len)
{
	while (len && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) {
		s++;
		len--;
	}
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r' || s[len - 1] == '\n'))
		len--;
	return arena_strndup(a, s, len);
}
