"""What a message is, for the follow-up engine: ``classify(msg) -> Classification``.

Pure (no clock, no I/O): the message's Date header is "now" for relative dates. The kind is
decided by the new text and the invitation only; quoted history, signature and footers are
context. The rules (:mod:`.kinds.decide`, in the order its docstring gives) decide first, then the
word model is heard (:mod:`.kinds.weighing`), then :func:`.details.complete` adds company, role,
times and dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from pathlib import Path
from typing import Any

from afterview.errors import UsageError
from afterview.mail.message import ParsedMessage, parse_message

from .details import complete
from .kinds import kindmodel
from .kinds.asking import INTERVIEWISH
from .kinds.decide import decide
from .kinds.evidence import JOB_STRONG
from .kinds.kindmodel import KindModel
from .kinds.weighing import weigh
from .reading import Reading, read
from .result import Classification, Interview, to_json

__all__ = [
    "INTERVIEWISH",
    "JOB_STRONG",
    "SHIPPED",
    "Classification",
    "Interview",
    "classify",
    "classify_file",
    "reading_notes",
    "rules_only",
    "to_json",
]

SHIPPED = "shipped"  # classify's default model: the one in the package, when there is one


def classify(
    msg: ParsedMessage,
    *,
    me: Sequence[str] = (),
    default_tz: tzinfo | None = None,
    model: KindModel | str | None = SHIPPED,
) -> Classification:
    """Understand one parsed message. ``me``: the user's own addresses.

    The rules decide first; the word model (``model``: the shipped one by default, None
    for rules alone) is heard after them (:mod:`.kinds.weighing`).
    """
    r = read(msg, me, default_tz)
    reasons = reading_notes(r)
    kind, extra = decide(r, reasons)
    second = kindmodel.load() if model == SHIPPED else model
    kind, extra = weigh(r, kind, extra, reasons, second if isinstance(second, KindModel) else None)
    return complete(r, kind, reasons, **extra)


def reading_notes(r: Reading) -> list[str]:
    """The first reasons of every classification: which parts of the body the reading left
    out or took in besides the new text (tools replaying ``decide`` start from them too)."""
    return [
        note
        for note, present in (
            ("quoted-text-ignored", r.body.has_history),
            ("forwarded-text-read", r.used_forwarded),
            ("inline-answers-read", r.used_inline),
        )
        if present
    ]


def rules_only(
    msg: ParsedMessage, *, me: Sequence[str] = (), default_tz: tzinfo | None = None
) -> Classification:
    """What the rules alone make of a message (to measure the model against them)."""
    return classify(msg, me=me, default_tz=default_tz, model=None)


# --- files -----------------------------------------------------------------------------------


def classify_file(path_or_dash: str, *, me: Sequence[str] = ()) -> dict[str, Any]:
    """``classify --json`` for one file ("-" = standard input).

    A missing or unreadable file raises ``UsageError`` (one clear line, exit 2); anything
    readable yields a JSON object, however broken the mail inside it.
    """
    import sys

    if path_or_dash == "-":
        raw = sys.stdin.buffer.read()
    else:
        path = Path(path_or_dash)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise UsageError(f"{path_or_dash}: no such file") from None
        except IsADirectoryError:
            raise UsageError(f"{path_or_dash}: is a directory, not an .eml file") from None
        except OSError as exc:
            raise UsageError(f"{path_or_dash}: cannot read: {exc.strerror or exc}") from None
    msg = parse_message(raw)
    try:
        result = classify(msg, me=me)
    except Exception as exc:  # a bug must not hide the other files' answers
        result = Classification(kind="unrelated", reasons=(f"error: {type(exc).__name__}",))
    return to_json(result, file=path_or_dash, message_id=msg.message_id)
