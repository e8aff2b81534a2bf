class InputError(Exception):
    """A file that cannot become speeches. The message names the file and the reason.
    `template` is the reason with its facts left out ("too large ({size} MB…)") so that the
    desktop can say it in the reader's language; the facts are numbers and names."""

    def __init__(self, name: str, template: str, **facts: object):
        self.name = name
        self.template = template
        self.facts = facts
        self.reason = template.format(**facts)
        super().__init__(f"{name}: {self.reason}")

    def __reduce__(self) -> tuple:  # across processes: an import's worker sends it back
        return _input_error, (self.name, self.template, self.facts)


def _input_error(name: str, template: str, facts: dict) -> InputError:
    return InputError(name, template, **facts)
