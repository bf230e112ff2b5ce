#!/usr/bin/env bash
# "Rename instead" headless, with the real `dotnet format` on a COPY of tests/Fixtures/RenameHistories (its SqlServer
# history, as one project holds one history):
#   - the copy builds with the seven MIG1006 warnings of the fixture (six column pairs and Suppliers -> Vendors);
#   - a plain `dotnet format` changes no migration (DropFixer's HeadlessFixPolicy);
#   - `dotnet format analyzers --diagnostics MIG1006` applies "Rename instead" to all seven: RenameColumn (+ AlterColumn)
#     for the columns and EF's RenameTable block for the table, leaves the genuine replacements (v14, v15) alone, and
#     the copy then builds without MIG1006.
#
# The copy references the analyzers and the code fixes as Analyzer items (as samples/ShopSample does, pointed at this
# repository): `dotnet format` loads code-fix providers from the project's Analyzer items.
#
# Usage: scripts/format-renames.sh      KEEP_FORMAT_DIR=1 keeps the temporary copy for a look.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d "${TMPDIR:-/tmp}/migration-analyzers-format-renames.XXXXXX")"
cleanup() { if [ "${KEEP_FORMAT_DIR:-0}" = "1" ]; then echo "format-renames: kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
fail() { echo "format-renames: FAILED: $*" >&2; exit 1; }

fixture="$repo_root/tests/Fixtures/RenameHistories"
copy="$work/RenameHistories"
project="$copy/RenameHistories.csproj"
mkdir -p "$copy/Migrations"
cp "$repo_root/tests/Fixtures/Directory.Build.props" "$repo_root/tests/Fixtures/Directory.Build.targets" "$repo_root/global.json" "$work/"
cp -r "$fixture/Model" "$fixture/Design" "$copy/"
cp -r "$fixture/Migrations/SqlServer" "$copy/Migrations/SqlServer"
original="$copy.original"
cp -r "$copy/Migrations" "$original"
sed "s|</Project>|  <ItemGroup>\n    <ProjectReference Include=\"$repo_root/src/MigrationAnalyzers/MigrationAnalyzers.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />\n    <ProjectReference Include=\"$repo_root/src/MigrationAnalyzers.CodeFixes/MigrationAnalyzers.CodeFixes.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />\n  </ItemGroup>\n</Project>|" \
    "$fixture/RenameHistories.csproj" > "$project"

changed_migrations() { (diff -rq "$original" "$copy/Migrations" || true) | sed -E 's|^Files .*/Migrations/([^ ]+) and .*|\1|'; }

echo "format-renames: building the copy before the fixes"
dotnet build "$project" --no-incremental >"$work/build-before.log" 2>&1 || { cat "$work/build-before.log"; fail "the copy does not build"; }
before=$(grep -oE 'warning MIG1006: [^[]*' "$work/build-before.log" | sort -u | wc -l)
[ "$before" -eq 7 ] || { grep 'warning MIG' "$work/build-before.log" || true; fail "expected 7 MIG1006 warnings before the fixes, got $before"; }

echo "format-renames: dotnet format (plain)"
dotnet format "$project" --no-restore >"$work/format-plain.log" 2>&1 || { cat "$work/format-plain.log"; fail "plain dotnet format"; }
[ -z "$(changed_migrations)" ] || { changed_migrations; fail "a plain dotnet format changed migrations"; }
echo "format-renames: a plain dotnet format changed no migration"

echo "format-renames: dotnet format analyzers --diagnostics MIG1006"
dotnet format analyzers "$project" --no-restore --diagnostics MIG1006 --severity warn --verbosity diagnostic >"$work/format.log" 2>&1 \
    || { cat "$work/format.log"; fail "dotnet format analyzers --diagnostics MIG1006"; }

migrations="$copy/Migrations/SqlServer"
file() { ls "$migrations"/*_"$1".cs; }
count() { grep -c "$2" "$(file "$1")" || true; }
expect() { [ "$(count "$1" "$2")" -eq "$3" ] || { cat "$(file "$1")"; fail "$1: expected $3 × '$2', found $(count "$1" "$2")"; }; }

for m in RenamePhoneToPhoneNumberWidened RenameLoyaltyPointsToRewardPointsLong RenameAccountCodeToAccountNumberInt \
         RenameBirthYearToYearOfBirthRequired RenameAddressPostCodeToZipCodeWidened RenameSkuToProductCodeWidened; do
    expect "$m" 'migrationBuilder.RenameColumn(' 2
    expect "$m" 'migrationBuilder.AlterColumn<' 2
    expect "$m" 'migrationBuilder.DropColumn(' 0
    expect "$m" 'migrationBuilder.AddColumn<' 0
done
expect RenameSupplierToVendor 'migrationBuilder.RenameTable(' 2
expect RenameSupplierToVendor 'migrationBuilder.RenameIndex(' 2
expect RenameSupplierToVendor 'migrationBuilder.DropPrimaryKey(' 2
expect RenameSupplierToVendor 'migrationBuilder.AddPrimaryKey(' 2
expect RenameSupplierToVendor 'migrationBuilder.DropTable(' 0
expect RenameSupplierToVendor 'migrationBuilder.CreateTable(' 0
expect RenameSupplierToVendor 'migrationBuilder.CreateIndex(' 0
changed=$(changed_migrations | wc -l)
[ "$changed" -eq 7 ] || { changed_migrations; fail "expected exactly 7 changed migrations, got $changed"; }

echo "format-renames: building the fixed copy"
dotnet build "$project" --no-incremental >"$work/build-after.log" 2>&1 || { cat "$work/build-after.log"; fail "the fixed copy does not build"; }
if grep -q 'warning MIG' "$work/build-after.log"; then grep 'warning MIG' "$work/build-after.log"; fail "MIG diagnostics still reported"; fi

diff -u "$(ls "$original"/SqlServer/*_RenameSupplierToVendor.cs)" "$(file RenameSupplierToVendor)" || true
echo "format-renames: OK (7 migrations fixed: 6 column pairs and the table; the copy builds without MIG1006)"
