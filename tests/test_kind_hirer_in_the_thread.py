"""A founder, a shop owner or a tradesman answering from free mail or a phone is the hirer when
the thread is about the job: a reply whose subject names the application or the post, or whose
quote is the candidate writing about it, that fixes a time ("passt, dann sehen wir uns am
Freitag um 14 Uhr", "on se retrouve donc le mardi 10 novembre à 15h", "te espero el miércoles
11 a las 17:00", "dan zie ik je donderdag om 10.00 uur") over the candidate's days offered, or
that turns them down in the firm's voice, is a booked interview or a rejection. A friend in a
thread about the reader's search (their application told, an interview asked after, a meeting
to go over the CV) stays a friend, and so do a landlord's and a volunteer rota's refusals."""

from __future__ import annotations

import pytest

from classifymail import ME, mail, rules_kind


def _quoted(who: str, when: str, text: str) -> str:
    lines = "\n".join(f"> {line}" for line in text.split("\n"))
    return f"\n\nOn {when}, {who} <{ME}> wrote:\n{lines}"


def _reply(subject: str, body: str, quoted: str, frm: str) -> bytes:
    return mail(body + _quoted("Sam", "Mon 9 Nov 2026", quoted), subject=subject, frm=frm)


@pytest.mark.parametrize(
    ("subject", "body", "quoted", "frm"),
    [
        (
            "Re: Assistant baker - Crumbs & Co",
            "Hi Sam,\n\nGreat, Thursday works for us. Come by the shop at 7:30am on Thursday 12 "
            "November and we'll have a chat. Ask for me at the counter.\n\nCheers,\nDonna",
            "Hi Donna,\nThanks for getting back to me about the assistant baker job. I'm free "
            "Wednesday or Thursday morning.\nSam",
            "Donna Pike <donnapike64@gmail.com>",
        ),
        (
            "AW: Bewerbung als Tischler",
            "Hallo Sam,\n\npasst, dann sehen wir uns am Freitag, 13. November um 14 Uhr in der "
            "Werkstatt. Bring gern ein paar Fotos von deinen Arbeiten mit.\n\nGruß\nKlaus\n\n"
            "Von meinem iPhone gesendet",
            "Hallo Herr Berger,\nvielen Dank für Ihre Antwort. Ich könnte Donnerstag oder Freitag "
            "nachmittags.\nSam",
            "Klaus Berger <k.berger.tischlerei@web.de>",
        ),
        (
            "Re: Candidature serveur",
            "Bonjour Sam,\n\nParfait pour mardi ! On se retrouve donc le mardi 10 novembre à 15h "
            "au restaurant, après le service du midi.\n\nÀ mardi,\nKarim",
            "Bonjour,\nMerci pour votre retour. Je suis disponible mardi ou mercredi après-midi.\n"
            "Sam",
            "Karim Haddad <karim.lepetitzinc@orange.fr>",
        ),
        (
            "Re: Dependienta - Librería Alba",
            "Hola Sam:\n\n¡Genial! Entonces te espero el miércoles 11 a las 17:00 en la librería "
            "para conocernos y charlar un rato.\n\nUn abrazo,\nPilar",
            "Hola Pilar,\nGracias por responder a mi candidatura. Podría el miércoles o el jueves "
            "por la tarde.\nSam",
            "Pilar Alba <pilar.alba.libros@hotmail.es>",
        ),
        (
            "Re: Sollicitatie medewerker fietsenwinkel",
            "Hoi Sam,\n\nPrima, dan zie ik je donderdag 12 november om 10.00 uur in de winkel. "
            "Vraag maar naar mij.\n\nGroet,\nJeroen",
            "Hoi Jeroen,\nDank voor je reactie op mijn sollicitatie. Ik kan woensdag of donderdag "
            "ochtend.\nSam",
            "Jeroen Smit <jeroen.despaak@gmail.com>",
        ),
    ],
)
def test_an_owner_fixing_a_time_in_the_thread_books_the_interview(
    subject: str, body: str, quoted: str, frm: str
) -> None:
    assert rules_kind(_reply(subject, body, quoted, frm)) == "interview_scheduled"


@pytest.mark.parametrize(
    ("subject", "body", "frm"),
    [
        (
            "Re: Postulación community manager",
            "Hola Sam,\n\nTe escribo para contarte que al final no vamos a poder avanzar con vos "
            "en el proceso: el cliente recortó el presupuesto.\n\nMil gracias por tu tiempo,\nCaro",
            "Carolina Ruiz <caro.ruiz.agencia@gmail.com>",
        ),
        (
            "AW: Bewerbung Bürokraft",
            "Hallo Sam,\n\ndanke nochmal für das nette Gespräch letzte Woche. Wir haben uns jetzt "
            "leider für jemanden entschieden, der schon Erfahrung mit DATEV hat.\n\nAlles Gute!\n"
            "Birgit",
            "Birgit Lehmann <birgit.lehmann@t-online.de>",
        ),
        (
            "Re: take-home",
            "Hey Sam,\n\nstraight answer: we decided to go with someone who has run payments at "
            "a bank before. Sorry it's not better news.\n\nNat"
            + _quoted(
                "Sam",
                "Wed 4 Nov 2026",
                "Hi Nat, here's my take-home for the Backend Engineer position.",
            ),
            "Nat Okafor <nat.okafor@protonmail.com>",
        ),
    ],
)
def test_an_owner_turning_the_reader_down_in_the_thread(subject: str, body: str, frm: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == "rejection"


@pytest.mark.parametrize(
    ("subject", "body", "quoted", "frm"),
    [
        (
            "Re: barista job at Bean",
            "Thursday works for us! See you at Rosie's at 12 on Thursday 12 November then.\n\n"
            "xx Meg",
            "Hi Meg,\nI've just applied for the barista job at Bean, wish me luck! Free for lunch "
            "Wed or Thu?\nSam",
            "Meg <meg.h.1990@gmail.com>",
        ),
        (
            "Re: Dinner",
            "Sure, Friday at 7 then! See you at ours.\n\nTom",
            "Hi Tom,\nMy interview at Halden for the ops role is on Thursday - can we move dinner "
            "to Friday? I'm free Friday evening.\nSam",
            "Tom <tom.b.1988@gmail.com>",
        ),
        (
            "Re: Bewerbung",
            "Hey Sam,\n\nklar, dann sehen wir uns am Samstag um 10 Uhr im Café und gehen deine "
            "Bewerbung zusammen durch.\n\nLG Jana",
            "Hi Jana,\nich habe mich bei der Sparkasse beworben, kannst du mal drüberschauen? Ich "
            "hätte Samstag Zeit.\nSam",
            "Jana <jana.k@gmx.de>",
        ),
        (
            "Re: entretien",
            "Coucou Sam,\n\nTop ! On se retrouve donc samedi à 11h au café pour préparer ton "
            "entretien.\n\nBises,\nLéa",
            "Salut Léa,\nJ'ai postulé chez Decathlon et j'ai un entretien jeudi. Je suis "
            "disponible samedi pour qu'on le prépare ?\nSam",
            "Léa <lea.m@laposte.net>",
        ),
        (
            "Re: trabajo en la librería",
            "¡Qué bien! Te espero el sábado a las 11 en casa y lo preparamos juntas.\n\nMarta",
            "Hola Marta,\nHe enviado mi candidatura para el trabajo en la librería Alba. "
            "¿Me ayudas a preparar la entrevista? Podría el sábado.\nSam",
            "Marta <marta.g.84@gmail.com>",
        ),
        (
            "Re: sollicitatie",
            "Hoi Sam,\n\nPrima, dan zie ik je zaterdag om 10.00 uur bij mij thuis, dan oefenen we "
            "je gesprek.\n\nGroetjes,\nIris",
            "Hoi Iris,\nIk heb gesolliciteerd bij de fietsenwinkel en heb donderdag een gesprek. "
            "Ik kan zaterdag om te oefenen.\nSam",
            "Iris <iris.vd@ziggo.nl>",
        ),
        (
            "Re: Room in Elm Street",
            "Hi Sam,\n\nThanks for coming to see the room. We've decided to go with someone who "
            "can move in this week, sorry!\n\nAnna",
            "Hi Anna,\nThanks for showing me the room yesterday. I'm still very interested.\nSam",
            "Anna <anna.lets.rooms@gmail.com>",
        ),
        (
            "Re: Volunteering at the shelter",
            "Hi Sam,\n\nThanks so much for offering to help. We've decided to go with someone who "
            "can do weekday mornings, but we'd love you at the Christmas fair!\n\nJo",
            "Hi Jo,\nI'd love to volunteer at the shelter on weekends.\nSam",
            "Jo <jo.shelter.vol@gmail.com>",
        ),
    ],
)
def test_a_friend_or_a_landlord_in_the_thread_is_no_hirer(
    subject: str, body: str, quoted: str, frm: str
) -> None:
    assert rules_kind(_reply(subject, body, quoted, frm)) == "unrelated"
