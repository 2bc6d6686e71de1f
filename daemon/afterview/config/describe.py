"""The short human summary ``afterview check-config`` prints for a valid configuration.

It shows what the loader made of the file (defaults included), so a user can see at a glance
that e.g. the port they left out became 993. There are no secrets in a Config to leak.
"""

from __future__ import annotations

from afterview.config.model import Account, Config, ServerSettings
from afterview.config.values import DAY_NAMES, format_duration
from afterview.credentials import describe_source


def describe(config: Config) -> str:
    """A few lines: file, me, time zone, each account, follow-up rules, digest, state."""
    me, follow = config.me, config.followup
    start, end = follow.business_hours
    lines = [
        f"config: {config.path}",
        f"me: {me.name} <{me.email}>, drafts in language {me.language}",
        f"timezone: {config.timezone.key}",
    ]
    for account in config.accounts:
        lines.extend(_account(account))
    lines += [
        f"followup: thank-you {format_duration(follow.thank_you_delay)} after an interview; "
        f"status check {format_duration(follow.status_check_after)} after it when no "
        f"decision date is given, then every {format_duration(follow.second_check_after)}, "
        f"at most {follow.max_status_checks}; no_response "
        f"{format_duration(follow.give_up_after)} after the last",
        f"  business hours {start:%H:%M}-{end:%H:%M} on {_days(follow.business_days)}; "
        f"rejection reply {'on' if follow.rejection_reply else 'off'}; "
        f"first pass reads back {format_duration(follow.lookback)}",
        f"digest: {_digest(config)}",
        f"state: {config.state.path}",
        f"templates: {config.templates.dir or 'built-in'}",
    ]
    return "\n".join(lines)


def _account(account: Account) -> list[str]:
    folders = account.folders
    watch = ", ".join(folders.watch) if folders.watch else f"{folders.inbox} (default)"
    lines = [f"account {account.name}:", "  " + _server("imap", account.name, account.imap)]
    if account.smtp:
        lines.append("  " + _server("smtp", account.name, account.smtp))
        lines.append(f"  send_later: {'on' if account.send_later else 'off'}")
    lines.append(
        f"  folders: inbox {folders.inbox}, sent {folders.sent or '(discover)'}, "
        f"drafts {folders.drafts or '(discover)'}, watching {watch}"
    )
    lines.append(
        f"  IDLE renewed every {format_duration(account.idle_timeout)}, "
        f"polling every {format_duration(account.poll_interval)} without IDLE"
    )
    return lines


def _server(kind: str, account_name: str, server: ServerSettings) -> str:
    source = describe_source(
        server.credentials, account_name=account_name, username=server.username
    )
    text = (
        f"{kind} {server.host}:{server.port} {server.security}, user {server.username}, "
        f"credentials from {source}"
    )
    if server.tls_ca_file:
        text += f", CA {server.tls_ca_file}"
    if server.save_sent:
        text += f", save_sent {server.save_sent}"
    return text


def _digest(config: Config) -> str:
    return f"daily at {config.digest.at:%H:%M}" if config.digest.enabled else "off"


def _days(days: frozenset[int]) -> str:
    return ", ".join(DAY_NAMES[day] for day in sorted(days))
