"""Cheap gates before expensive regexes: can this pattern match this text at all?

Most mail holds none of the words of most phrase patterns, so a literal check settles most
searches without running the regex. ``patternparts`` reads a pattern's syntax tree and
``patternleads`` the words a match must start with; ``leads`` gates texts by those words, and
``anchors`` derives the words a match must contain;
``anchorindex``, ``lowergate`` and ``firstletter`` index texts and word lists for those checks.

Terminology: a *gate* answers "may match" (never "matches"); a false "may" only costs time.
"""
