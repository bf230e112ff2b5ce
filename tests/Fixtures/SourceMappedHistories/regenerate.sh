#!/usr/bin/env bash
# Regenerates the AppDbContext migration history under Migrations/ from scratch with the real
# dotnet-ef 10.0.15, for SQL Server, PostgreSQL (Npgsql) and SQLite. No database is needed.
#
#   tests/Fixtures/SourceMappedHistories/regenerate.sh               # all providers (deletes Migrations/ first)
#   tests/Fixtures/SourceMappedHistories/regenerate.sh Sqlite        # only these providers' folders
#
# The model step is chosen by FIXTURE_STEP, which MSBuild reads as a property: step 1 compiles the
# "#if FIXTURE_V1" blocks in Model/ (see SourceMappedHistories.csproj), step 2 compiles the final
# source. The provider is chosen by FIXTURE_PROVIDER (read by the design-time factories in Design/).
#
# Each provider is scaffolded in its own throw-away copy of the project (csproj, Model/, Design/),
# so dotnet-ef only ever sees that provider's migrations: when the compiled assembly holds no
# snapshot yet, dotnet-ef looks for an existing "<Context>ModelSnapshot.cs" ANYWHERE under the
# project directory and overwrites it (see ../EfHistories/README.md).
set -euo pipefail

EF_VERSION=10.0.15
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$HERE/.tools"
EF="$TOOLS/dotnet-ef"
PROJECT_NAME=SourceMappedHistories
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

# The migration added at each model step.
#   v1 Initial: every table in AppDbContext
#   v2 V2:      the refactor: tables split out to IdentityDbContext / ReportingDbContext (no migrations),
#               UserConfiguration no longer applied, Coupon deleted, Badge [NotMapped]
STEPS=(1 2)
name_for_step() {
    case "$1" in
        1) echo Initial ;;
        2) echo V2 ;;
    esac
}

# What V2.Up() must drop, as [schema.]table, sorted. Nothing else may be dropped there.
EXPECTED_V2_UP_DROPS="Badges
Coupons
Devices
ExchangeRates
OrderSummaries
Sessions
TopCustomers
identity.api_keys
profiles
security.permissions
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
        # No --namespace: dotnet-ef derives SourceMappedHistories.Migrations.<Provider> from
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

    # The contexts without migrations, checked by the real EF on the final (v2) source: the script
    # EnsureCreated would run. IdentityDbContext creates its four tables. ReportingDbContext creates
    # only ExchangeRates: the table EF names after the DbSet, which ToSqlQuery does not undo. It does
    # not create the excluded permissions, the view OrderSummaries or the function TopCustomers.
    echo ">> $provider: dbcontext script IdentityDbContext / ReportingDbContext (final source)"
    identity_sql="$(cd "$proj" && "$EF" dbcontext script --project "$proj/$PROJECT_NAME.csproj" --context IdentityDbContext --no-build)"
    for t in profiles api_keys Devices auth_sessions; do
        grep -q "CREATE TABLE .*$t" <<<"$identity_sql" || { echo "!! IdentityDbContext creates no table $t" >&2; exit 1; }
    done
    [ "$(grep -c 'CREATE TABLE' <<<"$identity_sql")" -eq 4 ] || { echo "!! IdentityDbContext: not exactly 4 CREATE TABLE" >&2; exit 1; }
    reporting_sql="$(cd "$proj" && "$EF" dbcontext script --project "$proj/$PROJECT_NAME.csproj" --context ReportingDbContext --no-build)"
    if [ "$(grep 'CREATE TABLE' <<<"$reporting_sql" | tr -d '[]"`')" != "CREATE TABLE ExchangeRates (" ]; then
        echo "!! ReportingDbContext should create table ExchangeRates and nothing else:" >&2; echo "$reporting_sql" >&2; exit 1
    fi
    unset FIXTURE_PROVIDER FIXTURE_STEP
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

echo ">> building all providers' migrations together with the final source"
dotnet build "$HERE/$PROJECT_NAME.csproj" -nologo -v quiet -clp:ErrorsOnly
echo ">> done"
