"""Lengths of a meeting written in text: "45 minutes", "for an hour", "45 Minuten",
"une heure", "media hora", "anderhalf uur".

Apart from the times of day in :mod:`.clock` because a length is read differently: by its
number and unit or a phrase, and refused where it is a deadline or a warning ("within 48
hours", "arrive 15 minutes early") rather than how long the meeting lasts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class DurationMention:
    """A meeting's length at text[start:end]."""

    start: int
    end: int
    length: timedelta


_DURATION_WORDS = {
    "half an hour": 30, "half-hour": 30, "half hour": 30, "an hour and a half": 90,
    "one and a half hours": 90, "one and a half hour": 90, "an hour": 60, "one hour": 60,
    "one-hour": 60, "hour-long": 60, "two hours": 120, "two-hour": 120,
    "eine stunde": 60, "einer stunde": 60, "einstündige": 60, "einstündiges": 60,
    "einstündigen": 60, "anderthalb stunden": 90, "eineinhalb stunden": 90,
    "eine halbe stunde": 30, "einer halben stunde": 30, "zwei stunden": 120,
    "une heure": 60, "une heure et demie": 90, "une demi-heure": 30, "deux heures": 120,
    "una hora": 60, "una hora y media": 90, "media hora": 30, "dos horas": 120,
    "een uur": 60, "één uur": 60, "anderhalf uur": 90, "een half uur": 30, "half uur": 30,
    "twee uur": 120, "three hours": 180, "three-hour": 180, "drei stunden": 180,
    "dreistündige": 180, "trois heures": 180, "tres horas": 180, "drie uur": 180,
    "two and a half hours": 150, "zweieinhalb stunden": 150, "deux heures et demie": 150,
    "dos horas y media": 150, "tweeënhalf uur": 150, "twee en een half uur": 150,
}  # fmt: skip
_DURATION = re.compile(
    r"(?<![\w.,:])(?:(?P<n>\d{1,3}(?:[.,]5)?)\s*(?:-\s*)?(?P<u>minutes?|mins?\b\.?|minuten|"
    r"minütige[nrs]?|minutos|minuto|hours?|hrs?\b\.?|stunden?|stündige[nrs]?|horas?)"
    r"|(?P<w>" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in
                         sorted(_DURATION_WORDS, key=len, reverse=True)) + r"))(?![\w])",
    re.IGNORECASE,
)  # fmt: skip
# "arrive 15 minutes early", "within 48 hours", "every 2 hours": not the meeting's length.
_DURATION_AFTER_NOT = re.compile(
    r"\s*(?:early|earlier|before|prior|in\s+advance|ahead|beforehand|late|ago|later|"
    r"fr[üu]her|vorher|vorab|avant|à\s+l'avance|antes|de\s+antelaci[oó]n|eerder|"
    r"van\s+tevoren|te\s+vroeg)\b",
    re.IGNORECASE,
)
_DURATION_BEFORE_NOT = re.compile(
    r"\b(?:within|in|next|every|alle|innerhalb|nächsten|binnen|komende|dans|sous|prochaines|"
    r"toutes\s+les|cada|próximas|proximas|en|las|after|nach|après|después|na|om|à)\s*$",
    re.IGNORECASE,
)


def scan_durations(text: str) -> list[DurationMention]:
    """Lengths of a meeting between 5 minutes and 8 hours, in text order."""
    found = []
    for match in _DURATION.finditer(text):
        if _DURATION_AFTER_NOT.match(text, match.end()):
            continue
        if _DURATION_BEFORE_NOT.search(text, max(0, match.start() - 20), match.start()):
            continue
        if match.group("w"):
            minutes = float(_DURATION_WORDS[" ".join(match.group("w").lower().split())])
        else:
            number = float(match.group("n").replace(",", "."))
            hours = match.group("u").lower().startswith(("h", "st"))
            minutes = number * 60 if hours else number
        if 5 <= minutes <= 8 * 60:
            found.append(DurationMention(match.start(), match.end(), timedelta(minutes=minutes)))
    return found
