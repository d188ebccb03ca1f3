# replycov: see README.md. `make demo` runs the main job on samples/, `make check` the tests.
CC ?= cc
PREFIX ?= /usr/local
SANITIZE ?=

# libxlsxwriter (data/report.xlsx) ships xlsxwriter.pc.
PKGS := libcjson libutf8proc expat libcrypto xlsxwriter
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lcjson -lutf8proc -lexpat -lcrypto -lxlsxwriter -lz)
# libcsv ships no pkg-config file in Debian.
LIBS := $(PKG_LIBS) -lcsv -lm

WARN := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-missing-field-initializers
CFLAGS ?= -O2 -g
ALL_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) $(PKG_CFLAGS)
ifneq ($(SANITIZE),)
ALL_CFLAGS += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
LDSAN := -fsanitize=$(SANITIZE)
BUILD := build/san
else
BUILD := build/opt
endif

LIB_SRCS := $(filter-out src/main.c,$(wildcard src/*.c))
# The classifier's cue lists (data/cues/*.tsv), compiled into a C table at build time.
CUE_DATA := $(sort $(wildcard data/cues/*.tsv))
LIB_OBJS := $(LIB_SRCS:src/%.c=$(BUILD)/%.o) $(BUILD)/cues.o
BIN := $(BUILD)/replycov
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/%)
# Seed folders name input adapters, except those with their own target (fuzz_NAME.c).
FUZZ_OWN := model schedule manifest labels
FUZZ_FORMATS := $(filter-out $(FUZZ_OWN),$(notdir $(wildcard tests/fuzz/seeds/*)))
FUZZ_REPLAYS := $(FUZZ_FORMATS:%=$(BUILD)/fuzz-%) $(FUZZ_OWN:%=$(BUILD)/fuzz-%)
FUZZ_SECONDS ?= 60

.PHONY: FORCE fuzz check-style valgrind all demo check check-unit check-cases check-corpora install clean deps bench

all: replycov

replycov: $(BIN)
	@if [ -z "$(SANITIZE)" ]; then cp $(BIN) replycov; fi

$(BUILD)/%.o: src/%.c $(wildcard src/*.h) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD):
	mkdir -p $(BUILD)

# The source revision, regenerated on every make but rewritten only when it changed (a commit,
# or the work tree turning dirty or clean), so only version.o is rebuilt then.
$(BUILD)/revision.h: FORCE | $(BUILD)
	@sh scripts/gen-revision.sh $@

$(BUILD)/version.o: src/version.c src/version.h $(BUILD)/revision.h
	$(CC) $(ALL_CFLAGS) -I$(BUILD) -c $< -o $@

$(BUILD)/cues.c: $(CUE_DATA) scripts/gen-cues.awk | $(BUILD)
	awk -f scripts/gen-cues.awk $(CUE_DATA) > $@.tmp && mv $@.tmp $@

$(BUILD)/cues.o: $(BUILD)/cues.c src/cues.h src/classify.h
	$(CC) $(ALL_CFLAGS) -Isrc -c $< -o $@

$(BIN): $(LIB_OBJS) $(BUILD)/main.o
	$(CC) $(LDSAN) $(LDFLAGS) -o $@ $^ $(LIBS) -lpthread

$(BUILD)/test_%: tests/unit/test_%.c $(LIB_OBJS) tests/unit/unit.h
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(LIB_OBJS) $(LDSAN) $(LIBS) -lpthread

# The fuzz targets, replayed over their seeds with gcc (part of make check).
$(BUILD)/fuzz-%: tests/fuzz/fuzz_input.c tests/fuzz/replay.c $(LIB_OBJS)
	$(CC) $(ALL_CFLAGS) -Isrc -DFUZZ_FORMAT='"$*"' -o $@ tests/fuzz/fuzz_input.c tests/fuzz/replay.c \
		$(LIB_OBJS) $(LDSAN) $(LIBS) -lpthread

# Targets with their own entry point (tests/fuzz/fuzz_NAME.c), replayed the same way.
$(FUZZ_OWN:%=$(BUILD)/fuzz-%): $(BUILD)/fuzz-%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(LIB_OBJS)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ tests/fuzz/fuzz_$*.c tests/fuzz/replay.c $(LIB_OBJS) $(LDSAN) $(LIBS) -lpthread

# make fuzz FUZZ_SECONDS=N: every adapter under libFuzzer (clang), N seconds each.
FUZZ_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 $(PKG_CFLAGS) \
	-fsanitize=fuzzer-no-link,address,undefined
FUZZ_OBJS := $(LIB_SRCS:src/%.c=build/fuzz/%.o) build/fuzz/cues.o
build/fuzz/%.o: src/%.c $(wildcard src/*.h)
	@mkdir -p build/fuzz
	clang $(FUZZ_CFLAGS) -c $< -o $@
build/fuzz/cues.o: $(BUILD)/cues.c src/cues.h src/classify.h
	@mkdir -p build/fuzz
	clang $(FUZZ_CFLAGS) -Isrc -c $< -o $@
build/fuzz/version.o: src/version.c src/version.h $(BUILD)/revision.h
	@mkdir -p build/fuzz
	clang $(FUZZ_CFLAGS) -I$(BUILD) -c $< -o $@
$(FUZZ_OWN:%=build/fuzz/fuzz-%): build/fuzz/fuzz-%: tests/fuzz/fuzz_%.c $(FUZZ_OBJS)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -Isrc -o $@ $< $(FUZZ_OBJS) $(LIBS) -lpthread
build/fuzz/fuzz-%: tests/fuzz/fuzz_input.c $(FUZZ_OBJS)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -Isrc -DFUZZ_FORMAT='"$*"' -o $@ $< $(FUZZ_OBJS) $(LIBS) -lpthread
fuzz: $(FUZZ_FORMATS:%=build/fuzz/fuzz-%) $(FUZZ_OWN:%=build/fuzz/fuzz-%)
	@sh scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_FORMATS) $(FUZZ_OWN)

deps:
	@sh scripts/install-deps.sh

demo: deps all
	@sh scripts/demo.sh

check: $(BIN) $(UNIT_BINS) $(FUZZ_REPLAYS)
	@sh tests/run.sh $(BUILD)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 replycov $(DESTDIR)$(PREFIX)/bin/replycov
	install -d $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 644 man/replycov.1 $(DESTDIR)$(PREFIX)/share/man/man1/replycov.1

check-style:
	@sh scripts/check-style.sh --format

valgrind: $(BIN)
	@VALGRIND="valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite -q" sh tests/run.sh $(BUILD)

bench: all
	@sh scripts/bench.sh

clean:
	rm -rf build replycov
