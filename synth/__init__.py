"""synth: from interviews and manager surveys to observations and recommendations.

The package is built in layers, each importing only from itself and the layers below it:
the foundation (errors, settings, records, text, workbooks), privacy, the engagement's own
files (tables, roster, forms), the store, and then the steps of an engagement in the order
their results are used: ingest, survey, synthesis, draft, review, deck; flows and the CLI
on top. `LAYERS` in tests/test_layers.py is the one list of them, and its test fails on an
import that runs upward.
"""
