"""Time zones written in text: "GMT", "Eastern", "(Pacific)", "UK time", "Europe/Lisbon",
"UTC-05:00", "MEZ", "heure de Paris", "hora peninsular", "Nederlandse tijd".

Daylight-saving pairs (EST/EDT, CET/CEST, BST, AEST/AEDT ...) resolve to their region's
zone, whose offset then follows the date: people write "EST" all year round, and the
date decides better than the letter. GMT and UTC (and explicit offsets) are literal, and
so are AEST and ACST, which Queensland and the Northern Territory keep all year.
IST is read as Irish time when the mail was sent at +01:00, Israel at +02:00/+03:00,
else India.

Abbreviations are matched case-sensitively ("est" is French for "is"); the bare region
words "Eastern", "Pacific", "Central", "Mountain" and the two-letter "ET", "PT", "CT",
"MT" only right after a time ("2:30pm Eastern"), where they cannot mean anything else.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from ..zonenames import (
    fixed_offset,
    iana_zone,
    offset_in_label,
    zone_for_city,
    zone_for_place,
    zone_from_tzid,
)
from .lexicon import alternation
from .zonewords import NAMED_ZONES, ONE_ZONE_COUNTRIES

_REGION_ABBREVIATIONS = {
    "EST": "America/New_York", "EDT": "America/New_York",
    "CST": "America/Chicago", "CDT": "America/Chicago",
    "MST": "America/Denver", "MDT": "America/Denver",
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage",
    "HST": "Pacific/Honolulu",
    "BST": "Europe/London",
    "CET": "Europe/Berlin", "CEST": "Europe/Berlin", "MEZ": "Europe/Berlin",
    "MESZ": "Europe/Berlin",
    "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
    "EET": "Europe/Athens", "EEST": "Europe/Athens",
    "AEST": "Australia/Brisbane", "AEDT": "Australia/Sydney", "AET": "Australia/Sydney",
    "ACST": "Australia/Darwin", "ACDT": "Australia/Adelaide", "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland", "NZT": "Pacific/Auckland",
    "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong",
    "SAST": "Africa/Johannesburg", "MSK": "Europe/Moscow", "BRT": "America/Sao_Paulo",
    "PKT": "Asia/Karachi",
}  # fmt: skip
_LOOSE_ABBREVIATIONS = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    # right after a time only: "2-3pm UK / 3-4pm CET" (not "our UK office")
    "UK": "Europe/London",
}  # fmt: skip
_US_REGIONS = {
    "eastern": "America/New_York", "central": "America/Chicago",
    "mountain": "America/Denver", "pacific": "America/Los_Angeles",
    "atlantic": "America/Halifax", "alaska": "America/Anchorage", "hawaii": "Pacific/Honolulu",
}  # fmt: skip

_ABBR = "|".join(sorted([*_REGION_ABBREVIATIONS, "UTC", "GMT", "IST"], key=len, reverse=True))
# What the text must hold for a branch of _STRICT to match there (ignoring case, as the
# branch does): most texts hold none of these words, and a scan without the branches that
# need them costs a third of one with all of them.
_NEEDS = {
    word: re.compile(pattern, flags)
    for word, pattern, flags in (
        ("time", "time", re.IGNORECASE),
        ("zeit", "zeit", re.IGNORECASE),
        ("heure", "heure", re.IGNORECASE),
        ("hora", "hora", re.IGNORECASE),
        ("tijd", "tijd", re.IGNORECASE),
        ("(", r"\(", 0),
        ("/", "/", 0),
        ("GMT|UTC", "GMT|UTC", 0),
    )
}
# The branches of _STRICT, in order, each with the words of _NEEDS it cannot match without.
_STRICT_BRANCHES: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (source, frozenset(needs))
    for source, needs in (
        # Outlook: "(UTC+01:00) Amsterdam, Berlin, ..." names its static offset; the city wins.
        (
            r"(?P<outlook>\((?:UTC|GMT)[+-]\d{1,2}:\d{2}\)[^\n()]{0,80}(?:\([^\n()]{0,20}\))?)",
            {"("},
        ),
        # Google Calendar: "(Central European Time - Berlin)", "(Eastern Time - New York)"
        (
            r"(?P<google>\b(?P<gregion>(?:[A-Z][a-z]+\s+){1,3})Time\s+-\s+"
            r"(?P<gcity>[A-Z][a-z]+(?:[ _][A-Z][a-z]+)?))",
            {"time"},
        ),
        (
            r"(?P<offset>(?-i:GMT|UTC)\s*(?P<sign>[+-])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?"
            r"(?!\d))",
            {"GMT|UTC"},
        ),
        (
            r"(?P<iana>\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|"
            r"Pacific)/[A-Za-z_]+(?:/[A-Za-z_]+)?\b)",
            {"/"},
        ),
        # not inside a code: "Ref 301-MSK-2219-B" names no Moscow time
        (rf"(?P<abbr>(?-i:(?<![\w-])(?:{_ABBR})\b(?!-\w)))", set()),
        (
            r"(?P<region>\b(?:eastern|central|mountain|pacific|atlantic|alaska|hawaii)"
            r"(?:\s+(?:standard|daylight))?\s+time\b)",
            {"time"},
        ),
        (r"(?P<paren>(?<=\()\s*(?:eastern|central|mountain|pacific)\s*(?=\)))", {"("}),
        (r"(?P<windows>(?<=\()[A-Z][A-Za-z.\s]{1,40}?\s+Standard\s+Time(?=\)))", {"(", "time"}),
        # Windows names in running text: "16:00 Singapore Standard Time", "NZ Daylight Time"
        (
            r"(?P<windows2>(?-i:\b(?:[A-Z][A-Za-z.]*\s+){1,4})(?:standard|daylight|summer)"
            r"\s+time\b)",
            {"time"},
        ),
        (
            r"\b(?P<named>central\s+european(?:\s+summer)?|eastern\s+european|western\s+european|"
            r"british\s+summer|indian?\s+standard|uk|british|english|irish|german|french|spanish|"
            r"dutch|belgian|portuguese|swiss|austrian|italian|swedish|polish|indian|israeli?|"
            r"japan(?:ese)?|singapore|us\s+eastern|us\s+pacific|new\s+zealand|nz|"
            r"australian\s+eastern|hong\s+kong|korean?|china|chinese|brazil(?:ian)?|"
            r"south\s+african|uae|gulf(?:\s+standard)?|canary(?:\s+islands)?|"
            # one zone to the whole country: "India time", "Philippine time", "Danish time"
            rf"{alternation(ONE_ZONE_COUNTRIES)})\s+time\b",
            {"time"},
        ),
        (
            r"\b(?P<dnamed>deutscher?|mitteleuropäischer?(?:\s+sommer)?|schweizer|"
            r"österreichischer?|britischer?|englische)\s*zeit\b",
            {"zeit"},
        ),
        (r"\b(?P<dplace>(?-i:[A-ZÄÖÜ][a-zäöüß]+))er\s+(?-i:Zeit)\b", {"zeit"}),
        (
            r"\bheure\s+(?P<fnamed>de\s+paris|fran[cç]aise|de\s+france|de\s+bruxelles|"
            r"de\s+londres|de\s+genève|de\s+montréal|du\s+québec|anglaise|britannique|"
            r"du\s+royaume-uni|espagnole|allemande|suisse|belge|des\s+canaries|portugaise)\b",
            {"heure"},
        ),
        (r"\bheure\s+(?:de\s+|d['’])(?P<fplace>(?-i:[A-ZÀ-Ý][\w-]+))", {"heure"}),
        (
            r"\bhora\s+(?P<snamed>peninsular|espa[ñn]ola|de\s+espa[ñn]a|de\s+madrid|"
            r"de\s+m[ée]xico|de\s+canarias|central\s+europea|del\s+centro(?:\s+de\s+m[ée]xico)?|"
            r"de\s+la\s+cdmx|de\s+(?:ciudad\s+de\s+)?m[ée]xico|de\s+bogot[áa]|de\s+colombia|"
            r"de\s+lima|de\s+per[úu]|de\s+argentina|de\s+buenos\s+aires|de\s+chile|"
            r"de\s+santiago|canaria|insular|de\s+(?:las\s+)?(?:islas\s+)?canarias|mexicana|"
            r"colombiana|peruana|chilena|argentina|brit[áa]nica|del\s+reino\s+unido|alemana|"
            r"francesa|portuguesa)\b",
            {"hora"},
        ),
        (
            r"\bhora\s+(?:de\s+)?(?P<splace>(?-i:[A-ZÁÉÍÓÚ][\wáéíóúñ]+"
            r"(?:\s+[A-ZÁÉÍÓÚ][\wáéíóúñ]+)?))",
            {"hora"},
        ),
        (
            r"\b(?P<nnamed>nederlandse|belgische|engelse|britse|duitse|franse|spaanse|zwitserse|"
            r"portugese|ierse)\s+tijd\b",
            {"tijd"},
        ),
        (r"(?P<city>(?-i:\b[A-Z][a-z]+(?:[ _][A-Z][a-z]+)?))\s+(?-i:time|Time)\b", {"time"}),
    )
)


@functools.lru_cache(maxsize=2 ** len(_NEEDS))
def _strict_without(absent: frozenset[str]) -> re.Pattern[str]:
    """_STRICT without the branches that need a word the text lacks: the same matches.
    Compiled once per set of absent words (a few milliseconds each): every set fits the
    cache, so none is compiled twice in a process."""
    return re.compile(
        "|".join(source for source, needs in _STRICT_BRANCHES if not needs & absent),
        re.IGNORECASE,
    )


_STRICT = _strict_without(frozenset())
_LOOSE = re.compile(
    r"(?P<loose>(?-i:\b(?:ET|CT|MT|PT|UK)\b))"
    r"|(?P<bare>\b(?:eastern|central|mountain|pacific|atlantic)\b(?!\s+europ))"
    r"|(?P<zulu>(?-i:Z\b))",
    re.IGNORECASE,
)
# Right after a time: "7:30am here in SF", "(17:00 en Ámsterdam)", "17 Uhr in Berlin".
_PLACE = re.compile(
    r"(?:here\s+)?(?:in|en|à|a|hier\s+in|ici\s+à|aquí\s+en|hier\s+in)\s+"
    r"(?P<place>[A-ZÁÉÍÓÚÜ][\w.]*(?:[ -][A-ZÁÉÍÓÚÜ][\w.]*)?)"
)
# A zone may follow its time after a wrapped line ("at 9:00am\nPacific for the round").
_SPACES = re.compile(r"[ \t]*(?:\n[ \t]*)?")
_OPENING = re.compile(r"[ \t]*(?:\n[ \t]*)?(?:\(\s*|\[\s*)?")
_CLOSING = re.compile(r"\s*[)\]]")


@dataclass(frozen=True)
class ZoneMention:
    start: int
    end: int
    zone: tzinfo


def scan_zones(text: str, sent: datetime) -> list[ZoneMention]:
    """Every unambiguous zone named in the text, in order."""
    found = []
    absent = frozenset(word for word, pattern in _NEEDS.items() if pattern.search(text) is None)
    for match in _strict_without(absent).finditer(text):
        if match.lastgroup == "abbr" and _spells_out_a_term(text, match.start()):
            continue
        zone = _resolve(match, sent)
        if zone is not None:
            found.append(ZoneMention(match.start(), match.end(), zone))
    return found


# "GWO certificates (BST)", "Basic Safety Training (BST)": letters in brackets after a
# word that is no time, zone or place are that word's abbreviation, not a time zone;
# "15:00 (CET)", "Paris time (CET)", "London (GMT)" are zones.
_BRACKET_AFTER_WORD = re.compile(r"(?P<word>[^\W\d_]{2,})[ \t]*\([ \t]*$")
_ZONE_WORDS = re.compile(
    r"(?:time|zeit|heure|hora|tijd|am|pm|a\.m|p\.m|uhr|uur|standard|daylight|summer|zone)$",
    re.IGNORECASE,
)


def _spells_out_a_term(text: str, start: int) -> bool:
    before = _BRACKET_AFTER_WORD.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group("word")
    return not (_ZONE_WORDS.search(word) or zone_for_place(word) or _STRICT.fullmatch(word))


_SECONDS_BEFORE = re.compile(r":\d\d:\d\d$")
_ISO_OFFSET = re.compile(r"[ ]?(?P<sign>[+-])(?P<h>[01]\d):?(?P<m>[0-5]\d)(?![\d:])")


def zone_right_after(text: str, pos: int, sent: datetime) -> ZoneMention | None:
    """A zone written right after a time ending at ``pos``: "3pm ET", "15:00 (CET)", or an
    ISO offset a program writes ("2026-11-12T10:00:00+01:00", "10:00:00 +0100")."""
    # only after seconds: "10:00-11:00" and "10:00 -11:00" are ranges
    iso = (
        _ISO_OFFSET.match(text, pos) if _SECONDS_BEFORE.search(text, max(0, pos - 6), pos) else None
    )
    if iso is not None:
        zone = fixed_offset(iso.group("sign"), iso.group("h"), iso.group("m"))
        if zone is not None:
            return ZoneMention(pos, iso.end(), zone)
    spaces = _SPACES.match(text, pos)
    opening = _OPENING.match(text, pos)
    starts = (spaces.end() if spaces else pos, opening.end() if opening else pos)
    for at, pattern in (
        (starts[0], _STRICT),
        (starts[1], _STRICT),
        (starts[1], _LOOSE),
        (starts[1], _PLACE),
    ):
        match = pattern.match(text, at)
        if match is None:
            continue
        zone = _resolve(match, sent)
        if zone is not None:
            end = match.end()
            closing = _CLOSING.match(text, end)
            return ZoneMention(pos, closing.end() if closing else end, zone)
    return None


def _resolve(match: re.Match[str], sent: datetime) -> tzinfo | None:
    kind = match.lastgroup
    value = match.group(kind) if kind else None
    if kind is None or value is None:
        return None
    words = " ".join(value.lower().split())
    if kind == "outlook":
        return zone_from_tzid(value) or offset_in_label(value)
    if kind == "google":
        region = " ".join(match.group("gregion").lower().split())
        found = _US_REGIONS.get(region) or NAMED_ZONES.get(region)
        return zone_for_city(match.group("gcity")) or (iana_zone(found) if found else None)
    if kind == "windows":  # "(Pacific Standard Time)", "(all times Pacific Standard Time)"
        return zone_from_tzid(value) or _windows_name(value)
    if kind == "windows2":
        return _windows_name(value)
    if kind == "dplace":
        return zone_for_place(value) or zone_for_place(value + "er")
    if kind in {"fplace", "splace"}:
        return zone_for_place(value)
    if kind == "offset":
        return fixed_offset(match.group("sign"), match.group("oh"), match.group("om"))
    if kind == "iana":
        return iana_zone(value)
    if kind == "abbr":
        return _abbreviation(value, sent)
    if kind == "loose":
        return iana_zone(_LOOSE_ABBREVIATIONS[value])
    if kind == "zulu":
        return UTC
    if kind in {"region", "paren", "bare"}:
        return iana_zone(_US_REGIONS[words.split()[0]])
    if kind == "city":
        return zone_for_city(value)
    if kind == "place":
        return zone_for_place(value)
    found = NAMED_ZONES.get(words)
    return iana_zone(found) if found else None


def _windows_name(value: str) -> tzinfo | None:
    """A Windows zone name written in text, maybe after other capitalised words ("Interview
    Singapore Standard Time") and in its summer form ("New Zealand Daylight Time")."""
    words = value.split()[:-2]  # without "Standard Time" / "Daylight Time"
    for first in range(len(words)):
        name = " ".join(words[first:])
        zone = zone_from_tzid(f"{name} Standard Time")
        if zone is not None:
            return zone
        key = NAMED_ZONES.get(name.lower()) or _US_REGIONS.get(name.lower())
        if key:
            return iana_zone(key)
    return None


def _abbreviation(value: str, sent: datetime) -> tzinfo | None:
    if value in {"UTC", "GMT"}:
        return UTC
    if value == "IST":
        offset = sent.utcoffset() or timedelta(0)
        if offset == timedelta(hours=1):
            return iana_zone("Europe/Dublin")
        if timedelta(hours=2) <= offset <= timedelta(hours=3):
            return iana_zone("Asia/Jerusalem")
        return iana_zone("Asia/Kolkata")
    return iana_zone(_REGION_ABBREVIATIONS[value])


def sender_zone(sent: datetime, language: str = "en") -> tzinfo:
    """The zone the message was sent from: the best guess when nothing is said. The sender's
    offset is only that zone's on the sending day: a mail sent at +02:00 on 20 October
    about "Tuesday 27 October at 10:00" means 10:00 in winter time, since Europe's clocks
    went back between (the US's a week later). So where a zone that changes its clocks,
    told by the mail's language, has the sender's offset on the sending day, it is that
    zone; else (and for UTC stamps, which servers write anywhere) the fixed offset."""
    offset = sent.utcoffset() or timedelta(0)
    if offset:
        naive = sent.replace(tzinfo=None)
        keys = (_LANGUAGE_ZONES[language],) if language in _LANGUAGE_ZONES else _SEASONAL_EN
        for key in keys:
            zone = iana_zone(key)
            if zone is not None and zone.utcoffset(naive) == offset:
                return zone
    return timezone(offset)


# Zones that change their clocks, in the order an English mail is likelier sent from them
# (a mail in another language, from its language's zone, ``_LANGUAGE_ZONES``); each offset
# picks the first zone that has it at the sending time, so "-06:00" is Denver's summer and
# Chicago's winter. Zones that keep one offset all year need no entry (the fixed offset is
# right), and offsets no listed zone has stay fixed: Spanish from -05:00 is Bogotá or Lima,
# not Chicago.
_SEASONAL_EN = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
    "Europe/London", "Europe/Berlin", "Australia/Sydney", "Pacific/Auckland",
)  # fmt: skip


# Where a language's bare times are read when the mail itself says only UTC. German,
# Dutch, French and Spanish recruiting mail comes overwhelmingly from one zone each (the
# neighbours that share the language share its offset too: Vienna, Zurich, Brussels);
# English is spoken in too many zones to say.
_LANGUAGE_ZONES = {
    "de": "Europe/Berlin",
    "nl": "Europe/Amsterdam",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
}


def writer_zone(language: str, sent: datetime) -> tzinfo | None:
    """The zone a writer means by a time of day without a zone, when the Date header is
    no help: mail servers (Exchange Online, bulk senders) stamp UTC, so a German mail
    "sent" at +00:00 saying "um 14 Uhr" still means 14:00 in Germany. None when the
    header has a real offset or the language does not point to one zone."""
    if sent.utcoffset() != timedelta(0):
        return None
    key = _LANGUAGE_ZONES.get(language)
    return iana_zone(key) if key else None
