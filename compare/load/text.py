"""Plain text and Markdown: the text stays exactly as decoded; metadata is only marked."""

from __future__ import annotations

from compare.errors import EmptySource
from compare.load import metadata
from compare.model import Source


def text_source(
    text: str,
    *,
    source_id: str,
    origin: str,
    name: str,
    media_type: str = "text/plain",
    encoding: str = "utf-8",
    warnings: tuple[str, ...] = (),
) -> Source:
    """Build a Source from decoded text, reading front matter or a leading date line.

    The text is kept byte-for-byte as decoded (line endings included) so every span points at
    the characters the user supplied; metadata is recorded in ``metadata_spans``, not removed.

    Args:
        text: the decoded text.
        source_id: the id the pipeline gave this source.
        origin: path, URL or "<stdin>", for messages and reports.
        name: the fallback label (file stem, host, "stdin") when there is no outlet.
        media_type: "text/plain" or "text/markdown".
        encoding: the codec the text was decoded with.
        warnings: warnings gathered so far (decoding).

    Returns:
        The Source, labelled ``name``; ``load_source`` then applies the label order.

    Raises:
        EmptySource: the text is empty or whitespace only.
    """
    check_not_empty(text, origin)
    found = metadata.front_matter(text) or metadata.date_line(text)
    if found is not None and not text[found.span.end :].strip():
        raise EmptySource(f"{origin}: holds only metadata, no article text (add the article text)")
    return Source(
        id=source_id,
        origin=origin,
        label=name,
        text=text,
        media_type=media_type,
        encoding=encoding,
        outlet=found.outlet if found else None,
        date=found.date if found else None,
        title=found.title if found else None,
        metadata_spans=(found.span,) if found else (),
        warnings=warnings + found.warnings if found else warnings,
    )


def check_not_empty(text: str, origin: str) -> None:
    """Refuse text that is empty or whitespace only.

    Raises:
        EmptySource: with a message saying which of the two it was.
    """
    if not text:
        raise EmptySource(f"{origin}: is empty (give a source with article text)")
    if not text.strip():
        raise EmptySource(f"{origin}: holds only whitespace (give a source with article text)")
