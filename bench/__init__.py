"""Benchmarks: ``python -m bench.<name>`` prints figures measured in one run; nothing asserts timings."""
