"""Company: what a team, lab or desk written beside the employer leaves of it.

Worded afresh in English, German, French, Spanish and Dutch, with the names that must stay
whole: a desk's word glued after a single word may be the name's own ("Fair Employment"),
dropped only where the mail writes that word alone.
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.names import normalise_company
from classifymail import company as company_of
from classifymail import mail

mail = functools.partial(mail, message_id="<r5@x.example>", subject="Your application")


def company(body: str, frm: str, subject: str = "Your application") -> str | None:
    return company_of(mail(body, frm=frm, subject=subject))


@pytest.mark.parametrize(
    ("display", "want"),
    [
        ("Fair Employment", "Fair Employment"),
        ("Orano Carrières", "Orano Carrières"),  # the mail decides (below)
        ("Orano - Carrières", "Orano"),  # set off by a dash: a desk's label
        ("Stadtwerke Personaldienst", "Stadtwerke Personaldienst"),
        ("Harlow State University Employment", "Harlow State University"),
    ],
)
def test_a_glued_desk_after_one_word_stays_until_the_mail_says_otherwise(
    display: str, want: str
) -> None:
    assert normalise_company(display) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Fair Employment <hiring@fairemployment.example>",
            "Dear Sam,\n\nThank you for applying to Fair Employment for the Caseworker post. "
            "We will review your application within two weeks.\n\nFair Employment\n",
            "Fair Employment",
        ),
        (
            "Orano Carrières <noreply@orano-jobs.example>",
            "Bonjour Sam,\n\nNous avons bien reçu votre candidature chez Orano pour le poste "
            "de technicienne. Nous reviendrons vers vous prochainement.\n\nL'équipe Orano\n",
            "Orano",
        ),
        (
            "Bergwerk Personaldienst <bewerbung@bergwerk-jobs.example>",
            "Guten Tag Sam,\n\nvielen Dank für Ihre Bewerbung bei Bergwerk. Wir melden uns in "
            "den nächsten Wochen.\n\nIhr Team von Bergwerk\n",
            "Bergwerk",
        ),
    ],
)
def test_the_single_word_stands_alone_only_where_the_mail_writes_it(
    frm: str, body: str, want: str
) -> None:
    assert company(body, frm) == want


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Workpath <applications@workpath.example>",
            "Your application",
            "Workpath\n\nYour application was sent to Hollander Plumbing Supply\n\nCounter "
            "Assistant\nHollander Plumbing Supply - Leeds\n\nThe employer will review it.\n",
            "Hollander Plumbing Supply",
        ),
        (
            "Emploi Direct <hello@emploidirect-mail.example>",
            "Candidature envoyée à Pharmacie Vauban",
            "Ta candidature a bien été envoyée !\n\nPréparateur·rice en pharmacie\n"
            "Pharmacie Vauban · Lyon · CDI\n\nBon courage !\n",
            "Pharmacie Vauban",
        ),
        (
            "Stellenwerk <noreply@stellenwerk.example>",
            "Neue Nachricht",
            "Stellenwerk\n\nSie haben eine neue Nachricht von\n\nAutohaus Brenner\n\nzu Ihrer "
            "Bewerbung als Kfz-Mechatroniker:\n\nGuten Tag Sam, vielen Dank für Ihre Bewerbung. "
            "Hätten Sie am Donnerstag Zeit für ein Vorstellungsgespräch?\n",
            "Autohaus Brenner",
        ),
        (
            "Empleate <avisos@empleate.example>",
            "Solicitud enviada: Camarera de pisos en Hoteles Marsol",
            "Hola Sam,\n\nTu solicitud ha sido enviada a la empresa.\n\nCamarera de pisos\n"
            "Hoteles Marsol - Cádiz\n\nLa empresa revisará tu candidatura.\n",
            "Hoteles Marsol",
        ),
        (
            # the employer's own mail that says where the application went stays its own
            "Brantwood Foods <jobs@brantwoodfoods.example>",
            "Your application",
            "Dear Sam,\n\nThank you for applying to Brantwood Foods. Your application has been "
            "sent to our hiring manager, who will be in touch.\n\nKind regards,\n"
            "The Brantwood Foods hiring team\n",
            "Brantwood Foods",
        ),
    ],
)
def test_a_job_board_names_the_employer_it_sent_the_application_to(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(body, frm, subject) == want
