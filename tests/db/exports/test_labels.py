"""What the formats share: marked runs, the opening of a passage, tag lists."""
from db.exports.labels import ExportLabels, marked_text, opening, pieces
from db.records import Excerpt


def excerpt(quote: str, marked=None) -> Excerpt:
    return Excerpt("figure", 1, "讲话", None, None, None, "", 0, len(quote), quote, "", "", "h",
                   marked=marked)


def test_pieces_mark_the_figure_inside_its_sentence():
    sentence = excerpt("死亡2人。", marked=(2, 4))
    assert pieces(sentence) == [("死亡", False), ("2人", True), ("。", False)]
    assert marked_text(sentence) == "2人"
    assert pieces(excerpt("整句")) == [("整句", False)] and marked_text(excerpt("整句")) == ""


def test_the_opening_is_at_most_a_third():
    assert opening("各村要在6月底前完成排查") == "各村要在"
    assert opening("一二") == "一二"
    assert len(opening("字" * 100)) == 12


def test_tag_lists_keep_tags_with_spaces_apart():
    labels = ExportLabels(tag_separator="、")
    assert labels.tag_list(["安全 生产", "防汛"], "#") == "#安全 生产、#防汛"
