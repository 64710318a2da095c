"""Benchmarks of nlpolicy against baselines (not timed tests): ``python -m bench``.

Each module measures one thing and returns rows of (figure, value, baseline or goal);
:mod:`bench.__main__` runs them all and prints one table per module.
"""
