"""classify(): the employer's name where it is a public body's, a foundation's or a trade's.

A body's type word is part of its name ("Gemeente Ooststein", "City of Harbor Point",
"Hoogheemraadschap van X", "Comune di X"); a careers site's wording ("Werken bij X",
"Careers at X") is not. Worded afresh, in other sectors and languages than the dev sets,
with counter-cases.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<pb@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Dolores Whitlock <dwhitlock@brackwater.example>",
            "Interview - Planning Technician",
            "Dear Sam,\n\nWe would like to invite you to interview for the Planning Technician "
            "position on Thursday, November 12, 2026 at 2:00 PM in Room 204.\n\nRegards,\n"
            "Dolores Whitlock\nHuman Resources | City of Brackwater\n",
            "City of Brackwater",
        ),
        (
            "Pieter de Graaf <p.degraaf@rijnzicht.example>",
            "Uitnodiging gesprek beleidsmedewerker",
            "Beste Sam,\n\nGraag nodigen we je uit voor een gesprek op woensdag 18 november "
            "2026 om 10.00 uur.\n\nMet vriendelijke groet,\nPieter de Graaf\n"
            "Adviseur HRM\nHoogheemraadschap van Rijnzicht\n",
            "Hoogheemraadschap van Rijnzicht",
        ),
        (
            "Gaëlle Roussin <g.roussin@montclaire.example>",
            "Entretien - agent d'accueil",
            "Bonjour Sam,\n\nNous avons le plaisir de vous convier à un entretien le mardi 17 "
            "novembre 2026 à 9h30 à l'hôtel de ville.\n\nCordialement,\nGaëlle Roussin\n"
            "Service des ressources humaines\nVille de Montclaire\n",
            "Ville de Montclaire",
        ),
        (
            "Ruth Amsler <ruth.amsler@aarwil.example>",
            "Einladung zum Vorstellungsgespräch",
            "Guten Tag\n\nGerne laden wir Sie am Montag, 16. November 2026, um 14:00 Uhr zu "
            "einem Gespräch ein.\n\nFreundliche Grüsse\nRuth Amsler\nPersonalamt\n"
            "Kanton Aarwil\n",
            "Kanton Aarwil",
        ),
        (
            "Mirthe Claes <mirthe.claes@lindemond.example>",
            "Jouw sollicitatie als monteur",
            "Dag Sam,\n\nBedankt voor je sollicitatie. We plannen graag een gesprek in op "
            "donderdag 19 november om 13u30.\n\nGroeten,\nMirthe Claes\nHR-adviseur\n"
            "Waterbedrijf Lindemond\n",
            "Waterbedrijf Lindemond",
        ),
    ],
)
def test_a_bodys_type_word_is_part_of_its_name(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Werken bij Provincie Duinmark <noreply@werkenbijduinmark.example>",
            "Beste Sam,\n\nWe hebben je sollicitatie voor de functie Jurist Omgevingsrecht "
            "ontvangen. Binnen twee weken hoor je van ons.\n\nTeam Recruitment\n",
            "Provincie Duinmark",
        ),
        (
            "Careers at Lindqvist Marine <careers@lindqvist-careers.example>",
            "Hi Sam,\n\nThanks for applying for the Deck Officer role. We have received your "
            "application and will review it shortly.\n\nThe Recruiting Team\n",
            "Lindqvist Marine",
        ),
        (
            "Jobs bei Stadt Kirchhain <bewerbung@jobs-kirchhain.example>",
            "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Bewerbung als "
            "Verwaltungsfachangestellte. Wir haben Ihre Unterlagen erhalten.\n\nIhr Personalamt\n",
            "Stadt Kirchhain",
        ),
    ],
)
def test_a_careers_sites_wording_is_no_part_of_the_name(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Your application")) == want
