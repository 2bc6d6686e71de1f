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


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Dana Whitfield <dwhitfield@pinecrestcounty.example>",
            "Dear Sam,\n\nYou are invited to an oral board interview for Civil Engineer II on "
            "Wednesday, November 18, 2026 at 9:00 a.m.\n\nSincerely,\nDana Whitfield\n"
            "HR Generalist\nPinecrest County Department of Public Works\n",
            "Pinecrest County",
        ),
        (
            "Luis Ocampo <locampo@harlancounty.example>",
            "Hello Sam,\n\nThank you for interviewing with us. We have decided to move forward "
            "with another candidate for the Park Ranger position.\n\nLuis Ocampo\n"
            "Harlan County Parks Division\n",
            "Harlan County",
        ),
        (
            "Fiona Doyle <fiona.doyle@kilbridecounty.example>",
            "Dear Sam,\n\nThank you for your application for the post of Housing Officer. We "
            "would like to invite you to interview on Monday 16 November 2026 at 11:00.\n\n"
            "Kind regards,\nFiona Doyle\nHR Department\nKilbride County Council\n",
            "Kilbride County Council",
        ),
    ],
)
def test_a_desk_after_a_countys_name_is_no_part_of_it(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Interview")) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Marcy Lindahl <mlindahl@elmharborny.example>",
            "Dear Sam,\n\nThank you for applying for the Deputy Clerk position with the Village "
            "of Elm Harbor. Interviews will be held Tuesday, November 17, 2026 at 3:00 p.m. at "
            "Village Hall.\n\nMarcy Lindahl\nVillage Administrator\nVillage of Elm Harbor\n",
            "Village of Elm Harbor",
        ),
        (
            "Personnel <personnel@cedarbluffia.example>",
            "Dear applicant,\n\nThis confirms we received your application for Water Plant "
            "Operator. The City of Cedar Bluff will contact qualified applicants.\n\n"
            "Personnel Department\nCity of Cedar Bluff\n",
            "City of Cedar Bluff",
        ),
    ],
)
def test_a_towns_domain_may_add_its_states_code(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Your application")) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Imogen Hale <imogen.hale@tarnwick.example>",
            "Dear Sam,\n\nI am delighted to offer you the position of Lead Engineer, Cloud "
            "Security at Tarnwick Systems Ltd., London. Please confirm by 20 November 2026.\n\n"
            "Kind regards,\nImogen Hale\nPeople Partner\nTarnwick Systems Ltd.\n",
            "Tarnwick Systems",
        ),
        (
            "Jonas Reiter <j.reiter@kronfeld.example>",
            "Hallo Sam,\n\nwir freuen uns, Ihnen die Stelle als Teamleitung, Digital Media bei "
            "Kronfeld Logistik GmbH anzubieten. Bitte geben Sie uns bis 20. November 2026 "
            "Bescheid.\n\n"
            "Viele Grüße\nJonas Reiter\nKronfeld Logistik GmbH\n",
            "Kronfeld Logistik",
        ),
        (
            "Claire Maubert <c.maubert@maubert.example>",
            "Bonjour Sam,\n\nNous avons le plaisir de vous proposer le poste de Responsable, "
            "Marketing Digital chez Maubert Transports SAS, à Rennes. Merci de nous répondre "
            "avant le 20 novembre 2026.\n\nBien cordialement,\nClaire Maubert\n"
            "Maubert Transports SAS\n",
            "Maubert Transports",
        ),
    ],
)
def test_a_desk_or_job_before_at_the_company_is_no_part_of_it(
    frm: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject="Your offer")) == want
