#!/usr/bin/env bash
# Headless code fixes, with the real `dotnet format` on a COPY of samples/ShopSample:
#   - a plain `dotnet format` must change no migration (DropFixer's HeadlessFixPolicy), `--exclude-diagnostics
#     MIG1001 ...` changes none, and naming MIG1004 (whose only fix is an approval) changes none;
#   - `dotnet format analyzers --diagnostics MIG1001 MIG1002 MIG1007` removes the four unintended drops (see
#     samples/ShopSample/README.md) and what re-creates them in Down(), and ReportingDbContext's creation of AuditLogs
#     (the table it took over, which Shop's history now keeps); keeps the routine drops, and the copy then builds
#     without MIG1001/MIG1002/MIG1007 warnings.
#
# The copy keeps the sample's own references to the analyzers and the code fixes
# (<ProjectReference ... OutputItemType="Analyzer" ReferenceOutputAssembly="false" />, pointed back at this
# repository): `dotnet format` loads analyzers and code-fix providers from the project's Analyzer items.
#
# Usage: scripts/format-sample.sh      KEEP_FORMAT_DIR=1 keeps the temporary copy for a look.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d "${TMPDIR:-/tmp}/migration-analyzers-format.XXXXXX")"
cleanup() { if [ "${KEEP_FORMAT_DIR:-0}" = "1" ]; then echo "format: kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
fail() { echo "format: FAILED: $*" >&2; exit 1; }

mkdir -p "$work/samples"
cp "$repo_root"/samples/Directory.Build.* "$work/samples/"
cp -r "$repo_root/samples/ShopSample" "$work/samples/ShopSample"
rm -rf "$work/samples/ShopSample/bin" "$work/samples/ShopSample/obj"
sample="$work/samples/ShopSample"
project="$sample/ShopSample.csproj"

# The sample references both assemblies relative to the repository (..\..\src\...); the copy points them back.
sed 's|\.\.\\\.\.\\src\\|'"$repo_root"'/src/|g; s|\\|/|g' "$repo_root/samples/ShopSample/ShopSample.csproj" > "$project"
for assembly in MigrationAnalyzers MigrationAnalyzers.CodeFixes; do
    grep -q "Include=\"$repo_root/src/$assembly/$assembly.csproj\" OutputItemType=\"Analyzer\"" "$project" \
        || { cat "$project"; fail "the sample does not reference $assembly as an Analyzer item"; }
done

echo "format: building the copy before the fixes"
dotnet build "$project" --no-incremental >"$work/build-before.log" 2>&1 || { cat "$work/build-before.log"; fail "the copy does not build"; }
before=$(grep -oE 'warning MIG100[127]: [^[]*' "$work/build-before.log" | sort -u | wc -l)
[ "$before" -eq 4 ] || { grep 'warning MIG' "$work/build-before.log" || true; fail "expected 4 MIG1001/MIG1002/MIG1007 warnings before the fixes, got $before"; }

# --- A plain `dotnet format` must change no migration (issue #15) ----------------------------------
# dotnet format fixes every diagnostic of --severity (default: warn) or above, --diagnostics only narrows that,
# and it applies the first fix the provider registers. Only the fixer can tell a plain run from a named one (the
# dotnet-format process's own command line): DropFixer asks HeadlessFixPolicy. FORMAT_PLAIN_SAFE=0 checks the
# opposite (that a plain run does rewrite), for trying a build without the guard.
plain_format_is_safe="${FORMAT_PLAIN_SAFE:-1}"
changed_migrations() {
    (cd "$work" && diff -rq "$repo_root/samples/ShopSample/Migrations" samples/ShopSample/Migrations || true) \
        | sed -E 's|^Files .*/samples/ShopSample/(Migrations/[^ ]+) and .*|\1|'
}
restore_migrations() { rm -rf "$sample/Migrations"; cp -r "$repo_root/samples/ShopSample/Migrations" "$sample/Migrations"; }

echo "format: dotnet format (plain)"
dotnet format "$project" --no-restore --verbosity diagnostic >"$work/format-plain.log" 2>&1 || { cat "$work/format-plain.log"; fail "plain dotnet format"; }
plain_changed="$(changed_migrations)"
if [ "$plain_format_is_safe" = "1" ]; then
    [ -z "$plain_changed" ] || { echo "$plain_changed"; (cd "$work" && diff -ru "$repo_root/samples/ShopSample/Migrations" samples/ShopSample/Migrations) || true; fail "a plain dotnet format changed migrations"; }
    echo "format: a plain dotnet format changed no migration"
else
    [ -n "$plain_changed" ] || fail "a plain dotnet format changed no migration: the DropFixer guard has landed, so set plain_format_is_safe to 1 (FORMAT_PLAIN_SAFE) in $0"
    echo "format: EXPECTED FAILURE until DropFixer holds back unnamed fixes (issue #15): a plain dotnet format changed" $plain_changed
fi
restore_migrations

# The workaround README.md gives until then: exclude the rules by name.
echo "format: dotnet format --exclude-diagnostics MIG1001 MIG1002 MIG1003 MIG1004 MIG1005 MIG1007 MIG2002"
dotnet format "$project" --no-restore --exclude-diagnostics MIG1001 MIG1002 MIG1003 MIG1004 MIG1005 MIG1007 MIG2002 >"$work/format-exclude.log" 2>&1 \
    || { cat "$work/format-exclude.log"; fail "dotnet format --exclude-diagnostics"; }
excluded_changed="$(changed_migrations)"
[ -z "$excluded_changed" ] || { echo "$excluded_changed"; fail "dotnet format --exclude-diagnostics MIG... changed migrations"; }
echo "format: with --exclude-diagnostics it changed no migration"
restore_migrations

# An approval needs a person's reason: naming a rule whose only fix is "Approve this drop" changes nothing.
echo "format: dotnet format analyzers --diagnostics MIG1004"
dotnet format analyzers "$project" --no-restore --diagnostics MIG1004 --severity warn >"$work/format-approve.log" 2>&1 \
    || { cat "$work/format-approve.log"; fail "dotnet format analyzers --diagnostics MIG1004"; }
approve_changed="$(changed_migrations)"
[ -z "$approve_changed" ] || { echo "$approve_changed"; fail "dotnet format analyzers --diagnostics MIG1004 changed migrations (an approval was added headless)"; }
echo "format: naming MIG1004 changed no migration"
restore_migrations

echo "format: dotnet format analyzers --diagnostics MIG1001 MIG1002 MIG1007"
dotnet format analyzers "$project" --diagnostics MIG1001 MIG1002 MIG1007 --severity warn --verbosity diagnostic >"$work/format.log" 2>&1 \
    || { cat "$work/format.log"; fail "dotnet format"; }

shop="$sample/Migrations/Shop"
has() { grep -q "$2" "$shop/$1"; }
check_gone() { if has "$1" "$2"; then cat "$shop/$1"; fail "$1 still contains $2"; fi; }
check_kept() { has "$1" "$2" || { cat "$shop/$1"; fail "$1 lost $2"; }; }

check_gone 20261125200849_RemoveCoupons.cs 'DropTable'
check_gone 20261125200849_RemoveCoupons.cs 'CreateTable'
check_gone 20261125200849_RemoveCoupons.cs 'IX_Coupons_Code'
check_gone 20261125200829_MoveAuditLogToReporting.cs 'DropTable'
check_gone 20261125200829_MoveAuditLogToReporting.cs 'CreateTable'
check_gone 20261125200806_AddOrderDeliveryInstructions.cs 'name: "Notes"'
check_gone 20261125200806_AddOrderDeliveryInstructions.cs "INTENTIONAL MISTAKE"
check_kept 20261125200806_AddOrderDeliveryInstructions.cs 'name: "DeliveryInstructions"'
check_gone 20261201011004_TidyModelConfiguration.cs 'DropTable'
check_gone 20261201011004_TidyModelConfiguration.cs 'CreateTable'
check_gone 20261201011004_TidyModelConfiguration.cs 'IX_gift_cards_Code'
check_kept 20261201010855_AddGiftCards.cs 'DropTable'
check_kept 20261125200746_RemoveWishlist.cs 'DropTable'
check_kept 20261125200758_RemoveCustomerFax.cs 'DropColumn'
check_kept 20261125200728_Initial.cs 'name: "Coupons"'
check_kept 20261125200728_Initial.cs 'name: "AuditLogs"'
# The cross-context Remove: Reporting's Initial no longer creates (nor, in Down(), drops) AuditLogs, and keeps its own table.
reporting_initial="$sample/Migrations/Reporting/20261125200823_Initial.cs"
if grep -q '"AuditLogs"' "$reporting_initial"; then cat "$reporting_initial"; fail "Reporting's Initial still creates or drops AuditLogs"; fi
grep -q 'migrationBuilder.CreateTable(' "$reporting_initial" && grep -q 'name: "DailySalesSummaries"' "$reporting_initial" && grep -q 'IX_DailySalesSummaries_Day' "$reporting_initial" \
    || { cat "$reporting_initial"; fail "Reporting's Initial lost DailySalesSummaries"; }
changed=$( (cd "$work" && diff -rq "$repo_root/samples/ShopSample" samples/ShopSample -x bin -x obj -x ShopSample.csproj || true) | wc -l)
[ "$changed" -eq 5 ] || { (cd "$work" && diff -r "$repo_root/samples/ShopSample" samples/ShopSample -x bin -x obj -x ShopSample.csproj) || true; fail "expected exactly 5 changed files, got $changed"; }

echo "format: building the fixed copy"
dotnet build "$project" --no-incremental >"$work/build-after.log" 2>&1 || { cat "$work/build-after.log"; fail "the fixed copy does not build"; }
if grep -q 'warning MIG100[127]' "$work/build-after.log"; then grep 'warning MIG' "$work/build-after.log"; fail "MIG1001/MIG1002/MIG1007 still reported"; fi

(cd "$work" && diff -ru "$repo_root/samples/ShopSample/Migrations" samples/ShopSample/Migrations) || true
echo "format: OK (4 Shop migrations and Reporting's Initial fixed, the copy builds without MIG1001/MIG1002/MIG1007)"
