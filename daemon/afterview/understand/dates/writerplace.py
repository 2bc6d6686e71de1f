"""Where the writer sits, told by the mail itself: a phone number's country code or a
well-known city in the signature or address ("T +31 38 000 1240", "Av. Insurgentes Sur,
CDMX").

Wanted only when the Date header is no help: Exchange Online and bulk senders stamp
every message in UTC, so a Dutch recruiter's "Wednesday 10:00" arrives "sent" at +00:00.
A person reading it knows from the signature that the office is in the Netherlands. The
place must be unambiguous: a country code spanning several zones (+1, +7, +61) says
nothing, and two places in different zones cancel each other out.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from ..zonenames import iana_zone, zone_for_place

# Country calling codes of countries that keep one zone (by its IANA key).
_CALLING_CODES = {
    "30": "Europe/Athens", "31": "Europe/Amsterdam", "32": "Europe/Brussels",
    "33": "Europe/Paris", "34": "Europe/Madrid", "36": "Europe/Budapest",
    "39": "Europe/Rome", "40": "Europe/Bucharest", "41": "Europe/Zurich",
    "43": "Europe/Vienna", "44": "Europe/London", "45": "Europe/Copenhagen",
    "46": "Europe/Stockholm", "47": "Europe/Oslo", "48": "Europe/Warsaw",
    "49": "Europe/Berlin", "51": "America/Lima", "52": "America/Mexico_City",
    "54": "America/Argentina/Buenos_Aires", "57": "America/Bogota", "60": "Asia/Kuala_Lumpur",
    "63": "Asia/Manila", "64": "Pacific/Auckland", "65": "Asia/Singapore",
    "66": "Asia/Bangkok", "81": "Asia/Tokyo", "82": "Asia/Seoul", "86": "Asia/Shanghai",
    "91": "Asia/Kolkata", "27": "Africa/Johannesburg", "20": "Africa/Cairo",
    "351": "Europe/Lisbon", "352": "Europe/Luxembourg", "353": "Europe/Dublin",
    "354": "Atlantic/Reykjavik", "358": "Europe/Helsinki", "420": "Europe/Prague",
    "421": "Europe/Bratislava", "852": "Asia/Hong_Kong", "971": "Asia/Dubai",
    "972": "Asia/Jerusalem", "966": "Asia/Riyadh", "974": "Asia/Qatar",
}  # fmt: skip
# "+31 38 000 1240", "+49 (0)30 1234", "(+34) 91 555": a code, then digits.
_PHONE = re.compile(r"(?:(?<![\w+])\+|\(\+)\s?(?P<code>\d{1,3})\)?[\s.()-]*\d")
# Places a signature or address names: capitalised words ("Mexico City", "CDMX", "Madrid").
_PLACE_WORD = re.compile(r"(?<![\w@/.-])(?P<place>[A-ZÁÉÍÓÚ][\wáéíóúñü]+(?:[ ][A-Z][\w]+)?)")
# Words and first names that are also zone cities (a "Victoria" or "Sydney" is more often a
# person), and small places whose names are common words elsewhere.
_NOT_PLACES = frozenset(
    {"victoria", "casey", "regina", "darwin", "jersey", "guernsey", "eastern", "central",
     "easter", "wake", "chatham", "mawson", "davis", "macquarie", "troll", "vostok", "palmer",
     "rothera", "syowa", "boise", "phoenix", "dawson", "nelson", "hermosillo", "creston",
     "marengo", "knox", "tell city", "salem", "center", "beulah", "monticello", "menominee",
     "petersburg", "vevay", "winamac", "vincennes", "nome", "sitka", "juneau", "metlakatla",
     "yakutat", "inuvik", "cambridge bay", "eucla", "lindeman", "broken hill", "currie",
     "lord howe", "madeira", "azores", "canary", "faroe", "stanley", "south georgia",
     "st helena", "bermuda", "mayotte", "reunion", "mahe", "chagos", "christmas", "cocos",
     "kerguelen", "maldives", "mauritius", "comoro", "antananarivo", "noronha", "santarem",
     "araguaina", "recife", "belem", "fortaleza", "maceio", "bahia", "cayenne", "paramaribo",
     "cordoba", "mendoza", "salta", "jujuy", "catamarca", "la rioja", "san juan", "san luis",
     "tucuman", "ushuaia", "rio gallegos", "matamoros", "merida", "bahia banderas",
     "ojinaga", "chihuahua", "mazatlan", "tijuana", "ensenada", "santa isabel", "cancun",
     "monterrey", "sydney", "austin", "dallas", "santiago", "adelaide", "lincoln", "hobart"}
)  # fmt: skip


def writer_place_zone(text: str, sent: datetime) -> tzinfo | None:
    """The one zone the writer's phone numbers or named places point to, else None."""
    naive = sent.replace(tzinfo=None)
    zones: dict[object, tzinfo] = {}
    for zone in (*_phone_zones(text), *_place_zones(text)):
        zones.setdefault(zone.utcoffset(naive), zone)
    return next(iter(zones.values())) if len(zones) == 1 else None


def _phone_zones(text: str) -> list[tzinfo]:
    found = []
    for match in _PHONE.finditer(text):
        digits = match.group("code")
        key = _CALLING_CODES.get(digits[:3]) or _CALLING_CODES.get(digits[:2])
        if digits[:1] in "17" or key is None:
            continue  # +1 and +7 span many zones; unknown codes say nothing
        zone = iana_zone(key)
        if zone is not None:
            found.append(zone)
    return found


def _place_zones(text: str) -> list[tzinfo]:
    found = []
    for match in _PLACE_WORD.finditer(text):
        words = match.group("place")
        for name in (words, words.split(" ")[0]):
            if (len(name) < 4 and not name.isupper()) or name.casefold() in _NOT_PLACES:
                continue
            zone = zone_for_place(name)
            if zone is not None:
                found.append(zone)
                break
    return found
