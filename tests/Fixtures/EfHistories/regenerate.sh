#!/usr/bin/env bash
# Regenerates every EF Core migration history under Migrations/ from scratch with the real
# dotnet-ef 10.0.15, for SQL Server, PostgreSQL (Npgsql) and SQLite. No database is needed.
#
#   tests/Fixtures/EfHistories/regenerate.sh                 # all providers (deletes Migrations/ first)
#   tests/Fixtures/EfHistories/regenerate.sh Sqlite Npgsql   # only these providers' folders
#
# The model step is chosen by FIXTURE_STEP (read in OnModelCreating), the provider by
# FIXTURE_PROVIDER (read by the design-time factories in Design/).
#
# Each provider is scaffolded in its own throw-away copy of the project (csproj, Model/, Design/),
# so dotnet-ef only ever sees that provider's migrations. This is needed because dotnet-ef, when
# the compiled assembly holds no snapshot yet, looks for an existing "<Context>ModelSnapshot.cs"
# ANYWHERE under the project directory and overwrites it: scaffolding Npgsql's Initial in the real
# folder overwrote Migrations/SqlServer/App/AppDbContextModelSnapshot.cs.
set -euo pipefail

EF_VERSION=10.0.15
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$HERE/.tools"
EF="$TOOLS/dotnet-ef"

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
    PROVIDERS=(SqlServer Npgsql Sqlite)
fi
for provider in "${PROVIDERS[@]}"; do
    case "$provider" in
        SqlServer|Npgsql|Sqlite) ;;
        *) echo "unknown provider '$provider' (expected SqlServer, Npgsql or Sqlite)" >&2; exit 2 ;;
    esac
done

# Which migrations to add at each step, as "<Context>:<Folder>:<Name>".
# AuthDbContext's model only changes at v1 and v2, so it gets no V3/V4.
plan_for_step() {
    case "$1" in
        1) echo "AppDbContext:App:Initial AuthDbContext:Auth:Initial" ;;
        2) echo "AppDbContext:App:V2 AuthDbContext:Auth:V2" ;;
        3) echo "AppDbContext:App:V3" ;;
        4) echo "AppDbContext:App:V4" ;;
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
    proj="$root/EfHistories"
    mkdir -p "$proj"
    cp "$HERE/../Directory.Build.props" "$HERE/../Directory.Build.targets" "$root/"
    if [ -f "$HERE/../../../global.json" ]; then cp "$HERE/../../../global.json" "$root/"; fi
    cp -r "$HERE/EfHistories.csproj" "$HERE/Model" "$HERE/Design" "$proj/"

    export FIXTURE_PROVIDER="$provider"
    for step in 1 2 3 4; do
        export FIXTURE_STEP="$step"
        echo ">> $provider, step v$step: building"
        dotnet build "$proj/EfHistories.csproj" -nologo -v quiet -clp:ErrorsOnly >/dev/null
        for item in $(plan_for_step "$step"); do
            IFS=: read -r context folder name <<<"$item"
            outdir="Migrations/$provider/$folder"
            echo ">> $provider, step v$step: $context -> $outdir/<timestamp>_$name.cs"
            # No --namespace: dotnet-ef derives EfHistories.Migrations.<Provider>.<Folder> from
            # RootNamespace + --output-dir. (With --namespace, dotnet-ef 10.0.15 writes the FIRST
            # snapshot to <project>/EfHistories/Migrations/..., a folder built from the namespace.)
            (cd "$proj" && "$EF" migrations add "$name" \
                --project "$proj/EfHistories.csproj" \
                --context "$context" \
                --output-dir "$outdir" \
                --no-build)

            # Sanity checks: namespace of every file, and the new migration's Designer must equal
            # the regenerated snapshot.
            ns="EfHistories.Migrations.$provider.$folder"
            for f in "$proj/$outdir"/*.cs; do
                grep -qx "namespace $ns" "$f" || { echo "!! $f is not in namespace $ns" >&2; exit 1; }
            done
            designer="$(ls "$proj/$outdir"/*_"$name".Designer.cs)"
            snapshot="$proj/$outdir/${context}ModelSnapshot.cs"
            if ! [ -f "$snapshot" ] || ! diff <(model_body "$designer") <(model_body "$snapshot") >/dev/null; then
                echo "!! $designer does not match $snapshot" >&2
                exit 1
            fi
        done
    done
    unset FIXTURE_PROVIDER FIXTURE_STEP
done

# Everything scaffolded: replace the committed histories.
if [ $# -eq 0 ]; then
    rm -rf "$HERE/Migrations"
fi
mkdir -p "$HERE/Migrations"
for provider in "${PROVIDERS[@]}"; do
    rm -rf "$HERE/Migrations/$provider"
    mv "$STAGE/$provider/EfHistories/Migrations/$provider" "$HERE/Migrations/$provider"
done

echo ">> building all providers' migrations together"
dotnet build "$HERE/EfHistories.csproj" -nologo -v quiet -clp:ErrorsOnly
echo ">> done"
