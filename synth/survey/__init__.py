"""Surveys out and back: forms as data, personalised workbooks, collection into the store."""
