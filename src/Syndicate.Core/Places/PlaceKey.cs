using System.Globalization;
using System.Text;

namespace Syndicate.Core.Places;

/// <summary>
/// The lookup key of a place name: upper-case ASCII letters and digits where the script allows, accents
/// dropped, every run of other characters one space, and a leading "ST"/"STE" or inner "ST" spelled out (the
/// German "SANKT" too), so "Caïro" is "CAIRO", "Mexico-Stad" is "MEXICO STAD", "St. Paul" is "SAINT PAUL" and
/// "St. Peter-Ording" and "Sankt Peter-Ording" are both "SAINT PETER ORDING".
/// </summary>
internal static class PlaceKey
{
    /// <summary>Longer keys are not place names; the gazetteer's longest is 193 characters.</summary>
    public const int MaxLength = 256;

    // Fold of every character below this bound: null separates words, "" is dropped (a combining mark).
    private const char FoldedRangeEnd = '\u1F00';

    private static readonly string?[] Folds = BuildFolds();

    /// <summary>Writes the key of <paramref name="name"/>; returns its length, or -1 when it is longer than <paramref name="destination"/>.</summary>
    public static int Write(ReadOnlySpan<char> name, Span<char> destination)
    {
        var key = new KeyWriter(destination);
        foreach (var c in name)
        {
            bool fits;
            if (c < FoldedRangeEnd)
            {
                fits = Folds[c] is { } fold ? key.Append(fold) : key.EndWord();
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                fits = true;
            }
            else
            {
                fits = char.IsLetterOrDigit(c) ? key.Append(char.ToUpperInvariant(c)) : key.EndWord();
            }

            if (!fits)
            {
                return -1;
            }
        }

        return key.Length;
    }

    public static string Normalize(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[MaxLength];
        var length = Write(name, key);
        return length < 0 ? string.Empty : new string(key[..length]);
    }

    private static string?[] BuildFolds()
    {
        var folds = new string?[FoldedRangeEnd];
        for (var c = '\0'; c < FoldedRangeEnd; c++)
        {
            folds[c] = ComputeFold(c);
        }

        return folds;
    }

    /// <summary>The upper-case base letters of <paramref name="c"/> ("ø" → "O", "é" → "E"): "" for a combining mark, null for a separator.</summary>
    public static string? Fold(char c) =>
        c < FoldedRangeEnd ? Folds[c]
        : CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? string.Empty
        : char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c).ToString()
        : null;

    private static string? ComputeFold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' => char.ToUpperInvariant(c).ToString(),
        < '\u0080' => null,
        'ø' or 'Ø' => "O",
        'ł' or 'Ł' => "L",
        'æ' or 'Æ' => "AE",
        'œ' or 'Œ' => "OE",
        'ß' => "SS",
        'đ' or 'Đ' or 'ð' or 'Ð' => "D",
        'ı' => "I",
        'þ' or 'Þ' => "TH",
        'ħ' or 'Ħ' => "H",
        _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark => string.Empty,
        _ when char.IsLetterOrDigit(c) => WithoutMarks(c),
        _ => null,
    };

    private static string WithoutMarks(char c)
    {
        var builder = new StringBuilder(2);
        foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToUpperInvariant(part));
            }
        }

        return builder.ToString();
    }

    /// <summary>Writes words separated by single spaces, spelling out "ST" and "SANKT" before another word and a leading "STE".</summary>
    private ref struct KeyWriter(Span<char> destination)
    {
        private readonly Span<char> _destination = destination;
        private int _wordStart;
        private bool _separated;

        public int Length { get; private set; }

        public bool EndWord()
        {
            _separated = true;
            return true;
        }

        public bool Append(char c) => Append(new ReadOnlySpan<char>(in c));

        public bool Append(scoped ReadOnlySpan<char> letters)
        {
            if (letters.IsEmpty)
            {
                return true;
            }

            if (_separated && Length > 0)
            {
                if (!SpellOutSaint() || Length == _destination.Length)
                {
                    return false;
                }

                _destination[Length++] = ' ';
                _wordStart = Length;
            }

            _separated = false;
            if (!letters.TryCopyTo(_destination[Length..]))
            {
                return false;
            }

            Length += letters.Length;
            return true;
        }

        private bool SpellOutSaint()
        {
            var saint = _destination[_wordStart..Length] switch
            {
                "ST" or "SANKT" => "SAINT",
                "STE" when _wordStart == 0 => "SAINTE",
                _ => null,
            };
            if (saint is null)
            {
                return true;
            }

            if (!saint.TryCopyTo(_destination[_wordStart..]))
            {
                return false;
            }

            Length = _wordStart + saint.Length;
            return true;
        }
    }
}
