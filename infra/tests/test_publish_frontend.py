"""infra/docker/publish-frontend.sh (the frontend service's command), run with the machine's sh:
the new build lands in the volume, index.html last, and old hashed assets go after PRUNE_DAYS."""
import os
import time

from conftest import INFRA, run

SCRIPT = INFRA / "docker" / "publish-frontend.sh"


def test_publish_copies_the_build_and_prunes_old_assets(tmp_path):
    src, dest = tmp_path / "dist", tmp_path / "volume"
    (src / "assets").mkdir(parents=True)
    (src / "index.html").write_text("<script src=/assets/index-new.js></script>")
    (src / "assets" / "index-new.js").write_text("new")
    (src / "assets" / "index-new.js.gz").write_bytes(b"\x1f\x8b")
    (src / "favicon.svg").write_text("<svg/>")
    (dest / "assets").mkdir(parents=True)
    (dest / "index.html").write_text("<script src=/assets/index-old.js></script>")
    for name, age_days in (("index-old.js", 1), ("index-ancient.js", 30)):
        path = dest / "assets" / name
        path.write_text("old")
        stamp = time.time() - age_days * 86400
        os.utime(path, (stamp, stamp))

    env = dict(os.environ, SRC_DIR=str(src), DEST_DIR=str(dest), PRUNE_DAYS="7")
    result = run(["sh", str(SCRIPT)], env=env)
    assert "published 4 files" in result.stdout
    assert (dest / "index.html").read_text() == (src / "index.html").read_text()
    assert (dest / "assets" / "index-new.js").read_text() == "new"
    assert (dest / "assets" / "index-new.js.gz").exists() and (dest / "favicon.svg").exists()
    assert (dest / "assets" / "index-old.js").exists(), "a recent old asset stays for open pages"
    assert not (dest / "assets" / "index-ancient.js").exists()
    assert not list(dest.rglob("*.tmp-publish"))


def test_publish_refuses_a_build_without_index_html(tmp_path):
    (tmp_path / "dist").mkdir()
    result = run(["sh", str(SCRIPT)], check=False,
                 env=dict(os.environ, SRC_DIR=str(tmp_path / "dist"), DEST_DIR=str(tmp_path / "volume")))
    assert result.returncode != 0 and "index.html missing" in result.stderr
