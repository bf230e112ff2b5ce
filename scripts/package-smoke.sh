#!/usr/bin/env bash
# Package smoke test: packs MigrationAnalyzers, installs it into a fresh net10.0 console project
# (EF Core SqlServer 10.0.15) exactly as README.md's "Add it to your project" says (a nuget.config from
# `dotnet new nugetconfig` plus `dotnet nuget add source`, restored into an empty packages folder), and
# builds a hand-written EF 10 migration that drops a table its own target model still maps. Then checks:
#   - local mode (no CI variable): MIG1001 is a warning, also under TreatWarningsAsErrors, and the real
#     `dotnet ef migrations remove` removes the migration;
#   - CI mode (CI=true): MIG1001 is an error, in the build output and in the SARIF log, and
#     `dotnet ef migrations remove` stops at "Build failed" (issue #15);
#   - MigrationAnalyzersErrors=false in the environment turns CI mode off;
#   - README's hand-written nuget.config (with package source mapping) restores the package too.
#
# Usage: scripts/package-smoke.sh            (from any directory)
#        KEEP_SMOKE_DIR=1 scripts/package-smoke.sh   keeps the temporary directory for a look.
# Needs: the dotnet SDK and access to the NuGet package feed (EF Core, the dotnet-ef tool).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
package_project="$repo_root/src/MigrationAnalyzers.Package/MigrationAnalyzers.Package.csproj"
ef_version=10.0.15

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Whatever runs this script (CI sets CI=true): every step below chooses its mode itself.
unset CI TF_BUILD ContinuousIntegrationBuild MigrationAnalyzersErrors MigrationAnalyzersRequireApprovals

work="$(mktemp -d "${TMPDIR:-/tmp}/migration-analyzers-smoke.XXXXXX")"
cleanup() {
    if [ "${KEEP_SMOKE_DIR:-0}" = "1" ]; then
        echo "smoke: kept $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

feed="$work/MigrationAnalyzers/artifacts"   # stands for path/to/MigrationAnalyzers/artifacts in README.md
consumer="$work/consumer"                    # the user's repository
app="$consumer/SmokeApp"
tools="$work/tools"
# A global packages folder of its own: a clean restore, and an older cached MigrationAnalyzers is never used.
export NUGET_PACKAGES="$work/packages"
mkdir -p "$feed" "$consumer" "$NUGET_PACKAGES"

fail() {
    echo "smoke: FAILED: $*" >&2
    exit 1
}

list_zip() {
    if command -v unzip >/dev/null 2>&1; then
        unzip -Z1 "$1"
    else
        python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"
    fi
}

# Every command this script takes from README.md must still be there, word for word.
readme_has() {
    grep -qF -- "$1" "$repo_root/README.md" || fail "README.md no longer contains: $1 (keep it and this script in step)"
}

# --- 0. The package's readme, targets and global configs agree with README.md's rules table -------
python3 "$repo_root/scripts/check-docs.py" || fail "scripts/check-docs.py"

# --- 1. Pack (README: dotnet pack src/MigrationAnalyzers.Package -c Release -o ./artifacts) --------
readme_has 'dotnet pack src/MigrationAnalyzers.Package -c Release -o ./artifacts'
version="$(dotnet msbuild "$package_project" -getProperty:PackageVersion -p:Configuration=Release)"
[ -n "$version" ] || fail "could not read PackageVersion of $package_project"
echo "smoke: packing MigrationAnalyzers $version"
dotnet pack "$package_project" -c Release -o "$feed" >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; fail "dotnet pack"; }

nupkg="$feed/MigrationAnalyzers.$version.nupkg"
[ -f "$nupkg" ] || fail "$nupkg was not produced"
list_zip "$nupkg" >"$work/nupkg.txt"
for entry in \
    analyzers/dotnet/cs/MigrationAnalyzers.dll \
    analyzers/dotnet/cs/MigrationAnalyzers.CodeFixes.dll \
    buildTransitive/MigrationAnalyzers.props \
    buildTransitive/MigrationAnalyzers.targets \
    buildTransitive/MigrationAnalyzers.Errors.globalconfig \
    buildTransitive/MigrationAnalyzers.RequireApprovals.globalconfig \
    buildTransitive/MigrationAnalyzers.RequireApprovals.Errors.globalconfig \
    build/MigrationAnalyzers.props \
    build/MigrationAnalyzers.targets \
    PACKAGE.md \
    icon.png \
    docs/rules/MIG1001.md; do
    grep -qxF "$entry" "$work/nupkg.txt" || { cat "$work/nupkg.txt"; fail "nupkg has no $entry"; }
done
if grep -q '^lib/' "$work/nupkg.txt"; then
    cat "$work/nupkg.txt"
    fail "nupkg has a lib/ folder"
fi
echo "smoke: nupkg layout OK"

# --- 2. The user's repository: README.md's install steps, word for word ---------------------------
# Empty Directory.Build.* files stop MSBuild from walking up into any enclosing repository's.
echo '<Project />' >"$work/Directory.Build.props"
echo '<Project />' >"$work/Directory.Build.targets"
readme_has 'mkdir -p nupkgs && cp path/to/MigrationAnalyzers/artifacts/MigrationAnalyzers.*.nupkg nupkgs/'
readme_has 'dotnet new nugetconfig'
readme_has 'dotnet nuget add source ./nupkgs --name local --configfile nuget.config'
readme_has 'dotnet add path/to/YourProject.csproj package MigrationAnalyzers'
(
    cd "$consumer"
    mkdir -p nupkgs && cp "$feed"/MigrationAnalyzers.*.nupkg nupkgs/
    dotnet new nugetconfig
    dotnet nuget add source ./nupkgs --name local --configfile nuget.config
) >"$work/nugetconfig.log" 2>&1 || { cat "$work/nugetconfig.log"; fail "creating nuget.config as README.md says"; }
grep -q '<clear />' "$consumer/nuget.config" || { cat "$consumer/nuget.config"; fail "nuget.config does not clear the machine's sources"; }
grep -qE '<add key="local" value="\./nupkgs" */>' "$consumer/nuget.config" || { cat "$consumer/nuget.config"; fail "nuget.config has no relative 'local' source"; }

dotnet new console --framework net10.0 --name SmokeApp --output "$app" --no-restore >"$work/new.log" 2>&1 \
    || { cat "$work/new.log"; fail "dotnet new console"; }

# --- 3. Packages: a clean restore from the project's folder (the relative source resolves against nuget.config)
cd "$app"
dotnet add package Microsoft.EntityFrameworkCore.SqlServer --version "$ef_version" >"$work/add-ef.log" 2>&1 \
    || { cat "$work/add-ef.log"; fail "dotnet add package Microsoft.EntityFrameworkCore.SqlServer"; }
dotnet add package Microsoft.EntityFrameworkCore.Design --version "$ef_version" >"$work/add-ef-design.log" 2>&1 \
    || { cat "$work/add-ef-design.log"; fail "dotnet add package Microsoft.EntityFrameworkCore.Design"; }
dotnet add package Microsoft.EntityFrameworkCore.Sqlite --version "$ef_version" >"$work/add-ef-sqlite.log" 2>&1 \
    || { cat "$work/add-ef-sqlite.log"; fail "dotnet add package Microsoft.EntityFrameworkCore.Sqlite (for dotnet ef, see AppDbContextFactory)"; }
(cd "$consumer" && dotnet add SmokeApp/SmokeApp.csproj package MigrationAnalyzers) >"$work/add-ma.log" 2>&1 \
    || { cat "$work/add-ma.log"; fail "dotnet add package MigrationAnalyzers (no --source: from nuget.config)"; }

# DevelopmentDependency=true makes `dotnet add package` write PrivateAssets=all.
grep -A3 'Include="MigrationAnalyzers"' SmokeApp.csproj | grep -q '<PrivateAssets>all</PrivateAssets>' \
    || { cat SmokeApp.csproj; fail "MigrationAnalyzers was not added with PrivateAssets=all"; }
grep -q "Include=\"MigrationAnalyzers\" Version=\"$version\"" SmokeApp.csproj \
    || { cat SmokeApp.csproj; fail "MigrationAnalyzers $version was not the version added"; }
metadata="$NUGET_PACKAGES/migrationanalyzers/$version/.nupkg.metadata"
[ -f "$NUGET_PACKAGES/migrationanalyzers/$version/analyzers/dotnet/cs/MigrationAnalyzers.dll" ] && [ -f "$metadata" ] \
    || fail "MigrationAnalyzers $version was not restored into $NUGET_PACKAGES"
grep -qF "\"source\": \"$consumer/nupkgs" "$metadata" || { cat "$metadata"; fail "MigrationAnalyzers was not restored from $consumer/nupkgs"; }
echo "smoke: installed as README.md says; restored from ./nupkgs through nuget.config"

# The exclusion manifest: picked up by the package's props. The project also lists it itself,
# so the build must pass it to the compiler once, not twice.
: >MigrationExclusions.txt
sed -i 's|</Project>|  <ItemGroup>\n    <AdditionalFiles Include="MigrationExclusions.txt" />\n  </ItemGroup>\n</Project>|' SmokeApp.csproj

# --- 4. An EF Core 10 context, snapshot and migration (in the shape dotnet-ef generates) ----------
mkdir -p Data Migrations
bom=$'\xEF\xBB\xBF'

cat >Data/AppDbContext.cs <<'EOF'
using Microsoft.EntityFrameworkCore;

namespace SmokeApp.Data;

public class Blog
{
    public int Id { get; set; }
    public string Url { get; set; } = "";
    public List<Post> Posts { get; set; } = new();
}

public class Post
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public int BlogId { get; set; }
    public Blog? Blog { get; set; }
}

public class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Blog> Blogs => Set<Blog>();
    public DbSet<Post> Posts => Set<Post>();
}
EOF

# The snapshot maps Blogs, and so does the target model of migration V2 (its .Designer.cs, below): a model
# that agrees with the snapshot, as `dotnet ef migrations remove` needs to remove V2.
{ printf '%s' "$bom"; cat <<'EOF'; } >Migrations/AppDbContextModelSnapshot.cs
// <auto-generated />
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SmokeApp.Data;

#nullable disable

namespace SmokeApp.Migrations
{
    [DbContext(typeof(AppDbContext))]
    partial class AppDbContextModelSnapshot : ModelSnapshot
    {
        protected override void BuildModel(ModelBuilder modelBuilder)
        {
#pragma warning disable 612, 618
            modelBuilder
                .HasAnnotation("ProductVersion", "10.0.15")
                .HasAnnotation("Relational:MaxIdentifierLength", 128);

            SqlServerModelBuilderExtensions.UseIdentityColumns(modelBuilder);

            modelBuilder.Entity("SmokeApp.Data.Blog", b =>
                {
                    b.Property<int>("Id")
                        .ValueGeneratedOnAdd()
                        .HasColumnType("int");

                    SqlServerPropertyBuilderExtensions.UseIdentityColumn(b.Property<int>("Id"));

                    b.Property<string>("Url")
                        .IsRequired()
                        .HasColumnType("nvarchar(max)");

                    b.HasKey("Id");

                    b.ToTable("Blogs");
                });

            modelBuilder.Entity("SmokeApp.Data.Post", b =>
                {
                    b.Property<int>("Id")
                        .ValueGeneratedOnAdd()
                        .HasColumnType("int");

                    SqlServerPropertyBuilderExtensions.UseIdentityColumn(b.Property<int>("Id"));

                    b.Property<int>("BlogId")
                        .HasColumnType("int");

                    b.Property<string>("Title")
                        .IsRequired()
                        .HasColumnType("nvarchar(max)");

                    b.HasKey("Id");

                    b.HasIndex("BlogId");

                    b.ToTable("Posts");
                });

            modelBuilder.Entity("SmokeApp.Data.Post", b =>
                {
                    b.HasOne("SmokeApp.Data.Blog", "Blog")
                        .WithMany("Posts")
                        .HasForeignKey("BlogId")
                        .OnDelete(DeleteBehavior.Cascade)
                        .IsRequired();

                    b.Navigation("Blog");
                });

            modelBuilder.Entity("SmokeApp.Data.Blog", b =>
                {
                    b.Navigation("Posts");
                });
#pragma warning restore 612, 618
        }
    }
}
EOF

# V2's Up() drops Blogs all the same, by a hand edit: MIG1001, "which this migration's target model still maps".
{ printf '%s' "$bom"; cat <<'EOF'; } >Migrations/20260101000000_V2.cs
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmokeApp.Migrations
{
    /// <inheritdoc />
    public partial class V2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Posts_Blogs_BlogId",
                table: "Posts");

            migrationBuilder.DropTable(
                name: "Blogs");

            migrationBuilder.DropIndex(
                name: "IX_Posts_BlogId",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "BlogId",
                table: "Posts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BlogId",
                table: "Posts",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Blogs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Url = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Blogs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_BlogId",
                table: "Posts",
                column: "BlogId");

            migrationBuilder.AddForeignKey(
                name: "FK_Posts_Blogs_BlogId",
                table: "Posts",
                column: "BlogId",
                principalTable: "Blogs",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
EOF

{ printf '%s' "$bom"; cat <<'EOF'; } >Migrations/20260101000000_V2.Designer.cs
// <auto-generated />
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SmokeApp.Data;

#nullable disable

namespace SmokeApp.Migrations
{
    [DbContext(typeof(AppDbContext))]
    [Migration("20260101000000_V2")]
    partial class V2
    {
        /// <inheritdoc />
        protected override void BuildTargetModel(ModelBuilder modelBuilder)
        {
#pragma warning disable 612, 618
            modelBuilder
                .HasAnnotation("ProductVersion", "10.0.15")
                .HasAnnotation("Relational:MaxIdentifierLength", 128);

            SqlServerModelBuilderExtensions.UseIdentityColumns(modelBuilder);

            modelBuilder.Entity("SmokeApp.Data.Blog", b =>
                {
                    b.Property<int>("Id")
                        .ValueGeneratedOnAdd()
                        .HasColumnType("int");

                    SqlServerPropertyBuilderExtensions.UseIdentityColumn(b.Property<int>("Id"));

                    b.Property<string>("Url")
                        .IsRequired()
                        .HasColumnType("nvarchar(max)");

                    b.HasKey("Id");

                    b.ToTable("Blogs");
                });

            modelBuilder.Entity("SmokeApp.Data.Post", b =>
                {
                    b.Property<int>("Id")
                        .ValueGeneratedOnAdd()
                        .HasColumnType("int");

                    SqlServerPropertyBuilderExtensions.UseIdentityColumn(b.Property<int>("Id"));

                    b.Property<int>("BlogId")
                        .HasColumnType("int");

                    b.Property<string>("Title")
                        .IsRequired()
                        .HasColumnType("nvarchar(max)");

                    b.HasKey("Id");

                    b.HasIndex("BlogId");

                    b.ToTable("Posts");
                });

            modelBuilder.Entity("SmokeApp.Data.Post", b =>
                {
                    b.HasOne("SmokeApp.Data.Blog", "Blog")
                        .WithMany("Posts")
                        .HasForeignKey("BlogId")
                        .OnDelete(DeleteBehavior.Cascade)
                        .IsRequired();

                    b.Navigation("Blog");
                });

            modelBuilder.Entity("SmokeApp.Data.Blog", b =>
                {
                    b.Navigation("Posts");
                });
#pragma warning restore 612, 618
        }
    }
}
EOF


# `dotnet ef` creates the context at design time through this factory. `migrations remove` first asks the
# database whether the migration was applied, and fails when it cannot connect; there is no SQL Server here, so
# the factory uses SQLite, which answers from a file (smoke.db does not exist: nothing was applied). The
# migration's C# is provider-neutral enough for that; only EF's SQL generation would differ.
cat >Data/AppDbContextFactory.cs <<'EOF'
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SmokeApp.Data;

public class AppDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite("Data Source=smoke.db")
            .Options);
}
EOF
# --- 5. Local mode: warnings, also under TreatWarningsAsErrors -------------------------------------
mig_diagnostics() {
    # MSBuild prints each diagnostic twice (inline, with an "N>" node prefix at -v:n, and in the summary).
    grep -oE '[^ ]*\.cs\([0-9]+,[0-9]+\): (warning|error) MIG[0-9]+: [^[]*' "$1" | sed -E 's/^[0-9]+>//; s/ +$//' | sort -u || true
}

echo "smoke: building SmokeApp (local mode, TreatWarningsAsErrors=true)"
set +e
# -v:n so the compiler command line (and with it every /additionalfile:) is in the log.
dotnet build --no-incremental -nodeReuse:false -v:n -p:TreatWarningsAsErrors=true >"$work/build.log" 2>&1
build_status=$?
set -e
if [ "$build_status" -ne 0 ]; then
    grep -E 'error|warning' "$work/build.log" | sort -u >&2 || true
    fail "dotnet build (local mode) exited with $build_status"
fi
diagnostics="$(mig_diagnostics "$work/build.log")"
echo "smoke: MIG diagnostics (paths relative to $app):"
printf '%s\n' "${diagnostics:-(none)}" | sed "s|^$app/||"
grep -qE '/Migrations/20260101000000_V2\.cs\([0-9]+,[0-9]+\): warning MIG1001: ' <<<"$diagnostics" \
    || fail "no 'warning MIG1001' reported in Migrations/20260101000000_V2.cs"
if grep -q ': error MIG' <<<"$diagnostics"; then fail "local mode reported an error"; fi
# MIG1005 is off by default; the package must not turn it on (naming it in WarningsNotAsErrors would).
if grep -q ' MIG1005: ' <<<"$diagnostics"; then fail "MIG1005 reported although nothing turned it on"; fi

exclusion_args="$(grep -oE '/additionalfile:[^ ]*MigrationExclusions\.txt' "$work/build.log" | sort | uniq -c || true)"
[ -n "$exclusion_args" ] || fail "MigrationExclusions.txt was not passed to the compiler as an additional file"
if awk '$1 != 1 { bad = 1 } END { exit !bad }' <<<"$exclusion_args"; then
    echo "$exclusion_args" >&2
    fail "MigrationExclusions.txt was passed to the compiler more than once"
fi
if grep -qF 'MigrationAnalyzers.Errors.globalconfig' "$work/build.log"; then fail "local mode passed the errors config to the compiler"; fi
echo "smoke: local mode: MIG1001 is a warning under TreatWarningsAsErrors; MigrationExclusions.txt passed once"

# --- 6. CI mode: errors, in the build output and in SARIF ------------------------------------------
echo "smoke: building SmokeApp with CI=true"
set +e
CI=true dotnet build --no-incremental -nodeReuse:false -v:n "-p:ErrorLog=$work/ci.sarif%2Cversion=2.1" >"$work/build-ci.log" 2>&1
ci_status=$?
set -e
[ "$ci_status" -ne 0 ] || { mig_diagnostics "$work/build-ci.log"; fail "the CI-mode build succeeded despite the drop"; }
grep -qE '/Migrations/20260101000000_V2\.cs\([0-9]+,[0-9]+\): error MIG1001: ' <<<"$(mig_diagnostics "$work/build-ci.log")" \
    || { tail -30 "$work/build-ci.log"; fail "no 'error MIG1001' in the CI-mode build"; }
grep -qF 'MigrationAnalyzers.Errors.globalconfig' "$work/build-ci.log" || fail "the errors config was not passed to the compiler"
python3 - "$work/ci.sarif" <<'PY' || fail "the CI-mode SARIF log does not hold MIG1001 as an error"
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8-sig"))
assert log["version"] == "2.1.0", log["version"]
results = [r for run in log["runs"] for r in run["results"] if r["ruleId"] == "MIG1001"]
assert results and all(r["level"] == "error" for r in results), results
assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("Migrations/20260101000000_V2.cs")
PY
echo "smoke: CI mode: MIG1001 is an error (build exit $ci_status, SARIF level error)"

set +e
CI=true MigrationAnalyzersErrors=false dotnet build --no-incremental -nodeReuse:false >"$work/build-ci-off.log" 2>&1
off_status=$?
set -e
[ "$off_status" -eq 0 ] || { mig_diagnostics "$work/build-ci-off.log"; fail "CI=true MigrationAnalyzersErrors=false did not build"; }
grep -q ': warning MIG1001: ' <<<"$(mig_diagnostics "$work/build-ci-off.log")" || fail "CI=true MigrationAnalyzersErrors=false: no warning MIG1001"
echo "smoke: CI=true MigrationAnalyzersErrors=false: a warning again"

# --- 7. The real `dotnet ef migrations remove` ------------------------------------------------------
echo "smoke: installing dotnet-ef $ef_version"
dotnet tool install dotnet-ef --version "$ef_version" --tool-path "$tools" >"$work/tool.log" 2>&1 || { cat "$work/tool.log"; fail "dotnet tool install dotnet-ef"; }

set +e
CI=true "$tools/dotnet-ef" migrations remove >"$work/ef-ci.log" 2>&1
ef_ci_status=$?
set -e
[ "$ef_ci_status" -ne 0 ] && grep -q 'Build failed' "$work/ef-ci.log" || { cat "$work/ef-ci.log"; fail "CI mode: dotnet ef migrations remove did not stop at 'Build failed'"; }
[ -f Migrations/20260101000000_V2.cs ] || fail "CI mode: the migration is gone although dotnet ef failed"
echo "smoke: CI mode: dotnet ef migrations remove stops at 'Build failed' (exit $ef_ci_status)"

set +e
"$tools/dotnet-ef" migrations remove >"$work/ef.log" 2>&1
ef_status=$?
set -e
[ "$ef_status" -eq 0 ] || { cat "$work/ef.log"; fail "local mode: dotnet ef migrations remove exited with $ef_status"; }
grep -q "Removing migration '20260101000000_V2'" "$work/ef.log" || { cat "$work/ef.log"; fail "local mode: dotnet ef did not remove V2"; }
if [ -e Migrations/20260101000000_V2.cs ] || [ -e Migrations/20260101000000_V2.Designer.cs ]; then
    cat "$work/ef.log"
    fail "local mode: the migration's files are still there"
fi
echo "smoke: local mode: dotnet ef migrations remove removed V2:"
sed 's/^/    /' "$work/ef.log"

set +e
CI=true dotnet build --no-incremental -nodeReuse:false >"$work/build-after.log" 2>&1
after_status=$?
set -e
[ "$after_status" -eq 0 ] || { grep -E 'error' "$work/build-after.log" | sort -u >&2; fail "the CI-mode build fails after the migration was removed"; }
if grep -q ' MIG1001: ' "$work/build-after.log"; then fail "MIG1001 still reported after the migration was removed"; fi
echo "smoke: CI mode builds once the migration is gone"

# --- 8. README's hand-written nuget.config (package source mapping) --------------------------------
mapping="$work/mapping"
mkdir -p "$mapping/nupkgs" "$mapping/App"
cp "$feed"/MigrationAnalyzers.*.nupkg "$mapping/nupkgs/"
python3 - "$repo_root/README.md" "$mapping/nuget.config" <<'PY' || fail "README.md has no hand-written nuget.config block"
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
match = re.search(r"<!-- hand-written nuget.config -->\s*```xml\n(.*?)```", text, re.S)
assert match, "no block after <!-- hand-written nuget.config -->"
open(sys.argv[2], "w", encoding="utf-8").write(match.group(1))
PY
cat >"$mapping/App/App.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="MigrationAnalyzers" Version="$version" PrivateAssets="all" />
  </ItemGroup>
</Project>
EOF
rm -rf "$NUGET_PACKAGES/migrationanalyzers"
(cd "$mapping/App" && dotnet restore) >"$work/restore-mapping.log" 2>&1 || { cat "$work/restore-mapping.log"; cat "$mapping/nuget.config"; fail "restore with README's hand-written nuget.config"; }
grep -qF "\"source\": \"$mapping/nupkgs" "$metadata" || { cat "$metadata"; fail "the hand-written nuget.config did not restore MigrationAnalyzers from ./nupkgs"; }
echo "smoke: README's hand-written nuget.config (package source mapping) restores from ./nupkgs"

echo "smoke: PASSED (MigrationAnalyzers $version)"
