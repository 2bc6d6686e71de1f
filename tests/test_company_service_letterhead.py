"""classify(): a service writing as itself for an employer whose name heads or closes the mail.

An applicant tracking service signs its notices with its own display name ("CareerTrac
<no-reply@careertrac.example>"), while the notice opens or ends with the employer's name on a
line of its own, as a letterhead: "South Wessex Partnership NHS Foundation Trust" above
"Dear Niamh", or under "Recruitment Services". A person names that body, not the service.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<sl@x.example>")


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "CareerTrac <no-reply@careertrac.example>",
            "Harbourside Community NHS Trust\n\nDear Sam\n\nJob reference: 212-HCT-0441\n\n"
            "Thank you for your application for the post of Staff Nurse. I regret to inform "
            "you that on this occasion you have not been shortlisted for interview.\n\n"
            "Recruitment Services\nHarbourside Community NHS Trust\n",
            "Harbourside Community NHS Trust",
        ),
        (
            "Jobtrack <noreply@jobtrack.example>",
            "Dear Sam\n\nThank you for applying for the role of Planning Officer. After careful "
            "consideration we regret that your application has not been successful on this "
            "occasion.\n\nHR Team\nWestmoor District Council\n",
            "Westmoor District Council",
        ),
        (
            "Bewerbungsportal <noreply@bewerbungsportal.example>",
            "Stadtwerke Lindenau GmbH\n\nSehr geehrte Frau Reyes,\n\nvielen Dank für Ihre "
            "Bewerbung als Netzplanerin. Leider müssen wir Ihnen mitteilen, dass wir uns für "
            "andere Bewerberinnen entschieden haben.\n\nMit freundlichen Grüßen\n"
            "Personalabteilung\n",
            "Stadtwerke Lindenau",
        ),
    ],
)
def test_the_employer_heading_a_services_notice_is_named(frm, body, want):
    assert company(mail(body, frm=frm, subject="Application update")) == want
