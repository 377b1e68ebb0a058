"""Renderers: a Comparison (or one source's claims) → a report string, by format name.

`RENDERERS` maps a format name to `renderer(comparison, *, width, color) -> str`; each module
registers its renderer with `@register("name")`. Every report ends with one newline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from compare.errors import OptionsError
from compare.model import Claim, Comparison, Source

Renderer = Callable[..., str]
_R = TypeVar("_R", bound=Renderer)

RENDERERS: dict[str, Renderer] = {}

CLAIM_FORMATS = ("table", "json")


def register(name: str) -> Callable[[_R], _R]:
    """Register a renderer under a format name.

    Args:
        name: the format name users pass to `--format`; must not be taken.

    Returns:
        A decorator that records the function and returns it unchanged.
    """

    def decorator(func: _R) -> _R:
        if name in RENDERERS:
            raise ValueError(f"renderer {name!r} is already registered")
        RENDERERS[name] = func
        return func

    return decorator


def render(
    comparison: Comparison, fmt: str, *, width: int | None = None, color: bool = False
) -> str:
    """Render a comparison in the named format.

    Args:
        comparison: the result to report.
        fmt: a name in `RENDERERS` (table, markdown, json, checklist, html).
        width: target line width for the table (default: the terminal's width).
        color: add ANSI colours (table only); off unless asked for.

    Returns:
        The report, ending with a newline.

    Raises:
        OptionsError: `fmt` is not a registered format.
    """
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        raise OptionsError(
            f"unknown format {fmt!r} (valid: {', '.join(sorted(RENDERERS))})"
        )
    return renderer(comparison, width=width, color=color)


def render_claims(
    source: Source, claims: Sequence[Claim], fmt: str, *, width: int | None = None
) -> str:
    """Render one source's claims (for `claimdiff claims FILE`).

    Args:
        source: the source the claims come from.
        claims: its claims, in source order.
        fmt: `table` (one row per sentence) or `json` (the compare JSON with no findings).
        width: target line width for the table (default: the terminal's width).

    Returns:
        The report, ending with a newline.

    Raises:
        OptionsError: `fmt` is not one of table, json.
    """
    if fmt == "table":
        return table.claims_table(source, claims, width=width)
    if fmt == "json":
        return json_report.claims_to_json(source, claims)
    raise OptionsError(f"unknown format {fmt!r} for claims (valid: {', '.join(CLAIM_FORMATS)})")


# Imported last: each module registers itself through `register` defined above.
from compare.render import checklist, html, json_report, markdown, table  # noqa: E402

__all__ = [
    "CLAIM_FORMATS",
    "RENDERERS",
    "Renderer",
    "checklist",
    "html",
    "json_report",
    "markdown",
    "register",
    "render",
    "render_claims",
    "table",
]
