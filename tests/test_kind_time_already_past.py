"""A time at or before the moment the mail was sent is no meeting ahead: an applicant
tracker's receipt stamps when the application arrived ("received on 11/03/2026 at 9:52 AM",
"reçue le 3 novembre à 10h00"), and a word such as "scheduled" elsewhere in it books nothing.
Worded afresh for a warehouse, a town hall and a utility, with a real booking that stays one."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "body", "frm", "want"),
    [
        (
            "Application received - Warehouse Supervisor",
            "Dear Sam,\n\nThank you for applying for the Warehouse Supervisor position. Your "
            "application was received on 11/03/2026 at 9:52 AM GMT. Shortlisted applicants may "
            "be invited to an interview; interviews are scheduled for later this month.\n\nHR, "
            "Northgate Logistics",
            "Northgate Logistics <jobs@northgate.example>",
            "application_received",
        ),
        (
            "Candidature reçue",
            "Bonjour Sam,\n\nNous vous remercions pour votre candidature au poste de comptable. "
            "Votre candidature a été reçue le 3 novembre 2026 à 10h00 (heure de Paris) et sera "
            "étudiée ; un entretien pourra être programmé ensuite.\n\nService RH",
            "RH <rh@mairie-exemple.example>",
            "application_received",
        ),
        (
            "Eingangsbestätigung",
            "Guten Tag Sam,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter. Ihre Bewerbung "
            "ist am 03.11.2026 um 09:41 Uhr (MEZ) bei uns eingegangen. Termine für "
            "Vorstellungsgespräche werden gesondert vereinbart.\n\nIhr Recruiting-Team",
            "Stadtwerke Linden <bewerbung@sw-linden.example>",
            "application_received",
        ),
        (
            "Interview confirmed",
            "Hi Sam,\n\nThanks for applying. Your interview is confirmed for Thursday 12 "
            "November at 10:00 GMT with Priya.\n\nJo, Recruitment",
            "Jo <jo@northgate.example>",
            "interview_scheduled",
        ),
    ],
)
def test_a_time_already_past_books_nothing(subject: str, body: str, frm: str, want: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == want
