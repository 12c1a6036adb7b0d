"""Shared pieces of the benchmark suite: the stack, the data sets, load generators, the table."""
