#!/usr/bin/env bash
# Regenerates the provider fingerprints with the real tools. No database is needed.
#
#   tests/Fixtures/ProviderFingerprints/regenerate.sh                    # every provider
#   tests/Fixtures/ProviderFingerprints/regenerate.sh Pomelo MySqlOracle # only these
#
# For each provider, in a throw-away copy of its probe project:
#   1. `dotnet ef migrations add Initial` from Probe/Model (a real designer and snapshot);
#   2. `dotnet ef migrations add DropReportingSchema` (empty: the model did not change), into whose Up()
#      the script writes `migrationBuilder.DropSchema(name: "reporting");` and into Down()
#      `migrationBuilder.EnsureSchema(name: "reporting");`, as a developer would by hand;
#   3. `dotnet ef migrations script Initial DropReportingSchema` and back again, into DropSchema/.
# Every provider keeps step 1's designer and snapshot under <Provider>/Migrations (namespace
# ProviderFingerprints.Migrations.<Provider>): the same model on five providers, side by side. The larger
# SQL Server, Npgsql and SQLite histories of ../EfHistories complement them (see FINDINGS.md).
#
#   Pomelo       Pomelo.EntityFrameworkCore.MySql 9.0.0, EF Core 9.0.23, dotnet-ef 9.0.23 (Probe/Ef9)
#   MySqlOracle  MySql.EntityFrameworkCore 10.0.12 (Oracle), EF Core 10.0.15, dotnet-ef 10.0.15 (Probe/Ef10)
#   SqlServer, Npgsql (10.0.3), Sqlite   EF Core 10.0.15, dotnet-ef 10.0.15 (Probe/Ef10)
#
# dotnet-ef 9 targets .NET 8; it runs here on the .NET 10 runtime with DOTNET_ROLL_FORWARD=Major.
set -euo pipefail

EF10_VERSION=10.0.15
EF9_VERSION=9.0.23
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$HERE/.tools"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# --- dotnet-ef 10 and 9, pinned, installed locally (.tools/ is gitignored) --------------------
install_ef() { # <version> <folder>
    local ef="$2/dotnet-ef"
    if ! [ -x "$ef" ] || ! DOTNET_ROLL_FORWARD=Major "$ef" --version 2>/dev/null | grep -qx "$1"; then
        if [ -x "$ef" ]; then dotnet tool uninstall dotnet-ef --tool-path "$2" >/dev/null; fi
        echo ">> installing dotnet-ef $1 into $2"
        dotnet tool install dotnet-ef --version "$1" --tool-path "$2"
    fi
}
install_ef "$EF10_VERSION" "$TOOLS/ef10"
install_ef "$EF9_VERSION" "$TOOLS/ef9"

PROVIDERS=("$@")
if [ ${#PROVIDERS[@]} -eq 0 ]; then
    PROVIDERS=(Pomelo MySqlOracle SqlServer Npgsql Sqlite)
fi
for provider in "${PROVIDERS[@]}"; do
    case "$provider" in
        Pomelo|MySqlOracle|SqlServer|Npgsql|Sqlite) ;;
        *) echo "unknown provider '$provider' (expected Pomelo, MySqlOracle, SqlServer, Npgsql or Sqlite)" >&2; exit 2 ;;
    esac
done

model_body() {
    sed -n '/^#pragma warning disable 612, 618$/,/^#pragma warning restore 612, 618$/p' "$1"
}

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

for provider in "${PROVIDERS[@]}"; do
    if [ "$provider" = Pomelo ]; then probe=Ef9; ef="$TOOLS/ef9/dotnet-ef"; else probe=Ef10; ef="$TOOLS/ef10/dotnet-ef"; fi
    root="$STAGE/$provider"
    proj="$root/Probe/$probe"
    mkdir -p "$root/Probe"
    cp "$HERE/../Directory.Build.props" "$HERE/../Directory.Build.targets" "$root/"
    if [ -f "$HERE/../../../global.json" ]; then cp "$HERE/../../../global.json" "$root/"; fi
    cp -r "$HERE/Probe/Model" "$HERE/Probe/$probe" "$root/Probe/"
    rm -rf "$proj/bin" "$proj/obj"

    export FIXTURE_PROVIDER="$provider" DOTNET_ROLL_FORWARD=Major
    ef_in_proj() { (cd "$proj" && "$ef" "$@" --project "$proj/${probe}Probe.csproj" --no-build); }

    echo ">> $provider: building $probe"
    dotnet build "$proj/${probe}Probe.csproj" -nologo -v quiet -clp:ErrorsOnly -p:ProbeScaffolding=true >/dev/null
    echo ">> $provider: migrations add Initial"
    ef_in_proj migrations add Initial --output-dir "Migrations/$provider"
    # Rebuild: --no-build would otherwise scaffold the second migration against an assembly without Initial.
    dotnet build "$proj/${probe}Probe.csproj" -nologo -v quiet -clp:ErrorsOnly -p:ProbeScaffolding=true >/dev/null
    echo ">> $provider: migrations add DropReportingSchema (then DropSchema written into Up() by hand)"
    ef_in_proj migrations add DropReportingSchema --output-dir "Migrations/$provider"

    for f in "$proj/Migrations/$provider"/*.cs; do
        grep -qx "namespace ProviderFingerprints.Migrations.$provider" "$f" \
            || { echo "!! $f is not in namespace ProviderFingerprints.Migrations.$provider" >&2; exit 1; }
    done
    initial="$(ls "$proj/Migrations/$provider"/*_Initial.Designer.cs)"
    snapshot="$proj/Migrations/$provider/ProbeContextModelSnapshot.cs"
    diff <(model_body "$initial") <(model_body "$snapshot") >/dev/null \
        || { echo "!! $initial does not match $snapshot" >&2; exit 1; }
    dropper="$(ls "$proj/Migrations/$provider"/*_DropReportingSchema.cs)"
    perl -0pi -e 's/(void Up\(MigrationBuilder migrationBuilder\)\n        \{\n)\n(        \})/$1            migrationBuilder.DropSchema(\n                name: "reporting");\n$2/;
                  s/(void Down\(MigrationBuilder migrationBuilder\)\n        \{\n)\n(        \})/$1            migrationBuilder.EnsureSchema(\n                name: "reporting");\n$2/' "$dropper"
    grep -q 'DropSchema(' "$dropper" && grep -q 'EnsureSchema(' "$dropper" \
        || { echo "!! could not write DropSchema/EnsureSchema into $dropper" >&2; cat "$dropper" >&2; exit 1; }

    dotnet build "$proj/${probe}Probe.csproj" -nologo -v quiet -clp:ErrorsOnly -p:ProbeScaffolding=true >/dev/null
    mkdir -p "$root/DropSchema"
    echo ">> $provider: migrations script Initial DropReportingSchema (and back)"
    ef_in_proj migrations script Initial DropReportingSchema --output "$root/DropSchema/$provider.up.sql"
    ef_in_proj migrations script DropReportingSchema Initial --output "$root/DropSchema/$provider.down.sql"
    cp "$dropper" "$root/DropReportingSchema.cs.txt"
    unset FIXTURE_PROVIDER DOTNET_ROLL_FORWARD
done

# Everything generated: replace the committed files.
mkdir -p "$HERE/DropSchema"
for provider in "${PROVIDERS[@]}"; do
    proj="$STAGE/$provider/Probe/$([ "$provider" = Pomelo ] && echo Ef9 || echo Ef10)"
    mv "$STAGE/$provider/DropSchema/"* "$HERE/DropSchema/"
    # The hand-finished migration is the same C# for every provider but for its namespace; keep the
    # first provider's copy and check that.
    if [ -f "$STAGE/DropReportingSchema.cs.txt" ]; then
        diff <(grep -v '^namespace ' "$STAGE/DropReportingSchema.cs.txt") \
             <(grep -v '^namespace ' "$STAGE/$provider/DropReportingSchema.cs.txt") >/dev/null \
            || { echo "!! DropReportingSchema differs for $provider" >&2; exit 1; }
    else
        cp "$STAGE/$provider/DropReportingSchema.cs.txt" "$STAGE/DropReportingSchema.cs.txt"
    fi
    rm -rf "$HERE/$provider/Migrations"
    mkdir -p "$HERE/$provider/Migrations"
    mv "$proj/Migrations/$provider"/*_Initial.cs "$proj/Migrations/$provider"/*_Initial.Designer.cs \
       "$proj/Migrations/$provider/ProbeContextModelSnapshot.cs" "$HERE/$provider/Migrations/"
done

cp "$STAGE/DropReportingSchema.cs.txt" "$HERE/DropSchema/DropReportingSchema.cs.txt"

echo ">> building the probes with the committed histories"
dotnet build "$HERE/Probe/Ef10/Ef10Probe.csproj" -nologo -v quiet -clp:ErrorsOnly
dotnet build "$HERE/Probe/Ef9/Ef9Probe.csproj" -nologo -v quiet -clp:ErrorsOnly
echo ">> done"
