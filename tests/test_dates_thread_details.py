"""Interview details as a careful reader finds them in fresh mail: a date and its weekday in
brackets are one day, short-hand times ("tmrw", "0800 Mountain"), a bare weekday in a reply
settled by the date the quoted thread gives it. Several languages, with counter-cases."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from afterview.understand.dates import find_interview_time
from afterview.understand.dates.mentions import scan_dates

CET = timezone(timedelta(hours=1))
SENT = datetime(2026, 11, 20, 9, 41, tzinfo=CET)  # a Friday


def _start(text: str, sent: datetime = SENT, **kw: object) -> datetime | None:
    found = find_interview_time(text, sent, **kw)
    return found.start if found else None


@pytest.mark.parametrize(
    "text",
    [
        "The interview will be on 3.12. (Thursday) starting at 9:30.",
        "Date: 03/12/2026 (Thursday)\nTime: 9.30am - 10.15am",
        "Das Vorstellungsgespräch ist am Donnerstag (3. Dezember) um 9:30 Uhr.",
        "L'entretien aura lieu jeudi (3 décembre) à 9h30.",
        "Confirmed for next Thursday (3rd) at half nine for the interview.",
        "La entrevista será el jueves (día 3) a las 9:30.",
    ],
)
def test_a_date_and_its_weekday_in_brackets_are_one_day(text: str) -> None:
    assert _start(text) == datetime(2026, 12, 3, 9, 30, tzinfo=CET)


def test_bracketed_weekday_mentions_merge_into_the_dated_one() -> None:
    found = scan_dates("on 3.12. (Thursday) or 4.12. (Friday)", date(2026, 11, 20))
    assert [m.day for m in found] == [date(2026, 12, 3), date(2026, 12, 4)]


def test_a_weekday_with_brackets_holding_no_day_stays_a_weekday() -> None:
    # counter-case: "(tbc)" is no day of the month; Thursday is the coming one
    assert _start("Interview next week Thursday (tbc) at 10:00.") == datetime(
        2026, 11, 26, 10, 0, tzinfo=CET
    )


MOUNTAIN_EVENING = datetime(2026, 11, 18, 17, 52, tzinfo=timezone(timedelta(hours=-7)))


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("Hi - tmrw works. 0800 Mountain, I'll send a Teams link.", 8, 0),
        ("confirmed for tmr 10am at our office, ask for me at reception", 10, 0),
        ("Interview tomorrow at 1430 hrs in the plant office.", 14, 30),
        ("Das Gespräch ist morgen um 0930h.", 9, 30),
        ("Entretien demain à 1015h dans nos locaux.", 10, 15),
    ],
)
def test_phone_shorthand_and_four_digit_times(text: str, hour: int, minute: int) -> None:
    found = _start(text, MOUNTAIN_EVENING)
    assert found is not None
    assert (found.date(), found.hour, found.minute) == (date(2026, 11, 19), hour, minute)


@pytest.mark.parametrize(
    "text",
    [
        "Call on Thursday 19 November, ref 2015 EST",  # a year before a zone
        "We had 1200 applicants; the interview is on Thursday 19 November.",  # a count
        "Interview on Thursday 19 November; ticket #1030 EST",
    ],
)
def test_four_digits_that_are_no_time(text: str) -> None:
    assert _start(text, MOUNTAIN_EVENING) is None


ATLANTIC = timezone(timedelta(hours=-4))
MONDAY = datetime(2026, 11, 16, 12, 3, tzinfo=ATLANTIC)


@pytest.mark.parametrize(
    ("reply", "history"),
    [
        (
            "Thursday at 2pm works perfectly for us - it will be on Teams.",
            "> I could do:\n> - Wednesday Nov 25, 10:00\n> - Thursday Nov 26, 14:00\n",
        ),
        (
            "Donnerstag um 14 Uhr passt uns gut, das Gespräch findet per Teams statt.",
            "Ich könnte am Mittwoch, 25.11., oder am Donnerstag, 26.11., jeweils ab 13 Uhr.",
        ),
        (
            "Jeudi à 14h nous convient très bien pour l'entretien.",
            "> Je suis disponible le mercredi 25 novembre ou le jeudi 26 novembre.",
        ),
    ],
)
def test_a_bare_weekday_in_a_reply_is_the_day_the_thread_dates(reply: str, history: str) -> None:
    assert _start(reply, MONDAY, history=history) == datetime(2026, 11, 26, 14, 0, tzinfo=ATLANTIC)


def test_without_the_thread_the_weekday_is_the_coming_one() -> None:
    reply = "Thursday at 2pm works perfectly for us - it will be on Teams."
    assert _start(reply, MONDAY) == datetime(2026, 11, 19, 14, 0, tzinfo=ATLANTIC)


@pytest.mark.parametrize(
    "history",
    [
        # two Thursdays offered: the thread does not say which, the coming one stays
        "> Thursday Nov 19 or Thursday Nov 26 would both work for me.",
        # a Thursday already past when the reply was sent dates nothing
        "> Thanks for the call on Thursday Nov 12.",
    ],
)
def test_a_thread_that_dates_no_single_coming_weekday_changes_nothing(history: str) -> None:
    reply = "Thursday at 2pm works perfectly for us - it will be on Teams."
    assert _start(reply, MONDAY, history=history) == datetime(2026, 11, 19, 14, 0, tzinfo=ATLANTIC)
