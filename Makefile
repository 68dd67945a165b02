# Thin wrapper: set-up, the two CMake builds (native and web), tests and the site.
# `make serve` and `make test` work on a fresh Debian 12 machine; see README.md.
BUILD := build
PORT ?= 8080
JOBS ?= $(shell nproc)
# Debian's Emscripten optimiser needs Debian's acorn on the module path.
export NODE_PATH := /usr/share/nodejs

# How long `make fuzz` runs each libFuzzer target; `make test` runs each for 60.
FUZZ_SECONDS ?= 60

.PHONY: all setup native web fuzz-build test test-native test-web test-fuzz fuzz test-engines bench serve dist format clean

all: native web

setup:
	@scripts/setup.sh

native: setup
	@cmake --preset native --log-level=WARNING >/dev/null
	@cmake --build --preset native -j$(JOBS)

web: setup
	@cmake --preset web --log-level=WARNING >/dev/null
	@cmake --build --preset web -j$(JOBS)

# The core's libFuzzer targets (tests/fuzz/), built with clang-14.
fuzz-build: setup
	@cmake --preset fuzz --log-level=WARNING >/dev/null
	@cmake --build --preset fuzz -j$(JOBS)

test: native web fuzz-build
	@$(MAKE) --no-print-directory test-native test-web test-fuzz

test-native:
	cd $(BUILD)/native && ctest --output-on-failure

test-web:
	FP_SITE=$(BUILD)/web/site node --test --test-concurrency=1 tests/e2e/

test-fuzz:
	scripts/fuzz.sh 60

# Each fuzz target for FUZZ_SECONDS: `make fuzz FUZZ_SECONDS=600`.
fuzz: fuzz-build
	scripts/fuzz.sh $(FUZZ_SECONDS)

# Text input in Firefox ESR and WebKitGTK (Safari's engine), each driven
# headed under Xvfb; installs both browsers from Debian on first use.
test-engines: web
	@scripts/setup-engines.sh
	FP_SITE=$(BUILD)/web/site node tests/engines/text-input.mjs

# Benchmarks on an optimised native build and, for glyphs and against a bare
# ImGui app (the floor), the web build in Chromium; figures and how to read
# them are in docs/benchmarks.md.
bench: setup web
	@cmake --preset bench --log-level=WARNING >/dev/null
	@cmake --build --preset bench -j$(JOBS) --target fp_frame_bench fp_edit_bench fp_forecast_bench fp_allocation_bench fp_generate_plan
	@cmake --build --preset web -j$(JOBS) --target fp_floor
	build/bench/fp_frame_bench
	build/bench/fp_edit_bench
	build/bench/fp_forecast_bench
	/usr/bin/python3 tests/bench/allocation_reference.py build/bench/fp_allocation_bench
	FP_SITE=$(BUILD)/web/site node tests/bench/glyphs_bench.mjs
	build/bench/fp_generate_plan -o build/bench/large.plan.json
	build/bench/fp_generate_plan --bytes 5000000 -o build/bench/large-5mb.plan.json
	FP_SITE=$(BUILD)/web/site FP_FLOOR=$(BUILD)/web/floor node tests/bench/browser_bench.mjs

serve: web
	node scripts/serve.mjs $(BUILD)/web/site $(PORT)

dist: web
	rm -rf dist && cp -r $(BUILD)/web/site dist
	@echo "dist/ holds the static site; copy it to any static host."

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h')

clean:
	rm -rf $(BUILD)/native $(BUILD)/web $(BUILD)/fuzz dist
