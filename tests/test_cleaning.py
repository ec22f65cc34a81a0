"""Each clean-up step alone, on text shaped like the seeds' PDF export."""

from __future__ import annotations

import pytest

from indexer.cleaning import (
    clean_body,
    join_hyphenated_line_breaks,
    rejoin_paragraphs_split_at_breaks,
    rejoin_wrapped_lines,
    repair_misread_characters,
    separate_paragraph_lines,
)

from .conftest import SEEDS

WRAPPED = "\n".join([
    "Since my last letter, of 4 June 2021, in a series of correspondence on the same",
    "topic, Armenia has on two occasions submitted mine maps to Azerbaijan upon the",
    "mediation efforts of our international partners. The formularies shared by Armenia",
    "were meant to provide information about the places of approximately 200,000",
    "anti-tank and anti-personnel land mines planted only in three formerly occupied",
    "districts of Azerbaijan, namely Aghdam, Fuzuli and Zangilan.",
    " In view of such drastic humanitarian and human rights consequences of the",
    "massive mine contamination of territories of Azerbaijan, there is an urgent need.",
])


def test_hyphen_at_a_line_end_joins_the_word():
    assert join_hyphenated_line_breaks("confrontational zero -\nsum thinking") == "confrontational zero-sum thinking"


def test_wrapped_lines_become_paragraphs_and_an_indent_opens_one():
    paragraphs = rejoin_wrapped_lines(WRAPPED).split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("Since my last letter") and paragraphs[0].endswith("Zangilan.")
    assert "\n" not in paragraphs[0]
    assert paragraphs[1].strip().startswith("In view of such drastic")


def test_unwrapped_text_is_left_alone():
    text = "**Right of Reply  \ndelivered by Mr. Seymur Mardaliyev,  **\n\nMr. President,\n"
    assert rejoin_wrapped_lines(text) == text


def test_paragraph_cut_by_a_page_break_is_rejoined():
    text = ("The Trilateral Statement signed by Azerbaijan, after a long run of words here,\n\n"
            "Russia and Armenia on 10 November 2020.")
    assert rejoin_paragraphs_split_at_breaks(text) == (
        "The Trilateral Statement signed by Azerbaijan, after a long run of words here, "
        "Russia and Armenia on 10 November 2020.")


def test_salutation_is_not_joined_to_the_next_paragraph():
    text = "Mr. President,\n\nLet me start by congratulating you."
    assert rejoin_paragraphs_split_at_breaks(text) == text


def test_one_paragraph_per_line_becomes_paragraphs():
    long = "The General Assembly must act now on the question before it, " * 4
    text = f"Mr. President,\n{long}\n{long}\n{long}\nThank you."
    assert separate_paragraph_lines(text).split("\n\n") == ["Mr. President,", long, long, long, "Thank you."]
    assert separate_paragraph_lines(WRAPPED) == WRAPPED  # wrapped lines are not paragraphs


def test_seed_004_reads_as_paragraphs():
    body = clean_body((SEEDS / "004_ad6f61e609c1d31c.txt").read_text(encoding="utf-8"))
    assert "zero-sum thinking" in body
    assert "under agenda items 34, 35, 40, 63, 64, 70, 72 and 86, and of the Security Council." in body
    assert "\n\n(Signed) Yashar Aliyev\nAmbassador\nPermanent Representative\n\n" in body


def test_a_short_line_stopping_mid_sentence_joins_the_line_going_on_in_lower_case():
    """A speech's first words on a line of their own, as the General Debate files often have them."""
    text = "\n".join([
        "I congratulate ",
        "the President on his election to preside over the Assembly at this session. I welcome his ",
        "decision to convene a high-level debate on the grave issue of the rising seas, on which the ",
        "survival of many small island States depends. It is right that the discussion take place ",
        "here, in the one forum where every State has a voice and a vote, and where the world meets. ",
        "The Charter asks no less of us, and the peoples of the United Nations expect no less. We owe ",
        "them a debate that is",
        "equal to the danger.",
    ])
    cleaned = clean_body(text)
    assert cleaned.startswith("I congratulate the President on his election")
    assert "debate that is equal to the danger." in cleaned
    assert "\n" not in cleaned.strip()


@pytest.mark.parametrize("garbled, read", [
    # UTF-8 read as Windows-1252 and saved again: the quotes, apostrophe and accents come back.
    ("the â€œresponsibility to protectâ€\x9d and CÃ´te dâ€™Ivoire",
     "the “responsibility to protect” and Côte d’Ivoire"),
    # Quotes and apostrophes misread as 'ì', 'î' and 'í' throughout a speech.
    ("as part of an ìaxis of evilî, and my countryís view", "as part of an “axis of evil”, and my country’s view"),
    # Text that is right is left as it is: Italian, Spanish and French accents.
    ("Così è, più o meno: Perú y María, le maître", "Così è, più o meno: Perú y María, le maître"),
])
def test_misread_characters_are_put_back(garbled, read):
    assert repair_misread_characters(garbled) == read
