"""Surveys out and back: personalised workbooks of the forms in `synth.forms`, e-mail,
collection into the store."""
