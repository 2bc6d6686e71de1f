"""Credential sources, run for real: shell commands, files, and keyring backends.

Every test also checks the one rule that matters most here: the secret never shows up in an
exception, a repr or a log line."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordSetError

import afterview.credentials as credentials
from afterview.credentials import (
    Credential,
    CredentialSettings,
    describe_source,
    get_credential,
    store_password,
)
from afterview.errors import CredentialError

SECRET = "hunter2-Zq9"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.entries[(service, username)]


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        # a careless backend that puts the password into its error
        raise PasswordSetError(f"cannot store {password!r} while locked")


@pytest.fixture
def use_keyring() -> Iterator[object]:
    """Swap the process-wide keyring backend for the test, restoring it after."""
    previous = keyring.get_keyring()

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_secret_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    assert SECRET not in caplog.text


def command(cmd: str) -> CredentialSettings:
    return CredentialSettings("password_command", cmd)


def script(tmp_path: Path, body: str) -> str:
    """A shell script holding ``body``, so the command line itself contains no secret."""
    path = tmp_path / "secret.sh"
    path.write_text(body)
    return f"sh {path}"


def assert_hidden(credential: Credential) -> None:
    for text in (repr(credential), str(credential), f"{credential}", f"{credential!r}"):
        assert SECRET not in text


# -- password_command ------------------------------------------------------------------


def test_password_command_returns_the_first_line_only(tmp_path: Path) -> None:
    cmd = script(tmp_path, f"printf '%s\\n' '{SECRET}' 'second line'\n")
    credential = get_credential("main", "alex", command(cmd))
    assert credential == Credential("password", SECRET, "password_command")
    assert_hidden(credential)


def test_password_command_without_trailing_newline_keeps_spaces(tmp_path: Path) -> None:
    cmd = script(tmp_path, "printf ' pass word '\n")
    assert get_credential("main", "alex", command(cmd)).secret == " pass word "


def test_password_command_sees_the_given_environment() -> None:
    settings = command('printf "%s\\n" "$AFTERVIEW_TEST_PW"')
    env = {"AFTERVIEW_TEST_PW": SECRET, "PATH": "/usr/bin:/bin"}
    assert get_credential("main", "alex", settings, env=env).secret == SECRET


def test_failing_command_is_named_without_its_output(tmp_path: Path) -> None:
    cmd = script(tmp_path, f"echo '{SECRET}'\necho 'stderr {SECRET}' >&2\nexit 3\n")
    with pytest.raises(CredentialError) as info:
        get_credential("main", "alex", command(cmd))
    message = str(info.value)
    assert message.startswith(f"password_command `{cmd}` failed: exit status 3")
    assert SECRET not in message


def test_missing_program_gets_a_hint() -> None:
    with pytest.raises(CredentialError, match=r"exit status 127 \(command not found\)"):
        get_credential("main", "alex", command("no-such-program-afterview"))


def test_empty_output_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CredentialError, match="printed nothing on its first line"):
        get_credential("main", "alex", command(script(tmp_path, "printf '\\nlater\\n'\n")))


def test_hanging_command_is_killed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # A background child holding stdout open must not keep us waiting either.
    monkeypatch.setattr(credentials, "COMMAND_TIMEOUT", 0.5)
    cmd = script(tmp_path, f"echo '{SECRET}'\nsleep 60 &\nsleep 60\n")
    with pytest.raises(CredentialError, match=r"did not finish within 0\.5s") as info:
        get_credential("main", "alex", command(cmd))
    assert SECRET not in str(info.value)


# -- oauth2_token_command --------------------------------------------------------------


def test_oauth2_command_runs_on_every_call(tmp_path: Path) -> None:
    counter = tmp_path / "count"
    counter.write_text("0")
    body = f'n=$(( $(cat {counter}) + 1 ))\necho "$n" > {counter}\necho "token-$n"\n'
    settings = CredentialSettings("oauth2_token_command", script(tmp_path, body))
    first = get_credential("main", "alex", settings)
    second = get_credential("main", "alex", settings)
    assert (first.kind, first.secret) == ("oauth2", "token-1")
    assert (second.kind, second.secret) == ("oauth2", "token-2")
    assert counter.read_text().strip() == "2"


# -- password_file ---------------------------------------------------------------------


def test_password_file_first_line(tmp_path: Path) -> None:
    path = tmp_path / "pw"
    path.write_text(f"{SECRET}\r\nignored\n")
    path.chmod(0o600)
    credential = get_credential("main", "alex", CredentialSettings("password_file", str(path)))
    assert (credential.kind, credential.secret) == ("password", SECRET)
    assert credential.source == f"password_file {path}"
    assert_hidden(credential)


def test_relative_password_file_is_found_in_credentials_directory(tmp_path: Path) -> None:
    (tmp_path / "imap").write_text(SECRET + "\n")
    (tmp_path / "imap").chmod(0o400)
    env = {"CREDENTIALS_DIRECTORY": str(tmp_path)}
    for value in ("imap", "$CREDENTIALS_DIRECTORY/imap", "${CREDENTIALS_DIRECTORY}/imap"):
        settings = CredentialSettings("password_file", value)
        assert get_credential("main", "alex", settings, env=env).secret == SECRET


def test_relative_password_file_without_credentials_directory() -> None:
    with pytest.raises(CredentialError, match=r"CREDENTIALS_DIRECTORY is not set"):
        get_credential("main", "alex", CredentialSettings("password_file", "imap"), env={})
    settings = CredentialSettings("password_file", "$CREDENTIALS_DIRECTORY/imap")
    with pytest.raises(CredentialError, match=r"\$CREDENTIALS_DIRECTORY is not set \(systemd"):
        get_credential("main", "alex", settings, env={})


def test_missing_password_file(tmp_path: Path) -> None:
    path = tmp_path / "absent"
    with pytest.raises(CredentialError, match=f"password_file {path} does not exist"):
        get_credential("main", "alex", CredentialSettings("password_file", str(path)))


def test_open_password_file_warns_without_the_secret(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "pw"
    path.write_text(SECRET)
    path.chmod(0o644)
    assert get_credential("main", "a", CredentialSettings("password_file", str(path))).secret
    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert record.name == "afterview.credentials"
    assert str(path) in record.getMessage() and "readable by group/others" in record.getMessage()


# -- keyring ---------------------------------------------------------------------------


def test_keyring_round_trip_uses_account_and_username(use_keyring) -> None:
    backend = use_keyring(MemoryKeyring())
    store_password("main", "alex@example.org", SECRET)
    assert backend.entries == {("afterview", "main:alex@example.org"): SECRET}
    credential = get_credential("main", "alex@example.org", CredentialSettings("keyring"))
    assert credential == Credential(
        "password", SECRET, "keyring (service afterview, user main:alex@example.org)"
    )
    assert_hidden(credential)


def test_keyring_without_an_entry_says_how_to_store_one(use_keyring) -> None:
    use_keyring(MemoryKeyring())
    with pytest.raises(CredentialError) as info:
        get_credential("work", "alex", CredentialSettings("keyring"))
    message = str(info.value)
    assert "no password in the system keyring" in message
    assert "`afterview set-password work`" in message and "password_command" in message
    assert "\n" not in message


def test_no_keyring_backend_names_the_alternatives(use_keyring) -> None:
    use_keyring(keyring.backends.fail.Keyring())
    for attempt in (
        lambda: get_credential("main", "alex", CredentialSettings("keyring")),
        lambda: store_password("main", "alex", SECRET),
    ):
        with pytest.raises(CredentialError) as info:
            attempt()
        message = str(info.value)
        assert message.startswith("no system keyring is available")
        for alternative in ("password_command", "password_file", "LoadCredential", "keyrings.alt"):
            assert alternative in message
        assert "afterview set-password ACCOUNT" in message
        assert "\n" not in message and SECRET not in message


def test_locked_keyring_is_a_credential_error_without_the_secret(use_keyring) -> None:
    use_keyring(LockedKeyring())
    with pytest.raises(CredentialError, match="KeyringLocked: Failed to unlock"):
        get_credential("main", "alex", CredentialSettings("keyring"))
    with pytest.raises(CredentialError) as info:
        store_password("main", "alex", SECRET)
    assert SECRET not in str(info.value) and "PasswordSetError" in str(info.value)


def test_empty_password_is_not_stored(use_keyring) -> None:
    backend = use_keyring(MemoryKeyring())
    with pytest.raises(CredentialError, match="empty password"):
        store_password("main", "alex", "")
    assert backend.entries == {}


# -- descriptions ----------------------------------------------------------------------


def test_describe_source() -> None:
    assert (
        describe_source(CredentialSettings(), account_name="main", username="a@example.org")
        == "keyring (service afterview, user main:a@example.org)"
    )
    assert describe_source(CredentialSettings()) == "keyring (service afterview)"
    assert (
        describe_source(CredentialSettings("password_file", "$CREDENTIALS_DIRECTORY/imap"))
        == "password_file: $CREDENTIALS_DIRECTORY/imap"
    )


def test_credential_repr_hides_the_secret() -> None:
    credential = Credential("oauth2", SECRET, "oauth2_token_command")
    assert repr(credential) == "Credential(kind='oauth2', source='oauth2_token_command')"
    assert str(credential) == "oauth2 from oauth2_token_command"
