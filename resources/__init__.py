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


def translations_folder() -> Path:
    """Compiled translations: yandu_<lang>.qm for Qt, <lang>/LC_MESSAGES/yandu.mo for gettext.
    The build makes them from the .ts and .po files beside them."""
    return Path(__file__).resolve().parent / "translations"


def icon_path() -> Path:
    """The application icon (also in the desktop entry and the desktop build)."""
    return Path(__file__).resolve().parent / "icons" / "yandu.png"
