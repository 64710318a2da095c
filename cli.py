"""Thin entry: ``python cli.py ...`` does what the installed ``nlpolicy`` command does."""
import sys

from nlpolicy.cli import main

if __name__ == "__main__":
    sys.exit(main())
