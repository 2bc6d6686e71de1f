"""The read step's first half on a real (Maildir) mailbox: what is looked at, what is kept.

Recall is checked against the classifier itself: every fixture and shared sample it calls
anything but unrelated must come through the header-first reading, with the same bytes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from afterview.mail.base import header_value
from afterview.mail.maildir import MaildirMailbox, deliver
from afterview.mail.message import parse_message
from afterview.pipeline.facts import INCOMING, SENT, InterviewFact, MessageFacts, PersonFact
from afterview.pipeline.ingest import facts_from_raw
from afterview.pipeline.store import DraftRecord, Store
from afterview.runtime.intake import ReadStats, known_from_store, learn, wanted_messages
from afterview.understand.classify import classify
from afterview.understand.prefilter import Known

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "mail").glob("*.eml"))
SAMPLES = sorted(Path("/work/shared/samples").glob("*.eml"))
ME = ("sam.rivera@example.org", "alex.morgan@example.net")
NOW = datetime(2026, 12, 1, tzinfo=UTC)


class Watched(MaildirMailbox):
    """A Maildir whose reads are noted: which UIDs were glanced at, which read in full."""

    def __init__(self, root: Path) -> None:
        super().__init__(root, create=True)
        self.glanced: list[int] = []
        self.full: list[int] = []

    def fetch_text_starts(self, folder, uids, limit):
        for uid, start in super().fetch_text_starts(folder, uids, limit):
            self.glanced.append(uid)
            yield uid, start

    def fetch(self, folder, uids):
        for message in super().fetch(folder, uids):
            self.full.append(message.uid)
            yield message


def read_all(box: MaildirMailbox, known: Known | None = None, folder: str = "INBOX"):
    uids = box.list_new(folder, None).uids
    stats = ReadStats()
    wanted = dict(wanted_messages(box, folder, uids, known or Known(), sent=folder != "INBOX",
                                  stats=stats))  # fmt: skip
    return uids, wanted, stats


def test_every_relevant_fixture_and_sample_comes_through(tmp_path):
    box = Watched(tmp_path / "mail")
    for path in FIXTURES + SAMPLES:
        deliver(box.root, path.read_bytes())
    uids, wanted, stats = read_all(box)
    originals = {m.uid: m.raw for m in box.fetch("INBOX", uids)}
    relevant = {u for u, raw in originals.items() if classify(parse_message(raw), me=ME).kind
                != "unrelated"}  # fmt: skip
    assert relevant, "the fixtures hold job mail"
    assert relevant <= set(wanted), [
        header_value(originals[u], "Subject") for u in relevant - set(wanted)
    ]
    assert all(wanted[u] == originals[u] for u in wanted)  # the same bytes as a full read
    unrelated = set(originals) - relevant
    rejected = unrelated - set(wanted)
    assert rejected, "some unrelated fixtures are turned away without a full read"
    print(f"\nprefilter: {len(relevant)} relevant all kept; {len(rejected)} of {len(unrelated)} "
          f"unrelated turned away; {stats.looked} glanced at of {stats.headers}")  # fmt: skip


def _newsletter(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "Weekly <news@weekly.example>", "sam.rivera@example.org"
    msg["Subject"], msg["Message-ID"] = f"Weekly #{n}: balcony gardening", f"<n{n}@weekly.example>"
    msg["List-Id"] = "Weekly <weekly.example>"
    msg.set_content("Tomatoes like the sun.\n" * 50)
    return msg.as_bytes()


def _friend(n: int, text: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "Jess <jess@gmail.com>", "sam.rivera@example.org"
    msg["Subject"], msg["Message-ID"] = "Sunday?", f"<f{n}@gmail.com>"
    msg.set_content(text)
    return msg.as_bytes()


def test_bulk_mail_is_never_glanced_at_and_plain_personal_mail_never_read_in_full(tmp_path):
    box = Watched(tmp_path / "mail")
    for n in range(5):
        deliver(box.root, _newsletter(n))
        deliver(box.root, _friend(n, "Are you around on Sunday? The kids loved the park.\n"))
    deliver(box.root, (FIXTURES[0].parent / "en-lever-auto-rejection.eml").read_bytes())
    uids, wanted, stats = read_all(box)
    subjects = {m.uid: header_value(m.raw, "Subject") for m in box.fetch("INBOX", uids)}
    box.full.clear()
    assert [subjects[u] for u in wanted] == ["Your application to Mosaic Health"]
    assert not any(subjects[u].startswith("Weekly") for u in box.glanced)
    assert stats.headers == 11 and stats.looked == 5 and stats.fetched == 1


def test_a_long_text_gets_a_second_longer_look(tmp_path):
    box = Watched(tmp_path / "mail")
    padding = "We walked along the river and had lunch by the old bridge. " * 120
    deliver(box.root, _friend(1, padding + "\nUnfortunately we have decided not to proceed "
                                            "with your application.\n"))  # fmt: skip
    _uids, wanted, _stats = read_all(box)
    assert len(wanted) == 1 and len(box.glanced) == 2  # 4 KB, then up to 32 KB


def _sent_reply(n: int, to: str, in_reply_to: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "Sam Rivera <sam.rivera@example.org>", to
    msg["Subject"], msg["Message-ID"] = f"Re: our chat {n}", f"<s{n}@example.org>"
    msg["In-Reply-To"] = msg["References"] = in_reply_to
    msg["Date"] = "Tue, 01 Dec 2026 10:00:00 +0000"
    msg.set_content("Thank you, Tuesday works for me.\n" * 40)
    msg.add_attachment(b"%PDF-1.4 " * 2000, maintype="application", subtype="pdf",
                       filename="cv.pdf")  # fmt: skip
    return bytes(msg)


def test_the_users_own_mail_is_read_by_its_headers_alone(tmp_path):
    box = Watched(tmp_path / "mail")
    known = Known(people={"dana@acme.example"}, message_ids={"<interview@acme.example>"})
    raws = [
        _sent_reply(1, "Dana <dana@acme.example>", "<other@elsewhere.example>"),  # known person
        _sent_reply(2, "Kim <kim@elsewhere.example>", "<interview@acme.example>"),  # known thread
        _sent_reply(3, "Mum <mum@family.example>", "<sunday@family.example>"),  # neither
    ]
    for raw in raws:
        deliver(box.root, raw, "Sent")
    uids, wanted, stats = read_all(box, known, folder="Sent")
    assert len(wanted) == 2 and box.full == [] and box.glanced == []
    assert stats.fetched == 0 and stats.headers == 3
    for uid, raw in zip(uids, raws[:2], strict=False):
        assert len(wanted[uid]) < len(raw) // 4  # the header block, not the attachment
        # ... and what the pass makes of it is what it would make of the whole message
        assert facts_from_raw(wanted[uid], direction=SENT, me=ME) == facts_from_raw(
            raw, direction=SENT, me=ME
        )


def _facts(kind: str, **extra) -> MessageFacts:
    recruiter = PersonFact("Dana", "dana@acme.example")
    base = {"sender": recruiter, "contact": recruiter, "employer_domain": "acme.example"}
    return MessageFacts(INCOMING, kind, f"<{kind}@acme.example>", NOW, **{**base, **extra})


def test_learning_follows_what_links_messages_to_applications():
    known = Known()
    panel = InterviewFact(NOW, None, (PersonFact("Ola", "ola@acme.example"),
                                      PersonFact("Me", "sam.rivera@example.org")))  # fmt: skip
    learn(known, _facts("interview_scheduled", interview=panel), ME)
    assert known.people == {"dana@acme.example", "ola@acme.example"}
    assert known.domains == {"acme.example"}
    assert "<interview_scheduled@acme.example>" in known.message_ids

    robot = PersonFact(None, "no-reply@greenhouse.io")
    fresh = Known()
    facts = _facts("rejection", sender=robot, robot_sender=True, contact=None,
                   employer_domain="gmail.com")  # fmt: skip
    learn(fresh, facts, ME)
    assert not fresh.people and not fresh.domains

    stray = _facts("auto_reply", sender=PersonFact("Bo", "bo@else.example"), contact=None)
    learn(fresh, stray, ME)
    assert "bo@else.example" not in fresh.people  # an out-of-office outside any thread
    answer = _facts("auto_reply", sender=PersonFact("Bo", "bo@else.example"), contact=None,
                    in_reply_to="<interview_scheduled@acme.example>")  # fmt: skip
    learn(known, answer, ME)
    assert "bo@else.example" in known.people

    sent = MessageFacts(SENT, "user_message", "<s@example.org>", NOW, recipients=("x@y.example",))
    learn(fresh, sent, ME)
    assert "<s@example.org>" in fresh.message_ids and "x@y.example" not in fresh.people


def test_the_store_knows_its_drafts(tmp_path):
    with Store(tmp_path / "state.db") as store, store.transaction():
        store.record_draft(
            DraftRecord(
                "acme/thank_you/dana@acme.example",
                "main",
                None,
                "written",
                "<d1@example.org>",
                3,
                "0" * 64,
                NOW,
            ),
            NOW,
        )
        known = known_from_store(store, "main", [_facts("offer")], ME)
        other = known_from_store(store, "other", [], ME)
    assert "<d1@example.org>" in known.message_ids and "dana@acme.example" in known.people
    assert "<d1@example.org>" not in other.message_ids
