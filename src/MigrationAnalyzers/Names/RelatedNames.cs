using System;
using System.Collections.Generic;

namespace MigrationAnalyzers.Names;

/// <summary>
/// Whether two different column names look like one renamed column (MIG1006). This is no equality: whether two
/// names denote the same object is <see cref="NameScope"/>'s question alone.
/// </summary>
/// <remarks>
/// Each name is split into words at case changes (<c>PhoneNumber</c>: phone, number; <c>URLPath</c>: url, path),
/// underscores and digits (<c>Line2Text</c>: line, 2, text); words compare case-insensitively. Two names are related
/// when they share a word of three letters or more, or when one contains the other (a name of three letters or
/// more). Columns of an owned or complex type (<c>Address_PostCode</c>, <c>Address_ZipCode</c>) compare only
/// the parts after the owner prefix they share, so that two properties of one owned type do not relate through
/// "Address".
/// </remarks>
internal static class RelatedNames
{
    /// <summary>The shortest shared word (or contained name) that relates two names.</summary>
    public const int MinimumWordLength = 3;

    /// <summary>Words that, appended to a name, make a value computed from the old one rather than the old one renamed.</summary>
    private static readonly string[] DerivationWords = { "Hash", "Hashed", "Digest", "Encrypted", "Cipher", "Protected", "Json" };

    /// <summary>
    /// Whether <paramref name="added"/> is <paramref name="dropped"/> with a derivation word appended
    /// (<c>ClientSecret</c> → <c>ClientSecretHash</c>): a new value computed from the old one, not a rename.
    /// </summary>
    public static bool IsDerived(string dropped, string added)
    {
        if (added.Length <= dropped.Length || !added.StartsWith(dropped, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var suffix = added.Substring(dropped.Length).TrimStart('_');
        foreach (var word in DerivationWords)
        {
            if (string.Equals(suffix, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool AreRelated(string name, string other)
    {
        StripSharedOwnerPrefix(ref name, ref other);
        if (name.Length == 0 || other.Length == 0)
        {
            return false;
        }

        if ((name.Length >= MinimumWordLength && other.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0)
            || (other.Length >= MinimumWordLength && name.IndexOf(other, StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return true;
        }

        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in Words(name))
        {
            if (word.Length >= MinimumWordLength && char.IsLetter(word[0]))
            {
                words.Add(word);
            }
        }

        foreach (var word in Words(other))
        {
            if (words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Drops the leading <c>_</c>-separated segments both names share (case-insensitively), while each keeps at
    /// least one segment: <c>Address_PostCode</c> and <c>Address_ZipCode</c> become <c>PostCode</c> and <c>ZipCode</c>.
    /// </summary>
    public static void StripSharedOwnerPrefix(ref string name, ref string other)
    {
        for (var depth = 0; depth < 16; depth++)
        {
            var end = name.IndexOf('_');
            var otherEnd = other.IndexOf('_');
            if (end <= 0 || otherEnd <= 0 || end != otherEnd
                || end == name.Length - 1 || otherEnd == other.Length - 1
                || string.Compare(name, 0, other, 0, end, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return;
            }

            name = name.Substring(end + 1);
            other = other.Substring(otherEnd + 1);
        }
    }

    /// <summary>The words of a name: runs of letters split at case changes (an acronym is one word), and runs of digits.</summary>
    public static IEnumerable<string> Words(string name)
    {
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            if (start >= 0 && (i == name.Length || IsBoundary(name, i)))
            {
                yield return name.Substring(start, i - start);
                start = -1;
            }

            if (i < name.Length && char.IsLetterOrDigit(name[i]) && start < 0)
            {
                start = i;
            }
        }
    }

    /// <summary>Whether a word ends before position <paramref name="i"/>.</summary>
    private static bool IsBoundary(string name, int i)
    {
        var current = name[i];
        var previous = name[i - 1];
        if (!char.IsLetterOrDigit(current) || !char.IsLetterOrDigit(previous))
        {
            return true;
        }

        if (char.IsDigit(current) != char.IsDigit(previous))
        {
            return true;
        }

        if (char.IsLower(previous) && char.IsUpper(current))
        {
            return true;
        }

        // The last capital of an acronym starts the next word: URLPath is URL, Path.
        return char.IsUpper(previous) && char.IsUpper(current) && i + 1 < name.Length && char.IsLower(name[i + 1]);
    }
}
