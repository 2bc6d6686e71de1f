# `make demo` and `make test` each do all of their own set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format dovecot clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
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
	$(BIN)/ruff check daemon tests benchmarks
	$(BIN)/ruff format --check daemon tests benchmarks
	$(BIN)/pytest -q -p no:cacheprovider; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected" >&2; exit 1; fi; exit $$rc

lint: $(STAMP)
	$(BIN)/ruff check daemon tests benchmarks

format: $(STAMP)
	$(BIN)/ruff format daemon tests benchmarks
	$(BIN)/ruff check --fix daemon tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info daemon/*.egg-info
