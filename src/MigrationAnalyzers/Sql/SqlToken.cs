namespace MigrationAnalyzers.Sql;

internal enum SqlTokenKind
{
    /// <summary>A keyword or bare identifier; <c>#temp</c> and <c>@variable</c> names included.</summary>
    Word,

    /// <summary><c>[x]</c>, <c>"x"</c> or <c>`x`</c>; the text is the unquoted name.</summary>
    QuotedIdentifier,

    /// <summary><c>'x'</c> (any prefix), or a <c>$tag$...$tag$</c> body; the text is the content.</summary>
    String,

    Number,

    /// <summary>Any other single character: <c>. , ; ( ) = *</c> and so on.</summary>
    Symbol,

    /// <summary>A T-SQL <c>GO</c> alone on its line: ends a batch.</summary>
    BatchSeparator,
}

/// <summary>One token of a SQL text, with its place in the text.</summary>
internal readonly struct SqlToken
{
    public SqlToken(SqlTokenKind kind, string text, int start, int end)
    {
        Kind = kind;
        Text = text;
        Start = start;
        End = end;
    }

    public SqlTokenKind Kind { get; }

    public string Text { get; }

    public int Start { get; }

    public int End { get; }

    public bool IsWord(string word) => Kind == SqlTokenKind.Word && string.Equals(Text, word, System.StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(char symbol) => Kind == SqlTokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;

    /// <summary>A name part: a bare word or a quoted identifier.</summary>
    public bool IsName => Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier;

    public override string ToString() => $"{Kind} {Text}";
}
