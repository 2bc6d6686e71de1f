"""The command line of CONTRACT.md: parse, dispatch, and turn errors into one clear line.

Each command is a small function taking the parsed arguments and returning an exit code.
The work itself lives in the modules named in each handler; this file only wires them, so
that the daemon, the tests and the demo call the same code as the user does.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from afterview import __version__
from afterview.errors import AfterviewError, ConfigError, UsageError

log = logging.getLogger("afterview")

Handler = Callable[[argparse.Namespace], int]


def _parse_now(text: str) -> datetime:
    """``--now``: ISO 8601; without an offset it means UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 time (e.g. 2026-11-25T10:00:00+00:00)"
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _now(args: argparse.Namespace) -> datetime:
    return args.now if getattr(args, "now", None) else datetime.now(UTC)


def _config(args: argparse.Namespace):  # -> afterview.config.Config
    from afterview.config import default_config_path, load_config

    return load_config(Path(args.config) if args.config else default_config_path())


# ---- handlers -----------------------------------------------------------------------------


def cmd_classify(args: argparse.Namespace) -> int:
    from afterview.understand.classify import classify_file

    for name in args.files:
        result = classify_file(name)
        if args.json:
            print(json.dumps(result, ensure_ascii=False), flush=True)
        else:
            print(_describe_classification(result), flush=True)
    return 0


def _describe_classification(result: dict) -> str:
    parts = [f"{result['file']}: {result['kind']}"]
    if result.get("company"):
        parts.append(result["company"] + (f" ({result['role']})" if result.get("role") else ""))
    if result.get("interview"):
        parts.append(f"interview {result['interview']['start']}")
    if result.get("decision_by"):
        parts.append(f"decision by {result['decision_by']}")
    return " · ".join(parts)


def cmd_check_config(args: argparse.Namespace) -> int:
    from afterview.config import describe

    print(describe(_config(args)))  # warnings are logged by load_config
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from afterview.runtime.doctor import doctor

    return doctor(_config(args), out=sys.stdout)


def cmd_set_password(args: argparse.Namespace) -> int:
    import getpass

    from afterview.credentials import store_password

    account = _config(args).account(args.account)
    if sys.stdin.isatty():
        password = getpass.getpass(f"IMAP password for {account.imap.username}: ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UsageError("empty password; nothing stored")
    usernames = {account.imap.username}
    if account.smtp is not None and account.smtp.credentials.source == "keyring":
        usernames.add(account.smtp.username)  # SMTP defaults to the IMAP password
    for username in sorted(usernames):
        store_password(account.name, username, password)
    print(f"stored the password for account {account.name!r} in the system keyring")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from afterview.runtime.engine import run_command

    return run_command(_config(args), once=args.once, dry_run=args.dry_run, now=args.now)


def cmd_status(args: argparse.Namespace) -> int:
    from afterview.runtime.engine import status_command

    return status_command(_config(args), now=_now(args), as_json=args.json, why=args.why)


def cmd_note(args: argparse.Namespace) -> int:
    from afterview.runtime.engine import note_command

    return note_command(_config(args), args.application, args.text, now=_now(args))


def cmd_close(args: argparse.Namespace) -> int:
    from afterview.runtime.engine import close_command

    return close_command(_config(args), args.application, args.reason, now=_now(args))


def cmd_calendar(args: argparse.Namespace) -> int:
    from afterview.runtime.engine import calendar_command

    return calendar_command(_config(args), Path(args.output), now=_now(args))


def cmd_init(args: argparse.Namespace) -> int:
    from afterview.runtime.setup import init_command

    return init_command(args)


def cmd_demo(args: argparse.Namespace) -> int:
    from afterview.demo import run_demo

    return run_demo(keep=args.keep, directory=args.dir)


# ---- parser -------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="afterview",
        description="Watches your mailbox for interview mail and puts timely, personal "
        "follow-up drafts (thank-you notes, status checks, replies to rejections) into your "
        "Drafts folder. It never sends mail on its own.",
        epilog="Config: --config, else $AFTERVIEW_CONFIG, else "
        "$XDG_CONFIG_HOME/afterview/config.yaml (~/.config/afterview/config.yaml). "
        "Exit codes: 0 success, 1 runtime failure, 2 usage or configuration error.",
    )
    parser.add_argument("--version", action="version", version=f"afterview {__version__}")
    parser.add_argument("--config", metavar="PATH", help="the YAML config file")
    parser.add_argument(
        "--log-level",
        default=None,
        choices=["debug", "info", "warning", "error"],
        help="how much to log on stderr (default: info; warning for demo)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = command("run", cmd_run, "watch every account and write due drafts (the daemon)")
    p.add_argument("--once", action="store_true", help="one full pass, then exit")
    p.add_argument(
        "--now",
        type=_parse_now,
        metavar="ISO8601",
        help="behave as if the clock read this instant (with --once)",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="decide as usual but write no draft and change no state",
    )

    p = command("status", cmd_status, "one row per application: stage and next action")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--now", type=_parse_now, metavar="ISO8601", help="evaluate at this instant")
    p.add_argument("--why", action="store_true", help="show the evidence behind each stage")

    p = command("classify", cmd_classify, "offline: what Afterview reads in .eml files")
    p.add_argument("--json", action="store_true", help="one JSON object per file (JSON Lines)")
    p.add_argument("files", nargs="+", metavar="FILE", help=".eml files; - reads stdin")

    command("check-config", cmd_check_config, "validate the config file and summarise it")
    command("doctor", cmd_doctor, "connect to every account and report what works")

    p = command("init", cmd_init, "interactive setup: write a config, store the password")
    p.add_argument("--name", help="your name, as drafts are signed")
    p.add_argument("--email", help="your email address")
    p.add_argument("--provider", help="gmail, outlook, fastmail, icloud, yahoo, proton, other")
    p.add_argument("--host", help="IMAP host (provider 'other')")
    p.add_argument("--port", type=int, help="IMAP port")
    p.add_argument("--security", choices=["tls", "starttls", "none"], help="IMAP security")
    p.add_argument("--username", help="IMAP username (default: your email)")
    p.add_argument("--password-command", help="a command printing the password")
    p.add_argument("--password-file", help="a file holding the password (first line)")
    p.add_argument("--oauth2-token-command", help="a command printing an OAuth2 access token")
    p.add_argument("--timezone", help="IANA time zone, e.g. Europe/London")
    p.add_argument("--force", action="store_true", help="overwrite an existing config")
    p.add_argument("--no-doctor", action="store_true", help="do not run doctor afterwards")

    p = command("set-password", cmd_set_password, "store an account's password in the keyring")
    p.add_argument("account", metavar="ACCOUNT", help="the account's name in the config")

    p = command("note", cmd_note, "remember a topic from the interview for the drafts")
    p.add_argument("application", metavar="APPLICATION", help="id or unique company prefix")
    p.add_argument("text", metavar="TEXT", help="e.g. 'the migration to Postgres'")
    p.add_argument("--now", type=_parse_now, metavar="ISO8601", help=argparse.SUPPRESS)

    p = command("close", cmd_close, "stop the follow-up sequence for an application")
    p.add_argument("application", metavar="APPLICATION", help="id or unique company prefix")
    p.add_argument("--reason", required=True, choices=["withdrawn"], help="why it ends")
    p.add_argument("--now", type=_parse_now, metavar="ISO8601", help=argparse.SUPPRESS)

    p = command("calendar", cmd_calendar, "write interviews and planned actions as .ics")
    p.add_argument("--output", required=True, metavar="FILE.ics", help="where to write")
    p.add_argument("--now", type=_parse_now, metavar="ISO8601", help="evaluate at this instant")

    p = command("demo", cmd_demo, "see Afterview work on a throwaway mailbox (no config)")
    p.add_argument("--dir", type=Path, help="build the demo mailbox here (default: a temp dir)")
    p.add_argument("--keep", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    from afterview.runtime.logs import setup_logging

    quiet = args.command in ("demo", "classify", "status")
    setup_logging(args.log_level or ("warning" if quiet else "info"))
    try:
        return args.handler(args)
    except ConfigError as err:  # already FILE:LINE: key: message, one line per problem
        print(str(err), file=sys.stderr)
        return err.exit_code
    except AfterviewError as err:
        for line in str(err).splitlines() or [type(err).__name__]:
            print(f"afterview: {line}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # a bug: still one line for the user, the traceback for us
        log.debug("internal error", exc_info=True)
        print(
            f"afterview: internal error: {type(err).__name__}: {err} "
            "(run with --log-level debug for details)",
            file=sys.stderr,
        )
        return 1
