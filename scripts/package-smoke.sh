#!/usr/bin/env bash
# Package smoke test: packs MigrationAnalyzers into a temporary local feed, installs it into a fresh
# net10.0 console project (EF Core SqlServer 10.0.15) from that feed, builds a hand-written EF 10
# migration that drops a table the snapshot still maps, and checks that MIG1001 fires there.
#
# Usage: scripts/package-smoke.sh            (from any directory)
#        KEEP_SMOKE_DIR=1 scripts/package-smoke.sh   keeps the temporary directory for a look.
# Needs: the dotnet SDK and access to the NuGet package feed (for EF Core).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
package_project="$repo_root/src/MigrationAnalyzers.Package/MigrationAnalyzers.Package.csproj"

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d "${TMPDIR:-/tmp}/migration-analyzers-smoke.XXXXXX")"
cleanup() {
    if [ "${KEEP_SMOKE_DIR:-0}" = "1" ]; then
        echo "smoke: kept $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

feed="$work/feed"
packages="$work/packages"   # own global packages folder: an older cached MigrationAnalyzers is never used
app="$work/SmokeApp"
mkdir -p "$feed" "$packages" "$app"

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

# --- 1. Pack to the temporary feed ---------------------------------------------------------------
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
    build/MigrationAnalyzers.props \
    PACKAGE.md; do
    grep -qxF "$entry" "$work/nupkg.txt" || { cat "$work/nupkg.txt"; fail "nupkg has no $entry"; }
done
if grep -q '^lib/' "$work/nupkg.txt"; then
    cat "$work/nupkg.txt"
    fail "nupkg has a lib/ folder"
fi
echo "smoke: nupkg layout OK"

# --- 2. A fresh console project with its own NuGet.config ----------------------------------------
# Empty Directory.Build.* files stop MSBuild from walking up into any enclosing repository's.
echo '<Project />' >"$work/Directory.Build.props"
echo '<Project />' >"$work/Directory.Build.targets"
cat >"$work/NuGet.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="$packages" />
  </config>
  <packageSources>
    <clear />
    <add key="smoke-feed" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <!-- MigrationAnalyzers comes only from the freshly packed feed, everything else from nuget.org. -->
  <packageSourceMapping>
    <packageSource key="smoke-feed">
      <package pattern="MigrationAnalyzers" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
EOF

dotnet new console --framework net10.0 --name SmokeApp --output "$app" --no-restore >"$work/new.log" 2>&1 \
    || { cat "$work/new.log"; fail "dotnet new console"; }

# --- 3. Packages -----------------------------------------------------------------------------------
cd "$app"
dotnet add package Microsoft.EntityFrameworkCore.SqlServer --version 10.0.15 >"$work/add-ef.log" 2>&1 \
    || { cat "$work/add-ef.log"; fail "dotnet add package Microsoft.EntityFrameworkCore.SqlServer"; }
dotnet add package MigrationAnalyzers --version "$version" --source "$feed" >"$work/add-ma.log" 2>&1 \
    || { cat "$work/add-ma.log"; fail "dotnet add package MigrationAnalyzers"; }

# DevelopmentDependency=true makes `dotnet add package` write PrivateAssets=all.
grep -A3 'Include="MigrationAnalyzers"' SmokeApp.csproj | grep -q '<PrivateAssets>all</PrivateAssets>' \
    || { cat SmokeApp.csproj; fail "MigrationAnalyzers was not added with PrivateAssets=all"; }
[ -f "$packages/migrationanalyzers/$version/analyzers/dotnet/cs/MigrationAnalyzers.dll" ] \
    || fail "MigrationAnalyzers $version was not restored into $packages"

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

# The snapshot still maps Blogs...
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

# ...while migration V2 drops it (its own target model no longer maps Blogs).
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

            modelBuilder.Entity("SmokeApp.Data.Post", b =>
                {
                    b.Property<int>("Id")
                        .ValueGeneratedOnAdd()
                        .HasColumnType("int");

                    SqlServerPropertyBuilderExtensions.UseIdentityColumn(b.Property<int>("Id"));

                    b.Property<string>("Title")
                        .IsRequired()
                        .HasColumnType("nvarchar(max)");

                    b.HasKey("Id");

                    b.ToTable("Posts");
                });
#pragma warning restore 612, 618
        }
    }
}
EOF

# --- 5. Build and check the diagnostics -----------------------------------------------------------
echo "smoke: building SmokeApp"
set +e
# -v:n so the compiler command line (and with it every /additionalfile:) is in the log.
dotnet build --no-incremental -nodeReuse:false -v:n >"$work/build.log" 2>&1
build_status=$?
set -e
if [ "$build_status" -ne 0 ]; then
    grep -E 'error|warning' "$work/build.log" | sort -u >&2 || true
    fail "dotnet build exited with $build_status"
fi

# MSBuild prints each diagnostic twice (inline, with an "N>" node prefix at -v:n, and in the summary).
diagnostics="$(grep -oE '[^ ]*\.cs\([0-9]+,[0-9]+\): (warning|error) MIG[0-9]+: [^[]*' "$work/build.log" \
    | sed -E 's/^[0-9]+>//; s/ +$//' | sort -u || true)"
echo "smoke: MIG diagnostics (paths relative to $app):"
printf '%s\n' "${diagnostics:-(none)}" | sed "s|^$app/||"

grep -qE '/Migrations/20260101000000_V2\.cs\([0-9]+,[0-9]+\): warning MIG1001: ' <<<"$diagnostics" \
    || fail "no 'warning MIG1001' reported in Migrations/20260101000000_V2.cs"

exclusion_args="$(grep -oE '/additionalfile:[^ ]*MigrationExclusions\.txt' "$work/build.log" | sort | uniq -c || true)"
[ -n "$exclusion_args" ] || fail "MigrationExclusions.txt was not passed to the compiler as an additional file"
if awk '$1 != 1 { bad = 1 } END { exit !bad }' <<<"$exclusion_args"; then
    echo "$exclusion_args" >&2
    fail "MigrationExclusions.txt was passed to the compiler more than once"
fi
echo "smoke: MigrationExclusions.txt passed to the compiler once"

echo "smoke: PASSED (MigrationAnalyzers $version)"
