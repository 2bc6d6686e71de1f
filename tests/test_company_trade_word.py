"""A name from the domain lengthened by the one trade's word a line of the mail writes after it.

The domain gives "orrery" while the signature writes "Recruiting Coordinator, Orrery
Technologies": a person names the employer as that line does. Only one trade's word counts,
and only where the part of the line ends with it as written: a corporate tail ("Group",
"Holdings") is no part of the name a person uses, a registered name ("... Software Ltd") is the
legal entity the firm shortens in its own text, and a trade's word that opens a desk ("Legal
Recruitment") is the desk's. Worded afresh in English, Spanish, German and Dutch, in several
sectors.
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.letterhead import letterhead_name, named_by_trade
from classifymail import company as company_of
from classifymail import mail

mail = functools.partial(mail, message_id="<tw@x.example>", subject="Your application")


def company(body: str, frm: str, subject: str = "Your application") -> str | None:
    return company_of(mail(body, frm=frm, subject=subject))


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            # a title, then the firm with its trade's word, in the signature
            "Hattie Braun <hattie.braun@tealwood.example>",
            "Hi Sam,\n\nThanks for your time on the phone. Could you do a video interview "
            "with our claims lead on Thursday at 2pm?\n\nBest,\nHattie Braun\n"
            "Talent Partner, Tealwood Insurance\n",
            "Tealwood Insurance",
        ),
        (
            # Spanish, a trade's word written with its accent ("Logística")
            "Andrés Pardo <apardo@marvento.example>",
            "Hola Sam,\n\ngracias por tu candidatura para el puesto de jefe de almacén. "
            "¿Podrías venir a una entrevista el martes a las 10:00?\n\nSaludos,\n"
            "Andrés Pardo\nDirector de Operaciones – Marvento Logística\n",
            "Marvento Logística",
        ),
        (
            # German, a line of its own under the writer's name
            "Jonas Keller <j.keller@falkenau.example>",
            "Guten Tag Sam,\n\nvielen Dank für Ihre Bewerbung als Aktuar. Wir möchten Sie "
            "gern zu einem Gespräch einladen. Passt Ihnen Mittwoch um 11 Uhr?\n\n"
            "Freundliche Grüße\nJonas Keller\nFalkenau Versicherungen\n",
            "Falkenau Versicherungen",
        ),
        (
            # Dutch, after a "|" beside the writer's title
            "Eva de Boer <eva.deboer@zilverhaven.example>",
            "Hoi Sam,\n\nbedankt voor je sollicitatie als data-analist. Heb je donderdag om "
            "14:00 tijd voor een eerste gesprek?\n\nGroet,\nEva de Boer\n"
            "Recruiter | Zilverhaven Analytics\n",
            "Zilverhaven Analytics",
        ),
    ],
)
def test_the_trade_word_a_line_writes_after_the_domain_name_is_part_of_it(
    frm: str, body: str, want: str
) -> None:
    assert company(body, frm) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            # the registered name in a footer; the firm's own text names it short
            "Brambleway Careers <careers@brambleway.example>",
            "Hi Sam,\n\nThanks for applying to Brambleway! We'd love to set up a first call "
            "with our hiring manager next week.\n\nThe Brambleway team\n\n"
            "Brambleway Software Ltd · 4 Quay Street, Galway\n",
            "Brambleway",
        ),
    ],
)
def test_a_registered_name_does_not_lengthen_the_name(frm: str, body: str, want: str) -> None:
    assert company(body, frm) == want


def test_a_corporate_tail_a_desk_or_two_more_words_are_not_added() -> None:
    # "Group" is the holding's word people leave out; two words more are a desk or a branch
    assert letterhead_name("Kittiwake", "kittiwake", "", [["Kittiwake Group"]]) is None
    assert letterhead_name("Kittiwake", "kittiwake", "", [["Kittiwake Retail Systems"]]) is None
    # a desk whose first word is a trade's: "Legal Recruitment" is the desk's
    assert letterhead_name("Kittiwake", "kittiwake", "", [["Kittiwake Legal Recruitment"]]) is None
    assert letterhead_name("Kittiwake", "kittiwake", "", [["Kittiwake Systems"]]) == (
        "Kittiwake Systems"
    )


def test_a_person_read_from_the_firm_and_its_trade_is_the_firm() -> None:
    assert named_by_trade("Orrery Technologies", "Orrery")
    assert named_by_trade("Marvento Logística", "Marvento")
    assert not named_by_trade("Orrery Group", "Orrery")  # a corporate tail
    assert not named_by_trade("Tate Whitfield", "Tate")  # a person's surname
    assert not named_by_trade("Orrery Technologies", "Tealwood")
