# `make demo` and `make test` each do all of their own set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RUNTIME_STAMP := $(VENV)/.installed-runtime

.PHONY: demo test lint format dovecot clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

# The demo needs only the runtime dependencies; the tests need the test extras too.
$(RUNTIME_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $(RUNTIME_STAMP)

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP) $(RUNTIME_STAMP)

demo: $(RUNTIME_STAMP)
	$(BIN)/afterview demo

# Dovecot (and openssl, for the TLS fixtures' certificates) are installed only when missing,
# and only where we may (root or passwordless sudo). The stock Dovecot service is not started.
dovecot:
	@if ! test -x /usr/sbin/dovecot || ! command -v openssl >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; \
	  else echo "Dovecot is missing and I cannot install it: run 'sudo apt-get install dovecot-imapd openssl'" >&2; exit 1; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq dovecot-imapd openssl >/dev/null; \
	fi

test: $(STAMP) dovecot
	$(BIN)/ruff check daemon tests benchmarks tools
	$(BIN)/ruff format --check daemon tests benchmarks tools
	$(BIN)/pytest -q -p no:cacheprovider; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected" >&2; exit 1; fi; exit $$rc

lint: $(STAMP)
	$(BIN)/ruff check daemon tests benchmarks tools

format: $(STAMP)
	$(BIN)/ruff format daemon tests benchmarks tools
	$(BIN)/ruff check --fix daemon tests benchmarks tools

clean:
	rm -rf $(VENV) build *.egg-info daemon/*.egg-info
