/* fuzz_manifest.c: libFuzzer target for the manifest reader (manifest_parse, what `verify`
 * reads from a report folder someone else may have made), from memory. `make fuzz` builds it
 * with clang; `make check` replays tests/fuzz/seeds/manifest/ with gcc. A manifest that
 * parses must also render without trouble, as JSON and as the evidence of a document. */
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "manifest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_capture cap;
	struct manifest m;
	struct strbuf sb;
	char *buf = malloc(size + 1); /* the reader's contract: a NUL follows the bytes */

	if (!buf)
		return 0;
	memcpy(buf, data, size);
	buf[size] = '\0';
	diag_capture_begin(&cap, 0);
	if (!manifest_parse("fuzz-manifest", buf, size, &m)) {
		strbuf_init(&sb);
		manifest_json(&m, &sb, "");
		manifest_command_line(&m, &sb);
		strbuf_release(&sb);
		{
			/* the evidence as a document, in every format and language */
			int f, l;
			for (l = 0; l < UI_N; l++) {
				struct doc d;
				doc_init(&d, ui_lang_code((enum ui_lang)l));
				manifest_section(&d, (enum ui_lang)l, &m);
				for (f = DOC_TEXT; f <= DOC_HTML; f++) {
					char *out = NULL;
					size_t len = 0;
					FILE *fp = open_memstream(&out, &len);
					if (fp) {
						doc_write(&d, (enum doc_format)f, fp);
						fclose(fp);
					}
					free(out);
				}
				doc_release(&d);
			}
		}
	}
	manifest_release(&m);
	free(buf);
	diag_capture_end();
	strbuf_release(&cap.text);
	return 0;
}
