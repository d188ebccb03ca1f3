/* text.h: the Unicode work replycov needs, on top of utf8proc: repairing invalid UTF-8,
 * folding for comparison (case and accents ignored), telling words from emoji, excerpts.
 * Every function writes into a caller's strbuf; nothing here allocates behind the caller. */
#ifndef REPLYCOV_TEXT_H
#define REPLYCOV_TEXT_H

#include <stddef.h>

#include "strbuf.h"

/* Append s[0..n) to out, replacing each invalid UTF-8 sequence and each NUL by U+FFFD.
 * Returns how many replacements were made. */
size_t text_repair_utf8(const char *s, size_t n, struct strbuf *out);
/* put(sb, s) with s made valid UTF-8 first (text_repair_utf8) when it is not plain ASCII;
 * s may be NULL (put then gets it as it is). The writers' escapers go through it. */
void text_put_valid(struct strbuf *sb, const char *s, void (*put)(struct strbuf *, const char *));
/* Append the folded form of s: NFKC, case folded, accents stripped. Invalid UTF-8 is
 * repaired first. "Àngels GARCÍA" -> "angels garcia". */
void text_fold(const char *s, struct strbuf *out);
/* The folded words of s joined by single spaces: "Servei d’Ocupació!" -> "servei d ocupacio".
 * Names are compared in this form, so punctuation and spacing never decide identity. */
void text_fold_words(const char *s, struct strbuf *out);
/* 1 when s holds at least one letter or digit (any script) outside @mentions (links count);
 * 0 for "", "👍👍", "?!", " :) ", "@empleo_cv 👍". */
int text_has_words(const char *s);
/* The first max_chars characters of s on one line (newlines and tabs become spaces,
 * runs of blanks collapse), "…" appended when cut. */
void text_excerpt(const char *s, size_t max_chars, struct strbuf *out);
/* The first line of s that holds a letter or digit, as text_excerpt: how people name a post
 * ("Obrim la convocatòria ACTIVA 2026…"). Nothing when s has no such line. */
void text_headline(const char *s, size_t max_chars, struct strbuf *out);
/* Number of characters (code points) in valid UTF-8 s. */
size_t text_length(const char *s);
/* The columns s takes on a terminal: wide characters (CJK, most emoji) count two, combining
 * marks and zero-width characters none. */
size_t text_width(const char *s);

/* Split folded text into words: calls fn for each maximal run of letters/digits, with
 * at_sign set when the word directly follows '@' (a handle). '_' and '.' inside a handle
 * belong to it. */
void text_words(const char *folded, void (*fn)(const char *w, size_t n, int at_sign, void *ctx), void *ctx);
/* The same words found in text that is not folded, as byte spans [start, end) of s, so that a
 * caller can fold each word and still know where it stands in the original (pseudonym.c
 * replaces names in place). Combining marks inside a word belong to it ("e" + U+0301). at_sign:
 * the word directly follows '@' (start is past the '@'). Invalid bytes separate words. */
void text_word_spans(const char *s, void (*fn)(size_t start, size_t end, int at_sign, void *ctx), void *ctx);

#endif
