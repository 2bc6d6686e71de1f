"""classify(): who the candidate meets, read the way a person reads it.

A title before a copied colleague's name ("Dr. Ilse Wendt") does not hide them; a job title
("Coordinator") is not the act of coordinating; a person listed by name under a line that
introduces the panel is met, the sender too; an optional or observing item is not.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met as interviewers
from classifymail import mail

mail = functools.partial(
    mail, subject="Interview", message_id="<iv3@x.example>", date_="Mon, 16 Nov 2026 09:00:00 +0000"
)


@pytest.mark.parametrize(
    ("cc", "body"),
    [
        (
            "Dr. Ilse Wendt <ilse.wendt@kranich.example>",
            "Sehr geehrte Frau Sam,\n\nhiermit bestätige ich Ihnen das Gespräch am Dienstag, "
            "1.12.2026, 10:30 Uhr.\n\nVon unserer Seite nehmen Frau Dr. Ilse Wendt (Leitung, "
            "in Kopie) und ich teil.\n\nMit freundlichen Grüßen\nKatja Brünner\n",
        ),
        (
            "Prof. Jan Peeters <jan.peeters@scheldeland.example>",
            "Beste Sam,\n\nUw gesprek staat vast op dinsdag 1 december om 10:30 uur.\n\n"
            "Prof. Jan Peeters (in cc) zal u ontvangen samen met mij.\n\nMet vriendelijke "
            "groet,\nEls Maes\n",
        ),
        (
            "Mme Louise Béliveau <louise.beliveau@deuxrives.example>",
            "Bonjour Sam,\n\nVotre entrevue est confirmée le mardi 1er décembre à 10 h 30.\n\n"
            "Vous rencontrerez Louise Béliveau (en copie) et moi-même.\n\nCordialement,\n"
            "Marc Tessier\n",
        ),
    ],
)
def test_a_title_before_a_copied_name_does_not_hide_them(cc: str, body: str) -> None:
    raw = mail(body, frm="Lead <lead@host.example>", headers=f"Cc: {cc}\r\n")
    assert cc.split("<")[1].rstrip(">") in interviewers(raw)


@pytest.mark.parametrize(
    ("frm", "body", "listed"),
    [
        (
            "Lori Husby <lhusby@prairie.example>",
            "Good afternoon Sam,\n\nYou're all set for a panel interview on Tuesday, November "
            "17 at 3:45 p.m. Central.\n\nThe panel will be:\n  - Deb Hal, Principal "
            "(dhal@prairie.example)\n  - Kari Lindqvist, Health Services Coordinator (cc'd "
            "here)\n  - a parent representative\n\nLori\nHR Specialist\n",
            "Kari Lindqvist <klindqvist@prairie.example>",
        ),
        (
            "Sophie Tremblay <sophie.tremblay@deuxrives.example>",
            "Bonjour Sam,\n\nNous avons le plaisir de vous convoquer à une entrevue le jeudi "
            "3 décembre 2026 à 13 h 30.\n\nLe comité de sélection sera composé de :\n"
            " - Mme Sophie Tremblay, conseillère en acquisition de talents\n - M. Étienne "
            "Gagnon, chef de service\n   (etienne.gagnon@deuxrives.example)\n\n"
            "Sophie Tremblay\nConseillère en acquisition de talents\n",
            "Sophie Tremblay <sophie.tremblay@deuxrives.example>",
        ),
        (
            "Jonas Berger <jonas.berger@elbfracht.example>",
            "Hallo Sam,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Donnerstag, 19. "
            "November um 14:00 Uhr.\n\nIhre Gesprächspartner:\n• Maren Ott, Teamleitung\n"
            "• Jonas Berger, Personal\n\nViele Grüße\nJonas Berger\nPersonalreferent\n",
            "Maren Ott <maren.ott@elbfracht.example>",
        ),
    ],
)
def test_a_person_listed_by_name_on_the_panel_is_met(frm: str, body: str, listed: str) -> None:
    cc = "" if listed == frm else f"Cc: {listed}\r\n"
    got = interviewers(mail(body, frm=frm, headers=cc))
    assert listed.split("<")[1].rstrip(">") in got


def test_an_optional_or_observing_panel_item_is_not_met() -> None:
    body = (
        "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm.\n\n"
        "The panel will be:\n- Cathal Ryan, Asset Manager (cathal.ryan@corrib.example)\n"
        "- Niamh Walsh (optional, observer)\n\nThanks,\nMags Doherty\nRecruitment Coordinator\n"
    )
    raw = mail(
        body,
        frm="Mags Doherty <mags.doherty@corrib.example>",
        headers="Cc: Niamh Walsh <niamh.walsh@corrib.example>\r\n",
    )
    got = interviewers(raw)
    assert "niamh.walsh@corrib.example" not in got
    assert "mags.doherty@corrib.example" not in got


def test_a_name_outside_a_panel_list_is_not_met() -> None:
    body = (
        "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm with "
        "Cathal Ryan (cathal.ryan@corrib.example).\n\nWhat to bring:\n- your passport\n"
        "- Niamh Walsh's form, signed\n\nThanks,\nMags Doherty\nRecruitment Coordinator\n"
    )
    raw = mail(
        body,
        frm="Mags Doherty <mags.doherty@corrib.example>",
        headers="Cc: Niamh Walsh <niamh.walsh@corrib.example>\r\n",
    )
    assert interviewers(raw) == {"cathal.ryan@corrib.example"}


def _booking(body: str, reply_to: str) -> bytes:
    return mail(
        body,
        frm="Bookly <notifications@bookly.example>",
        headers=f"Reply-To: {reply_to}\r\n",
        subject="New event: Phone screen",
    )


@pytest.mark.parametrize(
    ("body", "host"),
    [
        (
            "Hi Sam,\n\nA new event has been scheduled.\n\nEvent Type:\n30 Minute Phone Screen"
            "\n\nHost:\nDevon Park\n\nEvent Date/Time:\n12:00pm - 12:30pm (Central Time), "
            "Friday, November 20, 2026\n\nQuestions about this event? Contact Devon at "
            "devon.park@fernhill.example\n",
            "Devon Park <devon.park@fernhill.example>",
        ),
        (
            "Hallo Sam,\n\nIhr Termin ist gebucht: Gespräch mit Ulrike Haas.\n\nWann: Freitag, "
            "20. November 2026, 12:00 - 12:30 Uhr\nWo: Telefon\n",
            "Ulrike Haas <ulrike.haas@nordlicht.example>",
        ),
        (
            "Bonjour Sam,\n\nVous avez rendez-vous avec Martin Lefebvre (hôte).\n\nQuand : "
            "vendredi 20 novembre 2026, 12 h 00 - 12 h 30\nOù : appel téléphonique\n",
            "martin@lefebvre-conseil.example",
        ),
    ],
)
def test_a_booking_robots_reply_to_host_is_met(body: str, host: str) -> None:
    address = host.split("<")[-1].rstrip(">")
    name = "" if "<" in host else "Martin Lefebvre "
    raw = _booking(body, f"{name}<{address}>" if name else host)
    assert interviewers(raw) == {address}


def test_a_booking_robots_reply_to_only_given_as_contact_is_not_met() -> None:
    body = (
        "Hi Sam,\n\nYour phone screen is booked for Friday, November 20, 2026 at 12:00pm "
        "Central Time.\n\nQuestions? Contact Jane Roe at jane.roe@fernhill.example\n"
    )
    raw = _booking(body, "Jane Roe <jane.roe@fernhill.example>")
    assert "jane.roe@fernhill.example" not in interviewers(raw)


@pytest.mark.parametrize(
    ("frm", "body"),
    [
        (
            "Shane Pollard <shane.pollard@karri.example>",
            "G'day Sam,\n\nLocking in Wednesday 2 December at 5pm Perth time for our chat. "
            "Leanne Cho (leanne.cho@karri.example) from the Kalgoorlie site will jump on too."
            "\n\nShane\n",
        ),
        (
            "Jürgen Kessler <j.kessler@kessler.example>",
            "Hallo Sam,\n\nDonnerstag, 19. November um 14:30 Uhr passt, so machen wir es. "
            "Frau Aydin (m.aydin@kessler.example) aus dem EMV-Labor wird ebenfalls "
            "teilnehmen.\n\nGruß\nJürgen Kessler\nGeschäftsführer\n",
        ),
        (
            "Rodrigo Garza <rgarza@aceros.example>",
            "Estimada Sam:\n\nTe confirmo la visita el martes 24 de noviembre de 2026 a las "
            "10:00 am. Nos acompañará Patricia Elizondo, directora de Operaciones "
            "(pelizondo@aceros.example).\n\nUn saludo,\nRodrigo Garza\nDirector General\n",
        ),
        (
            "Paola Rincón <princon@sabana.example>",
            "Buenas tardes Sam,\n\nLe envío la citación para la entrevista el martes 24 de "
            "noviembre de 2026 a las 10:00 a.m. La realizaremos por Teams junto con Julián "
            "Ospina (jospina@sabana.example), Jefe de Contabilidad.\n\nCordialmente,\n"
            "Paola Rincón\nAnalista de Selección\n",
        ),
    ],
)
def test_the_sender_who_says_another_comes_along_is_met_too(frm: str, body: str) -> None:
    sender = frm.split("<")[1].rstrip(">")
    assert sender in interviewers(mail(body, frm=frm))


def test_a_recruiter_who_says_a_second_interviewer_joins_as_well_is_not_met() -> None:
    body = (
        "Hi Sam,\n\nYour interview with Tom Hale (tom.hale@corrib.example) is confirmed for "
        "Thursday 19 November at 2pm. Anna Kerr (anna.kerr@corrib.example) will join as well."
        "\n\nThanks,\nMags Doherty\nTalent Acquisition Partner\n"
    )
    got = interviewers(mail(body, frm="Mags Doherty <mags.doherty@corrib.example>"))
    assert got == {"tom.hale@corrib.example", "anna.kerr@corrib.example"}


def test_optional_said_of_something_else_leaves_the_person_met() -> None:
    body = (
        "Hi Sam,\n\nWe've booked your walkthrough for Tuesday 1 December, 1:00-2:00pm CT. "
        "You'll present and then dig in with Priyanka Menon (priyanka.menon@grist.example), "
        "our Group PM. Slides are optional.\n\nBrooke Hal\nRecruiting Lead\n"
    )
    got = interviewers(mail(body, frm="Brooke Hal <brooke@grist.example>"))
    assert got == {"priyanka.menon@grist.example"}
