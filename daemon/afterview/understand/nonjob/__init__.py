"""Contexts where a job's words are not about the reader's own job search.

A podcast's interview, a dentist's appointment, a loan's offer, a member's office, a fee
demanded, the reader on the hiring side, other people's news: ``contexts`` holds the named
phrase lists (families in ``applied`` and ``talk``), the other modules one context each.
The screening in :mod:`afterview.understand.kinds.screening` weighs them.
"""
