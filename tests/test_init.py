"""``afterview init`` as a script would run it, against the real Dovecot; then doctor passes."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml


def init(config, *args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "afterview", "--config", str(config), "init", *args],
        capture_output=True, text=True, input=stdin, timeout=60,
    )  # fmt: skip


@pytest.mark.dovecot
def test_init_writes_a_working_config_and_doctor_passes(tmp_path, dovecot_user):
    secret = tmp_path / "imap-password"
    secret.write_text(dovecot_user.password + "\n")
    secret.chmod(0o600)
    config = tmp_path / "afterview" / "config.yaml"
    result = init(
        config,
        "--provider", "other", "--host", dovecot_user.server.host,
        "--port", str(dovecot_user.server.port), "--security", "none",
        "--username", dovecot_user.name, "--password-file", str(secret),
        "--timezone", "Europe/Berlin",
        stdin="Alex Candidate\nalex@example.org\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "login: ok" in result.stdout
    written = yaml.safe_load(config.read_text())
    assert written["me"] == {
        "name": "Alex Candidate",
        "email": "alex@example.org",
        "language": "auto",
    }
    assert written["accounts"][0]["imap"]["password_file"] == str(secret)
    assert dovecot_user.password not in config.read_text()
    assert config.stat().st_mode & 0o077 == 0

    again = init(config, stdin="")
    assert again.returncode == 2
    assert "--force" in again.stderr


def test_init_fills_in_a_known_provider(tmp_path):
    config = tmp_path / "config.yaml"
    result = init(
        config, "--name", "Alex", "--email", "alex@gmail.example", "--provider", "gmail",
        "--password-command", "pass show gmail", "--no-doctor",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    imap = yaml.safe_load(config.read_text())["accounts"][0]["imap"]
    assert (imap["host"], imap["port"], imap["security"]) == ("imap.gmail.com", 993, "tls")
    assert "app password" in config.read_text()


def test_init_without_answers_is_a_clear_usage_error(tmp_path):
    result = init(tmp_path / "config.yaml", stdin="")
    assert result.returncode == 2
    assert "no answer for" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "config.yaml").exists()
