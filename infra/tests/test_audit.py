"""Security audits: bandit on the API's code, pip-audit on its pinned requirements, npm audit on the
front end's lock file.

bandit needs nothing from the network: no issue of medium or high severity is allowed (waivers:
none; the one finding, a SQL string in utils/seed_bulk.py, was rewritten with SQLAlchemy).

pip-audit and npm audit ask a vulnerability database. When it cannot be reached, which is the case
on the machines this project is built on (see docs/RELIABILITY.md, "Audits"), the check says so and
passes: CI lacks that network too, and a red build that nobody can fix is noise. Set AUDIT_STRICT=1
where the databases are reachable to turn "could not audit" into a failure. A vulnerability that is
found always fails, unless it is waived below with its reason.
"""
import json
import os

from conftest import API, ROOT, WEB, VENV_BIN, run

STRICT = os.environ.get("AUDIT_STRICT") == "1"
# Vulnerability id -> why it does not apply (also listed in docs/RELIABILITY.md). None so far.
PIP_AUDIT_WAIVERS = {}
NPM_AUDIT_WAIVERS = {}


def unreachable(what, detail):
    message = f"{what}: vulnerability database unreachable from this machine ({detail})"
    assert not STRICT, message
    print(f"[audit] NOT AUDITED - {message}")


def test_bandit_finds_nothing_of_medium_or_high_severity():
    result = run([str(VENV_BIN / "bandit"), "-r", str(API / "src"), "-f", "json", "-q",
                  "--severity-level", "medium"], check=False)
    report = json.loads(result.stdout)
    issues = [f"{issue['filename']}:{issue['line_number']} {issue['test_id']} {issue['issue_text']}"
              for issue in report["results"]]
    assert not issues, "\n".join(issues)
    assert report["metrics"]["_totals"]["loc"] > 1000  # it did read the code
    print(f"[audit] bandit: {report['metrics']['_totals']['loc']} lines, 0 medium/high")


def test_pip_audit_on_the_pinned_requirements():
    ignored = [argument for vuln in PIP_AUDIT_WAIVERS for argument in ("--ignore-vuln", vuln)]
    result = run([str(VENV_BIN / "pip-audit"), "-r", str(API / "requirements.txt"), "--no-deps",
                  "--disable-pip", "--format", "json", "--progress-spinner", "off", *ignored],
                 check=False, timeout=600)
    report = json.loads(result.stdout or "{}")
    dependencies = report.get("dependencies", [])
    assert dependencies, result.stderr[-2000:]
    vulnerable = [f"{dep['name']} {dep['version']}: {[v['id'] for v in dep['vulns']]}"
                  for dep in dependencies if dep.get("vulns")]
    assert not vulnerable, "\n".join(vulnerable)
    skipped = [dep for dep in dependencies if "skip_reason" in dep]
    audited = len(dependencies) - len(skipped)
    print(f"[audit] pip-audit: {audited} of {len(dependencies)} pinned packages audited, 0 vulnerable")
    if skipped:
        reasons = {dep["skip_reason"].split(":")[0] for dep in skipped}
        unreachable("pip-audit", f"{len(skipped)} packages skipped: {'; '.join(sorted(reasons))}")


def test_npm_audit_finds_nothing_high():
    result = run(["npm", "audit", "--audit-level=high", "--json"], cwd=WEB, check=False, timeout=300)
    try:
        report = json.loads(result.stdout)
    except ValueError:
        report = {}
    if "error" in report or not report:
        lines = [line for line in result.stderr.splitlines()
                 if "audit" in line and "complete log" not in line]
        detail = report.get("error", {}).get("summary") or " / ".join(lines) or result.stderr[-300:]
        unreachable("npm audit", detail)
        return
    severe = {name: advisory["severity"] for name, advisory in report.get("vulnerabilities", {}).items()
              if advisory["severity"] in ("high", "critical") and name not in NPM_AUDIT_WAIVERS}
    assert not severe, severe
    print(f"[audit] npm audit: {report.get('metadata', {}).get('vulnerabilities')}")


def test_the_audit_tools_are_pinned_for_ci():
    pins = (ROOT / "infra" / "requirements.txt").read_text()
    for tool in ("bandit==", "pip-audit=="):
        assert tool in pins
