/* in_manifest.c: reading a report folder's manifest.json back (manifest_read, for `verify`).
 * It includes cJSON, as adapters do, and only fills a struct manifest: checking it against
 * files is cmd_verify.c's job. */
#include "in_json.h"
#include "labels.h"
#include "manifest.h"
#include "outfmt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int bad(const char *path, const char *what)
{
	diag_error(&(struct loc){.file = path}, "not a manifest replycov can check: %s", what);
	return -1;
}

static const char *dup_str(struct manifest *m, const cJSON *v)
{
	return cJSON_IsString(v) ? arena_strdup(&m->arena, v->valuestring) : NULL;
}

/* The exact bytes of a name written as json_add_name writes it: text itself, or, when hex (its
 * "_hex" companion) is there, the bytes hex stands for, which must give text back once their
 * invalid bytes are replaced by U+FFFD (else the manifest was edited by hand and one of the
 * two is wrong). Returns a string in the manifest's arena, or NULL (reported). */
static const char *name_bytes(struct manifest *m, const char *text, const cJSON *hex, const char *path)
{
	struct strbuf raw, a, b;
	const char *ret = NULL;

	if (!hex || cJSON_IsNull(hex))
		return arena_strdup(&m->arena, text);
	strbuf_init(&raw);
	strbuf_init(&a);
	strbuf_init(&b);
	if (!cJSON_IsString(hex) || json_unhex(hex->valuestring, &raw) || !raw.len) {
		bad(path, "a name's \"_hex\" bytes that are not pairs of hexadecimal digits");
		goto done;
	}
	json_add_str(&a, raw.buf);
	json_add_str(&b, text);
	if (strcmp(a.buf, b.buf)) {
		bad(path, "a name whose \"_hex\" bytes are not the name it is written next to");
		goto done;
	}
	ret = arena_strdup(&m->arena, raw.buf);
done:
	strbuf_release(&raw);
	strbuf_release(&a);
	strbuf_release(&b);
	return ret;
}

/* A file entry: path required, size and sha256 optional (null: not read). */
static int read_file_entry(struct manifest *m, const cJSON *o, struct manifest_file *f, const char *path, int inputs)
{
	const char *p = json_str(o, "path"), *sha = json_str(o, "sha256");
	const cJSON *size = json_get(o, "size");

	memset(f, 0, sizeof(*f));
	if (!cJSON_IsObject(o) || !p)
		return bad(path, "a file without \"path\"");
	f->path = name_bytes(m, p, json_get(o, "path_hex"), path);
	if (!f->path)
		return -1;
	f->role = dup_str(m, json_get(o, inputs ? "format" : "role"));
	f->size = -1;
	if (cJSON_IsNumber(size) && size->valuedouble >= 0 && size->valuedouble < 9e15)
		f->size = (long long)size->valuedouble;
	if (sha) {
		if (strlen(sha) != 2 * DIGEST_LEN || strspn(sha, "0123456789abcdef") != 2 * DIGEST_LEN)
			return bad(path, "a \"sha256\" that is not 64 lowercase hex digits");
		memcpy(f->sha256, sha, DIGEST_HEX);
	} else {
		f->size = -1;
	}
	return 0;
}

static int read_files(struct manifest *m, const cJSON *root, const char *key, struct manifest_file **v, size_t *n,
                      size_t *cap, const char *path, int inputs)
{
	const cJSON *arr = json_get(root, key), *o;

	if (!arr)
		return 0;
	if (!cJSON_IsArray(arr))
		return bad(path, key);
	cJSON_ArrayForEach (o, arr) {
		xgrow((void **)v, cap, *n + 1, sizeof(**v));
		if (read_file_entry(m, o, &(*v)[*n], path, inputs))
			return -1;
		(*n)++;
	}
	return 0;
}

int manifest_read(const char *path, struct manifest *m)
{
	char *buf;
	size_t len;
	int ret;

	if (read_whole_file(path, &buf, &len)) {
		memset(m, 0, sizeof(*m));
		arena_init(&m->arena);
		return -1;
	}
	ret = manifest_parse(path, buf, len, m);
	free(buf);
	return ret;
}

int manifest_parse(const char *path, const char *buf, size_t len, struct manifest *m)
{
	struct batch b;
	cJSON *root;
	const cJSON *tool, *arr, *o, *hex;
	const char *fmt, *cmd;
	int ret = -1, k;

	memset(m, 0, sizeof(*m));
	arena_init(&m->arena);
	batch_init(&b, path);
	root = json_parse(&b, buf, len);
	batch_release(&b);
	if (!root)
		return -1;
	fmt = json_str(root, "manifest");
	tool = json_object(root, "tool");
	cmd = json_str(root, "command");
	if (!cJSON_IsObject(root) || !fmt) {
		bad(path, "no \"manifest\" field");
		goto done;
	}
	if (strcmp(fmt, MANIFEST_FORMAT)) {
		diag_error(&(struct loc){.file = path}, "manifest format '%s': this replycov reads '%s'", fmt,
		           MANIFEST_FORMAT);
		goto done;
	}
	if (!tool || !json_str(tool, "version") || !json_str(tool, "revision") || !cmd) {
		bad(path, "no \"tool\" version and revision, or no \"command\"");
		goto done;
	}
	m->format = MANIFEST_FORMAT;
	m->version = arena_strdup(&m->arena, json_str(tool, "version"));
	m->revision = arena_strdup(&m->arena, json_str(tool, "revision"));
	m->command = arena_strdup(&m->arena, cmd);
	arr = json_array(root, "arguments");
	hex = json_get(root, "arguments_hex");
	if (hex && (!cJSON_IsArray(hex) || cJSON_GetArraySize(hex) != cJSON_GetArraySize(arr))) {
		bad(path, "\"arguments_hex\" that is not an array as long as \"arguments\"");
		goto done;
	}
	k = 0;
	cJSON_ArrayForEach (o, arr) {
		const char *a;
		if (!cJSON_IsString(o)) {
			bad(path, "an argument that is not a string");
			goto done;
		}
		a = name_bytes(m, o->valuestring, hex ? cJSON_GetArrayItem(hex, k) : NULL, path);
		if (!a)
			goto done;
		manifest_add_arg(m, a);
		k++;
	}
	arr = json_array(root, "options");
	cJSON_ArrayForEach (o, arr) {
		int n = cJSON_GetArraySize(o);
		const cJSON *name = cJSON_GetArrayItem(o, 0), *value = cJSON_GetArrayItem(o, 1);
		const char *v = NULL;
		if (!cJSON_IsArray(o) || n < 1 || n > 3 || !cJSON_IsString(name) ||
		    (n >= 2 && !cJSON_IsString(value))) {
			bad(path, "an option that is not [\"--name\"], [\"--name\", \"value\"] or [\"--name\", "
			          "\"value\", \"value in hex\"]");
			goto done;
		}
		if (n >= 2 && !(v = name_bytes(m, value->valuestring, cJSON_GetArrayItem(o, 2), path)))
			goto done;
		/* appended as read: the manifest's order is kept */
		XGROW(m->opts, m->cap_opts, m->n_opts + 1);
		m->opts[m->n_opts].name = arena_strdup(&m->arena, name->valuestring);
		m->opts[m->n_opts].value = v;
		m->n_opts++;
	}
	if (read_files(m, root, "inputs", &m->inputs, &m->n_inputs, &m->cap_inputs, path, 1) ||
	    read_files(m, root, "files", &m->files, &m->n_files, &m->cap_files, path, 0) ||
	    read_files(m, root, "outputs", &m->outputs, &m->n_outputs, &m->cap_outputs, path, 0))
		goto done;
	o = json_get(root, "pseudonym_key");
	if (cJSON_IsObject(o)) {
		const char *kp = json_str(o, "path");
		if (kp && !(m->key_path = name_bytes(m, kp, json_get(o, "path_hex"), path)))
			goto done;
		m->key_id = dup_str(m, json_get(o, "key_id"));
		if (!m->key_path || !m->key_id) {
			bad(path, "a \"pseudonym_key\" without path or key_id");
			goto done;
		}
	}
	ret = 0;
done:
	cJSON_Delete(root);
	return ret;
}
