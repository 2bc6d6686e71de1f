"""Kind rules, round 6: general causes found on fresh mail, pinned by mail of our own.

- Absences said in other words give the day back: on site, a business trip, offline, at a
  conference with patchy access, "til 11/16", "bis 23.11", a return date on a wrapped line.
- A scheduler's page that lists times to pick from asks for a time, even when it says
  someone "has invited you to" the interview; a confirmation said of the time itself still
  books it.
"""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only

ME = "robin@example.org"


def mail(
    body: str,
    *,
    subject: str,
    sender: str = "Talent Team <talent@northwind-mills.example>",
    date: str = "Wed, 18 Nov 2026 14:20:05 +0000",
    headers: str = "",
) -> bytes:
    return (
        f"From: {sender}\r\nTo: Robin Vale <{ME}>\r\nSubject: {subject}\r\nDate: {date}\r\n"
        f"Message-ID: <r6-{hashlib.sha1(body.encode()).hexdigest()[:12]}@example.net>\r\n{headers}"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


def kind_of(raw: bytes) -> str:
    return rules_only(parse_message(raw), me=(ME,)).kind


# --- 1. a list of times to choose from is a request ---------------------------------------

_ROBOT = "Auto-Submitted: auto-generated\r\n"
PICK_A_TIME = [
    (
        "Interview invitation - pick a slot: Quality Engineer",
        "Hello Robin,\n\nDana Whitfield from Northwind Mills has invited you to a 45-minute "
        "video interview for the Quality Engineer position.\n\nPlease select one of the "
        "slots below. Times are in GMT.\n\n  Thu 26 Nov  09:00 - 09:45   Book: "
        "https://slots.example/a/1\n  Thu 26 Nov  14:00 - 14:45   Book: "
        "https://slots.example/a/2\n  Fri 27 Nov  11:30 - 12:15   Book: "
        "https://slots.example/a/3\n\nNothing suitable? Ask for other times: "
        "https://slots.example/a/other\n\nSent by SlotPilot for Northwind Mills.",
    ),
    (
        "Einladung: Bitte wählen Sie Ihren Termin - Vertriebsinnendienst",
        "Guten Tag Robin Vale,\n\nFrau Keller von Northwind Mills hat Sie zu einem "
        "Vorstellungsgespräch per Telefon für die Stelle im Vertriebsinnendienst "
        "eingeladen.\n\nBitte wählen Sie einen der folgenden Termine aus. Alle Zeiten in MEZ.\n\n"
        "  Mo, 23.11.2026, 10:00 - 10:30 Uhr  -> https://slots.example/b/1\n"
        "  Di, 24.11.2026, 15:00 - 15:30 Uhr  -> https://slots.example/b/2\n"
        "  Mi, 25.11.2026, 09:30 - 10:00 Uhr  -> https://slots.example/b/3\n\n"
        "Ihr Termin ist erst nach Ihrer Auswahl gebucht.\n\nDiese Nachricht wurde "
        "automatisch versendet.",
    ),
    (
        "Choisissez votre créneau d'entretien - Chargée de paie",
        "Bonjour,\n\nMme Laurent (Northwind Mills) vous a invité à un entretien "
        "téléphonique pour le poste de chargée de paie.\n\nMerci de choisir l'un des "
        "créneaux ci-dessous. Les heures sont indiquées en heure de Paris.\n\n"
        "  lundi 23 novembre, 10h00 - 10h30 : "
        "https://slots.example/c/1\n  mardi 24 novembre, 14h00 - 14h30 : "
        "https://slots.example/c/2\n  jeudi 26 novembre, 9h30 - 10h00 : "
        "https://slots.example/c/3\n\nMessage automatique, merci de ne pas répondre.",
    ),
    (
        "Elige tu horario de entrevista - Jefe de almacén",
        "Hola Robin:\n\nLucía Ortega, de Northwind Mills, te ha invitado a una entrevista "
        "por videollamada para el puesto de jefe de almacén.\n\nPor favor, selecciona uno "
        "de los horarios de abajo. Todas las horas son de Madrid.\n\n"
        "  lunes 23 de noviembre, 10:00 - 10:45 "
        "https://slots.example/d/1\n  martes 24 de noviembre, 16:00 - 16:45 "
        "https://slots.example/d/2\n  miércoles 25 de noviembre, 12:00 - 12:45 "
        "https://slots.example/d/3\n\nEste mensaje se ha enviado automáticamente.",
    ),
    (
        "Kies een tijdstip voor je gesprek - Planner logistiek",
        "Hoi Robin,\n\nSanne de Wit van Northwind Mills heeft je uitgenodigd voor een "
        "sollicitatiegesprek via Teams voor de functie Planner logistiek.\n\nKies een van "
        "de tijdstippen hieronder. Alle tijden zijn Nederlandse tijd.\n\n"
        "  maandag 23 november, 10:00 - 10:30 "
        "https://slots.example/e/1\n  dinsdag 24 november, 13:00 - 13:30 "
        "https://slots.example/e/2\n  donderdag 26 november, 15:30 - 16:00 "
        "https://slots.example/e/3\n\nDit is een automatisch bericht.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PICK_A_TIME, ids=["en", "de", "fr", "es", "nl"])
def test_a_list_of_times_to_pick_from_is_a_request(subject: str, body: str) -> None:
    raw = mail(
        body, subject=subject, sender="Northwind Mills <noreply@slots.example>", headers=_ROBOT
    )
    assert kind_of(raw) == "interview_request"


def test_a_confirmed_time_with_other_times_to_switch_to_stays_booked() -> None:
    body = (
        "Hi Robin,\n\nYour interview for the Quality Engineer role is confirmed for Thursday "
        "26 November at 09:00 GMT with Dana Whitfield.\n\nIf that no longer suits, please "
        "choose one of the other slots: Friday 27 November at 11:30 or Monday 30 November at "
        "14:00.\n\nBest,\nNorthwind Mills Talent"
    )
    assert kind_of(mail(body, subject="Interview confirmed - Quality Engineer")) == (
        "interview_scheduled"
    )


# --- 2. a hospital, a pharmacy, a clinic as the employer ----------------------------------

_QUOTE = "\n\nOn Mon, 16 Nov 2026 at 18:02, Robin Vale <robin@example.org> wrote:\n> "


def _reply(new: str, quoted: str, *, subject: str, sender: str) -> bytes:
    return mail(
        f"{new}{_QUOTE}{quoted}",
        subject=subject,
        sender=sender,
        headers="In-Reply-To: <ask@example.org>\r\n",
    )


WORKPLACE = [
    _reply(
        "Hi Robin,\n\nThursday 26 November at 11:00 is fine with me, so that's your interview "
        "booked. Come to "
        "the front desk of Harbourside Physiotherapy Clinic and ask for me.\n\nSee you then,\n"
        "Maria Conti\nClinic Manager, Harbourside Physiotherapy",
        "Thanks Maria, I could do Thursday 26 November at 11:00 or Friday 27 at 14:00.",
        subject="Re: Sports Physiotherapist - meeting",
        sender="Maria Conti <maria@harbourside-physio.example>",
    ),
    _reply(
        "Hallo Robin,\n\ndanke für Ihre Rückmeldung. Dann sehen wir uns am Donnerstag, 26.11., "
        "um 11 Uhr in der Apotheke am Markt, ich habe das Vorstellungsgespräch fest eingeplant.\n\n"
        "Viele Grüße\nJana Brandt\nInhaberin, Apotheke am Markt",
        "Liebe Frau Brandt, gerne komme ich zu einem Kennenlernen als PTA vorbei.",
        subject="AW: PTA in Teilzeit",
        sender="Jana Brandt <jana@apotheke-am-markt.example>",
    ),
    _reply(
        "Buenos días Robin:\n\nTe confirmo la entrevista el jueves 26 de noviembre a las "
        "11:00 en la Clínica Santa Elena (recepción de la planta baja).\n\nUn saludo,\n"
        "Elena Ruiz\nRecursos Humanos, Clínica Santa Elena",
        "Hola Elena, me viene bien cualquier día de la semana que viene para hablar del "
        "puesto de auxiliar de enfermería.",
        subject="RE: Auxiliar de enfermería",
        sender="Elena Ruiz <eruiz@clinicasantaelena.example>",
    ),
]


WORKPLACE += [
    mail(
        "Hi Robin,\n\nSorry for the slow reply, I've been covering the desk this week. Dr "
        "Patel can still do Wednesday 25 November at 3pm, so that's all booked in. It's in the "
        "outpatients building at Kingsmere Hospital, ask at the main reception and someone "
        "will fetch you.\n\nBest wishes,\nTom Reeve\nResourcing Officer, Kingsmere Hospitals",
        subject="Interview slot - Robin Vale - Occupational Therapist",
        sender="Tom Reeve <tom.reeve@kingsmere-hospitals.example>",
    ),
    mail(
        "Hola Robin:\n\nTe escribo desde la Clínica San Rafael. La doctora Gil puede verte el "
        "miércoles 25 de noviembre a las 15:00 para la entrevista; te esperamos en la "
        "recepción de la clínica.\n\nUn saludo,\nMarta Vidal\nSelección de personal, "
        "Clínica San Rafael",
        subject="Entrevista - Fisioterapeuta",
        sender="Marta Vidal <mvidal@clinicasanrafael.example>",
    ),
]


@pytest.mark.parametrize(
    "raw", WORKPLACE, ids=["physio-clinic", "apotheke", "clinica", "hospital", "clinica-2"]
)
def test_a_health_employer_books_an_interview(raw: bytes) -> None:
    assert kind_of(raw) == "interview_scheduled"


def test_a_pharmacy_employer_answers_about_the_role() -> None:
    raw = _reply(
        "Hi Robin,\n\nThanks for the note. We're still reviewing applications for the "
        "Pharmacy Technician opening at our Riverside pharmacy and I'll be in touch by "
        "Friday.\n\nKind regards,\nOwen Price\nStore Manager, Greenway Pharmacy",
        "Hi Owen, I wanted to check where things stand with my application.",
        subject="Re: Pharmacy Technician",
        sender="Owen Price <owen.price@greenway-pharmacy.example>",
    )
    assert kind_of(raw) == "employer_reply"


def test_a_pharmacy_owner_answering_about_the_role_is_no_appointment() -> None:
    raw = _reply(
        "Hi Robin,\n\nTuesday 24 November at 10:30 works for us. Come to the counter at Maple "
        "Street Pharmacy and ask for me; it should take about 45 minutes.\n\nTalk soon,\n"
        "Deb Hollis\nOwner, Maple Street Pharmacy",
        "Hi Deb, thanks so much for reaching out about the Pharmacy Supervisor role. I could "
        "do Tuesday 24 November at 10:30 or Wednesday 25 at 2pm.",
        subject="Re: Pharmacy Supervisor - times",
        sender="Deb Hollis <deb@maplestreetrx.example>",
    )
    got = rules_only(parse_message(raw), me=(ME,))
    assert "context:medical" not in got.reasons
    assert got.kind != "unrelated"


OWN_CARE = [
    mail(
        "Hello Robin,\n\nYour physiotherapy appointment at Harbourside Clinic is confirmed "
        "for Thursday 26 November at 11:00. Please arrive ten minutes early.\n\n"
        "Harbourside Physiotherapy",
        subject="Appointment confirmed",
        sender="Harbourside Physiotherapy <bookings@harbourside-physio.example>",
    ),
    mail(
        "Hi Robin, your prescription is ready to collect from Greenway Pharmacy, Riverside, "
        "from Thursday 26 November. Opening hours 9am - 6pm.",
        subject="Your prescription is ready",
        sender="Greenway Pharmacy <noreply@greenway-pharmacy.example>",
    ),
    mail(
        "Beste Robin,\n\nU heeft een afspraak bij de tandarts in Kliniek De Linde op "
        "donderdag 26 november om 11:00 voor uw halfjaarlijkse controle.\n\nMet vriendelijke "
        "groet,\nKliniek De Linde",
        subject="Herinnering afspraak",
        sender="Kliniek De Linde <afspraken@kliniekdelinde.example>",
    ),
]


@pytest.mark.parametrize("raw", OWN_CARE, ids=["physio", "prescription", "tandarts"])
def test_ones_own_care_stays_unrelated(raw: bytes) -> None:
    assert kind_of(raw) == "unrelated"


def test_a_careers_clinic_is_a_session_not_a_workplace() -> None:
    raw = _reply(
        "Great, see you at the drop-in on Thursday at 4 then!\n\nSam",
        "Could I bring my CV to the careers clinic? I'm applying for analyst jobs.",
        subject="Re: Careers clinic",
        sender="Sam Ortiz <sam.ortiz@uni-careers.example>",
    )
    assert kind_of(raw) == "unrelated"


# --- 4. a meeting called off in the words people use ---------------------------------------

CALLED_OFF = [
    _reply(
        "Robin, really sorry but I have to cancel our 10:30 on Friday - the inspectors are in "
        "all day. I'll come back to you with another time next week.\n\nDee",
        "Thanks Dee, see you Friday at 10:30 for the interview.",
        subject="Re: Interview Friday",
        sender="Dee Harlow <dee@harlowbakery.example>",
    ),
    _reply(
        "Hi Robin, we're cancelling Thursday's interview for the Site Supervisor role: the "
        "post has been put on hold while the budget is reviewed. Apologies for the short "
        "notice.\n\nMark",
        "Hi Mark, confirming Thursday 26 November at 9am.",
        subject="Re: Site Supervisor - interview",
        sender="Mark Dunne <mark.dunne@dunne-build.example>",
    ),
    _reply(
        "Hallo Robin,\n\nleider sagen wir das Vorstellungsgespräch am Donnerstag ab, da die "
        "Abteilungsleiterin kurzfristig verreisen muss. "
        "Entschuldigen Sie bitte die Umstände.\n\nViele Grüße\n"
        "Petra Lang",
        "Sehr geehrte Frau Lang, gerne bestätige ich den Termin am Donnerstag um 10 Uhr.",
        subject="AW: Vorstellungsgespräch Donnerstag",
        sender="Petra Lang <p.lang@lang-logistik.example>",
    ),
    _reply(
        "Hola Robin:\n\nTe escribo para decirte que suspendemos la entrevista del jueves 26: "
        "la directora ha tenido que viajar. Te propondré otra fecha en cuanto pueda.\n\n"
        "Un saludo,\nInés",
        "Perfecto, nos vemos el jueves 26 a las 10:00.",
        subject="RE: Entrevista jueves",
        sender="Inés Prado <ines.prado@pradoasesores.example>",
    ),
    _reply(
        "Hoi Robin,\n\nHelaas zeggen we het gesprek van donderdag af: de vacature is "
        "ingetrokken. Excuses voor het late bericht.\n\nGroet,\nBram",
        "Top, tot donderdag om 10:00!",
        subject="Re: Gesprek donderdag",
        sender="Bram Visser <bram@visser-techniek.example>",
    ),
]


@pytest.mark.parametrize("raw", CALLED_OFF, ids=["our-10:30", "were-cancelling", "de", "es", "nl"])
def test_a_meeting_called_off_in_other_words(raw: bytes) -> None:
    assert kind_of(raw) == "interview_cancelled"


def test_another_candidates_cancellation_frees_a_slot_and_cancels_nothing() -> None:
    raw = _reply(
        "Hi Robin, good news: another candidate had to cancel, so we can move you to Tuesday "
        "24 November at 2pm instead. Does that work?\n\nDee",
        "Hi Dee, any chance of an earlier interview slot?",
        subject="Re: Interview Friday",
        sender="Dee Harlow <dee@harlowbakery.example>",
    )
    assert kind_of(raw) != "interview_cancelled"


# --- 6. absences in other words give the day back ------------------------------------------

_OOO = "Auto-Submitted: auto-replied\r\n"
ABSENT = [
    # (text, sent, back on)
    (
        "Hello,\n\nI'm on site at the Teesside plant until Thursday 19 November with very "
        "little signal, so I won't see your mail before I'm back.\n\nOwen",
        "Mon, 16 Nov 2026 08:00:00 +0000",
        date(2026, 11, 20),
    ),
    (
        "Hi! offline til 11/25, visiting family. text me if it's urgent!!\n- Jo",
        "Mon, 16 Nov 2026 08:00:00 -0500",
        date(2026, 11, 26),
    ),
    (
        "Thanks for your email. I'm at RetailTech Summit until 20 November with patchy "
        "access to email and will reply when I'm back.\n\nPriya",
        "Tue, 17 Nov 2026 08:00:00 +0000",
        date(2026, 11, 21),
    ),
    (
        "Thank you for your message. I am away at a client workshop and will return\nto the "
        "office on Monday 23 November.\n\nKind regards,\nHelen",
        "Tue, 17 Nov 2026 08:00:00 +0000",
        date(2026, 11, 23),
    ),
    (
        "Guten Tag,\n\nich bin bis 24.11 auf Montage in Linz und nur eingeschränkt "
        "erreichbar.\n\nMit freundlichen Grüßen\nStefan Huber",
        "Tue, 17 Nov 2026 08:00:00 +0100",
        date(2026, 11, 25),
    ),
    (
        "Bonjour,\n\nje suis en mission chez un client jusqu'au 24 novembre, avec un accès "
        "limité à mes courriels.\n\nCordialement,\nLéa",
        "Tue, 17 Nov 2026 08:00:00 +0100",
        date(2026, 11, 25),
    ),
    (
        "Hola:\n\nEstoy de viaje de negocios hasta el 24 de noviembre, sin conexión "
        "la mayor parte del día.\n\nSaludos,\nPablo",
        "Tue, 17 Nov 2026 08:00:00 +0100",
        date(2026, 11, 25),
    ),
    (
        "Hallo,\n\nik ben op zakenreis tot 24 november en beperkt bereikbaar.\n\nGroet,\nWouter",
        "Tue, 17 Nov 2026 08:00:00 +0100",
        date(2026, 11, 25),
    ),
]


@pytest.mark.parametrize(
    ("text", "sent", "back"),
    ABSENT,
    ids=["on-site", "offline-til", "summit", "wrapped", "montage", "mission", "viaje", "reis"],
)
def test_an_absence_in_other_words_gives_the_day_back(text: str, sent: str, back: date) -> None:
    raw = mail(
        text,
        subject="Automatic reply: Re: Warehouse Lead application",
        sender="Someone <someone@harbourline.example>",
        date=sent,
        headers=_OOO,
    )
    got = rules_only(parse_message(raw), me=(ME,))
    assert (got.kind, got.back_on) == ("auto_reply", back)


def test_a_deadline_in_a_ticket_receipt_is_no_return() -> None:
    raw = mail(
        "Thank you for contacting Harbourline People Services. Your request is logged and "
        "applications for the Warehouse Lead role stay open until 30 November.",
        subject="Automatic reply: Re: Warehouse Lead application",
        sender="People Services <people@harbourline.example>",
        headers=_OOO,
    )
    assert rules_only(parse_message(raw), me=(ME,)).back_on is None
