# `make bench [P=P6[,P7]]`: the benchmark suite (docs/PERFORMANCE.md). Every figure is a ratio against a
# baseline measured in the same run; nothing here runs in `make test`. The front-end rows use
# dental-website's node_modules as they are (`make build-web` installs them).
.PHONY: bench

bench: $(VENV)/.installed
	bash bench/install-tools.sh $(abspath $(VENV))
	$(VENV)/bin/python bench/run.py $(if $(P),--only $(P))
