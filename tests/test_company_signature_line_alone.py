"""classify(): the employer a signature names alone on its last lines, where the domain is
an abbreviation the mail never spells out ("nwamb", "uhcw", "aytosanvalero").

Worded afresh for public bodies, hospitals, universities and small firms in five languages,
with lines that are no employer's name (a desk, an office's town, a programme, a member's
badge, a school within the university) as counter-cases.
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.signedbody import lone_name, signature_names
from classifymail import company, mail

mail = functools.partial(mail, message_id="<sig-line@x.example>")

_ASK = "We would like to invite you to an interview on Tuesday 17 November 2026 at 10:30."


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Harriet Vance <h.vance@nwamb.example>",
            "Interview invitation - Emergency Call Handler",
            f"Dear Sam,\n\nThank you for applying. {_ASK}\n\nKind regards,\n\nHarriet Vance\n"
            "Recruitment Officer\nNorth West Ambulance Service\n",
            "North West Ambulance Service",
        ),
        (
            "Priya Shah <priya.shah@kcl-med.example>",
            "Research Assistant interview",
            f"Dear Sam,\n\n{_ASK}\n\nBest,\nPriya Shah\nLab Manager\n"
            "Kingsbridge College of Medicine\n",
            "Kingsbridge College of Medicine",
        ),
        (
            "Lucía Pérez <lperez@aytosanvalero.example>",
            "Entrevista - Auxiliar administrativo",
            "Estimada Sam:\n\nLe convocamos a una entrevista el martes 17 de noviembre a las "
            "11:00.\n\nAtentamente,\nLucía Pérez\nRecursos Humanos\nAyuntamiento de San Valero\n",
            "Ayuntamiento de San Valero",
        ),
        (
            "Corinne Frei <c.frei@tg-verw.example>",
            "Einladung zum Vorstellungsgespräch",
            "Guten Tag\n\nGerne laden wir Sie am Montag, 16. November 2026, um 14:00 Uhr zu "
            "einem Gespräch ein.\n\nFreundliche Grüsse\nCorinne Frei\n\nKanton Glarwil\n"
            "Personalamt\nVerwaltungsgebäude, Promenade, 8510 Glarwil\nT +41 58 345 61 28\n",
            "Kanton Glarwil",
        ),
        (
            "Katrin Oltmanns <k.oltmanns@th-wsued.example>",
            "Ihre Bewerbung",
            "Sehr geehrte Frau Sam,\n\nwir laden Sie am Mittwoch, 18. November 2026, um 10:00 "
            "Uhr zu einem Gespräch ein.\n\nMit freundlichen Grüßen\nKatrin Oltmanns\n"
            "Dezernat 3 – Personal\nTechnische Hochschule Wesertal-Süd\nTel. +49 591 555-2310\n",
            "Technische Hochschule Wesertal-Süd",
        ),
        (
            "Ruud Wijnands <r.wijnands@uvdelft-noord.example>",
            "Uitnodiging gesprek",
            "Beste Sam,\n\nGraag nodigen we je uit voor een gesprek op dinsdag 17 november om "
            "14.00 uur.\n\nMet vriendelijke groet,\nRuud Wijnands\nHR-adviseur Faculteit "
            "Bouwkunde\nUniversiteit van Delftmeer\n",
            "Universiteit van Delftmeer",
        ),
        (
            "Claire Dubois <claire.dubois@bqmt-asia.example>",
            "Entretien - analyste conformité",
            "Bonjour Sam,\n\nNous souhaitons vous rencontrer le mardi 17 novembre à 10h.\n\n"
            "Cordialement,\nClaire Dubois\nRessources Humaines - Asie-Pacifique\n"
            "Banque Montclair (Singapore Branch)\n",
            "Banque Montclair",
        ),
        (
            "Dee Malone <dee@obk.example>",
            "trial shift",
            "Hi Sam, can you come in for a trial shift Saturday 21 November at 6pm? Ask for Dee "
            "at the bar.\n\nDee Malone\nDuty Manager\nO'Brien's Bar & Kitchen\n",
            "O'Brien's Bar & Kitchen",
        ),
    ],
)
def test_a_signatures_line_names_the_employer_its_domain_abbreviates(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        # a line of the office's town, a programme or a badge is no employer: the text's
        (
            "Anna Kovacs <anna.kovacs@brightfield.example>",
            "Hi Sam,\n\nThanks for applying to Brightfield. Could you do an interview on "
            "Thursday 19 November at 3pm?\n\nThanks,\nAnna Kovacs\nPeople Partner\nLondon Office\n",
            "Brightfield",
        ),
        (
            "Tom Reed <tom.reed@harbourgate.example>",
            "Hi Sam,\n\nWe'd love to invite you to a second interview at Harbourgate on Monday "
            "16 November at 10am.\n\nTom Reed\nEngineering Manager\nSchool Partnerships "
            "Programme\n",
            "Harbourgate",
        ),
        (
            "Leo Park <leo.park@quillon.example>",
            "Hi Sam,\n\nCan you make Wednesday 18 November at 4pm for an interview with the "
            "Quillon team?\n\nLeo\n\nLeo Park\nHead of Design\nProud Member of the Tech Nation "
            "Network\n",
            "Quillon",
        ),
        # a school within the university: the university's line below it names the employer
        (
            "Rosa Lind <rosa.lind@nmu.example>",
            f"Dear Sam,\n\n{_ASK}\n\nRegards,\nRosa Lind\nSchool of Chemistry\n"
            "Northmere University\n",
            "Northmere University",
        ),
        # the domain spells the name the text uses: a parent's line below does not replace it
        (
            "Jo Hart <jo.hart@fernleafhome.example>",
            f"Hi Sam,\n\nThanks for applying to Fernleaf Home. {_ASK}\n\nJo Hart\n"
            "Store Manager, Fernleaf Home\nMarlow Retail Group\n",
            "Fernleaf Home",
        ),
    ],
)
def test_lines_that_name_no_employer_or_another_leave_it(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Interview")) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Human Resources", None),
        ("Senior Recruiter", None),
        ("Leeds", None),
        ("Thanks again for your time today", None),
        ("Personalamt", None),
        ("Gemeente Oosterwold", "Gemeente Oosterwold"),
        ("Librería Los Tilos S.L.", "Librería Los Tilos"),
        ("Volksbank Ostheide eG", "Volksbank Ostheide"),
        ("Part of the Tech Nation Network", None),
    ],
)
def test_lone_name(line: str, want: str | None) -> None:
    assert lone_name(line) == want


def test_a_lines_parts_and_a_name_alone_lowest_first() -> None:
    signature = "Marta Ruiz\nCamarera\nBar Pepe, Sevilla\nGrupo Hostelero Sur"
    assert signature_names(signature)[:2] == ["Grupo Hostelero Sur", "Bar Pepe"]
