"""Naming a time zone: IANA keys, Windows names, Outlook labels, city names.

Shared by the calendar reader (TZID parameters) and the date finder (zones written in
text). Everything resolves to zoneinfo zones where possible, so daylight saving time
follows the date in question rather than a fixed offset.
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

try:  # icalendar ships the full CLDR table; keep a fallback for the common names
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON as _CLDR
except ImportError:  # pragma: no cover - depends on the installed icalendar
    _CLDR = {}

__all__ = [
    "iana_zone",
    "offset_in_label",
    "zone_for_city",
    "zone_for_place",
    "zone_from_tzid",
]

_WINDOWS_COMMON = {
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev",
    "GTB Standard Time": "Europe/Bucharest",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "US Mountain Standard Time": "America/Phoenix",
    "Pacific Standard Time": "America/Los_Angeles",
    "Alaskan Standard Time": "America/Anchorage",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "India Standard Time": "Asia/Kolkata",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "UTC": "UTC",
}
_WINDOWS = {name.casefold(): key for name, key in {**_WINDOWS_COMMON, **_CLDR}.items()}

# Outlook sometimes writes the display label instead of the ID, e.g.
# "(UTC-05:00) Eastern Time (US & Canada)"; the city list covers most others.
_DISPLAY_REGIONS = {
    "eastern time (us & canada)": "America/New_York",
    "central time (us & canada)": "America/Chicago",
    "mountain time (us & canada)": "America/Denver",
    "pacific time (us & canada)": "America/Los_Angeles",
    "coordinated universal time": "UTC",
}

_OFFSET_LABEL = re.compile(r"(?:UTC|GMT)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
_LABEL_PREFIX = re.compile(r"^\s*\((?:UTC|GMT)[^)]*\)\s*")


def iana_zone(name: str) -> ZoneInfo | None:
    """The zoneinfo zone of an IANA key, or None (never raises on odd input)."""
    key = name.strip()
    if not key or len(key) > 64 or key.startswith(("/", ".")) or ".." in key:
        return None
    try:
        return ZoneInfo(key)
    except Exception:  # ValueError, ZoneInfoNotFoundError, IsADirectoryError...
        return None


def zone_from_tzid(tzid: str) -> tzinfo | None:
    """A zone for an iCalendar TZID as real producers write it, or None when unknown.

    Tried in order: an IANA key; a Windows zone name ("W. Europe Standard Time"); a
    vendor-prefixed ID ("/mozilla.org/20050126_1/Europe/Berlin"); an Outlook display label
    ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna").
    """
    cleaned = tzid.strip().strip('"').strip()
    if not cleaned:
        return None
    zone = iana_zone(cleaned.strip("/"))
    if zone is not None:
        return zone
    key = _WINDOWS.get(cleaned.casefold())
    if key is not None:
        return iana_zone(key)
    if "/" in cleaned:
        parts = cleaned.strip("/").split("/")
        if parts[-1].casefold() in ("utc", "gmt"):
            return UTC  # Outlook's "tzone://Microsoft/Utc"
        for first in range(1, len(parts)):
            zone = iana_zone("/".join(parts[first:]))
            if zone is not None:
                return zone
    return _zone_from_display_label(cleaned)


def offset_in_label(label: str) -> timezone | None:
    """A fixed offset written in a label such as "(UTC+01:00) ..." or "GMT-0500"."""
    match = _OFFSET_LABEL.search(label)
    if match is None:
        return None
    return fixed_offset(match.group(1), match.group(2), match.group(3))


def fixed_offset(sign: str, hours: str, minutes: str | None) -> timezone | None:
    """A fixed UTC offset, or None when out of range (±14 hours)."""
    total = int(hours) * 60 + int(minutes or 0)
    if total > 14 * 60 or int(minutes or 0) >= 60:
        return None
    if sign in "-−":
        total = -total
    return timezone(timedelta(minutes=total))


def zone_for_city(name: str) -> ZoneInfo | None:
    """The zone named after a city ("Lisbon" -> Europe/Lisbon, "New York"), or None."""
    key = _city_index().get(" ".join(name.replace("_", " ").split()).casefold())
    return iana_zone(key) if key else None


# Places people name that are not the city of an IANA zone, by that zone's key.
_PLACES = {
    "America/Los_Angeles": "sf, san francisco, bay area, silicon valley, seattle, portland, la, "
    "los angeles, san diego, san jose, oakland, palo alto, mountain view, vancouver",
    "America/New_York": "nyc, new york city, boston, washington, dc, philadelphia, miami, atlanta",
    "America/Chicago": "austin, dallas, houston, minneapolis",
    "America/Denver": "boulder, salt lake city",
    "America/Mexico_City": "cdmx, ciudad de méxico, ciudad de mexico, guadalajara, monterrey, "
    "méxico, mexico",
    "Europe/Berlin": "munich, münchen, hamburg, frankfurt, cologne, köln, düsseldorf, stuttgart, "
    "leipzig, dresden",
    "Europe/Paris": "lyon, marseille, toulouse, lille, nantes, bordeaux, nice",
    "Europe/Madrid": "barcelona, valencia, sevilla, seville, bilbao, málaga, malaga",
    "Europe/Amsterdam": "rotterdam, utrecht, den haag, the hague, eindhoven, groningen, ámsterdam",
    "Europe/London": "uk, manchester, edinburgh, glasgow, bristol, leeds, birmingham, cambridge, "
    "oxford",
    "Europe/Zurich": "geneva, genève, genf, basel, zürich",
    "Asia/Kolkata": "bangalore, bengaluru, mumbai, delhi, new delhi, hyderabad, pune, chennai",
    "Australia/Sydney": "canberra, sídney",
}
# The names other languages give the cities of zones ("hora de Londres", "Wiener Zeit").
_EXONYMS = {
    "Europe/London": "londres, londen, edimburgo",
    "Europe/Lisbon": "lisboa, lisbonne, lissabon",
    "America/New_York": "nueva york",
    "Europe/Brussels": "bruselas, bruxelles, brüssel, brussel",
    "Europe/Vienna": "viena, vienne, wien, wenen",
    "Europe/Rome": "roma, rom, milán, milan, milano, mailand",
    "Europe/Warsaw": "varsovia, varsovie, warschau",
    "Europe/Stockholm": "estocolmo",
    "Europe/Copenhagen": "copenhague, kopenhagen",
    "Europe/Athens": "atenas, athènes, athen",
    "Europe/Prague": "praga, prag",
    "Europe/Moscow": "moscú, moscou, moskau",
    "Asia/Shanghai": "pekín, pékin, peking, beijing",
    "Asia/Tokyo": "tokio",
    "Asia/Singapore": "singapur, singapour",
    "Atlantic/Canary": "canarias, las palmas, tenerife, gran canaria",
}
_PLACE_INDEX = {place.strip(): key for key, names in _PLACES.items() for place in names.split(",")}
_PLACE_INDEX |= {
    place.strip(): key for key, names in _EXONYMS.items() for place in names.split(",")
}


def zone_for_place(name: str) -> ZoneInfo | None:
    """A zone for a place named in text ("SF", "Munich", "Ámsterdam"), or None."""
    name = name.strip(" .")
    key = " ".join(name.replace(".", " ").split()).casefold()
    found = _PLACE_INDEX.get(key)
    return iana_zone(found) if found else zone_for_city(name)


def _zone_from_display_label(label: str) -> tzinfo | None:
    rest = _LABEL_PREFIX.sub("", label)
    if rest == label and not label.startswith("("):
        return None
    region = _DISPLAY_REGIONS.get(rest.strip().casefold())
    if region:
        return iana_zone(region)
    for city in rest.split(","):
        zone = zone_for_city(city.strip())
        if zone is not None:
            return zone
    return None


@cache
def _city_index() -> dict[str, str]:
    """Last component of each canonical-looking IANA key, spaced: "new york" -> key."""
    index: dict[str, str] = {}
    for key in sorted(available_timezones()):
        area, _, city = key.rpartition("/")
        if not area or area.startswith(("Etc", "SystemV", "US", "posix", "right")):
            continue
        index.setdefault(city.replace("_", " ").casefold(), key)
    return index
