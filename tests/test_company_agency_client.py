"""classify(): an agency's client named where the go-between says it took the candidate's
CV or profile there, or spoke of them ("discussed your CV with X", "client X has
shortlisted", "je cv besproken met X", "Ihr Profil bei X vorgestellt", "enviado tu perfil a
X"); an agency signing "<its name> Staffing Services" is an agency. Worded afresh, with
counter-cases where the words run on past the name.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.agency import named_client
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<ac@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Tom Reyes <tom@reyes-talent.example>",
            "Hi Sam,\n\nQuick one: I've shared your CV with Pellmore Foods this morning and "
            "they would like to meet you on Thursday 19 November 2026 at 10am for the Supply "
            "Planner role. Does that work?\n\nTom Reyes\nReyes Talent\n",
            "Pellmore Foods",
        ),
        (
            "Anouk de Wit <anouk@flexwerving.example>",
            "Hoi Sam,\n\nIk heb je profiel vandaag voorgesteld bij Stichting Duinzorg en ze "
            "willen je uitnodigen voor een sollicitatiegesprek op dinsdag 17 november om 14.00 "
            "uur.\n\n"
            "Groet,\nAnouk de Wit\nFlexwerving\n",
            "Stichting Duinzorg",
        ),
        (
            "Priya Nair <priya.n@talentbridge.example>",
            "Dear Sam,\n\nGreetings! Client Kaveri Motors has shortlisted your profile for "
            "the Plant Controller position. Kindly share your updated CV and notice period "
            "by EOD.\n\nRegards,\nPriya Nair\nTalentbridge Staffing Services\n",
            "Kaveri Motors",
        ),
    ],
)
def test_the_firm_a_go_between_took_the_cv_to_is_the_employer(
    frm: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject="Next steps")) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ich habe Ihr Profil gestern bei der Kessler Antriebe vorgestellt.", "Kessler Antriebe"),
        ("He enviado tu perfil a Conservas Albora esta mañana.", "Conservas Albora"),
        ("J'ai présenté votre candidature à Vignobles Marchand hier.", "Vignobles Marchand"),
        ("I've submitted your profile to Brindle's hiring manager.", "Brindle"),
        ("I had a debrief with Halloway and I think it went well.", "Halloway"),
        ("Thanks for sending your CV over, Sam.", None),
    ],
)
def test_the_name_after_words_of_taking_the_cv(text: str, want: str | None) -> None:
    assert named_client(text) == want
