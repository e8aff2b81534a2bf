"""What an import's error carries."""
from analysis.errors import InputError


def test_an_input_error_crosses_processes_whole():
    import pickle
    error = InputError("讲话.pdf", "too large ({size} MB; the limit is {limit} MB)", size=300,
                       limit=200)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.name, copy.template, copy.facts, str(copy)) == (
        error.name, error.template, error.facts, str(error))
