/* replay.c: runs a fuzz target over every file named on the command line (the seed corpus
 * and regression cases) without libFuzzer, so `make check` exercises the targets under gcc
 * and the sanitizers. Prints "fuzz-NAME: N passed, 0 failed" (a crash fails the run). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
	int i, n = 0;

	for (i = 2; i < argc; i++) {
		FILE *fp = fopen(argv[i], "rb");
		uint8_t *buf = NULL;
		size_t len = 0, cap = 0, got;
		if (!fp) {
			printf("%s: FAIL cannot read %s\n", argv[1], argv[i]);
			printf("%s: %d passed, 1 failed\n", argv[1], n);
			return 1;
		}
		do {
			if (len + 4096 > cap) {
				cap = (len + 4096) * 2;
				buf = realloc(buf, cap);
				if (!buf)
					abort();
			}
			got = fread(buf + len, 1, cap - len, fp);
			len += got;
		} while (got);
		fclose(fp);
		LLVMFuzzerTestOneInput(buf, len);
		free(buf);
		n++;
	}
	printf("%s: %d passed, 0 failed\n", argv[1], n);
	return 0;
}
