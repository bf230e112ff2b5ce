using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationAnalyzers.Robustness;

/// <summary>One mutant: a corpus project with some files changed, removed or added, and what was done to it.</summary>
public sealed class Mutant
{
    public Mutant(int index, CorpusProject project, ImmutableArray<SyntaxTree> trees, ImmutableArray<AdditionalText> additionalFiles, ImmutableArray<string> mutations)
    {
        Index = index;
        Project = project;
        Trees = trees;
        AdditionalFiles = additionalFiles;
        Mutations = mutations;
    }

    public int Index { get; }

    public CorpusProject Project { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public ImmutableArray<AdditionalText> AdditionalFiles { get; }

    /// <summary>Short descriptions, one per mutation applied ("operator: detail").</summary>
    public ImmutableArray<string> Mutations { get; }

    public override string ToString() => $"#{Index} {Project.Name}: {string.Join("; ", Mutations)}";
}

/// <summary>
/// Makes mutants of the corpus. Mutant <c>i</c> of seed <c>s</c> depends on nothing else, so any one of them can be
/// made again alone (<c>--seed s --only i</c>).
/// </summary>
public static class Mutator
{
    /// <summary>The mutation operators and their weights; the names appear in the descriptions and the statistics.</summary>
    public static readonly ImmutableArray<(string Name, int Weight)> Operators = ImmutableArray.Create(
        ("delete-tokens", 10),
        ("truncate", 5),
        ("insert-garbage", 4),
        ("duplicate-statement", 6),
        ("reorder-statements", 6),
        ("delete-statement", 4),
        ("replace-string-literal", 12),
        ("named-arguments", 8),
        ("remove-designer", 4),
        ("two-snapshots", 4),
        ("remove-attribute", 5),
        ("duplicate-attribute", 4),
        ("change-attribute", 5),
        ("unicode-names", 5),
        ("long-names", 4),
        ("deep-nesting", 5),
        ("method-shape", 5),
        ("class-shape", 5),
        ("sql-garbage", 8),
        ("manifest", 4),
        ("add-operations", 8));

    private static readonly int TotalWeight = Operators.Sum(o => o.Weight);

    private static readonly string[] UnicodeNames =
    [
        "Ünïcødé", "表格", "Таблица", "جدول", "テーブル_1", "x\u0301y", "A\u200Db", "\u202Eevil", "Ǆǅǆ", "𝒯able", "ℌ", "ﬀ",
        "I\u0307", "ß", "İstanbul", "\uD83D\uDE00", "\uD800", "e\u0065\u0301", "\u00A0", "tab\tle", "new\nline",
    ];

    private static readonly string[] IdentifierNames = ["Ünïcødé", "表格", "Таблица", "テーブル_1", "x\u0301y", "Ǆǅǆ", "ℌ", "_", "@class", "\\u0041bc"];

    public static Mutant Create(int seed, int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) ^ (index * 7919) ^ 0x5F3759DF));
        var projects = Corpus.Projects;
        var project = projects[random.Next(projects.Length)];
        var set = new WorkingSet(project);
        var mutations = ImmutableArray.CreateBuilder<string>();
        var count = 1 + random.Next(3);
        for (var attempt = 0; mutations.Count < count && attempt < 20; attempt++)
        {
            var name = Pick(random);
            var description = Apply(name, set, random);
            if (description is not null)
            {
                mutations.Add(description.Length > 160 ? description.Substring(0, 157) + "..." : description);
            }
        }

        return new Mutant(index, project, set.Trees(), set.AdditionalFiles.ToImmutableArray(), mutations.ToImmutable());
    }

    private static string Pick(Random random)
    {
        var roll = random.Next(TotalWeight);
        foreach (var (name, weight) in Operators)
        {
            if ((roll -= weight) < 0)
            {
                return name;
            }
        }

        return Operators[0].Name;
    }

    private static string? Apply(string name, WorkingSet set, Random random) => name switch
    {
        "delete-tokens" => DeleteTokens(set, random),
        "truncate" => Truncate(set, random),
        "insert-garbage" => InsertGarbage(set, random),
        "duplicate-statement" => DuplicateStatement(set, random),
        "reorder-statements" => ReorderStatements(set, random),
        "delete-statement" => DeleteStatement(set, random),
        "replace-string-literal" => ReplaceStringLiteral(set, random),
        "named-arguments" => NamedArguments(set, random),
        "remove-designer" => RemoveDesigner(set, random),
        "two-snapshots" => TwoSnapshots(set, random),
        "remove-attribute" => RemoveAttribute(set, random),
        "duplicate-attribute" => DuplicateAttribute(set, random),
        "change-attribute" => ChangeAttribute(set, random),
        "unicode-names" => UnicodeNamesIn(set, random),
        "long-names" => LongNames(set, random),
        "deep-nesting" => DeepNesting(set, random),
        "method-shape" => MethodShape(set, random),
        "class-shape" => ClassShape(set, random),
        "sql-garbage" => SqlGarbage(set, random),
        "manifest" => Manifest(set, random),
        "add-operations" => AddOperations(set, random),
        _ => null,
    };

    private static string? DeleteTokens(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var tokens = set.Root(file).DescendantTokens().ToList();
        if (tokens.Count < 2)
        {
            return null;
        }

        var start = random.Next(tokens.Count - 1);
        var length = 1 + random.Next(random.Next(2) == 0 ? 3 : 40);
        var end = Math.Min(tokens.Count - 1, start + length - 1);
        var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(tokens[start].SpanStart, tokens[end].Span.End);
        set.Replace(file, span, string.Empty);
        return $"delete-tokens: {end - start + 1} token(s) at {set.Path(file)}:{span.Start}";
    }

    private static string? Truncate(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var text = set.Text(file);
        var at = random.Next(text.Length + 1);
        set.SetText(file, text.Substring(0, at));
        return $"truncate: {set.Path(file)} at {at} of {text.Length}";
    }

    private static string? InsertGarbage(WorkingSet set, Random random)
    {
        const string alphabet = "{}()[];,.\"'@$#\\/*<>=!?:+-&|^~`\n\r\t 0aZ_\u00A0\u200B\uFEFF\uD800\u2028";
        var file = set.PickFile(random);
        var builder = new StringBuilder();
        for (var i = 1 + random.Next(10); i > 0; i--)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        var at = random.Next(set.Text(file).Length + 1);
        set.Replace(file, new Microsoft.CodeAnalysis.Text.TextSpan(at, 0), builder.ToString());
        return $"insert-garbage: {builder.Length} char(s) into {set.Path(file)} at {at}";
    }

    private static string? DuplicateStatement(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var statement = PickNode<StatementSyntax>(set.Root(file), random, s => s.Parent is BlockSyntax);
        if (statement is null)
        {
            return null;
        }

        set.Replace(file, new Microsoft.CodeAnalysis.Text.TextSpan(statement.FullSpan.End, 0), statement.ToFullString());
        return $"duplicate-statement: {set.Path(file)}:{statement.SpanStart}";
    }

    private static string? ReorderStatements(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var block = PickNode<BlockSyntax>(set.Root(file), random, b => b.Statements.Count >= 2);
        if (block is null)
        {
            return null;
        }

        var statements = block.Statements.ToList();
        if (random.Next(2) == 0)
        {
            statements.Reverse();
        }
        else
        {
            for (var i = statements.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (statements[i], statements[j]) = (statements[j], statements[i]);
            }
        }

        set.ReplaceNode(file, block, block.WithStatements(SyntaxFactory.List(statements)));
        return $"reorder-statements: {statements.Count} in {set.Path(file)}:{block.SpanStart}";
    }

    private static string? DeleteStatement(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var statement = PickNode<StatementSyntax>(set.Root(file), random, s => s.Parent is BlockSyntax);
        if (statement is null)
        {
            return null;
        }

        set.Replace(file, statement.FullSpan, string.Empty);
        return $"delete-statement: {set.Path(file)}:{statement.SpanStart}";
    }

    private static string? ReplaceStringLiteral(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var literal = PickNode<LiteralExpressionSyntax>(set.Root(file), random, l => l.IsKind(SyntaxKind.StringLiteralExpression));
        if (literal is null)
        {
            return null;
        }

        var value = literal.Token.ValueText;
        var quoted = SymbolDisplay.FormatLiteral(value, quote: true);
        var half = value.Length / 2;
        string[] replacements =
        [
            "null", "default", "(string)null", "default(string)", "(string?)null!",
            $"{SymbolDisplay.FormatLiteral(value.Substring(0, half), true)} + {SymbolDisplay.FormatLiteral(value.Substring(half), true)}",
            $"$\"{{{quoted}}}\"", "$\"{unknownVariable}\"", $"$\"{{{quoted},10}}\"", $"$\"{{{quoted}:X}}\"", "$\"{1}\"",
            $"nameof({(SyntaxFacts.IsValidIdentifier(value) ? value : "System")})", "string.Empty", "UndeclaredConstant", "Constants.Name",
            "@" + quoted.Replace("\\\\", "\\", StringComparison.Ordinal), $"\"\"\"{value.Replace("\"", string.Empty, StringComparison.Ordinal)} \"\"\"", quoted + "u8",
            $"({quoted})", $"{quoted}.ToString()", "throw null", "42", "'c'", "new[] { " + quoted + " }", "() => " + quoted,
            "\"\\u0000\"", "\"\\uD800\"", "\"\\U0001F600\"", "\"\"", "\" \"", "\"a.b.c\"", "\"[dbo].[x]\"", quoted + " + null", "string.Concat(" + quoted + ")",
        ];
        var replacement = replacements[random.Next(replacements.Length)];
        set.Replace(file, literal.Span, replacement);
        return $"replace-string-literal: {Shorten(quoted)} -> {replacement.Replace(quoted, "…", StringComparison.Ordinal)} in {set.Path(file)}:{literal.SpanStart}";
    }

    private static string? NamedArguments(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var list = PickNode<ArgumentListSyntax>(set.Root(file), random, l => l.Arguments.Any(a => a.NameColon is not null));
        if (list is null)
        {
            return null;
        }

        var arguments = list.Arguments.ToList();
        string what;
        switch (random.Next(4))
        {
            case 0:
                arguments = arguments.Select(a => a.WithNameColon(null)).ToList();
                what = "made positional";
                break;
            case 1:
                var named = arguments.Where(a => a.NameColon is not null).ToList();
                arguments.Remove(named[random.Next(named.Count)]);
                what = "one dropped";
                break;
            case 2:
                for (var i = arguments.Count - 1; i > 0; i--)
                {
                    var j = random.Next(i + 1);
                    (arguments[i], arguments[j]) = (arguments[j], arguments[i]);
                }

                what = "shuffled";
                break;
            default:
                var index = random.Next(arguments.Count);
                arguments[index] = arguments[index].WithNameColon(SyntaxFactory.NameColon(random.Next(2) == 0 ? "name" : "schema"));
                what = "renamed";
                break;
        }

        set.ReplaceNode(file, list, list.WithArguments(SyntaxFactory.SeparatedList(arguments)));
        return $"named-arguments: {what} in {set.Path(file)}:{list.SpanStart}";
    }

    private static string? RemoveDesigner(WorkingSet set, Random random)
    {
        var designers = set.Files().Where(i => set.Path(i).EndsWith(".Designer.cs", StringComparison.Ordinal)).ToList();
        if (designers.Count == 0)
        {
            return null;
        }

        var file = designers[random.Next(designers.Count)];
        var path = set.Path(file);
        set.Remove(file);
        return $"remove-designer: {path}";
    }

    private static string? TwoSnapshots(WorkingSet set, Random random)
    {
        var snapshots = set.Files().Where(i => set.Path(i).EndsWith("ModelSnapshot.cs", StringComparison.Ordinal)).ToList();
        if (snapshots.Count == 0)
        {
            return null;
        }

        var file = snapshots[random.Next(snapshots.Count)];
        var text = set.Text(file);
        var className = set.Root(file).DescendantNodes().OfType<ClassDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText;
        string copy, what;
        switch (random.Next(4))
        {
            case 0 when className is not null:
                copy = text.Replace(className, className + "Copy", StringComparison.Ordinal);
                what = "renamed copy";
                break;
            case 1:
                copy = text.Replace("namespace ", "namespace Copied.", StringComparison.Ordinal);
                what = "copy in another namespace";
                break;
            case 2:
                // A stale snapshot: the copy keeps only the first half of the model.
                copy = text.Substring(0, text.Length / 2) + "\n}}}}}\n";
                what = "truncated copy";
                break;
            default:
                copy = text;
                what = "identical copy";
                break;
        }

        set.Add(set.Path(file).Replace(".cs", ".Copy.cs", StringComparison.Ordinal), copy);
        return $"two-snapshots: {what} of {set.Path(file)}";
    }

    private static string? RemoveAttribute(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var attribute = PickNode<AttributeSyntax>(set.Root(file), random, _ => true);
        if (attribute is null)
        {
            return null;
        }

        var list = (AttributeListSyntax)attribute.Parent!;
        set.Replace(file, list.Attributes.Count == 1 ? list.Span : attribute.Span, list.Attributes.Count == 1 ? string.Empty : "Obsolete");
        return $"remove-attribute: [{attribute.Name}] in {set.Path(file)}";
    }

    private static string? DuplicateAttribute(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var list = PickNode<AttributeListSyntax>(set.Root(file), random, _ => true);
        if (list is null)
        {
            return null;
        }

        set.Replace(file, new Microsoft.CodeAnalysis.Text.TextSpan(list.Span.End, 0), list.ToString());
        return $"duplicate-attribute: {list} in {set.Path(file)}";
    }

    private static string? ChangeAttribute(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var attribute = PickNode<AttributeSyntax>(set.Root(file), random, a => a.Name.ToString().Contains("DbContext", StringComparison.Ordinal) || a.Name.ToString().Contains("Migration", StringComparison.Ordinal));
        if (attribute is null)
        {
            return null;
        }

        string[] replacements =
        [
            "DbContext", "DbContext()", "DbContext(null)", "DbContext(typeof(int))", "DbContext(typeof(OtherDbContext))", "DbContext(typeof(List<>))",
            "DbContext(typeof(global::System.String[]))", "DbContext(ContextType)", "Migration", "Migration(null)", "Migration(\"\")",
            "Migration(\"_\")", "Migration(Id)", "Migration(\"99999999999999_Future\")", "Migration(\"00000000000000_Past\")", "Migration(id: \"x\")",
            "Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute(\"20260101000000_X\")", "DbContextAttribute(typeof(object))",
        ];
        var replacement = replacements[random.Next(replacements.Length)];
        set.Replace(file, attribute.Span, replacement);
        return $"change-attribute: [{Shorten(attribute.ToString())}] -> [{replacement}] in {set.Path(file)}";
    }

    private static string? UnicodeNamesIn(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        if (random.Next(2) == 0)
        {
            var literal = PickNode<LiteralExpressionSyntax>(set.Root(file), random, l => l.IsKind(SyntaxKind.StringLiteralExpression));
            if (literal is null)
            {
                return null;
            }

            var name = UnicodeNames[random.Next(UnicodeNames.Length)];
            var value = random.Next(2) == 0 ? name : literal.Token.ValueText + name;
            set.Replace(file, literal.Span, SymbolDisplay.FormatLiteral(value, quote: true));
            return $"unicode-names: string literal in {set.Path(file)}:{literal.SpanStart}";
        }

        var declaration = PickNode<BaseTypeDeclarationSyntax>(set.Root(file), random, _ => true);
        if (declaration is null)
        {
            return null;
        }

        var identifier = IdentifierNames[random.Next(IdentifierNames.Length)];
        set.Replace(file, declaration.Identifier.Span, identifier);
        return $"unicode-names: class {declaration.Identifier.ValueText} -> {identifier} in {set.Path(file)}";
    }

    private static string? LongNames(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var name = LongName(random);
        switch (random.Next(3))
        {
            case 0:
                var literal = PickNode<LiteralExpressionSyntax>(set.Root(file), random, l => l.IsKind(SyntaxKind.StringLiteralExpression));
                if (literal is null)
                {
                    return null;
                }

                set.Replace(file, literal.Span, "\"" + name + "\"");
                return $"long-names: 10,000-character string literal in {set.Path(file)}:{literal.SpanStart}";
            case 1:
                var declaration = PickNode<BaseTypeDeclarationSyntax>(set.Root(file), random, _ => true);
                if (declaration is null)
                {
                    return null;
                }

                // Rename every use in the file too, so the long name still binds where the short one did.
                set.SetText(file, set.Text(file).Replace(declaration.Identifier.ValueText, name, StringComparison.Ordinal));
                return $"long-names: class {declaration.Identifier.ValueText} renamed to 10,000 characters in {set.Path(file)}";
            default:
                var method = PickNode<MethodDeclarationSyntax>(set.Root(file), random, m => m.Identifier.ValueText is "Up" or "Down" && m.Body is not null);
                if (method is null)
                {
                    return null;
                }

                var parameter = method.ParameterList.Parameters.FirstOrDefault()?.Identifier.ValueText ?? "migrationBuilder";
                var call = $"{parameter}.DropTable(name: \"{name}\", schema: \"{LongName(random)}\"); {parameter}.DropColumn(\"{name}\", \"{name}\");";
                set.Replace(file, new Microsoft.CodeAnalysis.Text.TextSpan(method.Body!.OpenBraceToken.Span.End, 0), call);
                return $"long-names: drops of 10,000-character tables in {method.Identifier.ValueText}() of {set.Path(file)}";
        }
    }

    private static string LongName(Random random)
    {
        var builder = new StringBuilder(10_000);
        var letters = random.Next(3) switch { 0 => "a", 1 => "ab", _ => "aZ_9é表" };
        builder.Append('N');
        while (builder.Length < 10_000)
        {
            builder.Append(letters[random.Next(letters.Length)]);
        }

        return builder.ToString();
    }

    private static string? DeepNesting(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var depth = random.Next(4) switch { 0 => 10 + random.Next(60), 1 => 100 + random.Next(400), 2 => 500 + random.Next(1500), _ => 2000 + random.Next(3000) };
        if (random.Next(3) > 0)
        {
            var literal = PickNode<LiteralExpressionSyntax>(set.Root(file), random, l => l.IsKind(SyntaxKind.StringLiteralExpression));
            if (literal is null)
            {
                return null;
            }

            var value = literal.ToString();
            var (kind, replacement) = random.Next(5) switch
            {
                0 => ("parentheses", new string('(', depth) + value + new string(')', depth)),
                1 => ("left-nested concatenation", new string('(', depth) + value + string.Concat(Enumerable.Repeat(" + \"\")", depth))),
                2 => ("right-nested concatenation", string.Concat(Enumerable.Repeat("\"\" + (", depth)) + value + new string(')', depth)),
                3 => ("casts", string.Concat(Enumerable.Repeat("(string)", depth)) + value),
                // The compiler itself binds nested interpolations in exponential time (16 levels: 0.4 s; 51 levels: never
                // finishes), in a plain build without any analyzer: more than 8 levels would test Roslyn, not us.
                _ => ("interpolations", string.Concat(Enumerable.Repeat("$\"{", Math.Min(depth, 8))) + value + string.Concat(Enumerable.Repeat("}\"", Math.Min(depth, 8)))),
            };
            set.Replace(file, literal.Span, replacement);
            return $"deep-nesting: {(kind == "interpolations" ? Math.Min(depth, 8) : depth)} {kind} around a string literal in {set.Path(file)}:{literal.SpanStart}";
        }

        var method = PickNode<MethodDeclarationSyntax>(set.Root(file), random, m => m.Body is not null && m.ParameterList.Parameters.Count == 1);
        if (method is null)
        {
            return null;
        }

        var p = method.ParameterList.Parameters[0].Identifier.ValueText;
        // The compiler alone binds nested lambdas in exponential time when overload resolution fails (46 levels of
        // OwnsOne in Down(), where migrationBuilder has no Entity(): never finishes, without any analyzer); real
        // snapshots nest owned types a few levels deep.
        var lambdaDepth = Math.Min(depth, 6);
        var (shape, code) = random.Next(3) switch
        {
            0 => ("blocks", new string('{', depth) + $"{p}.DropTable(\"Orders\");" + new string('}', depth)),
            1 => ("owned-type lambdas", $"{p}.Entity(\"T\", b0 => {{" + string.Concat(Enumerable.Range(1, lambdaDepth).Select(i => $"b{i - 1}.OwnsOne(\"O{i}\", \"N{i}\", b{i} => {{ b{i}.Property<string>(\"P{i}\"); ")) + new string('}', lambdaDepth).Replace("}", "});", StringComparison.Ordinal) + "b0.ToTable(\"Deep\"); });"),
            _ => ("call chain", $"{p}.DropTable(\"Orders\")" + string.Concat(Enumerable.Repeat(".Annotation(\"a\", \"b\")", depth)) + ";"),
        };
        set.Replace(file, new Microsoft.CodeAnalysis.Text.TextSpan(method.Body!.OpenBraceToken.Span.End, 0), code);
        return $"deep-nesting: {(shape == "owned-type lambdas" ? lambdaDepth : depth)} {shape} in {method.Identifier.ValueText}() of {set.Path(file)}";
    }

    private static string? MethodShape(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var method = PickNode<MethodDeclarationSyntax>(set.Root(file), random, m => m.Identifier.ValueText is "Up" or "Down" or "BuildModel" or "BuildTargetModel");
        if (method is null)
        {
            return null;
        }

        var parameter = method.ParameterList.Parameters.FirstOrDefault()?.Identifier.ValueText ?? "migrationBuilder";
        var body = method.Body?.ToString() ?? "{ }";
        var inner = body.Length >= 2 ? body.Substring(1, body.Length - 2).Trim() : string.Empty;
        var firstStatement = method.Body?.Statements.FirstOrDefault()?.ToString().TrimEnd(';');
        var (what, replacement) = random.Next(9) switch
        {
            0 => ("no parameters", method.WithParameterList(SyntaxFactory.ParameterList()).ToFullString()),
            1 => ("two parameters", method.WithParameterList(method.ParameterList.AddParameters(SyntaxFactory.Parameter(SyntaxFactory.Identifier("extra")).WithType(SyntaxFactory.ParseTypeName("int")))).ToFullString()),
            2 => ("renamed parameter", method.ToFullString().Replace(parameter, "mb", StringComparison.Ordinal)),
            3 when firstStatement is not null => ("expression body", $"protected override void {method.Identifier.ValueText}({method.ParameterList.Parameters}) => {firstStatement};\n"),
            4 => ("static", "static " + method.ToFullString()),
            5 => ("local function", $"protected override void {method.Identifier.ValueText}({method.ParameterList.Parameters}) {{ void {method.Identifier.ValueText}(MigrationBuilder {parameter}) {{ {inner} }} }}\n"),
            6 => ("generic", method.ToFullString().Replace(method.Identifier.ValueText + "(", method.Identifier.ValueText + "<T>(", StringComparison.Ordinal)),
            7 => ("no body", $"protected override void {method.Identifier.ValueText}({method.ParameterList.Parameters});\n"),
            _ => ("params array", method.ToFullString().Replace("(MigrationBuilder ", "(params MigrationBuilder[] ", StringComparison.Ordinal)),
        };
        set.Replace(file, method.FullSpan, replacement);
        return $"method-shape: {what} for {method.Identifier.ValueText}() in {set.Path(file)}";
    }

    private static string? ClassShape(WorkingSet set, Random random)
    {
        var file = set.PickFile(random);
        var declaration = PickNode<ClassDeclarationSyntax>(set.Root(file), random, _ => true);
        if (declaration is null)
        {
            return null;
        }

        var text = declaration.ToFullString();
        var name = declaration.Identifier.ValueText;
        var (what, replacement) = random.Next(8) switch
        {
            0 => ("not partial", text.Replace("partial class", "class", StringComparison.Ordinal)),
            1 => ("nested in another class", "public static class Outer {\n" + text + "\n}\n"),
            2 => ("generic", ReplaceFirst(text, "class " + name, "class " + name + "<T>")),
            3 => ("global-qualified base", text.Replace(": Migration", ": global::Microsoft.EntityFrameworkCore.Migrations.Migration", StringComparison.Ordinal)),
            4 => ("base type removed", text.Replace(": Migration", string.Empty, StringComparison.Ordinal).Replace(": ModelSnapshot", string.Empty, StringComparison.Ordinal)),
            5 => ("declared twice", text + "\n" + text),
            6 => ("renamed", ReplaceFirst(text, "class " + name, "class " + name + "Renamed")),
            _ => ("record", ReplaceFirst(text, "class " + name, "record " + name)),
        };
        set.Replace(file, declaration.FullSpan, replacement);
        return $"class-shape: {what} for {name} in {set.Path(file)}";
    }

    private static string? SqlGarbage(WorkingSet set, Random random)
    {
        var file = set.PickMigrationMethodFile(random);
        var method = file < 0 ? null : PickNode<MethodDeclarationSyntax>(set.Root(file), random, m => m.Identifier.ValueText is "Up" or "Down" && m.Body is not null && m.ParameterList.Parameters.Count == 1);
        if (method is null)
        {
            return null;
        }

        var p = method.ParameterList.Parameters[0].Identifier.ValueText;
        var table = set.TableNames.Count > 0 ? set.TableNames[random.Next(set.TableNames.Count)] : "Orders";
        var sql = random.Next(3) switch
        {
            0 => SqlFuzzer.Generate(random, 200),
            1 => SqlFuzzer.Generate(random, 40) + SqlFuzzer.Statement(random, table) + SqlFuzzer.Generate(random, 40),
            _ => SqlFuzzer.Statement(random, table) + (random.Next(2) == 0 ? SqlFuzzer.Generate(random, 5000) : string.Empty),
        };
        var call = $"{p}.Sql({SqlFuzzer.ToCSharpLiteral(random, sql)}{(random.Next(4) == 0 ? ", suppressTransaction: true" : string.Empty)});\n";
        set.Replace(file, new Microsoft.CodeAnalysis.Text.TextSpan(method.Body!.OpenBraceToken.Span.End, 0), call);
        return $"sql-garbage: {sql.Length} characters of SQL in {method.Identifier.ValueText}() of {set.Path(file)}";
    }

    private static string? Manifest(WorkingSet set, Random random)
    {
        var path = set.AdditionalFiles.FirstOrDefault()?.Path ?? "MigrationExclusions.txt";
        set.AdditionalFiles.Clear();
        var (what, file) = ManifestFuzzer.Generate(random, path);
        set.AdditionalFiles.Add(file);
        return $"manifest: {what}";
    }

    private static string? AddOperations(WorkingSet set, Random random)
    {
        var file = set.PickMigrationMethodFile(random);
        var method = file < 0 ? null : PickNode<MethodDeclarationSyntax>(set.Root(file), random, m => m.Identifier.ValueText is "Up" or "Down" && m.Body is not null && m.ParameterList.Parameters.Count == 1);
        if (method is null)
        {
            return null;
        }

        var p = method.ParameterList.Parameters[0].Identifier.ValueText;
        var calls = new StringBuilder();
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            var table = set.TableNames.Count > 0 ? set.TableNames[random.Next(set.TableNames.Count)] : "Orders";
            var column = set.ColumnNames.Count > 0 ? set.ColumnNames[random.Next(set.ColumnNames.Count)] : "Name";
            var schema = random.Next(4) switch { 0 => "\"dbo\"", 1 => "\"public\"", 2 => "null", _ => null };
            calls.Append(random.Next(8) switch
            {
                0 => $"{p}.DropTable(\"{table}\"{(schema is null ? string.Empty : ", " + schema)});",
                1 => $"{p}.DropTable(schema: {schema ?? "null"}, name: \"{table}\");",
                2 => $"{p}.DropColumn(name: \"{column}\", table: \"{table}\"{(schema is null ? string.Empty : ", schema: " + schema)});",
                3 => $"{p}.DropColumn(\"{column}\", \"{table}\");",
                4 => $"{p}.RenameTable(name: \"{table}\", newName: \"{table}2\");",
                5 => $"{p}.RenameColumn(name: \"{column}\", table: \"{table}\", newName: \"{column}2\");",
                6 => $"{p}.DropSchema(name: {schema ?? "\"HangFire\""});",
                _ => $"{p}.Sql({SqlFuzzer.ToCSharpLiteral(random, SqlFuzzer.Statement(random, table))});",
            });
            calls.Append('\n');
        }

        var at = random.Next(2) == 0 ? method.Body!.OpenBraceToken.Span.End : method.Body!.CloseBraceToken.SpanStart;
        set.Replace(file, new Microsoft.CodeAnalysis.Text.TextSpan(at, 0), calls.ToString());
        return $"add-operations: {count} call(s) in {method.Identifier.ValueText}() of {set.Path(file)}";
    }

    private static T? PickNode<T>(SyntaxNode root, Random random, Func<T, bool> predicate)
        where T : SyntaxNode
    {
        var candidates = root.DescendantNodes().OfType<T>().Where(predicate).ToList();
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : text.Substring(0, at) + replacement + text.Substring(at + find.Length);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";

    /// <summary>The files of a mutant while it is being made; unchanged files keep the corpus's trees.</summary>
    private sealed class WorkingSet
    {
        private readonly List<(string Path, SyntaxTree? Tree, string? Text)> _files;
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CorpusProject, Names> NamesByProject = new();
        private readonly Dictionary<int, SyntaxNode> _roots = new();

        public WorkingSet(CorpusProject project)
        {
            _files = project.Trees.Select(t => (t.FilePath, (SyntaxTree?)t, (string?)null)).ToList();
            AdditionalFiles = project.AdditionalFiles.ToList();
            var names = NamesByProject.GetValue(project, TableAndColumnNames);
            TableNames = names.Tables;
            ColumnNames = names.Columns;
        }

        public List<AdditionalText> AdditionalFiles { get; }

        public IReadOnlyList<string> TableNames { get; }

        public IReadOnlyList<string> ColumnNames { get; }

        public IEnumerable<int> Files() => Enumerable.Range(0, _files.Count).Where(i => _files[i].Path is not null);

        public string Path(int file) => _files[file].Path;

        /// <summary>A file to mutate: a migration, designer or snapshot most of the time, any file otherwise.</summary>
        public int PickFile(Random random)
        {
            var all = Files().ToList();
            var migrations = all.Where(i => Path(i).Contains("/Migrations/", StringComparison.Ordinal)).ToList();
            var pool = migrations.Count > 0 && random.Next(100) < 85 ? migrations : all;
            return pool[random.Next(pool.Count)];
        }

        /// <summary>A migration file with an <c>Up</c> or <c>Down</c> (not a designer or snapshot), or -1.</summary>
        public int PickMigrationMethodFile(Random random)
        {
            var candidates = Files().Where(i => Path(i).Contains("/Migrations/", StringComparison.Ordinal)
                && !Path(i).EndsWith(".Designer.cs", StringComparison.Ordinal) && !Path(i).EndsWith("ModelSnapshot.cs", StringComparison.Ordinal)).ToList();
            return candidates.Count == 0 ? -1 : candidates[random.Next(candidates.Count)];
        }

        public string Text(int file) => _files[file].Text ?? _files[file].Tree!.GetText().ToString();

        public SyntaxNode Root(int file)
        {
            if (!_roots.TryGetValue(file, out var root))
            {
                root = (_files[file].Tree ?? Corpus.Parse(Text(file), Path(file))).GetRoot();
                _roots.Add(file, root);
            }

            return root;
        }

        public void SetText(int file, string text)
        {
            _files[file] = (_files[file].Path, null, text);
            _roots.Remove(file);
        }

        public void Replace(int file, Microsoft.CodeAnalysis.Text.TextSpan span, string replacement)
        {
            var text = Text(file);
            SetText(file, text.Substring(0, span.Start) + replacement + text.Substring(span.End));
        }

        public void ReplaceNode(int file, SyntaxNode node, SyntaxNode replacement)
            => Replace(file, node.FullSpan, replacement.ToFullString());

        public void Remove(int file)
        {
            _files[file] = (null!, null, null);
            _roots.Remove(file);
        }

        public void Add(string path, string text) => _files.Add((path, null, text));

        public ImmutableArray<SyntaxTree> Trees()
            => _files.Where(f => f.Path is not null).Select(f => f.Tree ?? Corpus.Parse(f.Text!, f.Path)).ToImmutableArray();

        private static Names TableAndColumnNames(CorpusProject project)
        {
            var tables = new SortedSet<string>(StringComparer.Ordinal);
            var columns = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var tree in project.Trees)
            {
                foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    if (invocation.Expression is MemberAccessExpressionSyntax access && invocation.ArgumentList.Arguments.Count > 0
                        && invocation.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                    {
                        switch (access.Name.Identifier.ValueText)
                        {
                            case "ToTable":
                            case "CreateTable":
                                tables.Add(literal.Token.ValueText);
                                break;
                            case "Property":
                            case "AddColumn":
                                columns.Add(literal.Token.ValueText);
                                break;
                        }
                    }
                }
            }

            tables.Add("__EFMigrationsHistory");
            return new Names(tables.ToList(), columns.ToList());
        }

        private sealed record Names(IReadOnlyList<string> Tables, IReadOnlyList<string> Columns);
    }
}
