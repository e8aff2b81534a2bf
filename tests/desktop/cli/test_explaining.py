"""yandu analyze --explain."""

from tests.desktop.cli.conftest import run


def test_analyze_explain_names_the_rule_of_each_decision(capsys, texts_dir):
    code, out, _ = run(capsys, "analyze", str(texts_dir / "forum-page.txt"), "--explain")
    assert code == 0
    assert "furniture.forum" in out and "只看该作者" in out  # a line taken out, and why
    lines = out.splitlines()
    figure = next(line for line in lines if line.rstrip().endswith(" 1260万元"))
    assert "figure.unit" in figure
    refused = next(line for line in lines if line.rstrip().endswith("三是坚持严格执法。"))
    assert "directive.reports" in refused and "严格" in refused
    rules = lines[lines.index("Rules") + 1:]
    assert any(line.split()[0] == "figure.unit" and "unit" in line for line in rules)
