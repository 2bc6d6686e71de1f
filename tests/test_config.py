"""The configuration loader: defaults, the example file, and every kind of error reported
as ``FILE:LINE: key: message`` with the line of the offending key."""

from __future__ import annotations

import logging
import textwrap
from datetime import time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from afterview.config import (
    Config,
    CredentialSettings,
    default_config_path,
    describe,
    load_config,
    parse_duration,
    system_timezone,
)
from afterview.errors import ConfigError, ConfigErrors, UsageError

REPO = Path(__file__).resolve().parent.parent

MINIMAL = """\
me:
  name: Alex Candidate
  email: alex@example.org
accounts:
  - name: main
    imap:
      host: imap.example.org
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"HOME": str(tmp_path / "home"), "TZ": "Europe/Berlin"}


def write(tmp_path: Path, text: str, *, mode: int = 0o600, name: str = "config.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    path.chmod(mode)
    return path


def line_of(path: Path, fragment: str) -> int:
    """The 1-based line on which ``fragment`` first appears: where the error must point."""
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(f"{fragment!r} not in {path}")


def errors_of(path: Path, env: dict[str, str]) -> list[str]:
    with pytest.raises(ConfigErrors) as info:
        load_config(path, env=env)
    assert all(isinstance(e, ConfigError) for e in info.value.errors)
    assert str(info.value).splitlines() == [str(e) for e in info.value.errors]
    return [str(e) for e in info.value.errors]


# -- the example and the defaults ------------------------------------------------------


def test_example_config_loads_with_the_values_it_shows(env: dict[str, str]) -> None:
    config = load_config(REPO / "config.example.yaml", env=env)
    assert config.me.name == "Alex Candidate" and config.me.language == "auto"
    assert config.timezone == ZoneInfo("Europe/London")
    (account,) = config.accounts
    assert (account.imap.host, account.imap.port, account.imap.security) == (
        "imap.example.org",
        993,
        "tls",
    )
    assert account.imap.credentials == CredentialSettings("password_command", "pass show mail/alex")
    assert account.smtp is not None
    assert (account.smtp.port, account.smtp.security, account.smtp.save_sent) == (
        587,
        "starttls",
        "auto",
    )
    assert account.smtp.credentials == account.imap.credentials  # inherited
    assert account.folders.watch == ("INBOX",) and account.folders.drafts == "Drafts"
    assert config.followup.business_days == frozenset({0, 1, 2, 3, 4})
    assert config.followup.business_hours == (time(9, 0), time(17, 30))
    assert config.state.path == Path(env["HOME"]) / ".local/state/afterview/state.db"
    assert config.limits.max_message_bytes == 25 * 1024 * 1024
    assert config.templates.dir is None


def test_minimal_config_gets_the_contract_defaults(
    tmp_path: Path, env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    config = load_config(write(tmp_path, MINIMAL), env=env)
    (account,) = config.accounts
    imap = account.imap
    assert (imap.port, imap.security, imap.username) == (993, "tls", "alex@example.org")
    assert imap.credentials == CredentialSettings("keyring", None)
    assert imap.tls_ca_file is None and imap.save_sent is None
    assert account.smtp is None and account.send_later is False
    assert account.folders.inbox == "INBOX"
    assert (account.folders.sent, account.folders.drafts, account.folders.watch) == (None,) * 3
    assert account.poll_interval == timedelta(minutes=5)
    assert account.idle_timeout == timedelta(minutes=10)
    assert config.timezone == ZoneInfo("Europe/Berlin")  # from TZ
    follow = config.followup
    assert follow.thank_you_delay == timedelta(hours=1)
    assert follow.status_check_after == follow.second_check_after == timedelta(days=7)
    assert follow.max_status_checks == 2
    assert follow.give_up_after == timedelta(days=14)
    assert follow.business_hours == (time(9, 0), time(17, 30))
    assert follow.business_days == frozenset(range(5))
    assert follow.rejection_reply is True and follow.lookback == timedelta(days=60)
    assert (config.digest.enabled, config.digest.at) == (False, time(8, 0))
    assert config.state.path == tmp_path / "xdg-state" / "afterview" / "state.db"
    assert config.templates.dir is None
    assert (config.limits.max_parts, config.limits.max_ics_events) == (200, 500)
    assert config.path == tmp_path / "config.yaml"
    assert config.warnings == ()


@pytest.mark.parametrize(("security", "port"), [("tls", 465), ("starttls", 587)])
def test_smtp_port_defaults_by_security_and_inherits_imap_login(
    tmp_path: Path, env: dict[str, str], security: str, port: int
) -> None:
    path = write(
        tmp_path,
        MINIMAL
        + f"""\
      security: starttls
      username: alex.login
      password_command: "pass show mail/alex"
    smtp:
      host: smtp.example.org
      security: {security}
""",
    )
    account = load_config(path, env=env).accounts[0]
    assert account.imap.port == 143
    assert account.smtp is not None
    assert account.smtp.port == port
    assert account.smtp.username == "alex.login"
    assert account.smtp.credentials == CredentialSettings("password_command", "pass show mail/alex")


def test_values_yaml_would_misread_are_taken_as_written(
    tmp_path: Path, env: dict[str, str]
) -> None:
    # YAML 1.1 reads 8:00 as the number 480 and `yes` as true; the loader uses the text.
    path = write(
        tmp_path,
        MINIMAL
        + """\
    folders:
      drafts: yes
digest:
  at: 8:00
followup:
  business_days: [mon-wed, FRIDAY]
  business_hours: 8:30-16:00
""",
    )
    config = load_config(path, env=env)
    assert config.digest.at == time(8, 0)
    assert config.accounts[0].folders.drafts == "yes"
    assert config.followup.business_days == frozenset({0, 1, 2, 4})
    assert config.followup.business_hours == (time(8, 30), time(16, 0))


def test_paths_expand_home_variables_and_are_relative_to_the_file(
    tmp_path: Path, env: dict[str, str]
) -> None:
    (tmp_path / "ca.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    env["DATA"] = str(tmp_path / "data")
    path = write(
        tmp_path,
        MINIMAL
        + """\
      tls_ca_file: ca.pem
state:
  path: $DATA/state.db
templates:
  dir: ~/tpl
""",
    )
    config = load_config(path, env=env)
    assert config.accounts[0].imap.tls_ca_file == tmp_path / "ca.pem"
    assert config.state.path == tmp_path / "data" / "state.db"
    assert config.templates.dir == Path(env["HOME"]) / "tpl"
    assert any("tpl does not exist" in w for w in config.warnings)


def test_credentials_may_be_grouped_under_a_credentials_key(
    tmp_path: Path, env: dict[str, str]
) -> None:
    path = write(
        tmp_path,
        MINIMAL
        + """\
    smtp:
      host: smtp.example.org
      credentials:
        oauth2_token_command: "oama access alex"
""",
    )
    account = load_config(path, env=env).accounts[0]
    assert account.imap.credentials == CredentialSettings("keyring")
    assert account.smtp is not None
    assert account.smtp.credentials == CredentialSettings(
        "oauth2_token_command", "oama access alex"
    )


def test_merge_keys_share_settings_between_accounts(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(
        tmp_path,
        """\
me: {name: Alex, email: alex@example.org}
accounts:
  - name: work
    imap: &server
      host: mail.example.org
      security: starttls
      password_command: "pass show work"
  - name: private
    imap:
      <<: *server
      username: alex.private
""",
    )
    work, private = load_config(path, env=env).accounts
    assert private.imap.host == work.imap.host == "mail.example.org"
    assert private.imap.port == 143 and private.imap.username == "alex.private"


def test_account_lookup_names_the_known_accounts(tmp_path: Path, env: dict[str, str]) -> None:
    config = load_config(write(tmp_path, MINIMAL), env=env)
    assert config.account("main") is config.accounts[0]
    with pytest.raises(UsageError, match=r"no account named 'mian'.*accounts: main"):
        config.account("mian")


# -- errors, each at its line ----------------------------------------------------------


def test_wrong_type_names_file_line_and_key(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(tmp_path, MINIMAL + "      port: abc\n")
    line = line_of(path, "port: abc")
    assert errors_of(path, env) == [
        f"{path}:{line}: accounts[0].imap.port: expected an integer, got 'abc'"
    ]


def test_every_error_of_the_file_is_reported(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(
        tmp_path,
        """\
me:
  name: Alex
  email: not-an-address
  language: klingon
accounts:
  - name: main
    imap:
      host: imap.example.org
      port: 70000
    send_later: maybe
followup:
  max_status_checks: -1
  thank_you_delay: 90
""",
    )
    assert errors_of(path, env) == [
        f"{path}:{line_of(path, 'email:')}: me.email: expected an email address such as "
        "alex@example.org, got 'not-an-address'",
        f"{path}:{line_of(path, 'klingon')}: me.language: expected one of "
        "auto | en | de | fr | es | nl, got 'klingon'",
        f"{path}:{line_of(path, '70000')}: accounts[0].imap.port: must be 1 to 65535, got 70000",
        f"{path}:{line_of(path, 'maybe')}: accounts[0].send_later: expected true or false, "
        "got 'maybe'",
        f"{path}:{line_of(path, 'max_status')}: followup.max_status_checks: must be at least 0, "
        "got -1",
        f"{path}:{line_of(path, 'thank_you')}: followup.thank_you_delay: expected a duration "
        "such as 30s, 90m, 1h, 7d or 2d12h, got '90' (a unit is needed: s, m, h, d or w)",
    ]


def test_missing_required_keys_point_at_their_parent(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(
        tmp_path,
        """\
me:
  name: Alex
accounts:
  - name: main
    imap:
      port: 993
""",
    )
    assert errors_of(path, env) == [
        f"{path}:1: me.email: required, but is missing",
        f"{path}:{line_of(path, 'imap:')}: accounts[0].imap.host: required, but is missing",
    ]


def test_unknown_keys_suggest_the_close_one(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(tmp_path, MINIMAL.replace("host:", "hots:") + "folowup:\n  lookback: 30d\n")
    assert errors_of(path, env) == [
        f"{path}:{line_of(path, 'imap:')}: accounts[0].imap.host: required, but is missing",
        f"{path}:{line_of(path, 'hots')}: accounts[0].imap.hots: unknown key 'hots'; "
        "did you mean 'host'?",
        f"{path}:{line_of(path, 'folowup')}: folowup: unknown key 'folowup'; "
        "did you mean 'followup'?",
    ]


def test_unknown_key_without_a_close_match_lists_the_known_ones(
    tmp_path: Path, env: dict[str, str]
) -> None:
    path = write(tmp_path, MINIMAL + "digest:\n  colour: blue\n")
    (error,) = errors_of(path, env)
    assert error == (
        f"{path}:{line_of(path, 'colour')}: digest.colour: unknown key 'colour' "
        "(known here: enabled, at)"
    )


def test_duplicate_keys_and_account_names_are_errors(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(
        tmp_path,
        MINIMAL
        + """\
      host: other.example.org
  - name: main
    imap: {host: imap2.example.org}
""",
    )
    assert errors_of(path, env) == [
        f"{path}:{line_of(path, 'other.example')}: accounts[0].imap.host: duplicate key "
        "(the later one would silently win)",
        f"{path}:{line_of(path, 'imap2') - 1}: accounts[1].name: a second account named 'main'",
    ]


@pytest.mark.parametrize(
    "snippet",
    [
        "      password: hunter2-s3cret\n",
        "      pass: hunter2-s3cret\n",
        "      app_password: hunter2-s3cret\n",
        "      keyring: hunter2-s3cret\n",
    ],
)
def test_password_in_the_file_is_refused_without_echoing_it(
    tmp_path: Path, env: dict[str, str], snippet: str
) -> None:
    path = write(tmp_path, MINIMAL + snippet)
    (error,) = errors_of(path, env)
    key = snippet.split(":")[0].strip()
    assert error.startswith(f"{path}:{line_of(path, 'hunter2')}: accounts[0].imap.{key}: ")
    assert "hunter2" not in error
    assert "set-password" in error


def test_typo_of_a_credential_key_is_not_taken_for_a_password(
    tmp_path: Path, env: dict[str, str]
) -> None:
    path = write(tmp_path, MINIMAL + '      password_comand: "pass show x"\n')
    assert errors_of(path, env) == [
        f"{path}:{line_of(path, 'comand')}: accounts[0].imap.password_comand: unknown key "
        "'password_comand'; did you mean 'password_command'?"
    ]


def test_secret_looking_key_anywhere_names_all_four_sources(
    tmp_path: Path, env: dict[str, str]
) -> None:
    path = write(tmp_path, MINIMAL + "token: abc.def\n")
    (error,) = errors_of(path, env)
    assert error.startswith(f"{path}:{line_of(path, 'token')}: token: a password may not be")
    for source in ("keyring", "password_command", "password_file", "oauth2_token_command"):
        assert source in error
    assert "abc.def" not in error


def test_two_credential_sources_are_refused(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(
        tmp_path,
        MINIMAL + '      password_command: "pass show x"\n      password_file: /run/pw\n',
    )
    assert errors_of(path, env) == [
        f"{path}:{line_of(path, 'password_file')}: accounts[0].imap.password_file: one "
        "credential source per server, but password_command and password_file are both given"
    ]


def test_keyring_false_alone_leaves_no_source(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(tmp_path, MINIMAL + "      keyring: false\n")
    (error,) = errors_of(path, env)
    assert error.startswith(f"{path}:{line_of(path, 'keyring')}: accounts[0].imap.keyring: ")
    assert "no other credential source" in error


@pytest.mark.parametrize("host", ["imap.example.org", "10.0.0.1", "localhost.example.org"])
def test_security_none_is_refused_off_loopback(
    tmp_path: Path, env: dict[str, str], host: str
) -> None:
    path = write(tmp_path, MINIMAL.replace("imap.example.org", host) + "      security: none\n")
    (error,) = errors_of(path, env)
    assert error.startswith(f"{path}:{line_of(path, 'none')}: accounts[0].imap.security: ")
    assert "loopback" in error and repr(host) in error


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.3.2.1", "::1", "mail.localhost"])
def test_security_none_is_allowed_on_loopback(
    tmp_path: Path, env: dict[str, str], host: str
) -> None:
    path = write(
        tmp_path, MINIMAL.replace("imap.example.org", f'"{host}"') + "      security: none\n"
    )
    imap = load_config(path, env=env).accounts[0].imap
    assert (imap.host, imap.security, imap.port) == (host, "none", 143)


def test_bad_security_value_suggests_the_spelling(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(tmp_path, MINIMAL + "      security: starttsl\n")
    assert errors_of(path, env) == [
        f"{path}:{line_of(path, 'starttsl')}: accounts[0].imap.security: expected one of "
        "tls | starttls | none, got 'starttsl'; did you mean 'starttls'?"
    ]


def test_send_later_needs_smtp_and_the_digest_does_not(tmp_path: Path, env: dict[str, str]):
    path = write(tmp_path, MINIMAL + "    send_later: true\ndigest:\n  enabled: true\n")
    assert errors_of(path, env) == [
        f"{path}:{line_of(path, 'send_later')}: accounts[0].send_later: send_later needs an "
        "smtp: section to send with",
    ]  # without smtp the digest is appended to the inbox


def test_missing_ca_file_and_unset_variable(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(
        tmp_path, MINIMAL + "      tls_ca_file: /nonexistent/ca.pem\nstate:\n  path: $NOPE/s.db\n"
    )
    assert errors_of(path, env) == [
        f"{path}:{line_of(path, 'tls_ca_file')}: accounts[0].imap.tls_ca_file: no such file: "
        "/nonexistent/ca.pem",
        f"{path}:{line_of(path, '$NOPE')}: state.path: environment variable $NOPE is not set",
    ]


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ('  business_hours: "17:00-09:00"', "the hours '17:00-09:00' end before they start"),
        ('  business_hours: "9-5"', "expected a time of day as \"HH:MM\" (24-hour), got '9'"),
        (
            "  business_days: [mon, funday]",
            "expected a weekday (mon, tue, wed, thu, fri, sat, sun), got 'funday'",
        ),
        ("  business_days: []", "list at least one day, such as [mon, tue, wed, thu, fri]"),
        ("  lookback: 0s", "must be at least 1h, got '0s'"),
    ],
)
def test_followup_value_errors(
    tmp_path: Path, env: dict[str, str], snippet: str, message: str
) -> None:
    path = write(tmp_path, MINIMAL + "followup:\n" + snippet + "\n")
    (error,) = errors_of(path, env)
    key = snippet.split(":")[0].strip()
    assert error.startswith(f"{path}:{line_of(path, snippet.strip())}: followup.")
    assert error.endswith(message)
    assert f"followup.{key}" in error


def test_idle_timeout_above_the_rfc_limit(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(tmp_path, MINIMAL + "    idle_timeout: 30m\n")
    assert errors_of(path, env) == [
        f"{path}:{line_of(path, 'idle_timeout')}: accounts[0].idle_timeout: must be at least "
        "10s and at most 29m, got '30m'"
    ]


def test_unknown_time_zone_is_named_with_a_suggestion(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(tmp_path, MINIMAL + "timezone: Europe/Londn\n")
    assert errors_of(path, env) == [
        f"{path}:{line_of(path, 'Londn')}: timezone: unknown time zone 'Europe/Londn'; "
        "did you mean 'Europe/London'?"
    ]


def test_system_timezone_comes_from_tz() -> None:
    assert system_timezone({"TZ": ":Asia/Tokyo"}) == ZoneInfo("Asia/Tokyo")
    assert system_timezone({"TZ": "/usr/share/zoneinfo/America/Chicago"}) == ZoneInfo(
        "America/Chicago"
    )
    # an unusable TZ falls back to the machine's setting, whatever it is, never an error
    assert isinstance(system_timezone({"TZ": "Not/AZone"}), ZoneInfo)


# -- the file itself -------------------------------------------------------------------


def test_bad_yaml_names_the_line_but_never_quotes_it(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(tmp_path, 'me:\n  name: Alex\n  email: "hunter2-s3cret\naccounts: []\n')
    (error,) = errors_of(path, env)
    assert error.startswith(f"{path}:")
    assert "invalid YAML" in error
    assert "hunter2" not in error


def test_bad_indentation_points_at_its_line(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(tmp_path, "me:\n  name: Alex\n   email: a@example.org\naccounts: []\n")
    (error,) = errors_of(path, env)
    assert error.startswith(f"{path}:3: invalid YAML: ")


def test_tabs_get_a_hint(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(tmp_path, "me:\n\tname: Alex\n")
    (error,) = errors_of(path, env)
    assert error.startswith(f"{path}:2: invalid YAML: ") and "not allow tabs" in error


def test_empty_file(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(tmp_path, "# nothing yet\n")
    assert errors_of(path, env) == [
        f"{path}:1: the file is empty; see config.example.yaml for what goes in it"
    ]


def test_missing_file_says_how_to_create_one(tmp_path: Path, env: dict[str, str]) -> None:
    path = tmp_path / "nowhere" / "config.yaml"
    (error,) = errors_of(path, env)
    assert error.startswith(f"{path}: no configuration file here")
    assert "afterview init" in error and "config.example.yaml" in error


def test_config_errors_exit_with_usage_code(tmp_path: Path, env: dict[str, str]) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "missing.yaml", env=env)
    assert info.value.exit_code == 2


@pytest.mark.parametrize(("mode", "word"), [(0o644, "readable"), (0o660, "writable")])
def test_loose_config_permissions_warn(
    tmp_path: Path, env: dict[str, str], caplog: pytest.LogCaptureFixture, mode: int, word: str
) -> None:
    path = write(tmp_path, MINIMAL, mode=mode)
    with caplog.at_level(logging.WARNING, logger="afterview.config"):
        config = load_config(path, env=env)
    (warning,) = config.warnings
    assert warning.startswith(f"{path}: the file is {word} by group/others (mode 0{mode:o}")
    assert warning in caplog.messages


def test_loose_password_file_warns(tmp_path: Path, env: dict[str, str]) -> None:
    secret = tmp_path / "pw"
    secret.write_text("hunter2\n")
    secret.chmod(0o644)
    path = write(tmp_path, MINIMAL + f"      password_file: {secret}\n")
    (warning,) = load_config(path, env=env).warnings
    assert warning.startswith(f"{path}:{line_of(path, 'password_file')}: ")
    assert "readable by group/others" in warning and "hunter2" not in warning


def test_password_file_under_credentials_directory_is_kept_for_runtime(
    tmp_path: Path, env: dict[str, str]
) -> None:
    path = write(tmp_path, MINIMAL + "      password_file: $CREDENTIALS_DIRECTORY/imap\n")
    imap = load_config(path, env=env).accounts[0].imap
    assert imap.credentials == CredentialSettings("password_file", "$CREDENTIALS_DIRECTORY/imap")


# -- durations, paths, summary ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30s", timedelta(seconds=30)),
        ("90m", timedelta(minutes=90)),
        ("1h", timedelta(hours=1)),
        ("7d", timedelta(days=7)),
        ("2d12h", timedelta(days=2, hours=12)),
        ("1h30m", timedelta(minutes=90)),
        ("2w", timedelta(days=14)),
        ("1d 6h", timedelta(hours=30)),
        ("0m", timedelta(0)),
        ("3H", timedelta(hours=3)),
    ],
)
def test_parse_duration(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "90", "1.5h", "h", "12h2d", "1y", "-1h", "1h1h", "soon"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="expected a duration such as"):
        parse_duration(text)


def test_default_config_path() -> None:
    assert default_config_path({"AFTERVIEW_CONFIG": "~/a.yaml", "HOME": "/h"}) == Path("/h/a.yaml")
    assert default_config_path({"XDG_CONFIG_HOME": "/x", "HOME": "/h"}) == Path(
        "/x/afterview/config.yaml"
    )
    assert default_config_path({"HOME": "/h"}) == Path("/h/.config/afterview/config.yaml")
    # a relative XDG_CONFIG_HOME is invalid per the XDG spec and ignored
    assert default_config_path({"XDG_CONFIG_HOME": "rel", "HOME": "/h"}) == Path(
        "/h/.config/afterview/config.yaml"
    )


def test_describe_summarises_servers_and_sources(env: dict[str, str]) -> None:
    config: Config = load_config(REPO / "config.example.yaml", env=env)
    text = describe(config)
    assert "imap imap.example.org:993 tls" in text
    assert "smtp smtp.example.org:587 starttls" in text
    assert "password_command: pass show mail/alex" in text
    assert "timezone: Europe/London" in text
    assert "business hours 09:00-17:30 on mon, tue, wed, thu, fri" in text


def test_describe_names_the_keyring_entry(tmp_path: Path, env: dict[str, str]) -> None:
    text = describe(load_config(write(tmp_path, MINIMAL), env=env))
    assert "keyring (service afterview, user main:alex@example.org)" in text


def test_port_of_the_other_security_mode_warns(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(tmp_path, MINIMAL + "      security: starttls\n      port: 993\n")
    config = load_config(path, env=env)
    assert config.accounts[0].imap.port == 993  # honoured, only questioned
    assert config.warnings == (
        f"{path}:{line_of(path, '993')}: accounts[0].imap.port: port 993 usually goes with "
        "another security than starttls; check both",
    )
