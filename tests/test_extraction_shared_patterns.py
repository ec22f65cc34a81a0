"""The pattern pieces several readers share, as tables of the words they must take and those they must not."""

from __future__ import annotations

import re

import pytest

from indexer.extraction.dates import weekdays
from indexer.extraction.names import NAME_AND_STATE
from indexer.extraction.patterns import (
    IN_RESPONSE_TO,
    IN_RESPONSE_TO_ANY_LANGUAGE,
    QUESTION_LABEL,
    REPLY_TO,
    STATES_POSSESSIVE,
)


@pytest.mark.parametrize("text, taken", [
    ("India's First Secretary", True),  # a State of one word
    ("Saint Lucia’s Permanent Representative", True),  # two words, a curly apostrophe
    ("the delegation's view", False),  # not capitalized: no State
    ("India First Secretary", False),  # no possessive
])
def test_states_possessive(text, taken):
    assert bool(re.match(STATES_POSSESSIVE, text)) is taken


@pytest.mark.parametrize("pattern, text, taken", [
    (IN_RESPONSE_TO, "in response to the statement by", True),
    (IN_RESPONSE_TO, "in reply to the letter of", True),
    (IN_RESPONSE_TO, "en respuesta al discurso", False),  # English only
    (IN_RESPONSE_TO_ANY_LANGUAGE, "en respuesta al discurso", True),  # Spanish
    (IN_RESPONSE_TO_ANY_LANGUAGE, "en réponse aux propos", True),  # French
    (IN_RESPONSE_TO_ANY_LANGUAGE, "em resposta ao discurso", True),  # Portuguese
    (IN_RESPONSE_TO_ANY_LANGUAGE, "in response, the Minister", False),  # no 'to': nothing answered is named
])
def test_in_response_to(pattern, text, taken):
    assert bool(re.match(pattern, text, re.IGNORECASE)) is taken


@pytest.mark.parametrize("text, taken", [
    ("Right of reply to the statement", True),
    ("replying to the remarks", True),
    ("réplica a la Delegación", True),  # Spanish
    ("reponse aux allegations", True),  # French, folded
    ("resposta ao discurso", True),  # Portuguese
    ("a reply from the Minister", False),  # what comes from the answered side
])
def test_reply_to(text, taken):
    assert bool(re.search(rf"\b{REPLY_TO}\b", text, re.IGNORECASE)) is taken


@pytest.mark.parametrize("text, taken", [
    ("Question: Will the Mission ...", True),
    ("Q: And the vote?", True),
    ("Question 2: What next?", True),  # numbered
    ("Вопрос: Как вы оцениваете ...", True),  # Russian
    ("Frage: Wie geht es weiter?", True),  # German
    ("Questions remain about the text", False),  # no label's colon
])
def test_question_label(text, taken):
    assert bool(re.match(QUESTION_LABEL, text, re.IGNORECASE)) is taken


@pytest.mark.parametrize("text, name, state", [
    ("Mr. Example (Ruritania):", "Example", "Ruritania"),  # a UN verbatim record
    ("Mrs. de Example (Spain):", "de Example", "Spain"),  # a particle first
    ("M. Exemple (France):", "Exemple", "France"),  # the French title
    ("Dr. J.K. Example (Ghana)", "J.K. Example", "Ghana"),  # initials
])
def test_name_and_state(text, name, state):
    match = re.match(NAME_AND_STATE, text)
    assert match and (match["name"], match["state"]) == (name, state)


def test_name_and_state_wants_the_state_in_brackets():
    assert not re.match(NAME_AND_STATE, "Mr. Example, Ruritania:")


def test_weekdays_by_language():
    assert weekdays("English") == ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    assert {"mardi", "martes", "Selasa", "вторник"} <= set(weekdays())  # every language of the sites
    assert "mardi" not in weekdays("English", "German")
