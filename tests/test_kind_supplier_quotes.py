"""Kind rules: a supplier's quote with a reference number is unrelated; a job offer with a
reference number stays an offer.
"""

from __future__ import annotations

import pytest

from classifymail import noor_kind as kind_of
from classifymail import noor_mail as mail

SUPPLIER_QUOTES = [
    "Hi Noor,\n\nFurther to your enquiry, our offer for the two A3 colour printers "
    "(quotation 20931) stands until 15 December, including delivery and setup.\n\nBest "
    "regards,\nGemma Shaw\nSales Executive, PrintPoint",
    "Hallo Frau Haddad,\n\nanbei unser Angebot Nr. 88412 für die Lieferung der Regale. Das "
    "Angebot ist bis zum 10.12. gültig, die Montage könnten wir in KW 50 einplanen.\n\n"
    "Mit freundlichen Grüßen\nJens Vogt\nVertrieb, Regalwerk GmbH",
    "Hola Noor:\n\nTe adjunto el presupuesto 5521 para la reforma de la cocina. Nuestra "
    "oferta se mantiene hasta el 30 de noviembre.\n\nUn saludo,\nRaúl Pastor\nReformas Pastor",
]


@pytest.mark.parametrize("body", SUPPLIER_QUOTES, ids=["en", "de", "es"])
def test_a_suppliers_quote_is_unrelated(body: str) -> None:
    raw = mail(body, subject="Re: your enquiry", sender="Sales <sales@supplier.example>")
    assert kind_of(raw) == "unrelated"


def test_a_job_offer_with_a_reference_number_stays_an_offer() -> None:
    body = (
        "Dear Noor,\n\nI am delighted to offer you the position of Laboratory Technician "
        "(job reference 20931) at Lindqvist Labs, starting on 4 January 2027 at a salary of "
        "EUR 41,000. Please find the contract attached.\n\nKind regards,\nPriya Anand\n"
        "Head of People, Lindqvist Labs"
    )
    assert kind_of(mail(body, subject="Offer of employment - Laboratory Technician")) == "offer"
