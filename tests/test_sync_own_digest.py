"""``header_value`` searches the header block for the field's name before running the header
parser: with the search it must answer exactly as the parser alone would, on every way a
block is cut (the pass's own-digest check and ``is_own_message`` rely on it)."""

from __future__ import annotations

import email.parser
import email.policy

import pytest

from afterview.mail.base import DIGEST_HEADER, header_value

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


def _parsed(raw: bytes, name: str) -> str | None:
    """The parser alone, on the whole message: what ``header_value`` must agree with."""
    value = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw).get(name)
    return None if value is None else " ".join(str(value).split())


@pytest.mark.parametrize("raw", _CASES)
def test_agrees_with_the_header_parser(raw: bytes) -> None:
    assert header_value(raw, DIGEST_HEADER) == _parsed(raw, DIGEST_HEADER)


def test_finds_the_field_and_misses_it_in_the_body() -> None:
    assert header_value(_CASES[0], DIGEST_HEADER) == "1"
    assert header_value(_CASES[2], DIGEST_HEADER) == "folded"
    assert not header_value(_CASES[4], DIGEST_HEADER) and not header_value(_CASES[3], DIGEST_HEADER)
