"""What stands right before a time of day and makes a bare number an hour: a day ("see you
Tuesday at 10", "jeudi 14h", "Thurs 10.30", "Nov 24 at 2"), the part of a day ("Thursday
evening at 7"), or a move's "from" ("has moved from 10am to 2pm", whose hour is the old).

Read backwards from the hour (:func:`led_by`): a pattern led by the long day alternation
would be tried at every position of a text.
"""

from __future__ import annotations

import re

from .lexicon import EN_WEEKDAY_ABBR, MONTHS, WEEKDAYS, alternation

# "see you Tuesday at 10", "thurs at 3", "Tue the 24th at 2", "Nov 24 at 2": a bare hour
# right after a day is that day's time (a bare number elsewhere may be a count or a price).
DAY_WORD = (
    r"(?:\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw|tmr|"
    r"today|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute|maandag|"
    rf"dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|\b{EN_WEEKDAY_ABBR}\.?)"
)
MONTH_WORD = rf"\b(?:{alternation(MONTHS)})\.?"
_DATE_AFTER_DAY = (
    rf"(?:,?\s+(?:(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)|[01]?\d/[0-3]?\d|{MONTH_WORD}\s+[0-3]?\d"
    r"(?:st|nd|rd|th)?))"
)
_BARE_DATE = (
    rf"(?:\bthe\s+[0-3]?\d(?:st|nd|rd|th)|{MONTH_WORD}\s+[0-3]?\d(?:st|nd|rd|th)?|"
    rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_WORD})"
)
# "Thursday morning at 9", "Tue 24th afternoon at 3": the part of the day may come between
DAY_LED = (
    rf"(?:{DAY_WORD}{_DATE_AFTER_DAY}?|{_BARE_DATE}),?\s+(?:(?:morning|afternoon|evening),?\s+)?"
)
DAY_BEFORE = re.compile(rf"{DAY_LED}$", re.IGNORECASE)
LATER_PART = re.compile(r"\b(?:afternoon|evening),?\s+$", re.IGNORECASE)  # "Thursday evening at 7"
# "jeudi 14h", "mardi 24/11 14h", "jueves 12 de noviembre, 16h": an hour written "14h" right
# after a weekday (and its date) is that day's time, as "à 14h" is ("24h support" is none).
WEEKDAY_BEFORE = re.compile(
    rf"\b(?:{alternation(WEEKDAYS)}|demain|mañana)(?:\s+(?:le\s+)?[0-3]?\d(?:er)?"
    rf"(?:[/.][01]?\d\.?|(?:\s+de)?\s+{MONTH_WORD})?)?,?\s+$",
    re.IGNORECASE,
)
_DAY_REACH = 48


# "has moved from 10am to 2pm", "décalé de 10h à 14h", "verplaatst van 10.00 naar": two
# times of a move, the old and the new, not the start and end of one meeting ("moved to
# Tuesday from 10 to 11", "rescheduled: Tuesday from 10 to 11" are the new meeting's range:
# only "back", "it" or the meeting may come between the verb and "from").
MOVED_FROM = re.compile(
    r"\b(?:mov|chang|shift|push|bump|reschedul|postpon|switch|delay|d[ée]cal|d[ée]plac|avanc|"
    r"report|verschob|verleg|verplaats|verzet|cambi|movid|adelant|retras|aplaz)\w*"
    r"(?:\s+(?:back|forward|up|over|it|(?:the|your|our)\s+\w+)){0,2}\s+"
    r"(?:from|de(?:\s+las?)?|du|van|von|desde(?:\s+las?)?)\s*$",
    re.IGNORECASE,
)


def led_by(pattern: re.Pattern[str], text: str, position: int) -> bool:
    """Whether ``pattern`` (ending in "$") matches right before ``position``."""
    return pattern.search(text, max(0, position - _DAY_REACH), position) is not None
