"""A speech read by OCR: the library keeps that it was and the characters the engine was unsure
of, beside the speech; they follow the text when the user corrects it."""
from datetime import datetime

from analysis.pipeline import reanalyze_text
from db import ocr
from db.importer import Importer
from tests.db.conftest import old_library
from tests.speeches import SAFETY


def _read_by_ocr(library, speech_id, uncertain):
    with library.using():
        ocr.store(speech_id, True, uncertain)


def test_an_ocr_speech_says_so_with_its_unsure_characters(library, speech_id):
    _read_by_ocr(library, speech_id, [(10, 12), (3, 5), (5, 7)])
    record = library.speeches.get(speech_id)
    assert record.ocr and record.uncertain == [(3, 7), (10, 12)]


def test_a_speech_from_a_text_file_is_not_read_by_ocr(library, speech_id):
    record = library.speeches.get(speech_id)
    assert (record.ocr, record.uncertain) == (False, [])


def test_the_importer_stores_what_the_analysis_says_of_ocr(library, speech_id):
    source_id = library.speeches.get(speech_id).summary.source_id
    scanned = reanalyze_text(SAFETY)  # as the analysis gives a speech read from a scan
    scanned.position, scanned.ocr, scanned.uncertain = 5, True, [(0, 2)]
    with library.using():
        Importer(library.db, library.index)._store_speech(source_id, scanned, datetime.now())
    [added] = [s.id for s in library.speeches.all() if s.id != speech_id]
    assert (library.speeches.get(added).ocr, library.speeches.get(added).uncertain) == (
        True, [(0, 2)])


def test_reanalysis_keeps_the_unsure_characters(library, speech_id):
    _read_by_ocr(library, speech_id, [(3, 5)])
    library.db.execute_sql("UPDATE speech SET analyzer_version = 0")
    assert library.importer.reanalyze() == 1
    assert library.speeches.get(speech_id).uncertain == [(3, 5)]


def test_a_new_version_of_the_file_says_anew_whether_it_was_read_by_ocr(library, tmp_path,
                                                                        speech_id):
    _read_by_ocr(library, speech_id, [(3, 5)])
    (tmp_path / "safety.txt").write_text(SAFETY + "\n散会。", encoding="utf-8")
    assert library.importer.import_file(tmp_path / "safety.txt").status == "updated"
    assert not library.speeches.get(speech_id).ocr  # a text file now, not a scan


def test_a_library_of_the_version_before_opens_with_no_speech_read_by_ocr(tmp_path):
    from db import Library
    old_library(tmp_path / "old.sqlite", 15).close()
    with Library(tmp_path / "old.sqlite") as library:
        [summary] = library.speeches.all()
        assert library.speeches.get(summary.id).ocr is False


def test_ranges_inside_replaced_characters_go_and_those_after_move():
    kept, gone = ocr.shifted([(0, 2), (4, 6), (7, 12), (20, 22)], 5, 9, 1)
    assert kept == [(0, 2), (4, 5), (6, 9), (17, 19)]
    assert gone == [(0, 1), (2, 4)]


def test_unsure_characters_after_a_removed_passage_move_with_their_words(library, speech_id):
    text = library.speeches.get(speech_id).text
    later = text.index("监管职责")
    _read_by_ocr(library, speech_id, [(later, later + 4)])
    library.structure.remove(speech_id, 0, 4)
    record = library.speeches.get(speech_id)
    [(start, end)] = record.uncertain
    assert record.text[start:end] == "监管职责"


def test_unsure_characters_go_with_their_part_of_a_split_speech_and_come_back(library,
                                                                            speech_id):
    text = library.speeches.get(speech_id).text
    first, second = text.index("安全生产"), text.index("监管职责")
    _read_by_ocr(library, speech_id, [(first, first + 4), (second, second + 4)])
    split = library.structure.split(speech_id, text.index("三、"))
    part = library.speeches.get(split.other_id)
    [(start, end)] = part.uncertain
    assert part.ocr and part.text[start:end] == "监管职责"
    assert library.speeches.get(speech_id).uncertain == [(first, first + 4)]
    library.structure.undo(split)
    assert library.speeches.get(speech_id).uncertain == [(first, first + 4),
                                                         (second, second + 4)]
    library.structure.split(speech_id, text.index("三、"))
    merged = library.structure.merge(speech_id)
    record = library.speeches.get(speech_id)
    assert [record.text[a:b] for a, b in record.uncertain] == ["安全生产", "监管职责"]
    library.structure.undo(merged)
    assert library.speeches.get(speech_id).uncertain == [(first, first + 4)]
