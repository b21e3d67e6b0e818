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

    public IReadOnlyList<WireItem> Recognize(IReadOnlyList<TextBlock> blocks)
    {
        var tokens = Tokenize(blocks);
        var drafts = Assemble(tokens);
        AssignAges(tokens, drafts);
        return drafts.Select(d => d.ToItem()).ToList();
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

            var inner = Dateline.FindInside(text, agencies);
            if (inner > 0 && ages.TryParse(text[..inner], out _))
            {
                tokens.Add(new Token(TokenKind.Age, block with { Text = text[..inner].Trim() }));
                text = text[inner..];
            }

            var (content, trailingAge) = SplitTrailingAge(text);
            var contentBlock = block with { Text = content };
            if (Dateline.TryParse(content, agencies, out var dateline))
            {
                tokens.Add(new Token(TokenKind.ItemStart, contentBlock, dateline));
            }
            else if (SectionHeading.TryParse(content, out var section))
            {
                tokens.Add(new Token(TokenKind.Section, contentBlock, Section: section));
            }
            else
            {
                tokens.Add(new Token(TokenKind.Text, contentBlock));
            }

            if (trailingAge is not null)
            {
                tokens.Add(new Token(TokenKind.Age, block with { Text = trailingAge }));
            }
        }

        return tokens;
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
        string? section = null;
        Token? pendingHeadline = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.ItemStart:
                    var headline = pendingHeadline;
                    if (headline is null && current is { Continuations.Count: > 0 } && IsHeadlineLike(current.Continuations[^1].Block.Text))
                    {
                        headline = current.Continuations[^1];
                        current.Continuations.RemoveAt(current.Continuations.Count - 1);
                    }

                    current = new Draft(i, token, headline, section);
                    drafts.Add(current);
                    pendingHeadline = null;
                    break;
                case TokenKind.Section:
                    section = token.Section;
                    current = null;
                    pendingHeadline = null;
                    break;
                case TokenKind.Age:
                    current = null;
                    pendingHeadline = null;
                    break;
                case TokenKind.Text when current is not null && IsProse(token.Block.Text):
                    current.Continuations.Add(token);
                    break;
                case TokenKind.Text:
                    current = null;
                    pendingHeadline = IsHeadlineLike(token.Block.Text) ? token : null;
                    break;
            }
        }

        return drafts;
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
                var kind = tokens[j].Kind;
                if (kind == TokenKind.ItemStart)
                {
                    matched.TryAdd(byStart[j], tokens[i]);
                    break;
                }

                if (kind is TokenKind.Age or TokenKind.Section)
                {
                    break;
                }
            }
        }

        return matched;
    }

    private static bool IsHeadlineLike(string text) =>
        text.Length <= MaxHeadlineLength && text.Length >= 3 && !text.EndsWith('.') && !text.EndsWith(':');

    private static bool IsProse(string text) =>
        text.Length > MaxHeadlineLength || text[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ')' or '»';

    private enum TokenKind
    {
        Text,
        ItemStart,
        Section,
        Age,
    }

    private sealed record Token(TokenKind Kind, TextBlock Block, Dateline? Dateline = null, string? Section = null);

    private sealed class Draft(int start, Token opening, Token? headline, string? section)
    {
        public int Start { get; } = start;

        public List<Token> Continuations { get; } = [];

        public Token? Age { get; set; }

        public WireItem ToItem()
        {
            var dateline = opening.Dateline!;
            var body = string.Join('\n', Continuations.Select(c => c.Block.Text).Prepend(dateline.Body));
            return new WireItem(
                headline?.Block.Text,
                dateline.Text,
                dateline.Place,
                dateline.Agencies,
                body,
                Age?.Block.Text,
                section,
                opening.Block.Link ?? headline?.Block.Link ?? Age?.Block.Link,
                Age?.Block.DateTime);
        }
    }
}
