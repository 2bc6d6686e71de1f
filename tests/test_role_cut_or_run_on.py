"""Role: titles cut to a fragment or run on into the next words.

- a title never runs past a blank line ("Bewerbung als\\n\\n  X (m/w/d)\\n\\nWir möchten ...");
- the next field of an unwrapped form ends the value even when its name is capitalised
  throughout ("Submitted On:", "Closing Date:");
- "Vacante" / "Vacancy" before a title is the word for the post, not part of the title;
- a Romance title after the step or the news that opens a subject segment keeps its words
  ("Candidature Chargé(e) RH", "Entrevista Analista Sr. de Reporting"), but the step's own
  kind is no title ("Entrevista técnica").
"""

from __future__ import annotations

import pytest

from afterview.understand.role.title import find_role


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "vielen Dank für Ihre Bewerbung als\n\n  Lagerlogistiker (m/w/d) – Standort Hamm\n\n"
            "Wir möchten Sie gern kennenlernen.",
            "Lagerlogistiker – Standort Hamm",
        ),
        (
            "Ihre Bewerbung als\n\nFachinformatiker Systemintegration (m/w/d)\n\n"
            "Ihre Unterlagen haben wir erhalten.",
            "Fachinformatiker Systemintegration",
        ),
        (
            "Merci pour votre candidature au poste de\n\nComptable fournisseurs\n\n"
            "Nous reviendrons vers vous.",
            "Comptable fournisseurs",
        ),
    ],
)
def test_a_title_stops_at_a_blank_line(text, title):
    assert find_role([text], "", None) == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Job Requisition: R-0041873 Customer Success Manager, EMEA Submitted On: 11/05/2026",
            "Customer Success Manager, EMEA",
        ),
        ("Position: Warehouse Team Leader Closing Date: 30 November", "Warehouse Team Leader"),
        ("Role: Data Engineer Applied At: 14:02", "Data Engineer"),
    ],
)
def test_the_next_field_ends_a_form_s_value(line, title):
    assert find_role([line], "", None) == title


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Re: Vacante Product Owner - Conectia", "Product Owner"),
        ("Vacancy Site Supervisor | Hallam Build", "Site Supervisor"),
        ("Candidature Chargé(e) RH - quelques précisions", "Chargé(e) RH"),
        ("RE: Candidature Ingénieur(e) Supply Chain – Lena Hartmann", "Ingénieur(e) Supply Chain"),
        (
            "Cancelado: Entrevista Analista Sr. de Reporting Regulatorio",
            "Analista Sr. de Reporting Regulatorio",
        ),
        ("Invitación: Entrevista Jefa de Proyecto Eólico", "Jefa de Proyecto Eólico"),
    ],
)
def test_a_subject_s_title_after_the_step_keeps_its_words(subject, title):
    assert find_role([""], subject, None) == title


@pytest.mark.parametrize(
    "subject",
    [
        "Entrevista técnica - martes 10:00",
        "Entrevista Técnica | confirmación",
        "Entretien technique - jeudi",
    ],
)
def test_the_kind_of_a_step_is_no_title(subject):
    assert find_role([""], subject, None) is None
