"""HTML mail bodies to readable plain text, with the standard library's ``html.parser``.

Why not a regex strip: the classifier reads the result the way a person reads the rendered
mail, so block structure matters (a ``<p>`` or ``<br>`` is a line break, a ``<dt>``/``<dd>``
pair is ``Label: value``, a list item is a ``- `` line), quoted history inside
``<blockquote>`` must stay recognisable as quoted (its lines get ``> ``), and the invisible
parts (``<script>``, ``<style>``, ``display:none`` preheaders, tracking pixels) must vanish.
Links keep their target as ``text (url)`` unless the text already is the URL.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

MAX_HTML_CHARS = 2_000_000
MAX_TEXT_CHARS = 500_000

_BLOCK = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "nav",
        "form",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "dl",
        "center",
        "address",
        "figure",
        "figcaption",
        "fieldset",
        "title",
    ]
)
_VOID = frozenset(
    [
        "br",
        "hr",
        "img",
        "meta",
        "link",
        "input",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "track",
        "wbr",
    ]
)
_INVISIBLE = frozenset(("script", "style", "head", "template", "noscript", "svg", "xml"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0")
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u200b\u200c\u200d\ufeff]+")


class _Renderer(HTMLParser):
    """Collects text while tracking blockquote depth and hidden subtrees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.quote_depth = 0
        self.pre_depth = 0
        self.hidden: list[str] = []  # tags whose subtree is invisible, innermost last
        self.links: list[tuple[str, int]] = []  # (href, index into current when opened)
        self.size = 0
        self.full = False

    # --- helpers --------------------------------------------------------------------------

    def _break(self) -> None:
        line = "".join(self.current).strip()
        self.current = []
        if line:
            self.lines.append("> " * self.quote_depth + line)

    def _paragraph(self) -> None:
        self._break()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def _add(self, text: str) -> None:
        if self.full or not text:
            return
        self.size += len(text)
        if self.size > MAX_TEXT_CHARS:
            self.full = True
            return
        self.current.append(text)

    # --- parser callbacks ----------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hidden:
            if tag not in _VOID:
                self.hidden.append(tag)
            return
        style = next((v or "" for k, v in attrs if k == "style"), "")
        if tag in _INVISIBLE or (tag not in _VOID and _HIDDEN_STYLE.search(style.lower())):
            self.hidden.append(tag)
            return
        if tag == "br":
            if not "".join(self.current).strip() and self.lines and self.lines[-1]:
                self.lines.append("")  # <br><br>: a blank line
            self._break()
        elif tag in ("p", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table", "hr"):
            self._paragraph()
            if tag == "blockquote":
                self.quote_depth += 1
        elif tag == "li":
            self._break()
            self._add("- ")
        elif tag == "dt":
            self._break()
        elif tag in ("td", "th"):
            if self.current and "".join(self.current).strip():
                self._add(" | ")
        elif tag == "pre":
            self._break()
            self.pre_depth += 1
        elif tag == "a":
            href = next((v or "" for k, v in attrs if k == "href"), "")
            self.links.append((href.strip(), len(self.current)))
        elif tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            if tag in self.hidden:
                # close the innermost matching tag (and anything left unclosed inside it)
                while self.hidden and self.hidden.pop() != tag:
                    pass
            return
        if tag == "blockquote":
            self._paragraph()
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "table"):
            self._paragraph()
        elif tag == "dt":
            text = "".join(self.current).rstrip()
            self.current = [text, ": "] if text and not text.endswith(":") else [text, " "]
        elif tag in ("dd", "li", "tr", "pre"):
            self._break()
            if tag == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            self._close_link(href, start)
        elif tag in _BLOCK:
            self._break()

    def _close_link(self, href: str, start: int) -> None:
        text = "".join(self.current[start:]).strip()
        target = href[7:] if href.lower().startswith("mailto:") else href
        target = target.split("?", 1)[0] if href.lower().startswith("mailto:") else target
        if not target or target.startswith(("#", "javascript:", "cid:")):
            return
        if not text:
            return
        plain = text.rstrip("/").lower()
        if plain.startswith(("http://", "https://", "www.")) or "@" in plain:
            return  # the visible text already says where it goes
        looks_like_address = " " not in plain and "." in plain
        if (looks_like_address and plain in target.lower()) or target.lower().rstrip("/") in plain:
            return
        if target.lower().startswith(("http://", "https://", "www.")) or "@" in target:
            self._add(f" ({target})")

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.pre_depth:
            parts = data.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._break()
                self._add(part)
            return
        text = _SPACES.sub(" ", data)
        if text == " " and (not self.current or self.current[-1].endswith(" ")):
            return
        if self.current and "".join(self.current[-1:]).endswith(" "):
            text = text.lstrip(" ")
        self._add(text)


def html_to_text(html: str) -> str:
    """Render an HTML body as readable text; never raises on malformed markup."""
    renderer = _Renderer()
    try:
        renderer.feed(html[:MAX_HTML_CHARS])
        renderer.close()
    except Exception:  # html.parser is lenient, but a pathological input must not escape
        pass
    renderer._break()
    while renderer.lines and renderer.lines[-1] == "":
        renderer.lines.pop()
    return "\n".join(renderer.lines)
