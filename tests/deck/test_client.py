"""The client's copy: the deck as it was edited, without the team's notes and comments."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from typer.testing import CliRunner

from synth.cli import app
from synth.config import EngagementConfig
from synth.deck import write_deck
from synth.deck.client import client_copy, client_path
from synth.errors import DeckError
from tests.deck.conftest import DATE

_COMMENT = (
    '<p:cmLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
    '<p:cm authorId="0" dt="2026-11-30T10:00:00" idx="1"><p:pos x="10" y="10"/>'
    "<p:text>Kolla siffran med Lena Ek innan mötet</p:text></p:cm></p:cmLst>"
)


def _edited(demo: EngagementConfig, tmp_path: Path) -> Path:
    """The demo's deck as a consultant hands it on: a review comment on its second slide,
    their own name as its author."""
    path = tmp_path / "iakttagelser.pptx"
    write_deck(demo, path, date=DATE)
    prs = Presentation(str(path))
    slide = prs.slides[1]
    part = Part(
        PackURI("/ppt/comments/comment1.xml"), CT.PML_COMMENTS, prs.part.package, _COMMENT.encode()
    )
    slide.part.relate_to(part, RT.COMMENTS)
    prs.core_properties.author = "Konsult Konsultsson"
    prs.save(str(path))
    return path


def _text(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return "\n".join(
            package.read(name).decode("utf-8", "replace") for name in package.namelist()
        )


def test_the_client_copy_keeps_the_slides_and_drops_notes_comments_and_authors(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    edited = _edited(demo, tmp_path)
    assert "Kolla siffran" in _text(edited) and "Konsult Konsultsson" in _text(edited)
    before = Presentation(str(edited))
    assert any(s.has_notes_slide and s.notes_slide.notes_text_frame.text for s in before.slides)

    copy = client_copy(edited, client_path(edited))

    assert copy.path == tmp_path / "iakttagelser-kundversion.pptx"
    after = Presentation(str(copy.path))
    assert [s.shapes.title.text for s in after.slides if s.shapes.title is not None] == [
        s.shapes.title.text for s in before.slides if s.shapes.title is not None
    ]
    assert not any(s.has_notes_slide for s in after.slides)
    assert copy.notes == sum(s.has_notes_slide for s in before.slides) and copy.comments == 1
    # nothing of them is left in the package either: no statement id, no comment, no name
    written = _text(copy.path)
    assert "Kolla siffran" not in written and "Konsult Konsultsson" not in written
    assert "INT-0" not in written and "ENK-0" not in written
    assert after.core_properties.author == ""


def test_the_client_copy_of_a_deck_whose_themes_are_unreviewed_is_told_so(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    """Blind review 133: "do not produce a client version while themes are marked as
    unreviewed". The copy is written (the consultant may have reviewed the slides in
    PowerPoint), and the command names the slide that says the themes are machine-grouped."""
    deck = tmp_path / "iakttagelser.pptx"
    write_deck(demo, deck, date=DATE)
    method = next(
        number
        for number, slide in enumerate(Presentation(str(deck)).slides, start=1)
        if slide.shapes.title is not None and slide.shapes.title.text == "Bilaga: metod"
    )
    assert client_copy(deck, tmp_path / "k.pptx").unreviewed == method
    result = CliRunner().invoke(app, ["kundversion", str(deck)])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"Obs: bild {method} säger att teman är maskinellt grupperade" in said
    # the sentence changed on the slide, as a consultant who reviewed them would: no word
    edited = Presentation(str(deck))
    for shape in edited.slides[method - 1].shapes:
        if shape.has_text_frame and "maskinellt" in shape.text_frame.text:
            for paragraph in shape.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.text = run.text.replace("maskinellt grupperade", "granskade")
    edited.save(str(deck))
    assert client_copy(deck, tmp_path / "k2.pptx").unreviewed is None
    result = CliRunner().invoke(app, ["kundversion", str(deck), "--out", str(tmp_path / "k3.pptx")])
    assert result.exit_code == 0 and "Obs:" not in result.output


def test_the_client_copy_tells_what_its_notes_left_for_the_consultant_to_write(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    """The notes of the recommendations' slides tell the consultant which weakness on a
    slide no recommendation answers ("Att skriva: …", on each of those slides); the client
    copy has no notes, so the command says it, once."""
    deck = tmp_path / "iakttagelser.pptx"
    write_deck(demo, deck, date=DATE)
    prs = Presentation(str(deck))
    said = (
        "ingen rekommendation svarar mot \u201dDet finns ett \u2019vi och dom\u2019\u201d (bild 9)."
    )
    for slide in list(prs.slides)[1:3]:
        notes = slide.notes_slide.notes_text_frame
        notes.text = f"Att skriva: {said}\n{notes.text}"
    prs.save(str(deck))

    assert client_copy(deck, tmp_path / "k.pptx").to_write == (said,)
    result = CliRunner().invoke(app, ["kundversion", str(deck), "--out", str(tmp_path / "k2.pptx")])
    assert result.exit_code == 0, result.output
    told = " ".join(result.output.split())
    assert told.count("att skriva: ingen rekommendation svarar mot") == 1
    assert "\u2019vi och dom\u2019" in told
    # a deck whose notes leave nothing to write: no word of it
    plain = tmp_path / "plain.pptx"
    write_deck(demo, plain, date=DATE)
    assert client_copy(plain, tmp_path / "k3.pptx").to_write == ()


def test_the_command_writes_the_client_copy_beside_the_deck(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    target = tmp_path / "deck.pptx"
    result = CliRunner().invoke(
        app, ["deck", str(demo.root), "--out", str(target), "--kundversion"]
    )
    assert result.exit_code == 0, result.output
    copy = tmp_path / "deck-kundversion.pptx"
    assert "Kundversion" in result.output and copy.is_file()
    assert not any(s.has_notes_slide for s in Presentation(str(copy)).slides)

    again = CliRunner().invoke(app, ["kundversion", str(target), "--out", str(tmp_path / "k.pptx")])
    assert again.exit_code == 0, again.output
    assert (tmp_path / "k.pptx").is_file()


def test_a_file_that_is_no_deck_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    broken = tmp_path / "trasig.pptx"
    broken.write_bytes(b"inte en presentation")
    with pytest.raises(DeckError, match=r"trasig\.pptx: kan inte läsas som PowerPoint-fil"):
        client_copy(broken, tmp_path / "ut.pptx")
    assert not (tmp_path / "ut.pptx").exists()
    result = CliRunner().invoke(app, ["kundversion", str(broken)])
    assert result.exit_code == 1 and "trasig.pptx" in result.output
    with pytest.raises(DeckError, match="originalet"):
        client_copy(broken, broken)


def test_a_folder_given_for_the_deck_names_the_deck_in_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new user gives the engagement folder, as for every other command: the message
    says to give the deck and names the newest one there, not a zip file's missing part."""
    folder = tmp_path / "uppdrag"
    (folder / "outputs" / "2026-12-04").mkdir(parents=True)
    deck = folder / "outputs" / "2026-12-04" / "iakttagelser.pptx"
    Presentation().save(str(deck))
    Presentation().save(str(deck.with_name("iakttagelser-kundversion.pptx")))
    result = CliRunner().invoke(app, ["kundversion", str(folder)])
    assert result.exit_code == 1
    # (the console wraps a long path anywhere: read without white space)
    said = "".join(result.output.split())
    assert "uppdrag:ärenmapp;angepresentationsfilen(.pptx)" in said
    assert said.rstrip(".").endswith("outputs/2026-12-04/iakttagelser.pptx")
    assert not any(p.name == "uppdrag-kundversion" for p in tmp_path.iterdir())
    # so also "." in the engagement folder: the message, not a traceback of a path
    # without a name to put the copy's beside
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(app, ["kundversion", "."])
    assert result.exit_code == 1, result.output
    assert "uppdrag:ärenmapp;angepresentationsfilen(.pptx)" in "".join(result.output.split())
