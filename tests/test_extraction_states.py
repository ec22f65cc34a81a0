"""States: the banners, site names and posts that name the State a page speaks for, in the State's own words.
Tables of header lines written in the style of real pages, one comment per row."""

from __future__ import annotations

import pytest

from archive import vocabulary
from indexer.extraction import extract
from indexer.extraction.states import issuer_state

BODY = "Mr. President,\n\nWe thank you for convening this debate today.\n"


def record(*header: str, body: str = BODY):
    return extract("\n".join(header) + "\n\n" + body, "t.txt", "t")


@pytest.mark.parametrize("text, state", vocabulary.load_data("issuers")["examples"])
def test_every_issuer_example_names_its_state(text, state):
    assert issuer_state(text) == state


@pytest.mark.parametrize("header, country", [
    # A government's banner in the State's own language, the genitive after the body.
    (["Vláda České republiky", "Česky | English", "Zmocněnkyně vlády vystoupila na zasedání Rady OSN pro lidská "
      "práva", "5. 3. 2025"], "Czechia"),
    # The Turkish State's banners open on 'T.C.' (Türkiye Cumhuriyeti).
    (["T.C. Dışişleri Bakanlığı", "Türkçe | English", "No: 12, 3 Şubat 2025, Basın Açıklaması"], "Türkiye"),
    # A ministry's banner in its own script.
    (["中华人民共和国外交部", "首页 > 外交动态", "在联合国安理会公开辩论会上的发言"], "China"),
    (["গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "পররাষ্ট্র মন্ত্রণালয়", "Statement at the Third Committee"], "Bangladesh"),
    # A ministry's banner by its own name, no State written.
    (["Auswärtiges Amt", "Startseite > Newsroom", "Rede im Sicherheitsrat der Vereinten Nationen"], "Germany"),
    # Indonesian puts the State after the body, without 'of'.
    (["Kementerian Luar Negeri Republik Indonesia", "Beranda > Berita", "Pernyataan pada Debat Terbuka"],
     "Indonesia"),
    # A host's 'From:' field naming the ministry.
    (["Readout", "Minister meets the High Commissioner: readout", "From: Foreign, Commonwealth & Development Office",
      "Published 15 December 2023"], "United Kingdom"),
    # A page title ending on the ministry site's name.
    (["Intervención del embajador durante la presentación del Informe ante la ONU - MPPRE"], "Venezuela"),
    # A site's name among other words is not its suffix: a ministry cited in a title names no issuer.
    (["Statement on the report of the Secretariat"], None),
])
def test_country_from_a_banner(header, country):
    assert record(*header).country == country
