"""Frozen behaviour: every table of every snapshot article equals the committed snapshot.

See ``tests/snapshot.py``: a change here must come with a commit that names the rule that
changed and why, and rewrites the snapshot with ``python -m tests.snapshot write``.
"""

from __future__ import annotations

import pytest

from tests import snapshot


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    return snapshot.article_paths(tmp_path_factory.mktemp("snapshot"))


@pytest.mark.parametrize("name", sorted(p.name.split(".")[0] for p in snapshot.SNAPSHOTS.iterdir()))
def test_tables_unchanged(paths, name):
    assert name in paths, f"snapshot {name} has no article: regenerate the snapshot"
    difference = snapshot.first_difference(snapshot.load(name), snapshot.analyse(paths[name]))
    assert difference is None, f"{name}: {difference}"


def test_snapshot_covers_every_article(paths):
    assert sorted(paths) == sorted(p.name.split(".")[0] for p in snapshot.SNAPSHOTS.iterdir())
    assert len(paths) >= 66
