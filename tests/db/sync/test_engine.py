"""Two libraries synced through a folder in one process: what travels, how conflicts end,
what a sync costs in requests."""
import json
import random
from datetime import date, datetime, timedelta

import pytest

from db import Library
from db.reasons import IgnoredFile, Resolved
from db.sync.engine import pending, status, sync
from db.sync.state import SyncState
from tests.db.sync.conftest import ECONOMY_WORD, FLOOD_WORD, highlight, speech, user_data
from tests.speeches import ECONOMY


def converge(a, b, target):
    for library in (a, b, a):
        sync(library, target)


def test_every_kind_of_edit_made_on_either_machine_arrives_on_both(pair, target):
    a, b = pair
    safety_a, flood_a = speech(a), speech(a, FLOOD_WORD)
    safety_b, flood_b = speech(b), speech(b, FLOOD_WORD)
    highlight(a, safety_a, "去年全镇发生事故3起", "green", "事故数", ["数据"])
    kept = highlight(b, flood_b, "病险水库一律空库运行", "blue", "防汛要点")
    a.annotations.name_color("green", "数据")
    b.tags.create("要点", "#ff0000")
    a.tags.set_speech(safety_a, ["安全", "讲话"])
    b.tags.set_speech(safety_b, ["镇"])
    a.corrections.edit([safety_a], {"speaker": "张华", "date": "2020-01-02"})
    b.corrections.dismiss(safety_b, "figure", *_figure(b, safety_b))
    b.review.sync_cards(terms=False)
    card = next(c for c in b.review.due_cards() if c.kind == "excerpt")
    b.review.grade(card.id, 4)
    a.speeches.delete([flood_a])

    converge(a, b, target)

    assert user_data(a) == user_data(b)
    data = user_data(b)
    assert [h["note"] for h in data["highlights"].values()] == ["事故数", "防汛要点"] or \
        sorted(h["note"] for h in data["highlights"].values()) == ["事故数", "防汛要点"]
    assert b.speeches.get(safety_b).summary.speaker == "张华"
    assert b.tags.of_speech(safety_b) == ["安全", "讲话", "镇"]
    assert a.tags.colors()["要点"] == "#ff0000"
    assert a.annotations.color_names() == {"green": "数据"}
    assert [s.id for s in b.speeches.trash()] == [flood_b]
    assert len(a.corrections.of_speech(safety_a)) == 1
    [schedule] = data["review"].values()
    assert json.loads(schedule["schedule"])[4] == 1  # answered once
    assert b.annotations.get(kept).note == "防汛要点"


def _figure(library, speech_id):
    found = next(m for m in library.speeches.get(speech_id).mentions if m.kind == "figure")
    return found.start, found.end


def test_a_note_edited_on_both_machines_keeps_the_words_of_both(pair, target):
    a, b = pair
    made = highlight(a, speech(a), "各部门要切实履行监管职责", note="监管责任")
    converge(a, b, target)
    on_b = b.annotations.of_speech(speech(b))[0].id
    a.annotations.update(made, note="监管责任 要落实到人")
    b.annotations.update(on_b, note="重点：监管责任")

    converge(a, b, target)

    note = a.annotations.get(made).note
    assert note == b.annotations.get(on_b).note
    assert "要落实到人" in note and "重点：" in note and "监管责任" in note
    assert Resolved.MERGED_TEXT in {r.what for r in SyncState(b.db).resolutions()}


def test_a_highlight_deleted_on_one_machine_and_edited_on_the_other_comes_back_edited(
        pair, target):
    a, b = pair
    made = highlight(a, speech(a), "各村要在6月底前完成排查", note="排查")
    converge(a, b, target)
    on_b = b.annotations.of_speech(speech(b))[0].id
    a.annotations.delete(made)
    b.annotations.update(on_b, note="排查 期限", color="pink")

    report = sync(a, target)
    assert report.resolutions == []  # nothing of b's yet
    report = sync(b, target)
    assert [r.what for r in report.resolutions] == [Resolved.REVIVED]
    report = sync(a, target)

    for library in (a, b):
        [back] = library.annotations.of_speech(speech(library))
        assert (back.note, back.color) == ("排查 期限", "pink")
    assert [r.what for r in report.resolutions] == [Resolved.REVIVED]
    assert [r.what for r in SyncState(a.db).resolutions()] == [Resolved.REVIVED]


def test_a_delete_after_seeing_the_edit_stays_deleted(pair, target):
    a, b = pair
    highlight(a, speech(a), "各村要在6月底前完成排查", note="排查")
    converge(a, b, target)
    b.annotations.update(b.annotations.of_speech(speech(b))[0].id, note="排查 期限")
    converge(b, a, target)
    a.annotations.delete(a.annotations.of_speech(speech(a))[0].id)

    converge(a, b, target)

    assert b.annotations.of_speech(speech(b)) == a.annotations.of_speech(speech(a)) == []


def test_the_merge_does_not_read_the_clocks_of_machines_a_day_apart(pair, target):
    a, b = pair
    made = highlight(a, speech(a), "各村要在6月底前完成排查", note="排查")
    converge(a, b, target)
    on_b = b.annotations.of_speech(speech(b))[0].id
    # a's clock runs a day ahead: its delete looks later than b's edit, which still wins
    tomorrow = datetime.now() + timedelta(days=1)
    a.annotations.update(made, color="blue")
    a.db.execute_sql("UPDATE annotation SET updated_at = ?", (tomorrow,))
    a.annotations.delete(made)
    b.annotations.update(on_b, note="排查 已完成")
    b.db.execute_sql("UPDATE annotation SET updated_at = ?", (tomorrow - timedelta(days=2),))

    converge(b, a, target)

    assert user_data(a) == user_data(b)
    [back] = a.annotations.of_speech(speech(a))
    assert back.note == "排查 已完成"


def test_a_file_imported_on_one_machine_arrives_analysed_with_its_highlights(
        pair, target, tmp_path):
    a, b = pair
    page = tmp_path / "economy.txt"
    page.write_text(ECONOMY, encoding="utf-8")
    a.importer.import_file(page)
    economy = speech(a, ECONOMY_WORD)
    highlight(a, economy, "财政收入完成12亿元", note="财政")

    converge(a, b, target)

    arrived = speech(b, ECONOMY_WORD)
    record = b.speeches.get(arrived)
    assert record.text == a.speeches.get(economy).text
    assert any(m.kind == "figure" and m.text.startswith("12亿元") for m in record.mentions)
    assert [h.note for h in b.annotations.of_speech(arrived)] == ["财政"]
    assert user_data(a) == user_data(b)


@pytest.fixture(params=["folder", "sealed webdav"])
def any_target(request, target, tmp_path):
    """The plain folder the other tests use, and what a user syncs through: a WebDAV server
    (a real one on localhost), everything sealed with a passphrase."""
    if request.param == "folder":
        yield target
        return
    from db.sync.crypto import Sealed
    from db.sync.webdav import WebDAVTarget
    from tests.db.sync.webdav_server import PASSWORD, USER, running_server
    with running_server(tmp_path / "dav") as dav:
        yield Sealed(WebDAVTarget(dav.url, USER, PASSWORD), "学习-口令-7")


@pytest.mark.parametrize("seed", [0, 10])
def test_hundreds_of_random_offline_edits_on_both_machines_converge(pair, any_target, seed):
    target = any_target
    a, b = pair
    for number in range(20):  # highlights both machines then edit, delete, note
        highlight(a, speech(a), "各部门要切实履行监管职责"[:number % 10 + 2], note=f"共{number}")
    converge(a, b, target)
    typed = []
    for machine, library in enumerate((a, b)):
        typed += _random_edits(library, random.Random(seed + machine), 120, f"m{machine}")

    converge(a, b, target)

    assert user_data(a) == user_data(b)
    notes = " ".join(h["note"] for h in user_data(a)["highlights"].values())
    assert [word for word in typed if word not in notes] == []  # nothing typed lost
    assert SyncState(b.db).resolutions()  # the conflicts were met, and listed


def _random_edits(library, rng, count, device):
    """`count` random edits of highlights, notes, colours, tags and speech tags; the words
    typed into notes that this machine did not delete after."""
    speeches = [speech(library), speech(library, FLOOD_WORD)]
    typed: dict[int, list[str]] = {}
    for number in range(count):
        speech_id = rng.choice(speeches)
        mine = library.annotations.of_speech(speech_id)
        roll = rng.random()
        word = f"{device}w{number}"
        if roll < 0.3 or not mine:
            length = len(library.speeches.get(speech_id).text)
            start = rng.randrange(0, length - 5)
            made = library.annotations.add(speech_id, start, start + rng.randint(1, 5),
                                           rng.choice(["yellow", "green"]), word,
                                           rng.sample(["a", "b", "c"], rng.randint(0, 2)))
            typed[made.id] = [word]
        elif roll < 0.65:
            chosen = rng.choice(mine)
            note = f"{word} {chosen.note}" if rng.random() < 0.5 else f"{chosen.note} {word}"
            library.annotations.update(chosen.id, note=note)
            typed.setdefault(chosen.id, []).append(word)
        elif roll < 0.75:
            chosen = rng.choice(mine)
            library.annotations.delete(chosen.id)
            typed.pop(chosen.id, None)
        elif roll < 0.85:
            library.tags.set_speech(speech_id, rng.sample(["x", "y", "z"], rng.randint(0, 3)))
        elif roll < 0.95:
            chosen = rng.choice(mine)
            library.annotations.update(chosen.id, tags=chosen.tags + [rng.choice("pqr")])
        else:
            library.annotations.update(rng.choice(mine).id, color="blue")
    return [word for words in typed.values() for word in words]


def test_ten_edits_take_two_requests_and_one_more_to_read_the_other_machine(pair, target):
    a, b = pair
    converge(a, b, target)
    for number in range(10):
        highlight(a, speech(a), "各部门要切实履行监管职责"[: number % 5 + 2], note=str(number))

    assert sync(a, target).requests == 2  # the list, one write
    assert sync(b, target).requests == 2  # the list, one read
    assert sync(a, target).requests == 1  # nothing to say: the list


def test_a_first_sync_of_many_highlights_is_sent_in_batches(pair, target):
    a, _b = pair
    safety = speech(a)
    now = datetime.now()
    with a.using():
        a.db.cursor().executemany(
            'INSERT INTO annotation (speech_id, start, "end", quote, color, note, created_at, '
            "updated_at) VALUES (?, ?, ?, '', 'yellow', ?, ?, ?)",
            [(safety, n % 50, n % 50 + 1, f"note {n}", now, now) for n in range(4500)])

    report = sync(a, target)

    assert report.sent == 3  # 2,000 highlights a file
    assert report.requests == 1 + 3 + 2  # the list, the updates, the two files
    assert len(user_data(a)["highlights"]) == 4500


def test_a_corrupt_file_and_a_foreign_one_are_left_aside_with_a_line_each(pair, target):
    a, b = pair
    highlight(a, speech(a), "各部门要切实履行监管职责")
    sync(a, target)
    (target.root / "updates" / ("f" * 16)).mkdir(parents=True)
    (target.root / "updates" / ("f" * 16) / "000001").write_bytes(b"not an update")
    (target.root / "notes.txt").write_text("my own file", encoding="utf-8")

    report = sync(b, target)

    assert sorted(report.ignored) == [("notes.txt", IgnoredFile.FOREIGN),
                                      (f"updates/{'f' * 16}/000001", IgnoredFile.CORRUPT)]
    assert user_data(a) == user_data(b)
    assert sync(b, target).ignored == []  # said once
    assert (target.root / "notes.txt").exists()  # never removed


def test_a_device_past_its_snapshot_limit_leaves_one_snapshot_a_new_machine_reads(
        pair, target, tmp_path, files, monkeypatch):
    a, _b = pair
    import db.sync.engine as engine
    monkeypatch.setattr(engine, "SNAPSHOT_AFTER", 3)
    for number in range(5):
        highlight(a, speech(a), "各部门要切实履行监管职责"[:number + 2], note=f"n{number}")
        sync(a, target)
    device = SyncState(a.db).device()
    # the fourth sync put a snapshot in place of four updates; the fifth added one
    assert target.names(f"updates/{device}") == [f"updates/{device}/000005"]
    assert target.names(f"snapshots/{device}") == [f"snapshots/{device}/000004"]

    with Library(tmp_path / "c.sqlite") as c:
        c.importer.import_file(files / "safety.txt")
        sync(c, target)
        assert user_data(c)["highlights"] == user_data(a)["highlights"]


def test_the_status_counts_the_changes_waiting(pair, target):
    a, b = pair
    assert status(a).last is None
    sync(a, target)
    assert pending(a) == 0 and status(a).last.date() == date.today()
    highlight(a, speech(a), "各部门要切实履行监管职责")
    a.tags.set_speech(speech(a), ["x"])
    assert pending(a) == 3  # the highlight, the speech's tag, the new tag
    sync(a, target)
    assert pending(a) == 0


def test_a_sync_killed_after_keeping_its_changes_sends_them_next_time(pair, target):
    a, b = pair
    highlight(a, speech(a), "各部门要切实履行监管职责", note="落实")
    killed = sync(a, target, cancelled=lambda: True)  # stops before sending anything
    assert killed.cancelled and killed.sent == 0
    assert pending(a) == 1  # kept, waiting

    converge(a, b, target)

    assert [h.note for h in b.annotations.of_speech(speech(b))] == ["落实"]


def test_splits_merges_and_removed_passages_travel_with_the_highlights_after_them(
        pair, target):
    a, b = pair
    safety, flood = speech(a), speech(a, FLOOD_WORD)
    text = a.speeches.get(safety).text
    a.structure.split(safety, text.index("二、突出重点"))
    second = speech(a, "狠抓落实")
    highlight(a, second, "各部门要切实履行监管职责", note="在第二部分")
    flood_text = b.speeches.get(speech(b, FLOOD_WORD)).text
    line = "今年汛期降水偏多，防汛形势严峻，我们必须克服麻痹思想。"
    start = flood_text.index(line)
    b.structure.remove(speech(b, FLOOD_WORD), start, start + len(line))

    converge(a, b, target)

    assert user_data(a) == user_data(b)
    assert len(user_data(a)["text"]) == 2
    assert line not in a.speeches.get(flood).text
    on_b = speech(b, "狠抓落实")
    first = speech(b, "统一思想")
    assert on_b != first and "二、突出重点" not in b.speeches.get(first).text
    assert [h.note for h in b.annotations.of_speech(on_b)] == ["在第二部分"]


def test_a_split_taken_back_on_one_machine_is_taken_back_on_the_other(pair, target):
    a, b = pair
    text = a.speeches.get(speech(a)).text
    made = a.structure.split(speech(a), text.index("二、突出重点"))
    converge(a, b, target)
    assert len(b.speeches.all()) == 3

    a.structure.undo(made)
    converge(a, b, target)

    assert len(b.speeches.all()) == 2 and user_data(a) == user_data(b)


def test_a_merge_made_on_the_other_machine_arrives(pair, target):
    a, b = pair
    text = a.speeches.get(speech(a)).text
    a.structure.split(speech(a), text.index("二、突出重点"))
    converge(a, b, target)

    b.structure.merge(speech(b, "统一思想"))
    converge(a, b, target)

    assert len(a.speeches.all()) == 2 and user_data(a) == user_data(b)
    assert "二、突出重点" in a.speeches.get(speech(a, "统一思想")).text


def test_a_library_another_process_is_syncing_is_not_synced_twice(pair, target):
    import socket
    import subprocess
    import sys

    from db.sync.engine import SyncBusy
    a, _b = pair
    host = socket.gethostname()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        with a.using(), a.db.atomic():
            SyncState(a.db).put("syncing", f"{other.pid}@{host}")
        with pytest.raises(SyncBusy) as busy:
            sync(a, target)
        assert busy.value.process == f"{other.pid}@{host}" and target.names() == []
    finally:
        other.kill()
        other.wait()
    assert sync(a, target).sent == 1  # a process that is gone holds nothing
    with a.using():
        assert SyncState(a.db).get("syncing") is None


def test_a_card_answered_on_both_machines_keeps_one_answer_whole(pair, target):
    a, b = pair
    later = date.today() + timedelta(days=30)
    # Which machine's fields win a concurrent write depends on their random client ids:
    # eight rounds, so that the one whose answer leaves fields alone wins in one of them
    for number in range(8):
        quote = "各部门要切实履行监管职责"[:number + 2]
        highlight(a, speech(a), quote)
        converge(a, b, target)
        _answer(a, quote, 4)
        converge(a, b, target)
        answers = []
        for library, grade in ((a, 4), (b, 1)):  # remembered on a, forgotten on b
            _answer(library, quote, grade, later)
            answers.append(user_data(library)["review"])

        converge(a, b, target)

        assert user_data(a)["review"] == user_data(b)["review"]
        for key, schedule in user_data(a)["review"].items():
            assert schedule in (answers[0][key], answers[1][key])


def _answer(library, quote, grade, today=None):
    library.review.sync_cards(terms=False)
    card = next(c for c in library.review.due_cards(today=date.today() + timedelta(days=90))
                if c.kind == "excerpt" and c.front == quote)
    library.review.grade(card.id, grade, today)


def test_a_word_corrected_on_one_machine_is_corrected_on_the_other_and_stays(pair, target):
    """The reported case: a correction, then a passage removed before it, synced each time;
    taking the correction back afterwards puts the old word back where it now stands."""
    a, b = pair
    flood = speech(a, FLOOD_WORD)
    text = a.speeches.get(flood).text
    word = text.index("麻痹思想")
    a.structure.replace(flood, word, word + 4, "侥幸心理")
    converge(a, b, target)
    assert "侥幸心理" in b.speeches.get(speech(b, FLOOD_WORD)).text
    assert "麻痹思想" not in b.speeches.get(speech(b, FLOOD_WORD)).text

    text = a.speeches.get(flood).text
    line = text.split("\n")[0] + "\n"
    removed = a.structure.remove(flood, 0, len(line) - 1)
    converge(a, b, target)
    assert user_data(a) == user_data(b)
    for library in (a, b):
        now = library.speeches.get(speech(library, FLOOD_WORD)).text
        assert now.count("侥幸心理") == 1 and line not in now

    a.structure.undo(removed)
    converge(a, b, target)
    assert user_data(a) == user_data(b)
    for library in (a, b):
        now = library.speeches.get(speech(library, FLOOD_WORD)).text
        assert now.startswith(line) and now.count("侥幸心理") == 1


def test_a_pasted_text_travels_with_its_title_and_highlights(pair, any_target):
    a, b = pair
    pasted = ("今天召开全县秸秆禁烧工作会议。各乡镇要严格落实网格化监管责任，"
              "严禁露天焚烧秸秆。去年全县共查处焚烧点12处。")
    a.importer.import_text(pasted, "在全县秸秆禁烧工作会议上的讲话")
    arrived = speech(a, "秸秆禁烧")
    highlight(a, arrived, "严禁露天焚烧秸秆", note="底线")

    converge(a, b, any_target)

    on_b = speech(b, "秸秆禁烧")
    assert b.speeches.get(on_b).summary.title == "在全县秸秆禁烧工作会议上的讲话"
    assert [h.note for h in b.annotations.of_speech(on_b)] == ["底线"]
    assert user_data(a) == user_data(b)
