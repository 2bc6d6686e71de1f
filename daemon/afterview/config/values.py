"""Parsers for the small textual value types of the configuration.

Each takes the text a user wrote and returns a typed value, or raises ``ValueError`` whose
message is fit to follow ``FILE:LINE: key:`` (it says what was expected and what was given).
They know nothing of YAML, so they serve the command line too (``--now``-like options).
"""

from __future__ import annotations

import ipaddress
import re
from datetime import time, timedelta

_DURATION = re.compile(
    r"(?:(?P<w>\d+)\s*w)?\s*(?:(?P<d>\d+)\s*d)?\s*(?:(?P<h>\d+)\s*h)?\s*"
    r"(?:(?P<m>\d+)\s*m)?\s*(?:(?P<s>\d+)\s*s)?",
    re.IGNORECASE,
)
_DURATION_HELP = "a duration such as 30s, 90m, 1h, 7d or 2d12h"


def parse_duration(text: str) -> timedelta:
    """``90m``, ``1h``, ``7d``, ``2d12h``, ``30s``, ``2w``: units largest first, each once."""
    stripped = str(text).strip()
    match = _DURATION.fullmatch(stripped)
    if not stripped or match is None or not any(match.groupdict().values()):
        hint = " (a unit is needed: s, m, h, d or w)" if stripped.isdigit() else ""
        raise ValueError(f"expected {_DURATION_HELP}, got {text!r}{hint}")
    parts = {unit: int(value) for unit, value in match.groupdict().items() if value}
    try:
        return timedelta(
            weeks=parts.get("w", 0),
            days=parts.get("d", 0),
            hours=parts.get("h", 0),
            minutes=parts.get("m", 0),
            seconds=parts.get("s", 0),
        )
    except OverflowError:
        raise ValueError(f"duration {text!r} is too large") from None


def format_duration(value: timedelta) -> str:
    """The inverse of ``parse_duration``: ``2d12h``, ``90m`` becomes ``1h30m``; ``0s`` for zero."""
    seconds = int(value.total_seconds())
    out = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            out.append(f"{count}{unit}")
    return "".join(out) or "0s"


_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


def parse_clock(text: str) -> time:
    """A wall-clock time ``HH:MM`` (24-hour), in the configured time zone."""
    match = _CLOCK.fullmatch(str(text).strip())
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(f'expected a time of day as "HH:MM" (24-hour), got {text!r}')
    return time(int(match[1]), int(match[2]))


def parse_hours(text: str) -> tuple[time, time]:
    """Business hours ``"09:00-17:30"``: start before end, within one day."""
    start, sep, end = str(text).partition("-")
    if not sep:
        raise ValueError(f'expected hours as "HH:MM-HH:MM" such as "09:00-17:30", got {text!r}')
    first, last = parse_clock(start), parse_clock(end)
    if first >= last:
        raise ValueError(f"the hours {text!r} end before they start")
    return first, last


_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_NAMES = tuple(day[:3] for day in _DAYS)


def parse_day(text: str) -> int:
    """A weekday name (``mon`` or ``monday``, any case) as 0 = Monday ... 6 = Sunday."""
    word = str(text).strip().lower()
    for number, day in enumerate(_DAYS):
        if word in (day, day[:3]):
            return number
    raise ValueError(f"expected a weekday (mon, tue, wed, thu, fri, sat, sun), got {text!r}")


def parse_days(text: str) -> frozenset[int]:
    """One weekday or a range of them: ``fri``, ``mon-fri``, ``sat-sun``."""
    first, sep, last = str(text).partition("-")
    if not sep:
        return frozenset({parse_day(first)})
    start, end = parse_day(first), parse_day(last)
    if end < start:
        raise ValueError(f"the range {text!r} runs backwards; write it as e.g. mon-fri")
    return frozenset(range(start, end + 1))


_SIZE = re.compile(r"(\d+)\s*([kmg]?)(i?b)?", re.IGNORECASE)


def parse_size(text: str) -> int:
    """A size in bytes: ``1048576``, ``500KB``, ``25MB``, ``1GB`` (binary: 1KB = 1024 bytes)."""
    match = _SIZE.fullmatch(str(text).strip())
    if match is None:
        raise ValueError(f"expected a size such as 500KB, 25MB or a number of bytes, got {text!r}")
    factor = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[match[2].lower()]
    return int(match[1]) * factor


def is_loopback_host(host: str) -> bool:
    """True for ``localhost``, ``*.localhost`` (RFC 6761), 127.0.0.0/8 and ::1."""
    name = host.strip().rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name.strip("[]")).is_loopback
    except ValueError:
        return False


_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+")


def parse_email(text: str) -> str:
    """A bare address ``local@domain.tld`` (no display name: that is ``me.name``)."""
    address = str(text).strip()
    if not _EMAIL.fullmatch(address):
        raise ValueError(f"expected an email address such as alex@example.org, got {text!r}")
    return address
