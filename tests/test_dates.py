"""Dates and times in mail text: interview times, decision dates, return dates.

Every expectation below was worked out by hand from a calendar (2026: 1 Nov is a Sunday,
so 11 Nov is a Wednesday); none was copied from what the code returned.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.understand.dates import (
    TimeSpan,
    find_decision_by,
    find_interview_time,
    find_return_date,
)


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


LONDON = ZoneInfo("Europe/London")
# Wednesday 11 November 2026, the default sending moment.
WED = datetime(2026, 11, 11, 10, 0, tzinfo=LONDON)
WED_NY = datetime(2026, 11, 11, 9, 0, tzinfo=tz(-5))
WED_CET = datetime(2026, 11, 11, 10, 0, tzinfo=tz(1))
WED_LA = datetime(2026, 11, 11, 8, 0, tzinfo=tz(-8))


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def utc(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


# (text, sent, expected start, expected end): start/end compared as instants in UTC, and
# the offset of the start is checked separately below for zone resolution.
INTERVIEW_CASES = [
    # --- English, absolute dates and zones
    (
        "Your interview is confirmed for Tuesday 24 November at 3pm GMT.",
        WED,
        "2026-11-24T15:00:00+00:00",
        None,
    ),
    (
        "We'd like to lock in Tuesday, November 24th, 3:00 PM EST for your call with Dana.",
        WED_NY,
        "2026-11-24T20:00:00+00:00",
        None,
    ),
    ("Interview: 24/11/2026 15:00 (CET)", WED, "2026-11-24T14:00:00+00:00", None),
    (
        "The interview will take place on Friday 20 November, 2–3pm (UK time).",
        WED,
        "2026-11-20T14:00:00+00:00",
        "2026-11-20T15:00:00+00:00",
    ),
    (
        "Date: 2026-11-24\nTime: 14:00-15:00 Europe/Lisbon",
        WED,
        "2026-11-24T14:00:00+00:00",
        "2026-11-24T15:00:00+00:00",
    ),
    (
        "Our call runs from 10:00 to 10:45 on Wednesday 18 November.",
        WED,
        "2026-11-18T10:00:00+00:00",
        "2026-11-18T10:45:00+00:00",
    ),
    (
        "Panel interview on Tuesday 8 December, 10:00 - 11:30 MT",
        WED,
        "2026-12-08T17:00:00+00:00",
        "2026-12-08T18:30:00+00:00",
    ),
    (
        "Your video interview is on Monday 23 November at 11:00 (45 minutes).",
        WED,
        "2026-11-23T11:00:00+00:00",
        "2026-11-23T11:45:00+00:00",
    ),
    (
        "We'll meet on 25 November at 9:30am for an hour to talk through the role.",
        WED,
        "2026-11-25T09:30:00+00:00",
        "2026-11-25T10:30:00+00:00",
    ),
    (
        "Technical screen: Thursday, December 3, 1:00 PM (Pacific)",
        WED_LA,
        "2026-12-03T21:00:00+00:00",
        None,
    ),
    (
        "Interview with Maya: Wednesday, November 25 at 11am Pacific Time",
        WED,
        "2026-11-25T19:00:00+00:00",
        None,
    ),
    (
        "Interview slot: Friday 27 November 2026 at 16:00 America/New_York",
        WED,
        "2026-11-27T21:00:00+00:00",
        None,
    ),
    ("Call: Thursday 26 November 2026, 15:00 GMT+1", WED, "2026-11-26T14:00:00+00:00", None),
    (
        "Interview: Monday 30 November 2026 09:00 UTC-05:00",
        WED,
        "2026-11-30T14:00:00+00:00",
        None,
    ),
    ("Phone screen Tue Dec 1 at 3pm CT", WED, "2026-12-01T21:00:00+00:00", None),
    (
        "We can do the interview on Wednesday 2 December at 4:30pm London time.",
        WED_NY,
        "2026-12-02T16:30:00+00:00",
        None,
    ),
    (
        "Hiring manager chat on Friday 4 December at 10am Central.",
        WED,
        "2026-12-04T16:00:00+00:00",
        None,
    ),
    (
        "Your interview: Tuesday 24 November at 9am AEST",
        WED,
        "2026-11-23T23:00:00+00:00",
        None,
    ),
    # --- English, days inferred from the sending day
    (
        "Great, we're booked in for Thursday the 19th at 2:30pm Eastern with Omar.",
        WED_NY,
        "2026-11-19T19:30:00+00:00",
        None,
    ),
    (
        "Looking forward to our chat this Thursday at 10am.",
        WED,
        "2026-11-12T10:00:00+00:00",
        None,
    ),
    ("Could we do the call on Monday at 2pm?", WED, "2026-11-16T14:00:00+00:00", None),
    (
        "Let's speak tomorrow at 2pm about the role.",
        WED,
        "2026-11-12T14:00:00+00:00",
        None,
    ),
    (
        "The interview is at 2:30 on Thursday 12 November.",
        WED,
        "2026-11-12T14:30:00+00:00",
        None,
    ),
    (
        "See you for the interview on Monday 16 November at 9:00. Please arrive 15 minutes early.",
        WED,
        "2026-11-16T09:00:00+00:00",
        None,
    ),
    (
        "Wonderful, you're confirmed for Thursday 19 November at 2:30pm ET. It will run an "
        "hour, until 3:30.",
        WED_NY,
        "2026-11-19T19:30:00+00:00",
        "2026-11-19T20:30:00+00:00",
    ),
    # --- German
    (
        "Ihr Vorstellungsgespräch findet am 12.11.2026 um 14:00 Uhr statt.",
        WED_CET,
        "2026-11-12T13:00:00+00:00",
        None,
    ),
    (
        "Termin: Dienstag, 24. November 2026, 10:30 – 11:15 Uhr",
        WED_CET,
        "2026-11-24T09:30:00+00:00",
        "2026-11-24T10:15:00+00:00",
    ),
    (
        "Können wir morgen um 10 Uhr telefonieren?",
        WED_CET,
        "2026-11-12T09:00:00+00:00",
        None,
    ),
    (
        "Das Gespräch dauert 45 Minuten und beginnt am Montag, den 16. November um 9 Uhr.",
        WED_CET,
        "2026-11-16T08:00:00+00:00",
        "2026-11-16T08:45:00+00:00",
    ),
    (
        "Wir müssen verschieben: neuer Termin ist Freitag, 20.11.2026 um 15 Uhr statt "
        "Donnerstag, 19.11.2026 um 11 Uhr.",
        WED_CET,
        "2026-11-20T14:00:00+00:00",
        None,
    ),
    # --- French
    (
        "Votre entretien est prévu le mardi 24 novembre à 15h00.",
        WED_CET,
        "2026-11-24T14:00:00+00:00",
        None,
    ),
    (
        "Pouvons-nous nous appeler demain à 14h ?",
        WED_CET,
        "2026-11-12T13:00:00+00:00",
        None,
    ),
    (
        "L'entretien aura lieu le 3 décembre de 10h à 11h (heure de Paris).",
        WED,
        "2026-12-03T09:00:00+00:00",
        "2026-12-03T10:00:00+00:00",
    ),
    (
        "Nous avons déplacé l'entretien au jeudi 26 novembre à 9h30 au lieu du mercredi "
        "25 novembre à 14h.",
        WED_CET,
        "2026-11-26T08:30:00+00:00",
        None,
    ),
    # --- Spanish
    (
        "Tu entrevista será el martes 24 de noviembre a las 15:00.",
        WED_CET,
        "2026-11-24T14:00:00+00:00",
        None,
    ),
    (
        "¿Podemos hablar mañana a las 10 sobre la entrevista?",
        WED_CET,
        "2026-11-12T09:00:00+00:00",
        None,
    ),
    (
        "La entrevista es el 2 de diciembre a las 16:30 (hora peninsular) y dura una hora.",
        WED,
        "2026-12-02T15:30:00+00:00",
        "2026-12-02T16:30:00+00:00",
    ),
    (
        "Hemos pasado la entrevista al viernes 27 de noviembre a las 12:00 en lugar del "
        "jueves 26 de noviembre a las 10:00.",
        WED_CET,
        "2026-11-27T11:00:00+00:00",
        None,
    ),
    # --- Dutch
    (
        "Je sollicitatiegesprek is op dinsdag 24 november om 15.00 uur.",
        WED_CET,
        "2026-11-24T14:00:00+00:00",
        None,
    ),
    (
        "Kunnen we morgen om 10 uur bellen?",
        WED_CET,
        "2026-11-12T09:00:00+00:00",
        None,
    ),
    (
        "Het gesprek vindt plaats op 2 december van 13.30 tot 14.15 uur.",
        WED_CET,
        "2026-12-02T12:30:00+00:00",
        "2026-12-02T13:15:00+00:00",
    ),
    (
        "Het gesprek is verplaatst naar woensdag 25 november om 11.00 uur in plaats van "
        "dinsdag 24 november om 14.00 uur.",
        WED_CET,
        "2026-11-25T10:00:00+00:00",
        None,
    ),
    # --- reschedules in English
    (
        "New time: Monday 16 November, 10:00 - 10:45 (GMT)\n"
        "Was: Friday 13 November, 15:00 - 15:45 (GMT)",
        WED,
        "2026-11-16T10:00:00+00:00",
        "2026-11-16T10:45:00+00:00",
    ),
    (
        "Was: Friday 13 November, 15:00 (GMT)\nNew time: Monday 16 November, 10:00 (GMT)",
        WED,
        "2026-11-16T10:00:00+00:00",
        None,
    ),
    (
        "Previously: Thu 19 Nov 14:00\nNow: Fri 20 Nov 11:00",
        WED,
        "2026-11-20T11:00:00+00:00",
        None,
    ),
    (
        "We've moved your interview from Thursday 3pm to Friday at 11am.",
        WED,
        "2026-11-13T11:00:00+00:00",
        None,
    ),
    (
        "Your interview is now on Friday 20 November at 2pm (previously Thursday 19 "
        "November at 3pm).",
        WED,
        "2026-11-20T14:00:00+00:00",
        None,
    ),
    (
        "Can we do Tuesday 24 November at 10:00 instead of Monday 23 November at 16:00?",
        WED,
        "2026-11-24T10:00:00+00:00",
        None,
    ),
    (
        "Quick update: your interview has been rescheduled to Wednesday 25 November at 1pm. "
        "The original slot, Tuesday 24 November at 11am, no longer works for Dana.",
        WED,
        "2026-11-25T13:00:00+00:00",
        None,
    ),
    (
        "Sorry for the shuffle! We moved to Thu 26 Nov, 12 noon (GMT) - it was Tue 24 Nov "
        "09:00 before.",
        WED,
        "2026-11-26T12:00:00+00:00",
        None,
    ),
    (
        "Invitation: Interview @ Tues., Nov. 24, 2026 4pm - 5pm (EST)",
        WED_NY,
        "2026-11-24T21:00:00+00:00",
        "2026-11-24T22:00:00+00:00",
    ),
    (
        "Entretien confirmé : lundi 30 novembre à midi.",
        WED_CET,
        "2026-11-30T11:00:00+00:00",
        None,
    ),
    # --- calendar and ATS mail bodies
    (
        "When: Thursday, July 16, 2026 4:00 PM-5:00 PM. (UTC+01:00) Amsterdam, Berlin, Bern, "
        "Rome, Stockholm, Vienna",
        datetime(2026, 7, 1, 9, 0, tzinfo=tz(2)),
        "2026-07-16T14:00:00+00:00",
        "2026-07-16T15:00:00+00:00",
    ),
    (
        "Tue Nov 24, 2026 3pm – 4pm (Central European Time - Berlin)",
        WED,
        "2026-11-24T14:00:00+00:00",
        "2026-11-24T15:00:00+00:00",
    ),
    (
        "Thursday, 12 November 2026 16:00–17:00 (W. Europe Standard Time)",
        WED,
        "2026-11-12T15:00:00+00:00",
        "2026-11-12T16:00:00+00:00",
    ),
    (
        "Event Date/Time:\n10:00am - 10:30am (Eastern Time - US & Canada)\n"
        "Monday, November 16, 2026",
        WED,
        "2026-11-16T15:00:00+00:00",
        "2026-11-16T15:30:00+00:00",
    ),
    (
        "Time: Nov 19, 2026 02:30 PM Eastern Time (US and Canada)\nJoin Zoom Meeting",
        WED_NY,
        "2026-11-19T19:30:00+00:00",
        None,
    ),
    # --- deadlines for the candidate are not the interview
    (
        "Please reply by Friday 13 November at 5pm to confirm. Your interview will be on "
        "Tuesday 17 November at 11:00.",
        WED,
        "2026-11-17T11:00:00+00:00",
        None,
    ),
    (
        "Kindly confirm by 5pm on Thursday; the interview itself is at 2pm on Monday 16 November.",
        WED,
        "2026-11-16T14:00:00+00:00",
        None,
    ),
    (
        "Bitte bestätigen Sie bis Freitag, 13.11., 12 Uhr. Das Gespräch ist am Dienstag, "
        "17.11.2026 um 10 Uhr.",
        WED_CET,
        "2026-11-17T09:00:00+00:00",
        None,
    ),
    # --- a panel: back-to-back sessions under one date become one span
    (
        "Date: Thursday, 3 December 2026\n\nSchedule (Eastern Time):\n"
        "- 1:00 PM - 1:45 PM: coding with Ana (ana@x.example)\n"
        "- 2:00 PM - 2:45 PM: system design with Raj (raj@x.example)\n"
        "- 3:00 PM - 3:30 PM: wrap-up with the hiring manager",
        WED_NY,
        "2026-12-03T18:00:00+00:00",
        "2026-12-03T20:30:00+00:00",
    ),
]


INTERVIEW_CASES += [
    # a signature's office hours are not the interview, nor part of it
    (
        "Interview: Tuesday 24 November at 3pm.\n\nBest,\nPriya\nOffice hours: 9am-5pm",
        WED,
        "2026-11-24T15:00:00+00:00",
        None,
    ),
    (
        "Hi Alex,\n\nYour interview is on Tuesday 24 November at 3pm (1 hour).\n\nPriya\n"
        "Talent Partner | Mon-Fri 9:00-17:30 | +44 20 7946 0000",
        WED,
        "2026-11-24T15:00:00+00:00",
        "2026-11-24T16:00:00+00:00",
    ),
    # lunch an hour later is not another session of the panel
    (
        "The interview is confirmed: Tuesday 24 November, 10:00-11:00. Lunch 12:00-13:00 "
        "with the team afterwards.",
        WED,
        "2026-11-24T10:00:00+00:00",
        "2026-11-24T11:00:00+00:00",
    ),
]


@pytest.mark.parametrize(("text", "sent", "start", "end"), INTERVIEW_CASES)
def test_interview_time(text: str, sent: datetime, start: str, end: str | None) -> None:
    span = find_interview_time(text, sent)
    assert span is not None, text
    assert utc(span.start) == start
    assert utc(span.end) == end
    assert span.start.utcoffset() is not None
    assert span.evidence and span.evidence.rstrip("…") in " ".join(text.split())


@pytest.mark.parametrize(
    ("text", "sent", "offset_hours"),
    [
        ("Thursday the 19th at 2:30pm Eastern", WED_NY, -5),
        ("Interview with Maya: Wednesday, November 25 at 11am Pacific Time", WED, -8),
        ("Interview: Friday 27 November 2026 at 16:00 America/New_York", WED, -5),
        ("Interview on Tuesday 24 November at 15:00", WED_CET, 1),  # no zone: sender's
        ("Interview on Tuesday 24 November at 15:00", WED_NY, -5),
        ("Interview Friday 10 July 2026 at 11:00 IST", datetime(2026, 7, 1, tzinfo=tz(1)), 1),
        ("Interview Monday 7 December at 11:00 IST", datetime(2026, 11, 20, tzinfo=tz(5.5)), 5.5),
        # people write EST all year: the region's own offset for the date wins
        ("Interview on Thursday 9 July 2026 at 10am EST", datetime(2026, 7, 1, tzinfo=tz(-4)), -4),
        ("Interview on 9 July 2026 at 10:00 CET", datetime(2026, 7, 1, tzinfo=tz(2)), 2),
    ],
)
def test_zone_resolution(text: str, sent: datetime, offset_hours: float) -> None:
    span = find_interview_time(text, sent)
    assert span is not None
    assert span.start.utcoffset() == timedelta(hours=offset_hours)


def test_default_tz_applies_when_no_zone_is_written() -> None:
    span = find_interview_time(
        "Interview on Tuesday 24 November at 15:00", WED_NY, default_tz=ZoneInfo("Europe/Berlin")
    )
    assert span is not None
    assert utc(span.start) == "2026-11-24T14:00:00+00:00"
    # a written zone beats the default
    span = find_interview_time(
        "Interview on Tuesday 24 November at 15:00 GMT", WED, default_tz=ZoneInfo("Asia/Tokyo")
    )
    assert span is not None
    assert utc(span.start) == "2026-11-24T15:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "sent", "start_utc"),
    [
        # Europe has left summer time (25 Oct), the US has not yet (1 Nov): still -04:00
        (
            "Interview on Friday 30 October at 9am ET",
            datetime(2026, 10, 26, 9, 0, tzinfo=LONDON),
            "2026-10-30T13:00:00+00:00",
        ),
        # after 1 November the US is back on -05:00
        (
            "Interview on Monday 2 November at 9am ET",
            datetime(2026, 10, 30, 9, 0, tzinfo=LONDON),
            "2026-11-02T14:00:00+00:00",
        ),
        # and London itself, either side of its switch
        (
            "Interview on Friday 23 October at 11:30 UK time",
            datetime(2026, 10, 19, 9, 0, tzinfo=LONDON),
            "2026-10-23T10:30:00+00:00",
        ),
        (
            "Interview on Monday 26 October at 11:30 UK time",
            datetime(2026, 10, 19, 9, 0, tzinfo=LONDON),
            "2026-10-26T11:30:00+00:00",
        ),
    ],
)
def test_daylight_saving_edges(text: str, sent: datetime, start_utc: str) -> None:
    span = find_interview_time(text, sent)
    assert span is not None
    assert utc(span.start) == start_utc


@pytest.mark.parametrize(
    ("text", "sent", "expected_day"),
    [
        ("Interview on Tuesday 5 January at 10:00", datetime(2026, 12, 28, tzinfo=LONDON),
         date(2027, 1, 5)),
        ("Interview on 5 January at 10:00", datetime(2026, 12, 28, tzinfo=LONDON),
         date(2027, 1, 5)),
        ("Interview on Monday at 10:00", datetime(2026, 12, 30, tzinfo=LONDON),
         date(2027, 1, 4)),
        ("Interview on the 4th at 10:00", datetime(2026, 12, 30, tzinfo=LONDON),
         date(2027, 1, 4)),
        ("Interview: Thursday the 31st at 10:00", datetime(2026, 11, 20, tzinfo=LONDON),
         date(2026, 12, 31)),
        ("Interview on 28 December at 10:00", datetime(2026, 12, 20, tzinfo=LONDON),
         date(2026, 12, 28)),
        ("Interview next Thursday at 10:00", datetime(2026, 10, 29, tzinfo=LONDON),
         date(2026, 11, 5)),
        ("Interview volgende week dinsdag om 10 uur", WED_CET, date(2026, 11, 17)),
        ("Entretien jeudi prochain à 10h", WED_CET, date(2026, 11, 12)),
    ],
)  # fmt: skip
def test_days_resolved_from_the_sending_day(text: str, sent: datetime, expected_day: date) -> None:
    span = find_interview_time(text, sent)
    assert span is not None
    assert span.start.date() == expected_day


def test_us_and_european_numeric_dates() -> None:
    text = "Interview 01/02/2027 at 10:00 AM with the team, see you then"
    american = find_interview_time(text, WED_NY)
    european = find_interview_time(text, WED)
    assert american is not None and american.start.date() == date(2027, 1, 2)
    assert european is not None and european.start.date() == date(2027, 2, 1)
    # unambiguous ones read the same everywhere
    for sent in (WED_NY, WED):
        span = find_interview_time("Interview 24/11/2026 at 10:00 AM with the team", sent)
        assert span is not None and span.start.date() == date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("Thanks for the interview yesterday at 3pm.", WED),
        ("It was great to meet you on Monday 9 November at 10:00.", WED),
        ("The workshop costs 15.00 EUR on Friday 20 November.", WED),
        ("We expect 10-12 people at the open day on Saturday 21 November.", WED),
        ("Call us on +44 20 7946 0958 any time on Friday 20 November.", WED),
        ("Your interview will be on Tuesday 24 November; the time follows separately.", WED),
        ("See you at 3pm!", WED),
        ("Please reply by Friday 5pm.", WED),
        ("Bitte bis Freitag 12 Uhr zusagen.", WED_CET),
        ("Merci de répondre avant vendredi 12h.", WED_CET),
        ("Was: Thursday 19 November at 3pm", WED),
        ("Version 2.10 was released on 24/11/2026.", WED),
        ("Sounds good.\n\nOn Wed, 11 Nov 2026 at 10:30, Sam Lee <sam@x.example> wrote:", WED),
        ("Thanks!\n\nOn Wed, 11 Nov 2026 at 10:30, Sam Lee <sam@x.example>\nwrote:", WED),
        ("Le mer. 11 nov. 2026 à 10:45, Sam Lee <sam@x.example> a écrit :", WED_CET),
        ("> Tuesday 24 November at 3pm works for me", WED),
        ("Sent: Tuesday, November 24, 2026 3:15 PM\nSubject: Re: interview", WED),
        ("Our offices are open Monday to Friday, 9:00-17:30.", WED),
        ("Guten Morgen, um 10 Uhr habe ich leider keine Zeit.", WED_CET),
        ("", WED),
    ],
)
def test_no_interview_time(text: str, sent: datetime) -> None:
    assert find_interview_time(text, sent) is None


DECISION_CASES = [
    # English
    ("We'll get back to you by Friday.", WED, date(2026, 11, 13)),
    ("You'll hear from us by Friday.", datetime(2026, 11, 13, 12, tzinfo=LONDON),
     date(2026, 11, 20)),
    ("We expect to make a decision by the end of the month.", WED, date(2026, 11, 30)),
    ("We hope to update you by the end of next week.", WED, date(2026, 11, 20)),
    ("We'll be in touch early next week.", WED, date(2026, 11, 18)),
    ("Expect a decision within two weeks.", WED, date(2026, 11, 25)),
    ("We will come back to you within 5 business days.", WED, date(2026, 11, 18)),
    ("You'll hear from us in the next few days.", WED, None),  # names no last day
    ("We'll let you know next week.", WED, date(2026, 11, 20)),
    ("We aim to give you feedback by 4 December.", WED, date(2026, 12, 4)),
    ("The panel will decide before the 30th.", WED, date(2026, 11, 29)),
    ("We'll let you know the outcome by mid-December.", WED, date(2026, 12, 15)),
    ("We'll get back to you by Friday. Please send your references by Thursday.", WED,
     date(2026, 11, 13)),
    ("The panel meets on Thursday to decide, and you'll hear from me by Monday.", WED,
     date(2026, 11, 16)),
    ("We're seeing two more people next week, after which we'll compare notes. Expect a "
     "decision from us within three weeks.", WED, date(2026, 12, 2)),
    # German
    ("Wir melden uns bis Ende nächster Woche bei Ihnen.", WED_CET, date(2026, 11, 20)),
    ("Sie erhalten innerhalb von zwei Wochen eine Rückmeldung.", WED_CET, date(2026, 11, 25)),
    ("Wir geben Ihnen bis Freitag Bescheid.", WED_CET, date(2026, 11, 13)),
    ("Eine Entscheidung treffen wir voraussichtlich Ende des Monats.", WED_CET,
     date(2026, 11, 30)),
    ("Wir melden uns nächste Woche.", WED_CET, date(2026, 11, 20)),
    # French
    ("Nous reviendrons vers vous d'ici vendredi.", WED_CET, date(2026, 11, 13)),
    ("Vous aurez une réponse dans les deux semaines.", WED_CET, date(2026, 11, 25)),
    ("Nous prendrons une décision la semaine prochaine.", WED_CET, date(2026, 11, 20)),
    ("Nous vous tiendrons informée d'ici la fin du mois.", WED_CET, date(2026, 11, 30)),
    # Spanish
    ("Te daremos una respuesta la semana que viene.", WED_CET, date(2026, 11, 20)),
    ("Tomaremos una decisión en las próximas dos semanas.", WED_CET, date(2026, 11, 25)),
    ("Nos pondremos en contacto contigo antes del viernes.", WED_CET, date(2026, 11, 12)),
    ("Te informaremos de la decisión a finales de mes.", WED_CET, date(2026, 11, 30)),
    # Dutch
    ("Volgende week laten we je weten hoe het verder gaat.", WED_CET, date(2026, 11, 20)),
    ("Je hoort binnen twee weken van ons.", WED_CET, date(2026, 11, 25)),
    ("We nemen eind deze maand een besluit.", WED_CET, date(2026, 11, 30)),
    ("Uiterlijk vrijdag ontvang je onze terugkoppeling.", WED_CET, date(2026, 11, 13)),
    ("We hopen je uiterlijk 20 november uitsluitsel te geven.", WED_CET, date(2026, 11, 20)),
    # more shapes
    ("You can expect to hear from us by 25/11.", WED, date(2026, 11, 25)),
    ("We plan to have feedback for you within the next 10 working days.", WED,
     date(2026, 11, 25)),
    ("We are still interviewing and should decide in the next 2-3 weeks.", WED,
     date(2026, 12, 2)),
    ("Wir werden Ihnen voraussichtlich in der KW 48 Bescheid geben.", WED_CET,
     date(2026, 11, 27)),
    ("Nous vous ferons un retour avant la fin de la semaine prochaine.", WED_CET,
     date(2026, 11, 20)),
    ("Le daremos una respuesta antes de finales de mes.", WED_CET, date(2026, 11, 30)),
    ("I'll update you as soon as I hear anything, hopefully by end of week.", WED,
     date(2026, 11, 13)),
    ("Our panel is aiming to confirm its decision by the end of the month.", WED,
     date(2026, 11, 30)),
    ("We hope to get back to every applicant by 4 December.", WED, date(2026, 12, 4)),
    ("Wij laten u uiterlijk donderdag weten of u door bent.", WED_CET, date(2026, 11, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sent", "expected"), DECISION_CASES)
def test_decision_by(text: str, sent: datetime, expected: date) -> None:
    assert find_decision_by(text, sent) == expected


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("Please let us know your decision by November 20.", WED),
        ("Please reply by Friday.", WED),
        ("Kindly return the signed contract by 4 December.", WED),
        ("We enjoyed meeting you on Monday.", WED),
        ("We're interviewing other candidates next week.", WED),
        ("We'll get back to you soon.", WED),
        ("We'll make a decision in the coming weeks.", WED),
        ("We decided on 2 November to pause hiring for this role.", WED),
        ("Bitte bis Freitag zusagen.", WED_CET),
        ("Bitte teilen Sie uns Ihre Entscheidung bis zum 20.11. mit.", WED_CET),
        ("Merci de nous faire part de votre décision avant le 20 novembre.", WED_CET),
        ("Por favor, confírmanos tu decisión antes del 20 de noviembre.", WED_CET),
        ("Laat ons voor vrijdag weten of je het aanbod aanneemt.", WED_CET),
        ("Our decision was made last Monday.", WED),
        ("Return the signed offer by Friday so we can finalise things.", WED),
        ("You need to submit the assessment by Monday 16 November to get feedback.", WED),
        ("", WED),
    ],
)
def test_no_decision_date(text: str, sent: datetime) -> None:
    assert find_decision_by(text, sent) is None


RETURN_CASES = [
    ("I'm out of the office and will be back on Monday 30 November.", WED, date(2026, 11, 30)),
    ("Ich bin ab dem 1. Dezember wieder im Büro.", WED_CET, date(2026, 12, 1)),
    ("Out of office. Returning 2.12. In urgent cases write to hr@x.example.", WED_CET,
     date(2026, 12, 2)),
    ("Je suis absente et serai de retour le 3 décembre.", WED_CET, date(2026, 12, 3)),
    ("Ich bin zurück am 1. Dezember.", WED_CET, date(2026, 12, 1)),
    ("Ik ben afwezig en terug op maandag.", WED_CET, date(2026, 11, 16)),
    ("I'm on leave until 24 November.", WED, date(2026, 11, 25)),
    ("I am travelling from 20 November through 24 November with limited access to email.",
     WED, date(2026, 11, 25)),
    ("Ich bin bis einschließlich 27.11. im Urlaub.", WED_CET, date(2026, 11, 28)),
    ("Estoy de vacaciones hasta el 27 de noviembre.", WED_CET, date(2026, 11, 28)),
    ("Je suis en congé jusqu'au 27 novembre inclus.", WED_CET, date(2026, 11, 28)),
    ("Ik ben met vakantie tot en met 27 november.", WED_CET, date(2026, 11, 28)),
    ("Estaré de vuelta el lunes 30 de noviembre.", WED_CET, date(2026, 11, 30)),
    ("I'm away until Friday 27 November and back in the office on Monday 30 November.", WED,
     date(2026, 11, 30)),
    ("Out of office over the holidays, back on 4 January.", datetime(2026, 12, 23, tzinfo=LONDON),
     date(2027, 1, 4)),
    ("Thank you for your email. I will be back in the office on 23/11.", WED, date(2026, 11, 23)),
    ("I'm out until the 20th.", WED, date(2026, 11, 21)),
    ("Je serai absent du 12 au 20 novembre inclus.", WED_CET, date(2026, 11, 21)),
    ("Ab Montag, 16.11., bin ich wieder erreichbar.", WED_CET, date(2026, 11, 16)),
    ("Ik ben vanaf maandag 16 november weer aanwezig.", WED_CET, date(2026, 11, 16)),
    ("Thanks for your note - I'm travelling and will be back in the office next week.", WED,
     date(2026, 11, 16)),
    ("Ich bin ab nächste Woche wieder im Büro.", WED_CET, date(2026, 11, 16)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sent", "expected"), RETURN_CASES)
def test_return_date(text: str, sent: datetime, expected: date) -> None:
    assert find_return_date(text, sent) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for your message, I'll reply soon.",
        "I was out of the office until 2 November.",
        "Our office is closed for renovation.",
        "Slots are available from Tuesday 17 November to Friday 20 November.",
        "",
    ],
)
def test_no_return_date(text: str) -> None:
    assert find_return_date(text, WED) is None


@pytest.mark.parametrize(
    "garbage",
    [
        "\x00\x01\x02",
        "32/13/2026 25:61",
        "99.99.9999 um 99:99 Uhr",
        "Monday Monday Monday the 99th at 99pm",
        "::::---....////",
        "2026-02-30T25:00 GMT+99",
        "Tuesday 31 February at 3pm",
        "é" * 1000,
        "\n" * 500 + "at 3pm",
    ],
)
def test_garbage_never_raises(garbage: str) -> None:
    span = find_interview_time(garbage, WED)
    assert span is None or span.start.utcoffset() is not None
    decided = find_decision_by(garbage, WED)
    assert decided is None or WED.date() <= decided <= WED.date() + timedelta(days=120)
    back = find_return_date(garbage, WED)
    assert back is None or back >= WED.date()


def test_impossible_dates_are_not_invented() -> None:
    assert find_interview_time("Interview on Tuesday 31 February at 3pm", WED) is None
    assert find_interview_time("Interview on 30.02.2027 um 10 Uhr", WED_CET) is None


def test_odd_sending_dates() -> None:
    naive = datetime(2026, 11, 11, 10, 0)
    span = find_interview_time("Interview on Tuesday 24 November at 3pm", naive)
    assert span is not None and utc(span.start) == "2026-11-24T15:00:00+00:00"
    ancient = datetime(1, 1, 2, tzinfo=UTC)
    assert find_interview_time("Interview tomorrow at 3pm", ancient) is None
    assert find_decision_by("We'll decide by Friday.", ancient) is None
    assert find_return_date("Back tomorrow.", datetime(9999, 12, 31, tzinfo=UTC)) is None


def test_large_text_is_handled() -> None:
    # a long newsletter: many times and dates, only the last block is the interview
    filler = "Webinar on Friday 20 November at 7pm GMT, 15.00 EUR, 10-12 people. " * 3000
    text = filler + "\n\nYour interview is confirmed for Tuesday 24 November at 3pm GMT."
    span = find_interview_time(text, WED)
    assert span is not None
    assert utc(span.start) == "2026-11-24T15:00:00+00:00"
    assert find_decision_by(filler, WED) is None


VOCABULARY = [
    "Tuesday", "24", "November", "at", "3pm", "GMT", "15:00", "-", "16:00", "Uhr", "um",
    "morgen", "demain", "mañana", "a las", "10", "om", "uur", "15.00", "EUR", "the 19th",
    "Eastern", "(Pacific)", "UTC-05:00", "Europe/Lisbon", "next week", "by Friday", "within",
    "two weeks", "we'll get back to you", "please reply", "Was:", "New time:", "instead of",
    "statt", "45 minutes", "for an hour", "back on", "until", "2.12.", "12.11.2026", "\n",
    ".", ",", "IST", "interview", "Gespräch", "end of the month", "before the 30th",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(VOCABULARY), max_size=40),
    noise=st.text(max_size=40),
    sent=st.datetimes(
        min_value=datetime(1800, 1, 1),
        max_value=datetime(2300, 1, 1),
        timezones=st.timezones(),
    ),
)
def test_any_text_any_sent_never_raises_and_stays_aware(
    words: list[str], noise: str, sent: datetime
) -> None:
    text = " ".join(words) + noise
    span = find_interview_time(text, sent)
    if span is not None:
        assert isinstance(span, TimeSpan)
        assert span.start.utcoffset() is not None
        assert span.end is None or span.end.utcoffset() is not None
        assert span.end is None or span.end > span.start
    decided = find_decision_by(text, sent)
    assert decided is None or decided >= sent.date()
    back = find_return_date(text, sent)
    assert back is None or back >= sent.date()


@settings(max_examples=200, deadline=None)
@given(text=st.text(), sent=st.datetimes(timezones=st.timezones()))
def test_arbitrary_unicode_never_raises(text: str, sent: datetime) -> None:
    for result in (find_interview_time(text, sent),):
        assert result is None or result.start.utcoffset() is not None
    find_decision_by(text, sent)
    find_return_date(text, sent)
