#!/usr/bin/env python3
"""Checks a SARIF log of a build of samples/ShopSample (or of a copy of it), for scripts/ci-sarif.sh.

Usage: check-sarif.py LOG.sarif LEVEL
  LEVEL: the level every MIG result must have, `error` (CI mode) or `warning`.

Checks: SARIF 2.1.0; exactly the diagnostics that samples/ShopSample/README.md documents
(scripts/sample_expectations.py), each with its rule id, level, message, file, start line and column, and the
end of its range; MIG1003 with its related location, the manifest line; every rule of README.md's rules table
in the run's rule list, with its title and a help link to its page in docs/rules at the docs ref of the build (a
commit id or a release tag, the same for every rule: README.md, "Help links"), whether or not it fired. Python 3
standard library only.
"""

import json
import pathlib
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from sample_expectations import EXPECTED  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
HELP = re.compile(r"^https://github\.com/migration-analyzers/MigrationAnalyzers/blob/([0-9a-f]{40}|v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/docs/rules/(MIG\d{4})\.md$")


def main():
    path, level = sys.argv[1], sys.argv[2]
    log = json.loads(pathlib.Path(path).read_text(encoding="utf-8-sig"))
    problems = []
    if log.get("version") != "2.1.0":
        problems.append(f"version is {log.get('version')}, not 2.1.0")
    results = [r for run in log["runs"] for r in run.get("results", []) if r["ruleId"].startswith("MIG")]
    rules = {rule["id"]: rule for run in log["runs"] for rule in run["tool"]["driver"].get("rules", [])}

    got = []
    for result in results:
        location = result["locations"][0]["physicalLocation"]
        region = location["region"]
        got.append((result["ruleId"], location["artifactLocation"]["uri"].rsplit("/", 1)[-1], region["startLine"], region["startColumn"],
                    region.get("endLine"), region.get("endColumn"), result["message"]["text"], result["level"]))
        if not location["artifactLocation"]["uri"].startswith("file:///"):
            problems.append(f"{result['ruleId']}: the uri {location['artifactLocation']['uri']} is not an absolute file uri")
        if result["ruleId"] == "MIG1003":
            related = [(r["physicalLocation"]["artifactLocation"]["uri"].rsplit("/", 1)[-1], r["physicalLocation"]["region"]["startLine"])
                       for r in result.get("relatedLocations", [])]
            if ("MigrationExclusions.txt", 4) not in related:
                problems.append(f"MIG1003 has no related location at MigrationExclusions.txt line 4: {related}")
    want = [(rule, name, line, column, line, column + len(covered), message, level)
            for rule, name, line, column, covered, message in EXPECTED]
    if sorted(got) != sorted(want):
        problems.append("results differ from samples/ShopSample/README.md:\n  expected " + "\n           ".join(map(str, sorted(want)))
                        + "\n  got      " + "\n           ".join(map(str, sorted(got))))

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table_ids = re.findall(r"^\| \[(MIG\d{4})\]\(docs/rules/", readme, re.M)
    refs = set()
    for rule_id in table_ids:
        rule = rules.get(rule_id)
        if rule is None:
            problems.append(f"{rule_id} is not in the log's rule list")
            continue
        match = HELP.match(rule.get("helpUri", ""))
        if not match or match.group(2) != rule_id:
            problems.append(f"{rule_id}: help link {rule.get('helpUri')!r} is not the page of {rule_id} in docs/rules")
        elif not (ROOT / "docs/rules" / f"{rule_id}.md").is_file():
            problems.append(f"{rule_id}: docs/rules/{rule_id}.md does not exist")
        else:
            refs.add(match.group(1))
        if not rule.get("shortDescription", {}).get("text"):
            problems.append(f"{rule_id} has no title in the log")

    if len(refs) > 1:
        problems.append(f"the help links point to more than one docs ref: {sorted(refs)}")

    for problem in problems:
        print(f"check-sarif: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"check-sarif: {path}: {len(results)} results at level {level}, as documented; {len(table_ids)} rules with help links at {', '.join(sorted(refs))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
