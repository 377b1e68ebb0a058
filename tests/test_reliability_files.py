"""Reliability: missing, unreadable, binary, empty and oddly shaped files; one clear line each."""

from __future__ import annotations

import codecs
import io
import os
import sys
from pathlib import Path

import pytest
from conftest import SRC_000 as SOURCE_000
from conftest import SRC_001 as SOURCE_001
from conftest import assert_one_line, write

import compare
from compare.checks import check_comparison
from compare.errors import EmptySource, SourceError
from compare.load import load_source
from compare.model import Verdict


def test_nul_bytes_mean_binary(tmp_path: Path) -> None:
    """A file with NUL bytes is refused as binary."""
    spec = write(tmp_path, "data.txt", b"Russian troops\x00\x01\x02 crossed" * 10)
    with pytest.raises(SourceError) as error:
        load_source(spec)
    assert "looks like a binary file" in assert_one_line(error, spec)


@pytest.mark.parametrize(
    ("magic", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
    ],
)
def test_magic_bytes_name_the_file_type(tmp_path: Path, magic: bytes, kind: str) -> None:
    """A binary format saved under a text extension is named by its magic bytes, with the fix."""
    spec = write(tmp_path, "article.txt", magic + b"\x00" * 64)
    with pytest.raises(SourceError) as error:
        load_source(spec)
    message = assert_one_line(error, spec)
    assert f"unsupported file type: {kind}" in message
    assert "(supported: .txt .md .html; convert it to text first)" in message


@pytest.mark.parametrize("name", ["report.pdf", "report.docx", "figures.csv", "page.json"])
def test_unsupported_extension_lists_supported(tmp_path: Path, name: str) -> None:
    """An unsupported extension is refused, naming it and listing the supported ones."""
    spec = write(tmp_path, name, b"Russian troops crossed the border.")
    with pytest.raises(SourceError) as error:
        load_source(spec)
    message = assert_one_line(error, spec)
    assert f"unsupported file type '{Path(name).suffix}'" in message
    assert ".txt .md .markdown .html .htm" in message


def test_no_extension_is_text(tmp_path: Path) -> None:
    """A file without an extension is read as plain text."""
    spec = write(tmp_path, "article", SOURCE_001.read_bytes())
    source = load_source(spec)
    assert (source.media_type, source.label) == ("text/plain", "article")
    assert source.outlet is None  # the sidecar belongs to the bundled file, not this copy


def test_markdown_extension_is_markdown(tmp_path: Path) -> None:
    """.md and .markdown files load as text/markdown with their text unchanged."""
    for name in ("a.md", "b.markdown"):
        spec = write(tmp_path, name, SOURCE_000.read_bytes())
        source = load_source(spec)
        assert source.media_type == "text/markdown"
        assert source.text == SOURCE_000.read_text(encoding="utf-8")


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    """A path that does not exist is refused with its name."""
    spec = str(tmp_path / "nowhere.txt")
    with pytest.raises(SourceError) as error:
        load_source(spec)
    assert "no such file" in assert_one_line(error, spec)


def test_directory_is_refused(tmp_path: Path) -> None:
    """A directory is refused with a hint to give a file in it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    with pytest.raises(SourceError) as error:
        load_source(str(folder))
    assert "is a directory" in assert_one_line(error, str(folder))


def test_unreadable_path_names_the_path(tmp_path: Path) -> None:
    """A path that cannot be opened (a file used as a folder) is refused with its name."""
    spec = str(Path(write(tmp_path, "a.txt", b"text")) / "b.txt")
    with pytest.raises(SourceError) as error:
        load_source(spec)
    assert "cannot read" in assert_one_line(error, spec)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_names_the_path(tmp_path: Path) -> None:
    """A file without read permission is refused with its name."""
    spec = write(tmp_path, "secret.txt", SOURCE_000.read_bytes())
    os.chmod(spec, 0)
    with pytest.raises(SourceError) as error:
        load_source(spec)
    assert "permission denied" in assert_one_line(error, spec)


def test_empty_file(tmp_path: Path) -> None:
    """An empty file raises EmptySource."""
    spec = write(tmp_path, "empty.txt", b"")
    with pytest.raises(EmptySource) as error:
        load_source(spec)
    assert "is empty" in assert_one_line(error, spec)


def test_whitespace_only_file(tmp_path: Path) -> None:
    """A file of spaces and newlines (even behind a BOM) raises EmptySource."""
    spec = write(tmp_path, "blank.md", codecs.BOM_UTF8 + b"  \r\n\t\n   \n")
    with pytest.raises(EmptySource) as error:
        load_source(spec)
    assert "only whitespace" in assert_one_line(error, spec)


def test_stdin_empty() -> None:
    """Empty stdin raises EmptySource naming <stdin>."""
    with pytest.raises(EmptySource) as error:
        load_source("-", stdin=io.BytesIO(b""))
    assert_one_line(error, "<stdin>")


# --- odd shapes of text: nothing crashes, nothing is lost -----------------------------------


def _compare_files(a: str, b: str) -> compare.Comparison:
    result = compare.compare_sources(load_source(a, source_id="s1"), load_source(b, source_id="s2"))
    check_comparison(result)  # already run by the pipeline; repeated here to pin the contract
    return result


def test_no_sentence_punctuation(tmp_path: Path) -> None:
    """A file with no full stops, question or exclamation marks is read line by line and compared."""
    text = SOURCE_001.read_text(encoding="utf-8").translate(str.maketrans("", "", ".!?"))
    spec = write(tmp_path, "unpunctuated.txt", text.encode("utf-8"))
    result = _compare_files(spec, str(SOURCE_000))
    mine = [c for c in result.claims if c.source_id == "s1"]
    assert len(mine) >= len([line for line in text.splitlines() if line.strip()])
    assert any(f.verdict is not Verdict.UNIQUE for f in result.findings)


def test_same_file_twice_agrees_throughout() -> None:
    """The same file given as both sources: every finding is AGREE, every body sentence aligned."""
    for path in (SOURCE_000, SOURCE_001):
        result = _compare_files(str(path), str(path))
        assert {f.verdict for f in result.findings} == {Verdict.AGREE}
        assert all(len(f.claims) == 2 for f in result.findings)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("cr_only", "Russia moved troops.\rThe UK replied.\r\rSanctions followed on Tuesday.\r"),
        ("crlf", "Russia moved troops.\r\nThe UK replied.\r\n\r\nSanctions followed on Tuesday.\r\n"),
        ("controls", "Russia\x0bmoved\x0ctroops.\x1c The UK\u2028replied.\u2029Sanctions\x85followed."),
        ("invisible", "\u200bRussia\u200d moved \u202etroops\u202c.\ufeff The \u00adUK replied."),
        ("one_word", "Sanctions"),
        ("only_punctuation", "... !!! ??? --- *** ###"),
        ("emoji", "🇺🇦 Ukraine 💙💛 said 🙏 thanks. 👍"),
        ("combining", "Zelenskyy\u0301 said Kyiv\u0308 would not give up. Ü\u0308ber\u0301."),
        ("no_spaces", "Russia" * 2000 + "." + "troops" * 1000),
        ("tabs", "\tRussia\tmoved\ttroops.\t\tThe\tUK\treplied.\t"),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 20 else "",
)
def test_odd_text_never_crashes_and_loses_nothing(tmp_path: Path, name: str, text: str) -> None:
    """Odd line endings, control and invisible characters, emoji, one word: compared, nothing lost."""
    spec = write(tmp_path, f"{name}.txt", text.encode("utf-8"))
    result = _compare_files(spec, str(SOURCE_001))
    source = result.sources[0]
    assert source.text == text.removeprefix("\ufeff")  # a leading BOM is an encoding mark, not text
    assert all(source.text[c.span.start : c.span.end] == c.text for c in result.claims if c.source_id == "s1")


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="POSIX null device")
def test_null_device_is_empty() -> None:
    """/dev/null reads as an empty source."""
    with pytest.raises(EmptySource) as error:
        load_source("/dev/null")
    assert "is empty" in assert_one_line(error, "/dev/null")


def test_stdin_whitespace_only() -> None:
    """Stdin holding only blank lines raises EmptySource naming <stdin>."""
    with pytest.raises(EmptySource) as error:
        load_source("-", stdin=io.BytesIO(b"\n\n  \t\n"))
    assert "only whitespace" in assert_one_line(error, "<stdin>")


def test_stdin_binary_is_refused() -> None:
    """Binary bytes piped into stdin are refused like a binary file."""
    with pytest.raises(SourceError) as error:
        load_source("-", stdin=io.BytesIO(b"%PDF-1.7\n\x00\x01"))
    assert "PDF document" in assert_one_line(error, "<stdin>")


def test_closed_stdin_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """'-' when claimdiff was started with stdin closed (`<&-`) is one clear error."""
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(SourceError) as error:
        load_source("-")
    assert "standard input is closed" in assert_one_line(error, "<stdin>")
