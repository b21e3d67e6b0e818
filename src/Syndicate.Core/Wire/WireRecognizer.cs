using Syndicate.Core.Time;

namespace Syndicate.Core.Wire;

/// <summary>
/// Finds wire items in a page's blocks by the wire grammar: an optional headline, a dateline with
/// agency credits and a dash, the body (possibly over several blocks), and an age that stands
/// either before or after each item; which side is decided per page by which fits more ages.
/// </summary>
public sealed class WireRecognizer(AgencyCatalog agencies, AgeGrammar ages)
{
    private const int MaxHeadlineLength = 200;
    private const int MaxAgeWords = 6;
    private const int MaxGluedAgeLength = 48;

    public IReadOnlyList<WireItem> Recognize(IReadOnlyList<TextBlock> blocks)
    {
        var tokens = Tokenize(blocks);
        var drafts = Assemble(tokens);
        AssignAges(tokens, drafts);
        return drafts.Select(d => d.ToItem(agencies)).ToList();
    }

    private List<Token> Tokenize(IReadOnlyList<TextBlock> blocks)
    {
        var tokens = new List<Token>(blocks.Count + 8);
        foreach (var block in blocks)
        {
            var text = block.Text;
            if (ages.TryParse(text, out _))
            {
                tokens.Add(new Token(TokenKind.Age, block));
                continue;
            }

            var (gluedAge, start, glued) = FindGluedOpening(text);
            if (gluedAge is not null)
            {
                tokens.Add(new Token(TokenKind.Age, block with { Text = gluedAge }));
            }

            var (content, trailingAge) = SplitTrailingAge(text[start..]);
            var contentBlock = block with { Text = content };
            tokens.Add(Classify(contentBlock, glued is not null && content.Length == text.Length - start ? glued : null));
            if (trailingAge is not null)
            {
                tokens.Add(new Token(TokenKind.Age, block with { Text = trailingAge }));
            }
        }

        return tokens;
    }

    private Token Classify(TextBlock block, Dateline? parsed)
    {
        var text = block.Text;
        if (parsed is not null || Dateline.TryParse(text, 0, agencies, out parsed))
        {
            return new Token(TokenKind.ItemStart, block, parsed);
        }

        if (SectionHeading.TryParse(text, out var section))
        {
            return new Token(TokenKind.Section, block, Section: section);
        }

        if (CorrectionNotice.Is(text))
        {
            return new Token(TokenKind.Correction, block);
        }

        if (Byline.Is(text))
        {
            return new Token(TokenKind.Byline, block);
        }

        return Dateline.TryParseUncredited(text, out var uncredited) && IsProse(uncredited.Body)
            ? new Token(TokenKind.UncreditedStart, block, uncredited)
            : new Token(TokenKind.Text, block);
    }

    /// <summary>
    /// Finds an age glued to the dateline after it, as in "16 minuten geledenMINNEAPOLIS (ANP) - ...":
    /// only a short prefix can be an age, so only the first characters are tried as dateline starts.
    /// </summary>
    private (string? Age, int Start, Dateline? Dateline) FindGluedOpening(string text)
    {
        var last = Math.Min(text.Length - 1, MaxGluedAgeLength);
        for (var i = 1; i <= last; i++)
        {
            if ((char.IsUpper(text[i]) || text[i] == '(') && !char.IsUpper(text[i - 1])
                && ages.TryParse(text[..i], out _)
                && Dateline.TryParse(text, i, agencies, out var dateline))
            {
                return (text[..i].Trim(), i, dateline);
            }
        }

        return (null, 0, null);
    }

    /// <summary>Splits "... in de VS. 16 minuten geleden" into the text and its age.</summary>
    private (string Content, string? Age) SplitTrailingAge(string text)
    {
        var cut = text.Length;
        for (var words = 0; words < MaxAgeWords; words++)
        {
            cut = text.LastIndexOf(' ', cut - 1);
            if (cut <= 0)
            {
                break;
            }

            var suffix = text[(cut + 1)..];
            if (ages.TryParse(suffix, out _))
            {
                return (text[..cut].TrimEnd(), suffix);
            }
        }

        return (text, null);
    }

    private static List<Draft> Assemble(List<Token> tokens)
    {
        var drafts = new List<Draft>();
        Draft? current = null;
        Draft? lastCredited = null;
        string? section = null;
        Token? pendingHeadline = null;
        Token? pendingCorrection = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.ItemStart:
                    current = new Draft(i, token, token.Dateline!, TakeHeadline(current, ref pendingHeadline), section, pendingCorrection);
                    lastCredited = current;
                    drafts.Add(current);
                    pendingCorrection = null;
                    break;
                case TokenKind.UncreditedStart when lastCredited is not null && TakeHeadline(current, ref pendingHeadline) is { } headline:
                    // A ticker item under a credited one carries that item's agencies.
                    var inherited = token.Dateline!.WithAgencies(lastCredited.Dateline.Agencies);
                    current = new Draft(i, token, inherited, headline, section, pendingCorrection) { CreditInherited = true };
                    drafts.Add(current);
                    pendingCorrection = null;
                    break;
                case TokenKind.Section:
                    section = token.Section;
                    current = null;
                    pendingHeadline = null;
                    pendingCorrection = null;
                    break;
                case TokenKind.Age:
                    current = null;
                    pendingHeadline = null;
                    break;
                case TokenKind.Correction:
                    current = null;
                    pendingCorrection = token;
                    break;
                case TokenKind.Byline:
                    // "By Staff Reporters" between a headline and its dateline hides neither.
                    break;
                case TokenKind.Text or TokenKind.UncreditedStart
                    when current is not null && IsProse(token.Block.Text) && token.Block.Container == current.Container:
                    current.Continuations.Add(token);
                    break;
                default:
                    current = null;
                    pendingHeadline = IsHeadlineLike(token.Block.Text) ? token : null;
                    break;
            }
        }

        return drafts;
    }

    /// <summary>
    /// The headline of an item that starts now: the headline-like block just before it, or the last
    /// block of the previous item's body when that reads like a headline ("Wat nu?").
    /// </summary>
    private static Token? TakeHeadline(Draft? current, ref Token? pendingHeadline)
    {
        var headline = pendingHeadline;
        pendingHeadline = null;
        if (headline is null && current is { Continuations.Count: > 0 } && IsHeadlineLike(current.Continuations[^1].Block.Text))
        {
            headline = current.Continuations[^1];
            current.Continuations.RemoveAt(current.Continuations.Count - 1);
        }

        return headline;
    }

    /// <summary>
    /// Gives each item the age that stands next to it, after it or before it: whichever reading
    /// places more of the page's ages (after, on a tie).
    /// </summary>
    private static void AssignAges(List<Token> tokens, List<Draft> drafts)
    {
        var after = MatchAges(tokens, drafts, followsItem: true);
        var before = MatchAges(tokens, drafts, followsItem: false);
        var chosen = before.Count > after.Count ? before : after;
        foreach (var (draft, age) in chosen)
        {
            draft.Age = age;
        }
    }

    private static Dictionary<Draft, Token> MatchAges(List<Token> tokens, List<Draft> drafts, bool followsItem)
    {
        var byStart = drafts.ToDictionary(d => d.Start);
        var matched = new Dictionary<Draft, Token>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Age)
            {
                continue;
            }

            var step = followsItem ? -1 : 1;
            for (var j = i + step; j >= 0 && j < tokens.Count; j += step)
            {
                if (byStart.TryGetValue(j, out var draft))
                {
                    matched.TryAdd(draft, tokens[i]);
                    break;
                }

                if (tokens[j].Kind is TokenKind.Age or TokenKind.Section)
                {
                    break;
                }
            }
        }

        return matched;
    }

    /// <summary>
    /// A headline is short, has letters (a clock is no headline) and does not end a sentence, also
    /// not inside closing quotes: a last paragraph ending «… escalatie".» is body, not the next headline.
    /// </summary>
    private static bool IsHeadlineLike(string text)
    {
        var end = text.AsSpan().TrimEnd("\"'”’)»");
        return text.Length is >= 3 and <= MaxHeadlineLength && !end.EndsWith('.') && !end.EndsWith(':') && text.Any(char.IsLetter);
    }

    private static bool IsProse(string text) =>
        text.Length > MaxHeadlineLength || text[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ')' or '»';

    private enum TokenKind
    {
        Text,
        ItemStart,
        UncreditedStart,
        Section,
        Age,
        Correction,
        Byline,
    }

    private sealed record Token(TokenKind Kind, TextBlock Block, Dateline? Dateline = null, string? Section = null);

    private sealed class Draft(int start, Token opening, Dateline dateline, Token? headline, string? section, Token? correction)
    {
        public int Start { get; } = start;

        public Dateline Dateline { get; } = dateline;

        public int? Container => opening.Block.Container;

        public List<Token> Continuations { get; } = [];

        public Token? Age { get; set; }

        public bool CreditInherited { get; init; }

        public WireItem ToItem(AgencyCatalog agencies)
        {
            var body = string.Join('\n', Continuations.Select(c => c.Block.Text).Prepend(Dateline.Body));
            return new WireItem(
                headline is null ? null : HeadlineBadge.Strip(headline.Block.Text, agencies),
                Dateline.Text,
                Dateline.Place,
                Dateline.Agencies,
                body,
                Age?.Block.Text,
                section,
                opening.Block.Link ?? headline?.Block.Link ?? Age?.Block.Link,
                Age?.Block.DateTime)
            {
                UnknownCredits = Dateline.UnknownCredits,
                CreditInherited = CreditInherited,
                Correction = correction?.Block.Text,
            };
        }
    }
}
