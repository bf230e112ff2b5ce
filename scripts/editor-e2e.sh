#!/usr/bin/env bash
# Editor end-to-end test: the analyzers as an editor runs them, through a real language server.
#
# Installs csharp-ls 0.28.0 (a Roslyn-based C# language server, a dotnet tool from NuGet) into a temporary
# tool path, and drives it with scripts/editor_e2e_client.py, a small LSP client (Python 3 standard library):
# it opens the flagged migrations of a copy of samples/ShopSample, expects each diagnostic that the
# sample's README documents (rule, range, message, warning severity), deletes the flagged DropTable in
# RemoveCoupons.cs and expects the squiggle to clear, then undoes the edit and expects it back.
#
# It does that twice:
#   project  the sample as it is: the analyzers and code fixes by ProjectReference (built first);
#   package  the sample with a PackageReference to MigrationAnalyzers, packed from this repository into a local
#            feed and restored into an empty packages folder; the exclusion manifest comes from the package's
#            props, not from the project file.
#
# csharp-ls runs analyzers only with its setting csharp.analyzersEnabled, which the client sends. It loads code
# fixes from Roslyn's own assemblies only, not from a project's analyzers, so the fixes are not tested here
# (scripts/format-sample.sh applies them through dotnet format).
#
# Usage: scripts/editor-e2e.sh [project|package]...   (both by default)
#        KEEP_EDITOR_DIR=1 keeps the temporary directory, with csharp-ls's logs.
# Needs: the dotnet SDK, python3, and the NuGet feed (csharp-ls, EF Core).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
csharp_ls_version=0.28.0
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# A developer's machine: the package would turn the rules into errors in CI mode.
unset CI TF_BUILD ContinuousIntegrationBuild MigrationAnalyzersErrors

modes=("$@")
[ ${#modes[@]} -gt 0 ] || modes=(project package)

work="$(mktemp -d "${TMPDIR:-/tmp}/migration-analyzers-editor.XXXXXX")"
cleanup() { if [ "${KEEP_EDITOR_DIR:-0}" = "1" ]; then echo "editor: kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
fail() { echo "editor: FAILED: $*" >&2; exit 1; }
started=$SECONDS

echo "editor: installing csharp-ls $csharp_ls_version"
dotnet tool install csharp-ls --version "$csharp_ls_version" --tool-path "$work/tools" >"$work/tool.log" 2>&1 \
    || { cat "$work/tool.log"; fail "dotnet tool install csharp-ls --version $csharp_ls_version"; }
"$work/tools/csharp-ls" --version | grep -q "^csharp-ls, $csharp_ls_version " || fail "csharp-ls is not $csharp_ls_version"

# shellcheck source=scripts/sample-copy.sh
. "$repo_root/scripts/sample-copy.sh"

run_client() {
    local sample="$1" label="$2" t0=$SECONDS
    python3 "$repo_root/scripts/editor_e2e_client.py" "$sample" "$label" -- "$work/tools/csharp-ls" \
        || { tail -40 "$(dirname "$sample")/csharp-ls-$label.log" >&2 || true; fail "$label: see above"; }
    echo "editor: $label: language server session $((SECONDS - t0)) s"
}

for mode in "${modes[@]}"; do
    mode_started=$SECONDS
    case "$mode" in
    project)
        sample="$(sample_copy "$work/project")"
        sample_use_repo "$sample"
        echo "editor: project: building the copy (and with it the analyzers)"
        dotnet build "$sample/ShopSample.csproj" >"$work/project-build.log" 2>&1 || { cat "$work/project-build.log"; fail "project: build"; }
        run_client "$sample" project
        ;;
    package)
        echo "editor: package: packing MigrationAnalyzers"
        version="$(pack_package "$work/feed")"
        sample="$(sample_copy "$work/package")"
        sample_use_package "$sample" "$version" "$work/feed" "$work/packages"
        echo "editor: package: restoring MigrationAnalyzers $version from the local feed"
        dotnet restore "$sample/ShopSample.csproj" >"$work/package-restore.log" 2>&1 || { cat "$work/package-restore.log"; fail "package: restore"; }
        [ -f "$work/packages/migrationanalyzers/$version/analyzers/dotnet/cs/MigrationAnalyzers.CodeFixes.dll" ] \
            || fail "package: MigrationAnalyzers $version was not restored from the local feed"
        run_client "$sample" package
        ;;
    *)
        fail "unknown mode '$mode' (project or package)"
        ;;
    esac
    echo "editor: $mode: $((SECONDS - mode_started)) s with setup"
done
echo "editor: PASSED (${modes[*]}) in $((SECONDS - started)) s"
