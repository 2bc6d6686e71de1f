"""Kind rules: a scheduler's page that lists times to pick from asks for a time, even when it
says someone "has invited you to" the interview; a confirmation said of the time itself still
books it.
"""

from __future__ import annotations

import pytest

from classifymail import robin_kind as kind_of
from classifymail import robin_mail as mail

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
