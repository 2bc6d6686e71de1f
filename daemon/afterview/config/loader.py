"""From a file name to a ``Config``, or to every error in the file at once."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import yaml

from afterview.config.accounts import read_accounts
from afterview.config.model import Config
from afterview.config.sections import (
    read_digest,
    read_followup,
    read_limits,
    read_me,
    read_state,
    read_templates,
    read_timezone,
    system_timezone,
)
from afterview.config.yamltree import Located, Reader, root
from afterview.credentials import expand_path, loose_permissions
from afterview.errors import ConfigError, ConfigErrors

log = logging.getLogger("afterview.config")

_TOP_KEYS = ("me", "timezone", "accounts", "followup", "digest", "state", "templates", "limits")


def default_config_path(env: Mapping[str, str] = os.environ) -> Path:
    """``$AFTERVIEW_CONFIG``, else ``$XDG_CONFIG_HOME/afterview/config.yaml``, else
    ``~/.config/afterview/config.yaml`` (CONTRACT.md)."""
    if env.get("AFTERVIEW_CONFIG"):
        return Path(expand_path(env["AFTERVIEW_CONFIG"], env))
    xdg = env.get("XDG_CONFIG_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path(env.get("HOME") or Path.home()) / ".config"
    return base / "afterview" / "config.yaml"


def load_config(path: str | os.PathLike[str], *, env: Mapping[str, str] | None = None) -> Config:
    """Read and validate a configuration file.

    Raises ``ConfigErrors`` listing every problem found (``FILE:LINE: key: message`` each);
    ``env`` (default ``os.environ``) expands ``$VARS`` and supplies ``TZ`` and ``HOME``.
    Warnings (a too-open file, an unusual port) are logged and kept in ``Config.warnings``.
    """
    env = os.environ if env is None else env
    shown, file = str(path), Path(path)
    node = _compose(shown, _read_text(shown, file))
    reader = Reader(shown, env=env, base=file.absolute().parent)
    config = _read(reader, root(node), file, env)
    if reader.errors or config is None:
        found = sorted(reader.errors, key=lambda error: error.line or 0)
        raise ConfigErrors(found or [ConfigError("invalid configuration", path=shown)])
    problem = loose_permissions(file)
    if problem:
        reader.warnings.append(f"{shown}: the file {problem}: it says how passwords are fetched")
    for warning in reader.warnings:
        log.warning("%s", warning)
    return replace(config, warnings=tuple(reader.warnings))


def _read_text(shown: str, file: Path) -> str:
    def fail(message: str) -> ConfigErrors:
        return ConfigErrors([ConfigError(message, path=shown)])

    try:
        return file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise fail(
            "no configuration file here: create one with `afterview init`, or copy "
            "config.example.yaml to this place and edit it"
        ) from None
    except IsADirectoryError:
        raise fail("is a directory, not a configuration file") from None
    except OSError as exc:
        raise fail(f"cannot be read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise fail("is not UTF-8 text") from None


def _compose(shown: str, text: str) -> yaml.Node:
    """The YAML node tree. A syntax error names its line but never quotes it: the offending
    line could be someone's pasted password."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "syntax error"
        if "\\t" in problem or "\t" in problem:
            problem += " (indent with spaces: YAML does not allow tabs)"
        line = mark.line + 1 if mark else None
        raise ConfigErrors(
            [ConfigError(f"invalid YAML: {problem}", path=shown, line=line)]
        ) from None
    except yaml.YAMLError as exc:
        reason = getattr(exc, "reason", None) or type(exc).__name__
        raise ConfigErrors([ConfigError(f"invalid YAML: {reason}", path=shown)]) from None
    if node is None:
        raise ConfigErrors(
            [
                ConfigError(
                    "the file is empty; see config.example.yaml for what goes in it",
                    path=shown,
                    line=1,
                )
            ]
        )
    return node


def _read(r: Reader, top: Located, file: Path, env: Mapping[str, str]) -> Config | None:
    fields = r.mapping(top, _TOP_KEYS, required=("me", "accounts"))
    if fields is None:
        return None
    me = read_me(r, fields["me"]) if "me" in fields else None
    timezone = read_timezone(r, fields["timezone"]) if "timezone" in fields else None
    if "timezone" not in fields:
        timezone = system_timezone(env)
    accounts = ()
    if "accounts" in fields:
        # Without a valid `me` (already an error) "" stands in, not to report it twice.
        accounts = read_accounts(r, fields["accounts"], me_email=me.email if me else "")
    followup = read_followup(r, fields.get("followup"))
    digest = read_digest(r, fields.get("digest"))
    # A digest needs no smtp: without one it is appended to the inbox (runtime/digest.py).
    state = read_state(r, fields.get("state"))
    templates = read_templates(r, fields.get("templates"))
    limits = read_limits(r, fields.get("limits"))
    parts = (me, timezone, followup, digest, state, templates, limits)
    if None in parts or not accounts:
        return None
    return Config(
        me,
        timezone,
        accounts,
        followup,
        digest,
        state,
        templates,  # type: ignore[arg-type]
        path=file.absolute(),
        limits=limits,  # type: ignore[arg-type]
    )
