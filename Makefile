# The two commands of the README's quick start, and the developer targets around them.
BUILD      ?= build
BUILD_ASAN ?= build-asan
JOBS       ?= $(shell nproc)
KEIKAKU    := $(BUILD)/cli/keikaku
DB         ?= keikaku.db

.PHONY: all deps build demo test test-asan bench fuzz clean

all: build

deps:
	@sh scripts/install-deps

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(KEIKAKU) ingest --db $(DB) corpus
	@echo
	$(KEIKAKU) stats --db $(DB)
	@echo
	$(KEIKAKU) compare --db $(DB) --indicator 経常収支比率

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: deps
	cmake -S . -B $(BUILD_ASAN) -DCMAKE_BUILD_TYPE=Debug -DKEIKAKU_SANITIZE=ON
	cmake --build $(BUILD_ASAN) -j $(JOBS)
	cd $(BUILD_ASAN) && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS)

bench:
	@sh scripts/install-deps bench
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DKEIKAKU_BENCH=ON
	cmake --build $(BUILD) -j $(JOBS)
	sh bench/run $(BUILD)

fuzz:
	@sh scripts/install-deps fuzz
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEIKAKU_FUZZ=ON
	cmake --build build-fuzz -j $(JOBS)
	sh fuzz/run build-fuzz

clean:
	rm -rf $(BUILD) $(BUILD_ASAN) build-fuzz
