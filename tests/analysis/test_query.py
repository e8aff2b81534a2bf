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


def test_a_huge_query_is_bounded_and_says_what_was_left_out():
    from analysis.query import MAX_CHARS, MAX_TERMS
    repeated = parse_query(" ".join(["隐患"] * 10_000))
    assert [[t.text for t in clause] for clause in repeated.clauses] == [["隐患"]]
    assert [note.code for note in repeated.notes] == ["too-long"]
    assert 0 < len(" ".join(["隐患"] * 10_000)) - repeated.notes[0].count <= MAX_CHARS
    many = parse_query(" OR ".join(f"词{number}" for number in range(10_000)))
    assert len(many.terms) == MAX_TERMS
    assert {note.code for note in many.notes} == {"too-long", "too-many-terms"}
    words = parse_query(" ".join(f"词{number}" for number in range(40)) + " -演练")
    assert len(words.clauses) == MAX_TERMS and words.excluded == []
    [note] = [note for note in words.notes if note.code == "too-many-terms"]
    assert note.count == 11  # ten words and the exclusion
