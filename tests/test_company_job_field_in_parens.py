"""The field or team a subject writes in parentheses after a job title is no employer.

"Phone Screen - Data Analyst (Claims)", "Entrevista - Ingeniero (Obras Civiles)",
"Gesprek: Monteur (Netbeheer)": the parenthesis says which part of the work the job is in.
A parenthesis after a firm's name ("Cedarline Physio (Harrogate)") is still read as before.
"""

from __future__ import annotations

import pytest

from afterview.understand.company.naming import beside_the_role


@pytest.mark.parametrize(
    ("subject", "field"),
    [
        ("New Event: Jo Marsh - Phone Screen - Data Analyst (Claims)", "Claims"),
        ("Entrevista - Ingeniero de obra (Obras Civiles) - Constructora Valle", "Obras Civiles"),
        ("Interview invitation - Staff Nurse (Cardiology) - Harwick Clinic", "Cardiology"),
    ],
)
def test_the_jobs_field_in_parentheses_is_no_employer(subject, field):
    assert field not in beside_the_role(subject)


def test_a_parenthesis_after_a_firm_still_counts():
    found = beside_the_role("Practice Manager - Cedarline Physio (Harrogate)")
    assert "Cedarline Physio" in found
