"""``afterview init``: a re-runnable setup that writes a commented config.

Answers come from flags first, then from prompts (a terminal) or from lines on standard
input (scripts and tests), in the order the prompts are asked. Known providers fill in
host, port and security; the password goes to the system keyring (or a command or a file
is named instead), never into the file. Afterwards ``doctor`` proves the account works.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from afterview.config import default_config_path, load_config, system_timezone
from afterview.errors import AfterviewError, UsageError


@dataclass(frozen=True)
class Provider:
    label: str
    host: str
    port: int
    security: str
    smtp: tuple[str, int, str] | None
    note: str
    oauth2_only: bool = False


PROVIDERS: dict[str, Provider] = {
    "gmail": Provider(
        "Gmail / Google Workspace", "imap.gmail.com", 993, "tls",
        ("smtp.gmail.com", 587, "starttls"),
        "use an app password (Google account > Security > App passwords), or OAuth2 with "
        "oauth2_token_command (e.g. oama, or mutt_oauth2.py)",
    ),
    "outlook": Provider(
        "Microsoft 365 / Outlook.com", "outlook.office365.com", 993, "tls",
        ("smtp.office365.com", 587, "starttls"),
        "Microsoft allows only OAuth2: set oauth2_token_command (e.g. oama, or "
        "mutt_oauth2.py with the Thunderbird client id)",
        oauth2_only=True,
    ),
    "fastmail": Provider(
        "Fastmail", "imap.fastmail.com", 993, "tls", ("smtp.fastmail.com", 465, "tls"),
        "use an app password (Settings > Privacy & Security > App passwords)",
    ),
    "icloud": Provider(
        "iCloud Mail", "imap.mail.me.com", 993, "tls", ("smtp.mail.me.com", 587, "starttls"),
        "use an app-specific password (appleid.apple.com > Sign-In and Security)",
    ),
    "yahoo": Provider(
        "Yahoo Mail", "imap.mail.yahoo.com", 993, "tls", ("smtp.mail.yahoo.com", 465, "tls"),
        "use an app password (Account security > Generate app password)",
    ),
    "proton": Provider(
        "Proton Mail (Bridge)", "127.0.0.1", 1143, "starttls", ("127.0.0.1", 1025, "starttls"),
        "run Proton Mail Bridge; use the password Bridge shows, and export its certificate "
        "(Bridge > Settings > Export TLS certificates) into tls_ca_file",
    ),
}  # fmt: skip


class Answers:
    """Flags first, then a prompt (terminal) or the next line of stdin (scripts)."""

    def __init__(self, stdin: TextIO, out: TextIO) -> None:
        self.stdin, self.out = stdin, out
        self.interactive = stdin.isatty()

    def ask(self, question: str, given: str | None, default: str | None = None) -> str:
        if given:
            return given
        hint = f" [{default}]" if default else ""
        if self.interactive:
            answer = input(f"{question}{hint}: ").strip()
        else:
            line = self.stdin.readline()
            answer = line.strip()
        if answer:
            return answer
        if default is not None:
            return default
        raise UsageError(f"init: no answer for {question!r} (give it as a flag or on stdin)")

    def secret(self, question: str) -> str:
        if self.interactive:
            return getpass.getpass(f"{question}: ")
        return self.stdin.readline().rstrip("\r\n")


def _quote(value: str) -> str:
    """A YAML double-quoted scalar: safe for any text a user types."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def render_config(
    *,
    name: str,
    email: str,
    provider: str,
    host: str,
    port: int,
    security: str,
    username: str,
    credential: tuple[str, str | None],
    timezone: str,
    tls_ca_file: str | None = None,
) -> str:
    """The commented YAML written by ``init``."""
    source, value = credential
    if source == "keyring":
        cred = "      keyring: true                   # `afterview set-password main` changes it"
    else:
        cred = f"      {source}: {_quote(value or '')}"
    known = PROVIDERS.get(provider)
    smtp = ""
    if known and known.smtp:
        smtp_host, smtp_port, smtp_security = known.smtp
        smtp = (
            "    # smtp:                           # only for send_later and the digest\n"
            f"    #   host: {smtp_host}\n    #   port: {smtp_port}\n"
            f"    #   security: {smtp_security}\n"
        )
    ca = f"      tls_ca_file: {_quote(tls_ca_file)}\n" if tls_ca_file else ""
    note = f"# Provider: {known.label}. {known.note}\n" if known else ""
    return f"""# Afterview configuration, written by `afterview init` (run it again to change it).
# Every key is explained in config.example.yaml; check this file with `afterview check-config`.
{note}
me:
  name: {_quote(name)}
  email: {_quote(email)}
  language: auto                      # auto (the employer's language) | en | de | fr | es | nl

timezone: {timezone}

accounts:
  - name: main
    imap:
      host: {host}
      port: {port}
      security: {security}                   # tls | starttls | none (loopback only)
      username: {_quote(username)}
{cred}
{ca}{smtp}
followup:                             # the defaults; see the README for tuning
  thank_you_delay: 1h
  status_check_after: 7d
  second_check_after: 7d
  max_status_checks: 2
  give_up_after: 14d
  business_hours: "09:00-17:30"
  business_days: [mon, tue, wed, thu, fri]
  rejection_reply: true
"""


def init_command(
    args: argparse.Namespace, *, stdin: TextIO | None = None, out: TextIO | None = None
) -> int:
    stdin, out = stdin or sys.stdin, out or sys.stdout
    path = Path(args.config) if args.config else default_config_path()
    answers = Answers(stdin, out)
    previous = _previous(path)
    if path.exists() and not args.force:
        if not answers.interactive:
            raise UsageError(f"{path} exists; run init with --force to replace it")
        if answers.ask(f"{path} exists. Replace it? (y/N)", None, "n").lower() not in ("y", "yes"):
            print("left the existing config unchanged", file=out)
            return 0

    name = answers.ask("Your name (as drafts are signed)", args.name, previous.get("name"))
    email = answers.ask("Your email address", args.email, previous.get("email"))
    choices = ", ".join([*PROVIDERS, "other"])
    provider = answers.ask(
        f"Mail provider ({choices})", args.provider, previous.get("provider", "other")
    ).lower()
    if provider not in PROVIDERS and provider != "other":
        raise UsageError(f"init: unknown provider {provider!r}; choose one of {choices}")
    known = PROVIDERS.get(provider)
    if known:
        host, port, security = known.host, known.port, known.security
        host = args.host or host
        port = args.port or port
        security = args.security or security
        print(f"{known.label}: {host}:{port} ({security}). {known.note}", file=out)
    else:
        host = answers.ask("IMAP server host", args.host, previous.get("host"))
        security = answers.ask("Security (tls, starttls, none)", args.security, "tls")
        port = int(
            answers.ask(
                "IMAP port",
                str(args.port) if args.port else None,
                "993" if security == "tls" else "143",
            )
        )
    username = answers.ask("IMAP username", args.username, email)
    timezone = args.timezone or str(system_timezone(os.environ))

    credential = _credential(args, answers, known, username, out)
    text = render_config(
        name=name,
        email=email,
        provider=provider,
        host=host,
        port=port,
        security=security,
        username=username,
        credential=credential,
        timezone=timezone,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".new")
    tmp.write_text(text)
    tmp.chmod(0o600)
    load_config(tmp)  # never leave a config behind that Afterview itself would refuse
    tmp.replace(path)
    print(f"wrote {path}", file=out)
    if credential[0] == "keyring":
        _store_keyring_password(answers, username, out)
    if args.no_doctor:
        return 0
    from afterview.runtime.doctor import doctor

    print("checking the account (afterview doctor):", file=out)
    return doctor(load_config(path), out=out)


def _credential(
    args: argparse.Namespace, answers: Answers, known: Provider | None, username: str, out: TextIO
) -> tuple[str, str | None]:
    if args.password_command:
        return "password_command", args.password_command
    if getattr(args, "password_file", None):
        return "password_file", args.password_file
    if getattr(args, "oauth2_token_command", None) or (known and known.oauth2_only):
        command = answers.ask(
            "Command that prints an OAuth2 access token",
            getattr(args, "oauth2_token_command", None),
        )
        return "oauth2_token_command", command
    return "keyring", None


def _store_keyring_password(answers: Answers, username: str, out: TextIO) -> None:
    from afterview.credentials import store_password

    password = answers.secret(f"Password for {username} (stored in the system keyring)")
    if not password:
        print("no password given; store it later with `afterview set-password main`", file=out)
        return
    try:
        store_password("main", username, password)
    except AfterviewError as err:
        raise AfterviewError(
            f"{err}. The config was written; switch it to password_command or password_file, "
            "or install a keyring backend and run `afterview set-password main`"
        ) from None
    print("stored the password in the system keyring", file=out)


def _previous(path: Path) -> dict[str, str]:
    """Answers from an existing config, as defaults when init runs again."""
    try:
        config = load_config(path)
    except AfterviewError:
        return {}
    account = config.accounts[0]
    provider = next((key for key, p in PROVIDERS.items() if p.host == account.imap.host), "other")
    return {
        "name": config.me.name,
        "email": config.me.email,
        "host": account.imap.host,
        "provider": provider,
    }
