#!/usr/bin/env bash
# Regenerates the AppDbContext migrations of the two-project layout from scratch with the real
# dotnet-ef 10.0.15, for SQL Server, PostgreSQL (Npgsql) and SQLite. No database is needed.
#
#   tests/Fixtures/SourceMappedTwoProjects/regenerate.sh           # all providers (deletes Migrations/<Provider>/ first)
#   tests/Fixtures/SourceMappedTwoProjects/regenerate.sh Sqlite    # only these providers' folders
#
# Model/ is the model project (entities, contexts, configurations); Migrations/ is the project that
# references it and holds the migrations (Migrations/<Provider>/) and the design-time factories
# (Migrations/Design/). dotnet-ef runs with --project and --startup-project both the Migrations
# project; the factories set MigrationsAssembly("SourceMappedTwoProjects.Migrations").
#
# The model step is chosen by FIXTURE_STEP, which MSBuild reads as a property: step 1 compiles the
# "#if FIXTURE_V1" blocks in Model/, step 2 the final source. The provider is chosen by
# FIXTURE_PROVIDER (read by the factories). Each provider is scaffolded in its own throw-away copy
# of both projects, so dotnet-ef only ever sees that provider's migrations (it looks for an existing
# "<Context>ModelSnapshot.cs" anywhere under the project directory and overwrites it; see
# ../EfHistories/README.md).
set -euo pipefail

EF_VERSION=10.0.15
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$HERE/.tools"
EF="$TOOLS/dotnet-ef"
MODEL_PROJECT=SourceMappedTwoProjects.Model
MIGRATIONS_PROJECT=SourceMappedTwoProjects.Migrations
CONTEXT=AppDbContext

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# --- dotnet-ef, pinned, installed locally (.tools/ is gitignored) -----------------------------
if ! [ -x "$EF" ] || ! "$EF" --version 2>/dev/null | grep -qx "$EF_VERSION"; then
    if [ -x "$EF" ]; then
        dotnet tool uninstall dotnet-ef --tool-path "$TOOLS" >/dev/null
    fi
    echo ">> installing dotnet-ef $EF_VERSION into $TOOLS"
    dotnet tool install dotnet-ef --version "$EF_VERSION" --tool-path "$TOOLS"
fi

ALL_PROVIDERS=(SqlServer Npgsql Sqlite)
PROVIDERS=("$@")
if [ ${#PROVIDERS[@]} -eq 0 ]; then
    PROVIDERS=("${ALL_PROVIDERS[@]}")
fi
for provider in "${PROVIDERS[@]}"; do
    case "$provider" in
        SqlServer|Npgsql|Sqlite) ;;
        *) echo "unknown provider '$provider' (expected SqlServer, Npgsql or Sqlite)" >&2; exit 2 ;;
    esac
done

#   v1 Initial: every table in AppDbContext
#   v2 V2:      identity and legacy tables moved to contexts without migrations, UserConfiguration
#               no longer applied, Coupon deleted
STEPS=(1 2)
name_for_step() {
    case "$1" in
        1) echo Initial ;;
        2) echo V2 ;;
    esac
}

# What V2.Up() must drop, as [schema.]table, sorted. Nothing else may be dropped there.
EXPECTED_V2_UP_DROPS="Coupons
Devices
Sessions
legacy_items
user_profiles
users"

# The body of BuildTargetModel / BuildModel, i.e. the lines between the #pragma pair.
model_body() {
    sed -n '/^#pragma warning disable 612, 618$/,/^#pragma warning restore 612, 618$/p' "$1"
}

# The tables that DropTable calls in Up() or Down() of a migration drop, as [schema.]table, sorted.
drops_in() {
    local file="$1" method="$2"
    awk -v method="$method" '
        /protected override void Up\(/   { in_method = (method == "Up") }
        /protected override void Down\(/ { in_method = (method == "Down") }
        in_method && /migrationBuilder\.DropTable\(/ { in_drop = 1; name = ""; schema = "" }
        in_drop && /name: "/   { match($0, /name: "[^"]*"/);   name = substr($0, RSTART + 7, RLENGTH - 8) }
        in_drop && /schema: "/ { match($0, /schema: "[^"]*"/); schema = substr($0, RSTART + 9, RLENGTH - 10) }
        in_drop && /\)/ { in_drop = 0; print (schema == "" ? name : schema "." name) }
    ' "$file" | LC_ALL=C sort
}

# The tables a context's "dbcontext script" (what EnsureCreated runs) creates, sorted.
created_tables() {
    grep -o 'CREATE TABLE [^(]*' | sed -e 's/CREATE TABLE //' -e 's/[][" ]//g' | LC_ALL=C sort
}

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

for provider in "${PROVIDERS[@]}"; do
    # A clean copy of both projects: no migrations at all.
    root="$STAGE/$provider"
    fixture="$root/SourceMappedTwoProjects"
    mkdir -p "$fixture/Migrations"
    cp "$HERE/../Directory.Build.props" "$HERE/../Directory.Build.targets" "$root/"
    if [ -f "$HERE/../../../global.json" ]; then cp "$HERE/../../../global.json" "$root/"; fi
    cp -r "$HERE/Model" "$fixture/"
    rm -rf "$fixture/Model/bin" "$fixture/Model/obj"
    cp -r "$HERE/Migrations/$MIGRATIONS_PROJECT.csproj" "$HERE/Migrations/Design" "$fixture/Migrations/"
    proj="$fixture/Migrations"
    csproj="$proj/$MIGRATIONS_PROJECT.csproj"

    outdir="$provider"
    ns="$MIGRATIONS_PROJECT.$provider"
    export FIXTURE_PROVIDER="$provider"
    for step in "${STEPS[@]}"; do
        export FIXTURE_STEP="$step"
        name="$(name_for_step "$step")"
        echo ">> $provider, step v$step: building"
        dotnet build "$csproj" -nologo -v quiet -clp:ErrorsOnly >/dev/null
        echo ">> $provider, step v$step: $CONTEXT -> Migrations/$outdir/<timestamp>_$name.cs"
        # No --namespace: dotnet-ef derives SourceMappedTwoProjects.Migrations.<Provider> from the
        # Migrations project's RootNamespace + --output-dir.
        (cd "$proj" && "$EF" migrations add "$name" \
            --project "$csproj" \
            --startup-project "$csproj" \
            --context "$CONTEXT" \
            --output-dir "$outdir" \
            --no-build)

        for f in "$proj/$outdir"/*.cs; do
            grep -qx "namespace $ns" "$f" || { echo "!! $f is not in namespace $ns" >&2; exit 1; }
        done
        designer="$(ls "$proj/$outdir"/*_"$name".Designer.cs)"
        snapshot="$proj/$outdir/${CONTEXT}ModelSnapshot.cs"
        if ! [ -f "$snapshot" ] || ! diff <(model_body "$designer") <(model_body "$snapshot") >/dev/null; then
            echo "!! $designer does not match $snapshot" >&2
            exit 1
        fi
        if [ -n "$(find "$fixture/Model" -name '*.cs' -path '*Migrations*' -o -name '*ModelSnapshot.cs' | grep -v '/obj/')" ]; then
            echo "!! dotnet-ef wrote into the Model project" >&2; exit 1
        fi
    done

    # Scenario checks on the scaffolded code.
    initial="$(ls "$proj/$outdir"/*_Initial.cs)"
    v2="$(ls "$proj/$outdir"/*_V2.cs)"
    if [ -n "$(drops_in "$initial" Up)" ]; then
        echo "!! $initial: Up() drops a table" >&2; exit 1
    fi
    if [ "$(drops_in "$v2" Up)" != "$EXPECTED_V2_UP_DROPS" ]; then
        echo "!! $v2: Up() drops" >&2; drops_in "$v2" Up >&2
        echo "!! expected" >&2; echo "$EXPECTED_V2_UP_DROPS" >&2
        exit 1
    fi
    if [ -n "$(drops_in "$v2" Down)" ]; then
        echo "!! $v2: Down() drops a table" >&2; exit 1
    fi

    # The contexts without migrations, checked by the real EF on the final (v2) source: the tables
    # EnsureCreated would create.
    echo ">> $provider: dbcontext script IdentityDbContext / LegacyDbContext (final source)"
    identity_tables="$(cd "$proj" && "$EF" dbcontext script --project "$csproj" --startup-project "$csproj" --context IdentityDbContext --no-build | created_tables)"
    if [ "$identity_tables" != "$(printf 'Devices\nauth_sessions\nuser_profiles')" ]; then
        echo "!! IdentityDbContext creates: $identity_tables" >&2; exit 1
    fi
    legacy_tables="$(cd "$proj" && "$EF" dbcontext script --project "$csproj" --startup-project "$csproj" --context LegacyDbContext --no-build | created_tables)"
    if [ "$legacy_tables" != "legacy_items" ]; then
        echo "!! LegacyDbContext creates: $legacy_tables" >&2; exit 1
    fi
    unset FIXTURE_PROVIDER FIXTURE_STEP
done

# Everything scaffolded: replace the committed migrations.
if [ $# -eq 0 ]; then
    for provider in "${ALL_PROVIDERS[@]}"; do
        rm -rf "$HERE/Migrations/$provider"
    done
fi
for provider in "${PROVIDERS[@]}"; do
    rm -rf "$HERE/Migrations/$provider"
    mv "$STAGE/$provider/SourceMappedTwoProjects/Migrations/$provider" "$HERE/Migrations/$provider"
done

echo ">> building all providers' migrations together with the final model"
dotnet build "$HERE/Migrations/$MIGRATIONS_PROJECT.csproj" -nologo -v quiet -clp:ErrorsOnly
echo ">> done"
