"""The tests mirror the source tree: every module with logic has its own test file, at the
same place under tests/ (analysis/layers/dates.py → tests/analysis/layers/test_dates.py)."""
import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Modules without logic of their own, and why their behaviour is tested elsewhere.
NO_LOGIC = {
    "analysis/errors.py": "the exception class; raised and read in every reader's tests",
    "analysis/readers/formats.py": "two constants",
    "analysis/model.py": "dataclasses; to_dict() is the `yandu analyze --json` contract, "
                         "tests/desktop/cli/test_reading.py",
    "analysis/version.py": "two constants",
    "analysis/vocabulary.py": "enumerations of the shared words; used and checked everywhere",
    "db/errors.py": "the exception classes and SQLite's words; tests/db/test_connection.py",
    "db/reasons.py": "enumerations of reason codes; every code's sentence in "
                     "tests/desktop/common/test_messages.py",
    "db/models.py": "peewee declarations; tests/db/test_migrations.py checks them against the "
                    "schema",
    "desktop/common/row_table_view.py": "a constructor that sets flags",
}


def modules() -> list[Path]:
    found = []
    for package in ("analysis", "db", "desktop"):
        for path in sorted((REPO / package).rglob("*.py")):
            if path.name not in ("__init__.py", "__main__.py"):
                found.append(path.relative_to(REPO))
    return found


def test_every_module_with_logic_has_its_test_file():
    missing = [str(path) for path in modules() if path.as_posix() not in NO_LOGIC
               and not (REPO / "tests" / path.parent / f"test_{path.stem}.py").exists()]
    assert missing == []


def test_the_modules_said_to_have_no_logic_still_exist_and_define_little():
    for name in NO_LOGIC:
        path = REPO / name
        assert path.exists(), name
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [node for node in ast.walk(tree)
                     if isinstance(node, ast.FunctionDef) and node.name != "__init__"]
        assert len(functions) <= 4, f"{name} has grown logic: give it a test file"


def test_the_readme_layout_names_what_the_tree_holds():
    """Every path the README's layout table names exists, and every source folder is in it."""
    import re
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Layout"):readme.index("Dependencies point one way")]
    rows = {}
    for line in table.splitlines():
        cells = line.split("|")
        if len(cells) > 3 and cells[1].strip().startswith("`"):
            rows[cells[1].strip().strip("`")] = cells[2]
    missing = []
    for folder, holds in rows.items():
        folders = [part.strip().strip("`") for part in folder.split(",")]
        for name in folders:
            if not (REPO / name).exists():
                missing.append(name)
        for named in re.findall(r"`([\w./-]+\.(?:py|md|txt|spec|desktop)|[\w-]+/)`", holds):
            base = REPO / folders[0] if (REPO / folders[0]).is_dir() else REPO
            if not ((base / named).exists() or (REPO / named).exists()
                    or any((REPO / f / named).exists() for f in folders)):
                missing.append(named)
    assert missing == []
    sources = {path.parent.as_posix() + "/" for path in modules()}
    assert sources - set(rows) == set()
