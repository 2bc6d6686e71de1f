"""Kind rules: a hospital, a pharmacy or a clinic as the employer books interviews and answers
about the role; one's own care and a careers clinic stay unrelated.
"""

from __future__ import annotations

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only
from classifymail import ROBIN as ME
from classifymail import robin_kind as kind_of
from classifymail import robin_mail as mail
from classifymail import robin_reply as _reply

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
