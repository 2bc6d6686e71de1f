"""classify(): whom the candidate meets, the way a careful reader finds them.

Each cause is pinned by mail of different senders, sectors and languages, with counter-cases
for the people who are never met: the one who forwards or only arranges, an assistant
writing for someone, a shared mailbox, the candidate.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met as interviewers
from classifymail import mail

mail = functools.partial(
    mail, subject="Interview", message_id="<r2@x.example>", date_="Mon, 16 Nov 2026 09:00:00 +0000"
)


def _forward(note: str, frm: str, inner_from: str, inner: str) -> bytes:
    body = (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: {inner_from}\n"
        f"Date: Fri, 13 Nov 2026 at 17:58\nSubject: Interview\nTo: {frm}\n\n{inner}\n"
    )
    return mail(body, frm=frm, subject="Fwd: Interview")


# --- the words of a forwarded mail are its author's ---------------------------------------


@pytest.mark.parametrize(
    ("note", "frm", "inner_from", "inner", "met", "not_met"),
    [
        (
            "Hi Sam, forwarding Dr. Okoye's note below so you have it all. Parking is sorted.",
            "Tanya Greer <tgreer@lakemont.example>",
            "Ada Okoye <aokoye@lakemont.example>",
            "Tanya, please pass this on: Sam's visit is confirmed for Thursday 19 November at "
            "10:00, a committee interview with Ray Whitfield (rwhitfield@lakemont.example) "
            "and me.\n\nAda",
            {"aokoye@lakemont.example", "rwhitfield@lakemont.example"},
            "tgreer@lakemont.example",
        ),
        (
            "Morning Sam, good news, see below from our client: you're confirmed. Call me after!",
            "Rob Hale <rob.hale@quayside-talent.example>",
            "Lin Park <lin.park@tessera.example>",
            "Hi Rob, happy to confirm Sam for Wednesday 18 November, 16:00-17:00 UK time. "
            "It'll be me and Felix Grant (felix.grant@tessera.example), our VP Product.\n\nLin",
            {"lin.park@tessera.example", "felix.grant@tessera.example"},
            "rob.hale@quayside-talent.example",
        ),
        (
            "Liebe Sam, Prof. Berger bat mich, seine Nachricht unten weiterzuleiten.",
            "Margit Kovacs <margit.kovacs@uni-au.example>",
            "Florian Berger <florian.berger@uni-au.example>",
            "Hallo zusammen,\n\nwir treffen Frau Sam am Donnerstag, 19.11., 12:00-12:45 Uhr. "
            "Nadja, bitte sei mit mir dabei (nadja.wimmer@uni-au.example).\n\nFlorian",
            {"florian.berger@uni-au.example", "nadja.wimmer@uni-au.example"},
            "margit.kovacs@uni-au.example",
        ),
    ],
)
def test_first_person_in_a_forwarded_mail_is_its_author(
    note: str, frm: str, inner_from: str, inner: str, met: set[str], not_met: str
) -> None:
    got = interviewers(_forward(note, frm, inner_from, inner))
    assert met <= got
    assert not_met not in got


# --- names as directories write them --------------------------------------------------------


@pytest.mark.parametrize(
    ("cc", "body"),
    [
        (
            '"Kaya, Ruben" <r.kaya@zuidhaven.example>',
            "Beste Sam,\n\nWe nodigen je graag uit voor een gesprek op donderdag 19 november om "
            "10.30 uur. De selectiecommissie bestaat uit mijzelf en Ruben (HR-adviseur).\n\n"
            "Met vriendelijke groet,\nIlse de Boer\nTeamleider\n",
        ),
        (
            "LIM Jun Hao <junhao.lim@meridian-bank.example>",
            "Dear Sam,\n\nYour video interview is confirmed for Thursday 19 November at 4pm "
            "Singapore time. You will speak with Jun Hao and myself.\n\nRegards,\nTAN Mei\n",
        ),
        (
            "Goh Siew Mei <siewmei.goh@harbour.example>",
            "Hi Sam,\n\nYour interview is booked for Thursday 19 November at 10am. You'll meet "
            "me and Siew Mei from the analytics team.\n\nBest,\nRaj\n",
        ),
    ],
)
def test_a_copied_person_is_found_by_the_name_the_text_calls_them(cc: str, body: str) -> None:
    raw = mail(body, frm="Lead <lead@host.example>", headers=f"Cc: {cc}\r\n")
    assert cc.split("<")[1].rstrip(">") in interviewers(raw)


# --- a copied colleague whom the text says joins --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Thursday 19 November at half nine is perfect. Come to the studio, 2nd floor. Dev from "
        "our digital team will sit in too, I've cc'd him.\n\nOona\n",
        "Hallo Sam,\n\nwie besprochen bestätige ich das Gespräch am Donnerstag, 19. November, "
        "10:00 Uhr. Mit dabei ist mein Kollege Dev Patel aus dem Plattform-Team.\n\nJana\n",
        "Hi Sam,\n\nHere is the invite for our talk on Thursday 19 November at 13:30. We will go "
        "through your experience and Dev from HR joins also.\n\nLars\n",
    ],
)
def test_a_copied_colleague_who_joins_is_met(body: str) -> None:
    raw = mail(
        body,
        frm="Oona Marsh <oona@kestrel.example>",
        headers="Cc: Dev Patel <dev.patel@kestrel.example>\r\n",
    )
    assert "dev.patel@kestrel.example" in interviewers(raw)


# --- the words that put a known person in the meeting ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nYou're confirmed for Wednesday 18 November at 1:30pm CT, and it'll be Dale "
        "+ Monique again, 45 min. I cc'd them both.\n\nKayla\nTalent Acquisition\n",
        "Dear Sam,\n\nYour case interview on Wednesday 18 November at 9:30 will be conducted "
        "by Dale Morrow and Monique Adeyemi.\n\nKind regards,\nKayla\nRecruitment Team\n",
        "Dear Sam,\n\nI am pleased to confirm your interview on Wednesday 18 November at "
        "9:30am. The panel will be Dale Morrow (Head of Ops) and Monique Adeyemi, with myself "
        "taking notes.\n\nKayla Brandt\nHR Adviser (Recruitment)\n",
    ],
)
def test_people_named_as_those_who_hold_the_interview_are_met(body: str) -> None:
    raw = mail(
        body,
        frm="Kayla Brandt <kayla.brandt@pemberton.example>",
        headers="Cc: Dale Morrow <dale.morrow@pemberton.example>, "
        "Monique Adeyemi <monique.adeyemi@pemberton.example>\r\n",
    )
    met = {"dale.morrow@pemberton.example", "monique.adeyemi@pemberton.example"}
    assert interviewers(raw) == met


# --- an address given apart from the name ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "address"),
    [
        (
            "Hi Sam,\n\nThursday 19 November at half nine it is. Cathal will join us too, he "
            "looks after the front end. Cathal's email is cathal@corrib.example if you want to "
            "send him the repo.\n\nAoife\n",
            "cathal@corrib.example",
        ),
        (
            "Sehr geehrte Frau Sam,\n\ngerne bestätige ich Ihnen unseren Termin am Dienstag, "
            "24.11., 14:30 Uhr. Ihre Gesprächspartner sind Herr Dr. Jens Oberholz (Leitung "
            "Automatisierung, j.oberholz@ferngrund.example) sowie ich.\n\nSabine Krämer\n",
            "j.oberholz@ferngrund.example",
        ),
        (
            "Hi Sam,\n\nYour onsite is confirmed for Thursday 19 November.\n\n10:00 AM - 10:45 "
            "AM\n  Data Modeling\n  Kofi Mensah-Bonsu, Senior Engineer - "
            "kofi.mensah-bonsu@halyard.example\n\nBest,\nRenata\n",
            "kofi.mensah-bonsu@halyard.example",
        ),
    ],
)
def test_an_address_given_apart_from_the_name_is_named(body: str, address: str) -> None:
    assert address in interviewers(mail(body, frm="Lead <lead@host.example>"))


# --- the person whose availability set the time ---------------------------------------------


@pytest.mark.parametrize(
    ("note", "frm"),
    [
        (
            "Hi Sam,\n\nSorry for the delay, I'm covering for Jess who is off sick. Mark is still "
            "good for Monday 30 November at 2pm, so that's all booked in.\n\nLorraine\n"
            "Resourcing Advisor\n",
            "Lorraine Hayes <lorraine.hayes@meridian.example>",
        ),
        (
            "Sam - see below from Mark. He'll do your interview, half nine Monday 30 November in "
            "Dundrum. Ask for him at the counter.\nGerry\n",
            "Gerry Fahy <gerry@meridian.example>",
        ),
        (
            "Hi Sam,\n\nSee below from Mark - Monday 30 November at 14:30 works for him, so "
            "that's you confirmed.\n\nAisling\nPeople Coordinator\n",
            "Aisling Nic <aisling.nic@meridian.example>",
        ),
    ],
)
def test_the_person_whose_availability_set_the_time_is_met(note: str, frm: str) -> None:
    quoted = (
        "\n\n-----Original Message-----\nFrom: Mark Ellery <mark.ellery@meridian.example>\n"
        "Sent: 16 November 2026 08:00\nSubject: RE: slot\n\nMonday works for me.\n"
    )
    got = interviewers(mail(note + quoted, frm=frm, subject="FW: Interview slot"))
    assert got == {"mark.ellery@meridian.example"}


# --- an assistant or HR writing on someone's behalf ----------------------------------------


@pytest.mark.parametrize(
    ("body", "cc"),
    [
        (
            "Dear Sam,\n\nI am writing on behalf of Mr Lim Jun Hao, Group COO, to confirm your "
            "video interview on Friday 20 November at 4pm Singapore time.\n\nTan Wei Ling (Ms)\n"
            "Executive Assistant to Group COO\n",
            "LIM Jun Hao <junhao.lim@meridian-bank.example>",
        ),
        (
            "Geachte mevrouw Sam,\n\nNamens de voorzitter van de selectiecommissie, prof. dr. "
            "Pieter Declercq (in cc), nodig ik u uit voor een selectiegesprek voor de vacature "
            "docent Ecohydrologie op vrijdag 20 "
            "november 2026 om 14.00 uur.\n\nGriet Vanhoutte\nPersoneelsdienst\n",
            "Declercq Pieter <pieter.declercq@scheldeland.example>",
        ),
        (
            "Sehr geehrte Frau Sam,\n\nim Auftrag von Frau Dr. Hanna Berg lade ich Sie zum "
            "Vorstellungsgespräch am Freitag, 20. November 2026, um 11:00 Uhr ein.\n\n"
            "Mit freundlichen Grüßen\nSekretariat Berg\n",
            "Hanna Berg <hanna.berg@kanzlei-berg.example>",
        ),
    ],
)
def test_the_one_for_whom_an_assistant_invites_is_met(body: str, cc: str) -> None:
    raw = mail(body, frm="Assistant <assistant@host.example>", headers=f"Cc: {cc}\r\n")
    assert interviewers(raw) == {cc.split("<")[1].rstrip(">")}


def test_one_written_for_while_away_is_not_met() -> None:
    body = (
        "Hi Sam,\n\nI'm writing on behalf of Dana Whitcomb, who is on leave this week, to "
        "confirm your interview on Friday 20 November at 2pm with Tom Reyes "
        "(tom.reyes@host.example).\n\nPriya\nRecruiting Coordinator\n"
    )
    raw = mail(
        body,
        frm="Priya Nair <priya.nair@host.example>",
        headers="Cc: Dana Whitcomb <dana.whitcomb@host.example>\r\n",
    )
    assert interviewers(raw) == {"tom.reyes@host.example"}


# --- the sender who says, in other words, that they are there -------------------------------


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


# --- never met -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "recruiting-calendar@halyard.example",
        "ne-pas-repondre@cdg.example",
        "talento@selvatica.example",
        "early-careers@thornbury.example",
    ],
)
def test_a_shared_mailbox_organising_the_invitation_is_not_met(address: str) -> None:
    ics = (
        "--zz\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n"
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:r2@x\r\n"
        "DTSTART:20261119T140000Z\r\nDTEND:20261119T150000Z\r\nSUMMARY:Interview\r\n"
        f"ORGANIZER;CN=Recruiting:mailto:{address}\r\n"
        "ATTENDEE;CN=Sam:mailto:sam@example.org\r\n"
        "ATTENDEE;CN=Wen Zhao:mailto:wen.zhao@halyard.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    body = "Hi Sam,\n\nYour interview with Wen Zhao is confirmed for Thursday 19 November.\n"
    raw = mail(body, frm=f"Recruiting <{address}>", extra_parts=ics)
    assert interviewers(raw) == {"wen.zhao@halyard.example"}


def test_a_forwarder_who_only_passes_the_news_on_is_not_met() -> None:
    raw = _forward(
        "Sam!! Sanjay sent this to your old address by mistake. You'll smash it. I'll be on the "
        "4th floor all day.",
        "Anika Rao <anika.rao.92@gmail.example>",
        "Sanjay Kulkarni <sanjay.kulkarni@marlowe.example>",
        "Hi Sam,\n\nWe'd like you to come in for the final round and I've booked it in: "
        "Wednesday 2 December, 1pm to 4pm. You'll meet me and Helen Obi "
        "(helen.obi@marlowe.example) from Model Risk.\n\nSanjay",
    )
    got = interviewers(raw)
    assert got == {"sanjay.kulkarni@marlowe.example", "helen.obi@marlowe.example"}


# --- the sender's prep or debrief call is not the interview ---------------------------------


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
