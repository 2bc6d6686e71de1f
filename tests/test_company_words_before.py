"""classify(): a shared portal whose display names only a national service ("NHS Careers
Portal", "NHS Jobs", "HSE Careers") writes for one body the text names in full with
words before that kind ("Ashby Moor NHS Foundation Trust"): the full name is the employer,
not its tail ("NHS Foundation Trust"), unless the text also writes the tail alone.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<wb@x.example>")


def company(**kw: str) -> str | None:
    return classify(parse_message(mail(**kw)), me=(ME,)).company


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            '"NHS Careers Portal" <donotreply@healthcareers-hub.example>',
            "Dear Sam,\n\nThank you for submitting your application for:\n\nHealthcare "
            "Assistant - Ward 4\nKelder Vale NHS Foundation Trust\nReference: 212-KV-0931\n\n"
            "You will be notified of the outcome of shortlisting.\n\nKind regards,\n"
            "Kelder Vale NHS Foundation Trust\n",
            "Kelder Vale NHS Foundation Trust",
        ),
        (
            '"NHS Jobs" <no-reply@nhs-jobsportal.example>',
            "Dear Sam,\n\nYour application for Band 5 Physiotherapist has been received by\n"
            "Harrowdene Community NHS Trust.\n\nShortlisting takes place after the closing "
            "date.\n\nRecruitment Team\nHarrowdene Community NHS Trust\n",
            "Harrowdene Community NHS Trust",
        ),
        (
            '"HSE Careers" <noreply@hse-careers-hub.example>',
            "Dear Sam,\n\nThank you for applying for the Staff Nurse post.\n\n"
            "South Lough HSE Community Services\nApplication reference: 55-103\n\nWe will be "
            "in touch after shortlisting.\n\nSouth Lough HSE Community Services\n",
            "South Lough HSE Community Services",
        ),
    ],
)
def test_the_body_named_in_full_is_the_employer(frm: str, body: str, want: str) -> None:
    assert company(body=body, frm=frm, subject="Application received") == want
