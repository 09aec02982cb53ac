"""Named errors, each saying which input was wrong and how."""


class AkhbarError(Exception):
    """Base of every error this package raises on purpose."""


class EmptyTextError(AkhbarError, ValueError):
    def __init__(self) -> None:
        super().__init__("the text is empty or only whitespace: paste or upload an article")


class TextTooLongError(AkhbarError, ValueError):
    def __init__(self, n: int, limit: int) -> None:
        super().__init__(f"the text has {n:,} characters, more than the limit of {limit:,}")
        self.n, self.limit = n, limit


class BadDateError(AkhbarError, ValueError):
    def __init__(self, value: object) -> None:
        super().__init__(f"not a date in the form YYYY-MM-DD: {value!r}")
