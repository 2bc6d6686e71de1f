"""classify(): a job board or placement portal writing as itself names the employer by its
registered name ("Kaveri Motors Pvt. Ltd.", "Panificadora Los Álamos S.R.L."): that firm,
not the service (whose own footer carries a legal form too), is the employer.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<srf@x.example>")


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "CareerBridge <notifications@careerbridge.example>",
            "[CareerBridge] Interview slot allotted",
            "Dear Sam,\n\nThis is to inform you that the HR Interview of Kaveri Motors Pvt. "
            "Ltd. for the profile of Graduate Engineer Trainee has been scheduled on "
            "18/11/2026 at 11:00 AM (IST).\n\nAll the best!\nPlacement Cell\n\n"
            "© 2026 CareerBridge Technologies Pvt. Ltd.\n",
            "Kaveri Motors",
        ),
        (
            "EmpleoTotal <avisos@empleototal.example>",
            "¡Postulación enviada! Auxiliar Administrativo",
            "Hola Sam, tu CV ya está en manos de la empresa.\n\nAuxiliar Administrativo\n"
            "Panificadora Los Álamos S.R.L. · Córdoba · Presencial\n\n"
            "Te vamos a avisar cuando la empresa lea tu CV.\n\nEmpleoTotal S.A. · "
            "Este es un mensaje automático.\n",
            "Panificadora Los Álamos",
        ),
        (
            "Jobwelt <noreply@jobwelt.example>",
            "Ihre Bewerbung als Servicetechniker (m/w/d)",
            "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung! Ihre Bewerbung als "
            "Servicetechniker (m/w/d) wurde erfolgreich an die Brunnhuber Haustechnik GmbH "
            "übermittelt. Das Unternehmen meldet sich direkt bei Ihnen.\n\n"
            "Ihr Jobwelt-Team\nJobwelt Online GmbH, München\n",
            "Brunnhuber Haustechnik",
        ),
    ],
)
def test_a_services_mail_names_the_registered_employer(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want
