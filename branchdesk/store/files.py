"""Files in the data folder written whole: under their name complete or not at all, and still there
after a power cut once the caller goes on (to commit a row that names the file, say).

A file is written to a temporary name beside its target and forced to disk, then renamed; on POSIX
the folder is forced to disk too, since the rename (like a new folder) is an entry of its folder and
is otherwise lost in a power cut with the rest of the folder's unwritten metadata. Windows offers no
way to flush a folder from Python and NTFS journals renames, so there the file's own flush is all.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def sync_folder(folder: Path) -> None:
    """Force a folder's entries (names added, renamed or removed) to disk."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_folder(folder: Path) -> None:
    """Create `folder` and the folders above it it needs, each on disk in its parent."""
    if folder.is_dir():
        return
    make_folder(folder.parent)
    try:
        folder.mkdir()
    except FileExistsError:
        return  # another process made it meanwhile, and forces it to disk itself
    sync_folder(folder.parent)


def rename_whole(tmp: Path, path: Path) -> None:
    """Give a file already on disk (fsync) its name, on disk too."""
    os.replace(tmp, path)
    sync_folder(path.parent)


def write_whole(path: Path, data: bytes) -> None:
    """Write `data` as the file `path`, replacing any file there, whole and on disk when it returns.

    The temporary file has a name of its own, so two processes writing the same file do not mix
    their bytes; one killed mid-write leaves a stray `.<name>.*.part`, never a part under the name."""
    make_folder(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        rename_whole(Path(tmp), path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
