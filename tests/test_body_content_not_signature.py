"""Reading a body: the content of a mail that looks like a sign-off stays new text. An HTML
table's rows ("Role | Data Analyst") straight after the greeting or after a line that
introduces them ("Here is the timeline:"), and a short line holding a date ("Decision
expected Fri 4 Dec."), are what the mail says; a real sign-off after them is still one."""

from __future__ import annotations

import pytest

from afterview.understand.body.html import html_to_text
from afterview.understand.body.text import split_body

_ROWS = (
    "<table><tr><td>Role</td><td>Data Analyst</td></tr>"
    "<tr><td>Location</td><td>Berlin office, 3rd floor</td></tr></table>"
)


@pytest.mark.parametrize(
    "html",
    [
        f"<p>Hi Sam,</p>{_ROWS}",
        f"<p>Hi Sam,</p>{_ROWS}<p>Anna Berg<br>Northwind</p>",
        f"<p>Hi Sam,</p><p>Here are the details:</p>{_ROWS}<p>Anna</p>",
    ],
    ids=["after-greeting", "after-greeting-then-signed", "introduced"],
)
def test_table_rows_stay_new_text(html: str) -> None:
    body = split_body(html_to_text(html))
    assert "Role | Data Analyst" in body.new
    assert "Role" not in body.signature


def test_a_real_signature_after_the_table_is_still_one() -> None:
    body = split_body(html_to_text(f"<p>Hi Sam,</p>{_ROWS}<p>Anna Berg<br>Northwind</p>"))
    assert body.signature == "Anna Berg\nNorthwind"


@pytest.mark.parametrize(
    "line", ["Decision expected Fri 4 Dec.", "Panel Interview 26 November", "Start Dec. 4"]
)
def test_a_short_line_with_a_date_is_no_signature(line: str) -> None:
    body = split_body(f"Hi Sam,\n\n{line}\n\nJane")
    assert line in body.new


def test_a_signature_with_pipes_is_still_one() -> None:
    body = split_body("Hi Sam,\n\nThanks for your time today.\n\nJane Doe | Recruiter | Northwind")
    assert body.signature == "Jane Doe | Recruiter | Northwind"
