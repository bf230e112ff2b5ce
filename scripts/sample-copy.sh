# Sourced by the scripts that work on a copy of samples/ShopSample (editor-e2e.sh, ci-sarif.sh); needs $repo_root
# and a fail function. Not a script of its own.

# sample_copy DIR: copies the sample to DIR/samples/ShopSample, with samples/Directory.Build.* (which keep the
# repository's strict props out, as in the repository), and prints the copy's path.
sample_copy() {
    mkdir -p "$1/samples"
    cp "$repo_root"/samples/Directory.Build.* "$1/samples/"
    cp -r "$repo_root/samples/ShopSample" "$1/samples/ShopSample"
    rm -rf "$1/samples/ShopSample/bin" "$1/samples/ShopSample/obj"
    echo "$1/samples/ShopSample"
}

# sample_use_repo SAMPLE: the copy keeps the sample's ProjectReferences to the analyzers and the code fixes
# (..\..\src\... in the repository), pointed back at this repository.
sample_use_repo() {
    sed 's|\.\.\\\.\.\\src\\|'"$repo_root"'/src/|g; s|\\|/|g' "$repo_root/samples/ShopSample/ShopSample.csproj" >"$1/ShopSample.csproj"
    local assembly
    for assembly in MigrationAnalyzers MigrationAnalyzers.CodeFixes; do
        grep -q "Include=\"$repo_root/src/$assembly/$assembly.csproj\" OutputItemType=\"Analyzer\"" "$1/ShopSample.csproj" \
            || fail "the sample does not reference $assembly as an Analyzer item"
    done
}

# sample_use_package SAMPLE VERSION FEED PACKAGES: the copy references the package MigrationAnalyzers VERSION
# instead of the two projects, and no longer lists MigrationExclusions.txt (the package's props add it). A
# nuget.config two folders up (the copy's root) takes MigrationAnalyzers from FEED only (package source
# mapping) and restores into PACKAGES, so that no other cached MigrationAnalyzers is used.
sample_use_package() {
    python3 - "$1/ShopSample.csproj" "$2" <<'PY' || fail "ShopSample.csproj changed: update scripts/sample-copy.sh"
import re, sys
path, version = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
text, lists = re.subn(r"\s*<!-- MIG1003 reads.*?</ItemGroup>", "", text, flags=re.S)
text, refs = re.subn(r"\s*<!-- The analyzers and the code fixes.*?</ItemGroup>",
                     f'\n  <ItemGroup>\n    <PackageReference Include="MigrationAnalyzers" Version="{version}" PrivateAssets="all" />\n  </ItemGroup>',
                     text, flags=re.S)
assert lists == 1 and refs == 1
open(path, "w", encoding="utf-8").write(text)
PY
    cat >"$1/../../nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="$4" />
  </config>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="local" value="$3" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="MigrationAnalyzers" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
}

# pack_package FEED: packs MigrationAnalyzers into FEED and prints its version.
pack_package() {
    dotnet pack "$repo_root/src/MigrationAnalyzers.Package/MigrationAnalyzers.Package.csproj" -c Release -o "$1" >"$1.pack.log" 2>&1 \
        || { cat "$1.pack.log" >&2; fail "dotnet pack"; }
    local nupkg
    nupkg="$(basename "$(ls "$1"/MigrationAnalyzers.*.nupkg)" .nupkg)"
    echo "${nupkg#MigrationAnalyzers.}"
}
