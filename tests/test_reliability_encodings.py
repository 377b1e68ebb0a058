"""Reliability: text in any encoding is decoded exactly, or refused with the byte that broke it."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import random
from pathlib import Path

import pytest
from conftest import ARTICLE_HTML, POUND_PARAGRAPH, assert_one_line, run_cli, write
from conftest import SRC_000 as SOURCE_000
from conftest import SRC_001 as SOURCE_001

from compare.errors import SourceError
from compare.load import load_source


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    """A UTF-8 byte-order mark is dropped and everything after it is kept exactly."""
    original = SOURCE_001.read_text(encoding="utf-8")
    spec = write(tmp_path, "bom.txt", codecs.BOM_UTF8 + original.encode("utf-8"))
    source = load_source(spec)
    assert source.text == original
    assert source.encoding == "utf-8-sig"
    assert source.warnings == ()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    """UTF-16 with a byte-order mark decodes exactly and warns that it was not UTF-8."""
    original = SOURCE_000.read_text(encoding="utf-8")
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    spec = write(tmp_path, "wide.txt", bom + original.encode(codec))
    source = load_source(spec)
    assert source.text == original
    assert source.encoding == codec
    assert any("not UTF-8" in w and codec in w for w in source.warnings)
    assert source.date == dt.date(2022, 2, 21)


def test_cp1252_detected_with_curly_quotes_and_pound(tmp_path: Path) -> None:
    """A cp1252 file decodes to the right curly quotes and £, and the guess is a warning."""
    spec = write(tmp_path, "legacy.txt", POUND_PARAGRAPH.encode("cp1252"))
    source = load_source(spec)
    assert source.text == POUND_PARAGRAPH
    assert source.encoding == "cp1252"
    assert source.warnings == ("not UTF-8: decoded as cp1252 (detected)",)


def test_cp1252_detected_on_a_whole_article(tmp_path: Path) -> None:
    """A whole real article saved as cp1252 comes back character for character."""
    original = SOURCE_001.read_text(encoding="utf-8")
    spec = write(tmp_path, "legacy.txt", original.encode("cp1252"))
    source = load_source(spec)
    assert source.text == original
    assert source.encoding == "cp1252"


def test_latin1_declared_page_with_c1_bytes_is_cp1252(tmp_path: Path) -> None:
    """A page declaring ISO-8859-1 but using bytes 0x80-0x9F is read as cp1252, as browsers do."""
    page = ARTICLE_HTML.read_text(encoding="utf-8").replace(
        '<meta charset="utf-8">', '<meta charset="iso-8859-1">'
    )
    spec = write(tmp_path, "latin.html", page.encode("cp1252"))
    source = load_source(spec)
    assert "“peacekeeping functions”" in source.text
    assert source.encoding == "cp1252"
    assert source.warnings == ("not UTF-8: decoded as cp1252 (declared by the page)",)


# --- invalid UTF-8: replaced with a warning naming the offset, or refused naming it ---------


def test_invalid_utf8_bytes_are_replaced_with_a_warning(tmp_path: Path) -> None:
    """UTF-8 text with stray bytes keeps every good character; each bad sequence becomes U+FFFD."""
    original = SOURCE_001.read_text(encoding="utf-8")
    data = original.encode("utf-8")
    spec = write(tmp_path, "glitch.txt", data[:500] + b"\xff" + data[500:600] + b"\xc3(" + data[600:])
    source = load_source(spec)
    prefix = data[:500].decode("utf-8")
    assert source.text == prefix + "\ufffd" + data[500:600].decode("utf-8") + "\ufffd(" + data[600:].decode("utf-8")
    assert source.encoding == "utf-8"
    assert source.warnings == (
        "invalid UTF-8 at offset 500 (byte 0xff; 2 bad byte sequences in all, each replaced with U+FFFD)",
    )


def test_utf8_cut_mid_character_keeps_the_rest(tmp_path: Path) -> None:
    """A UTF-8 file cut inside its last character (a truncated download) loses only that character."""
    data = POUND_PARAGRAPH.rstrip("\n").encode("utf-8")[:-1]  # half of the closing quote mark
    spec = write(tmp_path, "cut.txt", data)
    source = load_source(spec)
    assert source.text == POUND_PARAGRAPH.rstrip("\n")[:-1] + "\ufffd"
    assert source.warnings == (
        f"invalid UTF-8 at offset {len(data) - 2} (byte 0xe2; 1 bad byte sequence, each replaced with U+FFFD)",
    )


def test_ascii_with_a_legacy_byte_is_read_in_the_legacy_codec(tmp_path: Path) -> None:
    """ASCII text with one cp1252 apostrophe (no UTF-8 at all) is cp1252, not UTF-8 with a hole."""
    spec = write(tmp_path, "apostrophe.txt", b"Russia\x92s parliament backed the decree on Monday evening.")
    source = load_source(spec)
    assert source.text == "Russia’s parliament backed the decree on Monday evening."  # noqa: RUF001
    assert source.warnings == ("not UTF-8: decoded as cp1252 (detected)",)


def test_undecodable_bytes_are_refused_naming_the_offset(tmp_path: Path) -> None:
    """Bytes no encoding reads cleanly are refused, naming the first bad byte and its offset."""
    noise = bytes(b for b in random.Random(7).randbytes(3000) if b)
    spec = write(tmp_path, "noise.txt", b"Russian troops crossed. " + noise)
    with pytest.raises(SourceError) as error:
        load_source(spec)
    message = assert_one_line(error, spec)
    first = next(n for n in range(len(noise)) if noise[n] >= 0x80) + 24
    assert "cannot tell the text encoding" in message
    assert f"at offset {first})" in message and "save the file as UTF-8" in message


def test_bom_with_bytes_that_do_not_fit_names_the_offset(tmp_path: Path) -> None:
    """A UTF-16 byte-order mark over bytes that are not UTF-16 is refused, naming the byte."""
    spec = write(tmp_path, "odd.txt", codecs.BOM_UTF16_LE + "Kyiv".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(SourceError) as error:
        load_source(spec)
    assert "starts with a utf-16-le byte-order mark but is not valid utf-16-le (at byte 8;" in assert_one_line(
        error, spec
    )


def test_declared_charset_that_does_not_fit_is_ignored_with_a_warning(tmp_path: Path) -> None:
    """A page declaring UTF-8 but saved as cp1252 is detected as cp1252, and both steps are reported."""
    page = ARTICLE_HTML.read_text(encoding="utf-8")
    spec = write(tmp_path, "mislabelled.html", page.encode("cp1252"))
    source = load_source(spec)
    assert "“peacekeeping functions”" in source.text
    assert source.encoding == "cp1252"
    assert source.warnings == (
        "charset 'utf-8' declared by the page does not fit the bytes; ignored",
        "not UTF-8: decoded as cp1252 (detected)",
    )


def test_unknown_declared_charset_is_ignored_with_a_warning(tmp_path: Path) -> None:
    """A page declaring a charset Python does not know is decoded by the usual evidence, with a warning."""
    page = ARTICLE_HTML.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="x-klingon"')
    source = load_source(write(tmp_path, "klingon.html", page.encode("utf-8")))
    assert source.encoding == "utf-8"
    assert source.warnings == ("unknown charset 'x-klingon' declared by the page; ignored",)


# --- the encoding is reported: JSON, and warnings on stderr ---------------------------------


def test_claims_json_reports_the_encoding_and_warnings(tmp_path: Path) -> None:
    """`claims --format json` names the codec and the warnings; stderr repeats each warning."""
    spec = write(tmp_path, "legacy.txt", SOURCE_001.read_text(encoding="utf-8").encode("cp1252"))
    status, out, err = run_cli("claims", spec, "--format", "json")
    assert status == 0
    (source,) = json.loads(out)["sources"]
    assert source["encoding"] == "cp1252"
    assert source["warnings"] == ["not UTF-8: decoded as cp1252 (detected)"]
    assert err == f"claimdiff: warning: {spec}: not UTF-8: decoded as cp1252 (detected)\n"


def test_claims_table_reports_the_encoding_warning(tmp_path: Path) -> None:
    """`claims` as a table prints the decoding warning on stderr, the table on stdout."""
    data = SOURCE_000.read_bytes()
    spec = write(tmp_path, "glitch.txt", data[:100] + b"\xff" + data[100:])
    status, out, err = run_cli("claims", spec)
    assert status == 0 and "glitch" in out
    assert err.startswith(f"claimdiff: warning: {spec}: invalid UTF-8 at offset 100 (byte 0xff;")


def test_compare_json_reports_both_encodings(tmp_path: Path) -> None:
    """`compare --format json` carries each source's codec and warnings."""
    spec = write(tmp_path, "wide.txt", codecs.BOM_UTF16_LE + SOURCE_000.read_text(encoding="utf-8").encode("utf-16-le"))
    status, out, _ = run_cli("compare", spec, str(SOURCE_001), "--format", "json")
    assert status == 0
    first, second = json.loads(out)["sources"]
    assert (first["encoding"], second["encoding"]) == ("utf-16-le", "utf-8")
    assert first["warnings"] == ["not UTF-8: decoded as utf-16-le (byte-order mark)"] and second["warnings"] == []
