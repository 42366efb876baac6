"""Where the database lives: a network file system is refused unless allowed (and then audited);
the data folder and the database are private to the user on POSIX."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from bedside import storage
from bedside.cli import entry as cli
from bedside.config.paths import data_dir
from bedside.domain.errors import StorageError
from bedside.services.database import open_database
from bedside.storage import location
from bedside.storage.location import (
    ALLOW_ENV,
    check_location,
    filesystem_type,
    make_private,
    network_kind,
    parse_mounts,
)
from tests.factories import ACTOR

MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard
60 27 0:50 / /srv/ward rw,relatime shared:30 - nfs4 filer:/export/ward rw,vers=4.2
61 60 254:1 / /srv/ward/local rw,relatime - ext4 /dev/vdb rw
62 27 0:51 / /mnt/share\040with\040space rw,relatime - cifs //filer/share rw,vers=3.0
63 27 0:52 / /home/ann/remote rw,nosuid,nodev - fuse.sshfs ann@host: rw,user_id=0
64 27 0:53 / /mnt/c rw,noatime - 9p drvfs rw,aname=drvfs
65 27 0:54 / /srv/ward2 rw - ext4 /dev/vdc rw
66 27 0:55 / /srv/ward2 rw - nfs filer:/export/ward2 rw
"""
MAC_MOUNT = """/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//ann@filer/Ward%20H5 on /Volumes/Ward H5 (smbfs, nodev, nosuid, mounted by ann)
filer:/export on /Volumes/export (nfs, asynchronous)
"""


# --- which file system ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/srv/ward/bedside.sqlite3", "nfs4"),
        ("/srv/ward", "nfs4"),
        ("/srv/ward/new/folder/bedside.sqlite3", "nfs4"),  # not there yet: the mount above it counts
        ("/srv/ward/local/bedside.sqlite3", "ext4"),  # a local disk mounted inside the share
        ("/srv/wardrobe/bedside.sqlite3", "ext4"),  # a name that only starts like a mount point
        ("/mnt/share with space/db.sqlite3", "cifs"),  # mountinfo writes the space as \040
        ("/home/ann/remote/db.sqlite3", "fuse.sshfs"),
        ("/mnt/c/Users/ann/db.sqlite3", "9p"),  # WSL2's Windows drives
        ("/srv/ward2/db.sqlite3", "nfs"),  # mounted over a local folder: the later mount is what shows
        ("/var/lib/bedside.sqlite3", "ext4"),
    ],
)
def test_the_file_system_is_the_nearest_mount_above_the_path(path: str, fstype: str) -> None:
    assert filesystem_type(path, MOUNTINFO) == fstype


def test_macos_mount_output_is_read_too() -> None:
    mounts = {m.point: m.fstype for m in parse_mounts(MAC_MOUNT)}
    assert mounts["/Volumes/Ward H5"] == "smbfs"
    assert network_kind("/Volumes/Ward H5/bedside.sqlite3", mounts=MAC_MOUNT, platform="darwin") == "smbfs"
    assert network_kind("/Volumes/export/db.sqlite3", mounts=MAC_MOUNT, platform="darwin") == "nfs"
    assert network_kind("/Users/ann/db.sqlite3", mounts=MAC_MOUNT, platform="darwin") is None


def test_a_symlink_into_a_share_is_followed(tmp_path: Path) -> None:
    target = tmp_path / "share"
    target.mkdir()
    link = tmp_path / "looks-local"
    link.symlink_to(target)
    table = f"1 0 0:1 / / rw - ext4 /dev/vda rw\n2 1 0:2 / {target} rw - nfs4 filer:/x rw\n"
    assert network_kind(link / "bedside.sqlite3", mounts=table) == "nfs4"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (r"\\filer\ward\bedside.sqlite3", r"UNC path \\filer\ward"),
        ("//filer/ward/bedside.sqlite3", r"UNC path \\filer\ward"),
        (r"\\?\UNC\filer\ward\bedside.sqlite3", r"UNC path \\filer\ward\bedside.sqlite3"),
        (r"Z:\ward\bedside.sqlite3", "network drive Z:"),
        (r"\\?\Z:\ward\bedside.sqlite3", "network drive Z:"),
        (r"C:\Users\ann\AppData\Local\Bedside\bedside.sqlite3", None),
        (r"\\?\C:\Users\ann\bedside.sqlite3", None),
    ],
)
def test_windows_shares_and_mapped_drives(path: str, kind: str | None) -> None:
    def drive_type(root: str) -> int:  # GetDriveTypeW as Windows would answer: Z: is a mapped share
        assert root.endswith(":\\")
        return location.DRIVE_REMOTE if root.upper() == "Z:\\" else 3  # DRIVE_FIXED

    assert network_kind(path, platform="win32", drive_type=drive_type) == kind


def test_a_network_path_is_refused_with_the_reason_and_the_way_out() -> None:
    with pytest.raises(StorageError) as caught:
        check_location("/srv/ward/bedside.sqlite3", allow_network=False, mounts=MOUNTINFO)
    message = str(caught.value)
    assert "/srv/ward/bedside.sqlite3" in message and "nfs4" in message
    assert "lock" in message and "--allow-network-db" in message and ALLOW_ENV in message


def test_allowed_it_gives_a_warning_and_a_local_path_gives_nothing() -> None:
    warning = check_location("/srv/ward/bedside.sqlite3", allow_network=True, mounts=MOUNTINFO)
    assert warning is not None and "nfs4" in warning
    assert check_location("/var/lib/bedside.sqlite3", allow_network=False, mounts=MOUNTINFO) is None
    assert check_location(":memory:", allow_network=False, mounts=MOUNTINFO) is None
    with pytest.raises(StorageError, match="UNC path"):
        check_location(r"\\filer\ward\db.sqlite3", False, platform="win32", drive_type=lambda _root: 3)


def test_this_machines_own_mount_table_is_readable() -> None:
    if not os.path.exists("/proc/self/mountinfo"):
        pytest.skip("no /proc here")
    assert filesystem_type("/", location.mount_table("linux")) is not None


# --- the whole way, through the command line --------------------------------------------------------


@pytest.fixture
def network_mount(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path/share looks like an NFS mount to Bedside (the real file stays local)."""
    share = tmp_path / "share"
    share.mkdir()
    table = f"1 0 0:1 / / rw - ext4 /dev/vda rw\n2 1 0:2 / {share.resolve()} rw,relatime - nfs4 filer:/ward rw\n"
    monkeypatch.setattr(location, "mount_table", lambda platform="linux": table)
    monkeypatch.delenv(ALLOW_ENV, raising=False)
    return share


def events_of(db: Path, action: str) -> list[object]:
    """Read straight from the file: opening it through storage.open() would check (and record) the mount again."""
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        rows = conn.execute("SELECT new_value FROM events WHERE action = ? ORDER BY seq DESC", [action]).fetchall()
    return [json.loads(value) for (value,) in rows]


def test_cli_refuses_a_database_on_a_network_mount(network_mount: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = network_mount / "bedside.sqlite3"
    assert cli.run(["--db", str(db), "users", "list"]) == 2
    err = capsys.readouterr().err
    assert "network file system (nfs4)" in err and "--allow-network-db" in err
    assert not db.exists()  # refused before SQLite created anything


def test_cli_opens_it_with_the_flag_and_audits_the_override(
    network_mount: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = network_mount / "bedside.sqlite3"
    assert cli.run(["--db", str(db), "--allow-network-db", "users", "list"]) == 0
    overrides = events_of(db, "storage.network_override")
    assert overrides == [
        {"path": str(db), "filesystem": "nfs4", "warning": overrides[0]["warning"]}  # type: ignore[index]
    ]


def test_the_environment_variable_allows_it_too(network_mount: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = network_mount / "bedside.sqlite3"
    monkeypatch.setenv(ALLOW_ENV, "1")
    assert cli.run(["--db", str(db), "users", "list"]) == 0
    assert len(events_of(db, "storage.network_override")) == 1
    monkeypatch.setenv(ALLOW_ENV, "yes")  # only "1" allows it: a typo must not
    assert cli.run(["--db", str(db), "users", "list"]) == 2


def test_the_window_takes_the_flag_too() -> None:
    assert cli.gui_options(["--allow-network-db"]).allow_network_db is True
    assert cli.gui_options([]).allow_network_db is False


def test_a_local_database_is_opened_without_an_override_event(tmp_path: Path) -> None:
    store = storage.open(tmp_path / "bedside.sqlite3", allow_network=False, actor=ACTOR, mounts=MOUNTINFO)
    try:
        assert not [e for e in store.events() if e.action == "storage.network_override"]
    finally:
        store.close()


# --- a private data folder --------------------------------------------------------------------------

posix_only = pytest.mark.skipif(os.name != "posix", reason="Windows keeps %LOCALAPPDATA% private by its ACL")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_a_new_data_folder_and_database_are_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    folder = data_dir()
    assert not folder.exists()
    store = open_database(folder / "bedside.sqlite3")
    try:
        store.set_meta("probe", "1", ACTOR)  # a write: -wal and -shm exist now
        files = sorted(p.name for p in folder.iterdir())
        assert {"bedside.sqlite3", "bedside.sqlite3-wal", "bedside.sqlite3-shm"} <= set(files)
        assert mode(folder) == 0o700
        assert {name: mode(folder / name) for name in files} == dict.fromkeys(files, 0o600)
        assert mode(tmp_path / "xdg") & 0o077 != 0  # the folders above it are not Bedside's to close
    finally:
        store.close()


@posix_only
def test_looser_files_bedside_owns_are_tightened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    folder = data_dir()
    open_database(folder / "bedside.sqlite3").close()
    backups = folder / "backups"
    backups.mkdir()
    (backups / "bedside-20250301.sqlite3").write_bytes(b"")
    (folder / "ward-list-2025-03-01.csv").write_bytes(b"")
    for path in (folder, backups):
        path.chmod(0o755)
    for path in (folder / "bedside.sqlite3", backups / "bedside-20250301.sqlite3", folder / "ward-list-2025-03-01.csv"):
        path.chmod(0o644)
    open_database(folder / "bedside.sqlite3").close()
    assert (mode(folder), mode(backups)) == (0o700, 0o700)
    assert mode(folder / "bedside.sqlite3") == 0o600
    assert mode(backups / "bedside-20250301.sqlite3") == 0o600
    assert mode(folder / "ward-list-2025-03-01.csv") == 0o600


@posix_only
def test_a_folder_bedside_did_not_create_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    (shared / "notes.txt").write_text("not ours")
    (shared / "notes.txt").chmod(0o644)
    copy = shared / "ward.sqlite3.before-m003_x-20250301T000000Z.bak"  # a copy taken before a migration
    copy.write_bytes(b"")
    copy.chmod(0o644)
    open_database(shared / "ward.sqlite3").close()
    assert mode(shared) == 0o755
    assert mode(shared / "notes.txt") == 0o644
    assert mode(shared / "ward.sqlite3") == 0o600
    assert mode(copy) == 0o600


@posix_only
def test_a_new_folder_for_another_database_is_private(tmp_path: Path) -> None:
    make_private(tmp_path / "new" / "deeper" / "ward.sqlite3")
    assert mode(tmp_path / "new" / "deeper") == 0o700
    assert mode(tmp_path / "new" / "deeper" / "ward.sqlite3") == 0o600


@posix_only
def test_when_it_cannot_make_them_private_it_warns_and_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "ward.sqlite3"
    db.write_bytes(b"")
    db.chmod(0o644)

    def refuse(path: object, mode: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(location.os, "chmod", refuse)
    with caplog.at_level(logging.WARNING, logger="bedside.storage"):
        open_database(db).close()
    assert mode(db) == 0o644
    assert any("cannot make" in r.getMessage() and str(db) in r.getMessage() for r in caplog.records)


def test_a_folder_that_cannot_be_made_is_a_clear_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(StorageError, match=r"cannot create the folder .*not-a-folder"):
        open_database(blocker / "bedside.sqlite3")
