"""The `yandu` command line. It imports no Qt: the window is loaded only when no command is
given."""
from desktop.cli.main import main

__all__ = ["main"]
