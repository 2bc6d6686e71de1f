"""Small value types shared by the understanding modules (calendar, classify, people).

They live apart so that every module can speak of "a person with an address" in the same
shape without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    """Someone named in a message or an invitation.

    ``email`` is always lowercased (addresses are compared case-insensitively everywhere);
    ``name`` is the display name as written, or None when none was given.
    """

    name: str | None
    email: str
