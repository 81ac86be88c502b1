"""The store as synth 0.1 created it with `create_all`: every table of schema version 1.

A store made before migrations existed has exactly these tables; it is stamped with this
revision on first open and upgraded from here (see `synth.store.migrate`).

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "curation",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "draft_items",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ordering", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("theme_ids", sa.JSON(), nullable=False),
        sa.Column("statement_ids", sa.JSON(), nullable=False),
        sa.Column("supported", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("backend", sa.String(length=32), nullable=False),
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("fallback", sa.Boolean(), nullable=False),
        sa.Column("fallback_reason", sa.Text(), nullable=False),
        sa.Column("custom_text", sa.Text(), nullable=True),
        sa.Column("updated_run", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_draft_items_kind"), "draft_items", ["kind"], unique=False)
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "rejected_quotes",
        sa.Column("statement_id", sa.String(length=48), nullable=False),
        sa.PrimaryKeyConstraint("statement_id"),
    )
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("command", sa.String(length=64), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "survey_recipients",
        sa.Column("form_id", sa.String(length=40), nullable=False),
        sa.Column("recipient_id", sa.String(length=16), nullable=False),
        sa.Column("form_version", sa.Integer(), nullable=False),
        sa.Column("sector", sa.String(length=200), nullable=True),
        sa.Column("unit", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("workbook", sa.String(length=1024), nullable=False),
        sa.Column("rendered_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("form_id", "recipient_id"),
    )
    op.create_table(
        "theme_drafts",
        sa.Column("theme_id", sa.String(length=32), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("bullets", sa.JSON(), nullable=False),
        sa.Column("breadth_text", sa.Text(), nullable=False),
        sa.Column("quote_ids", sa.JSON(), nullable=False),
        sa.Column("perspective", sa.String(length=64), nullable=True),
        sa.Column("polarity", sa.String(length=64), nullable=True),
        sa.Column("backend", sa.String(length=32), nullable=False),
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("fallback", sa.Boolean(), nullable=False),
        sa.Column("fallback_reason", sa.Text(), nullable=False),
        sa.Column("custom_headline", sa.Text(), nullable=True),
        sa.Column("custom_bullets", sa.JSON(), nullable=True),
        sa.Column("updated_run", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("theme_id"),
    )
    op.create_table(
        "theme_members",
        sa.Column("statement_id", sa.String(length=48), nullable=False),
        sa.Column("theme_id", sa.String(length=32), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("statement_id"),
    )
    op.create_index(op.f("ix_theme_members_theme_id"), "theme_members", ["theme_id"], unique=False)
    op.create_table(
        "themes",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("auto_label", sa.Text(), nullable=False),
        sa.Column("custom_label", sa.Text(), nullable=True),
        sa.Column("perspective", sa.String(length=64), nullable=True),
        sa.Column("include", sa.Boolean(), nullable=False),
        sa.Column("ordering", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("merged_into", sa.String(length=32), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("quotes", sa.JSON(), nullable=False),
        sa.Column("polarity", sa.JSON(), nullable=False),
        sa.Column("breadth", sa.JSON(), nullable=False),
        sa.Column("created_run", sa.Integer(), nullable=True),
        sa.Column("updated_run", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "files",
        sa.Column("path", sa.String(length=1024), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("derivation_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["runs.id"],
        ),
        sa.PrimaryKeyConstraint("path"),
    )
    op.create_table(
        "ingest_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("path", sa.String(length=1024), nullable=False),
        sa.Column("source_id", sa.String(length=32), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["runs.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_ingest_events_run_id"), "ingest_events", ["run_id"], unique=False)
    op.create_table(
        "survey_mail",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("form_id", sa.String(length=40), nullable=False),
        sa.Column("recipient_id", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["runs.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_survey_mail_form_id"), "survey_mail", ["form_id"], unique=False)
    op.create_index(
        op.f("ix_survey_mail_recipient_id"), "survey_mail", ["recipient_id"], unique=False
    )
    op.create_table(
        "survey_submissions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("form_id", sa.String(length=40), nullable=True),
        sa.Column("form_version", sa.Integer(), nullable=True),
        sa.Column("recipient_id", sa.String(length=16), nullable=True),
        sa.Column("file", sa.String(length=1024), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("collected_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("problems", sa.JSON(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["runs.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_survey_submissions_content_hash"),
        "survey_submissions",
        ["content_hash"],
        unique=False,
    )
    op.create_index(
        op.f("ix_survey_submissions_form_id"), "survey_submissions", ["form_id"], unique=False
    )
    op.create_index(
        op.f("ix_survey_submissions_recipient_id"),
        "survey_submissions",
        ["recipient_id"],
        unique=False,
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin", sa.String(length=1100), nullable=False),
        sa.Column("file_path", sa.String(length=1024), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sector", sa.String(length=200), nullable=True),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["file_path"],
            ["files.path"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("origin"),
    )
    op.create_index(op.f("ix_sources_file_path"), "sources", ["file_path"], unique=False)
    op.create_index(op.f("ix_sources_type"), "sources", ["type"], unique=False)
    op.create_table(
        "survey_answers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=40), nullable=False),
        sa.Column("field_id", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("value_text", sa.Text(), nullable=True),
        sa.Column("value_number", sa.Float(), nullable=True),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["submission_id"], ["survey_submissions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_survey_answers_submission_id"), "survey_answers", ["submission_id"], unique=False
    )
    op.create_table(
        "respondents",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.String(length=32), nullable=False),
        sa.Column("sector", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source_id"),
    )
    op.create_table(
        "responses",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source_id", sa.String(length=32), nullable=False),
        sa.Column("respondent_id", sa.String(length=32), nullable=False),
        sa.Column("question_id", sa.String(length=80), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source_id", "question_id"),
    )
    op.create_index(
        op.f("ix_responses_respondent_id"), "responses", ["respondent_id"], unique=False
    )
    op.create_index(op.f("ix_responses_source_id"), "responses", ["source_id"], unique=False)
    op.create_table(
        "statements",
        sa.Column("id", sa.String(length=48), nullable=False),
        sa.Column("source_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("raw_text", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("question", sa.Text(), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("sector", sa.String(length=200), nullable=True),
        sa.Column("timestamp", sa.Float(), nullable=True),
        sa.Column("respondent_id", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_statements_source_id"), "statements", ["source_id"], unique=False)
    op.create_table(
        "statement_lenses",
        sa.Column("statement_id", sa.String(length=48), nullable=False),
        sa.Column("perspective", sa.String(length=64), nullable=False),
        sa.Column("perspective_confidence", sa.Float(), nullable=False),
        sa.Column("polarity", sa.String(length=64), nullable=False),
        sa.Column("polarity_confidence", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["statement_id"], ["statements.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("statement_id"),
    )
    # the row older versions of synth check before they touch a store
    meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(meta, [{"key": "schema_version", "value": "1"}])


def downgrade() -> None:

    op.drop_table("statement_lenses")
    op.drop_index(op.f("ix_statements_source_id"), table_name="statements")
    op.drop_table("statements")
    op.drop_index(op.f("ix_responses_source_id"), table_name="responses")
    op.drop_index(op.f("ix_responses_respondent_id"), table_name="responses")
    op.drop_table("responses")
    op.drop_table("respondents")
    op.drop_index(op.f("ix_survey_answers_submission_id"), table_name="survey_answers")
    op.drop_table("survey_answers")
    op.drop_index(op.f("ix_sources_type"), table_name="sources")
    op.drop_index(op.f("ix_sources_file_path"), table_name="sources")
    op.drop_table("sources")
    op.drop_index(op.f("ix_survey_submissions_recipient_id"), table_name="survey_submissions")
    op.drop_index(op.f("ix_survey_submissions_form_id"), table_name="survey_submissions")
    op.drop_index(op.f("ix_survey_submissions_content_hash"), table_name="survey_submissions")
    op.drop_table("survey_submissions")
    op.drop_index(op.f("ix_survey_mail_recipient_id"), table_name="survey_mail")
    op.drop_index(op.f("ix_survey_mail_form_id"), table_name="survey_mail")
    op.drop_table("survey_mail")
    op.drop_index(op.f("ix_ingest_events_run_id"), table_name="ingest_events")
    op.drop_table("ingest_events")
    op.drop_table("files")
    op.drop_table("themes")
    op.drop_index(op.f("ix_theme_members_theme_id"), table_name="theme_members")
    op.drop_table("theme_members")
    op.drop_table("theme_drafts")
    op.drop_table("survey_recipients")
    op.drop_table("runs")
    op.drop_table("rejected_quotes")
    op.drop_table("meta")
    op.drop_index(op.f("ix_draft_items_kind"), table_name="draft_items")
    op.drop_table("draft_items")
    op.drop_table("curation")
