"""Turning a message into the text a reader reads.

``text`` separates what the sender wrote now from quoted history, signature and footer;
``html`` renders HTML bodies to plain text; ``shorthand`` spells out texting shorthand
("u", "tmrw", "w/") so a relayed text message reads like the mail the rules know. Everything
else in ``understand`` reads what these produce.
"""
