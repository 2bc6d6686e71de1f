"""Reading a composed YAML node tree while collecting every error with its line and key.

``yaml.safe_load`` would throw away line numbers, and a user fixing a config wants to be told
``config.yaml:14: accounts[0].imap.port: expected an integer, got 'abc'`` for every problem at
once. So the loader composes the node tree (``yaml.compose`` with the SafeLoader) and reads it
through a ``Reader``: each accessor checks one node, records a ``ConfigError`` when it is wrong
and returns None, so reading goes on and the next problem is found too.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from afterview.config.values import format_duration, parse_duration
from afterview.credentials import expand_path, unexpanded_variable
from afterview.errors import ConfigError

T = TypeVar("T")

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _BOOL, _NULL, _MERGE = (_TAG + t for t in ("str", "int", "bool", "null", "merge"))
_SCALAR_TAGS = {_STR, _INT, _BOOL, _TAG + "float", _TAG + "timestamp"}
_constructor = SafeConstructor()

_SECRET_WORDS = ("password", "passwd", "passphrase", "secret", "token", "api_key", "apikey")
_SECRET_KEYS = {"pass", "pwd", "pw", "password", "passwd", "secret", "token", "access_token"}

SECRET_REFUSAL = (
    "a password may not be written in the configuration file; give one credential source "
    "instead: keyring: true (the default; store it with `afterview set-password ACCOUNT`), "
    'password_command: "pass show mail/you" (its first line of output), '
    "password_file: /path (its first line; e.g. $CREDENTIALS_DIRECTORY/imap with systemd "
    'LoadCredential=), or oauth2_token_command: "..." (prints an OAuth2 access token)'
)


@dataclass(frozen=True)
class Located:
    """A YAML node with the dotted key that reached it and the line to report it at."""

    node: yaml.Node
    key: str
    line: int

    def child(self, key: str, node: yaml.Node, line: int | None = None) -> Located:
        dotted = f"{self.key}{key}" if key.startswith("[") or not self.key else f"{self.key}.{key}"
        return Located(node, dotted, line if line is not None else _line(node))


def root(node: yaml.Node) -> Located:
    return Located(node, "", _line(node))


class Reader:
    """Typed access to a node tree, collecting ``ConfigError``s and warnings for one file.

    ``env`` expands ``$VARS`` in paths and ``base`` (the file's directory) anchors relative ones.
    """

    def __init__(self, path: str, *, env: Mapping[str, str], base: Path) -> None:
        self.file, self.env, self.base = path, env, base
        self.errors: list[ConfigError] = []
        self.warnings: list[str] = []

    def error(self, at: Located, message: str, *, line: int | None = None) -> None:
        self.errors.append(
            ConfigError(message, path=self.file, line=line or at.line, key=at.key or None)
        )

    def warn(self, at: Located, message: str) -> None:
        self.warnings.append(str(ConfigError(message, path=self.file, line=at.line, key=at.key)))

    # -- collections -------------------------------------------------------------------

    def mapping(
        self, at: Located, known: Sequence[str], required: Iterable[str] = ()
    ) -> dict[str, Located] | None:
        """The non-null children of a mapping by key. Unknown, duplicate and secret-looking
        keys are errors; so is a missing required key (reported at the mapping's own line)."""
        if not isinstance(at.node, yaml.MappingNode):
            self.error(at, f"expected a mapping of keys (such as {known[0]}: ...), got {_kind(at)}")
            return None
        children: dict[str, Located] = {}
        seen: set[str] = set()
        for key_node, value_node in _flatten(at.node):
            line = _line(key_node)
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _NULL:
                self.error(at, "keys must be plain names", line=line)
                continue
            key = key_node.value
            child = at.child(key, value_node, line)
            if key in seen:
                self.error(child, "duplicate key (the later one would silently win)")
                continue
            seen.add(key)
            if key not in known:
                self.error(child, _unknown_key_message(key, known))
            elif value_node.tag != _NULL:
                children[key] = child
        for key in required:
            if key not in children:
                reason = "has no value" if key in seen else "is missing"
                self.error(at.child(key, at.node, at.line), f"required, but {reason}")
        return children

    def sequence(self, at: Located) -> list[Located] | None:
        """The items of a list, each keyed ``key[i]``."""
        if not isinstance(at.node, yaml.SequenceNode):
            self.error(at, f"expected a list, got {_kind(at)}")
            return None
        return [at.child(f"[{i}]", item) for i, item in enumerate(at.node.value)]

    # -- scalars -----------------------------------------------------------------------

    def string(self, at: Located) -> str | None:
        """The text as written: ``yes``, ``8:00`` and ``0777`` stay text, not YAML 1.1 values."""
        if not isinstance(at.node, yaml.ScalarNode) or at.node.tag not in _SCALAR_TAGS:
            self.error(at, f"expected a text value, got {_kind(at)}")
            return None
        if not at.node.value.strip():
            self.error(at, "must not be empty")
            return None
        return at.node.value

    def integer(
        self, at: Located, *, minimum: int | None = None, maximum: int | None = None
    ) -> int | None:
        """A whole number within bounds (``"993"`` in quotes is accepted too)."""
        value = self._integer(at)
        if value is None:
            return None
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            bounds = f"at least {minimum}" if maximum is None else f"{minimum} to {maximum}"
            self.error(at, f"must be {bounds}, got {value}")
            return None
        return value

    def boolean(self, at: Located) -> bool | None:
        if isinstance(at.node, yaml.ScalarNode) and at.node.tag == _BOOL:
            return bool(_constructor.construct_yaml_bool(at.node))
        self.error(at, f"expected true or false, got {_kind(at)}")
        return None

    def choice(self, at: Located, choices: Sequence[str]) -> str | None:
        text = self.string(at)
        if text is None:
            return None
        if text not in choices:
            options = " | ".join(choices)
            self.error(at, f"expected one of {options}, got {text!r}{_did_you_mean(text, choices)}")
            return None
        return text

    def parsed(self, at: Located, parse: Callable[[str], T]) -> T | None:
        """A scalar's text run through ``parse``; its ``ValueError`` becomes the message."""
        text = self.string(at)
        if text is None:
            return None
        try:
            return parse(text)
        except ValueError as exc:
            self.error(at, str(exc))
            return None

    def duration(
        self, at: Located, *, minimum: timedelta = timedelta(0), maximum: timedelta | None = None
    ) -> timedelta | None:
        """A duration (``90m``, ``7d``) within bounds."""
        value = self.parsed(at, parse_duration)
        if value is None:
            return None
        if value < minimum or (maximum is not None and value > maximum):
            bounds = f"at least {format_duration(minimum)}"
            if maximum is not None:
                bounds += f" and at most {format_duration(maximum)}"
            self.error(at, f"must be {bounds}, got {at.node.value!r}")
            return None
        return value

    def path(self, at: Located) -> Path | None:
        """A file system path: ``~`` and ``$VARS`` expanded, relative to the config's directory."""
        text = self.string(at)
        if text is None:
            return None
        expanded = expand_path(text, self.env)
        unset = unexpanded_variable(expanded)
        if unset:
            self.error(at, f"environment variable {unset} is not set")
            return None
        return self.base / expanded

    def _integer(self, at: Located) -> int | None:
        node = at.node
        if isinstance(node, yaml.ScalarNode) and node.tag == _INT:
            try:
                return int(_constructor.construct_yaml_int(node))
            except (ValueError, ConstructorError):
                pass
        elif isinstance(node, yaml.ScalarNode) and node.tag == _STR and node.value.isdigit():
            return int(node.value)
        self.error(at, f"expected an integer, got {_kind(at)}")
        return None


def looks_secret(key: str) -> bool:
    """Whether a key the loader does not know is probably someone writing a password."""
    word = key.lower().replace("-", "_")
    return word in _SECRET_KEYS or any(part in word for part in _SECRET_WORDS)


def _unknown_key_message(key: str, known: Sequence[str]) -> str:
    """Refuse what looks like a password, except a near-miss of a known key
    (``password_comand`` is a typo of ``password_command``, not a password)."""
    word = key.lower().replace("-", "_")
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.8)
    if word in _SECRET_KEYS or (looks_secret(word) and not close):
        return SECRET_REFUSAL
    hint = _did_you_mean(key, known)
    return f"unknown key {key!r}" + (hint or f" (known here: {', '.join(known)})")


def _did_you_mean(word: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(word.lower(), list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _flatten(node: yaml.MappingNode) -> list[tuple[yaml.Node, yaml.Node]]:
    """The mapping's pairs with YAML merge keys (``<<: *defaults``) expanded in place,
    explicit keys after merged ones (a later duplicate of a merged key is not an error)."""
    pairs: list[tuple[yaml.Node, yaml.Node]] = []
    own = []
    for key_node, value_node in node.value:
        if key_node.tag == _MERGE:
            sources = (
                value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
            )
            for source in sources:
                if isinstance(source, yaml.MappingNode):
                    pairs.extend(_flatten(source))
        else:
            own.append((key_node, value_node))
    own_keys = {k.value for k, _ in own if isinstance(k, yaml.ScalarNode)}
    merged = [(k, v) for k, v in pairs if getattr(k, "value", None) not in own_keys]
    return merged + own


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _kind(at: Located) -> str:
    node = at.node
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _NULL:
        return "nothing"
    return repr(node.value)
