#!/bin/sh
# Run nlpolicy's benchmarks with the project's venv:
#   bench/run.sh [--no-ocr] [--only ...]      every benchmark of python -m bench
#   bench/run.sh damage [options]             accuracy on damaged copies and OCR'd pages (bench/damage.py)
#   bench/run.sh conversions [options]        accuracy on copies written as other conversions write (bench/conversions.py)
#   bench/run.sh ocr-pages [options]          only the OCR of printed pages, with its timing (bench/ocr_pages.py)
#   bench/run.sh limits [--full]              memory per character, time to refuse each bomb (bench/limits.py)
cd "$(dirname "$0")/.." || exit 2
case "$1" in
    damage) shift; exec .venv/bin/python -m bench.damage "$@" ;;
    conversions) shift; exec .venv/bin/python -m bench.conversions "$@" ;;
    ocr-pages) shift; exec .venv/bin/python -m bench.ocr_pages "$@" ;;
    limits) shift; exec .venv/bin/python -m bench.limits "$@" ;;
esac
exec .venv/bin/python -m bench "$@"
