"""The phrase lists, in English, German, French, Spanish and Dutch.

Each module holds compiled patterns for one family of things said: ``lexicon`` (the kinds'
core phrases, and ``hits``, which searches them sentence by sentence), ``cues`` (the context
around them and the stop words that tell the language), ``refusalguards`` (refusal words that
refuse nothing), ``meetings``, ``offering``, ``welcome``, ``rejecting``, ``passedover``,
``cancelling``, ``requesting``. What the lists find is weighed in
:mod:`afterview.understand.kinds`.
"""
