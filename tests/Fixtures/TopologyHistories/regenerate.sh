#!/usr/bin/env bash
# Regenerates the migration histories of every topology scenario from scratch with the real dotnet-ef
# 10.0.15 (EF Core 10.0.15, SQL Server and SQLite providers). No database is needed.
#
#   tests/Fixtures/TopologyHistories/regenerate.sh                  # all scenarios
#   tests/Fixtures/TopologyHistories/regenerate.sh OwnDatabases     # only this scenario's Migrations/
#
# A scenario is a folder (AbstractBase, OwnDatabases, SameSimpleName) holding Model/ and Migrations/.
# The model step is chosen by FIXTURE_STEP (read in OnModelCreating); each context picks its provider
# in OnConfiguring, as an application would.
#
# Each scenario is scaffolded in its own throw-away copy of the project (the csproj and
# that scenario's Model/), and while one history gets a migration, the files of the scenario's other
# histories are moved out of the copy. dotnet-ef finds a context's snapshot FILE by its name anywhere
# under the project directory (Directory.EnumerateFiles(projectDir, "<Context>ModelSnapshot.cs",
# AllDirectories)), so Billing.Data.AppDbContext and Catalog.Data.AppDbContext, whose snapshots are
# both AppDbContextModelSnapshot.cs, would overwrite each other's (see ../EfHistories/README.md).
set -euo pipefail

EF_VERSION=10.0.15
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$HERE/.tools"
EF="$TOOLS/dotnet-ef"
PROJECT_NAME=TopologyHistories

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# --- dotnet-ef, pinned, installed locally (.tools/ is gitignored) -----------------------------
if ! [ -x "$EF" ] || ! "$EF" --version 2>/dev/null | grep -qx "$EF_VERSION"; then
    if [ -x "$EF" ]; then
        dotnet tool uninstall dotnet-ef --tool-path "$TOOLS" >/dev/null
    fi
    echo ">> installing dotnet-ef $EF_VERSION into $TOOLS"
    dotnet tool install dotnet-ef --version "$EF_VERSION" --tool-path "$TOOLS"
fi

SCENARIOS=("$@")
if [ ${#SCENARIOS[@]} -eq 0 ]; then
    SCENARIOS=(AbstractBase OwnDatabases SameSimpleName)
fi
for scenario in "${SCENARIOS[@]}"; do
    case "$scenario" in
        AbstractBase|OwnDatabases|SameSimpleName) ;;
        *) echo "unknown scenario '$scenario' (expected AbstractBase, OwnDatabases or SameSimpleName)" >&2; exit 2 ;;
    esac
done

steps_of() {
    case "$1" in
        AbstractBase) echo 1 2 3 4 ;;
        OwnDatabases|SameSimpleName) echo 1 2 ;;
    esac
}

# The migrations added at each step, as "<Context>:<output dir under the scenario>:<Name>", in this order.
plan_for() {
    case "$1:$2" in
        # Steps 1-2: one concrete ShopContext on SQL Server, history in Migrations/ (dead from step 3 on).
        AbstractBase:1) echo "ShopContext:Migrations:Initial" ;;
        AbstractBase:2) echo "ShopContext:Migrations:RemoveCoupons" ;;
        # Step 3: ShopContext is abstract; one context and one history per provider.
        AbstractBase:3) echo "ShopSqliteContext:Migrations/Sqlite:Initial ShopSqlServerContext:Migrations/SqlServer:Initial" ;;
        # Step 4: Customer.Fax removed; only the SQL Server history is regenerated.
        AbstractBase:4) echo "ShopSqlServerContext:Migrations/SqlServer:RemoveCustomerFax" ;;
        OwnDatabases:1) echo "AppDataContext:Migrations/App:Initial SettingsContext:Migrations/Settings:Initial" ;;
        OwnDatabases:2) echo "AppDataContext:Migrations/App:MoveUserPreferencesToSettings SettingsContext:Migrations/Settings:AddUserPreferences" ;;
        SameSimpleName:1) echo "Billing.Data.AppDbContext:Migrations/Billing:Initial Catalog.Data.AppDbContext:Migrations/Catalog:Initial" ;;
        SameSimpleName:2) echo "Billing.Data.AppDbContext:Migrations/Billing:MoveCurrenciesToCatalog Catalog.Data.AppDbContext:Migrations/Catalog:TakeOverCurrencies" ;;
    esac
}

# Every history (output dir) of a scenario.
histories_of() {
    local step item
    for step in $(steps_of "$1"); do
        for item in $(plan_for "$1" "$step"); do
            echo "${item#*:}" | cut -d: -f1
        done
    done | sort -u
}

# The body of BuildTargetModel / BuildModel, i.e. the lines between the #pragma pair.
model_body() {
    sed -n '/^#pragma warning disable 612, 618$/,/^#pragma warning restore 612, 618$/p' "$1"
}

# Migration ids carry the UTC second of the run. Two migrations of one scenario never share a second, so
# the ids sort in the order the plan adds them (SameSimpleName relies on it).
LAST_TS=0
wait_for_next_second() {
    while [ "$(date -u +%Y%m%d%H%M%S)" -le "$LAST_TS" ]; do sleep 0.2; done
}

# Steps 1-2 of AbstractBase: the pre-split ShopContext, concrete and on SQL Server.
LEGACY_CONFIGURING='    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        => optionsBuilder.UseSqlServer("Server=localhost;Database=Shop;User Id=sa;Password=dummy;TrustServerCertificate=True");
'
shop_context_as_before_the_split() {
    local file="$1/AbstractBase/Model/ShopContext.cs" snippet="$STAGE/legacy-configuring.cs.txt"
    printf '%s\n' "$LEGACY_CONFIGURING" >"$snippet"
    sed -i -e 's/^public abstract class ShopContext : DbContext$/public class ShopContext : DbContext/' \
           -e "/^public class ShopContext : DbContext\$/{n;r $snippet
}" "$file"
    grep -qx 'public class ShopContext : DbContext' "$file" && grep -q 'UseSqlServer' "$file" \
        || { echo "!! could not make ShopContext concrete in $file" >&2; exit 1; }
}

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

for scenario in "${SCENARIOS[@]}"; do
    # A clean copy of the project with this scenario's model only, and no Migrations/ at all.
    root="$STAGE/$scenario"
    proj="$root/$PROJECT_NAME"
    mkdir -p "$proj/$scenario"
    cp "$HERE/../Directory.Build.props" "$HERE/../Directory.Build.targets" "$root/"
    if [ -f "$HERE/../../../global.json" ]; then cp "$HERE/../../../global.json" "$root/"; fi
    cp "$HERE/$PROJECT_NAME.csproj" "$proj/"
    cp -r "$HERE/$scenario/Model" "$proj/$scenario/"
    mapfile -t histories < <(histories_of "$scenario")

    for step in $(steps_of "$scenario"); do
        export FIXTURE_STEP="$step"
        if [ "$scenario" = AbstractBase ]; then
            cp "$HERE/AbstractBase/Model/ShopContext.cs" "$proj/AbstractBase/Model/ShopContext.cs"
            if [ "$step" -le 2 ]; then shop_context_as_before_the_split "$proj"; fi
        fi
        echo ">> $scenario, step $step: building"
        dotnet build "$proj/$PROJECT_NAME.csproj" -nologo -v quiet -clp:ErrorsOnly

        if [ "$scenario" = AbstractBase ] && [ "$step" -eq 3 ]; then
            # From here on the legacy history is dead. dotnet-ef still lists ShopContext (it collects the
            # ContextType of every Migration's [DbContext]), but cannot create it any more.
            contexts="$(cd "$proj" && "$EF" dbcontext list --project "$proj/$PROJECT_NAME.csproj" --no-build --prefix-output | sed -n 's/^data:    //p')"
            echo "$contexts" | grep -qx 'TopologyHistories.AbstractBase.Model.ShopContext' \
                || { echo "!! dotnet-ef no longer lists the abstract ShopContext:" >&2; echo "$contexts" >&2; exit 1; }
            if out="$(cd "$proj" && "$EF" migrations list --project "$proj/$PROJECT_NAME.csproj" --context ShopContext \
                    --no-build --no-connect 2>&1)"; then
                echo "!! dotnet-ef could still use the legacy ShopContext:" >&2; echo "$out" >&2; exit 1
            fi
            echo ">> $scenario, step 3: the legacy history is dead: $(echo "$out" | grep -m1 -i 'abstract' || echo "$out" | tail -1)"
        fi

        for item in $(plan_for "$scenario" "$step"); do
            IFS=: read -r context dir name <<<"$item"
            outdir="$scenario/$dir"

            # Hide the other histories' files (not their subfolders) while this one is scaffolded.
            hidden="$STAGE/hidden"
            rm -rf "$hidden"
            for other in "${histories[@]}"; do
                if [ "$other" != "$dir" ] && compgen -G "$proj/$scenario/$other/*.cs" >/dev/null; then
                    mkdir -p "$hidden/$other"
                    mv "$proj/$scenario/$other"/*.cs "$hidden/$other/"
                fi
            done

            wait_for_next_second
            echo ">> $scenario, step $step: $context -> $outdir/<timestamp>_$name.cs"
            # No --namespace: dotnet-ef derives TopologyHistories.<Scenario>.<dir with dots> from
            # RootNamespace + --output-dir (see ../EfHistories/README.md, quirk 2).
            (cd "$proj" && "$EF" migrations add "$name" \
                --project "$proj/$PROJECT_NAME.csproj" \
                --context "$context" \
                --output-dir "$outdir" \
                --no-build)

            for other in "${histories[@]}"; do
                if [ -d "$hidden/$other" ]; then mv "$hidden/$other"/*.cs "$proj/$scenario/$other/"; fi
            done

            # Sanity checks: namespace of every file, and the new migration's Designer must equal the
            # regenerated snapshot.
            ns="$PROJECT_NAME.$scenario.${dir//\//.}"
            for f in "$proj/$outdir"/*.cs; do
                grep -qx "namespace $ns" "$f" || { echo "!! $f is not in namespace $ns" >&2; exit 1; }
            done
            designer="$(ls "$proj/$outdir"/*_"$name".Designer.cs)"
            snapshot="$proj/$outdir/${context##*.}ModelSnapshot.cs"
            if ! [ -f "$snapshot" ] || ! diff <(model_body "$designer") <(model_body "$snapshot") >/dev/null; then
                echo "!! $designer does not match $snapshot" >&2
                exit 1
            fi
            id="$(basename "$designer" .Designer.cs)"
            LAST_TS="${id%%_*}"
        done
    done

    if [ "$scenario" = AbstractBase ]; then
        # The SQLite history was deliberately not regenerated at step 4: its snapshot still maps Customers.Fax.
        echo ">> $scenario: checking that ShopSqliteContext has pending model changes"
        if (cd "$proj" && "$EF" migrations has-pending-model-changes --project "$proj/$PROJECT_NAME.csproj" \
                --context ShopSqliteContext --no-build >/dev/null 2>&1); then
            echo "!! ShopSqliteContext has no pending model changes; its history was meant to be stale" >&2
            exit 1
        fi
    fi
    unset FIXTURE_STEP
done

# Everything scaffolded: replace the committed histories.
for scenario in "${SCENARIOS[@]}"; do
    rm -rf "$HERE/$scenario/Migrations"
    mv "$STAGE/$scenario/$PROJECT_NAME/$scenario/Migrations" "$HERE/$scenario/Migrations"
done

echo ">> building all scenarios' migrations together"
dotnet build "$HERE/$PROJECT_NAME.csproj" -nologo -v quiet -clp:ErrorsOnly
echo ">> done"
