"""Impostors: names that claim someone the address is not, and what they may not do.

``sender_suspicion`` must flag the impostor shapes and leave real employers' mail alone (a
false alarm costs a real follow-up); the linker must let a suspicious message neither create
nor move an application except by answering a known thread; drafts never greet a look-alike
name and never go to an impostor.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import hostile
from afterview.drafts.compose import first_name
from afterview.mail.message import parse_message
from afterview.pipeline.applications import build_applications
from afterview.pipeline.facts import INCOMING, MessageFacts, PersonFact
from afterview.pipeline.ingest import facts_from_raw
from afterview.pipeline.linking import Linker
from afterview.understand.classify import classify
from afterview.understand.kinds.suspicious import fold, mixed_script, sender_suspicion

ME = frozenset({"alex@example.org"})
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
FIXTURES = sorted((Path(__file__).parent / "fixtures" / "mail").glob("*.eml"))


@pytest.mark.parametrize(
    ("name", "address", "company", "why"),
    [
        ("Google Calendar", "calendar-notification@gcal-invites.example", None, "Google Calendar"),
        ("𝐆𝐨𝐨𝐠𝐥𝐞 𝐂𝐚𝐥𝐞𝐧𝐝𝐚𝐫", "calendar@evil.example", None, "Google Calendar"),
        ("Greenhouse", "no-reply@greenhouse-jobs.example", None, "Greenhouse"),
        ("Workday Notifications", "workday@hr-portal.example", None, "Workday"),
        ("LinkedIn Jobs", "jobs@linkedin-careers.example", None, "Linkedin"),
        ("Acme Robotics Recruiting", "careers@globex-talent.example", None, "unrelated"),
        ("Acme Robotics Careers", "acme.robotics.careers@gmail.com", None, "free-mail"),
        ("Rita | Acme Robotics", "rita@outlook.com", "Acme Robotics", "free-mail"),
        ("Rita from Acme", "rita@globex.example", None, "unrelated"),
        ("Jane Doe (Acme Recruiting)", "jane@globex.example", None, "unrelated"),
        ("Acme Robotics Talent", "talent@acme-r0botics.example", None, "digits for letters"),
        ("Jаne Dое", "jane@acme.example", None, "scripts"),  # Cyrillic а, о
        ("Rita\u202eelif.exe", "rita@acme.example", None, "bidirectional"),
        ("Rita\u200bRecruiter", "rita@acme.example", None, "invisible"),
        ("jane.doe@acme-robotics.example", "jane@evil.example", None, "shows an address"),
        ("Jane", "jane@xn--cme-5cd.example", None, "look-alike"),  # аcme, Cyrillic а
        ("Jane", "jane@аcme.example", None, "look-alike"),
        ("Jane", "jane@асме.example", None, "imitates acme"),  # all Cyrillic
    ],
)
def test_impostors_are_flagged(name: str, address: str, company: str | None, why: str) -> None:
    reason = sender_suspicion(name, address, company=company)
    assert reason is not None and why.lower() in reason.lower(), reason


@pytest.mark.parametrize(
    ("name", "address", "company"),
    [
        ("Rita Recruiter", "rita.recruiter@acme-robotics.example", "Acme Robotics"),
        ("Doe, Jane", "jane@acme.example", None),
        ("Jane Doe (she/her)", "jane@acme.example", None),
        ("Jane Doe - Engineering Manager", "jane@acme.example", None),
        ("Jane Doe | Senior Talent Acquisition Partner", "jane@acme.example", None),
        ("Acme Robotics Recruiting", "careers@acmerobotics.example", "Acme Robotics"),
        ("Acme Robotics", "no-reply@greenhouse.io", "Acme Robotics"),  # an ATS on their behalf
        ("Acme Robotics Ltd", "jobs@acme.co.uk", None),
        ("Müller GmbH Karriere", "jobs@mueller.de", "Müller GmbH"),
        ("International Business Machines Recruiting", "jobs@ibm.example", None),
        ("Google Calendar", "calendar-notification@google.com", None),
        ("LinkedIn", "jobs-noreply@linkedin.com", None),
        ("Indeed", "alert@indeed.co.uk", None),
        ("Microsoft Outlook", "MicrosoftExchange329e71@acme.example", None),
        ("Recruiting Team", "jobs@acme.example", None),
        ("Hays Recruitment", "jane@hays.example", "Acme Robotics"),  # an agency, not a claim
        ("Ирина Петрова", "irina@acme.ru", None),
        ("山田 太郎", "taro@acme.jp", None),
        ("Ｊａｎｅ Ｄｏｅ", "jane@acme.example", None),  # fullwidth, one script
        ("", "jane@acme.example", None),
        (None, "jane@acme.example", None),
    ],
)
def test_real_senders_are_left_alone(name: str | None, address: str, company: str | None) -> None:
    assert sender_suspicion(name, address, company=company) is None


def test_no_sender_of_the_realistic_fixtures_is_suspicious() -> None:
    flagged = []
    for path in FIXTURES:
        message = parse_message(path.read_bytes())
        if message.from_ is None:
            continue
        company = classify(message).company
        reason = sender_suspicion(message.from_.name, message.from_.email, company=company)
        if reason:
            flagged.append(f"{path.name}: {reason}")
    assert len(FIXTURES) > 50 and flagged == []


def test_mixed_script_and_fold() -> None:
    assert mixed_script("Jаne") and mixed_script("Dоe Jane")
    assert not mixed_script("Jane Doe") and not mixed_script("Ирина Петрова")
    assert not mixed_script("Müller-Lüdenscheidt") and not mixed_script("山田 太郎")
    assert fold("𝐆𝐨𝐨𝐠𝐥𝐞") == "google" and fold("Ｇｏｏｇｌｅ") == "google"
    assert fold("Gооgle") == "google"  # Cyrillic о read as o


# ---- what a suspicious message may do ----------------------------------------------------


def facts(n: int, kind: str, **kw: object) -> MessageFacts:
    kw.setdefault("message_id", f"<m{n}@x>")
    return MessageFacts(INCOMING, kind, date=T0 + timedelta(days=n), **kw)  # type: ignore[arg-type]


RITA = PersonFact("Rita Recruiter", "rita@acme.example")
IMPOSTOR = PersonFact("Acme Robotics Recruiting", "careers@globex.example")
WHY = "display name claims 'acme robotics', address is at unrelated globex.example"


def test_a_suspicious_message_creates_no_application() -> None:
    linker = Linker(ME)
    link = linker.link(
        facts(
            0,
            "interview_scheduled",
            company="Acme Robotics",
            sender=IMPOSTOR,
            contact=IMPOSTOR,
            suspicious=WHY,
        )
    )
    assert link.application_id is None and not link.created
    assert "suspicious" in link.why and linker.application_ids == []


def test_a_suspicious_message_does_not_join_by_company_people_or_domain() -> None:
    linker = Linker(ME)
    app = linker.link(
        facts(
            0,
            "interview_scheduled",
            company="Acme Robotics",
            sender=RITA,
            contact=RITA,
            employer_domain="acme.example",
        )
    )
    assert app.created
    spoof = PersonFact("Rita Recruiter | Acme", "rita@acme.example.evil.example")
    for n, sender in enumerate([IMPOSTOR, spoof, RITA], start=1):
        link = linker.link(
            facts(
                n,
                "rejection",
                company="Acme Robotics",
                sender=sender,
                contact=sender,
                employer_domain="acme.example",
                suspicious=WHY,
            )
        )
        assert link.application_id is None, sender


def test_a_suspicious_message_may_answer_a_known_thread_and_teaches_nothing() -> None:
    linker = Linker(ME)
    app = linker.link(facts(0, "interview_scheduled", company="Acme Robotics", sender=RITA))
    reply = linker.link(
        facts(
            1,
            "employer_reply",
            sender=IMPOSTOR,
            contact=IMPOSTOR,
            in_reply_to="<m0@x>",
            suspicious=WHY,
        )
    )
    assert reply.application_id == app.application_id and not reply.created
    # the impostor's address did not become a "known person" of the application
    later = linker.link(facts(2, "offer", company="Globex", sender=IMPOSTOR, contact=IMPOSTOR))
    assert later.application_id != app.application_id


def test_an_impostor_in_the_thread_never_becomes_a_recipient() -> None:
    invitation = facts(0, "interview_scheduled", company="Acme Robotics", sender=RITA, contact=RITA)
    rejection = facts(
        1, "rejection", sender=IMPOSTOR, contact=IMPOSTOR, in_reply_to="<m0@x>", suspicious=WHY
    )
    linked = build_applications([invitation, rejection], me=ME)
    (app,) = linked.applications
    assert app.contact is not None and app.contact.email == RITA.email
    assert [e.sender.email if e.sender else None for e in app.events] == [RITA.email, None]


def test_impostor_invitations_from_the_corpus_make_no_application() -> None:
    items = [item for item in hostile.corpus() if item.name.startswith("impostor-")]
    assert len(items) == len(hostile.IMPOSTORS)
    seen = [facts_from_raw(item.raw, direction=INCOMING, me=ME) for item in items]
    # each is either not taken for job mail at all, or taken for an invitation and flagged
    assert all(f.kind == "unrelated" or f.suspicious for f in seen), [
        (f.kind, f.sender, f.suspicious) for f in seen
    ]
    assert sum(f.kind == "interview_scheduled" for f in seen) >= len(seen) - 2
    assert build_applications(seen, me=ME).applications == []


def test_the_same_invitation_from_the_employer_is_not_suspicious() -> None:
    item = next(item for item in hostile.corpus() if item.name == "endless-rrule")
    found = facts_from_raw(item.raw, direction=INCOMING, me=ME)
    assert found.suspicious is None
    assert len(build_applications([found], me=ME).applications) == 1


# ---- salutations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jаne Doe", None),  # Cyrillic а
        ("Dаve Lооk", None),
        ("Ｆｒａｎ Ｗｉｄｅ", "Fran"),
        ("𝐉𝐚𝐧𝐞 Doe", "Jane"),
        ("=?utf-8?b?SmFuZQ==?=", None),
        ("Jane\u2066 Doe", None),
        ("Ирина Петрова", "Ирина"),
    ],
)
def test_misleading_names_are_normalised_or_get_no_salutation(
    raw: str, expected: str | None
) -> None:
    assert first_name(raw) == expected
