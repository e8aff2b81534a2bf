"""A speech's outline, mentions and index entry, stored and cleared together."""
from analysis.pipeline import reanalyze_text
from db import contents
from db.models import Mention, SpeechIndex
from tests.speeches import SAFETY


def test_what_is_stored_reads_back_and_clear_takes_all_of_it(library, tmp_path):
    page = tmp_path / "safety.txt"
    page.write_text(SAFETY, encoding="utf-8")
    library.importer.import_file(page)
    [summary] = library.speeches.all()
    before = library.speeches.get(summary.id)
    with library.using():  # db/contents.py is used by the parts, here directly
        contents.clear(library.index, summary.id)
        cleared = library.speeches.get(summary.id)
        assert (cleared.outline, cleared.mentions) == ([], [])
        assert library.index.keys([summary.id]) == [] and SpeechIndex.select().count() == 0
        analysed = reanalyze_text(before.text)
        contents.store(library.db, library.index, summary.id, analysed)
        after = library.speeches.get(summary.id)
        assert after.mentions == before.mentions
        assert [(s.level, s.title, s.start) for s in after.outline] == [
            (s.level, s.title, s.start) for s in before.outline]
        assert contents.outline_of(summary.id) == analysed.outline
        assert library.search.find("隐患").groups  # found through the index again
        assert Mention.select().where(Mention.speech == summary.id).count() == \
            len(before.mentions)


def test_mention_data_is_stored_without_its_default_keys(library):
    """Null and false fields are left out (readers use .get()): a third of a mention's bytes."""
    library.importer.import_text(SAFETY, title="安全讲话")
    stored = [data for (data,) in library.db.execute_sql("SELECT data FROM mention")]
    assert stored
    assert not any(": " in data or "null" in data or "false" in data for data in stored)
