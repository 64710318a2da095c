#!/bin/sh
# Run every nlpolicy benchmark with the project's venv: bench/run.sh [--no-ocr] [--only ...]
# Without --only, the limits follow (bench/limits.py: memory per character, time to refuse each bomb).
cd "$(dirname "$0")/.." || exit 1
.venv/bin/python -m bench "$@" || exit $?
case " $* " in *" --only"*) exit 0 ;; esac
exec .venv/bin/python -m bench.limits
