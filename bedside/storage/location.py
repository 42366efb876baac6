"""Where the database file lives: refuse a network file system, and keep the data folder private.

SQLite's locking is unreliable on network file systems (NFS, SMB/CIFS...), WAL needs shared memory on
one host, and SMB locking regressed in SQLite 3.50/3.51 (docs/reliability.md, decision 1). So a database on
a network path is refused unless the site explicitly allows it (--allow-network-db or
BEDSIDE_ALLOW_NETWORK_DB=1), and then the override is written to the audit trail.

On POSIX the data folder Bedside creates is 0700 and the database with its -wal/-shm files 0600
(docs/reliability.md, decision 5). On Windows nothing is changed: the per-user %LOCALAPPDATA% folder already
carries an ACL that gives only that user (plus SYSTEM and Administrators) access, and a file inherits it.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from bedside.config.db_address import refuse_server_url
from bedside.config.paths import data_dir
from bedside.domain.errors import StorageError

ALLOW_ENV = "BEDSIDE_ALLOW_NETWORK_DB"
# File system types whose locks or shared memory SQLite cannot trust (Linux names, then macOS names).
NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "smb2",
        "ncpfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ceph",
        "fuse.ceph",
        "fuse.cephfs",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.davfs2",
        "lustre",
        "gpfs",
        "beegfs",
        "orangefs",
        "coda",
        "fuse.s3fs",
        "fuse.rclone",
        "vboxsf",
        "vmhgfs",
        "fuse.vmhgfs-fuse",
        "afpfs",
        "webdav",
        "ftp",
    }
)
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
_log = logging.getLogger("bedside.storage")


@dataclass(frozen=True, slots=True)
class Mount:
    point: str
    fstype: str


# --- finding the file system ----------------------------------------------------------------------


def mount_table(platform: str = sys.platform) -> str:
    """This machine's mounts as text: /proc/self/mountinfo on Linux, `mount` output on macOS."""
    try:
        if platform.startswith("linux"):
            return Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="surrogateescape")
        if platform == "darwin":
            done = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=10, check=False)
            return done.stdout
    except (OSError, subprocess.SubprocessError):
        pass  # unknown is treated as local: SQLite says what it cannot do when it opens the file
    return ""


def parse_mounts(text: str) -> list[Mount]:
    """Mounts from /proc/self/mountinfo lines or from macOS `mount` lines ("src on /point (type, ...)")."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if " - " in line and len(fields) >= 7:
            # mountinfo: id parent major:minor root POINT options [optional...] - TYPE source super-options
            after = line.split(" - ", 1)[1].split()
            if after:
                mounts.append(Mount(_unescape(fields[4]), after[0]))
            continue
        mac = re.match(r"^.+? on (?P<point>/.*) \((?P<type>[^,()]+)", line)
        if mac:
            mounts.append(Mount(mac.group("point"), mac.group("type").strip()))
    return mounts


def _unescape(point: str) -> str:
    # mountinfo writes space, tab, newline and backslash in octal (\040 \011 \012 \134).
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), point)


def filesystem_type(path: Path | str, mounts: str) -> str | None:
    """The type of the file system holding `path` (which need not exist yet): the longest mount point above it."""
    resolved = PurePosixPath(os.path.realpath(path))
    best: Mount | None = None
    for mount in parse_mounts(mounts):
        point = PurePosixPath(mount.point)
        if (point == resolved or point in resolved.parents) and (
            best is None or len(point.parts) >= len(PurePosixPath(best.point).parts)
        ):
            best = mount  # the last of equal points wins: a later mount hides an earlier one
    return best.fstype if best else None


DriveType = Callable[[str], int]


def _windows_network(path: str, drive_type: DriveType | None) -> str | None:
    """How a path is on a share ("UNC path \\\\server\\share", "network drive Z:"), or None for a local one."""
    for prefix in ("\\\\?\\UNC\\", "//?/UNC/"):
        if path.startswith(prefix):
            return f"UNC path \\\\{path[len(prefix) :]}"
    if path.startswith(("\\\\?\\", "\\\\.\\", "//?/", "//./")):
        path = path[4:]  # a long-path or device prefix in front of a drive letter
    elif path.startswith(("\\\\", "//")):
        return f"UNC path {PureWindowsPath(path).drive or path}"
    drive = PureWindowsPath(path).drive
    if len(drive) == 2 and drive[1] == ":":
        remote = (drive_type or _drive_type)(drive + "\\") == DRIVE_REMOTE
        return f"network drive {drive}" if remote else None
    return None


def _drive_type(root: str) -> int:
    if sys.platform != "win32":
        return 0
    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))


def network_kind(
    path: Path | str,
    *,
    mounts: str | None = None,
    platform: str = sys.platform,
    drive_type: DriveType | None = None,
) -> str | None:
    """What makes `path` a network location ("nfs4", "UNC path \\\\srv\\share"...), or None when it is local.

    mounts and drive_type stand in for the machine's mount table and GetDriveTypeW in tests."""
    if platform == "win32":
        text = str(path) if PureWindowsPath(str(path)).is_absolute() else os.path.abspath(path)
        return _windows_network(text, drive_type)
    fstype = filesystem_type(path, mount_table(platform) if mounts is None else mounts)
    return fstype if fstype in NETWORK_TYPES else None


def allowed_by_environment() -> bool:
    return os.environ.get(ALLOW_ENV, "").strip() == "1"


def check_location(
    path: Path | str,
    allow_network: bool,
    mounts: str | None = None,
    *,
    platform: str = sys.platform,
    drive_type: DriveType | None = None,
) -> str | None:
    """None for a local file; raise StorageError for a network one unless allowed, then return the warning
    that the caller writes to the audit trail."""
    if str(path) == ":memory:":
        return None
    return judge(path, network_kind(path, mounts=mounts, platform=platform, drive_type=drive_type), allow_network)


def judge(path: Path | str, kind: str | None, allow_network: bool) -> str | None:
    if kind is None:
        return None
    why = (
        f"the database {path} is on a network file system ({kind}). SQLite cannot lock a file reliably there, "
        "so two workstations could overwrite each other's work or damage the file"
    )
    if not allow_network:
        raise StorageError(
            f"{why}. Keep the database on this computer's own disk. To open it anyway, start Bedside with "
            f"--allow-network-db or set {ALLOW_ENV}=1 (recorded in the audit trail)."
        )
    return f"{why}; opened anyway because the network override was given"


# --- a private data folder ------------------------------------------------------------------------

SIDE_FILES = ("-wal", "-shm", "-journal")


def make_private(database: Path | str) -> None:
    """Before SQLite opens `database`: create its folder (0700 when Bedside creates it) and the file 0600, so
    SQLite makes -wal and -shm with the same mode; tighten looser files Bedside owns. Only a folder that
    cannot be created is an error; a mode that cannot be set is a logged warning."""
    if str(database) == ":memory:":
        return
    refuse_server_url(database)  # a server address is never a folder to create (bedside/config/db_address.py)
    db = Path(database)
    folder = db.parent
    created = not folder.exists()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # folders above it keep the usual mode
    except OSError as err:
        raise StorageError(f"cannot create the folder {folder} for the database: {err.strerror or err}") from err
    if os.name != "posix":
        return  # the per-user %LOCALAPPDATA% ACL already keeps other users out of the data folder
    own_folder = created or _same(folder, data_dir())
    if not db.exists():
        try:
            os.close(os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # SQLite takes an empty file
        except FileExistsError:
            pass  # another Bedside made it a moment ago
        except OSError as err:
            _log.warning("cannot create %s as a private file: %s", db, err.strerror or err)
    ours = [folder / (db.name + side) for side in ("", *SIDE_FILES)]
    try:
        ours += folder.glob(f"{glob_escape(db.name)}.before-*.bak")  # the copy taken before a migration
        if own_folder:
            ours += [folder, *_contents(folder)]  # and the backups and exports Bedside wrote into its folder
    except OSError as err:
        _log.warning("cannot list %s to make it private: %s", folder, err.strerror or err)
    for path in ours:
        _tighten(path, 0o700 if path.is_dir() else 0o600)


def _contents(folder: Path) -> list[Path]:
    """What is in the folder, and one level further down (backups/)."""
    found = []
    for inner in folder.iterdir():
        found.append(inner)
        if inner.is_dir() and not inner.is_symlink():
            found.extend(inner.iterdir())
    return found


def private_file(path: Path | str) -> None:
    """For a file Bedside writes beside the database (a backup, an export): readable by this user only."""
    if os.name == "posix":
        _tighten(Path(path), 0o600)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _tighten(path: Path, mode: int) -> None:
    """Take away group and other access from a file or folder this user owns; warn when that fails."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    except OSError as err:
        _log.warning("cannot check the permissions of %s: %s", path, err.strerror or err)
        return
    if stat.S_ISLNK(info.st_mode) or info.st_uid != os.geteuid() or not stat.S_IMODE(info.st_mode) & 0o077:
        return
    try:
        os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
    except OSError as err:
        _log.warning("cannot make %s private (mode %o): %s", path, mode, err.strerror or err)
