"""Who the candidate meets: people copied on the mail, organizers who only hold the diary,
names with particles, and people the text says will not be there.

The kind is given (the kind decision is tested elsewhere); each case is worded afresh, in
several languages, with a counter-case where a loose rule would add the wrong person.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterview.mail.message import parse_message
from afterview.understand.dates import find_interview_time
from afterview.understand.details import complete
from afterview.understand.reading import read

ME = "robin@example.org"
SPAN = (datetime(2026, 12, 2, 9, 0, tzinfo=UTC), datetime(2026, 12, 2, 10, 0, tzinfo=UTC))


def mail(body: str, *, frm: str, cc: str = "", headers: str = "") -> bytes:
    head = (
        f"From: {frm}\r\nTo: Robin <{ME}>\r\n"
        + (f"Cc: {cc}\r\n" if cc else "")
        + "Subject: Interview\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\n"
        f"Message-ID: <p@x.example>\r\n{headers}"
    )
    return f"{head}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}".encode()


def met(raw: bytes, **extra) -> set[str]:
    r = read(parse_message(raw), (ME,), None)
    result = complete(r, "interview_scheduled", [], **{"span": SPAN, **extra})
    assert result.interview is not None
    return {p.email for p in result.interview.interviewers}


# --- a person copied on the mail whom a sentence about the meeting names -------------------


@pytest.mark.parametrize(
    ("body", "frm", "cc", "want"),
    [
        (
            "Hello Robin,\n\nConfirming Wednesday 2 December at 9am. You'll be speaking with "
            "Priyanka Rao, our Head of Platform (copied here), and me.\n\nBest,\nTom Hale\n",
            "Tom Hale <tom.hale@brightkiln.example>",
            "Priyanka Rao <priyanka.rao@brightkiln.example>",
            {"priyanka.rao@brightkiln.example", "tom.hale@brightkiln.example"},
        ),
        (
            "Guten Tag,\n\nwie besprochen am Mittwoch, 2.12., um 10 Uhr. Am Gespräch nimmt "
            "außerdem Frau Leonie Brandt (in Kopie) teil.\n\nViele Grüße\nMaik Sommer\n"
            "Recruiting\n",
            "Maik Sommer <m.sommer@fahrwerk.example>",
            "Leonie Brandt <l.brandt@fahrwerk.example>",
            {"l.brandt@fahrwerk.example"},
        ),
        (
            "Bonjour Robin,\n\nC'est noté pour mercredi 2 décembre à 10h. Vous rencontrerez "
            "Hugo Ferrand, responsable technique, que j'ai mis en copie.\n\nCordialement,\n"
            "Léa Morin\nChargée de recrutement\n",
            "Léa Morin <lea.morin@cardamome.example>",
            "Hugo Ferrand <hugo.ferrand@cardamome.example>",
            {"hugo.ferrand@cardamome.example"},
        ),
        (
            "Hola Robin:\n\nQuedamos el miércoles 2 de diciembre a las 10:00. La entrevista "
            "será con Alba Núñez (en copia), directora de producto.\n\nUn saludo,\nIker\n",
            "Iker Sanz <iker.sanz@ribera.example>",
            "Alba Núñez <alba.nunez@ribera.example>",
            {"alba.nunez@ribera.example"},
        ),
        (
            "Hoi Robin,\n\nWoensdag 2 december om 10.00 uur staat. Bram en ik spreken je "
            "dan, ik heb hem in de cc gezet.\n\nGroet,\nEvi\n",
            "Evi Mulder <evi@dijkwerk.example>",
            "bram@dijkwerk.example",
            {"bram@dijkwerk.example", "evi@dijkwerk.example"},
        ),
    ],
)
def test_a_copied_person_named_where_the_meeting_is_spoken_of_is_met(body, frm, cc, want):
    assert met(mail(body, frm=frm, cc=cc)) == want


@pytest.mark.parametrize(
    ("body", "cc"),
    [
        # copied to send things or to be kept informed
        (
            "Hi Robin,\n\nConfirmed for Wednesday at 9am with me. Nadia (cc'd) will send you "
            "the calendar invite and parking details.\n\nThanks,\nOwen\n",
            "Nadia Brook <nadia.brook@brightkiln.example>",
        ),
        (
            "Hi Robin,\n\nConfirmed for Wednesday at 9am with me. I've copied Nadia for "
            "visibility.\n\nThanks,\nOwen\n",
            "Nadia Brook <nadia.brook@brightkiln.example>",
        ),
        # the sender confirms for someone who is away
        (
            "Hallo Robin,\n\nim Auftrag von Nadia (sie ist diese Woche im Urlaub) bestätige "
            "ich Ihr Gespräch am Mittwoch um 10 Uhr mit mir.\n\nGruß\nOwen\n",
            "Nadia Brook <nadia.brook@brightkiln.example>",
        ),
        # named only as the one to ask
        (
            "Hi Robin,\n\nWednesday at 9am with me it is. Any questions before the call, "
            "contact Nadia (copied).\n\nOwen\n",
            "Nadia Brook <nadia.brook@brightkiln.example>",
        ),
    ],
)
def test_a_copied_person_named_for_another_reason_is_not_met(body, cc):
    got = met(mail(body, frm="Owen Price <owen.price@brightkiln.example>", cc=cc))
    assert "nadia.brook@brightkiln.example" not in got
    assert "owen.price@brightkiln.example" in got


def test_a_clause_starting_and_i_have_is_no_attendance():
    """ "Dev is free again, and I've moved you to 9am" arranges; "Dev and I" attend."""
    frm = "Sara Quill <sara.quill@brightkiln.example>"
    cc = "Dev Patel <dev.patel@brightkiln.example>"
    arranged = met(
        mail("Hi,\n\nDev is free again, and I've moved you to 9am.\n\nSara\n", frm=frm, cc=cc)
    )
    together = met(mail("Hi,\n\nDev and I will see you at 9am.\n\nSara\n", frm=frm, cc=cc))
    assert "sara.quill@brightkiln.example" not in arranged
    assert together == {"dev.patel@brightkiln.example", "sara.quill@brightkiln.example"}


# --- an invitation's organizer who only holds the diary ------------------------------------

_ICS = """BEGIN:VCALENDAR\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
DTSTART:20261202T090000Z\r
DTEND:20261202T100000Z\r
ORGANIZER;CN=Gail Orme:mailto:gail.orme@hexfield.example\r
ATTENDEE;CN=Robin;ROLE=REQ-PARTICIPANT:mailto:{me}\r
ATTENDEE;CN=Moritz Ek;ROLE=REQ-PARTICIPANT:mailto:moritz.ek@hexfield.example\r
{extra}SUMMARY:Interview - Robin\r
DESCRIPTION:{description}\r
END:VEVENT\r
END:VCALENDAR\r
"""


def invitation(text: str, description: str, extra: str = "") -> bytes:
    ics = _ICS.format(me=ME, extra=extra, description=description)
    boundary = "b0und"
    body = (
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        f"--{boundary}\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n"
        f"{ics}\r\n--{boundary}--\r\n"
    )
    head = (
        f"From: Gail Orme <gail.orme@hexfield.example>\r\nTo: Robin <{ME}>\r\n"
        "Subject: Invitation: Interview\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\n"
        "Message-ID: <i@hexfield.example>\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
    )
    return (head + body).encode()


def met_invited(raw: bytes) -> set[str]:
    r = read(parse_message(raw), (ME,), None)
    events = [e for e in r.events if e.start]
    assert events
    span = (events[0].start, events[0].end)
    return met(raw, span=span, events=events, found=None)


@pytest.mark.parametrize(
    ("text", "description", "extra"),
    [
        # optional to her own meeting
        (
            "Invite attached.",
            "Design review with Moritz.",
            "ATTENDEE;CN=Gail Orme;ROLE=OPT-PARTICIPANT:mailto:gail.orme@hexfield.example\r\n",
        ),
        # says so in the third person
        ("Invite attached.", "Chat with Moritz. Gail won't be joining.", ""),
        ("Einladung anbei.", "Gespräch mit Moritz. Gail wird nicht teilnehmen.", ""),
        # arranges for someone she names, without saying she attends
        ("Moritz is free after all, so I've booked you in with him.", "Interview.", ""),
    ],
)
def test_an_organizer_who_only_holds_the_diary_is_not_met(text, description, extra):
    assert met_invited(invitation(text, description, extra)) == {"moritz.ek@hexfield.example"}


@pytest.mark.parametrize(
    ("text", "extra"),
    [
        ("Moritz and I look forward to it.", ""),
        (
            "Moritz is free after all, so I've moved us.",
            "ATTENDEE;CN=Gail Orme;ROLE=REQ-PARTICIPANT:mailto:gail.orme@hexfield.example\r\n",
        ),
    ],
)
def test_an_organizer_who_attends_is_met(text, extra):
    got = met_invited(invitation(text, "Interview.", extra))
    assert got == {"moritz.ek@hexfield.example", "gail.orme@hexfield.example"}


# --- names with particles, bare first-name addresses ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Youssef el Idrissi, Data Lead (y.elidrissi@zandvoort.example)",
        "- Omar ibn Rashid, CTO (o.ibnrashid@zandvoort.example)",
        "- Inês dos Santos, Designer (ines.santos@zandvoort.example)",
    ],
)
def test_a_listed_interviewer_with_a_particle_in_the_name_is_met(line):
    body = f"Hi Robin,\n\nWednesday 2 December at 10:00 it is. You'll meet:\n{line}\n\nAnn\n"
    got = met(mail(body, frm="Ann Roe <ann.roe@zandvoort.example>"))
    address = line.rsplit("(", 1)[1].rstrip(")")
    assert address in got


# --- lower-case day abbreviations of quick notes -------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [("ok tues 11am works", 1), ("weds at 4pm then", 2), ("thurs 9.30am, see you", 3)],
)
def test_a_lower_case_day_abbreviation_is_a_day(text, day):
    sent = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # a Monday
    found = find_interview_time(text, sent)
    assert found is not None
    assert found.start.date().isoformat() == f"2026-11-{23 + day}"


def test_words_that_look_like_abbreviations_are_no_day():
    sent = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    assert find_interview_time("they wed at 3pm in June", sent) is None or (
        find_interview_time("they wed at 3pm in June", sent).start.weekday() != 2
    )
