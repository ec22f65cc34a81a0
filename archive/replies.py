"""Reply threads: which statements a right of reply answers, and which rights of reply answer a statement.

A right of reply answers a statement (issue 13) when the statement is by a
State the reply names as answered (Statement.replies_to_states), at a forum
both share, and either both are dated to the day and the statement came the
same day or up to two days before, or, when either lacks a day, both name the
same meeting as written. A statement's period never starts after the reply.

Links are found when a statement is read, by two small filtered searches
(statements of the answered States at the forum in the window or meeting;
rights of reply at the forum in the window or meeting) checked by `answers`:
nothing is stored, so a statement added to the archive or removed from it by
any later build, full or incremental, is linked or unlinked at once, on both sides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from archive.dates import statement_period
from archive.requests import SearchRequest
from archive.statement import Statement
from archive.vocabulary import facet_value

if TYPE_CHECKING:
    from archive.search import Archive

# How long before a right of reply the statement it answers may have come.
WINDOW = timedelta(days=2)
RIGHT_OF_REPLY = "right_of_reply"


@dataclass(frozen=True)
class Thread:
    """A statement's place in reply threads: each list is oldest first."""

    replies_to: tuple[Statement, ...] = ()  # the statements this right of reply answers
    replied_by: tuple[Statement, ...] = ()  # the rights of reply answering this statement
    unanswered: tuple[str, ...] = ()  # the States it answers none of whose statements it is linked to
    # False when the reply has no forum, or neither a day nor a meeting: what it answers cannot be looked for.
    findable: bool = True


def answered_states(reply: Statement) -> tuple[str, ...]:
    """The States a right of reply answers, by the names the country facet files them under."""
    if reply.doc_type != RIGHT_OF_REPLY:
        return ()
    return tuple(dict.fromkeys(facet_value("country", state) for state in reply.replies_to_states))


def _forums(statement: Statement) -> tuple[str, ...]:
    return statement.forums or ((statement.forum,) if statement.forum else ())


def _day(statement: Statement) -> date | None:
    return date.fromisoformat(statement.date) if statement.date and statement.date_precision == "day" else None


def answers(reply: Statement, statement: Statement) -> bool:
    """Whether the right of reply `reply` answers `statement` (the rule in the module's docstring)."""
    if reply.id == statement.id or not statement.country or statement.country not in answered_states(reply):
        return False
    if not set(_forums(reply)) & set(_forums(statement)):
        return False
    replied, said = _day(reply), _day(statement)
    if replied and said:
        return timedelta(0) <= replied - said <= WINDOW
    reply_period = statement_period(reply.date, reply.date_precision)
    period = statement_period(statement.date, statement.date_precision)
    if reply_period and period and period[0] > reply_period[1]:
        return False
    return bool(reply.meeting) and reply.meeting == statement.meeting


def _candidates(archive: Archive, filters: dict[str, tuple[str, ...]], meeting: str | None,
                window: tuple[date, date] | None) -> dict[str, Statement]:
    """The statements the filters admit within the window of days, and those at the meeting, by id."""
    requests = []
    if window:
        requests.append(SearchRequest(filters=filters, date_from=window[0].isoformat(),
                                      date_to=window[1].isoformat(), sort="oldest"))
    if meeting:
        requests.append(SearchRequest(filters={**filters, "meeting": (meeting,)}, sort="oldest"))
    return {hit.statement.id: hit.statement for request in requests
            for hit in archive.export(request, snippets=False)}


def _oldest_first(statements) -> tuple[Statement, ...]:
    return tuple(sorted(statements, key=lambda s: (s.date or "9999", s.id)))


def _window(day: date | None, after: bool) -> tuple[date, date] | None:
    """The days a reply may come after a statement of `day` (`after`), or the statements it answers before it;
    clamped to the calendar's ends."""
    if day is None:
        return None
    if after:
        return day, (day + WINDOW if day <= date.max - WINDOW else date.max)
    return (day - WINDOW if day >= date.min + WINDOW else date.min), day


def thread(archive: Archive, statement: Statement) -> Thread:
    """The statements `statement` answers if it is a right of reply, and the rights of reply answering it."""
    forums, day = _forums(statement), _day(statement)
    replies_to: tuple[Statement, ...] = ()
    states = answered_states(statement)
    if states and forums:
        found = _candidates(archive, {"country": states, "forum": forums}, statement.meeting,
                            _window(day, after=False))
        replies_to = _oldest_first(s for s in found.values() if answers(statement, s))
    replied_by: tuple[Statement, ...] = ()
    if statement.country and forums:
        found = _candidates(archive, {"type": (RIGHT_OF_REPLY,), "forum": forums}, statement.meeting,
                            _window(day, after=True))
        replied_by = _oldest_first(s for s in found.values() if answers(s, statement))
    answered = {s.country for s in replies_to}
    return Thread(replies_to, replied_by, tuple(state for state in states if state not in answered),
                  findable=bool(forums) and bool(day or statement.meeting))
