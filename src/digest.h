/* digest.h: SHA-256 and HMAC-SHA256 from OpenSSL's libcrypto (Debian libssl-dev), the only
 * module that includes OpenSSL headers. Hashes are never written by hand here: a manifest is
 * evidence, and its hashes must come from a library others have checked. */
#ifndef REPLYCOV_DIGEST_H
#define REPLYCOV_DIGEST_H

#include <stddef.h>

#define DIGEST_LEN 32 /* bytes of a SHA-256 or HMAC-SHA256 value */
#define DIGEST_HEX (2 * DIGEST_LEN + 1)

/* SHA-256 of p[0..n) into out. */
void digest_sha256(const void *p, size_t n, unsigned char out[DIGEST_LEN]);
/* HMAC-SHA256 of msg[0..n) under key[0..key_len) into out. */
void digest_hmac(const void *key, size_t key_len, const void *msg, size_t n, unsigned char out[DIGEST_LEN]);
/* Lowercase hex of d[0..n) into out (2n + 1 bytes, NUL-terminated); returns out. */
char *digest_hex(const unsigned char *d, size_t n, char *out);

/* SHA-256 and size of the file at path, read in pieces. Returns 0, or -1 with errno set
 * (nothing reported: the caller says what the file was for); a path that is not a regular file
 * (a FIFO, a device, a folder) is not read: -1 with EINVAL (EISDIR for a folder). */
int digest_file(const char *path, unsigned char out[DIGEST_LEN], long long *size);

#endif
