/* fuzz_input.c: libFuzzer target for one input adapter, chosen at build time with
 * -DFUZZ_FORMAT='"name"'. Built with clang -fsanitize=fuzzer by `make fuzz`; built with gcc
 * and replay.c by `make check`, which runs it over tests/fuzz/seeds/<name>/. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "util.h"

#ifndef FUZZ_FORMAT
#error "build with -DFUZZ_FORMAT='\"adapter-name\"'"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input_opts o = {.tz = NULL, .format = FUZZ_FORMAT};
	struct diag_capture cap;
	struct batch b;
	char *buf = xmalloc(size + 1);
	size_t i;

	memcpy(buf, data, size);
	buf[size] = '\0'; /* adapters are promised a NUL after the buffer */
	batch_init(&b, "fuzz-input");
	diag_capture_begin(&cap, 0);
	input_parse_buffer("fuzz-input", buf, size, &o, &b);
	diag_capture_end();
	strbuf_release(&cap.text);
	/* Every record an adapter hands over must be complete. */
	for (i = 0; i < b.n; i++) {
		if (!b.recs[i].id || !b.recs[i].thread || !b.recs[i].text || !b.recs[i].platform)
			abort();
	}
	/* Nothing lost silently: every message read is accepted, rejected or left out by rule. */
	if ((long)b.n + batch_rejected(&b) + batch_skipped(&b) != b.read)
		abort();
	batch_release(&b);
	free(buf);
	return 0;
}
