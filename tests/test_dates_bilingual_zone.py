"""Interview start: a bilingual mail stamped UTC is written where its other language is
spoken, so its times are read in that zone; an English mail with a German sign-off keeps the
sender's offset.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.understand.dates import find_interview_time

SENT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # a Friday


_GERMAN = (
    "Guten Tag Frau Brandt,\n\nvielen Dank für das angenehme Telefonat. Gerne möchten wir Sie "
    "nun zu einem persönlichen Gespräch an unserem Standort einladen, am Donnerstag, "
    "03.12.2026, um 9:00 Uhr.\n\n"
)
_DUTCH = (
    "Beste Sam,\n\nbedankt voor het fijne telefoongesprek. We nodigen je graag uit voor een "
    "gesprek op ons kantoor op donderdag 3 december om 9:00 uur, het duurt ongeveer een uur.\n\n"
)
_ENGLISH = (
    "English version\n\nDear Sam,\n\nthank you for the pleasant call. We would like to invite "
    "you to meet us in person at our office on Thursday, 3 December 2026 at 9:00 am. Please "
    "plan about an hour, and let us know if the time does not suit you. We look forward to "
    "it and we will send the address with the confirmation that follows this message.\n"
)


@pytest.mark.parametrize(
    ("text", "zone"),
    [(_GERMAN + _ENGLISH, "Europe/Berlin"), (_DUTCH + _ENGLISH, "Europe/Amsterdam")],
)
def test_a_bilingual_mail_stamped_utc_reads_its_times_in_the_other_languages_zone(text, zone):
    span = find_interview_time(text, SENT)
    assert span is not None
    assert span.start == datetime(2026, 12, 3, 9, 0, tzinfo=ZoneInfo(zone))


def test_an_english_mail_with_a_german_sign_off_stays_in_the_senders_offset():
    span = find_interview_time(_ENGLISH + "\nViele Grüße aus dem Büro\nJonas", SENT)
    assert span is not None
    assert span.start == datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
