/* gen-graph.c: writes synthetic Facebook Graph API exports for scripts/bench.sh: N posts of a
 * page, one JSON file per post (a post object with its nested comments edge), with citizen
 * comments, replies in the top-level comment's list, page answers and a few mentions. The
 * same seed gives the same bytes. Not part of replycov; built by scripts/bench.sh.
 *   gen-graph OUTDIR MESSAGES [MESSAGES_PER_POST] [SEED] */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static unsigned long long state = 88172645463325252ULL;

static unsigned long long rnd(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

static const char *first[] = {"Ana",   "Pep",    "Marta", "Joan",  "Lucía", "Vicent", "Carmen", "Jordi",
                              "Laura", "Àngels", "José",  "Maria", "Núria", "Pau",    "Rosa",   "Xavier"};
static const char *last[] = {"Gil",  "Roig",    "Soler", "Martínez", "Ferrer",  "García",
                             "Puig", "Sanchis", "López", "Vidal",    "Navarro", "Climent"};
static const char *texts[] = {
    "¿Cuándo se abre el plazo de inscripción?",
    "Llevo tres semanas esperando una cita y nadie me llama",
    "Moltes gràcies per la informació!",
    "On puc trobar el formulari?",
    "La web no funciona desde ayer, no puedo entrar",
    "gracias!!",
    "👍",
    "Is there an English version of the form?",
    "Em vaig apuntar però no m'han contestat",
    "Hola, ¿el curso es presencial u online? Trabajo por las mañanas",
    "gracias por nada, como siempre",
    "Algú sap si cal cita prèvia?",
};

int main(int argc, char **argv)
{
	long total, per_post, made = 0, post = 0;
	unsigned long long pool;
	char path[4096];

	if (argc < 3) {
		fprintf(stderr, "usage: gen-graph OUTDIR MESSAGES [MESSAGES_PER_POST] [SEED]\n");
		return 2;
	}
	total = atol(argv[2]);
	per_post = argc > 3 ? atol(argv[3]) : 200;
	if (argc > 4)
		state ^= strtoull(argv[4], NULL, 10) * 2654435761ULL;
	if (per_post < 2)
		per_post = 2;
	pool = total / 20 > 1000 ? (unsigned long long)(total / 20) : 1000;
	if (mkdir(argv[1], 0777) && errno != EEXIST) {
		perror(argv[1]);
		return 2;
	}
	while (made < total) {
		long n = per_post <= total - made ? per_post : total - made, i, top = 0;
		long long t0 = 1767225600LL + post * 3600LL; /* 2026-01-01, one post an hour */
		FILE *fp;
		snprintf(path, sizeof(path), "%s/post-%07ld.json", argv[1], post);
		if (!(fp = fopen(path, "w"))) {
			perror(path);
			return 2;
		}
		fprintf(fp,
		        "{\"id\":\"104520000000001_%ld\",\"from\":{\"id\":\"104520000000001\",\"name\":\"Ocupació "
		        "Valenciana\",\"category\":\"Government organization\"},\"created_time\":%lld,"
		        "\"message\":\"Nova convocatòria / Nueva convocatoria %ld\",\"comments\":{\"data\":[",
		        post + 1000000, t0, post);
		made++;
		/* Top-level comments, each followed by a run of replies in its own list. */
		for (i = 1; i < n;) {
			long replies = (long)(rnd() % 4), k, cid = i;
			/* Citizens come back: a pool of one person per 20 messages (at least 1,000), the
			 * low numbers far more active than the rest, as in a real page's audience. */
			unsigned long long a = rnd() % pool, b = rnd() % pool, who = a * b / pool;
			unsigned f = (unsigned)(who % 16), l = (unsigned)(who / 16 % 12);
			long long t = t0 + 60 + (long long)(i * 37);
			if (top++)
				fputc(',', fp);
			fprintf(
			    fp,
			    "{\"id\":\"%ld_%ld\",\"from\":{\"id\":\"%llu\",\"name\":\"%s %s\"},\"created_time\":%lld,"
			    "\"message\":\"%s\"",
			    post + 1000000, cid, 100000 + who, first[f], last[l], t,
			    texts[rnd() % (sizeof(texts) / sizeof(*texts))]);
			i++;
			if (replies && i < n) {
				fprintf(fp, ",\"comments\":{\"data\":[");
				for (k = 0; k < replies && i < n; k++, i++) {
					int page = rnd() % 3 == 0;
					fprintf(fp,
					        "%s{\"id\":\"%ld_%ld\",\"from\":{\"id\":\"%s\",\"name\":\"%s\"},"
					        "\"created_time\":%lld,\"message\":\"%s\"}",
					        k ? "," : "", post + 1000000, i, page ? "104520000000001" : "200001",
					        page ? "Ocupació Valenciana" : "Pau Climent", t + 300 + k * 900,
					        page ? "Hola, us hem escrit per missatge privat. — JL" : "Jo també!");
				}
				fputs("]}", fp);
			}
			fputc('}', fp);
		}
		made += n - 1;
		fputs("]}}\n", fp);
		fclose(fp);
		post++;
	}
	printf("%ld messages in %ld files under %s\n", made, post, argv[1]);
	return 0;
}
