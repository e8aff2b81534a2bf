"""Imported once by the process that import workers are forked from (db/importer.py): the
analysis, jieba's dictionaries and what the analysis loads on first use are made there a
single time, by analysing a bundled sample, and each worker starts with them, instead of
loading them in every worker of every import (about 1.4 s each)."""
from contextlib import ExitStack

from analysis.pipeline import prepare_file
from resources import sample_paths

with ExitStack() as stack:
    prepare_file(sample_paths(stack)[0])
