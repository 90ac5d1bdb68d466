"""Application services: the steps of a command, between reading inputs and storing results.

The CLI parses options and calls one service function; the service drives the library
(``ingest`` readers, ``core`` analysis, ``store`` repository) and reports what happened.
"""
