"""The account's applications as the store knows them, rebuilt from stored facts.

Separate from the pass (runtime/sync.py) because commands that only report, such as
``status``, need this and nothing of reading mail: importing it does not load the
classifier, whose hundreds of patterns take a noticeable part of a second to compile.
"""

from __future__ import annotations

from datetime import datetime

from afterview.pipeline.applications import Linked, UserInput, build_applications
from afterview.pipeline.facts import MessageFacts
from afterview.pipeline.store import Store


def stored_facts(store: Store, account: str) -> list[MessageFacts]:
    """The facts of every message of ``account`` that is about a job."""
    return [MessageFacts.from_json(facts) for facts in store.job_facts(account)]


def applications_from_store(
    store: Store, account: str, me: frozenset[str], *, facts: list[MessageFacts] | None = None
) -> Linked:
    """Rebuild the account's applications from stored facts, drafts and user input.

    ``facts``: the account's stored facts when the caller has already decoded them.
    """
    drafts: dict[str, dict[str, str]] = {}
    for record in store.drafts():
        if record.account == account and record.application_id and record.state != "pending":
            drafts.setdefault(record.application_id, {})[record.key] = record.state
    user_input = {}
    for row in store.applications():
        user_input[row["id"]] = UserInput(
            notes=tuple(store.notes(row["id"])),
            closed_reason=row["closed_reason"],
            closed_at=datetime.fromisoformat(row["closed_at"]) if row["closed_at"] else None,
        )
    if facts is None:
        facts = stored_facts(store, account)
    return build_applications(facts, me=me, drafts=drafts, user_input=user_input)


__all__ = ["applications_from_store", "stored_facts"]
