"""Benchmarks: ``python -m bench`` runs them all, ``python -m bench.<name>`` one; each prints
figures measured in one run, and nothing asserts timings."""
