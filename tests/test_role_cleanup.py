"""The role a draft names is the job title alone: what follows a title in recruiting mail and
is no part of it is left out - a reference or posting code in brackets, after a dash or a
comma, or before the title; the contract, the hours or remote work in brackets; a bracket the
sentence cut open; the words that go on to the candidate ("und Ihr Interesse"). A bracket that
names the speciality ("(Payments)", "(Nights)") and a dash that goes on with one ("–
Underground Loaders") stay.
"""

from __future__ import annotations

import pytest

from afterview.understand.role.title import find_role


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "We have received your application for the position of Protection Engineer "
            "(Req. KPN-2291).",
            "Protection Engineer",
        ),
        (
            "Thank you for applying for the position of Vice President, Corporate Finance "
            "(Req. #2026-1147) at Maritime Inc.",
            "Vice President, Corporate Finance",
        ),
        (
            "Votre candidature au poste de Analyste principal(e) de données (affichage "
            "HQ-2026-0871) a bien été reçue.",
            "Analyste principal(e) de données",
        ),
        (
            "Gracias por tu interés en el puesto de Data Engineer (Madrid / remoto).",
            "Data Engineer",
        ),
        ("Bedankt voor je sollicitatie op de functie Data-analist (32 uur).", "Data-analist"),
        (
            "We are hiring for the role of QA Tester (Fixed Term Contract, 12 months) now.",
            "QA Tester",
        ),
        (
            "Bewerbung als Wissenschaftliche Mitarbeiterin - Kennziffer WT-26-088",
            "Wissenschaftliche Mitarbeiterin",
        ),
        (
            "Vielen Dank für Ihre Bewerbung als Senior Product Designer und Ihr Interesse an uns.",
            "Senior Product Designer",
        ),
        (
            "Thanks for your application for the Senior Paralegal role. Job: R-0048812 Senior "
            "Paralegal",
            "Senior Paralegal",
        ),
    ],
)
def test_what_follows_a_title_is_no_part_of_it(text, title):
    assert find_role([text], "", None) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Your application for the position of Backend Engineer (Payments) is in review.",
            "Backend Engineer (Payments)",
        ),
        (
            "Thank you for applying for the position of Senior Care Assistant (Nights).",
            "Senior Care Assistant (Nights)",
        ),
        (
            "We received your application for the post of Maintenance Engineer – Underground "
            "Loaders.",
            "Maintenance Engineer – Underground Loaders",
        ),
        (
            "Thank you for applying for the position of Senior Analyst, Grid Data.",
            "Senior Analyst, Grid Data",
        ),
    ],
)
def test_a_speciality_after_a_title_stays(text, title):
    assert find_role([text], "", None) == title


@pytest.mark.parametrize(
    "text",
    [
        "Votre candidature pour le poste de Analyste Conformité (CDI, Paris",
        "Tu candidatura al puesto de Cajera (medio tiempo, turno mañana",
    ],
)
def test_a_bracket_cut_open_is_dropped(text):
    title = find_role([text], "", None)
    assert title is not None
    assert "(" not in title
