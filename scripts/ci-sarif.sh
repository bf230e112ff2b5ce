#!/usr/bin/env bash
# Runs the `dotnet` commands of docs/ci.md's two recipes (GitHub Actions, Azure Pipelines), taken from that page,
# on a copy of samples/ShopSample that installs the packed package from a local folder, as the CI service would:
# with CI=true, then with TF_BUILD=True. For each it checks that restore succeeds, that the build fails on the
# sample's drops (the package makes them errors in CI), and with scripts/check-sarif.py that the SARIF log holds
# the documented diagnostics as errors, each with rule id, message, file, line and column, and every rule
# with its help link. Then the same build with MigrationAnalyzersErrors=false passes, with them as warnings.
#
# Usage: scripts/ci-sarif.sh        KEEP_SARIF_DIR=1 keeps the temporary directory (and the logs).
# Needs: the dotnet SDK, python3, and the NuGet feed (EF Core).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset CI TF_BUILD ContinuousIntegrationBuild MigrationAnalyzersErrors MigrationAnalyzersRequireApprovals

work="$(mktemp -d "${TMPDIR:-/tmp}/migration-analyzers-sarif.XXXXXX")"
cleanup() { if [ "${KEEP_SARIF_DIR:-0}" = "1" ]; then echo "sarif: kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
fail() { echo "sarif: FAILED: $*" >&2; exit 1; }
# shellcheck source=scripts/sample-copy.sh
. "$repo_root/scripts/sample-copy.sh"

echo "sarif: packing MigrationAnalyzers"
version="$(pack_package "$work/feed")"
checkout="$work/checkout"
sample="$(sample_copy "$checkout")"
sample_use_package "$sample" "$version" "$work/feed" "$work/packages"

# recipe_commands MARKER PREFIX: the `dotnet` commands of the YAML block after <!-- ci-sarif: MARKER --> in
# docs/ci.md, from its steps written as `- PREFIX: dotnet ...` (commented-out steps are left out).
recipe_commands() {
    python3 - "$repo_root/docs/ci.md" "$1" "$2" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
block = re.search(r"<!-- ci-sarif: %s -->\s*```yaml\n(.*?)```" % re.escape(sys.argv[2]), text, re.S)
assert block, "docs/ci.md has no <!-- ci-sarif: %s --> block" % sys.argv[2]
commands = re.findall(r"^\s*- %s: (dotnet .+)$" % re.escape(sys.argv[3]), block.group(1), re.M)
assert [c.split()[1] for c in commands] == ["restore", "build"], commands
print("\n".join(commands))
PY
}

# run_recipe NAME MARKER PREFIX ENV SARIF_PLACEHOLDER SARIF_DIR
run_recipe() {
    local name="$1" commands restore build sarif
    commands="$(recipe_commands "$2" "$3")" || fail "$name: docs/ci.md"
    commands="${commands//path\/to\/YourProject.csproj/$sample/ShopSample.csproj}"
    commands="${commands//$5/$6}"
    restore="$(sed -n 1p <<<"$commands")"
    build="$(sed -n 2p <<<"$commands")"
    sarif="$(grep -oE 'ErrorLog=[^%]+' <<<"$build")"; sarif="${sarif#ErrorLog=}"
    mkdir -p "$6"
    echo "sarif: $name: $4 $restore"
    (cd "$checkout" && env "$4" bash -c "$restore") >"$work/$name-restore.log" 2>&1 || { cat "$work/$name-restore.log"; fail "$name: restore"; }
    echo "sarif: $name: $4 $build"
    set +e
    (cd "$checkout" && env "$4" bash -c "$build") >"$work/$name-build.log" 2>&1
    local status=$?
    set -e
    [ "$status" -ne 0 ] || fail "$name: the build passed; in CI the drops must fail it"
    grep -q 'error MIG1001' "$work/$name-build.log" || { tail -20 "$work/$name-build.log"; fail "$name: no error MIG1001 in the build output"; }
    [ -f "$sarif" ] || { tail -20 "$work/$name-build.log"; fail "$name: no SARIF log at $sarif"; }
    python3 "$repo_root/scripts/check-sarif.py" "$sarif" error || fail "$name: $sarif"
    echo "sarif: $name: the build failed (exit $status) on the documented drops; SARIF checked"
    last_build="$build"
}

run_recipe github-actions github-actions run CI=true '${{ runner.temp }}' "$work/runner-temp"
run_recipe azure-pipelines azure-pipelines script TF_BUILD=True '$(Build.ArtifactStagingDirectory)' "$work/staging"

# The way out that docs/ci.md names: warnings in CI.
echo "sarif: azure-pipelines with -p:MigrationAnalyzersErrors=false"
rm -f "$work/staging/migrations.sarif"
(cd "$checkout" && TF_BUILD=True bash -c "$last_build -p:MigrationAnalyzersErrors=false") >"$work/warnings-build.log" 2>&1 \
    || { tail -20 "$work/warnings-build.log"; fail "-p:MigrationAnalyzersErrors=false: the build failed"; }
python3 "$repo_root/scripts/check-sarif.py" "$work/staging/migrations.sarif" warning || fail "-p:MigrationAnalyzersErrors=false: SARIF"
echo "sarif: PASSED (MigrationAnalyzers $version)"
