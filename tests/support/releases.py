"""The release history: build/releases.toml, and the git history its commits live in.

The upgrade test builds the previous release from its commit. A checkout without that commit
(a shallow clone) cannot, and must say so rather than skip: an upgrade test that silently does
not run would let a release break every installed copy.
"""

from __future__ import annotations

import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RELEASES_FILE = ROOT / "build" / "releases.toml"


@dataclass(frozen=True)
class Release:
    version: str
    commit: str
    schema: int


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def current_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def releases() -> list[Release]:
    with open(RELEASES_FILE, "rb") as f:
        entries = tomllib.load(f)["release"]
    return [Release(e["version"], e["commit"], e["schema"]) for e in entries]


def previous_release() -> Release:
    """The newest release older than this checkout's version: what users upgrade from."""
    current = version_key(current_version())
    older = [r for r in releases() if version_key(r.version) < current]
    if not older:
        raise AssertionError(f"{RELEASES_FILE} names no release older than {current_version()}")
    return max(older, key=lambda r: version_key(r.version))


def git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True,
                          check=False)


def require_commit(release: Release) -> None:
    """Fail, naming the remedy, when the release's commit is not in this checkout."""
    if git("cat-file", "-e", f"{release.commit}^{{commit}}").returncode == 0:
        return
    shallow = git("rev-parse", "--is-shallow-repository").stdout.strip()
    if shallow == "true":
        why = "this is a shallow clone"
    elif shallow == "false":
        why = "this clone does not hold it"
    else:
        why = f"{ROOT} is not a git checkout"
    raise AssertionError(
        f"release {release.version} (commit {release.commit}, {RELEASES_FILE.name}) is not in "
        f"the history here: {why}. The upgrade test builds that release's installer from its "
        "commit: check out with full history (git fetch --unshallow --tags; CI: fetch-depth 0)."
    )


def file_at(commit: str, path: str) -> str:
    result = git("show", f"{commit}:{path}")
    if result.returncode != 0:
        raise AssertionError(f"{path} at {commit}: {result.stderr.strip()}")
    return result.stdout
