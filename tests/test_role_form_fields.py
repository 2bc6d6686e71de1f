"""A form's field names the job: "Role:", "Position applied for:", "Job Requisition:",
"Post:", "Title:", a bulleted one, or a question the form asks ("Which role are you
applying for?"). The value runs to the line's end with its speciality after a comma, but not
into the next field when lines were run together, and not past a code before it. "Title:"
and "Post:" also head calendar entries and talks, so their value must name a job; a bare
requisition number is no title; a letter's "Post:" goes on with the service after a comma,
and a unit ("Office of Legal Affairs", "- Public Health Division") is where the post sits.
"""

from __future__ import annotations

import pytest

from afterview.understand.role.title import find_role


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Thanks for your time.\n\nRole: Site Reliability Engineer, Payments\n",
            "Site Reliability Engineer, Payments",
        ),
        ("Summary of your submission\n  • Role: Bakery Team Leader\n", "Bakery Team Leader"),
        (
            "Position applied for: Junior Quantity Surveyor\nNotice: 1 month\n",
            "Junior Quantity Surveyor",
        ),
        (
            "Job Requisition: R-55120 Warehouse Shift Supervisor - Cold Store\n",
            "Warehouse Shift Supervisor - Cold Store",
        ),
        (
            "Post: Housing Officer, Tenancy Services - Brookfield Council (ref HO-118)\n",
            "Housing Officer",
        ),
        ("    Title:       Staff Pharmacist, Oncology\n", "Staff Pharmacist, Oncology"),
        (
            "Which role are you applying for?\nPayroll Administrator (part time)\n",
            "Payroll Administrator",
        ),
        ("Position: Legal Officer (P-4), Office of the Registrar\n", "Legal Officer"),
        ("Position:    Dental Nurse - Community Dental Division\n", "Dental Nurse"),
        (
            "Job Requisition: R-118 Stock Controller Interview Type: Onsite\n",
            "Stock Controller",
        ),
        ("Position applied for: Kitchen Porter Current notice period: 2 weeks\n", "Kitchen Porter"),
    ],
)
def test_a_form_field_names_the_job(text: str, title: str) -> None:
    assert find_role([text], "", None) == title


@pytest.mark.parametrize(
    "text",
    [
        "Event details\nTitle: Quarterly planning with Jordan\nWhen: Tuesday\n",
        'Seminar\n   Title: "Where will machine learning take ecology?"\n',
        "Your submission\n    Requisition: 26-0977\n    Submitted: 11/03/2026\n",
        "Post: 14 Harbour Street, Leith\n",
    ],
)
def test_a_field_without_a_job_names_no_role(text: str) -> None:
    assert find_role([text], "", None) is None
