# LaborETL — the two commands of the README's quick start, and a few helpers.
#   make run    set up everything and load seeds/ into the self-managed PostgreSQL
#   make test   set up everything and run the test suite (real PostgreSQL)

SWIFT ?= swift
BIN := .build/release/labor-etl

.PHONY: run test build bootstrap embed db-stop clean

run: bootstrap build
	$(BIN) load seeds/
	$(BIN) status

test: bootstrap
	$(SWIFT) test

build:
	$(SWIFT) build -c release --product labor-etl

bootstrap:
	@scripts/bootstrap

# Regenerate the embedded copies of sql/migrations and the region tables.
embed:
	python3 scripts/embed-resources

db-stop:
	@scripts/db-stop

clean:
	rm -rf .build
