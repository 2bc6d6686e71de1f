"""classify(): the sender is met where they say, in other words, that they are there (beside a
colleague, in their own agenda line, as "the undersigned" on the panel, in a reschedule
that keeps them); not for confirming to the undersigned, for their own prep or debrief
call, or in a reschedule where they never said they attend.

Each cause is pinned by mail of different senders, sectors and languages, with counter-cases.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met as interviewers
from classifymail import mail

mail = functools.partial(
    mail, subject="Interview", message_id="<r2@x.example>", date_="Mon, 16 Nov 2026 09:00:00 +0000"
)


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nI am delighted to confirm your place at our interview day for the Head of "
        "Humanities post on Thursday 19 November at 8.45am.\n\n"
        "  09:10  Tour of the school\n  13:30  Formal panel interview: myself and Mr Idris Bowen "
        "(Deputy Head)\n\nKind regards\nDr Helen Pryce\nHeadteacher\n",
        "Bonjour Sam,\n\nParfait, on part sur le jeudi 19 novembre à 14h30 au cabinet. Je vous "
        "présenterai le portefeuille clients puis Idris Bowen, responsable du pôle révision, "
        "vous posera quelques questions plus techniques. Je le mets en copie.\n\nHélène\n",
        "Hi Sam,\n\nYep Thursday 19 November at 10am works great. I'll grab Idris too "
        "(i.bowen@school.example), he leads our tools team.\n\n-H\n",
        "Bonjour Sam,\n\nC'est noté pour jeudi 19 novembre à 14h30 : 25 min pour ton portfolio, "
        "puis une session de questions avec Idris, notre lead front (i.bowen@school.example)."
        "\n\nÀ jeudi,\nHélène\n",
    ],
)
def test_a_sender_who_says_they_are_there_is_met_beside_a_colleague(body: str) -> None:
    raw = mail(
        body,
        frm="Helen Pryce <h.pryce@school.example>",
        headers="Cc: Idris Bowen <i.bowen@school.example>\r\n",
    )
    assert interviewers(raw) == {"h.pryce@school.example", "i.bowen@school.example"}


def test_the_sender_in_their_own_agenda_line_is_met() -> None:
    body = (
        "Hi Sam,\n\nHere are the details for your interview on Thursday, November 19, 2026.\n\n"
        "2:00 PM - 2:30 PM   Revenue deep-dive\n                    Tomas Lezcano - "
        "tomas.lezcano@brightlake.example\n3:00 PM - 3:15 PM   Wrap-up with Talent\n"
        "                    Flor Gimenez - flor.gimenez@brightlake.example\n\nBest,\nFlor\n"
    )
    raw = mail(body, frm="Flor Gimenez <flor.gimenez@brightlake.example>")
    met = {"tomas.lezcano@brightlake.example", "flor.gimenez@brightlake.example"}
    assert interviewers(raw) == met


@pytest.mark.parametrize(
    "note",
    [
        "Hi Sam, you're confirmed for Thursday 19 November at 3pm with Marcus Bell "
        "(marcus.bell@sundial.example). I'll call you Wednesday afternoon to prep.\n\nDana\n"
        "Principal, Keystone Talent Partners\n",
        "Hi Sam, PFB the confirmation: Thursday 19 November, 4:00 PM IST with Marcus Bell "
        "(marcus.bell@sundial.example). Share your feedback with me right after the call.\n\n"
        "Regards,\nRitu | Senior Recruiter\n",
        "Hallo Sam, Ihr Gespräch mit Marcus Bell (marcus.bell@sundial.example) ist am "
        "Donnerstag, 19. November, um 15:00 Uhr bestätigt. Ich rufe Sie vorher noch kurz an.\n\n"
        "Dana\nPersonalberaterin\n",
    ],
)
def test_a_recruiters_own_prep_or_debrief_call_is_not_the_interview(note: str) -> None:
    raw = mail(note, frm="Dana Whitlock <dana@keystone-talent.example>")
    assert interviewers(raw) == {"marcus.bell@sundial.example"}


# --- the writer as "the undersigned" ----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Sehr geehrte Frau Sam,\n\nwir laden Sie zum Hearing am Dienstag, 1.12.2026, 9:00 Uhr "
        "ein. Der Kommission gehören an: Dr. Ernst Hofbauer (Vorsitz), Mag. Karin Leitner "
        "(karin.leitner@oeag.example) und die Unterfertigte.\n\nMag. Andrea Pichler\n",
        "Madame,\n\nVotre entretien est confirmé le mardi 1er décembre 2026 à 9 h. Le jury sera "
        "composé de M. Hofbauer, de Mme Karin Leitner (karin.leitner@oeag.example) et la "
        "soussignée.\n\nAndrea Pichler\n",
        "Dear Sam,\n\nYour interview is confirmed for Tuesday 1 December 2026 at 9am. The panel "
        "comprises Karin Leitner (karin.leitner@oeag.example) and the undersigned.\n\n"
        "Andrea Pichler\n",
    ],
)
def test_the_undersigned_on_the_panel_is_the_writer(body: str) -> None:
    got = interviewers(mail(body, frm="Andrea Pichler <andrea.pichler@oeag.example>"))
    assert {"andrea.pichler@oeag.example", "karin.leitner@oeag.example"} <= got


def test_confirming_to_the_undersigned_does_not_put_them_on_the_panel() -> None:
    body = (
        "Geachte mevrouw Sam,\n\nUw selectiegesprek met prof. Pieter Declercq "
        "(pieter.declercq@scheldeland.example) vindt plaats op vrijdag 4 december 2026 om 14.00 "
        "uur. Gelieve uw aanwezigheid te bevestigen via mail aan ondergetekende.\n\n"
        "Griet Vanhoutte\nPersoneelsdienst\n"
    )
    raw = mail(body, frm="Griet Vanhoutte <griet.vanhoutte@scheldeland.example>")
    assert interviewers(raw) == {"pieter.declercq@scheldeland.example"}


# --- a reply that moves the time keeps its writer, who said they attend ------------------------


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        (
            "Dear Sam,\n\nMieke is ill, so we move the interview to Thursday 19/11, same hour "
            "(11:00).\n\nKind regards,\nWouter\nTalent Acquisition Specialist\n",
            "You will meet Mieke Lambrecht (mieke.lambrecht@lindeboom.example), Supply Chain "
            "Manager, and myself.\n\nKind regards,\nWouter",
        ),
        (
            "Hallo Sam,\n\nwir müssen leider verschieben: neuer Termin ist Donnerstag, 19.11., "
            "11:00 Uhr.\n\nViele Grüße\nWouter\nPersonalreferent\n",
            "Ihre Gesprächspartner sind Frau Mieke Lambrecht (mieke.lambrecht@lindeboom.example) "
            "und ich.\n\nViele Grüße\nWouter Declercq",
        ),
        (
            "Bonjour Sam,\n\nVotre entretien est déplacé au jeudi 19 novembre à 11h00.\n\n"
            "Cordialement,\nWouter\nChargé de recrutement\n",
            "Vous rencontrerez Mieke Lambrecht (mieke.lambrecht@lindeboom.example) et moi-même."
            "\n\nCordialement,\nWouter",
        ),
    ],
)
def test_a_reschedule_keeps_the_sender_who_said_they_attend(new: str, earlier: str) -> None:
    body = (
        f"{new}\nFrom: Wouter Declercq\nSent: Thursday, 5 November 2026 10:12\nTo: Sam\n"
        f"Subject: Interview\n\nDear Sam,\n\n{earlier}\n"
    )
    raw = mail(body, frm="Wouter Declercq <wouter.declercq@lindeboom.example>", subject="RE: Iv")
    got = interviewers(raw)
    assert "wouter.declercq@lindeboom.example" in got


def test_a_reschedule_by_a_recruiter_who_never_said_they_attend_leaves_them_out() -> None:
    body = (
        "Dear Sam,\n\nMieke is ill, so we move the interview to Thursday 19/11, same hour "
        "(11:00).\n\nKind regards,\nWouter\nTalent Acquisition Specialist\n"
        "From: Wouter Declercq\nSent: Thursday, 5 November 2026 10:12\nTo: Sam\n"
        "Subject: Interview\n\nDear Sam,\n\nYou will meet Mieke Lambrecht "
        "(mieke.lambrecht@lindeboom.example), Supply Chain Manager.\n\nKind regards,\nWouter\n"
    )
    raw = mail(body, frm="Wouter Declercq <wouter.declercq@lindeboom.example>", subject="RE: Iv")
    assert "wouter.declercq@lindeboom.example" not in interviewers(raw)
