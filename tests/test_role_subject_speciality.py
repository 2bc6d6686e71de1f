"""A subject segment names the job even when its last word is no job noun: the speciality
follows the noun after a comma, in brackets or as a field ("Backend Engineer, Detection",
"Postdoc Küstenhydrologie"), or the noun is one that says too little alone to make mail about
a job ("Physiotherapist", "Barista"). The step of the process, a code or a person is no title."""

from __future__ import annotations

import pytest

from afterview.understand.role.title import find_role


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        (
            "RE: Site Reliability Engineer, Storage - a quick update",
            "Site Reliability Engineer, Storage",
        ),
        ("Interview confirmed: Account Manager, Public Sector", "Account Manager, Public Sector"),
        ("Einladung – Servicetechniker Kältetechnik", "Servicetechniker Kältetechnik"),
        ("Re: Vorgespräch Postdoc Meeresbiologie", "Postdoc Meeresbiologie"),
        ("Uitnodiging: Adviseur Bodemsanering", "Adviseur Bodemsanering"),
        ("Application received: Mobile Barista", "Mobile Barista"),
        ("Proceso Técnico de Laboratorio Senior - documentación", "Técnico de Laboratorio Senior"),
        (
            "Your interview - Senior Pharmacist, Oncology Services",
            "Senior Pharmacist, Oncology Services",
        ),
        ("Outcome - Lecturer in Marine Geology", "Lecturer in Marine Geology"),
        (
            "Ruf auf die W3-Professur für Angewandte Geophysik",
            "W3-Professur für Angewandte Geophysik",
        ),
    ],
)
def test_a_subject_segment_with_its_speciality_is_the_title(
    subject: str, title: str | None
) -> None:
    found = find_role([], subject, None)
    if title is None:
        assert found is None or "Proceso" not in found
    else:
        assert found == title


@pytest.mark.parametrize(
    "subject",
    [
        "Data Engineer Interview - Thursday",  # the step after the noun is no speciality
        "Re: Support Engineer L2 update",
        "Junior Analyst Feedback",
        "Warehouse Operative Questions",
        "Interview - UX Research Lead (G. Okafor)",  # a person in brackets
        "Busqueda Analista Cuentas a Pagar",  # a run cut short by a lower-case word
    ],
)
def test_process_words_people_and_cut_runs_are_no_speciality(subject: str) -> None:
    assert find_role([], subject, None) is None


@pytest.mark.parametrize(
    "subject",
    [
        "Quarterly board meeting - Head Office",
        "Town hall / Head Office",
        "Budget review: Head Count 2027",
    ],
)
def test_head_without_its_field_is_no_title(subject: str) -> None:
    """ "Head" is a title's noun only with "of ..." or a job noun after it ("Head Chef")."""
    assert find_role([], subject, None) is None


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Interview: Head of Operations", "Head of Operations"),
        ("Trial shift - Head Chef", "Head Chef"),
    ],
)
def test_head_with_its_field_is_a_title(subject: str, title: str) -> None:
    assert find_role([], subject, None) == title


def test_a_code_before_the_title_is_left_out() -> None:
    assert find_role([], "Shortlisted: R-77120 Clinical Coordinator, Renal", None) == (
        "Clinical Coordinator, Renal"
    )
    assert find_role([], "Campaign NW-OT-31 Senior Porter – Outcome", None) == "Senior Porter"


def test_the_company_after_a_comma_is_no_speciality() -> None:
    found = find_role([], "Offer - Regional Sales Manager, Brightwell Foods", "Brightwell Foods")
    assert found == "Regional Sales Manager"
