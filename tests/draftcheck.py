"""What every draft must look like, byte by byte, whatever mail it was made from.

Exactly the headers the composer sets (From, To, Subject, Date, Message-ID,
X-Afterview-Key, the MIME three, and In-Reply-To/References together or not at all), each
once, each on its own line or properly folded, no line longer than RFC 5322 allows, no NUL;
To is one address, the one the draft's key names; no invisible or bidirectional controls
in the text or the To header.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

COMPOSED = frozenset(
    {"from", "to", "subject", "date", "message-id", "x-afterview-key", "mime-version",
     "content-type", "content-transfer-encoding"}
)  # fmt: skip
THREADING = frozenset({"in-reply-to", "references"})
_HEADER_LINE = re.compile(rb"^(?:[A-Za-z-]+:(?: |$)|[ \t]+\S)")  # a name, or a folded line
_INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c]")


def check_draft(raw: bytes, me: str) -> EmailMessage:
    """Assert that ``raw`` is a well-formed draft from ``me``; return it parsed."""
    head = raw.partition(b"\r\n\r\n")[0]
    assert b"\x00" not in raw
    lines = head.split(b"\r\n")
    for line in lines:
        assert _HEADER_LINE.match(line), line
        assert b"\r" not in line and b"\n" not in line and len(line) <= 998, line
    names = [line.split(b":", 1)[0].decode().lower() for line in lines if line[:1] not in b" \t"]
    assert len(names) == len(set(names)), names
    assert set(names) in (COMPOSED, COMPOSED | THREADING), names
    draft = email.message_from_bytes(raw, policy=email.policy.default)
    assert not draft.defects, draft.defects
    (to,) = draft["To"].addresses
    assert str(draft["X-Afterview-Key"]).rsplit("/", 1)[1] == to.addr_spec.lower()
    assert [a.addr_spec for a in draft["From"].addresses] == [me]
    assert not _INVISIBLE.search(draft.get_content() + str(draft["To"]))
    return draft
