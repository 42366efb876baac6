"""The protocol scenarios of docs/reliability.md, and one example of each loader crash the fuzzing found.

"A protocol file with a typo / wrong type / 50 MB / YAML tags: clear error with file, line, field;
nothing executed; last good protocol kept."
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bedside.protocol.loader import MAX_BYTES, ProtocolError, load_bundle, load_file, load_protocol
from bedside.services.database import open_database
from tests.factories import ACTOR, minimal_document, record_of
from tests.test_fuzz_protocol import BASE, SHIPPED, bundle

REPO = Path(__file__).parents[1]

# --- the fixes, one example each (each failed before its fix) ---------------------------------------

HEADER = SHIPPED[BASE].split("[[item]]")[0]
# ABX-PPX: when, sources, a plain window
ITEM = "[[item]]" + next(p for p in SHIPPED[BASE].split("[[item]]") if p.startswith('\nid = "ABX-PPX"'))


@pytest.mark.parametrize(
    ("text", "fragment", "field"),
    [
        (HEADER + "[sources]\nX = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply", None),
        (HEADER + "[sources]\nX = " + "1" * 5000 + "\n", "too many digits", None),
        (HEADER + ITEM + "variant = 3\n", "[[item.variant]]", "variant"),
        (HEADER + ITEM + "gates = 3\n", "[[item.gates]]", "gates"),
        (HEADER + ITEM + 'done_by_lab = ["anc"]\n', "must be a lab test", "done_by_lab"),
        (HEADER + ITEM.replace('when = "', 'when = "' + "(" * 500), "brackets deep", "when"),
        (HEADER + ITEM.replace('when = "', 'when = "' + "not " * 2000), "characters", "when"),
        (HEADER.replace('"ash-2024"', '"ash-2024"\nextends = "' + "a" * 5000 + '"'), "protocol id", "extends"),
        (HEADER.replace('"ash-2024"', '"ash-2024"\nextends = "../etc/passwd"'), "protocol id", "extends"),
        (HEADER.replace('version = "2024.2"', "version = { a = 1 }"), "text", "version"),
        (HEADER.replace("effective = 2024-12-06", "effective = 2024-12-06T10:00:00"), "a date", "effective"),
        (HEADER + ITEM.replace('id = "ABX-PPX"', 'id = "ABX-PPX\\n"'), "upper-case words", "id"),
        (re.sub(r"description = .*", "description = [1]", HEADER), "text", "description"),
        (HEADER + "[[itme]]\nid = 'X'\n", "unknown top-level table", "itme"),
    ],
    ids=[
        "deep-nesting",
        "long-number",
        "variant-not-a-list",
        "gates-not-a-list",
        "done-by-lab-list",
        "deep-condition",
        "long-condition",
        "extends-too-long",
        "extends-a-path",
        "version-table",
        "effective-datetime",
        "id-trailing-newline",
        "description-list",
        "table-typo",
    ],
)
def test_what_crashed_the_loader_is_a_clear_refusal(text: str, fragment: str, field: str | None) -> None:
    err = bundle(text, "centre.toml")
    assert isinstance(err, ProtocolError)
    assert fragment in str(err) and str(err).startswith("centre.toml")
    assert err.field == field
    assert err.line is not None, str(err)


def test_a_byte_order_mark_is_read_and_bad_bytes_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "ash-2024.toml"
    path.write_bytes(b"\xef\xbb\xbf" + SHIPPED[BASE].encode())
    assert load_file(path).id == "ash-2024"
    path.write_bytes(b"[protocol]\n\xff\n")
    with pytest.raises(ProtocolError, match="not UTF-8") as caught:
        load_file(path)
    assert caught.value.line == 2


@pytest.mark.parametrize("name", ["a" * 5000, "a\x00b", "../../etc/passwd", "/", ""])
def test_an_odd_protocol_name_is_no_such_protocol(name: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        load_protocol(name or "\x00")
    assert len(str(caught.value)) < 400


# --- docs/reliability.md: "protocol file with a typo / wrong type / 50 MB / YAML tags" ---------------------


def bedside(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )


def line_of(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if fragment in line)


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('frequency = "daily"', 'frequncy = "daily"', "frequncy"),  # a typo in a field name
        ('category = "prophylaxis"', "category = 3", "category"),  # a number for text
        ('sources = ["ASH24"]', 'sources = "ASH24"', "sources"),  # text for a list
        ('when = "anc < 0.5"', "when = true", "when"),  # true for a condition
    ],
    ids=["typo", "number-for-text", "text-for-list", "bool-for-condition"],
)
def test_typo_or_wrong_type_names_file_line_item_and_field(tmp_path: Path, old: str, new: str, field: str) -> None:
    assert old in ITEM
    text = HEADER + ITEM.replace(old, new)
    path = tmp_path / "centre.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProtocolError) as caught:
        load_file(path)
    err = caught.value
    assert (err.item, err.field, err.line) == ("ABX-PPX", field, line_of(text, new))
    result = bedside("protocol", "check", str(path))
    assert result.returncode == 2
    assert f"centre.toml:{err.line}: item ABX-PPX: field {field}" in result.stderr


def test_a_50_mb_file_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:  # sparse: 50 MB without writing them
        handle.truncate(50_000_000)
    with pytest.raises(ProtocolError) as caught:
        load_file(path)
    assert "50,000,000 bytes" in str(caught.value)
    assert f"at most {MAX_BYTES:,}" in str(caught.value)
    assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize(
    "body",
    [
        "!!python/object/apply:os.system ['touch {canary}']\n",
        "--- !!python/object/new:subprocess.Popen [['touch', '{canary}']]\n",
        "[protocol]\nid: !!python/object/apply:os.system ['touch {canary}']\n",
    ],
    ids=["yaml-apply", "yaml-document", "yaml-in-a-table"],
)
def test_yaml_tags_are_not_toml_and_nothing_runs(tmp_path: Path, body: str) -> None:
    canary = tmp_path / "ran"
    text = body.format(canary=canary)
    for name in ("centre.toml", "centre.yaml"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ProtocolError, match="not valid TOML") as caught:
            load_protocol(str(path))
        assert caught.value.line == line_of(text, "!!python")
    assert not canary.exists()


def test_code_in_a_condition_or_a_text_is_never_run(tmp_path: Path) -> None:
    canary = tmp_path / "ran"
    command = f"__import__('os').system('touch {canary}')"
    text = HEADER + ITEM.replace('when = "anc < 0.5"', f'when = "{command}"')
    with pytest.raises(ProtocolError) as caught:
        load_bundle({"centre.toml": text}, "centre")
    assert caught.value.field == "when"
    # The same words as a title are only text: loaded, shown, never run.
    loaded = load_bundle({"centre.toml": HEADER + ITEM.replace("Antibacterial prophylaxis", command)}, "centre")
    item = loaded.item("ABX-PPX")
    assert item is not None and item.title == command
    assert not canary.exists()


def test_a_broken_file_leaves_patients_on_the_last_good_version(tmp_path: Path) -> None:
    """A patient keeps the protocol version pinned at enrolment: breaking the file later changes nothing."""
    path = tmp_path / "centre.toml"
    good = HEADER.replace('id = "ash-2024"', 'id = "centre"') + ITEM
    path.write_text(good, encoding="utf-8")
    protocol = load_file(path)
    store = open_database(tmp_path / "bedside.sqlite3")
    try:
        store.import_record(record_of(minimal_document()), ACTOR, protocol=protocol)
        path.write_text(good.replace('frequency = "daily"', "frequency = [1]"), encoding="utf-8")
        with pytest.raises(ProtocolError):
            load_file(path)
        pinned = store.protocol_for(store.load_record("A12345"))
    finally:
        store.close()
    assert pinned.id == "centre" and pinned.sha256 == protocol.sha256
    assert [i.id for i in pinned.items] == ["ABX-PPX"]
