"""A domain's one-word label read as the employer's name where the mail never writes it."""

from __future__ import annotations

import pytest

from afterview.understand.company.domainlabels import title_from_domain
from afterview.understand.company.labelsplit import common_words


@pytest.mark.parametrize(
    ("domain", "texts", "expected"),
    [
        # a name and a trade's word, in an out-of-office that names nothing
        ("pikeledger.example", ["I am away until Monday with no access to email."], "Pike Ledger"),
        ("sandpipermetrics.example", ["Back on the 4th."], "Sandpiper Metrics"),
        ("hollowaycoldchain.example", ["Sorry, will revert Friday."], "Holloway Cold Chain"),
        ("ravensteinlogistiek.example", ["Ik ben afwezig tot maandag."], "Ravenstein Logistiek"),
        # two words joined by "and" are "&"
        ("thistleandoak.example", ["Ta, speak soon"], "Thistle & Oak"),
        ("copperandsage.example", ["Merci, à bientôt"], "Copper & Sage"),
        # a trade's word leading the name, as the mail writes its accents
        ("bodegasmirador.example", ["Saludos desde Mirádor"], "Bodegas Mirádor"),
        ("ateliersauveterre.example", [], "Atelier Sauveterre"),
        # an abbreviation spelled out where the mail speaks of it
        (
            "pinecrestbh.example",
            ["Clearance is required for behavioral health settings."],
            "Pinecrest Behavioral Health",
        ),
        ("marrowbyins.example", ["Welcome to the Marrowby claims team"], "Marrowby Insurance"),
        # or writes the abbreviated word right after the name's own last word
        (
            "willowbankmusicfdn.example",
            ["Gifts to the music foundation are tax-deductible."],
            "Willowbank Music Foundation",
        ),
    ],
)
def test_label_split_into_the_words_a_person_writes(domain, texts, expected):
    assert title_from_domain(domain, texts) == expected


@pytest.mark.parametrize(
    ("domain", "texts", "expected"),
    [
        # a coined name of two common words stays one word
        ("brightloaf.example", ["See you Tuesday"], "Brightloaf"),
        ("kitebase.example", [], "Kitebase"),
        ("lanternfish.example", [], "Lanternfish"),
        # a name ending in "and" letters is no "&": "Highlandpark", "Rowlandson"
        ("highlandpark.example", [], "Highlandpark"),
        # an abbreviation's letters that end a surname, the mail never speaking of it
        ("hutchins.example", ["Thanks, talk soon"], "Hutchins"),
        ("pemberhutchins.example", ["Thanks, talk soon"], "Pemberhutchins"),
        # one word of an abbreviation's written anywhere is no evidence of it
        ("brightfin.example", ["Please send it to the finance team."], "Brightfin"),
        ("stonecapsec.example", ["We cannot share that for security reasons."], "Stonecapsec"),
        ("harlowmed.example", ["The medical centre is on the left."], "Harlowmed"),
        (
            "oakhurstlibraryfdn.example",
            ["Support the foundation this winter."],
            "Oakhurstlibraryfdn",
        ),
        # a whole common word is not cut at a trade's word
        ("fireworks.example", [], "Fireworks"),
        # a word the mail writes whole is never split inside
        ("saltwaterhealth.example", ["Saltwater Health is hiring"], "Saltwater Health"),
        ("tidemark.example", ["greetings from Tidemark"], "Tidemark"),
    ],
)
def test_label_left_whole_where_no_split_is_plain(domain, texts, expected):
    assert title_from_domain(domain, texts) == expected


def test_addresses_in_the_mail_do_not_count_as_written_words():
    # "pikeledger" in an address is the domain itself, not the mail writing the name whole
    texts = ["If urgent, write to hiring@pikeledger.example or https://pikeledger.example/jobs"]
    assert title_from_domain("pikeledger.example", texts) == "Pike Ledger"


def test_shipped_word_list_loads():
    words = common_words()
    assert {"quarry", "finch", "ledger", "fern"} <= words
    assert "pikeledger" not in words
