"""Reading the sections other than ``accounts:``: me, timezone, followup, digest, state,
templates and limits. Each reader returns its dataclass (defaults filled in) or None after
recording errors."""

from __future__ import annotations

import contextlib
import difflib
import zoneinfo
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path

import platformdirs

from afterview.config.model import LANGUAGES, Digest, Followup, Limits, Me, State, Templates
from afterview.config.values import (
    parse_clock,
    parse_days,
    parse_email,
    parse_hours,
    parse_size,
)
from afterview.config.yamltree import Located, Reader

_ME_KEYS = ("name", "email", "language")
_FOLLOWUP_DURATIONS = {  # key: the least that makes sense (a nudge within the hour is pushy)
    "thank_you_delay": timedelta(0),
    "status_check_after": timedelta(hours=1),
    "second_check_after": timedelta(hours=1),
    "give_up_after": timedelta(hours=1),
    "lookback": timedelta(hours=1),
}
_FOLLOWUP_KEYS = (
    *_FOLLOWUP_DURATIONS,
    "max_status_checks",
    "business_hours",
    "business_days",
    "rejection_reply",
)
_LIMIT_KEYS = ("max_message_bytes", "max_parts", "max_ics_events")


def read_me(r: Reader, at: Located) -> Me | None:
    fields = r.mapping(at, _ME_KEYS, required=("name", "email"))
    if fields is None:
        return None
    name = r.string(fields["name"]) if "name" in fields else None
    email = r.parsed(fields["email"], parse_email) if "email" in fields else None
    language = r.choice(fields["language"], LANGUAGES) if "language" in fields else "auto"
    if None in (name, email, language):
        return None
    return Me(name, email, language)  # type: ignore[arg-type]


def read_timezone(r: Reader, at: Located) -> zoneinfo.ZoneInfo | None:
    name = r.string(at)
    if name is None:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        close = difflib.get_close_matches(name, sorted(zoneinfo.available_timezones()), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else " (an IANA name such as Europe/London)"
        r.error(at, f"unknown time zone {name!r}{hint}")
        return None


def system_timezone(env: Mapping[str, str]) -> zoneinfo.ZoneInfo:
    """The machine's zone: ``$TZ``, else the ``/etc/localtime`` link, else ``/etc/timezone``,
    else UTC. A zone that cannot be named (a copied, unlinked localtime) also gives UTC."""
    candidates = [env.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(str(Path("/etc/localtime").resolve()))
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for candidate in candidates:
        name = candidate.split("zoneinfo/", 1)[-1] if "zoneinfo/" in candidate else candidate
        if not name or name.startswith("/"):
            continue
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            continue
    return zoneinfo.ZoneInfo("UTC")


def read_followup(r: Reader, at: Located | None) -> Followup | None:
    if at is None:
        return Followup()
    fields = r.mapping(at, _FOLLOWUP_KEYS)
    if fields is None:
        return None
    values: dict[str, object] = {}
    for key, minimum in _FOLLOWUP_DURATIONS.items():
        if key in fields:
            values[key] = r.duration(fields[key], minimum=minimum)
    if "max_status_checks" in fields:
        values["max_status_checks"] = r.integer(fields["max_status_checks"], minimum=0)
    if "business_hours" in fields:
        values["business_hours"] = r.parsed(fields["business_hours"], parse_hours)
    if "business_days" in fields:
        values["business_days"] = _business_days(r, fields["business_days"])
    if "rejection_reply" in fields:
        values["rejection_reply"] = r.boolean(fields["rejection_reply"])
    if None in values.values():
        return None
    return Followup(**values)  # type: ignore[arg-type]


def _business_days(r: Reader, at: Located) -> frozenset[int] | None:
    """``[mon, tue, wed]``, or ranges: ``mon-fri`` alone or as items of the list."""
    items = [at] if not isinstance(at.node.value, list) else r.sequence(at)
    if items is None:
        return None
    days = [r.parsed(item, parse_days) for item in items]
    if any(day is None for day in days):
        return None
    combined = frozenset().union(*days)  # type: ignore[arg-type]
    if not combined:
        r.error(at, "list at least one day, such as [mon, tue, wed, thu, fri]")
        return None
    return combined


def read_digest(r: Reader, at: Located | None) -> Digest | None:
    if at is None:
        return Digest()
    fields = r.mapping(at, ("enabled", "at"))
    if fields is None:
        return None
    enabled = r.boolean(fields["enabled"]) if "enabled" in fields else False
    when = r.parsed(fields["at"], parse_clock) if "at" in fields else Digest.at
    if enabled is None or when is None:
        return None
    return Digest(enabled, when)


def read_state(r: Reader, at: Located | None) -> State | None:
    default = platformdirs.user_state_path("afterview", appauthor=False) / "state.db"
    if at is None:
        return State(default)
    fields = r.mapping(at, ("path",))
    if fields is None:
        return None
    if "path" not in fields:
        return State(default)
    path = r.path(fields["path"])
    if path is not None and path.is_dir():
        r.error(fields["path"], f"{path} is a directory; name the database file in it")
        return None
    return State(path) if path is not None else None


def read_templates(r: Reader, at: Located | None) -> Templates | None:
    if at is None:
        return Templates()
    fields = r.mapping(at, ("dir",))
    if fields is None:
        return None
    if "dir" not in fields:
        return Templates()
    path = r.path(fields["dir"])
    if path is None:
        return None
    if path.exists() and not path.is_dir():
        r.error(fields["dir"], f"{path} is not a directory")
        return None
    if not path.exists():
        r.warn(fields["dir"], f"{path} does not exist; the built-in templates are used")
    return Templates(path)


def read_limits(r: Reader, at: Located | None) -> Limits | None:
    if at is None:
        return Limits()
    fields = r.mapping(at, _LIMIT_KEYS)
    if fields is None:
        return None
    values: dict[str, int | None] = {}
    if "max_message_bytes" in fields:
        values["max_message_bytes"] = _size(r, fields["max_message_bytes"])
    for key in ("max_parts", "max_ics_events"):
        if key in fields:
            values[key] = r.integer(fields[key], minimum=1)
    if None in values.values():
        return None
    return Limits(**values)  # type: ignore[arg-type]


def _size(r: Reader, at: Located) -> int | None:
    size = r.parsed(at, parse_size)
    if size is not None and size < 64 * 1024:
        r.error(at, f"must be at least 64KB (ordinary mail is larger), got {at.node.value!r}")
        return None
    return size
