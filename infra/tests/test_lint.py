"""Static checks: hadolint on both Dockerfiles, shellcheck on every script in infra/, the workflows
against GitHub's workflow schema, zizmor (GitHub Actions linter), and shellcheck on their run: steps."""
import re
from pathlib import Path

import pytest
import yaml

from conftest import INFRA, ROOT, run, tool

DOCKERFILES = [ROOT / "dental-api" / "Dockerfile", ROOT / "dental-website" / "Dockerfile"]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
SKIP_DIRS = {"rendered", "letsencrypt", "certbot_webroot", "selfsigned", ".deploy", "__pycache__"}


def shell_scripts():
    scripts = []
    for path in sorted(INFRA.rglob("*")):
        if not path.is_file() or SKIP_DIRS & set(path.relative_to(INFRA).parts):
            continue
        first = path.read_bytes()[:64].split(b"\n", 1)[0]
        if path.suffix == ".sh" or re.match(rb"#!.*\b(ba|da|)sh\b", first):
            scripts.append(path)
    return scripts


def test_there_are_scripts_to_check():
    names = {path.relative_to(INFRA).as_posix() for path in shell_scripts()}
    assert {"deploy.sh", "backup.sh", "restore.sh", "selfsigned-cert.sh", "nginx/render.sh",
            "docker/nginx-run.sh", "docker/certbot-renew.sh", "docker/expire-orders.sh",
            "docker/publish-frontend.sh"} <= names


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=lambda path: path.parent.name)
def test_hadolint(dockerfile):
    run([tool("hadolint"), "--failure-threshold", "warning", str(dockerfile)])


@pytest.mark.parametrize("script", shell_scripts(), ids=lambda path: path.relative_to(INFRA).as_posix())
def test_shellcheck(script):
    run([tool("shellcheck"), "--external-sources", str(script)], cwd=script.parent)


@pytest.mark.parametrize("script", shell_scripts(), ids=lambda path: path.relative_to(INFRA).as_posix())
def test_scripts_are_executable_and_strict(script):
    assert script.stat().st_mode & 0o111, f"{script} is not executable"
    text = script.read_text()
    if text.startswith("#!/usr/bin/env bash"):
        assert "set -euo pipefail" in text
    elif "docker/" not in script.as_posix():  # the POSIX sh loops handle their own errors
        assert re.search(r"^set -eu", text, re.M)


def test_workflows_match_the_github_workflow_schema():
    assert {path.name for path in WORKFLOWS} >= {"lint_test.yml", "build_push_deploy.yml"}
    run([tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)])


def test_zizmor():
    run([tool("zizmor"), "--offline", "--config", str(INFRA / "zizmor.yml"), "--no-progress",
         str(ROOT / ".github" / "workflows")])


def _run_steps():
    for workflow in WORKFLOWS:
        data = yaml.safe_load(workflow.read_text())
        for job_name, job in data["jobs"].items():
            for index, step in enumerate(job.get("steps", [])):
                if "run" in step:
                    yield f"{workflow.name}:{job_name}:{step.get('name', index)}", step["run"]


@pytest.mark.parametrize("script", [pytest.param(script, id=name) for name, script in _run_steps()])
def test_shellcheck_workflow_run_steps(script, tmp_path):
    # ${{ expressions }} are replaced by a variable, as GitHub substitutes them before bash runs.
    body = re.sub(r"\$\{\{.*?\}\}", "$GHA_EXPRESSION", script)
    path = Path(tmp_path) / "step.sh"
    path.write_text("#!/usr/bin/env bash\nset -e\nexport GHA_EXPRESSION=x\n" + body)
    run([tool("shellcheck"), "--shell=bash", str(path)])


def test_workflow_contents():
    lint = yaml.safe_load((ROOT / ".github/workflows/lint_test.yml").read_text())
    deploy = yaml.safe_load((ROOT / ".github/workflows/build_push_deploy.yml").read_text())
    on_lint = lint[True] if True in lint else lint["on"]  # PyYAML reads `on:` as True
    on_deploy = deploy[True] if True in deploy else deploy["on"]
    assert on_lint["push"]["branches"] == ["main", "develop"]
    assert on_lint["pull_request"]["branches"] == ["main", "develop"]
    assert on_deploy == {"push": {"branches": ["main"]}}
    text = (ROOT / ".github/workflows/lint_test.yml").read_text()
    for needle in ("make lint", "make test-api", "make test-web", "make test-infra", "postgres:"):
        assert needle in text
    assert deploy["concurrency"]["cancel-in-progress"] is False
    assert deploy["jobs"]["build"]["permissions"]["packages"] == "write"
    assert deploy["jobs"]["build"]["needs"] == "test"
    assert deploy["jobs"]["deploy"]["needs"] == "build"
    steps = "\n".join(step.get("run", "") for step in deploy["jobs"]["build"]["steps"])
    assert '"${image}:${GITHUB_SHA}"' in steps and '"${image}:latest"' in steps and "ghcr.io" in steps
    deploy_run = "\n".join(step.get("run", "") for step in deploy["jobs"]["deploy"]["steps"])
    assert "StrictHostKeyChecking=yes" in deploy_run and "infra/deploy.sh" in deploy_run


def _dockerignore_excludes(context, relative):
    """Docker's .dockerignore rule: the last pattern that matches decides (! re-includes)."""
    import fnmatch
    excluded = False
    ignore = context / ".dockerignore"
    if not ignore.exists():
        return False
    for raw in ignore.read_text().splitlines():
        pattern = raw.strip()
        if not pattern or pattern.startswith("#"):
            continue
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").rstrip("/")
        parts = relative.split("/")
        candidates = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
        if any(fnmatch.fnmatch(candidate, pattern) or fnmatch.fnmatch(candidate, pattern.replace("**/", ""))
               for candidate in candidates):
            excluded = not negate
    return excluded


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=lambda path: path.parent.name)
def test_every_file_the_dockerfile_copies_exists_in_its_build_context(dockerfile):
    context = dockerfile.parent
    sources = []
    for line in dockerfile.read_text().replace("\\\n", " ").splitlines():
        words = line.split()
        if words and words[0] == "COPY" and not any(word.startswith("--from") for word in words):
            sources += [word for word in words[1:-1] if not word.startswith("--")]
    assert sources
    for source in sources:
        if source == ".":
            continue
        assert (context / source).exists(), f"{dockerfile}: COPY {source}: no such file in {context}"
        assert not _dockerignore_excludes(context, source.rstrip("/")), \
            f"{dockerfile}: COPY {source} is excluded by .dockerignore"


def test_the_api_image_requirements_install_as_the_dockerfile_installs_them(tmp_path):
    """The Dockerfile's pip command resolves with the pinned requirements (wheels only, but for the
    pure-Python sources it names): a new dependency that would need a compiler fails here."""
    dockerfile = (ROOT / "dental-api" / "Dockerfile").read_text().replace("\\\n", " ")
    flags = re.search(r"pip install (.*?) -r /tmp/requirements.txt", dockerfile).group(1).split()
    result = run([str(Path(tool("python"))), "-m", "pip", "install", "--dry-run", "--ignore-installed",
                  "--quiet", "--report", str(tmp_path / "report.json"), *flags,
                  "-r", str(ROOT / "dental-api" / "requirements.txt")], check=False)
    assert result.returncode == 0, result.stderr[-3000:]
