"""Benchmarks and the evaluation harness (not part of the installed package)."""
