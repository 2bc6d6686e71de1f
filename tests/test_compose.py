"""The draft composer: exact headers, threading, languages, placeholders, hostile input."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from afterview.config import Followup, Me
from afterview.drafts.compose import compose, first_name
from afterview.errors import ConfigError
from afterview.pipeline.model import (
    Action,
    Application,
    Event,
    Interview,
    Person,
)
from afterview.pipeline.policy import decide

LONDON = ZoneInfo("Europe/London")
ME = Me("Alex Candidate", "alex@example.org")
JANE = Person("Jane Doe", "jane.doe@acme.example")
BOB = Person("Bob Stone", "bob.stone@acme.example")
RITA = Person("Rita Recruiter", "rita@acme.example")
NOW = datetime(2026, 11, 24, 17, 0, tzinfo=LONDON)
INTERVIEW = Interview(
    datetime(2026, 11, 24, 15, 0, tzinfo=LONDON),
    datetime(2026, 11, 24, 16, 0, tzinfo=LONDON),
    (JANE, BOB),
)
LANGUAGES = ("en", "de", "fr", "es", "nl")
KINDS = ("thank_you", "status_check", "rejection_reply")
GREETING = {
    "en": "Thank you for",
    "de": "vielen Dank",
    "fr": "Je vous remercie",
    "es": "Muchas gracias",
    "nl": "Hartelijk dank",
}
TUESDAY = {"en": "Tuesday", "de": "Dienstag", "fr": "mardi", "es": "martes", "nl": "dinsdag"}
PARENT = Event(
    datetime(2026, 11, 20, 10, 0, tzinfo=LONDON),
    "interview_scheduled",
    "<confirm-7@acme.example>",
    references=("<root-1@acme.example>", "<reply-2@example.org>"),
    sender=RITA,
    interview=INTERVIEW,
    subject="Interview confirmation",
    language="de",
)


def application(
    *,
    role: str | None = "Backend Engineer",
    company: str | None = "Acme Robotics",
    notes: tuple[str, ...] = (),
) -> Application:
    return Application("acme-robotics-backend-engineer", company, role, (PARENT,), {}, notes, RITA)


def action(
    kind: str = "thank_you",
    recipient: Person = JANE,
    *,
    parent: Event | None = None,
    attempt: int = 1,
    decision_by: date | None = None,
) -> Action:
    step = {
        "thank_you": "thank_you",
        "status_check": f"status_check_{attempt}",
        "rejection_reply": "rejection_reply",
    }[kind]
    return Action(
        kind=kind,  # type: ignore[arg-type]
        step=step,
        due=NOW,
        recipient=recipient,
        key=f"acme-robotics-backend-engineer/{step}/{recipient.email}",
        in_reply_to=parent,
        interview=INTERVIEW,
        decision_by=decision_by,
        attempt=attempt,
    )


def reparsed(message) -> email.message.EmailMessage:
    """The draft as a mail client would read it back from the Drafts folder."""
    raw = message if isinstance(message, bytes) else bytes(message)
    return email.message_from_bytes(raw, policy=email.policy.default)


def text(draft) -> str:
    """The body as the user sees it (line ends as the reader's platform has them)."""
    return draft.get_content().replace("\r\n", "\n")


def words(text: str) -> int:
    return len(text.split())


def test_headers_are_exact() -> None:
    draft = reparsed(compose(action(), application(), ME, now=NOW, language="en"))
    assert draft["From"] == "Alex Candidate <alex@example.org>"
    assert draft["To"] == "Jane Doe <jane.doe@acme.example>"
    assert draft["Subject"] == "Thank you — Backend Engineer interview"
    assert draft["Date"] == "Tue, 24 Nov 2026 17:00:00 +0000"
    assert re.fullmatch(r"<[^<>@\s]+@example\.org>", draft["Message-ID"])
    assert (
        draft["X-Afterview-Key"] == "acme-robotics-backend-engineer/thank_you/jane.doe@acme.example"
    )
    assert draft["In-Reply-To"] is None and draft["References"] is None
    assert draft.get_content_type() == "text/plain"
    assert draft.get_content_charset() == "utf-8"
    assert text(draft).startswith("Dear Jane,\n")


def test_body_is_readable_as_stored_and_long_paragraphs_still_fit() -> None:
    raw = bytes(compose(action(), application(), ME, now=NOW, language="de"))
    assert "Gespräch über die Stelle als Backend Engineer".encode() in raw
    assert b"Content-Transfer-Encoding: 8bit" in raw
    long_note = ("a very detailed topic " * 60).strip()
    raw = bytes(compose(action(), application(notes=(long_note,)), ME, now=NOW, language="en"))
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    assert long_note in text(reparsed(raw))


def test_each_draft_gets_a_fresh_message_id() -> None:
    first = compose(action(), application(), ME, now=NOW, language="en")
    second = compose(action(), application(), ME, now=NOW, language="en")
    assert first["Message-ID"] != second["Message-ID"]


def test_reply_threads_under_the_parent() -> None:
    check = action("status_check", RITA, parent=PARENT, decision_by=date(2026, 12, 4))
    draft = reparsed(compose(check, application(), ME, now=NOW, language="en"))
    assert draft["Subject"] == "Re: Interview confirmation"
    assert draft["In-Reply-To"] == "<confirm-7@acme.example>"
    assert draft["References"] == (
        "<root-1@acme.example> <reply-2@example.org> <confirm-7@acme.example>"
    )
    assert draft["To"] == "Rita Recruiter <rita@acme.example>"
    body = text(draft)
    assert "interview on 24 November" in body
    assert "decision by 4 December" in body


@pytest.mark.parametrize("subject", ["Re: Next steps", "AW: Ihr Gespräch", "RE:Timeline"])
def test_existing_reply_prefix_is_not_doubled(subject: str) -> None:
    parent = Event(NOW, "employer_reply", "<p@acme.example>", sender=RITA, subject=subject)
    draft = compose(
        action("status_check", RITA, parent=parent), application(), ME, now=NOW, language="en"
    )
    assert draft["Subject"] == subject


def test_second_check_reads_as_a_second_check() -> None:
    body = text(
        compose(
            action("status_check", RITA, attempt=2, decision_by=date(2026, 12, 4)),
            application(),
            ME,
            now=NOW,
            language="en",
        )
    )
    assert "once more" in body
    assert "4 December" not in body


def test_unknown_detail_is_a_placeholder_the_user_cannot_miss() -> None:
    draft = compose(action(), application(role=None), ME, now=NOW, language="en")
    body = text(draft)
    assert "[one specific thing you discussed with Jane]" in body
    assert "the [role] role" in body
    assert draft["Subject"] == "Thank you — [role] interview"


def test_note_is_woven_in() -> None:
    notes = ("your move from cron jobs to an event queue", "the on-call rota")
    body = text(compose(action(), application(notes=notes), ME, now=NOW, language="en"))
    assert "our discussion of your move from cron jobs to an event queue" in body
    assert "the on-call rota" in body
    assert "[one specific" not in body


def test_other_interviewers_are_thanked_by_name() -> None:
    body = text(compose(action(), application(), ME, now=NOW, language="en"))
    assert "pass on my thanks to Bob Stone" in body
    assert "Jane Doe" not in body


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_language_renders_every_template(language: str, kind: str) -> None:
    parent = PARENT if kind != "thank_you" else None
    draft = reparsed(
        compose(action(kind, parent=parent), application(), ME, now=NOW, language=language)
    )
    body = text(draft)
    assert "{{" not in body and "{%" not in body
    assert body.rstrip().endswith("Alex Candidate")
    assert "Backend Engineer" in body and "Acme Robotics" in body
    assert body.count("\n\n") >= 3  # greeting, paragraphs, closing
    if kind == "thank_you":
        assert TUESDAY[language] in body
        assert GREETING[language] in body


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("notes", [(), ("the data pipeline rewrite",), ("the rewrite", "testing")])
@pytest.mark.parametrize("recipient", [JANE, Person(None, "jane.doe@acme.example")])
def test_thank_you_is_80_to_150_words(language: str, notes, recipient: Person) -> None:
    body = text(
        compose(
            action(recipient=recipient), application(notes=notes), ME, now=NOW, language=language
        )
    )
    assert 80 <= words(body) <= 150, (language, words(body))


def test_auto_language_follows_the_employer() -> None:
    check = action("status_check", RITA, parent=PARENT)
    body = text(compose(check, application(), ME, now=NOW, language="auto"))
    assert body.startswith("Hallo Rita,")
    fallback = compose(action(), Application("x", None, None), ME, now=NOW, language="auto")
    assert text(fallback).startswith("Dear Jane,")


def test_weekday_in_the_given_zone() -> None:
    late = Interview(datetime(2026, 11, 23, 23, 30, tzinfo=ZoneInfo("UTC")), None, (JANE,))
    thanks = Action("thank_you", "thank_you", NOW, JANE, "k/thank_you/jane", interview=late)
    tokyo = compose(thanks, application(), ME, now=NOW, language="en", tz=ZoneInfo("Asia/Tokyo"))
    assert "on Tuesday" in text(tokyo)
    assert "on Monday" in text(compose(thanks, application(), ME, now=NOW, language="en"))


# --- hostile input --------------------------------------------------------------------------


def test_line_breaks_in_a_name_cannot_add_headers() -> None:
    evil = Person("Jane\r\nBcc: victim@evil.example\r\n\r\nInjected body", "jane.doe@acme.example")
    parent = Event(
        NOW,
        "employer_reply",
        "<p@acme.example>\r\nX-Evil: 1",
        sender=evil,
        subject="Hi\r\nBcc: victim@evil.example\x00",
    )
    raw = bytes(
        compose(
            action("status_check", evil, parent=parent), application(), ME, now=NOW, language="en"
        )
    )
    draft = email.message_from_bytes(raw, policy=email.policy.default)
    assert draft["Bcc"] is None and draft["X-Evil"] is None
    assert b"\x00" not in raw
    headers = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert all(re.match(r"^([\w-]+: |[ \t])", line) for line in headers.split("\r\n"))
    assert text(draft).startswith("Hello,")  # a name like that gets no salutation


def test_template_syntax_in_mail_is_data_not_code() -> None:
    hostile = Person("{{ 7*7 }}", "jane.doe@acme.example")
    app = application(
        role="{{ 7*7 }}",
        company="{% for x in range(3) %}loop{% endfor %}",
        notes=("{{ 7*7 }} and {{ self.__init__ }}",),
    )
    draft = reparsed(compose(action(recipient=hostile), app, ME, now=NOW, language="en"))
    body = text(draft)
    assert "{{ 7*7 }}" in body and "49" not in body
    assert "{% for x in range(3) %}loop{% endfor %}" in body and "looploop" not in body
    assert "{{ self.__init__ }}" in body
    assert draft["Subject"] == "Thank you — {{ 7*7 }} interview"
    assert "{{ 7*7 }}" in draft["To"]
    assert body.startswith("Hello,")


def test_bidi_controls_are_stripped_and_disable_the_salutation() -> None:
    spoof = Person("Jane\u202e moc.live\u202c", "jane.doe@acme.example")
    draft = reparsed(
        compose(
            action(recipient=spoof),
            application(company="Acme\u2066 Robotics"),
            ME,
            now=NOW,
            language="en",
        )
    )
    assert "\u202e" not in draft["To"] and "\u202c" not in draft["To"]
    body = text(draft)
    assert not re.search("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", body)
    assert body.startswith("Hello,")
    assert "Acme Robotics" in body


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jane Doe", "Jane"),
        ("Dr. Jane Doe", "Jane"),
        ("María José Ortega", "María"),
        ("jane doe", "Jane"),
        ("Anne-Marie O'Neil", "Anne-Marie"),
        (None, None),
        ("", None),
        ("JANE DOE", None),
        ("jane.doe@acme.example", None),
        ("R2D2 Unit", None),
        ("Jane (Acme)", None),
        ("Doe, Jane", None),
        ("J. Doe", None),
        ("Jane\u202eDoe", None),
        ("Jane\nDoe", None),
    ],
)
def test_first_name(raw: str | None, expected: str | None) -> None:
    assert first_name(raw) == expected


# --- templates ------------------------------------------------------------------------------


def test_override_directory_wins(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "thank_you.txt.j2").write_text(
        "Subject: Cheers, {{ recipient_first_name }}\n\nMy own words for {{ company }}.\n"
    )
    (tmp_path / "thank_you.txt.j2").write_text("Generic override in {{ language }}.\n")
    english = compose(action(), application(), ME, now=NOW, language="en", templates_dir=tmp_path)
    assert english["Subject"] == "Cheers, Jane"
    assert text(english) == "My own words for Acme Robotics.\n"
    german = compose(action(), application(), ME, now=NOW, language="de", templates_dir=tmp_path)
    assert text(german) == "Generic override in de.\n"
    assert german["Subject"] == "Backend Engineer"  # no Subject line in the template
    builtin = compose(
        action("rejection_reply"), application(), ME, now=NOW, language="de", templates_dir=tmp_path
    )
    assert text(builtin).startswith("Hallo Jane,")


def test_broken_override_is_a_clear_config_error(tmp_path: Path) -> None:
    (tmp_path / "thank_you.txt.j2").write_text("Hello\n{% if %}\n")
    with pytest.raises(ConfigError, match=r"thank_you\.txt\.j2:2: templates: "):
        compose(action(), application(), ME, now=NOW, language="en", templates_dir=tmp_path)
    (tmp_path / "thank_you.txt.j2").write_text("{{ no_such_variable }}\n")
    with pytest.raises(ConfigError, match="no_such_variable"):
        compose(action(), application(), ME, now=NOW, language="en", templates_dir=tmp_path)


def test_override_templates_are_sandboxed(tmp_path: Path) -> None:
    (tmp_path / "thank_you.txt.j2").write_text(
        "{{ me_name.__class__.__mro__[1].__subclasses__() }}\n"
    )
    with pytest.raises(ConfigError, match=r"unsafe|not safely|access"):
        compose(action(), application(), ME, now=NOW, language="en", templates_dir=tmp_path)


def test_refuses_what_is_not_a_draft() -> None:
    call = Action("phone_call", "phone_call_1", NOW, RITA, "k/phone_call_1/rita@acme.example")
    with pytest.raises(ValueError, match="no draft"):
        compose(call, application(), ME, now=NOW, language="en")
    with pytest.raises(ValueError, match="timezone-aware"):
        compose(action(), application(), ME, now=datetime(2026, 11, 24, 17, 0), language="en")


def test_policy_and_composer_together() -> None:
    """What the daemon does: decide, then compose every due draft."""
    app = Application(
        "acme-robotics-backend-engineer",
        "Acme Robotics",
        "Backend Engineer",
        (PARENT,),
        {},
        ("the robot arm calibration demo",),
        RITA,
    )
    decision = decide(app, NOW, Followup(), LONDON)
    drafts = [
        reparsed(compose(a, app, ME, now=NOW, language="en"))
        for a in decision.actions
        if a.due <= NOW
    ]
    assert sorted(d["To"] for d in drafts) == [
        "Bob Stone <bob.stone@acme.example>",
        "Jane Doe <jane.doe@acme.example>",
    ]
    assert all("robot arm calibration demo" in text(d) for d in drafts)
    due = {a.key for a in decision.actions if a.due <= NOW}
    assert {d["X-Afterview-Key"] for d in drafts} == due
