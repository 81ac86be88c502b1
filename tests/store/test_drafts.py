"""A theme's findings are stored and read back in their order; a drafting run that no
longer finds a later one removes it, unless the consultant edited it."""

from __future__ import annotations

from synth.records import Bullet, Drafts, Theme, ThemeDraft
from synth.store import Store
from synth.store.drafts import edit_theme_draft, load_drafts, save_drafts
from tests.drafted import finding


def theme(theme_id: str) -> Theme:
    return Theme(
        id=theme_id,
        label="auto",
        auto_label="auto",
        perspective="strukturer",
        polarity={"svaghet": 3},
        keywords=(),
        quotes=(),
        breadth={},
        size=3,
    )


def draft(finding_id: str, headline: str) -> ThemeDraft:
    return finding(finding_id, headline, (f"INT-01.{finding_id}",))


def drafted(*drafts: ThemeDraft) -> Drafts:
    return Drafts(themes=drafts, assessment=None, recommendations=())


def test_a_themes_findings_come_back_after_it_in_their_order(store: Store) -> None:
    save_drafts(
        store,
        drafted(
            draft("T02.10", "Tionde"),
            draft("T01", "Ett"),
            draft("T02", "Två"),
            draft("T02.2", "Två, andra"),
        ),
    )

    loaded = load_drafts(store, [theme("T02"), theme("T01")])

    assert [d.theme_id for d in loaded.themes] == ["T02", "T02.2", "T02.10", "T01"]
    assert [d.theme_id for d in loaded.findings("T02")] == ["T02", "T02.2", "T02.10"]
    assert loaded.theme("T02.2").headline == "Två, andra"
    # a theme left out of the deck takes its findings with it
    left_out = Theme(**{**theme("T02").__dict__, "include": False})
    assert [d.theme_id for d in load_drafts(store, [left_out, theme("T01")]).themes] == ["T01"]


def test_a_later_finding_not_found_again_goes_unless_the_consultant_edited_it(
    store: Store,
) -> None:
    save_drafts(
        store,
        drafted(draft("T01", "Ett"), draft("T01.2", "Andra"), draft("T01.3", "Tredje")),
    )
    assert edit_theme_draft(store, "T01.3", headline="Konsultens tredje")

    save_drafts(store, drafted(draft("T01", "Ett igen")))

    loaded = load_drafts(store, [theme("T01")])
    assert [(d.theme_id, d.headline) for d in loaded.themes] == [
        ("T01", "Ett igen"),
        ("T01.3", "Konsultens tredje"),
    ]
    assert loaded.theme("T01.3").origin.edited


def test_a_themes_first_finding_taken_in_by_another_goes_where_its_later_ones_stay(
    store: Store,
) -> None:
    """Another theme's wider finding took in the theme's first ("HR-konsulterna är kunniga"
    into "HR-stödet är bra"); the deck must not show it as the last run left it."""
    save_drafts(store, drafted(draft("T01", "Ett"), draft("T01.2", "Andra"), draft("T02", "Två")))

    save_drafts(store, drafted(draft("T01.2", "Andra igen")))

    loaded = load_drafts(store, [theme("T01"), theme("T02")])
    # T02, of which the run drafted nothing, keeps what it had
    assert [(d.theme_id, d.headline) for d in loaded.themes] == [
        ("T01.2", "Andra igen"),
        ("T02", "Två"),
    ]


def test_a_line_naming_the_other_sides_finding_keeps_which_finding_it_names(store: Store) -> None:
    said = Bullet(
        "Samtidigt lyfts som en styrka att budgetprocessen är tydligare.",
        ("ENK-0011.002",),
        counterpart="T02",
    )
    save_drafts(store, drafted(finding("T01", "Budgeten kommer för sent", ("INT-01.1",), [said])))

    assert load_drafts(store, [theme("T01")]).theme("T01").bullets == (said,)


def test_a_misgiving_beside_a_wish_stays_one(store: Store) -> None:
    """A misgiving told under a wish cites what it tells (`synth.draft.misgivings`): read
    back as evidence of the wish, the slide would count it among the wish's lines."""
    feared = Bullet(
        "I en intervju beskrivs samtidigt att sektorerna är skeptiska.",
        ("INT-05.024",),
        beside=True,
    )
    wish = finding("T34", "Det finns önskemål om en väg in", ("INT-05.022",), [feared])
    save_drafts(store, drafted(wish))

    (loaded,) = load_drafts(store, [theme("T34")]).theme("T34").bullets
    assert loaded == feared and not loaded.own


def test_a_quote_struck_after_drafting_is_not_loaded(store: Store) -> None:
    """A finding quotes its own support (`synth.draft.offline.with_quotes`); a quote the
    consultant strikes in the theme workbook afterwards is not shown before the next draft."""
    from dataclasses import replace

    from synth.store.schema import RejectedQuoteRow

    quoting = replace(draft("T01", "Ett"), quote_ids=("ENK-0001.1", "ENK-0002.1"))
    save_drafts(store, drafted(quoting))
    with store.session() as session:
        session.add(RejectedQuoteRow(statement_id="ENK-0001.1"))

    assert load_drafts(store, [theme("T01")]).theme("T01").quote_ids == ("ENK-0002.1",)
