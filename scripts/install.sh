#!/usr/bin/env bash
# Install everything nlpolicy needs on a fresh Debian machine with Python 3.11:
# the system packages it uses (Tesseract with its Vietnamese model for scanned PDFs; with --test,
# Debian's Chromium for the browser test), a virtual environment in .venv, and the package.
#   bash scripts/install.sh          # to run nlpolicy
#   bash scripts/install.sh --test   # to run the test suite as well
set -euo pipefail
cd "$(dirname "$0")/.."

extras="scale"
pkgs=(tesseract-ocr tesseract-ocr-vie)
if [ "${1:-}" = "--test" ]; then
    extras="test,scale"
    pkgs+=(chromium)
fi

missing=()
for p in "${pkgs[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "installing system packages: ${missing[*]}" >&2
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo apt-get update -qq >/dev/null
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "warning: cannot install ${missing[*]} (not root, no sudo): scanned PDFs and the browser test need them;" \
             "install them with: apt-get install ${missing[*]}" >&2
    fi
fi

py=python3.11
command -v "$py" >/dev/null 2>&1 || py=python3
[ -x .venv/bin/python ] || "$py" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[$extras]"
echo "nlpolicy installed in .venv ($(.venv/bin/nlpolicy --version))" >&2
