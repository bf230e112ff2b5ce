using System;
using System.Collections.Generic;

namespace MigrationAnalyzers.Manifest;

/// <summary>
/// A case-insensitive name pattern with <c>*</c> (any run of characters) and <c>?</c> (any one character).
/// Matching never backtracks: the pattern is split at its stars into segments, the first anchored at the
/// start, the last at the end, and each one between found at its leftmost place, which is always a best choice.
/// A segment with <c>?</c> is searched bit-parallel (<see cref="QuestionMarkSegment"/>), so a match costs time
/// linear in the name's length times the segment's length in 64-bit words, whatever the input.
/// </summary>
internal sealed class WildcardPattern
{
    private readonly string _text;
    private readonly bool _hasStar;
    private readonly string[] _segments;
    private readonly QuestionMarkSegment?[] _searchers;

    private WildcardPattern(string text)
    {
        _text = text;
        _hasStar = text.IndexOf('*') >= 0;
        _segments = _hasStar ? SplitAtStars(text) : new[] { text };
        _searchers = new QuestionMarkSegment?[_segments.Length];
        for (var i = 1; i < _segments.Length - 1; i++)
        {
            if (_segments[i].IndexOf('?') >= 0)
            {
                _searchers[i] = new QuestionMarkSegment(_segments[i]);
            }
        }
    }

    public string Text => _text;

    /// <summary>Whether the pattern has no wildcard, so it names exactly one schema or table.</summary>
    public bool IsLiteral => !_hasStar && _text.IndexOf('?') < 0;

    public static WildcardPattern Create(string text) => new(text);

    public bool Matches(string name)
    {
        if (!_hasStar)
        {
            return name.Length == _text.Length && SegmentAt(name, 0, _text);
        }

        var first = _segments[0];
        var last = _segments[_segments.Length - 1];
        if (first.Length + last.Length > name.Length || !SegmentAt(name, 0, first) || !SegmentAt(name, name.Length - last.Length, last))
        {
            return false;
        }

        var position = first.Length;
        var end = name.Length - last.Length;
        for (var i = 1; i < _segments.Length - 1; i++)
        {
            var found = _searchers[i] is { } searcher
                ? searcher.Find(name, position, end)
                : Find(name, _segments[i], position, end);
            if (found < 0)
            {
                return false;
            }

            position = found + _segments[i].Length;
        }

        return true;
    }

    public override string ToString() => _text;

    /// <summary>Segments between stars; the first and last may be empty (a leading or trailing star).</summary>
    private static string[] SplitAtStars(string text)
    {
        var segments = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '*')
            {
                var segment = text.Substring(start, i - start);
                if (segment.Length > 0 || segments.Count == 0 || i == text.Length)
                {
                    segments.Add(segment);
                }

                start = i + 1;
            }
        }

        return segments.ToArray();
    }

    private static int Find(string name, string segment, int from, int end)
    {
        // The runtime's vectorized search: a 100,000-line manifest of star patterns meets 10,000-character
        // names in seconds, not a minute. OrdinalIgnoreCase upper-cases each character as SegmentAt does.
        return end - from < segment.Length ? -1 : name.IndexOf(segment, from, end - from, StringComparison.OrdinalIgnoreCase);
    }

    private static bool SegmentAt(string name, int start, string segment)
    {
        for (var i = 0; i < segment.Length; i++)
        {
            var p = segment[i];
            if (p != '?' && char.ToUpperInvariant(p) != char.ToUpperInvariant(name[start + i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Finds a segment with <c>?</c> by the shift-and method: bit i of the state says whether the segment's first
    /// i + 1 characters match the name's last i + 1 characters read, so each character of the name costs one
    /// shift and one mask per 64 characters of segment, and nothing is ever read twice.
    /// </summary>
    private sealed class QuestionMarkSegment
    {
        private readonly int _length;
        private readonly int _words;
        private readonly ulong[] _anyCharacter;
        private readonly Dictionary<char, ulong[]> _byCharacter = new();

        public QuestionMarkSegment(string segment)
        {
            _length = segment.Length;
            _words = (segment.Length + 63) / 64;
            _anyCharacter = new ulong[_words];
            for (var i = 0; i < segment.Length; i++)
            {
                var c = segment[i];
                if (c == '?')
                {
                    _anyCharacter[i / 64] |= 1UL << (i % 64);
                    continue;
                }

                var key = char.ToUpperInvariant(c);
                if (!_byCharacter.TryGetValue(key, out var mask))
                {
                    mask = new ulong[_words];
                    _byCharacter.Add(key, mask);
                }

                mask[i / 64] |= 1UL << (i % 64);
            }
        }

        /// <summary>The leftmost start of the segment within name[from..end), or -1.</summary>
        public int Find(string name, int from, int end)
        {
            if (end - from < _length)
            {
                return -1;
            }

            var state = new ulong[_words];
            var lastWord = (_length - 1) / 64;
            var lastBit = 1UL << ((_length - 1) % 64);
            for (var position = from; position < end; position++)
            {
                _byCharacter.TryGetValue(char.ToUpperInvariant(name[position]), out var mask);
                var carry = 1UL;
                for (var w = 0; w < _words; w++)
                {
                    var shifted = (state[w] << 1) | carry;
                    carry = state[w] >> 63;
                    state[w] = shifted & (_anyCharacter[w] | (mask is null ? 0UL : mask[w]));
                }

                if ((state[lastWord] & lastBit) != 0)
                {
                    return position - _length + 1;
                }
            }

            return -1;
        }
    }
}
