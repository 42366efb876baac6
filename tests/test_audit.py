"""The audit trail is append-only and hash-chained (docs/reliability.md, decision 3)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from bedside.domain.patient import Check
from bedside.services.database import open_database
from bedside.storage import Store, audit, audit_pack
from bedside.storage.audit import GENESIS, HASHED_FIELDS, Actor, ChainReport, _digest
from bedside.storage.connection import write_transaction
from tests.factories import ACTOR, full_document, minimal_document, record_of

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

NURSE = Actor("CD", "ws-ward-2")


def _write_several(store: Store) -> int:
    """Six audited writes of different kinds; returns how many events they made."""
    store.import_record(record_of(full_document(mrn="P-1", name="Zoë Øster")), ACTOR)
    store.import_record(record_of(minimal_document(mrn="P-2", name="Иванов")), NURSE)
    store.add_user("Carla Diaz", "cd", ACTOR)
    store.record_check("P-1", Check("CMV-PCR", date(2025, 3, 10), "done", "AB", "2025-03-10T09:14:00Z"), ACTOR)
    store.set_meta("site", "Ward H5", ACTOR)
    store.record_check(
        "P-2",
        Check("IGG-MON", date(2025, 4, 2), "not-done", "CD", "2025-04-02T10:00:00Z", "lab closed"),
        NURSE,
    )
    return 6


@pytest.fixture
def written(db_path: Path) -> Iterator[Path]:
    """A database file with several audited writes, closed."""
    store = open_database(db_path)
    try:
        _write_several(store)
    finally:
        store.close()
    yield db_path


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _tamper(path: Path, *statements: str) -> None:
    """Change the file the way someone outside the app would: drop the guards, edit, leave."""
    raw = _raw(path)
    try:
        raw.execute("DROP TRIGGER events_no_update")
        raw.execute("DROP TRIGGER events_no_delete")
        for sql in statements:
            raw.execute(sql)
    finally:
        raw.close()


def _verify(path: Path) -> ChainReport:
    store = open_database(path)
    try:
        return store.verify_audit()
    finally:
        store.close()


# --- append-only -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE events SET actor = 'ZZ' WHERE seq = 2",
        "UPDATE events SET reason = 'oops'",
        "DELETE FROM events WHERE seq = 2",
        "DELETE FROM events",
    ],
)
def test_direct_update_or_delete_on_events_is_refused(store: Store, sql: str) -> None:
    _write_several(store)
    before = store._db.execute("SELECT * FROM events ORDER BY seq").fetchall()

    with pytest.raises((sqlite3.DatabaseError, psycopg.errors.RaiseException), match="append-only"):
        store._db.execute(sql)

    assert store._db.execute("SELECT * FROM events ORDER BY seq").fetchall() == before
    assert store.verify_audit().ok


@pytest.mark.parametrize("sql", ["UPDATE events SET actor = 'ZZ'", "DELETE FROM events"])
def test_another_connection_cannot_edit_events_either(written: Path, sql: str) -> None:
    raw = _raw(written)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            raw.execute(sql)
    finally:
        raw.close()
    assert _verify(written).ok


# --- the chain -----------------------------------------------------------------------------------


def test_chain_verifies_after_several_writes(store: Store) -> None:
    count = _write_several(store)

    report = store.verify_audit()

    rows = store._db.execute("SELECT seq, prev_hash, hash, mac, sig FROM events ORDER BY seq").fetchall()
    assert [r[0] for r in rows] == list(range(1, count + 1))
    assert all(r[1:4] == ("", "", None) for r in rows)  # packed rows (schema 11): hash and mark in sig, raw
    assert all(len(r[4]) in (8, 16) for r in rows)  # between checkpoints: 8 bytes of hash (and 8 of mark)
    head_link = bytes(rows[-1][4][:8]).hex()
    assert report.ok
    assert report.rows == count
    assert report.head_seq == count
    assert report.head_hash.startswith(head_link) and len(report.head_hash) == 64
    assert report.first_bad_seq is None
    assert report.head_label == f"#{count} {head_link[:12]}"


def test_empty_chain_verifies(store: Store) -> None:
    report = store.verify_audit()
    assert report.ok
    assert (report.rows, report.head_seq, report.head_hash) == (0, 0, GENESIS)


def test_chain_continues_across_reopening(written: Path) -> None:
    store = open_database(written)
    try:
        head = store.verify_audit()
        store.import_record(record_of(minimal_document(mrn="P-3")), ACTOR)
        report = store.verify_audit()
    finally:
        store.close()
    assert report.ok
    assert report.head_seq == head.head_seq + 1


def test_events_are_newest_first_and_filtered_by_patient(store: Store) -> None:
    _write_several(store)

    everything = store.events()
    p1 = store.events("P-1")

    assert [e.seq for e in everything] == sorted((e.seq for e in everything), reverse=True)
    assert [e.action for e in p1] == ["check.add", "patient.import"]
    assert {e.mrn for e in p1} == {"P-1"}
    assert [e.seq for e in store.events(limit=2)] == [e.seq for e in everything[:2]]


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE events SET actor = 'ZZ' WHERE seq = 2",
        "UPDATE events SET at = '2020-01-01T00:00:00Z' WHERE seq = 2",
        "UPDATE events SET new_value = '{}' WHERE seq = 2",
        "UPDATE events SET mrn = 'P-9' WHERE seq = 2",
    ],
)
def test_row_edited_outside_the_app_is_reported_by_seq(written: Path, change: str) -> None:
    assert _verify(written).ok

    _tamper(written, change)
    report = _verify(written)

    assert not report.ok
    assert report.first_bad_seq == 2
    assert report.head_seq == 1  # the last row that still verifies
    assert report.problem


def _forge(path: Path, seqs: list[int], actor: str) -> None:
    """Rewrite rows and recompute their hashes, as a careful forger would (a packed row keeps the key mark
    it had, which the forger cannot remake)."""
    names = (*HASHED_FIELDS, "prev_hash", "hash", "sig", "t")
    raw = _raw(path)
    try:
        raw.execute("DROP TRIGGER events_no_update")
        shapes = audit_pack.Shapes(Database(raw))
        for seq in seqs:
            values = raw.execute(f"SELECT {', '.join(names)} FROM events WHERE seq = ?", [seq])
            row = dict(zip(names, values.fetchone(), strict=True))
            link = audit.full_hash(Database(raw), seq - 1)
            if seq == seqs[0]:
                row["actor"] = actor
            if row["sig"] is not None:  # packed (schema 11): the hash covers the values unpacked
                digest = _digest(link, audit.as_hashed(row, shapes))
                size = 32 if seq % 16 == 0 else 8  # a checkpoint's whole hash, or its first 8 bytes
                sig = bytes.fromhex(digest)[:size] + row["sig"][size:]
                raw.execute("UPDATE events SET actor = ?, sig = ? WHERE seq = ?", [row["actor"], sig, seq])
                continue
            stored = row["prev_hash"] and link  # a compact row (schema 10) keeps its empty prev_hash
            raw.execute(
                "UPDATE events SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                [row["actor"], stored, _digest(link, row), seq],
            )
    finally:
        raw.close()


def _verify_chain_only(path: Path) -> ChainReport:
    """The plain chain, as without the key file (tests/test_audit_key.py covers the key marks)."""
    raw = _raw(path)
    try:
        return audit.verify(Database(raw), use_key=False)
    finally:
        raw.close()


def test_forged_row_with_recomputed_hash_is_caught_at_the_next_row(written: Path) -> None:
    _forge(written, [2], "ZZ")

    report = _verify_chain_only(written)

    assert not report.ok
    assert report.first_bad_seq == 3
    assert _verify(written).first_bad_seq == 2  # with the key: at the forged row itself


def test_forging_the_whole_tail_changes_the_printed_head(written: Path) -> None:
    """Undetectable by the chain alone, which is why the head is printed on every handover sheet."""
    printed = _verify(written).head_label

    _forge(written, [2, 3, 4, 5, 6], "ZZ")
    report = _verify_chain_only(written)

    assert report.ok
    assert report.head_seq == 6
    assert report.head_label != printed
    assert report.head_label.startswith("#6 ")


@pytest.mark.parametrize("deleted", [2, 3, 5])
def test_deleted_middle_row_is_reported_by_its_seq(written: Path, deleted: int) -> None:
    _tamper(written, f"DELETE FROM events WHERE seq = {deleted}")

    report = _verify(written)

    assert not report.ok
    assert report.first_bad_seq == deleted
    assert report.rows == deleted - 1


def test_swapped_rows_are_detected(written: Path) -> None:
    raw = _raw(written)
    actors = dict(raw.execute("SELECT seq, actor FROM events WHERE seq IN (1, 2)").fetchall())
    raw.close()
    assert actors[1] != actors[2]  # P-1 by AB, P-2 by CD

    _tamper(
        written,
        f"UPDATE events SET actor = '{actors[2]}' WHERE seq = 1",
        f"UPDATE events SET actor = '{actors[1]}' WHERE seq = 2",
    )

    assert _verify(written).first_bad_seq == 1


# --- compact rows (schema 10) and packed rows (schema 11) after rows of the earlier formats --------------------
@pytest.fixture
def mixed(db_path: Path) -> Path:
    """Three rows written at schema 9 (prev_hash and spaced JSON), three compact rows at schema 10, then the
    upgrade to schema 11 and four packed rows (the new key's record, #7, and three prints, #8-#10)."""
    from bedside.storage.migrations import migrations

    db = Database(_raw(db_path))
    migrations.apply(db, stop_before="m010_compact_audit_rows")
    for n in range(3):
        audit.append(db, ACTOR, "setting.change", "meta", f"old{n}", new={"value": n, "note": "x"})
    migrations.apply(db, stop_before="m011_packed_audit_rows")
    for n in range(3):
        audit.append(db, ACTOR, "setting.change", "meta", f"compact{n}", new={"value": n, "note": "y"})
    db.close()
    store = open_database(db_path)
    try:
        for n in range(3):
            store.record_print("handover", ACTOR, ward=f"H{n}", pages=n + 1)
    finally:
        store.close()
    return db_path


def _rows(path: Path) -> list[tuple[int, str, str | None, bytes | None]]:
    raw = _raw(path)
    try:
        return raw.execute("SELECT seq, prev_hash, new_value, sig FROM events ORDER BY seq").fetchall()
    finally:
        raw.close()


def test_old_rows_keep_their_format_and_new_rows_are_packed(mixed: Path) -> None:
    rows = _rows(mixed)
    old = [r for r in rows if r[0] <= 3]
    compact = [r for r in rows if 3 < r[0] <= 6]
    packed = [r for r in rows if r[0] > 6]
    assert old[0][1] == GENESIS and all(len(r[1]) == 64 and r[3] is None for r in old)  # never rewritten
    assert old[0][2] == '{"note": "x", "value": 0}'
    assert all(r[1] == "" and r[3] is None for r in compact)
    assert compact[0][2] == '{"note":"y","value":0}'  # JSON without spaces
    assert packed and all(r[1] == "" and len(r[3]) == 16 for r in packed)  # 8 bytes of hash, 8 of mark
    assert packed[-1][2] is not None and packed[-1][2].startswith("@")  # by position, texts as words
    assert ",3," in packed[-1][2] and "printer" not in packed[-1][2]
    assert _verify(mixed).ok and _verify_chain_only(mixed).ok
    store = open_database(mixed)
    try:
        values = {e.entity_id: e.new_value for e in store.events()}
        assert values["old0"] == {"note": "x", "value": 0} and values["compact1"] == {"note": "y", "value": 1}
        assert values["H2"] == {"output": "printer", "pages": 3, "ward": "H2"}  # read back as it was given
        assert store.verified_audit().ok  # and the incremental check from a packed head
        store.set_meta("later", "1", ACTOR)
        assert store.verified_audit().ok
    finally:
        store.close()


def test_a_packed_row_has_the_hash_a_compact_row_would_have(db_path: Path) -> None:
    """How a row is stored never changes what it proves: the chain is the same in both forms."""
    store = open_database(db_path)
    try:
        db = store._db
        value = {"ward": "H5", "pages": 2, "note": "Zoë"}
        row = audit.chained_row(9, GENESIS, True, ACTOR, "handover.print", "ward", "H5", None, None, value, None)
        packed = audit.packed_row(db, row, None, value, None)
    finally:
        store.close()
    assert packed["sig"] == bytes.fromhex(row["hash"])[:8] and packed["hash"] == ""  # #9: between checkpoints
    assert packed["new_value"].startswith("@") and len(packed["new_value"]) < len(row["new_value"])


@pytest.mark.parametrize("seq", [2, 5, 9])  # an old row, a compact row, a packed row
def test_an_edit_of_either_format_is_caught(mixed: Path, seq: int) -> None:
    _tamper(mixed, f"UPDATE events SET reason = 'edited' WHERE seq = {seq}")

    assert _verify_chain_only(mixed).first_bad_seq == seq


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE events SET new_value = replace(new_value, ',2,', ',4,') WHERE seq = 9",  # a packed value
        "UPDATE events SET sig = substr(sig, 1, 7) WHERE seq = 8",  # a sig cut short
        "UPDATE events SET hash = 'x' WHERE seq = 8",  # a packed row with a hex column filled
        "UPDATE events SET new_value = '@999,1,2' WHERE seq = 8",  # a shape that does not exist
        "UPDATE events SET new_value = replace(new_value, '~', '~1') WHERE seq = 9",  # other words
        "UPDATE events SET t = t - 3600 WHERE seq = 8",  # its time, an hour earlier
        "UPDATE events SET at = '2020-01-01T00:00:00Z' WHERE seq = 8",  # a second time beside it
    ],
)
def test_an_edit_of_a_packed_row_is_caught(mixed: Path, change: str) -> None:
    _tamper(mixed, change)

    report = _verify_chain_only(mixed)

    assert (report.ok, report.first_bad_seq) == (False, int(change.rsplit("=", 1)[1]))


def test_an_edited_shape_is_caught_at_the_first_row_that_uses_it(mixed: Path) -> None:
    """The shapes are part of what the rows say: swapping two keys changes the values the hash covers."""
    raw = _raw(mixed)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            raw.execute("UPDATE event_shapes SET keys = '[]'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            raw.execute("DELETE FROM event_shapes")
        raw.execute("DROP TRIGGER event_shapes_no_update")
        raw.execute("""UPDATE event_shapes SET keys = '["output","ward","pages"]' WHERE keys LIKE '%output%'""")
    finally:
        raw.close()

    assert _verify_chain_only(mixed).first_bad_seq == 8  # the first print


def test_an_old_row_whose_link_is_blanked_still_verifies_only_as_itself(mixed: Path) -> None:
    """An empty prev_hash is not a way around the chain: the hash is computed from the row before anyway."""
    _tamper(mixed, "UPDATE events SET prev_hash = '', reason = 'edited' WHERE seq = 2")

    assert _verify_chain_only(mixed).first_bad_seq == 2


# --- checkpoints (schema 11): the whole hash every 16th row, 8 bytes of it between -------------------------------
@pytest.fixture
def long_trail(db_path: Path) -> Path:
    store = open_database(db_path)
    try:
        for n in range(40):
            store.set_meta("site", f"Ward {n}", ACTOR)
    finally:
        store.close()
    return db_path


def test_checkpoints_keep_the_whole_hash_and_the_chain_is_whole_between_them(long_trail: Path) -> None:
    raw = _raw(long_trail)
    try:
        sizes = dict(raw.execute("SELECT seq, length(sig) FROM events").fetchall())
        db = Database(raw)
        report = audit.verify(db)
        wholes = [audit.full_hash(db, seq) for seq in (15, 16, 17, 40)]
        earlier = audit.verify(db, after=audit.verify(db))  # incremental, from a head between checkpoints
    finally:
        raw.close()
    assert {seq for seq, size in sizes.items() if size == 48} == {16, 32}
    assert {size for seq, size in sizes.items() if seq % 16} == {16}
    assert report.ok and report.rows == 40 and report.marked == 40 and report.head_hash == wholes[-1]
    assert all(len(h) == 64 for h in wholes) and len(set(wholes)) == 4
    assert earlier.ok and earlier.head_hash == report.head_hash
    store = open_database(long_trail)
    try:
        assert store.head_problem(40, report.head_hash) is None  # a whole 64-digit head, recomputed
        assert store.head_problem(40, report.head_hash[:12]) is None
        assert "rewritten" in (store.head_problem(40, "0" * 12) or "")
        store.set_meta("site", "after", ACTOR)  # an append reads back to the checkpoint when it must
        assert store.verify_audit().ok
    finally:
        store.close()


@pytest.mark.parametrize("seq", [16, 20, 31])  # a checkpoint, rows between
def test_an_edit_between_checkpoints_is_caught_at_its_row(long_trail: Path, seq: int) -> None:
    _tamper(long_trail, f"UPDATE events SET reason = 'edited' WHERE seq = {seq}")

    assert _verify_chain_only(long_trail).first_bad_seq == seq
    assert _verify(long_trail).first_bad_seq == seq


def test_a_checkpoint_cut_to_a_link_is_caught(long_trail: Path) -> None:
    raw = _raw(long_trail)
    whole = raw.execute("SELECT sig FROM events WHERE seq = 16").fetchone()[0]
    raw.close()
    cut = whole[:8] + whole[32:40]  # as a row between checkpoints would keep it
    _tamper(long_trail, f"UPDATE events SET sig = X'{cut.hex()}' WHERE seq = 16")

    assert _verify(long_trail).first_bad_seq == 16


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=45),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.dictionaries(st.text(min_size=1, max_size=8), JSON, min_size=2, max_size=6))
def test_a_packed_value_reads_back_as_it_was_given_and_verifies(db_path: Path, value: dict[str, object]) -> None:
    """Any object (texts with commas, "~" or "@", numbers, nesting) is read back exactly, packed or not."""
    store = open_database(db_path)
    try:
        with write_transaction(store._db):
            audit.append(store._db, ACTOR, "setting.change", "meta", "x", new=value, mrn="P-1")
        newest = store.events("P-1", limit=1)[0]
        report = store.verify_audit()
    finally:
        store.close()
    assert newest.new_value == json.loads(json.dumps(value))
    assert report.ok, report.problem
