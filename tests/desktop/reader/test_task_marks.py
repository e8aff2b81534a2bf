"""A work report's tasks: one quiet bracket for a run of them, why on hover, a filter of their own."""
import pytest

from db import Library

# A work report of our own: a review, then a task part whose sentences are tasks without a
# modal word, and one requirement with 必须.
REPORT = """某某县政府工作报告
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、2025年工作回顾
过去一年，全县地区生产总值增长5.2%，城乡居民收入稳步提高。
二、2026年重点工作
（一）做强县域经济
实施产业园区提质行动。推进农产品加工业集群发展。培育一批专精特新企业。
（二）办好民生实事
新建改建农村公路120公里。扩大普惠托育服务供给。各级政府必须严格落实安全生产责任。
各位代表！让我们团结一心，奋力完成全年目标任务！
"""


@pytest.fixture
def report_window(windows, tmp_path):
    source = tmp_path / "某某县政府工作报告.txt"
    source.write_text(REPORT, encoding="utf-8")
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        [result] = library.importer.import_paths([source])
        assert result.status == "imported"
    window = windows.open(path)
    window.open_speech(window.library.speeches.all()[0].id)
    return window


def _directives(window):
    return [m for m in window.reader.mentions() if m.kind == "directive"]


def test_a_run_of_tasks_shares_one_bracket_and_requirements_keep_their_bar(report_window):
    view = report_window.reader.view
    directives = _directives(report_window)
    tasks = [d for d in directives if d.data["strength"] == "task"]
    assert len(tasks) >= 4
    report_window.resize(1366, 768)
    view.scroll_to(tasks[0].start)
    marks = view.directive_marks()
    brackets = [rect for rect, strength in marks if strength == "task"]
    # the two sub-sections' runs, each one bracket; their headings stand between them
    assert len(brackets) == 2
    assert any(strength == "must" for _, strength in marks)
    first_run = brackets[0]
    assert first_run.height() > view.cursorRect().height()  # it spans the run, not one line
    # no underline for a task: it has no modal word; 必须 keeps its own
    spans = {(view._py(s.cursor.selectionStart()), view._py(s.cursor.selectionEnd()))
             for s in view.extraSelections()}
    assert not any((t.start, t.end) in spans for t in tasks)
    must = next(d for d in directives if d.data["strength"] == "must")
    assert tuple(must.data["marker"]) in spans


def test_hovering_a_task_or_a_requirement_says_why(report_window):
    view = report_window.reader.view
    directives = _directives(report_window)
    task = next(d for d in directives if d.data["strength"] == "task")
    must = next(d for d in directives if d.data["strength"] == "must")
    assert "Directive: task" in view.tooltip_at(task.start + 2)
    assert "Why: a task under “2026年重点工作”" in view.tooltip_at(task.start + 2)
    assert "Why: contains “必须”" in view.tooltip_at(must.start + 2)
    figure = next(m for m in report_window.reader.mentions() if m.kind == "figure")
    assert "Why: " in view.tooltip_at(figure.start)


def test_the_directives_table_shows_requirements_and_tasks_apart(report_window):
    report_window.action["directives"].trigger()
    pane = report_window.study.directives
    model = pane.model
    strengths = {d.data["strength"] for d in _directives(report_window)}
    assert {"task", "must"} <= strengths
    pane.choice_box.setCurrentIndex(pane.choice_box.findData("task"))
    assert model.rows and {row.data["strength"] for row in model.rows} == {"task"}
    pane.choice_box.setCurrentIndex(pane.choice_box.findData("requirements"))
    assert model.rows and "task" not in {row.data["strength"] for row in model.rows}
    assert len(model.rows) == len([d for d in _directives(report_window)
                                   if d.data["strength"] != "task"])

