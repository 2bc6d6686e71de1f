"""One address pattern (robots.EMAIL_ADDRESS) for every reader of addresses in text: the
display-name check, the agency's reading of quoted history and the people named in text find
the same address, whole, where it starts."""

from __future__ import annotations

import pytest

from afterview.understand.kinds.suspicious import sender_suspicion
from afterview.understand.people.named import people_in_text


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Careers (HR@Other-Site.EXAMPLE)", "other-site.example"),
        ("Jane via jane.doe+jobs@mailer.example", "mailer.example"),
    ],
)
def test_a_display_name_that_shows_another_sites_address_names_that_site(
    name: str, shown: str
) -> None:
    reason = sender_suspicion(name, "jane@acme.example")
    assert reason is not None and f"address at {shown}," in reason


def test_a_display_name_that_shows_the_senders_own_address_is_no_impostor() -> None:
    assert sender_suspicion("Jane (Jane@Acme.example)", "jane@acme.example") is None


def test_an_address_in_text_is_read_whole_from_where_it_starts() -> None:
    people = people_in_text("You'll meet Ana Ruiz (ana.ruiz@lumen.example) on Monday.")
    assert [p.email for p in people] == ["ana.ruiz@lumen.example"]
