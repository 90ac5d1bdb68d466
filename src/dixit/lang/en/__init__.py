"""English: the frame of the second language (time and speaker words so far; the cue
lexicon and the extraction rules come with the English issue)."""
