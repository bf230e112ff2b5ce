#!/usr/bin/env bash
# Regenerates the migration histories under Migrations/ from scratch with the real dotnet-ef 10.0.15,
# for SQL Server, PostgreSQL (Npgsql) and SQLite. No database is needed.
#
#   tests/Fixtures/RenameHistories/regenerate.sh                 # all providers (deletes Migrations/ first)
#   tests/Fixtures/RenameHistories/regenerate.sh Sqlite Npgsql   # only these providers' folders
#
# The model step is chosen by FIXTURE_STEP (read in CrmDbContext.OnModelCreating, and by the csproj for
# the one DbSet rename), the provider by FIXTURE_PROVIDER (read by the design-time factory in Design/).
#
# Each provider is scaffolded in its own throw-away copy of the project (csproj, Model/, Design/), so
# dotnet-ef only ever sees that provider's migrations: when the compiled assembly holds no snapshot yet,
# dotnet-ef looks for an existing "<Context>ModelSnapshot.cs" ANYWHERE under the project directory and
# overwrites it (see ../EfHistories/README.md).
set -euo pipefail

EF_VERSION=10.0.15
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$HERE/.tools"
EF="$TOOLS/dotnet-ef"
PROJECT_NAME=RenameHistories
CONTEXT=CrmDbContext

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

# The migration added at each model step (FIXTURE_STEP = index + 1). README.md tells what each changes.
STEPS=(
    Initial                                  #  1
    RenamePhoneToPhoneNumberWidened          #  2  Phone(20) -> PhoneNumber(32)
    RenameLoyaltyPointsToRewardPointsLong    #  3  int -> long
    RenameAccountCodeToAccountNumberInt      #  4  string(12) -> int
    RenameBirthYearToYearOfBirthRequired     #  5  int? -> int
    RenameAddressPostCodeToZipCodeWidened    #  6  owned: Address_PostCode(10) -> Address_ZipCode(16)
    RenameSkuToProductCodeWidened            #  7  indexed: Sku(20) -> ProductCode(32)
    RenameNameToFullName                     #  8  EF's RenameColumn
    RenameBillingAddressToInvoiceAddress     #  9  owned navigation renamed
    RenameDimensionsDepthToLength            # 10  complex type property renamed
    RenameCategoriesDbSet                    # 11  DbSet Categories -> ProductCategories
    RenameSupplierToVendor                   # 12  class + table: DropTable + CreateTable
    RenameWarehousesToDepots                 # 13  ToTable("Depots"): EF's RenameTable
    ReplaceFaxWithEmail                      # 14  unrelated column drop + add
    ReplaceCouponsWithGiftCards              # 15  unrelated table drop + create
)

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

    export FIXTURE_PROVIDER="$provider"
    outdir="Migrations/$provider"
    ns="$PROJECT_NAME.Migrations.$provider"
    for index in "${!STEPS[@]}"; do
        step=$((index + 1))
        name="${STEPS[$index]}"
        export FIXTURE_STEP="$step"
        echo ">> $provider, step v$step: building"
        dotnet build "$proj/$PROJECT_NAME.csproj" -nologo -v quiet -clp:ErrorsOnly >/dev/null
        echo ">> $provider, step v$step: $outdir/<timestamp>_$name.cs"
        # No --namespace: dotnet-ef derives <RootNamespace>.Migrations.<Provider> from --output-dir.
        (cd "$proj" && "$EF" migrations add "$name" \
            --project "$proj/$PROJECT_NAME.csproj" \
            --context "$CONTEXT" \
            --output-dir "$outdir" \
            --no-build) >"$root/ef-v$step.log"
        grep -h "loss of data" "$root/ef-v$step.log" | sed "s/^/   dotnet-ef: /" || true

        # Checks: one new migration per step, namespace of every file, and the new migration's Designer
        # equals the regenerated snapshot.
        count=$(find "$proj/$outdir" -name '*.Designer.cs' | wc -l)
        [ "$count" -eq "$step" ] || { echo "!! $provider v$step: $count migrations, expected $step" >&2; exit 1; }
        for f in "$proj/$outdir"/*.cs; do
            grep -qx "namespace $ns" "$f" || { echo "!! $f is not in namespace $ns" >&2; exit 1; }
        done
        designer="$(ls "$proj/$outdir"/*_"$name".Designer.cs)"
        snapshot="$proj/$outdir/${CONTEXT}ModelSnapshot.cs"
        if ! [ -f "$snapshot" ] || ! diff <(model_body "$designer") <(model_body "$snapshot") >/dev/null; then
            echo "!! $designer does not match $snapshot" >&2
            exit 1
        fi
        # An empty Up() means the step changed nothing EF sees: the scenario is broken.
        migration="$(ls "$proj/$outdir"/*_"$name".cs)"
        if ! grep -q "migrationBuilder\." "$migration"; then
            echo "!! $migration is empty" >&2
            exit 1
        fi
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
    mv "$STAGE/$provider/$PROJECT_NAME/Migrations/$provider" "$HERE/Migrations/$provider"
done

echo ">> building all providers' migrations together (latest model, no FIXTURE_STEP)"
dotnet build "$HERE/$PROJECT_NAME.csproj" -nologo -v quiet -clp:ErrorsOnly
echo ">> done"
