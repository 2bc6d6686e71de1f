"""Afterview's configuration: YAML (CONTRACT.md, "Configuration") to typed, frozen values.

``load_config(path)`` returns a ``Config`` or raises ``ConfigErrors`` naming the file, line
and key of every problem at once. The package is split by concern:

- ``model``     the dataclasses (and the defaults they carry)
- ``values``    parsers of durations, times, weekdays, sizes (pure text -> value)
- ``yamltree``  typed reading of the YAML node tree, collecting errors with line numbers
- ``sections`` / ``accounts``  one reader per section of the file
- ``loader``    the file itself, and the default path
- ``describe``  the summary ``check-config`` prints
"""

from afterview.config.describe import describe
from afterview.config.loader import default_config_path, load_config
from afterview.config.model import (
    Account,
    Config,
    Digest,
    FolderSettings,
    Followup,
    Limits,
    Me,
    ServerSettings,
    State,
    Templates,
)
from afterview.config.sections import system_timezone
from afterview.config.values import format_duration, parse_duration
from afterview.credentials import CredentialSettings

__all__ = [
    "Account",
    "Config",
    "CredentialSettings",
    "Digest",
    "FolderSettings",
    "Followup",
    "Limits",
    "Me",
    "ServerSettings",
    "State",
    "Templates",
    "default_config_path",
    "describe",
    "format_duration",
    "load_config",
    "parse_duration",
    "system_timezone",
]
