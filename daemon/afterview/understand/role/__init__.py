"""The job title a message is about ("Backend Engineer", "Stelle als Entwicklerin").

``title`` finds it where recruiting mail puts it, ``titleclean`` cuts it to the title
itself, ``titlewords`` holds the job nouns and title words of the five languages.
"""
