#!/bin/sh
# Run every nlpolicy benchmark with the project's venv: bench/run.sh [--no-ocr] [--only ...]
cd "$(dirname "$0")/.." && exec .venv/bin/python -m bench "$@"
