"""Fuzz target (atheris): arbitrary bytes through parse_message, classify and the impostor
check, as every message in the user's INBOX goes.

A crash, an uncaught exception or a broken invariant is a finding; so is a run that libFuzzer
reports as slow (``-timeout``) or memory-hungry (``-rss_limit_mb``): the parser promises to
bound both. The command to run it for longer is in SECURITY.md; seeds come from
``fuzz/make_seeds.py`` (the realistic fixtures and the hostile corpus of tests/hostile.py).

atheris is not a dependency of Afterview: ``pip install atheris`` into the venv to run this.
"""

from __future__ import annotations

import re
import sys

import atheris

with atheris.instrument_imports():
    from afterview.mail.message import parse_message
    from afterview.understand.classify import classify
    from afterview.understand.result import KINDS
    from afterview.understand.suspicious import sender_suspicion

ME = ("alex@example.org",)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def check(data: bytes) -> None:
    """One input: nothing raises, and what reaches drafts and logs carries no control."""
    message = parse_message(data)
    result = classify(message, me=ME)
    assert result.kind in KINDS, result.kind
    fields = [message.subject, message.message_id or "", message.in_reply_to or ""]
    fields += [a.name for a in [*message.to, *message.cc, *message.reply_to]]
    fields += [a.email for a in [*message.to, *message.cc, *message.reply_to]]
    if message.from_ is not None:
        fields += [message.from_.name, message.from_.email]
        reason = sender_suspicion(message.from_.name, message.from_.email, company=result.company)
        assert reason is None or "\n" not in reason
    for field in fields:
        assert not _CONTROL.search(field), repr(field[:200])
    if result.interview is not None:
        assert result.interview.start.tzinfo is not None
        assert result.interview.end >= result.interview.start


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
