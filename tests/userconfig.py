"""Writing a real config file for a test user of the private Dovecot, as a user would."""

from __future__ import annotations

import textwrap
from pathlib import Path

from dovecot import DovecotUser


def write_config(
    directory: Path,
    user: DovecotUser,
    *,
    password: str | None = None,
    extra: str = "",
    email: str = "alex@example.org",
    name: str = "Alex Candidate",
    timezone: str = "Europe/London",
) -> Path:
    """A config for ``user`` whose password comes from a private file (password_file)."""
    secret = directory / "imap-password"
    secret.write_text((password if password is not None else user.password) + "\n")
    secret.chmod(0o600)
    path = directory / "config.yaml"
    path.write_text(
        textwrap.dedent(
            f"""\
            me:
              name: {name}
              email: {email}
            timezone: {timezone}
            accounts:
              - name: main
                imap:
                  host: {user.server.host}
                  port: {user.server.port}
                  security: none
                  username: {user.name}
                  password_file: {secret}
            state:
              path: {directory / "state" / "state.db"}
            """
        )
        + extra
    )
    path.chmod(0o600)
    return path
