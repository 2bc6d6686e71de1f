"""The messages of a realistic personal mailbox, built fast as raw bytes (for bigmailbox.py).

Each builder returns a :class:`Message`: its folder, category, Message-ID, arrival time and
bytes (LF line endings, as Maildir stores them). Sizes follow real mail: transport headers
of 2-3 KB on every message, HTML newsletters of tens of KB, PDFs of 30-400 KB on a quarter
of the shop notifications, photos of 0.1-2 MB on a few personal messages.

Recruiting mail is copied from the labelled fixtures (tests/fixtures/mail), each copy with
its own Message-ID, a date moved by whole weeks (weekdays stay true) and its own sender
domain, so copies of one fixture look like mail from different employers.
"""

from __future__ import annotations

import base64
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "mail"
ME = ("Sam Rivera", "sam.rivera@example.org")

RECRUITING = "recruiting"
DECOY = "decoy"
AUTOREPLY = "autoreply"
JOBBY_NEWSLETTER = "jobby-newsletter"
SENT_RECRUITING = "sent-recruiting"

_FIRST = ("Anna", "Ben", "Chloe", "Dev", "Emma", "Femi", "Gus", "Hana", "Ivo", "Jess", "Kai",
          "Lena", "Mo", "Nora", "Omar", "Pia", "Raj", "Sara", "Tom", "Una", "Wen")  # fmt: skip
_LAST = ("Hale", "Novak", "Okafor", "Berg", "Costa", "Dunn", "Ellis", "Frey", "Garcia", "Holm",
         "Ito", "Jansen", "Khan", "Lund", "Moreau", "Nagy", "Ortiz", "Price", "Quinn", "Rossi",
         "Shaw", "Tan", "Ueda", "Varga", "Walsh", "Young", "Zhou")  # fmt: skip
_FREEMAIL = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "posteo.de", "gmx.de")
EVERYDAY = (
    "Are you around this weekend?",
    "The kids loved the park, we should go again soon.",
    "I finally finished the book you lent me and the ending surprised me.",
    "Mum says hello and asks whether you got her parcel.",
    "We're thinking of a trip to the coast in spring, want to join?",
    "The plumber came on Tuesday so the kitchen is usable again.",
    "Photos from the wedding are attached, some of them are really lovely.",
    "Can you send me the recipe for that lemon cake?",
    "Training moved to Thursdays from next month.",
    "The train was late again, I only got home after nine.",
    "Happy birthday! Hope you have a great day with everyone.",
    "I found the charger you left here, I'll bring it on Sunday.",
    "Did you see the match last night? What a finish.",
    "The garden is a mess after the storm but the apple tree survived.",
    "Let me know what you think about the new flat once you've seen it.",
    "We booked the cabin for the second week of August.",
    "I'm making lasagne on Friday if you want to come over.",
    "The car is back from the garage, it only needed new brakes.",
    "Grandpa is doing much better and is home from the hospital.",
    "Thanks again for helping us move, we owe you a dinner.",
)
# Job words in another sense: the classifier calls such mail unrelated; the prefilter may
# still read it in full (the price of never missing a real one).
DECOYS = (
    "We made an offer on the flat with the blue door, fingers crossed.",
    "Did you make a decision about the car yet?",
    "The position of the sofa still bothers me, we should move it again.",
    "The school asked for references for the volunteer programme.",
    "My portfolio of watercolours is finally online.",
    "The landlord wants a copy of my CV for the rental application.",
)
_TOPICS = (
    "the week in climate tech",
    "five recipes for autumn",
    "what the new rail timetable means",
    "our favourite podcasts this month",
    "a guide to balcony gardening",
    "the markets in charts",
    "why sleep matters",
    "cycling routes near you",
    "the best budget headphones",
    "a history of the bicycle",
    "city news in brief",
    "open source release notes",
)
_JOBBY_TOPICS = (
    "how to prepare for your next interview",
    "the job market in charts",
    "recruiters reveal what they look for",
)
_BRANDS = ("Morning Digest", "Green Notes", "City Weekly", "Open Source Monthly",
           "Market Brief", "Cook at Home", "Rail Friends", "Gadget Review")  # fmt: skip
_SHOPS = ("Parcelpoint", "Northbank", "Trainline Plus", "Bookhaven", "Energy Co", "Cloudstore")
_EVENTS = ("Book club", "Dinner at Luca's", "Football", "Parents' evening", "Pottery class",
           "Mum's birthday", "Yoga", "Flat viewing", "Choir rehearsal")  # fmt: skip
_SENT_LINES = ("Sounds good, see you then!", "Thanks for sending these, they're great.",
               "I can't make Saturday but Sunday works.", "Here are the photos from the trip.",
               "Could you forward me the address?", "Happy to help, just let me know when.",
               "I'll bring dessert.", "Sorry, it's been a busy week.")  # fmt: skip
_SUBJECTS = ("Sunday?", "Photos", "Re: plans", "Quick one", "News!", "Hello from the coast",
             "the recipe", "this weekend")  # fmt: skip
_PEOPLE_SENDERS = ("reply", "notif", "calendar", "jobs")  # local parts nobody answers


@dataclass
class Message:
    folder: str
    category: str
    message_id: str
    when: datetime
    raw: bytes


# ---- MIME, by hand (the email package is far too slow for 100,000 messages) ----------------


class _Blobs:
    """Base64 lines of random bytes, sliced for attachments (encoded once: fast)."""

    def __init__(self, rng: random.Random, size: int = 6_000_000) -> None:
        self.lines = base64.encodebytes(rng.randbytes(size)).split(b"\n")
        self.rng = rng

    def take(self, decoded_size: int) -> bytes:
        count = min(max(1, decoded_size // 57), len(self.lines) - 2)
        start = self.rng.randrange(0, len(self.lines) - count - 1)
        return b"\n".join(self.lines[start : start + count]) + b"\n"


def _text(ctype: str, text: str) -> bytes:
    head = f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    return (head + text + "\n").encode()


def _binary(ctype: str, name: str, payload: bytes, inline: bool = False) -> bytes:
    disposition = "inline" if inline else "attachment"
    head = (
        f'Content-Type: {ctype}; name="{name}"\nContent-Transfer-Encoding: base64\n'
        f'Content-Disposition: {disposition}; filename="{name}"\n\n'
    )
    return head.encode() + payload


def _html(paragraphs: list[str], rng: random.Random) -> str:
    style = "td{font-family:Arial,sans-serif;font-size:15px;color:#333;padding:4px 24px}" * 6
    cells = "".join(
        f'<tr><td class="c{rng.randrange(9)}" style="line-height:22px">{p}</td></tr>\n'
        for p in paragraphs
    )
    head = f"<html><head><style>{style}</style></head>"
    return f"{head}<body><table>{cells}</table></body></html>"


class Mix:
    """Builds the messages of one mailbox; ``tag`` keeps Message-IDs of several fills apart."""

    def __init__(self, rng: random.Random, now: datetime, days: int, tag: str) -> None:
        self.rng, self.now, self.days, self.tag = rng, now, days, tag
        self.blobs = _Blobs(rng)
        self.fixtures = sorted(FIXTURES.glob("*.eml"))
        self.serial = 0
        self.friends: list[tuple[str, str, str]] = []  # (message id, address, subject)

    # ---- helpers ---------------------------------------------------------------------------

    def _id(self, domain: str) -> str:
        self.serial += 1
        return f"<{self.tag}.{self.serial}.{self.rng.getrandbits(32):08x}@{domain}>"

    def _when(self) -> datetime:
        return self.now - timedelta(seconds=self.rng.uniform(60, self.days * 86400))

    def _person(self) -> tuple[str, str]:
        first, last = self.rng.choice(_FIRST), self.rng.choice(_LAST)
        return f"{first} {last}", f"{first}.{last}@{self.rng.choice(_FREEMAIL)}".lower()

    def _boundary(self) -> str:
        return f"=_b{self.rng.getrandbits(48):012x}"

    def _multipart(self, subtype: str, parts: list[bytes]) -> tuple[str, bytes]:
        boundary = self._boundary()
        body = b"".join(f"--{boundary}\n".encode() + part + b"\n" for part in parts)
        return f'multipart/{subtype}; boundary="{boundary}"', body + f"--{boundary}--\n".encode()

    def _with(self, subtype: str, ctype: str, body: bytes, extra: bytes) -> tuple[str, bytes]:
        """The body so far as the first part of a multipart, ``extra`` after it."""
        return self._multipart(subtype, [f"Content-Type: {ctype}\n\n".encode() + body, extra])

    def _transport(self, domain: str, when: datetime) -> list[tuple[str, str]]:
        """What mail servers add on the way: about 2-3 KB, as in a real mailbox."""
        stamp = format_datetime(when)
        signature = base64.b64encode(self.rng.randbytes(256)).decode()
        folded = "\n\t".join(signature[i : i + 72] for i in range(0, len(signature), 72))
        hops = [
            (
                "Received",
                f"from mail-{self.rng.randrange(99)}.{domain} (mail.{domain} [203.0.113."
                f"{self.rng.randrange(255)}])\n\tby mx.example.org with ESMTPS id "
                f"{self.rng.getrandbits(40):x}\n\tfor <{ME[1]}>; {stamp}",
            )
            for _ in range(self.rng.randint(2, 4))
        ]
        return [
            ("Return-Path", f"<bounces+{self.rng.getrandbits(32):x}@{domain}>"),
            ("Delivered-To", ME[1]),
            *hops,
            ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(when.timestamp())}; cv=none;\n\tb={folded}"),
            ("Authentication-Results", f"mx.example.org; dkim=pass header.i=@{domain};\n\t"
                                       f"spf=pass smtp.mailfrom={domain}; dmarc=pass"),
            ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=s1;\n\t"
                               f"h=from:to:subject:date:message-id;\n\tb={folded}"),
        ]  # fmt: skip

    def _message(
        self,
        folder: str,
        category: str,
        sender: tuple[str, str],
        to: tuple[str, str],
        subject: str,
        content: tuple[str, bytes],
        extra: list[tuple[str, str]] = (),  # type: ignore[assignment]
        when: datetime | None = None,
    ) -> Message:
        when = when or self._when()
        message_id = self._id(sender[1].split("@")[1])
        fields = [
            *self._transport(sender[1].split("@")[1], when),
            ("From", f"{sender[0]} <{sender[1]}>" if sender[0] else sender[1]),
            ("To", f"{to[0]} <{to[1]}>" if to[0] else to[1]),
            ("Subject", subject),
            ("Date", format_datetime(when)),
            ("Message-ID", message_id),
            ("MIME-Version", "1.0"),
            *extra,
            ("Content-Type", content[0]),
        ]
        head = "".join(f"{name}: {value}\n" for name, value in fields).encode()
        return Message(folder, category, message_id, when, head + b"\n" + content[1])

    # ---- incoming ---------------------------------------------------------------------------

    def recruiting(self) -> Message:
        """A copy of a labelled fixture: new Message-ID, date and sender domain."""
        path = self.rng.choice(self.fixtures)
        head, _, body = path.read_bytes().replace(b"\r\n", b"\n").partition(b"\n\n")
        when = self._shifted(head)
        copy = self.serial + 1
        message_id = self._id(f"copy{copy}.example")
        lines = []
        for line in head.split(b"\n"):
            name = line.split(b":", 1)[0].lower()
            if name == b"date":
                line = b"Date: " + format_datetime(when).encode()
            elif name == b"message-id":
                line = b"Message-ID: " + message_id.encode()
            elif name in (b"from", b"reply-to", b"sender"):
                line = line.replace(b".example", f"-{copy % 97}.example".encode())
            lines.append(line)
        raw = b"\n".join(lines) + b"\n\n" + body
        return Message("INBOX", RECRUITING, message_id, when, raw)

    def _shifted(self, head: bytes) -> datetime:
        """The fixture's date moved back by whole weeks into the span (or any date in it)."""
        found = re.search(rb"^Date:(.*)$", head, re.MULTILINE | re.IGNORECASE)
        try:
            original = parsedate_to_datetime(found.group(1).decode().strip()) if found else None
        except (TypeError, ValueError):
            original = None
        if original is None:
            return self._when()
        earliest = max(0, -((self.now - original).days // 7))
        latest = (original - (self.now - timedelta(days=self.days))).days // 7
        if earliest > latest:
            return self._when()
        return original - timedelta(weeks=self.rng.randint(earliest, latest))

    def newsletter(self, jobby: bool = False) -> Message:
        brand = self.rng.choice(_BRANDS)
        domain = brand.lower().replace(" ", "") + ".example"
        topic = self.rng.choice(_JOBBY_TOPICS if jobby else _TOPICS)
        subject = f"{brand} #{self.rng.randrange(20, 400)}: {topic}"
        paragraphs = [self.rng.choice(EVERYDAY) * self.rng.randint(2, 5) for _ in range(12)]
        html = _html(paragraphs * self.rng.randint(1, 4), self.rng)
        parts = [_text("text/plain", "\n\n".join(paragraphs)), _text("text/html", html)]
        content = self._multipart("alternative", parts)
        if self.rng.random() < 0.15:
            size = self.rng.randint(20_000, 120_000)
            image = _binary("image/png", "header.png", self.blobs.take(size), inline=True)
            content = self._with("related", *content, image)
        lists = [("List-Id", f"{brand} <news.{domain}>"), ("Precedence", "bulk"),
                 ("List-Unsubscribe", f"<https://{domain}/unsubscribe?u=8841>")]  # fmt: skip
        category = JOBBY_NEWSLETTER if jobby else "newsletter"
        return self._message("INBOX", category, (brand, f"news@{domain}"), ME, subject, content,
                             lists)  # fmt: skip

    def notification(self) -> Message:
        if self.rng.random() < 0.4:  # a code-hosting notification, list headers and all
            number = self.rng.randrange(100, 9999)
            subject = f"[acme/widgets] Fix flaky test in parser (#{number})"
            text = "\n".join(self.rng.choice(EVERYDAY) for _ in range(6)) + "\n"
            lists = [("List-Id", "acme/widgets <widgets.acme.git.example>"),
                     ("List-Unsubscribe", "<https://git.example/unsub>"),
                     ("X-Auto-Response-Suppress", "All")]  # fmt: skip
            content = ("text/plain; charset=utf-8", text.encode())
            sender = ("Widgets CI", "notifications@git.example")
            return self._message("INBOX", "notification", sender, ME, subject, content, lists)
        shop = self.rng.choice(_SHOPS)
        domain = shop.lower().replace(" ", "") + ".example"
        number = self.rng.randrange(100000, 999999)
        subject = self.rng.choice((
            f"Your order {number} has shipped", "Your monthly statement",
            f"Receipt for payment {number}", f"Your booking reference {number}",
            "Security alert: new sign-in", "Your password was changed",
        ))  # fmt: skip
        paragraphs = [f"Reference {number}.", *(self.rng.choice(EVERYDAY) for _ in range(5))]
        parts = [_text("text/plain", "\n\n".join(paragraphs)),
                 _text("text/html", _html(paragraphs, self.rng))]  # fmt: skip
        content = self._multipart("alternative", parts)
        if self.rng.random() < 0.25:
            size = self.rng.randint(30_000, 400_000)
            pdf = _binary("application/pdf", f"{number}.pdf", self.blobs.take(size))
            content = self._with("mixed", *content, pdf)
        sender = (shop, f"no-reply@{domain}")
        automatic = [("Auto-Submitted", "auto-generated")]
        return self._message("INBOX", "notification", sender, ME, subject, content, automatic)

    def personal(self, decoy: bool = False) -> Message:
        sender = self._person()
        lines = [self.rng.choice(EVERYDAY) for _ in range(self.rng.randint(2, 7))]
        if decoy:
            lines.insert(self.rng.randrange(len(lines) + 1), self.rng.choice(DECOYS))
        text = f"Hi Sam,\n\n{' '.join(lines)}\n\nLove,\n{sender[0].split()[0]}"
        content = ("text/plain; charset=utf-8", text.encode() + b"\n")
        if self.rng.random() < 0.4:
            html = "<div dir='ltr'>" + text.replace("\n", "<br>") + "</div>"
            parts = [_text("text/plain", text), _text("text/html", html)]
            content = self._multipart("alternative", parts)
        if self.rng.random() < 0.08:
            size = self.rng.randint(100_000, 2_000_000)
            content = self._with("mixed", *content, _binary("image/jpeg", "IMG_2041.jpg",
                                                             self.blobs.take(size)))  # fmt: skip
        subject = self.rng.choice(_SUBJECTS)
        message = self._message("INBOX", DECOY if decoy else "personal", sender, ME, subject,
                                content)  # fmt: skip
        self.friends.append((message.message_id, sender[1], subject))
        return message

    def calendar(self) -> Message:
        sender, event = self._person(), self.rng.choice(_EVENTS)
        when = self._when()
        start = when + timedelta(days=self.rng.randint(1, 20))
        stamp = start.strftime("%Y%m%dT%H%M00Z")
        ics = (
            "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
            f"METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:{stamp}\nDTEND:{stamp}\nDTSTAMP:{stamp}\n"
            f"ORGANIZER;CN={sender[0]}:mailto:{sender[1]}\n"
            f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{ME[1]}\n"
            f"UID:{self.rng.getrandbits(64):016x}@google.com\nSUMMARY:{event}\n"
            "END:VEVENT\nEND:VCALENDAR\n"
        )
        text = f"{sender[0]} has invited you to {event}.\nWhen: {start:%A %d %B, %H:%M}\n"
        parts = [_text("text/plain", text), _text("text/html", _html([text], self.rng)),
                 _text("text/calendar; method=REQUEST", ics)]  # fmt: skip
        attached = (
            b'Content-Type: application/ics; name="invite.ics"\n'
            b'Content-Disposition: attachment; filename="invite.ics"\n'
            b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(ics.encode())
        )
        content = self._with("mixed", *self._multipart("alternative", parts), attached)
        subject = f"Invitation: {event} @ {start:%a %b %d, %Y %I%p}"
        return self._message("INBOX", "calendar", sender, ME, subject, content, when=when)

    def autoreply(self) -> Message:
        subject = f"Automatic reply: {self.rng.choice(_SUBJECTS)}"
        text = "I am out of the office until next Monday with limited access to email.\n"
        content = ("text/plain; charset=utf-8", text.encode())
        automatic = [("Auto-Submitted", "auto-replied")]
        return self._message("INBOX", AUTOREPLY, self._person(), ME, subject, content, automatic)

    def incoming(self) -> Message:
        roll = self.rng.random()
        if roll < 0.02:
            return self.recruiting()
        if roll < 0.36:
            return self.newsletter(jobby=self.rng.random() < 0.01)
        if roll < 0.66:
            return self.notification()
        if roll < 0.69:
            return self.calendar()
        if roll < 0.693:
            return self.autoreply()
        return self.personal(decoy=self.rng.random() < 0.03)

    # ---- sent -------------------------------------------------------------------------------

    def sent(self) -> Message:
        """The user's own mail to friends: replies (threaded) and new messages."""
        extra: list[tuple[str, str]] = []
        if self.friends and self.rng.random() < 0.6:
            parent, address, subject = self.rng.choice(self.friends)
            to = (address.split("@")[0].replace(".", " ").title(), address)
            subject = subject if subject.startswith("Re:") else f"Re: {subject}"
            extra = [("In-Reply-To", parent), ("References", parent)]
        else:
            to, subject = self._person(), self.rng.choice(("Hi", "Saturday", "Photos"))
        text = " ".join(self.rng.choice(_SENT_LINES) for _ in range(self.rng.randint(1, 4)))
        content = ("text/plain; charset=utf-8", f"{text}\n\nSam\n".encode())
        if self.rng.random() < 0.08:
            size = self.rng.randint(100_000, 1_000_000)
            photo = _binary("image/jpeg", "photo.jpg", self.blobs.take(size))
            content = self._multipart("mixed", [_text("text/plain", text), photo])
        return self._message("Sent", "sent", ME, to, subject, content, extra)

    def answer(self, recruiting: Message) -> Message | None:
        """The user's reply to a recruiter (to people only: nobody answers a no-reply)."""
        head = recruiting.raw.split(b"\n\n", 1)[0].decode("utf-8", "replace")
        sender = re.search(r"^From:.*?([^\s<>\"]+@[^\s<>\"]+)", head, re.M | re.I)
        address = sender.group(1) if sender else ""
        if not address or any(word in address.lower() for word in _PEOPLE_SENDERS):
            return None
        when = recruiting.when + timedelta(hours=self.rng.randint(1, 30))
        thread = [("In-Reply-To", recruiting.message_id), ("References", recruiting.message_id)]
        content = ("text/plain; charset=utf-8", b"Thank you, that works for me.\n\nBest,\nSam\n")
        return self._message("Sent", SENT_RECRUITING, ME, ("", address), "Re: your message",
                             content, thread, when=when)  # fmt: skip
