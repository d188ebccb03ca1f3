/* in_html.h: plain text out of the HTML some exports give as message bodies (Mastodon
 * `content`, Reddit's escaped markdown). Tags are dropped, block boundaries become line
 * breaks, character references are decoded. No DOM, no recursion, no allocation beyond
 * the caller's strbuf. Not a sanitiser: the output is text for analysis, never re-served. */
#ifndef REPLYCOV_IN_HTML_H
#define REPLYCOV_IN_HTML_H

#include <stddef.h>

#include "strbuf.h"

/* Append the text of HTML s[0..n) to out: tags removed (script and style with their
 * content), <br> a line break, </p><p> and other block boundaries one line break, runs of
 * blanks one space, references decoded (see html_unescape); leading and trailing blanks
 * dropped. A '<' that opens no tag is kept as text. Invalid UTF-8 passes through (the
 * batch repairs it). */
void html_to_text(const char *s, size_t n, struct strbuf *out);

/* Append s[0..n) to out with character references decoded: named ones (&amp; &lt; &gt;
 * &quot; &apos; &nbsp; and the common Latin-1 and typographic names), decimal &#233; and
 * hexadecimal &#xE9;. Invalid code points become U+FFFD, &#128;-&#159; follow the HTML
 * rule (Windows-1252). An unknown or unterminated reference is kept as written. Nothing
 * else changes. */
void html_unescape(const char *s, size_t n, struct strbuf *out);

#endif
