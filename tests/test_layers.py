"""The dependency direction: desktop → db → analysis, each package using only what the one
below offers (its own modules are its own)."""
import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("analysis", "db", "desktop", "resources")
FORBIDDEN = {
    "analysis": {"PySide6", "shiboken6", "peewee", "playhouse", "db", "desktop"},
    "db": {"PySide6", "shiboken6", "desktop"},
    "desktop": {"peewee", "playhouse"},
}
QT = {"PySide6", "shiboken6"}


def imports(path: Path, at_run_time: bool = False) -> list[tuple[str, list[str]]]:
    """(module, [names imported from it]) for every absolute import in the file; with
    `at_run_time`, not those only the type checker reads (under `if TYPE_CHECKING:`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    if at_run_time:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
                node.body = []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def files(package: str) -> list[Path]:
    found = sorted((REPO / package).rglob("*.py"))
    assert found, package
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layers_import_only_downwards(package):
    for path in files(package):
        wrong = {module.split(".")[0] for module, _ in imports(path)} & FORBIDDEN[package]
        assert not wrong, f"{path.relative_to(REPO)} imports {sorted(wrong)}"


def test_the_desktop_uses_the_library_only_through_its_package():
    """`from db import …`: never db.models, db.search or any other module inside it."""
    for path in files("desktop"):
        inside = [module for module, _ in imports(path) if module.startswith("db.")]
        assert not inside, f"{path.relative_to(REPO)} imports {inside}"


@pytest.mark.parametrize("package", PACKAGES)
def test_no_private_module_or_name_of_another_package_is_imported(package):
    for path in files(package):
        for module, names in imports(path):
            top = module.split(".")[0]
            if top == package or top not in PACKAGES:
                continue
            private = [part for part in module.split(".") + names
                       if part.startswith("_") and not part.endswith("__")]
            assert not private, f"{path.relative_to(REPO)}: from {module} import {names}"


def test_the_command_line_imports_no_qt():
    """Not even through the desktop modules it uses (the window loads only without a
    command, inside main())."""
    seen, todo = set(), [p for p in files("desktop") if "cli" in p.relative_to(REPO).parts]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # module level only
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in QT, f"{path.relative_to(REPO)} imports {name}"
                if name.startswith("desktop."):
                    module = REPO / Path(*name.split("."))
                    todo += [p for p in (module.with_suffix(".py"), module / "__init__.py")
                             if p.exists()]
    assert len(seen) > 4


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """Every project module and the project modules it imports, at any depth of its code."""
    names = {_module_name(path) for package in PACKAGES for path in files(package)}
    graph: dict[str, set[str]] = {}
    for package in PACKAGES:
        for path in files(package):
            targets = set()
            for module, imported in imports(path, at_run_time=True):
                submodules = {f"{module}.{item}" for item in imported} & names
                targets |= submodules
                if module in names and (not imported or len(submodules) < len(imported)):
                    targets.add(module)  # names the package itself defines
            graph[_module_name(path)] = targets - {_module_name(path)}
    return graph


def test_no_module_imports_itself_round_a_circle():
    graph = _import_graph()
    circles = []

    def visit(module, path):
        for target in graph.get(module, ()):
            if target == path[0]:
                circles.append(" → ".join([*path, target]))
            elif target not in path and target > path[0]:
                visit(target, [*path, target])

    for start in sorted(graph):
        if not start.endswith(("analysis", "db", "desktop", "resources")):
            visit(start, [start])
    assert circles == []


def test_opening_a_library_loads_neither_sync_nor_ocr(tmp_path):
    """The window's start pays for no CRDT engine, HTTP, cryptography or OCR model."""
    code = ("import sys; from db import Library\n"
            f"with Library({str(tmp_path / 'l.sqlite')!r}) as library: library.speeches.all()\n"
            "heavy = {'pycrdt', 'requests', 'cryptography', 'keyring', 'rapidocr', 'onnxruntime',"
            " 'pypdfium2', 'PIL'} & set(sys.modules)\n"
            "print(sorted(heavy))")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_window_starts_without_its_dialogs_exporters_or_search(tmp_path):
    """What the first paint waits for: none of what a menu or a later moment loads, also on
    the way `yandu` starts it (its command line parsed, desktop.app)."""
    code = ("import os, sys\n"
            "from PySide6.QtCore import QSettings\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "import desktop.app\n"
            "from desktop.cli.main import _parser\n"
            "_parser().parse_args([])\n"
            "from db import Library\n"
            "from desktop.window.main_window import MainWindow\n"
            f"window = MainWindow(Library({str(tmp_path / 'l.sqlite')!r}), "
            f"QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))\n"
            "later = ('db.exports', 'db.search', 'db.study', 'db.review', 'db.excerpts',"
            " 'db.sync.', 'desktop.dialogs.', 'desktop.cli.reading', 'desktop.cli.writing',"
            " 'desktop.cli.syncing', 'desktop.cli.grouping', 'desktop.cli.correcting',"
            " 'keyring', 'pycrdt')\n"
            "print(sorted(m for m in sys.modules if m.startswith(later)"
            " and m != 'db.sync.target' and m != 'desktop.dialogs'))")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, check=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.stdout.strip().splitlines()[-1] == "[]"
