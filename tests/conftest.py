"""Shared fixtures. Dovecot servers are per session (one per variant); users are per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dovecot import DovecotPool, DovecotServer, DovecotUser
from untouchable import LEDGER


@pytest.fixture(scope="session")
def dovecot_pool() -> Iterator[DovecotPool]:
    """Private Dovecot servers by variant: ``dovecot_pool.get(special_use=False, ...)``.

    A missing Dovecot makes the tests that need it fail, not skip: CI installs it.
    """
    pool = DovecotPool()
    yield pool
    pool.destroy()


@pytest.fixture(scope="session")
def dovecot(dovecot_pool: DovecotPool) -> DovecotServer:
    """The default server: Drafts and Sent with SPECIAL-USE, plain IMAP on loopback."""
    return dovecot_pool.get()


@pytest.fixture
def dovecot_user(dovecot: DovecotServer) -> DovecotUser:
    """A user no other test has touched, so each test sees only its own mail."""
    return dovecot.add_user()


@pytest.fixture(autouse=True)
def untouchable_mail() -> Iterator[None]:
    """After every test: each message a test delivered that is not Afterview's own draft is
    still in its folder, unchanged, with its flags, unless the test itself (as the user)
    changed it. See tests/untouchable.py."""
    mark = LEDGER.mark()
    yield
    problems = LEDGER.problems(since=mark)
    assert not problems, "the user's mail was changed:\n" + "\n".join(problems)
