from analysis.layers.documents import find_documents
from analysis.layers.extract import extract


def test_documents_and_nothing_nested_inside_them():
    mentions = extract("按照《大武口区XX年节能减排控制方案》和国发〔2010〕23号、GB/T29315-2012", [])
    assert [d.text for d in mentions.documents] == [
        "《大武口区XX年节能减排控制方案》", "国发〔2010〕23号", "GB/T29315-2012"]
    assert mentions.dates == [] and mentions.figures == []


def test_document_spans_point_into_the_text():
    text = "认真学习《中华人民共和国安全生产法》。"
    [document] = find_documents(text)
    assert text[document.start:document.end] == document.text == "《中华人民共和国安全生产法》"
