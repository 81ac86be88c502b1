"""Who a quote is attributed to, what the methods slide says about review, and the title:
the written deck opened again with python-pptx."""

from __future__ import annotations

import re
from pathlib import Path

from pptx import Presentation
from sqlalchemy import select
from typer.testing import CliRunner

from synth.cli import app
from synth.config import EngagementConfig, load_config
from synth.deck import write_deck
from synth.records import SourceType, Statement
from synth.review import export_workbook, import_workbook
from synth.store import Store
from synth.store.schema import ThemeRow
from synth.store.themes import load_themes
from synth.synthesis.describe import quotable, quote_text
from synth.text.swedish import tokens
from synth.text.voice import speaks_for_a_unit
from tests.deck.conftest import DATE
from tests.deck.reading import slide_text

METHOD = "Bilaga: metod"


def texts(slide: object) -> str:
    return slide_text(slide)


def notes(slide: object) -> str:
    return slide.notes_slide.notes_text_frame.text  # type: ignore[attr-defined]


def written(config: EngagementConfig, tmp_path: Path, name: str = "deck.pptx") -> Presentation:
    target = tmp_path / name
    write_deck(config, target, date=DATE)
    return Presentation(str(target))


def slide_titled(prs: Presentation, title: str) -> object:
    return next(
        s for s in prs.slides if s.shapes.title is not None and s.shapes.title.text == title
    )


def sources_with(statements: list[Statement], role: str, sector: str | None = None) -> int:
    return len(
        {
            s.source_id
            for s in statements
            if (s.role or "").casefold() == role.casefold() and sector in (None, s.sector)
        }
    )


def quote_on_first_observation(config: EngagementConfig, *statement_ids: str) -> str:
    """Make `statement_ids` the quotes of the first observation's theme (the most widely
    heard: the deck shows it on a slide of its own), about their subject (their words among
    its keywords: a quote that names nothing of its finding is not shown); its id."""
    with Store.open(config.store_url) as store:
        theme = max(
            (t for t in load_themes(store) if t.include and t.perspective and t.id != "ÖVRIGT"),
            key=lambda t: t.weight,
        )
        texts = {s.id: s.text for s in store.statements()}
        with store.session() as session:
            row = session.scalars(select(ThemeRow).where(ThemeRow.id == theme.id)).one()
            row.quotes = list(statement_ids)
            row.keywords = [
                *row.keywords,
                *(w for sid in statement_ids for w in tokens(texts[sid])),
            ]
    return theme.id


def test_the_only_kommundirektor_is_never_quoted_and_a_large_group_is_by_role(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    """Whatever the label under it, the words of the only kommundirektör are known to
    everyone in the ledningsgrupp who reads them (review 43): not quoted at all; a survey
    answer whose role many share is, by its role."""
    with Store.open(demo.store_url) as store:
        statements = store.statements()
    director = next(
        s
        for s in statements
        if (s.role or "").casefold() == "kommundirektör"
        and len(s.text.split()) > 12
        and not speaks_for_a_unit(s.text)
    )
    manager = next(
        s
        for s in statements
        if s.source_type is SourceType.ENKAT
        and (s.role or "").casefold() == "enhetschef"
        and s.sector == "Vård och omsorg"
        and len(s.text.split()) > 8
    )
    assert sources_with(statements, "kommundirektör") == 1
    assert sources_with(statements, "enhetschef", "Vård och omsorg") >= 5
    theme_id = quote_on_first_observation(demo, director.id, manager.id)

    prs = written(demo, tmp_path)

    slides = [s for s in prs.slides if notes(s).startswith(f"Tema {theme_id} ")]
    body = "\n".join(texts(s) for s in slides)
    lines = body.split("\n")
    assert not any(" ".join(director.text.split()[:6]) in line for line in lines)
    at = next(i for i, line in enumerate(lines) if " ".join(manager.text.split()[:5]) in line)
    assert lines[at + 1] == "\u2013 enhetschef, Vård och omsorg"
    # neither the slide nor its speaker notes point at the only kommundirektör
    # (the survey's figure names the central administration as the group it leaves out,
    # which points at no one)
    said = "\n".join(
        line
        for line in (body + "\n".join(notes(s) for s in slides)).casefold().split("\n")
        if "chefsenkäten" not in line
    )
    assert "kommundirektör" not in said and "kommunledning" not in said
    method = "\n".join(texts(s) for s in prs.slides if s.shapes.title.text.startswith(METHOD))
    assert (
        "Citat återges utan namn och bara där minst 5 intervjuer, eller minst lika många "
        "enkätsvar, har samma roll som citatets källa, eller från en fokusgrupp; sektor "
        "anges bara när så många har rollen i samma sektor. Ett enkätsvar märks med roll och "
        "sektor bara när så många har dem utöver de intervjuade som kan ha samma roll. Den som "
        "ensam eller nästan "
        "ensam har sin roll citeras inte, och pekas inte ut av det hen säger om sin enhet "
        "(”vi”)."
    ) in " ".join(method.split())


def test_a_focus_group_is_quoted_as_one_and_a_small_group_interview_not_at_all(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    """A focus group's words are the group's, and named so, as the evidence lines and the
    breadth name it; a group interview with two controllers points at them (review 43)."""
    with Store.open(demo.store_url) as store:
        statements = store.statements()

    def said_in(kind: SourceType) -> Statement:
        return next(
            s
            for s in statements
            if s.source_type is kind
            and 12 < len(s.text.split()) < 40
            and not speaks_for_a_unit(s.text)
            and quotable(s)
        )

    focus, small = said_in(SourceType.FOKUSGRUPP), said_in(SourceType.GRUPPINTERVJU)
    theme_id = quote_on_first_observation(demo, focus.id, small.id)
    prs = written(demo, tmp_path)
    slides = [s for s in prs.slides if notes(s).startswith(f"Tema {theme_id} ")]
    lines = "\n".join(texts(s) for s in slides).split("\n")
    # as quoted: a turn's opening "Och" left out (`quote_text`)
    opening = " ".join(quote_text(focus.text).split()[:6])
    at = next(i for i, line in enumerate(lines) if opening in line)
    assert lines[at + 1] == "\u2013 fokusgrupp"
    assert not any(" ".join(small.text.split()[:6]) in line for line in lines)


def test_the_methods_slide_claims_review_only_after_a_workbook_was_imported(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    method = slide_titled(written(demo, tmp_path, "a.pptx"), METHOD)
    before = " ".join(texts(method).split())
    assert "Teman är maskinellt grupperade." in before
    assert "granskats" not in before  # no claim either way before the client
    assert "teman har ännu inte granskats av konsulterna" in notes(method)

    with Store.open(demo.store_url) as store:
        workbook = export_workbook(store, tmp_path / "teman.xlsx")
        import_workbook(store, workbook)
    reviewed = slide_titled(written(demo, tmp_path, "b.pptx"), METHOD)
    after = " ".join(texts(reviewed).split())
    assert "Teman har granskats och redigerats av konsulterna." in after
    assert "maskinellt" not in after and "ännu inte granskats" not in notes(reviewed)


def set_commission(config: EngagementConfig, commission: str) -> EngagementConfig:
    path = config.root / "engagement.toml"
    toml = re.sub(r"(?m)^commission = .*$", f'commission = "{commission}"', path.read_text("utf-8"))
    path.write_text(toml, encoding="utf-8")
    return load_config(config.root)


def test_the_title_is_the_commission_with_the_client_below_else_the_client(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    config = set_commission(demo, "Översyn av stödfunktionerna")
    cover = written(config, tmp_path, "a.pptx").slides[0]
    assert cover.shapes.title.text == "Översyn av stödfunktionerna"
    assert "Exempelkommun" in texts(cover)

    config = set_commission(config, "")
    cover = written(config, tmp_path, "b.pptx").slides[0]
    assert cover.shapes.title.text == "Exempelkommun"


def test_init_writes_the_commission(tmp_path: Path) -> None:
    root = tmp_path / "hjo"
    result = CliRunner().invoke(
        app, ["init", str(root), "--name", "Hjo kommun", "--commission", "Översyn av kansliet"]
    )

    assert result.exit_code == 0, result.output
    assert load_config(root).engagement.commission == "Översyn av kansliet"
    assert 'commission = "Översyn av kansliet"' in (root / "engagement.toml").read_text("utf-8")
    CliRunner().invoke(app, ["init", str(tmp_path / "plain")])
    assert load_config(tmp_path / "plain").engagement.commission == ""
