"""The ward server goes away and comes back: every write is refused whole with one clear message, the
Store notes since when, and connects again by itself once the server is back (docs/ward-server.md, "Outage")."""

from __future__ import annotations

import stat
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from bedside.config.paths import data_dir
from bedside.domain.errors import UNREACHABLE, ServerUnreachableError, StorageError
from bedside.domain.patient import Check
from bedside.patient_file.demo import demo_records
from bedside.services import downtime
from bedside.services.database import open_database
from bedside.storage import Store, importing
from bedside.storage.audit import Actor
from bedside.storage.backup import check_backup
from bedside.storage.postgres import link as link_module
from tests import pg_server as pg
from tests.outage_server import own_server, own_url

__all__ = ["own_server", "own_url"]  # the fixtures, imported for pytest

TODAY = date(2026, 11, 21)
NURSE = Actor("TN", "ws-test")


@pytest.fixture
def ward(own_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setattr(link_module, "RETRY_S", 0.2)  # the tests wait less for the next try
    store = open_database(own_url)
    store.import_records(demo_records(TODAY)[:2], NURSE, demo=True)
    yield store
    store.close()


def tick(mrn: str = "DEMO-001") -> Check:
    return Check("hsv-vzv-prophylaxis", TODAY, "done", "TN", datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))


def counts(store: Store) -> tuple[int, int, int]:
    return tuple(  # type: ignore[return-value]
        int(store._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in ("patients", "checks", "events")
    )


def test_a_write_while_the_server_is_down_is_refused_and_saved_once_it_is_back(
    ward: Store, own_server: pg.PgServer
) -> None:
    before = counts(ward)
    link = ward.server_link()
    assert link is not None and link.down_since is None
    own_server.stop("immediate")
    with pytest.raises(ServerUnreachableError, match=UNREACHABLE) as refused:
        ward.record_check("DEMO-001", tick(), NURSE)
    assert link.down_since is not None and refused.value.since == link.down_since
    with pytest.raises(ServerUnreachableError, match=r"^the ward server is unreachable"):  # a read: never psycopg's
        ward.patient_summaries()
    with pytest.raises(ServerUnreachableError, match=UNREACHABLE):  # and so does the next write, at once
        ward.set_meta("k", "v", NURSE)
    own_server.start()
    time.sleep(0.3)
    assert counts(ward) == before  # reconnected by itself: nothing of the refused writes was saved
    assert link.down_since is None
    ward.record_check("DEMO-001", tick(), NURSE)
    assert counts(ward)[1:] == (before[1] + 1, before[2] + 1)
    assert ward.verify_audit().ok
    ward.close()
    with pytest.raises(StorageError, match="closed"):  # closed on purpose: never connected again behind its back
        ward.patient_summaries()


def test_a_write_cut_off_half_way_is_not_saved_at_all(
    ward: Store, own_server: pg.PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = counts(ward)
    one = importing.import_one

    def stop_after_first(db: Any, record: Any, *args: Any) -> int:
        done = one(db, record, *args)
        if record.mrn == "DEMO-003":
            own_server.stop("immediate")  # the first patient is written, inside the open transaction
        return done

    monkeypatch.setattr(importing, "import_one", stop_after_first)
    with pytest.raises(ServerUnreachableError, match=UNREACHABLE):
        ward.import_records(demo_records(TODAY)[2:4], NURSE, demo=True)
    own_server.start()
    time.sleep(0.3)
    assert counts(ward) == before  # neither patient, no audit row: the server rolled the whole write back
    assert ward.verify_audit().ok


def test_a_restarted_server_is_found_again_without_an_error(ward: Store, own_server: pg.PgServer) -> None:
    """A quick restart: the old connection is dead, the first read finds a new one (as after a failover)."""
    before = counts(ward)
    own_server.stop("fast")
    own_server.start()
    assert counts(ward) == before
    ward.record_check("DEMO-001", tick(), NURSE)


def test_a_multi_host_address_finds_the_server_that_takes_writes(own_url: str, own_server: pg.PgServer) -> None:
    """libpq tries each host in turn and keeps the one that accepts writes (target_session_attrs)."""
    dead = pg._free_port()
    host, _, rest = own_url.partition("@")[2].partition("/")
    url = f"{own_url.partition('@')[0]}@127.0.0.1:{dead},{host}/{rest}?target_session_attrs=read-write"
    store = open_database(url)
    try:
        store.import_records(demo_records(TODAY)[:1], NURSE, demo=True)
        before = counts(store)
        own_server.stop("immediate")
        with pytest.raises(ServerUnreachableError):
            store.record_check("DEMO-001", tick(), NURSE)
        own_server.start()
        time.sleep(0.3)
        store.record_check("DEMO-001", tick(), NURSE)
        assert counts(store)[1] == before[1] + 1
    finally:
        store.close()


def test_the_downtime_copy_is_a_verified_private_snapshot_and_only_the_newest_is_kept(
    ward: Store, own_url: str, own_server: pg.PgServer, tmp_path: Path
) -> None:
    folder = tmp_path / "downtime"
    first = downtime.refresh(own_url, folder, now=datetime(2026, 11, 21, 8, 0, tzinfo=UTC))
    second = downtime.refresh(own_url, folder, now=datetime(2026, 11, 21, 8, 5, tzinfo=UTC))
    assert [p.name for p in folder.iterdir()] == [second.path.name]  # the older one is removed
    assert not first.path.exists()
    assert stat.S_IMODE(second.path.stat().st_mode) == 0o600 and stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert check_backup(second.path).ok and check_backup(second.path).head == ward.audit_head()  # as a backup
    assert downtime.latest(folder) == downtime.DowntimeCopy(second.path, second.taken)
    events = len(ward.events())
    copy = downtime.open_copy(second)
    try:
        assert [s.mrn for s in copy.patient_summaries()] == [s.mrn for s in ward.patient_summaries()]
        with pytest.raises(StorageError, match="read-only"):
            copy.record_check("DEMO-001", tick(), NURSE)
    finally:
        copy.close()
    assert len(ward.events()) == events  # a downtime copy is not written into the server's trail
    own_server.stop("immediate")
    with pytest.raises(StorageError, match="cannot reach the ward server"):
        downtime.refresh(own_url, folder)
    assert downtime.latest(folder) == downtime.DowntimeCopy(second.path, second.taken)  # kept while the server is away


def test_the_downtime_copy_lives_in_this_users_data_folder(own_url: str) -> None:
    assert downtime.folder_for(own_url).parent == data_dir()
    assert downtime.folder_for(own_url).name == own_url.rsplit("/", 1)[1] + "-downtime"


def test_a_write_cut_off_by_a_quick_restart_is_never_finished_on_a_new_connection(
    ward: Store, own_server: pg.PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server is back before the write's next statement: the rest must not run on a new connection
    outside the transaction (half a write), it fails whole and the next write reconnects."""
    before = counts(ward)
    one = importing.import_one

    def restart_after_first(db: Any, record: Any, *args: Any) -> int:
        done = one(db, record, *args)
        if record.mrn == "DEMO-003":
            own_server.stop("fast")
            own_server.start()
        return done

    monkeypatch.setattr(importing, "import_one", restart_after_first)
    with pytest.raises(ServerUnreachableError, match=UNREACHABLE):
        ward.import_records(demo_records(TODAY)[2:4], NURSE, demo=True)
    time.sleep(0.3)
    assert counts(ward) == before
    monkeypatch.setattr(importing, "import_one", one)
    ward.import_records(demo_records(TODAY)[2:4], NURSE, demo=True)  # the same write, whole, once reconnected
    assert counts(ward)[0] == before[0] + 2 and ward.verify_audit().ok


def test_a_line_lost_at_commit_says_the_write_is_whole_or_not_there(
    ward: Store, own_server: pg.PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Everything was sent but COMMIT: whether the server committed cannot be known, and the message says so."""
    from bedside.storage.postgres import audit as pg_audit

    before = counts(ward)
    append = pg_audit.append

    def stop_after_append(*args: Any, **kwargs: Any) -> int:
        seq = append(*args, **kwargs)
        own_server.stop("immediate")  # the write's last statement is done; COMMIT is next
        return seq

    monkeypatch.setattr(pg_audit, "append", stop_after_append)
    with pytest.raises(ServerUnreachableError, match="saved whole or not at all"):
        ward.record_check("DEMO-001", tick(), NURSE)
    monkeypatch.setattr(pg_audit, "append", append)
    own_server.start()
    time.sleep(0.3)
    assert counts(ward) == before  # here the server had not committed: nothing of it is there
