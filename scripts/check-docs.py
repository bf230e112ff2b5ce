#!/usr/bin/env python3
"""Keeps what is derived from README.md's rules table in step with it.

README.md's "## Rules" table is the one list of rules. From it:

1. src/MigrationAnalyzers.Package/PACKAGE.md (the NuGet readme) carries the same table between
   <!-- rules:begin ... --> and <!-- rules:end -->, with the links made absolute (blob/main; the packed copy
   pins them to the commit, see the package project). `--write` regenerates that block.
2. Every rule has its page docs/rules/ID.md, and every page is in the table.
3. The Severity column agrees with the analyzer's release tracking (AnalyzerReleases.*.md).
4. The package's targets (MigrationAnalyzers.targets) list every rule that is on by default, the ones they keep
   warnings under TreatWarningsAsErrors outside CI.
5. MigrationAnalyzers.Errors.globalconfig makes exactly the data-loss rules (MIG1xxx) that are on by default
   errors.

Usage: scripts/check-docs.py            check; exits 1 and says what differs
       scripts/check-docs.py --write    regenerate PACKAGE.md's rules block, then check
Python 3 standard library only.
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PACKAGE_MD = ROOT / "src/MigrationAnalyzers.Package/PACKAGE.md"
TARGETS = ROOT / "src/MigrationAnalyzers.Package/buildTransitive/MigrationAnalyzers.targets"
ERRORS_CONFIG = ROOT / "src/MigrationAnalyzers.Package/buildTransitive/MigrationAnalyzers.Errors.globalconfig"
RELEASES = [ROOT / "src/MigrationAnalyzers/AnalyzerReleases.Shipped.md", ROOT / "src/MigrationAnalyzers/AnalyzerReleases.Unshipped.md"]
DOCS_URL = "https://github.com/migration-analyzers/MigrationAnalyzers/blob/main/docs/rules/"

# README's Severity column, as release tracking spells it.
SEVERITY_IN_RELEASES = {"Warning": "Warning", "Error": "Error", "Info": "Info", "Off (opt in)": "Disabled"}


def readme_rules():
    """[(id, severity, description, row)] from the table under '## Rules'."""
    text = README.read_text(encoding="utf-8")
    section = re.search(r"^## Rules\n(.*?)(?=^## )", text, re.S | re.M)
    if not section:
        sys.exit("check-docs: README.md has no '## Rules' section")
    rules = []
    for line in section.group(1).splitlines():
        match = re.match(r"\| \[(MIG\d{4})\]\(docs/rules/(MIG\d{4})\.md\) \| ([^|]+?) \| (.+) \|$", line)
        if match:
            if match.group(1) != match.group(2):
                sys.exit(f"check-docs: README.md links {match.group(1)} to the page of {match.group(2)}")
            rules.append((match.group(1), match.group(3), match.group(4), line))
    if not rules:
        sys.exit("check-docs: README.md's rules table has no rows")
    return rules


def package_block(rules):
    lines = ["| Rule | Severity | What it reports |", "|---|---|---|"]
    for rule_id, severity, description, _ in rules:
        lines.append(f"| [{rule_id}]({DOCS_URL}{rule_id}.md) | {severity} | {description} |")
    return "\n".join(lines) + "\n"


BLOCK = re.compile(r"(<!-- rules:begin[^\n]*-->\n)(.*?)(<!-- rules:end -->)", re.S)


def main():
    write = "--write" in sys.argv[1:]
    rules = readme_rules()
    problems = []

    # 1. PACKAGE.md's table.
    package = PACKAGE_MD.read_text(encoding="utf-8")
    block = BLOCK.search(package)
    if not block:
        problems.append("PACKAGE.md has no <!-- rules:begin --> ... <!-- rules:end --> block")
    else:
        expected = package_block(rules)
        if block.group(2) != expected:
            if write:
                PACKAGE_MD.write_text(package[: block.start(2)] + expected + package[block.end(2):], encoding="utf-8")
                print("check-docs: rewrote PACKAGE.md's rules table from README.md")
            else:
                problems.append("PACKAGE.md's rules table differs from README.md's: run scripts/check-docs.py --write")

    # 2. Rule pages.
    ids = [rule_id for rule_id, _, _, _ in rules]
    pages = sorted(p.stem for p in (ROOT / "docs/rules").glob("MIG*.md"))
    for rule_id in ids:
        if rule_id not in pages:
            problems.append(f"{rule_id} is in README.md's table but docs/rules/{rule_id}.md does not exist")
    for page in pages:
        if page not in ids:
            problems.append(f"docs/rules/{page}.md is not in README.md's rules table")

    # 3. Severities against release tracking.
    tracked = {}
    for release in RELEASES:
        for line in release.read_text(encoding="utf-8").splitlines():
            match = re.match(r"(MIG\d{4})\s*\|\s*\w+\s*\|\s*(\w+)\s*\|", line)
            if match:
                tracked[match.group(1)] = match.group(2)
    for rule_id, severity, _, _ in rules:
        want = SEVERITY_IN_RELEASES.get(severity)
        if want is None:
            problems.append(f"README.md gives {rule_id} the severity '{severity}'; use one of {sorted(SEVERITY_IN_RELEASES)}")
        elif rule_id not in tracked:
            problems.append(f"{rule_id} is in README.md's table but not in AnalyzerReleases.*.md")
        elif tracked[rule_id] != want:
            problems.append(f"README.md says {rule_id} is '{severity}', AnalyzerReleases.*.md says '{tracked[rule_id]}'")

    on_by_default = [rule_id for rule_id, severity, _, _ in rules if severity != "Off (opt in)"]

    # 4. The targets' list of rules kept warnings outside CI.
    targets = TARGETS.read_text(encoding="utf-8")
    listed = re.search(r"<_MigrationAnalyzersRuleIds>([^<]*)</_MigrationAnalyzersRuleIds>", targets)
    listed_ids = listed.group(1).split(";") if listed else []
    if sorted(listed_ids) != sorted(on_by_default):
        problems.append(f"MigrationAnalyzers.targets lists {listed_ids} in _MigrationAnalyzersRuleIds; README.md's rules on by default are {on_by_default}")

    # 5. The errors config: the data-loss rules on by default, each an error.
    config = ERRORS_CONFIG.read_text(encoding="utf-8")
    configured = dict(re.findall(r"^dotnet_diagnostic\.(MIG\d{4})\.severity\s*=\s*(\w+)\s*$", config, re.M))
    data_loss = [rule_id for rule_id in on_by_default if rule_id.startswith("MIG1")]
    if sorted(configured) != sorted(data_loss) or any(v != "error" for v in configured.values()):
        problems.append(f"MigrationAnalyzers.Errors.globalconfig sets {configured}; expected each of {data_loss} = error")
    if not re.search(r"^is_global\s*=\s*true\s*$", config, re.M):
        problems.append("MigrationAnalyzers.Errors.globalconfig is not a global config (is_global = true)")

    for problem in problems:
        print(f"check-docs: {problem}", file=sys.stderr)
    if problems:
        print(f"check-docs: FAILED ({len(problems)} problem(s))", file=sys.stderr)
        return 1
    print(f"check-docs: OK ({len(rules)} rules: {', '.join(ids)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
