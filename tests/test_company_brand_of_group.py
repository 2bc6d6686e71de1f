"""classify(): the brand that hires where the mail says it is part of the group found.

A school of a trust, a shop of a retail group, a hotel of a chain: "Thornfield Academy | part
of Riverbend Learning Trust". Worded afresh in five languages; counter-cases keep the group
where no brand stands before the words ("proud member of the X Network", "por parte de X",
a sentence that says "we are part of X").
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.parentof import brand_of
from classifymail import company, mail

mail = functools.partial(mail, message_id="<brand@x.example>")

_ASK = "We would like to invite you to an interview on Tuesday 17 November 2026 at 10:00."


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Laura Pym <laura.pym@marlowgroup.example>",
            "Dear Sam,\n\nThank you for applying for the Store Manager role at Fernleaf Home, "
            f"part of Marlow Group. {_ASK}\n\nLaura Pym\nRecruitment Partner\nMarlow Group\n",
            "Fernleaf Home",
        ),
        (
            "Bev Haines <b.haines@thornley.bcat.example>",
            f"Dear Sam,\n\n{_ASK}\n\nBev Haines\nSchool Business Manager\nThornley Primary "
            "School | part of Brookside Community Academy Trust\n",
            "Thornley Primary School",
        ),
        (
            "Anja Roth <a.roth@seeblick-gruppe.example>",
            "Hallo Sam,\n\nwir laden Sie am Dienstag, 17. November 2026, um 10:00 Uhr zu einem "
            "Gespräch ein.\n\nAnja Roth\nPersonal\nHotel Aurora – ein Unternehmen der Seeblick "
            "Gruppe\n",
            "Hotel Aurora",
        ),
        (
            "Kees Smit <k.smit@vandijkgroep.example>",
            "Beste Sam,\n\nWe nodigen je uit voor een gesprek op dinsdag 17 november om 10.00 "
            "uur.\n\nKees Smit\nBakkerij Dekker, onderdeel van Van Dijk Groep\n",
            "Bakkerij Dekker",
        ),
        (
            "Lucie Morel <l.morel@groupe-astrelle.example>",
            "Bonjour Sam,\n\nNous souhaitons vous rencontrer le mardi 17 novembre à 10h.\n\n"
            "Lucie Morel\nLibrairie Papyrus, une filiale du groupe Astrelle\n",
            "Librairie Papyrus",
        ),
    ],
)
def test_the_brand_before_its_group(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Interview")) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Leo Park <leo.park@quillon.example>",
            f"Hi Sam,\n\nThanks for applying to Quillon. {_ASK}\n\nLeo Park\nHead of Design\n"
            "Quillon, proud member of the Tech Nation Network\n",
            "Quillon",
        ),
        (
            "Javier Ortega <j.ortega@solera.example>",
            "Hola Sam,\n\nTe confirmamos la entrevista el martes 17 de noviembre a las 10:00. "
            "Por parte de Solera Energía participarán Javier Ortega y Ana Ruiz.\n\nJavier\n",
            "Solera Energía",
        ),
        (
            "Ruth Kane <ruth.kane@larchfield.example>",
            "Hi Sam,\n\nThanks for applying to Larchfield Care. We are part of Larchfield Care "
            f"Group. {_ASK}\n\nRuth\n",
            "Larchfield Care",
        ),
    ],
)
def test_no_brand_before_the_words_keeps_the_name(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Interview")) == want


def test_brand_of() -> None:
    assert brand_of("Marlow Group", ["Fernleaf Home (part of the Marlow Group)"]) == (
        "Fernleaf Home"
    )
    assert brand_of("Marlow Group", ["we are proud to be part of Marlow Group"]) is None
    assert brand_of("Marlow Group", ["Fernleaf Home, part of Marlow Retail"]) is None
