"""Data files shipped with Yandu, loaded with importlib.resources."""
from __future__ import annotations

from contextlib import ExitStack
from importlib import resources
from pathlib import Path


def sample_paths(stack: ExitStack) -> list[Path]:
    """The bundled sample speeches as real paths, valid while `stack` is open."""
    folder = resources.files(__name__) / "samples"
    entries = sorted((entry for entry in folder.iterdir() if entry.name.endswith(".txt")),
                     key=lambda entry: entry.name)
    return [stack.enter_context(resources.as_file(entry)) for entry in entries]
