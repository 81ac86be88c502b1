"""Reading a written slide back as a reader sees it."""

from __future__ import annotations


def slide_text(slide: object) -> str:
    """The text of a slide's text frames and tables, a table's rows a line each, its cells
    apart ("Upphandlingar tar lång tid | svaghet | 1/9")."""
    shapes = slide.shapes  # type: ignore[attr-defined]
    return "\n".join(
        [
            *(s.text_frame.text for s in shapes if s.has_text_frame),
            *(
                " | ".join(cell.text for cell in row.cells)
                for s in shapes
                if s.has_table
                for row in s.table.rows
            ),
        ]
    )
