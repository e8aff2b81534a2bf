"""The dependency direction: desktop → db → analysis."""
import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "analysis": {"PySide6", "shiboken6", "peewee", "playhouse", "db", "desktop"},
    "db": {"PySide6", "shiboken6", "desktop"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layers_import_only_downwards(package):
    files = sorted((REPO / package).rglob("*.py"))
    assert files
    for path in files:
        wrong = imported_modules(path) & FORBIDDEN[package]
        assert not wrong, f"{path.relative_to(REPO)} imports {sorted(wrong)}"
