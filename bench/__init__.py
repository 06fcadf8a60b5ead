"""Benchmarks (plain scripts, not tests): python bench/<name>.py; see the README."""
