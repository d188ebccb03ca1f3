/* in_xmlread.h: what the XML adapters share: a streaming, namespace-aware read of a buffer
 * through expat, elements named by (namespace URI, local name), their start line:column,
 * and errors reported with line and column. Only in_*.c include this (it brings expat in).
 * Entity declarations are refused, so no document can make the reader expand entities
 * (billion laughs) or fetch external ones. */
#ifndef REPLYCOV_IN_XMLREAD_H
#define REPLYCOV_IN_XMLREAD_H

#include <stddef.h>

#include "record.h"

/* The adapter's view of one element. */
struct xmlread_elem {
	int code;       /* what the adapter's code() returned for it (0: not of interest) */
	long line, col; /* where its start tag begins (1-based) */
};

struct xmlread_handlers {
	/* A small positive code for the element (uri is "" when it has no namespace), 0 for
	 * elements the adapter ignores. */
	int (*code)(const char *uri, const char *local);
	/* An element opened. path[0..depth) are the open elements from the root, path[depth-1]
	 * is this one. attrs is expat's NULL-terminated name/value list, names as
	 * "URI LOCAL" (or "LOCAL" without a namespace): read it with xmlread_attr. Return 1 to
	 * collect the element's text (its descendants' text included). */
	int (*start)(void *ctx, const struct xmlread_elem *path, size_t depth, const char **attrs);
	/* An element closed: text is its collected text (NUL-terminated; "" when not collected),
	 * valid during the call only. */
	void (*end)(void *ctx, const struct xmlread_elem *path, size_t depth, const char *text, size_t len);
};

/* Read buf[0..len) and call h for every element. Returns 0 when the document was read to
 * its end; -1 after a syntax error, an entity declaration or an unsupported encoding, which
 * is reported as FILE:LINE:COL: error with expat's message (*err_line and *err_col say
 * where). Elements closed before the error were handed over. Text beyond XMLREAD_TEXT_CAP
 * bytes in one element is cut, with one warning per file. */
int xmlread_parse(struct batch *b, const char *buf, size_t len, const struct xmlread_handlers *h, void *ctx,
                  long *err_line, long *err_col);

/* The value of attribute (uri, local) in attrs, or NULL. */
const char *xmlread_attr(const char **attrs, const char *uri, const char *local);

/* 1 when needle occurs in head[0..len) (for detect: only the head counts, however long the
 * file behind it, and a NUL byte does not stop the search). */
int xmlread_head_has(const char *head, size_t len, const char *needle);

/* s without the blanks (space, tab, CR, LF) at both ends, copied into arena a. */
char *xmlread_trim(struct arena *a, const char *s, size_t len);

#define XMLREAD_TEXT_CAP ((size_t)4 * TEXT_CAP)

#endif
