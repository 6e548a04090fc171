"""The release history in build/releases.toml is true to the git history and to the program."""

from __future__ import annotations

import re
import subprocess
import sys

from desktop import __version__
from desktop.store.schema import SCHEMA_VERSION
from support import releases


def test_the_program_says_the_version_of_pyproject():
    assert __version__ == releases.current_version()
    out = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == f"Kense {__version__}"


def test_releases_are_in_order_and_none_is_newer_than_this_version():
    listed = releases.releases()
    keys = [releases.version_key(r.version) for r in listed]
    assert keys == sorted(set(keys))
    assert keys[-1] <= releases.version_key(releases.current_version())
    assert all(re.fullmatch(r"[0-9a-f]{40}", r.commit) for r in listed)
    schemas = [r.schema for r in listed]
    assert schemas == sorted(schemas) and schemas[-1] <= SCHEMA_VERSION


def test_there_is_a_previous_release_to_upgrade_from():
    assert releases.version_key(releases.previous_release().version) < releases.version_key(
        releases.current_version())


def schema_at(commit: str) -> int:
    """SCHEMA_VERSION as that commit's migrations define it: 1 + its numbered steps (the
    migrations were one file, desktop/store/migrations.py, until they became a package)."""
    try:
        source = releases.file_at(commit, "desktop/store/migrations.py")
    except AssertionError:
        source = releases.file_at(commit, "desktop/store/migrations/__init__.py")
    steps = source.split("MIGRATIONS: dict", 1)[1].split("}", 1)[0]
    return 1 + len(re.findall(r"^\s+\d+:", steps, flags=re.MULTILINE))


def test_each_release_commit_is_in_the_history_with_its_version_and_schema():
    for release in releases.releases():
        releases.require_commit(release)
        pyproject = releases.file_at(release.commit, "pyproject.toml")
        assert f'\nversion = "{release.version}"\n' in pyproject, release
        assert schema_at(release.commit) == release.schema, release
        # Upgrading must be possible: the release is an ancestor of what is tested now.
        assert releases.git("merge-base", "--is-ancestor", release.commit, "HEAD").returncode == 0


def test_release_tags_where_present_name_the_recorded_commits():
    # A checkout without tags relies on build/releases.toml alone; a tag that disagrees with it
    # would build a different "previous release" on a developer's PC than in CI.
    for release in releases.releases():
        tag = f"refs/tags/v{release.version}^{{commit}}"
        tagged = releases.git("rev-parse", "-q", "--verify", tag)
        if tagged.returncode == 0:
            assert tagged.stdout.strip() == release.commit, release
