# yearbook — every target installs what is missing first (make deps), so a machine with only
# the Swift toolchain goes from `git clone` to green with `make test` alone.

SWIFT      ?= swift
CONFIG     ?= release
APT_PACKAGES = libcairo2-dev libpango1.0-dev fonts-noto-cjk pkg-config poppler-utils libxml2-dev
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN         = .build/$(CONFIG)/yearbook

.PHONY: deps build test charts clean

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
	$(SWIFT) build -c $(CONFIG)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## charts: render every chart file in Charts/ (PNG, PDF, SVG and the data CSV beside each).
charts: build
	$(BIN) render Charts

clean:
	rm -rf .build
