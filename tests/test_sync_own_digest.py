"""The pass's own-digest check: a search for the field's name before the header parser must
answer exactly as the parser alone (``header_value``) would, on every way a block is cut."""

from __future__ import annotations

import pytest

from afterview.mail.base import DIGEST_HEADER, header_value
from afterview.runtime.sync import _is_own_digest

_CASES = [
    b"From: a@x.org\r\nX-Afterview-Digest: 1\r\nSubject: s\r\n\r\nbody",
    b"From: a@x.org\nx-afterview-digest: yes\n\nbody",  # LF only, lower case
    b"From: a@x.org\r\nX-AFTERVIEW-DIGEST:\r\n  folded\r\n\r\nbody",
    b"From: a@x.org\r\nX-Afterview-Digest:   \r\n\r\nbody",  # present, blank: not ours
    b"From: a@x.org\r\nSubject: s\r\n\r\nX-Afterview-Digest: 1\r\n",  # in the body only
    b"From: a@x.org\n\nX-Afterview-Digest: 1\r\n\r\n",  # LF block ends first
    b"From: a@x.org\r\nSubject: about X-Afterview-Digest\r\n\r\n",  # the name in a value
    b"X-Afterview-Digest: 1",  # a header block with no body
    b"",
]


@pytest.mark.parametrize("raw", _CASES)
def test_agrees_with_the_header_parser(raw: bytes) -> None:
    assert _is_own_digest(raw) == bool(header_value(raw, DIGEST_HEADER))


def test_finds_the_field_and_misses_it_in_the_body() -> None:
    assert _is_own_digest(_CASES[0]) and _is_own_digest(_CASES[2])
    assert not _is_own_digest(_CASES[4]) and not _is_own_digest(_CASES[3])
