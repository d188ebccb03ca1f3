/* digest.c: thin wrappers over libcrypto's EVP interface. No hashing is implemented here. */
#include "digest.h"
#include "diag.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>

static void crypto_failed(const char *what)
{
	/* libcrypto fails only when it cannot allocate or its providers are broken; a hash that
	 * is silently wrong would be worse than stopping. */
	diag_print("error: libcrypto: %s failed", what);
	abort();
}

void digest_sha256(const void *p, size_t n, unsigned char out[DIGEST_LEN])
{
	unsigned int len = 0;

	if (!EVP_Digest(p, n, out, &len, EVP_sha256(), NULL) || len != DIGEST_LEN)
		crypto_failed("SHA-256");
}

void digest_hmac(const void *key, size_t key_len, const void *msg, size_t n, unsigned char out[DIGEST_LEN])
{
	unsigned int len = 0;
	static const unsigned char empty[1];

	/* HMAC() treats a NULL key specially; an empty key is a valid (if useless) key. */
	if (!HMAC(EVP_sha256(), key_len ? key : empty, (int)key_len, (const unsigned char *)msg, n, out, &len) ||
	    len != DIGEST_LEN)
		crypto_failed("HMAC-SHA256");
}

char *digest_hex(const unsigned char *d, size_t n, char *out)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = hex[d[i] >> 4];
		out[2 * i + 1] = hex[d[i] & 15];
	}
	out[2 * n] = '\0';
	return out;
}

int digest_file(const char *path, unsigned char out[DIGEST_LEN], long long *size)
{
	/* Opened without blocking and checked on the descriptor: a FIFO nobody writes to, or a
	 * device, named where a file was expected must not hang the run or be read forever. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	FILE *fp;
	EVP_MD_CTX *ctx;
	unsigned char *buf;
	unsigned int len = 0;
	int err = 0;

	*size = 0;
	if (fd < 0)
		return -1;
	if (fstat(fd, &st)) {
		err = errno;
		close(fd);
		errno = err;
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		return -1;
	}
	fp = fdopen(fd, "rb");
	if (!fp) {
		close(fd);
		return -1;
	}
	ctx = EVP_MD_CTX_new();
	if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL))
		crypto_failed("SHA-256");
	buf = xmalloc(65536);
	for (;;) {
		size_t got = fread(buf, 1, 65536, fp);
		if (got && !EVP_DigestUpdate(ctx, buf, got))
			crypto_failed("SHA-256");
		*size += (long long)got;
		if (got < 65536)
			break;
	}
	if (ferror(fp))
		err = errno ? errno : EIO;
	fclose(fp);
	free(buf);
	if (!EVP_DigestFinal_ex(ctx, out, &len) || len != DIGEST_LEN)
		crypto_failed("SHA-256");
	EVP_MD_CTX_free(ctx);
	if (err) {
		errno = err;
		return -1;
	}
	return 0;
}
