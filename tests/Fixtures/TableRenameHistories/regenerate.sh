#!/usr/bin/env bash
# Regenerates the two migration histories under Migrations/ from scratch with the real dotnet-ef 10.0.15,
# for SQL Server, PostgreSQL (Npgsql) and SQLite. No database is needed.
#
#   tests/Fixtures/TableRenameHistories/regenerate.sh                 # all providers (deletes Migrations/ first)
#   tests/Fixtures/TableRenameHistories/regenerate.sh Sqlite Npgsql   # only these providers' folders
#
# Two variants of one model change (README.md): Scaffolded renames the classes with their tables (EF writes
# DropTable + CreateTable), Renamed renames only the tables (EF writes its RenameTable block). The model step
# is chosen by FIXTURE_STEP, the variant by FIXTURE_VARIANT (both read in CatalogDbContext.OnModelCreating),
# the provider by FIXTURE_PROVIDER (read by the design-time factory in Design/).
#
# Each variant and provider is scaffolded in its own throw-away copy of the project (csproj, Model/, Design/),
# so dotnet-ef only ever sees that history (see ../RenameHistories/regenerate.sh). DOTNET_EF names an
# installed dotnet-ef 10.0.15 to use instead of installing one into .tools/.
set -euo pipefail

EF_VERSION=10.0.15
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$HERE/.tools"
EF="${DOTNET_EF:-$TOOLS/dotnet-ef}"
PROJECT_NAME=TableRenameHistories
CONTEXT=CatalogDbContext

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# --- dotnet-ef, pinned ----------------------------------------------------------------------------
if ! [ -x "$EF" ] || ! "$EF" --version 2>/dev/null | grep -qx "$EF_VERSION"; then
    [ -z "${DOTNET_EF:-}" ] || { echo "DOTNET_EF=$DOTNET_EF is not dotnet-ef $EF_VERSION" >&2; exit 2; }
    if [ -x "$EF" ]; then
        dotnet tool uninstall dotnet-ef --tool-path "$TOOLS" >/dev/null
    fi
    echo ">> installing dotnet-ef $EF_VERSION into $TOOLS"
    dotnet tool install dotnet-ef --version "$EF_VERSION" --tool-path "$TOOLS"
fi

PROVIDERS=("$@")
if [ ${#PROVIDERS[@]} -eq 0 ]; then
    PROVIDERS=(SqlServer Npgsql Sqlite)
fi
for provider in "${PROVIDERS[@]}"; do
    case "$provider" in
        SqlServer|Npgsql|Sqlite) ;;
        *) echo "unknown provider '$provider' (expected SqlServer, Npgsql or Sqlite)" >&2; exit 2 ;;
    esac
done

VARIANTS=(Scaffolded Renamed)

# The migration added at each model step (FIXTURE_STEP = index + 1), by variant.
steps_of() {
    case "$1" in
        Scaffolded) echo "Initial RenameSupplierAndOrderLineClasses" ;;
        Renamed) echo "Initial RenameSupplierAndOrderLineTables" ;;
    esac
}

# The body of BuildTargetModel / BuildModel, i.e. the lines between the #pragma pair.
model_body() {
    sed -n '/^#pragma warning disable 612, 618$/,/^#pragma warning restore 612, 618$/p' "$1"
}

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

for variant in "${VARIANTS[@]}"; do
    read -r -a STEPS <<<"$(steps_of "$variant")"
    for provider in "${PROVIDERS[@]}"; do
        # A clean copy of the project: no Migrations/ at all.
        root="$STAGE/$variant/$provider"
        proj="$root/$PROJECT_NAME"
        mkdir -p "$proj"
        cp "$HERE/../Directory.Build.props" "$HERE/../Directory.Build.targets" "$root/"
        if [ -f "$HERE/../../../global.json" ]; then cp "$HERE/../../../global.json" "$root/"; fi
        cp -r "$HERE/$PROJECT_NAME.csproj" "$HERE/Model" "$HERE/Design" "$proj/"

        export FIXTURE_PROVIDER="$provider" FIXTURE_VARIANT="$variant"
        outdir="Migrations/$variant/$provider"
        ns="$PROJECT_NAME.Migrations.$variant.$provider"
        for index in "${!STEPS[@]}"; do
            step=$((index + 1))
            name="${STEPS[$index]}"
            export FIXTURE_STEP="$step"
            # The build compiles the previous step's snapshot, which dotnet-ef diffs the model against.
            echo ">> $variant, $provider, step v$step: building"
            dotnet build "$proj/$PROJECT_NAME.csproj" -nologo -v quiet -clp:ErrorsOnly >/dev/null
            echo ">> $variant, $provider, step v$step: $outdir/<timestamp>_$name.cs"
            # No --namespace: dotnet-ef derives <RootNamespace>.Migrations.<Variant>.<Provider> from --output-dir
            # (with --namespace it puts the snapshot in a folder named after the namespace).
            (cd "$proj" && "$EF" migrations add "$name" \
                --project "$proj/$PROJECT_NAME.csproj" \
                --context "$CONTEXT" \
                --output-dir "$outdir" \
                --no-build) >"$root/ef-v$step.log"
            grep -h "loss of data" "$root/ef-v$step.log" | sed "s/^/   dotnet-ef: /" || true

            # Checks: one new migration per step, namespace of every file, and the new migration's Designer
            # equals the regenerated snapshot.
            count=$(find "$proj/$outdir" -name '*.Designer.cs' | wc -l)
            [ "$count" -eq "$step" ] || { echo "!! $variant $provider v$step: $count migrations, expected $step" >&2; exit 1; }
            for f in "$proj/$outdir"/*.cs; do
                grep -qx "namespace $ns" "$f" || { echo "!! $f is not in namespace $ns" >&2; exit 1; }
            done
            designer="$(ls "$proj/$outdir"/*_"$name".Designer.cs)"
            snapshot="$proj/$outdir/${CONTEXT}ModelSnapshot.cs"
            if ! [ -f "$snapshot" ] || ! diff <(model_body "$designer") <(model_body "$snapshot") >/dev/null; then
                echo "!! $designer does not match $snapshot" >&2
                exit 1
            fi
            migration="$(ls "$proj/$outdir"/*_"$name".cs)"
            if ! grep -q "migrationBuilder\." "$migration"; then
                echo "!! $migration is empty" >&2
                exit 1
            fi
        done
        unset FIXTURE_PROVIDER FIXTURE_VARIANT FIXTURE_STEP
    done
done

# Everything scaffolded: replace the committed histories.
if [ $# -eq 0 ]; then
    rm -rf "$HERE/Migrations"
fi
for variant in "${VARIANTS[@]}"; do
    mkdir -p "$HERE/Migrations/$variant"
    for provider in "${PROVIDERS[@]}"; do
        rm -rf "$HERE/Migrations/$variant/$provider"
        mv "$STAGE/$variant/$provider/$PROJECT_NAME/Migrations/$variant/$provider" "$HERE/Migrations/$variant/$provider"
    done
done

echo ">> building both variants' migrations together (latest model)"
dotnet build "$HERE/$PROJECT_NAME.csproj" -nologo -v quiet -clp:ErrorsOnly
echo ">> done"
