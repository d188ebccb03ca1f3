/* fuzz_model.c: libFuzzer target for the model file parser (nbayes_parse), from memory.
 * `make fuzz` builds it with clang; `make check` replays tests/fuzz/seeds/model/ with gcc.
 * A model that parses must also predict without trouble. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "classify.h"
#include "diag.h"
#include "nbayes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_capture cap;
	struct nbayes *m;

	diag_capture_begin(&cap, 0);
	m = nbayes_parse("fuzz-model", (const char *)data, size);
	diag_capture_end();
	strbuf_release(&cap.text);
	if (m) {
		struct norm n;
		double p[CLASS_N];
		norm_init(&n);
		classify_normalize("no funciona, gracias por nada 🙄 ¿cuándo?", &n);
		nbayes_predict(m, &n, p);
		norm_release(&n);
		nbayes_free(m);
	}
	return 0;
}
