"""The date rules, one module each: ``resolve(statement, state) -> DateResolution | None``.

A rule reads the statement and the article's ``DateState`` (its timeline included) and either
decides (a date, or a reason to leave the statement undated) or returns None to let the next
rule speak. ``resolver.RULES`` lists them in the order they are tried; no rule calls another.
"""
