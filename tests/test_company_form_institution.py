"""classify(): a hiring portal's form names the employer in an "Institution" field.

Academic and public-sector portals fill a field with the hiring body rather than a
"Company" or "Employer" one ("Institution: ...", "Institución: ...", "Einrichtung: ...",
"Établissement : ..."); the portal writing as itself is never the employer.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<fi@x.example>")


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Facultyfile <no-reply@facultyfile.example>",
            "Facultyfile\n\nYour application has been submitted.\n\n"
            "  Institution:   Marrowdale College of Art\n  Position:      Lecturer in Print\n\n"
            "The hiring committee will contact you directly.\n\n--\nFacultyfile, Inc.\n",
            "Marrowdale College of Art",
        ),
        (
            "Portal Académico <avisos@portalacademico.example>",
            "Hola Sam:\n\nHemos recibido tu postulación.\n\n"
            "Institución: Universidad de Valdemora\nPlaza: Profesor ayudante doctor\n\n"
            "La institución se pondrá en contacto contigo.\n",
            "Universidad de Valdemora",
        ),
        (
            "Stellenportal Wissenschaft <noreply@stellen-wiss.example>",
            "Guten Tag,\n\nIhre Bewerbung wurde übermittelt.\n\n"
            "Einrichtung: Hochschule Brenntal\nStelle: Wissenschaftliche Mitarbeiterin\n\n"
            "Die Einrichtung meldet sich direkt bei Ihnen.\n",
            "Hochschule Brenntal",
        ),
        (
            "Candidatures Sup <ne-pas-repondre@candsup.example>",
            "Bonjour,\n\nNous accusons réception de votre candidature au poste ci-dessous.\n\n"
            "Établissement : Université de Roncelles\nPoste : Maître de conférences\n\n"
            "Le comité de sélection vous contactera.\n",
            "Université de Roncelles",
        ),
    ],
)
def test_the_institution_field_names_the_employer(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Application submitted")) == want
