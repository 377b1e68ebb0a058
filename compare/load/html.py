"""HTML: the page's main text and metadata, extracted by trafilatura.

Scripts, styles, comments, navigation, <noscript> notices, page headers and footers,
cookie/consent banners, and content a browser never shows (<template>, the ``hidden``
attribute) never become text: trafilatura drops most of them, and its fallback extractors would
pick up menus and banners on pages with no article, so those are pruned before extraction.
"""

from __future__ import annotations

import trafilatura

from compare.errors import EmptySource
from compare.load import metadata
from compare.model import Source

_BANNER_WORDS = ("cookie", "consent", "gdpr")
_PRUNE = [
    "//nav",
    "//noscript",
    "//template",
    "//*[@hidden]",
    "//*[@role='navigation' or @role='banner' or @role='contentinfo']",
    "//header[not(ancestor::article) and not(ancestor::main)]",
    "//footer[not(ancestor::article) and not(ancestor::main)]",
    "//aside[not(ancestor::article)]",
    "//*["
    + " or ".join(
        f"contains(translate(@{attr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),"
        f" '{word}')"
        for attr in ("id", "class")
        for word in _BANNER_WORDS
    )
    + "]",
]
# Fixed date-extraction settings: no guessing from free text, so a footer's copyright year
# never becomes the article date.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def html_source(
    html: str,
    *,
    source_id: str,
    origin: str,
    name: str,
    encoding: str = "utf-8",
    warnings: tuple[str, ...] = (),
    url: str | None = None,
) -> Source:
    """Build a Source from an HTML page: main text plus title, date and site name.

    ``Source.text`` is the extracted text with one paragraph (heading, list item, table row)
    per block, blocks separated by a blank line so the segmenter sees paragraphs.

    Args:
        html: the decoded page.
        source_id: the id the pipeline gave this source.
        origin: path, URL or "<stdin>", for messages and reports.
        name: the fallback label (file stem, host, "stdin") when the page names no site.
        encoding: the codec the page was decoded with.
        warnings: warnings gathered so far (decoding).
        url: the page's address, which helps trafilatura read its metadata.

    Returns:
        The Source labelled ``name``, with ``outlet`` from the site name, ``title`` and
        ``date`` when found; ``load_source`` then applies the label order.

    Raises:
        EmptySource: the page has no main text.
    """
    doc = None
    if html.strip():
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
            with_metadata=True,
            prune_xpath=_PRUNE,
            date_extraction_params=_DATE_PARAMS,
        )
    raw = getattr(doc, "text", None) or ""
    paragraphs = [line.strip() for line in raw.splitlines() if line.strip()]
    if not paragraphs:
        raise EmptySource(
            f"{origin}: no article text found in the HTML "
            "(the page may need JavaScript; save the article text as a .txt file)"
        )
    outlet = _clean(getattr(doc, "sitename", None))
    raw_date = _clean(getattr(doc, "date", None))
    return Source(
        id=source_id,
        origin=origin,
        label=name,
        text="\n\n".join(paragraphs),
        media_type="text/html",
        encoding=encoding,
        outlet=outlet,
        date=metadata.parse_date(raw_date) if raw_date else None,
        title=_clean(getattr(doc, "title", None)),
        warnings=warnings,
    )


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
