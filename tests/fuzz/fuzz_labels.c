/* fuzz_labels.c: libFuzzer target for the label files people write: the labeled sets of
 * `train` and `eval` (text,label) and the human decisions of --labels (id,label[,note]), both
 * read from the same bytes. Replayed over tests/fuzz/seeds/labels/ by make check. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "labels.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_capture cap;
	struct labeled_set s;
	struct human_labels h;
	char *buf = xmalloc(size + 1);
	size_t i;

	memcpy(buf, data, size);
	buf[size] = '\0';
	diag_capture_begin(&cap, 0);
	labeled_parse("fuzz-labels", buf, size, &s);
	for (i = 0; i < s.n; i++)
		if (!s.rows[i].text || !s.rows[i].label)
			abort();
	labeled_release(&s);
	human_labels_parse("fuzz-labels", buf, size, &h);
	human_labels_release(&h);
	diag_capture_end();
	strbuf_release(&cap.text);
	free(buf);
	return 0;
}
