"""The study models pass Qt's model tester on the corpus."""
from db import Library
from desktop.study.formula_model import FormulaModel
from desktop.study.mention_table_model import MentionTableModel
from desktop.study.search_model import SearchModel


def test_study_models_pass_the_model_tester(qtmodeltester, corpus_db):
    with Library(corpus_db) as library:
        search = SearchModel()
        search.set_groups(library.search.find("安全", limit=200).groups)
        qtmodeltester.check(search)
        table = MentionTableModel("figure", lambda *args: library.study.mentions("figure", None, *args))
        table.reload()
        qtmodeltester.check(table)
        formulas = FormulaModel()
        formulas.set_rows(library.study.formulas())
        qtmodeltester.check(formulas)
