/* in_htmltext.h: HTML fragments (blog comments, Disqus messages) as plain text, for the
 * adapters whose sources store HTML. Not an HTML parser: tags are dropped, block tags and
 * <br> become line breaks, character references are decoded. */
#ifndef REPLYCOV_IN_HTMLTEXT_H
#define REPLYCOV_IN_HTMLTEXT_H

#include <stddef.h>

#include "strbuf.h"

/* Append the text of HTML fragment s[0..n) to out: tags and comments removed, <script> and
 * <style> contents skipped, <br>, <p>, <div>, <li>, headings and other block tags turned into
 * line breaks, character references (&amp; &eacute; &#8217; &#x1F600;) decoded, blanks
 * collapsed, at most one empty line in a row, leading and trailing blanks trimmed. Newlines
 * in the source are kept (WordPress stores comments with raw line breaks). A '<' that does
 * not start a tag is kept as text. Invalid references stay as written; &#0; and references
 * outside Unicode become U+FFFD. Never fails; invalid UTF-8 is passed through unchanged. */
void htmltext_to_text(const char *s, size_t n, struct strbuf *out);
/* Append s[0..n) to out with character references decoded and nothing else changed (names
 * that WordPress stores escaped: "Ping 1 &laquo; Blog"). */
void htmltext_decode(const char *s, size_t n, struct strbuf *out);

#endif
