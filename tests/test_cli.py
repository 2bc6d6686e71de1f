"""The command line as a user meets it: help, exit codes, one-line errors, doctor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from afterview.cli import build_parser
from userconfig import write_config

REPO = Path(__file__).resolve().parent.parent
CONTRACT_COMMANDS = [
    "run", "status", "classify", "check-config", "doctor", "init", "set-password", "note",
    "close", "calendar", "demo",
]  # fmt: skip


def afterview(*args: str, stdin: str | None = None, env: dict | None = None):
    return subprocess.run(
        [sys.executable, "-m", "afterview", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
        env=env,
    )


def test_help_lists_every_contract_command():
    result = afterview("--help")
    assert result.returncode == 0
    for command in CONTRACT_COMMANDS:
        assert f"    {command} " in result.stdout, command


@pytest.mark.parametrize("command", CONTRACT_COMMANDS)
def test_each_command_has_its_own_help(command):
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    text = sub.choices[command].format_help()
    assert text.count("\n") >= 3
    assert sub.choices[command].description, command


def test_usage_errors_exit_2_without_traceback():
    result = afterview("status", "--now", "not-a-time")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_check_config_accepts_the_example():
    result = afterview("--config", str(REPO / "config.example.yaml"), "check-config")
    assert result.returncode == 0, result.stderr
    assert "account main" in result.stdout


def test_check_config_names_file_line_and_key(tmp_path):
    bad = tmp_path / "config.yaml"
    bad.write_text(
        "me:\n  name: A\n  email: a@example.org\naccounts:\n  - name: x\n"
        "    imap:\n      host: imap.example.org\n      port: abc\n"
    )
    result = afterview("--config", str(bad), "check-config")
    assert result.returncode == 2
    assert f"{bad}:8: accounts[0].imap.port:" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_config_says_how_to_create_one(tmp_path):
    result = afterview("--config", str(tmp_path / "none.yaml"), "status")
    assert result.returncode == 2
    assert "afterview init" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.dovecot
def test_doctor_reports_a_working_account(tmp_path, dovecot_user):
    config = write_config(tmp_path, dovecot_user)
    result = afterview("--config", str(config), "doctor")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "login: ok" in result.stdout
    assert "IDLE" in result.stdout
    assert "drafts Drafts; sent Sent" in result.stdout
    assert "password_file" in result.stdout


@pytest.mark.dovecot
def test_doctor_fails_clearly_on_a_wrong_password_and_never_prints_it(tmp_path, dovecot_user):
    config = write_config(tmp_path, dovecot_user, password="wrong-horse-battery")
    result = afterview("--config", str(config), "doctor")
    assert result.returncode == 1
    assert "FAILED" in result.stdout
    assert "wrong-horse-battery" not in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_unreachable_host_is_one_line_with_the_fix(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Alex, email: alex@example.org}\n"
        "accounts:\n  - name: main\n"
        "    imap: {host: 127.0.0.1, port: 9, security: none, username: alex,"
        " password_command: 'echo not-used'}\n"
        f"state: {{path: {tmp_path / 'state.db'}}}\n"
    )
    config.chmod(0o600)
    result = afterview("--config", str(config), "run", "--once")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "cannot reach IMAP server 127.0.0.1:9" in lines[0]
    assert "check imap.host" in lines[0]


@pytest.mark.dovecot
def test_a_missing_folder_names_the_folders_that_exist(tmp_path, dovecot_user):
    config = write_config(tmp_path, dovecot_user, extra="")
    text = config.read_text().replace(
        "    imap:", "    folders:\n      drafts: Brouillons\n    imap:"
    )
    config.write_text(text)
    result = afterview("--config", str(config), "doctor")
    assert result.returncode == 1
    failed = [line for line in result.stdout.splitlines() if "FAILED" in line]
    assert len(failed) == 1
    assert "Brouillons" in failed[0] and "Drafts" in failed[0]
