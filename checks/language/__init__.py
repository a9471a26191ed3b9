"""The Dutch language layer under the rules: sentences, tokens, word forms, people.

Everything here is computed once per checked text (see :class:`checks.text.Document`) and
read by the kinds; offsets are code points into the text the user typed.
"""
