from PySide6.QtCore import Qt

from desktop.study.formula_model import EXPANSION, FormulaModel


def test_each_formula_with_its_expansion_and_uses(qtmodeltester, texts_library):
    entries = texts_library.study.formulas()
    model = FormulaModel()
    model.set_rows(entries)
    qtmodeltester.check(model)
    assert model.rowCount() == len(entries) > 0
    assert [model.index(0, column).data() for column in range(4)] == [
        entries[0].text, entries[0].expansion or "", entries[0].occurrences, entries[0].speeches]
    expanded = next(row for row, e in enumerate(entries) if e.expansion)
    assert model.index(expanded, EXPANSION).data(Qt.ItemDataRole.ToolTipRole) == \
        entries[expanded].expansion
