"""Errors a user caused and can fix: the web app answers them with a 400."""


class RequestError(ValueError):
    """A malformed query, date or parameter; the message says how to fix it."""


class IndexBusy(RuntimeError):
    """Another build of the same index is running."""


class IndexMissing(RuntimeError):
    """No index has been built at the configured place yet."""


class IndexOutdated(IndexMissing):
    """The index was written by an older Verbatim in another format: rebuild it."""


class NotAnIndex(RuntimeError):
    """The index path is taken by something that is not an index Verbatim made."""
