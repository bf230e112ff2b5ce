#!/usr/bin/env bash
# Regenerates every EF Core migration under Migrations/ from scratch with the real dotnet-ef
# 10.0.15, for SQL Server and PostgreSQL (Npgsql). No database is needed.
#
#   tests/Fixtures/HangfireScaffold/regenerate.sh             # all providers (deletes Migrations/ first)
#   tests/Fixtures/HangfireScaffold/regenerate.sh Npgsql      # only this provider's folder
#
# The model step is chosen by FIXTURE_STEP (read in ShopDbContext.OnModelCreating), the provider
# by FIXTURE_PROVIDER (read by the design-time factory in Design/).
#
# Each provider is scaffolded in its own throw-away copy of the project (csproj, Model/, Design/),
# so dotnet-ef only ever sees that provider's migrations. This is needed because dotnet-ef, when
# the compiled assembly holds no snapshot yet, looks for an existing "<Context>ModelSnapshot.cs"
# ANYWHERE under the project directory and overwrites it (see ../EfHistories/README.md).
set -euo pipefail

EF_VERSION=10.0.15
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$HERE/.tools"
EF="$TOOLS/dotnet-ef"
PROJECT_NAME=HangfireScaffold
CONTEXT=ShopDbContext

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# --- dotnet-ef, pinned, installed locally (.tools/ is gitignored) -----------------------------
if ! [ -x "$EF" ] || ! "$EF" --version 2>/dev/null | grep -qx "$EF_VERSION"; then
    if [ -x "$EF" ]; then
        dotnet tool uninstall dotnet-ef --tool-path "$TOOLS" >/dev/null
    fi
    echo ">> installing dotnet-ef $EF_VERSION into $TOOLS"
    dotnet tool install dotnet-ef --version "$EF_VERSION" --tool-path "$TOOLS"
fi

PROVIDERS=("$@")
if [ ${#PROVIDERS[@]} -eq 0 ]; then
    PROVIDERS=(SqlServer Npgsql)
fi
for provider in "${PROVIDERS[@]}"; do
    case "$provider" in
        SqlServer|Npgsql) ;;
        *) echo "unknown provider '$provider' (expected SqlServer or Npgsql)" >&2; exit 2 ;;
    esac
done

# The migration added at each model step.
#   v1 Initial: app tables + scaffolded Hangfire tables (CreateTable for all of them)
#   v2 V2:      Hangfire entity classes removed -> DropTable for every Hangfire table
#   v3 V3:      routine change to the app's own tables (AddColumn Orders.TrackingNumber)
STEPS=(1 2 3)
name_for_step() {
    case "$1" in
        1) echo Initial ;;
        2) echo V2 ;;
        3) echo V3 ;;
    esac
}

# The body of BuildTargetModel / BuildModel, i.e. the lines between the #pragma pair.
model_body() {
    sed -n '/^#pragma warning disable 612, 618$/,/^#pragma warning restore 612, 618$/p' "$1"
}

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

for provider in "${PROVIDERS[@]}"; do
    # A clean copy of the project: no Migrations/ at all.
    root="$STAGE/$provider"
    proj="$root/$PROJECT_NAME"
    mkdir -p "$proj"
    cp "$HERE/../Directory.Build.props" "$HERE/../Directory.Build.targets" "$root/"
    if [ -f "$HERE/../../../global.json" ]; then cp "$HERE/../../../global.json" "$root/"; fi
    cp -r "$HERE/$PROJECT_NAME.csproj" "$HERE/Model" "$HERE/Design" "$proj/"

    outdir="Migrations/$provider"
    ns="$PROJECT_NAME.Migrations.$provider"
    export FIXTURE_PROVIDER="$provider"
    for step in "${STEPS[@]}"; do
        export FIXTURE_STEP="$step"
        name="$(name_for_step "$step")"
        echo ">> $provider, step v$step: building"
        dotnet build "$proj/$PROJECT_NAME.csproj" -nologo -v quiet -clp:ErrorsOnly >/dev/null
        echo ">> $provider, step v$step: $CONTEXT -> $outdir/<timestamp>_$name.cs"
        # No --namespace: dotnet-ef derives HangfireScaffold.Migrations.<Provider> from
        # RootNamespace + --output-dir (with --namespace, the FIRST snapshot lands in a folder
        # built from the namespace).
        (cd "$proj" && "$EF" migrations add "$name" \
            --project "$proj/$PROJECT_NAME.csproj" \
            --context "$CONTEXT" \
            --output-dir "$outdir" \
            --no-build)

        # Sanity checks: namespace of every file, and the new migration's Designer must equal
        # the regenerated snapshot.
        for f in "$proj/$outdir"/*.cs; do
            grep -qx "namespace $ns" "$f" || { echo "!! $f is not in namespace $ns" >&2; exit 1; }
        done
        designer="$(ls "$proj/$outdir"/*_"$name".Designer.cs)"
        snapshot="$proj/$outdir/${CONTEXT}ModelSnapshot.cs"
        if ! [ -f "$snapshot" ] || ! diff <(model_body "$designer") <(model_body "$snapshot") >/dev/null; then
            echo "!! $designer does not match $snapshot" >&2
            exit 1
        fi
    done
    unset FIXTURE_PROVIDER FIXTURE_STEP

    # Scenario check: V2.Up() must drop every Hangfire table the Initial created.
    v2="$(ls "$proj/$outdir"/*_V2.cs)"
    v2_up="$(sed -n '/protected override void Up(/,/protected override void Down(/p' "$v2")"
    case "$provider" in
        SqlServer) schema=HangFire; tables="AggregatedCounter Counter Hash Job JobParameter JobQueue List Schema Server Set State" ;;
        Npgsql)    schema=hangfire; tables="aggregatedcounter counter hash job jobparameter jobqueue list lock schema server set state" ;;
    esac
    for t in $tables; do
        grep -A2 'migrationBuilder.DropTable(' <<<"$v2_up" | grep -q "name: \"$t\"," \
            || { echo "!! $v2: Up() has no DropTable for $schema.$t" >&2; exit 1; }
    done
done

# Everything scaffolded: replace the committed migrations.
if [ $# -eq 0 ]; then
    rm -rf "$HERE/Migrations"
fi
mkdir -p "$HERE/Migrations"
for provider in "${PROVIDERS[@]}"; do
    rm -rf "$HERE/Migrations/$provider"
    mv "$STAGE/$provider/$PROJECT_NAME/Migrations/$provider" "$HERE/Migrations/$provider"
done

echo ">> building both providers' migrations together"
dotnet build "$HERE/$PROJECT_NAME.csproj" -nologo -v quiet -clp:ErrorsOnly
echo ">> done"
