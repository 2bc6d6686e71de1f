"""Afterview: follow up after every interview, well and on time.

The package is laid out by architecture:

- ``mail/``        the mailbox edge (IMAP, Maildir) and raw-message parsing
- ``understand/``  pure: what a message is (kind, company, interview time, ...)
- ``pipeline/``    pure policy (what is due when) and the SQLite store
- ``drafts/``      composing follow-up drafts from templates
- ``runtime/``     the daemon loop, scheduling, reconnects, systemd integration
- ``cli.py``       the commands of CONTRACT.md
"""

__version__ = "0.1.0"
