# yearbook — every target installs what is missing first (make deps), so a machine with only
# the Swift toolchain goes from `git clone` to green with `make test` alone.

SWIFT      ?= swift
CONFIG     ?= release
APT_PACKAGES = libcairo2-dev libpango1.0-dev fonts-noto-cjk pkg-config poppler-utils libxml2-dev libdeflate-dev patchelf
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN         = .build/$(CONFIG)/yearbook
# Release builds link the Swift runtime and Foundation into the binary: with them as ~20 shared
# libraries, the dynamic loader's symbol look-ups were 63 % of `yearbook --help` (50.6 M → 29.5 M
# instructions, 12.3 → 7.5 ms of CPU). The binary grows from 16 MB to 87 MB (ICU's data).
RELEASE_FLAGS = $(if $(filter release,$(CONFIG)),--static-swift-stdlib)
# Cairo, Pango and fontconfig are loaded when the first chart is drawn (Sources/CDrawingLibraries
# calls them through dlopen). SwiftPM still links every library pkg-config names, before any
# flag of ours could say --as-needed, so they are struck from the binary's list of libraries to
# load at start: `yearbook --help` 8 → 4 ms, and `export` runs where they are not installed.
DRAWING_LIBRARIES = libcairo.so.2 libpango-1.0.so.0 libpangocairo-1.0.so.0 libpangoft2-1.0.so.0 libfontconfig.so.1 \
                    libgobject-2.0.so.0 libglib-2.0.so.0 libharfbuzz.so.0 libfreetype.so.6 libpng16.so.16
DRAW_ON_DEMAND = patchelf $(addprefix --remove-needed ,$(DRAWING_LIBRARIES))

.PHONY: deps build test charts bench fuzz clean

## deps: install the Debian packages that are missing; apt-get update only when one is.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) $(RELEASE_FLAGS)
	$(DRAW_ON_DEMAND) $(BIN)

test: deps
	$(SWIFT) build --build-tests
	$(DRAW_ON_DEMAND) .build/debug/yearbook
	$(SWIFT) test --skip-build

## charts: render every chart file in Charts/ (PNG, PDF, SVG and the data CSV beside each).
charts: build
	$(BIN) render Charts

## bench: issue 11's benchmark: yearbook against matplotlib, gnuplot, C on Cairo and pandas, whole
## processes interleaved over RUNS rounds (RUNS_BIG for the slow cases); installs what is missing
## (gnuplot-nox; matplotlib and pandas into .build/bench-venv), writes .build/bench/results.*
## and draws them with yearbook. YB=path times another binary. See bench/README.md.
bench: deps
	bash bench/run.sh

## fuzz: build the fuzz targets of Fuzz/ (a package of their own) with libFuzzer and
## AddressSanitizer, then run each for FUZZ_SECONDS from its seeds in Tests/FuzzCorpus/<target>.
## New inputs collect in $(FUZZ_BUILD)/corpus, crashing ones in $(FUZZ_BUILD)/crash-<target>-*.
## Leak checks are off: Foundation's XMLParser leaks the CFError it makes for every XML error.
## Swift's own crash backtracer is off: it reads memory AddressSanitizer then reports instead.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= text xlsx xlsx-parts xls html chart
FUZZ_BUILD   ?= .build-fuzz
fuzz: deps
	cd Fuzz && $(SWIFT) build -c release --scratch-path ../$(FUZZ_BUILD) \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -g -Xswiftc -use-ld=lld
	@for t in $(FUZZ_TARGETS); do \
	  echo "fuzz-$$t: $(FUZZ_SECONDS) s"; mkdir -p $(FUZZ_BUILD)/corpus/$$t; \
	  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 $(FUZZ_BUILD)/release/fuzz-$$t $(FUZZ_BUILD)/corpus/$$t Tests/FuzzCorpus/$$t -max_total_time=$(FUZZ_SECONDS) \
	    -timeout=10 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/crash-$$t- || exit 1; \
	done

clean:
	rm -rf .build
