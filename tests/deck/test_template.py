"""A firm's own template: layouts found by their placeholders, whatever they are called."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from synth.config import EngagementConfig
from synth.deck import write_deck
from synth.deck.measure import overflow
from synth.deck.template import default_template, open_template, pick_layouts
from synth.errors import DeckError
from tests.deck.conftest import DATE
from tests.writing import kicker

SWEDISH = {
    "Title Slide": "Firma – försättsblad",
    "Title and Content": "Firma – text",
    "Two Content": "Firma – två kolumner",
    "Comparison": "Firma – jämförelse",
    "Content with Caption": "Firma – bild med text",
}


def firm_template(target: Path) -> Path:
    """The standard template with Swedish layout names, reversed order and an example slide."""
    prs = Presentation(str(default_template()))
    for layout in prs.slide_layouts:
        layout.name = SWEDISH.get(layout.name, f"Firma – {layout.name}")
    ids = prs.slide_master.element.sldLayoutIdLst
    entries = list(ids)
    for entry in entries:
        ids.remove(entry)
    for entry in reversed(entries):
        ids.append(entry)
    example = prs.slides.add_slide(prs.slide_layouts[0])
    example.shapes.title.text = "Exempelbild från byrån"
    prs.save(str(target))
    return target


def test_layouts_are_chosen_by_placeholders_not_by_name_or_position(tmp_path: Path) -> None:
    prs = open_template(firm_template(tmp_path / "firma.pptx"))
    layouts = pick_layouts(prs, "firma.pptx")
    assert len(prs.slides) == 0
    assert layouts.title.name == "Firma – försättsblad"
    assert layouts.content.name == "Firma – text"
    assert layouts.two_content.name == "Firma – två kolumner"


def test_a_deck_on_a_firm_template(demo: EngagementConfig, tmp_path: Path) -> None:
    template = firm_template(tmp_path / "firma.pptx")
    prs = Presentation(
        str(write_deck(demo, tmp_path / "d.pptx", template=template, date=DATE).path)
    )
    used = {
        kicker(s) or s.shapes.title.text.removesuffix(" (forts.)"): s.slide_layout.name
        for s in prs.slides
    }
    assert "Exempelbild från byrån" not in used
    assert used["Genomlysning av kommunens stödfunktioner"] == "Firma – försättsblad"
    assert used["Uppdraget och genomförande"] == "Firma – text"
    assert used["Starka sidor och svaga sidor"] == "Firma – två kolumner"
    assert used["Iakttagelser om strukturen"] == "Firma – två kolumner"
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text:
                assert overflow(shape) == 0


def test_a_template_without_a_content_layout_is_refused_by_name(tmp_path: Path) -> None:
    prs = Presentation(str(default_template()))
    ids = prs.slide_master.element.sldLayoutIdLst
    for layout, entry in zip(list(prs.slide_layouts), list(ids), strict=True):
        if layout.name in {"Title and Content", "Two Content", "Title and Vertical Text"}:
            ids.remove(entry)
    prs.save(str(tmp_path / "tunn.pptx"))
    with pytest.raises(DeckError, match=r"tunn\.pptx: mallen saknar en layout med en rubrik"):
        pick_layouts(open_template(tmp_path / "tunn.pptx"), "tunn.pptx")


def test_a_file_that_is_no_presentation_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "mall.pptx"
    fake.write_text("inte en presentation", encoding="utf-8")
    with pytest.raises(DeckError, match=r"mall\.pptx: kan inte läsas som PowerPoint-mall"):
        open_template(fake)


def test_a_powerpoint_template_file_potx_is_read_as_well(tmp_path: Path) -> None:
    pptx = firm_template(tmp_path / "firma.pptx")
    potx = tmp_path / "firma.potx"
    with zipfile.ZipFile(pptx) as source, zipfile.ZipFile(potx, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"presentationml.presentation.main+xml", b"presentationml.template.main+xml"
                )
            target.writestr(info, data)
    with pytest.raises(ValueError):
        Presentation(str(potx))  # python-pptx alone refuses a .potx
    layouts = pick_layouts(open_template(potx), "firma.potx")
    assert layouts.two_content.name == "Firma – två kolumner"


def test_a_slide_size_named_for_another_loses_the_name(tmp_path: Path) -> None:
    """Blind review 141: "the files are 16:9 but tagged screen4x3". A template whose size
    is named for another keeps its size and loses the name, as PowerPoint writes its
    widescreen size; one named for what it is keeps the name."""

    def named(prs: object) -> str | None:
        return prs.part._element.sldSz.get("type")  # type: ignore[attr-defined]

    wide = Presentation(str(default_template()))
    wide.part._element.sldSz.set("type", "screen4x3")
    wide.save(str(tmp_path / "bred.pptx"))
    opened = open_template(tmp_path / "bred.pptx")
    assert named(opened) is None
    assert (opened.slide_width, opened.slide_height) == (12192000, 6858000)
    square = Presentation(str(default_template()))
    square.slide_width, square.slide_height = 9144000, 6858000
    square.part._element.sldSz.set("type", "screen4x3")
    square.save(str(tmp_path / "fyra.pptx"))
    assert named(open_template(tmp_path / "fyra.pptx")) == "screen4x3"
