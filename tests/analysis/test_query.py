from analysis.query import Note, Term, parse_query


def test_words_phrases_exclusions_and_or():
    query = parse_query('隐患 "主体 责任" -演练 事故 OR 险情')
    assert query.clauses == [[Term("隐患")], [Term("主体责任", phrase=True)],
                             [Term("事故"), Term("险情")]]
    assert query.excluded == [Term("演练")] and query.notes == []


def test_filters():
    query = parse_query("隐患 speaker:李 tag:安全 kind:directive|figure date:2016..2018-6")
    assert (query.speakers, query.tags, query.kinds) == (["李"], ["安全"],
                                                         {"directive", "figure"})
    assert (query.date_from, query.date_to) == ("2016", "2018-06")
    assert query.has_filters


def test_what_cannot_be_used_is_left_out_and_noted():
    assert parse_query('"隐患').notes == [Note("unclosed-quote")]
    assert parse_query("OR 隐患 OR").notes == [Note("lone-or"), Note("lone-or")]
    assert parse_query("kind:nothing").notes == [Note("unknown-kind", "nothing")]
    assert parse_query("date:abc").notes == [Note("bad-date", "abc")]
    assert parse_query("-speaker:李").notes == [Note("cannot-exclude", "speaker:李")]
    assert parse_query("AND NOT").clauses == []
