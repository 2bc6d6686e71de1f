"""A "job" that asks the candidate for money is a fee scam, not an offer or a
reply (:mod:`afterview.understand.nonjob.feedemand`); a real offer that mentions refunds or
payroll stays."""

from __future__ import annotations

from functools import partial

import pytest

from classifymail import mail as _mail
from classifymail import rules_kind

mail = partial(_mail, subject="Job offer", frm="HR Team <hr.desk.jobs@gmail.com>")


@pytest.mark.parametrize(
    "body",
    [
        "Dear Applicant,\n\nWe are pleased to offer you the position of Data Entry Clerk "
        "(remote). To activate your contract you need to pay a training deposit of USD 150, "
        "which is fully refundable after your first month.\n\nHR",
        "Congratulations! You have been selected as Warehouse Assistant. Kindly make payment "
        "of the registration charge within 24 hours through the payment link below, and send "
        "the receipt.\n\nRecruitment Desk",
        "Sehr geehrte Bewerberin,\n\nwir freuen uns, Ihnen die Stelle als Sachbearbeiterin "
        "anzubieten. Für die Einrichtung Ihres Arbeitsplatzes müssen Sie vorab 200 EUR "
        "überweisen; der Betrag wird mit dem ersten Gehalt rückerstattet.\n\nPersonal",
        "Estimado candidato:\n\nHa sido seleccionado para el puesto de asistente "
        "administrativo. Para formalizar el contrato debe pagar 90 euros en tarjetas regalo, "
        "sin entrevista previa.\n\nRRHH",
    ],
)
def test_an_offer_that_asks_for_money_is_a_scam(body: str) -> None:
    assert rules_kind(mail(body)) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        # the employer pays back: relocation costs, a visa
        "Dear Sam,\n\nWe are delighted to offer you the position of Site Engineer. Your "
        "relocation costs and visa fees will be refunded with your first salary. Please sign "
        "within 48 hours if you can.\n\nKind regards\nHR",
        # bank details for payroll are no fee
        "Hi Sam,\n\nWe're thrilled to offer you the Product Designer role! Please send your "
        "bank details for payroll and sign the contract within 48 hours.\n\nBest, Ana",
    ],
)
def test_a_real_offer_that_speaks_of_money_stays_an_offer(body: str) -> None:
    assert rules_kind(mail(body, frm="Ana Ruiz <ana.ruiz@brightwell.example>")) == "offer"
