"""The one error a parser raises for input it cannot turn into a record."""


class ParseError(ValueError):
    """Input that cannot be parsed; `reason` is one line for people."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
