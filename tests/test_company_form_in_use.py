"""classify(): the employer is named as its own mail names it, not by a longer form once.

A mail that calls its firm "Aldgate Mutual" again and again and "Aldgate Mutual Assurance
Society" once (a registered name in the signature, a letterhead) names the employer "Aldgate
Mutual"; one that writes the full name as often as the short one keeps it ("Kilnsey Energy
Services"). One-word forms are not taken this way (a surname is one as often); "Greengage"
comes out short by another reading, pinned here too.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<fu@x.example>")


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Greengage Careers <careers@greengage.example>",
            "Your application for Pricing Analyst",
            "Hi Sam,\n\nThank you for applying to Greengage. After careful review we have "
            "decided not to move forward. Everyone at Greengage wishes you well.\n\n"
            "Greengage People Team\nGreengage Grocers Ltd, 4 Mill Lane, Leeds\n",
            "Greengage",
        ),
        (
            "Jana Weber <jana.weber@brandt-soehne.example>",
            "Ihre Bewerbung bei Brandt & Söhne",
            "Hallo Sam,\n\nvielen Dank für Ihr Interesse an Brandt & Söhne. Leider haben wir "
            "uns für eine andere Bewerberin entschieden. Brandt & Söhne wünscht Ihnen alles "
            "Gute.\n\nJana Weber\nBrandt & Söhne Maschinenbau GmbH\n",
            "Brandt & Söhne",
        ),
        (
            "Eva de Jong <eva@devaart.example>",
            "Je sollicitatie bij De Vaart",
            "Hoi Sam,\n\nBedankt voor je sollicitatie bij De Vaart. Helaas hebben we voor een "
            "andere kandidaat gekozen. Iedereen bij De Vaart wenst je succes.\n\nEva de Jong\n"
            "De Vaart Verzekeringen N.V.\n",
            "De Vaart",
        ),
        (
            "Inés Ruiz <ines@grupoalmendro.example>",
            "Tu candidatura en Grupo Almendro",
            "Hola Sam,\n\nGracias por tu interés en Grupo Almendro. Lamentablemente hemos "
            "decidido seguir con otras candidaturas. Todo el equipo de Grupo Almendro te "
            "desea suerte.\n\nInés Ruiz\nGrupo Almendro Hoteles S.L.\n",
            "Grupo Almendro",
        ),
        (
            "Luc Morel <luc@delorme-aubriac.example>",
            "Votre candidature chez Delorme Aubriac",
            "Bonjour Sam,\n\nMerci de votre intérêt pour Delorme Aubriac. Nous avons "
            "malheureusement retenu un autre profil. Toute l'équipe de Delorme Aubriac vous "
            "souhaite bonne chance.\n\nLuc Morel\nDelorme Aubriac Conseil SAS\n",
            "Delorme Aubriac",
        ),
        (
            "Workday on behalf of Aldgate Mutual <aldgatemutual@myworkday.com>",
            "Update on your application - Operations Analyst",
            "Dear Sam,\n\nThank you for your interest in the Operations Analyst position at "
            "Aldgate Mutual. After careful review, we have decided not to progress your "
            "application.\n\nKind regards,\nAldgate Mutual Talent Acquisition\n\nAldgate "
            "Mutual Assurance Society Limited is authorised by the Prudential Regulation "
            "Authority.\n",
            "Aldgate Mutual",
        ),
        # near misses: the full name written almost as often as the short one stays whole
        (
            "Owen Hart <owen@kilnseyenergy.example>",
            "Interview at Kilnsey Energy Services",
            "Hi Sam,\n\nThanks for your time today. Kilnsey Energy Services will be in touch "
            "by Friday.\n\nOwen Hart\nKilnsey Energy Services\n",
            "Kilnsey Energy Services",
        ),
        # one word used more often is no shorter name: the writer's surname, or a name its
        # trade completes
        (
            "Lukas Hoffmann <lukas@hoffmann-soehne.example>",
            "Ihre Bewerbung",
            "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Leider haben wir uns anders "
            "entschieden.\n\nLukas Hoffmann\nHoffmann & Söhne KG\n",
            "Hoffmann & Söhne",
        ),
    ],
)
def test_the_form_the_mail_uses(frm, subject, body, want):
    assert company(mail(body, frm=frm, subject=subject)) == want
