# `make bench [P=P6[,P7]]`: the benchmark suite (docs/PERFORMANCE.md). Every figure is a ratio against a
# baseline measured in the same run; nothing here runs in `make test`. The front-end rows build with
# dental-website's locked node_modules; Lighthouse (P13) drives Debian's chromium.
.PHONY: bench

bench: $(VENV)/.installed $(WEB)/node_modules/.installed chromium
	bash bench/install-tools.sh $(abspath $(VENV))
	$(VENV)/bin/python bench/run.py $(if $(P),--only $(P))
