# Two commands: `make report` and `make test`. `make lab` opens JupyterLab on the same environment.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# ARTICLES=path/to/folder runs every notebook on that folder, into reports/<folder name>/.
ARTICLES ?=

.PHONY: setup git-filter report init test lab benchmarks clean

setup: $(STAMP)
	@$(GIT_FILTER)

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (news framing)" >/dev/null
	@touch $(STAMP)

# Git strips outputs and execution counts from every notebook it commits (nbstripout, named in .gitattributes),
# however JupyterLab saved it. Git configuration is per clone, so `make setup` (and `make lab`) sets the filter up;
# outside a git repository (an unpacked archive) there is nothing to set up.
GIT_FILTER = if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
	  echo "not a git repository: no notebook output filter to set up"; \
	elif ! test -x $(BIN)/nbstripout; then \
	  echo "$(BIN)/nbstripout is not installed: run make setup" >&2; exit 1; \
	else \
	  $(BIN)/nbstripout --install --attributes .gitattributes && \
	  echo "git: notebooks are committed without outputs (nbstripout filter set up for this clone)"; \
	fi

git-filter:
	@$(GIT_FILTER)

report: $(STAMP)
	$(BIN)/python -m helpers.notebooks report $(if $(ARTICLES),--articles "$(ARTICLES)")

# FOLDER=path/to/folder writes its articles.csv from its .txt files and saved web pages (FORCE=1 replaces one).
init: $(STAMP)
	@test -n "$(FOLDER)" || { echo "usage: make init FOLDER=path/to/folder [FORCE=1]" >&2; exit 2; }
	$(BIN)/python -m helpers.corpus init "$(FOLDER)" $(if $(FORCE),--force)

test: $(STAMP)
	$(BIN)/python -m pytest

# The URL JupyterLab prints (and opens, where there is a browser) leads to notebook 01, not to the Launcher:
# LabApp's default_url becomes the server's, which is the path of every URL it prints.
LAB_START := /lab/tree/notebooks/01_corpus_overview.ipynb

# JupyterLab refuses to start as root unless told; containers often run as root.
lab: $(STAMP)
	@$(GIT_FILTER)
	$(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" --LabApp.default_url=$(LAB_START) $(if $(filter 0,$(shell id -u)),--allow-root)

benchmarks: $(STAMP)
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf reports
