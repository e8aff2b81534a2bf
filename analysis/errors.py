class InputError(Exception):
    """A file that cannot become speeches. The message names the file and the reason."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
