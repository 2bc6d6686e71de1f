"""The interview time: causes seen on fresh mail, pinned with mail of our own.

- A server's UTC stamp says nothing of the writer's zone; the writer's phone code or city
  does ("T +31 ...", "Ciudad de México", "+49 (0)40 ...").
- Letters in brackets after an ordinary word spell out a term ("Basic Safety Training
  (BST)"), they are no zone for the whole mail.

Expectations worked out by hand: Europe keeps winter time (+01:00) from 25 October 2026;
Mexico City keeps -06:00 all year since 2022.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from afterview.understand.dates import find_decision_by, find_interview_time

UTC_STAMP = datetime(2026, 11, 16, 10, 20, tzinfo=UTC)
BERLIN_SENT = datetime(2026, 11, 16, 10, 20, tzinfo=timezone(timedelta(hours=1)))


def hours(value: float) -> timedelta:
    return timedelta(hours=value)


@pytest.mark.parametrize(
    ("text", "signature", "offset"),
    [
        # English from a Dutch office: the phone code in the signature
        (
            "Great, Thursday 19 November at 14:00 works for us. See you at our office.",
            "Pieter de Wit | Talent\nT +31 20 555 0192",
            1,
        ),
        # the same code written in the text itself, in brackets and without spaces
        (
            "We look forward to seeing you on Monday 23 November, 10:30. Any questions, "
            "call me on (+32)475123456.",
            "",
            1,
        ),
        # Spanish from Mexico: the city in the address, no zone, no country code
        (
            "Te esperamos el miércoles 18 de noviembre a las 11:00 en nuestras oficinas de "
            "Polanco, Ciudad de México.",
            "",
            -6,
        ),
        (
            "Confirmado: entrevista el jueves 19/11 a las 16:00 en Av. Reforma 222, CDMX.",
            "Recursos Humanos",
            -6,
        ),
        # French from Switzerland, the signature's phone code
        (
            "Nous vous attendons le mardi 24 novembre à 9h30 dans nos locaux.",
            "Claire Dubois\nRessources humaines\nTél. +41 22 555 12 12",
            1,
        ),
        # Singapore office, English
        (
            "Your interview is confirmed for Wednesday 25 November at 3:00 pm.",
            "Tan Wei Ling | HR\nMobile: +65 9123 4567",
            8,
        ),
    ],
)
def test_writer_place_gives_the_zone_under_a_utc_stamp(text, signature, offset):
    found = find_interview_time(text, UTC_STAMP, signature=signature)
    assert found is not None
    assert found.start.utcoffset() == hours(offset)


@pytest.mark.parametrize(
    ("text", "signature"),
    [
        # +1 spans six zones: no guess from it
        ("See you Thursday 19 November at 2:00 pm.", "Dana Cole\n+1 415 555 0100"),
        # two places in different zones cancel each other out
        (
            "See you Thursday 19 November at 2:00 pm.",
            "Offices in Berlin and Singapore\n+44 20 7946 0000",
        ),
    ],
)
def test_no_single_writer_place_leaves_the_header_zone(text, signature):
    found = find_interview_time(text, UTC_STAMP, signature=signature)
    assert found is not None
    assert found.start.utcoffset() == hours(0)


def test_writer_place_only_replaces_a_utc_stamp():
    # a real offset in the header is the sender's clock: the signature does not move it
    sent = datetime(2026, 11, 16, 10, 20, tzinfo=timezone(timedelta(hours=-5)))
    found = find_interview_time(
        "Confirmed for Thursday, November 19 at 2:00 pm.", sent, signature="Tel +49 40 5555"
    )
    assert found is not None
    assert found.start.utcoffset() == hours(-5)


def test_a_zone_in_the_text_beats_the_writer_place():
    found = find_interview_time(
        "Confirmed for Thursday 19 November at 9:00 (UK time).",
        UTC_STAMP,
        signature="Tel +49 40 5555 0000",
    )
    assert found is not None
    assert found.start.utcoffset() == hours(0)


@pytest.mark.parametrize(
    "text",
    [
        "Dann am Mittwoch, 25.11., um 9:30 Uhr in Husum. Bitte die GWO-Zertifikate (BST) "
        "mitbringen.",
        "Confirmed: Wednesday 25 November at 9:30 at the depot. Bring your Basic Safety "
        "Training (BST) card and your Working at Heights (WAH) ticket.",
        "On se voit mercredi 25 novembre à 9h30. Apportez l'attestation de formation (EET) "
        "si vous l'avez.",
    ],
)
def test_bracketed_abbreviation_of_a_term_is_no_zone(text):
    found = find_interview_time(text, BERLIN_SENT)
    assert found is not None
    assert found.start.utcoffset() == hours(1)
    assert (found.start.hour, found.start.minute) == (9, 30)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("Confirmed for Wednesday 25 November at 9:30 (BST).", 0),
        ("Confirmed for Wednesday 25 November at 9:30, all times London time (GMT).", 0),
        ("Confirmed for Wednesday 25 November at 9:30 New York time (EST).", -5),
    ],
)
def test_bracketed_zone_after_a_time_or_zone_word_still_counts(text, offset):
    found = find_interview_time(text, BERLIN_SENT)
    assert found is not None
    assert found.start.utcoffset() == hours(offset)


NOV_16 = datetime(2026, 11, 16, 9, 5, tzinfo=timezone(timedelta(hours=-5)))
NOV_16_BRUSSELS = datetime(2026, 11, 16, 9, 5, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        # Flemish writes hours with "u": "14u00", "om 13u", "9u30"
        (
            "De gesprekken vinden plaats op woensdag 25 november:\n  9u30 - 10u15  kennismaking\n"
            "  10u15 - 11u00  rondleiding",
            NOV_16_BRUSSELS,
            (11, 25, 9, 30),
        ),
        (
            "Afgesproken: donderdag 26/11 om 15u op de werf in Gent.",
            NOV_16_BRUSSELS,
            (11, 26, 15, 0),
        ),
        # a bare hour right after a day written with its date
        ("Sounds good, Wed the 18th at 3 then. Park round the back.", NOV_16, (11, 18, 15, 0)),
        ("thurs at 11 works for Dana, she'll send the invite.", NOV_16, (11, 19, 11, 0)),
        ("Great - Nov 20 at 2 it is. See you at the clinic.", NOV_16, (11, 20, 14, 0)),
        # a 24-hour clock without a colon, as trades and hospitals write it
        ("Come in Fri 20th 0645 for the site induction, hi-vis on.", NOV_16, (11, 20, 6, 45)),
        ("Interview: Tuesday, 11/24\nTime: 1330-1430 (Central)\nUnit 5B", NOV_16, (11, 24, 13, 30)),
        # a text message's one-letter am/pm
        ("ur booked for sat 11/21 @ 9a w/ Marco at the Elm St shop", NOV_16, (11, 21, 9, 0)),
        (
            "Confirmed for Monday 23 November at 4:15p, call me if you're late.",
            NOV_16,
            (11, 23, 16, 15),
        ),
    ],
)
def test_times_written_in_short_forms(text, sent, expected):
    found = find_interview_time(text, sent)
    assert found is not None
    start = found.start
    assert (start.month, start.day, start.hour, start.minute) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a street number after "at", a year after a date, a room and a count after a day
        "Your interview is on Monday 23 November, meet us at 1030 Harbour Road.",
        "Your interview is on Monday, November 23, 2026. We will confirm the time later.",
        "We still have Monday 23 November open; the interview is in room 10a.",
        "On Monday 23 November at 3 sites we are hiring; we'll confirm a time soon.",
    ],
)
def test_numbers_near_a_day_that_are_no_time(text):
    assert find_interview_time(text, NOV_16) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the old time under a heading of its own, the new one under another
        (
            "Your appointment has changed.\n\nORIGINAL APPOINTMENT\n  Tuesday 24 November 2026, "
            "10:00 - 10:30\n\nUPDATED APPOINTMENT\n  Thursday 26 November 2026, 15:00 - 15:30\n",
            (11, 26, 15, 0),
        ),
        (
            "Ihr Vorstellungsgespräch wurde verlegt.\nBisheriger Termin:\nMittwoch, 25.11.2026, "
            "10:00 Uhr\nNeuer Termin:\nFreitag, 27.11.2026, 13:00 Uhr",
            (11, 27, 13, 0),
        ),
        (
            "Votre entretien est déplacé.\nAncienne date\nlundi 23 novembre 2026 à 9h00\n"
            "Nouvelle date\nmardi 24 novembre 2026 à 11h00",
            (11, 24, 11, 0),
        ),
        # the old time marked on its own line as no longer holding
        (
            "Interview details:\n  Mon 23 Nov 2026, 9:00 AM (cancelled)\n  "
            "Wed 25 Nov 2026, 2:00 PM\nSee you then.",
            (11, 25, 14, 0),
        ),
        ("Previous:  Monday 23 November, 9:00\nNew:  Tuesday 24 November, 16:00", (11, 24, 16, 0)),
        # "you were booked for" names the old time
        (
            "Sorry for the shuffle. You were booked for Monday 23rd at 10.00; we've now got you on "
            "Wednesday 25th, 2.30pm with the same panel.",
            (11, 25, 14, 30),
        ),
    ],
)
def test_the_old_time_of_a_moved_interview_is_dropped(text, expected):
    found = find_interview_time(text, BERLIN_SENT)
    assert found is not None
    start = found.start
    assert (start.month, start.day, start.hour, start.minute) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reporting or log-in time in a field of its own comes before the start
        (
            "Date: Friday 27 November 2026\nReporting time: 13:45\nInterview time: 14:05\n"
            "Venue: Room 4",
            (14, 5),
        ),
        (
            "Assessment day - Thursday 26 November 2026\nPlease log in by 8:30\n"
            "Session starts 8:45 sharp",
            (8, 45),
        ),
        (
            "DATE: Saturday, November 28, 2026\nREPORT: 0715 hrs (doors close at 0740 hrs)\n"
            "TEST: 0800 hrs - 1000 hrs",
            (8, 0),
        ),
    ],
)
def test_reporting_and_door_times_come_before_the_start(text, expected):
    found = find_interview_time(text, BERLIN_SENT)
    assert found is not None
    assert (found.start.hour, found.start.minute) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal of a floor, a round or a time is no day of the month
        (
            "See you on Tuesday, December 1, 2026 at 10:00. Reception is on the 3rd floor.",
            (12, 1, 10, 0),
        ),
        (
            "Confirming Thursday 26 November at 11:30 for the 2nd round; it's the 4th time we "
            "meet, so no slides.",
            (11, 26, 11, 30),
        ),
    ],
)
def test_an_ordinal_of_a_thing_is_no_day(text, expected):
    found = find_interview_time(text, BERLIN_SENT)
    assert found is not None
    start = found.start
    assert (start.month, start.day, start.hour, start.minute) == expected


PACIFIC_NOV_20 = datetime(2026, 11, 20, 13, 5, tzinfo=timezone(timedelta(hours=-8)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sent from a US offset in English, but 03/12/2026 as March 12 lies eight months back
        ("Interview confirmed.\nDate: 03/12/2026\nTime: 15:00 GMT", (12, 3)),
        ("Your panel is on 01/12/2026 at 9:30 am, see you then.", (12, 1)),
        # both readings ahead: the writer's order stands (month first from a US offset)
        ("Your panel is on 12/01/2026 at 9:30 am, see you then.", (12, 1)),
    ],
)
def test_a_numeric_date_long_past_one_way_is_read_the_other(text, expected):
    found = find_interview_time(text, PACIFIC_NOV_20)
    assert found is not None
    assert (found.start.month, found.start.day) == expected


# Decision dates. Sent on Tuesday 10 November 2026; "next week" ends Friday 20 November.
TUE_NOV_10 = datetime(2026, 11, 10, 15, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the news the candidate will receive
        ("Je krijgt volgende week van ons een antwoord over de tweede ronde.", date(2026, 11, 20)),
        (
            "U ontvangt binnen twee weken bericht over het vervolg van de procedure.",
            date(2026, 11, 24),
        ),
        ("You will receive a final answer from the panel within ten days.", date(2026, 11, 20)),
        ("Sie erhalten bis Freitag, 20.11., eine Nachricht von mir.", date(2026, 11, 20)),
        # a list of results published by a day
        (
            "The shortlist for the final round will be published on our careers page by "
            "Friday 27 November.",
            date(2026, 11, 27),
        ),
        (
            "La lista de personas seleccionadas para la entrevista se publicará a más tardar el "
            "30 de noviembre.",
            date(2026, 11, 30),
        ),
        # "the following Friday" counts from the day named before it
        (
            "The assessments close on Monday 16 November and we'll let you know the outcome the "
            "following Friday.",
            date(2026, 11, 20),
        ),
        (
            "Die Auswahlkommission tagt am 23.11.; am darauffolgenden Freitag melden wir uns bei "
            "Ihnen.",
            date(2026, 11, 27),
        ),
        (
            "El comité se reúne el lunes 16 de noviembre y le daremos una respuesta el viernes "
            "siguiente.",
            date(2026, 11, 20),
        ),
    ],
)
def test_employer_promises_read_as_a_decision_date(text, expected):
    assert find_decision_by(text, TUE_NOV_10) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the candidate's news to send, a published advert, and a weekday with nothing before
        "Please make sure we receive your answer by Friday 20 November.",
        "The vacancy will be published on our website on 1 December.",
        "We'll let you know the following Friday.",
    ],
)
def test_no_employer_promise_no_decision_date(text):
    assert find_decision_by(text, TUE_NOV_10) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fortnight in French and Spanish words, and other counts written out
        ("Nous reviendrons vers vous sous quinze jours.", date(2026, 11, 25)),
        ("Te daremos una respuesta en quince días como máximo.", date(2026, 11, 25)),
        ("We will get back to you within fourteen days of today.", date(2026, 11, 24)),
        # a number's point ends a sentence before the next one: the candidate's task does
        # not turn the employer's promise that follows into a deadline
        (
            "Please spend no more than 3. Send it back by Friday 13 November. We will get back "
            "to you by the end of next week.",
            date(2026, 11, 20),
        ),
        # ... but a dotted date and a German ordinal run on ("bis 27.11. Bescheid")
        ("Wir geben Ihnen bis spätestens 27.11. Bescheid, wie es weitergeht.", date(2026, 11, 27)),
    ],
)
def test_counted_and_split_timelines(text, expected):
    assert find_decision_by(text, TUE_NOV_10) == expected
