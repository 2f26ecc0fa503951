# Quick start: `make run` (set-up, build, compile the example kernels for
# gfx950) and `make test` (set-up, build, every lit and GoogleTest test).
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)

.PHONY: all setup configure build test run docs clean

all: build

setup:
	@scripts/setup.sh

$(BUILD_DIR)/build.ninja: | setup
	cmake -G Ninja -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
	  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache

configure: setup $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	cmake --build $(BUILD_DIR) --target check-mxmoe -j $(JOBS)

run: build
	@scripts/run-examples.sh $(BUILD_DIR)

# Refresh the committed reference docs from ODS (a lit test checks they match).
docs: build
	cmake --build $(BUILD_DIR) --target mxmoe-docs
	cp $(BUILD_DIR)/docs/*.md docs/generated/

clean:
	rm -rf $(BUILD_DIR)
