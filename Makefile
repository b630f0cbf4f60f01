# sitefarm: every set-up step lives here, so a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PROTOS := $(wildcard protos/sitefarm/v1/*.proto)
STUBS  := gen/.stamp
# Checkers of deploy/ (kubernetes-validate, checkov, hadolint) in a venv of their own, so
# their pins never meet the app's; tests/deploy runs them from .venv-deploy/bin.
DEPLOY_VENV  := .venv-deploy
DEPLOY_STAMP := $(DEPLOY_VENV)/.installed
# bench/'s extras (LangGraph, psutil), also for the smoke test under tests/bench.
BENCH_STAMP  := $(VENV)/.bench-installed
# Every dependency pinned (all extras, Python 3.11, any platform): setup and the image install
# from pyproject.toml's ranges held to these versions. `make lock` refreshes it.
LOCK := requirements.lock
# Defined before the rules that name them: make expands a rule's prerequisites as it reads it.
# The buf CLI (buf.yaml says what it checks), exact npm pin from the committed lock.
BUF       := tools/buf/node_modules/.bin/buf
BUF_STAMP := tools/buf/node_modules/.installed
# The Node.js client of tests/clients.
NODE_CLIENT       := tests/clients/node
NODE_CLIENT_STAMP := $(NODE_CLIENT)/node_modules/.installed

.PHONY: setup protos run test test-fast lint lock bench clean up deploy-tools check-tools check-site buf

setup: $(STAMP)

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]' -c $(LOCK)
	@# gen/ holds the generated stubs (package sitefarm.v1); a .pth puts it on the venv's path.
	echo "$(CURDIR)/gen" > "$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/sitefarm_gen.pth"
	touch $(STAMP)

protos: $(STUBS)

$(STUBS): $(STAMP) $(PROTOS) Makefile
	rm -rf gen && mkdir -p gen
	$(PY) -m grpc_tools.protoc -Iprotos \
	  --plugin=protoc-gen-mypy=$(VENV)/bin/protoc-gen-mypy \
	  --plugin=protoc-gen-mypy_grpc=$(VENV)/bin/protoc-gen-mypy_grpc \
	  --python_out=gen --grpc_python_out=gen --mypy_out=gen --mypy_grpc_out=gen \
	  --include_source_info --descriptor_set_out=gen/descriptor_set.binpb \
	  $(PROTOS)
	touch $(STUBS)

run: $(STUBS)
	$(VENV)/bin/sitefarm generate examples/bakery.yaml --out out/bakery

# Everything, one test after another (the load tests measure throughput): what CI runs.
test: $(STUBS) $(DEPLOY_STAMP) $(BENCH_STAMP) $(BUF_STAMP) $(NODE_CLIENT_STAMP) check-tools
	$(PY) -m pytest

# The edit loop, under 90 s here: all but the load tests, the browser site checks and the long
# fault runs (pyproject's markers); needs no chromium or java. Two workers, each module's tests
# on one (its module fixtures start once); the fault suite's secrets scan then reads what its
# own worker logged, where `make test` scans the whole suite.
FAST := not slow and not load and not sitecheck
test-fast: $(STUBS) $(DEPLOY_STAMP) $(BUF_STAMP)
	$(PY) -m pytest -m "$(FAST)" -n 2 --dist loadfile

# Pins every dependency again, keeping the pinned versions that still fit pyproject.toml;
# `make lock UPGRADE=1` moves each to its newest release instead.
UV := $(VENV)/bin/uv
lock: $(STAMP)
	$(PY) -m pip install --quiet 'uv==0.13.9'
	$(UV) pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
	  $(if $(UPGRADE),--upgrade) --custom-compile-command 'make lock' --quiet --output-file $(LOCK)

lint: $(STUBS) $(BUF_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy services orchestrator testkit
	$(BUF) lint
	$(BUF) breaking --against ".git#ref=$$(sh tools/buf/against.sh),subdir=protos"

buf: $(BUF_STAMP)

$(BUF_STAMP): tools/buf/package.json tools/buf/package-lock.json
	cd tools/buf && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The Node.js client of tests/clients: @grpc/grpc-js, @grpc/proto-loader, pinned the same way.
$(NODE_CLIENT_STAMP): $(NODE_CLIENT)/package.json $(NODE_CLIENT)/package-lock.json
	cd $(NODE_CLIENT) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Makespan against the critical-path bound, beside waves, sequential and LangGraph, in one
# run (a few minutes): prints the tables and writes bench/results/latest.json.
bench: $(STUBS) $(BENCH_STAMP)
	$(PY) -m bench.run

$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,bench]' -c $(LOCK)
	touch $(BENCH_STAMP)

up: $(STUBS)
	$(VENV)/bin/sitefarm up

clean:
	rm -rf gen out .pytest_cache .mypy_cache .ruff_cache .venv-deploy

deploy-tools: $(DEPLOY_STAMP)

$(DEPLOY_STAMP): deploy/tools-requirements.txt
	$(PYTHON) -m venv $(DEPLOY_VENV)
	echo '*' > $(DEPLOY_VENV)/.gitignore
	$(DEPLOY_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(DEPLOY_VENV)/bin/python -m pip install --quiet -r deploy/tools-requirements.txt
	touch $(DEPLOY_STAMP)

# Checkers of generated sites (tools/sitecheck): Nu HTML Checker, axe-core and Lighthouse,
# driving Debian's chromium. Exact npm pins from the committed lock; not needed by `make run`.
SITECHECK       := tools/sitecheck
SITECHECK_STAMP := $(SITECHECK)/node_modules/.installed
CHROMIUM        := /usr/bin/chromium
SITE            ?= out/bakery

check-tools: $(SITECHECK_STAMP)
	@test -x $(CHROMIUM) || { export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; }
	@command -v java >/dev/null || { export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends default-jre-headless; }

# --ignore-scripts: vnu-jar's postinstall would download a JDK; the system's Java runs it.
$(SITECHECK_STAMP): $(SITECHECK)/package.json $(SITECHECK)/package-lock.json
	cd $(SITECHECK) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# Every check on every page of one site; the report lands in $(SITE)/_report/check.md. The
# content check reads the brief the CLI wrote into $(SITE)/_report/, or BRIEF=path.
check-site: $(STUBS) check-tools
	node $(SITECHECK)/check-site.mjs $(if $(BRIEF),--brief $(BRIEF)) $(SITE)

# The rate limiter alone: acquire overhead against a local Redis, and how much of the key
# pool's limit a fleet of processes gets, shared buckets beside per-process ones.
.PHONY: bench-limiter
bench-limiter: $(STUBS)
	$(PY) -m bench.limiter_bench
