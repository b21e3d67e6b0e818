namespace Syndicate.Core.Wire;

/// <summary>An item being assembled: its opening, headline, body, age and section, and the rules that decided them.</summary>
internal sealed class Draft
{
    private readonly List<int> _tokens = [];
    private readonly Dictionary<string, string> _rules = new(StringComparer.Ordinal);

    public Draft(int start, Dateline? dateline, IReadOnlyList<string> agencies, TextBlock anchor, string creditRule)
    {
        Dateline = dateline;
        Agencies = agencies;
        Container = anchor.Container;
        Link = anchor.Link;
        AnchorTokens.Add(start);
        _tokens.Add(start);
        _rules["agencies"] = creditRule;
        if (dateline is not null)
        {
            _rules["dateline"] = dateline.Form;
            _rules["body"] = Wire.Rules.BodyBlocks;
            Body.Add(dateline.Body);
        }
    }

    public Dateline? Dateline { get; private set; }

    public IReadOnlyList<string> Agencies { get; }

    public int? Container { get; }

    public string? Link { get; private set; }

    /// <summary>The tokens an age next to the item may be measured from: its headline and its opening.</summary>
    public List<int> AnchorTokens { get; } = [];

    /// <summary>The paragraphs of the item's text: the blocks' texts, and the slice of its opening's block after the dateline.</summary>
    public List<ReadOnlyMemory<char>> Body { get; } = [];

    public string? Headline { get; private set; }

    public string? Section { get; private set; }

    public string? AgeText { get; private set; }

    public string? MachineTime { get; private set; }

    public string? Correction { get; set; }

    public bool CreditInherited { get; init; }

    public IReadOnlyDictionary<string, string> Rules => _rules;

    public void SetHeadline(string text, int token, TextBlock block, string rule)
    {
        Headline = text;
        AnchorTokens.Add(token);
        _tokens.Add(token);
        Link ??= block.Link;
        _rules["headline"] = rule;
    }

    /// <summary>The headline, found to be something else (a section's name), is none.</summary>
    public void DropHeadline()
    {
        Headline = null;
        _rules.Remove("headline");
    }

    /// <summary>The headline without what a page put before it, such as an ordered list's number.</summary>
    public void ShortenHeadline(string text, string why)
    {
        Headline = text;
        _rules["headline"] = $"{_rules["headline"]}; {why}";
    }

    public void SetSection(string? section, string rule)
    {
        Section = section;
        if (section is not null)
        {
            _rules["section"] = rule;
        }
    }

    /// <summary>
    /// An opening under the credit line of an item credited by a line of its own: an uncredited "Place - text", or a
    /// credited dateline alone whose text comes in the next block.
    /// </summary>
    public void TakeOpening(Dateline dateline, int token, string rule)
    {
        Dateline = dateline;
        Body.Add(dateline.Body);
        _tokens.Add(token);
        _rules["dateline"] = rule;
        _rules.TryAdd("body", Wire.Rules.BodyBlocks);
    }

    public void AddBody(string text, int token)
    {
        if (Dateline is null && Body.Count == 0 && Wire.Dateline.TryParseDottedPlace(text, out var dotted))
        {
            TakeOpening(dotted, token, dotted.Form);
            return;
        }

        if (Body.Count == 1 && Body[0].Length == 0)
        {
            Body[0] = text.AsMemory();
        }
        else
        {
            Body.Add(text.AsMemory());
        }

        _tokens.Add(token);
        _rules.TryAdd("body", Wire.Rules.BodyBlocks);
    }

    public void SetAge(Token age, string rule) => SetAge(age.Block.Text, age.Block.DateTime, age.Block.Link, rule);

    public void SetAge(string text, string? machineTime, string? link, string rule)
    {
        AgeText = text;
        MachineTime = machineTime;
        Link ??= link;
        _rules["age"] = rule;
    }

    public void Include(int token) => _tokens.Add(token);

    public bool Contains(int token) => _tokens.Contains(token);

    public IReadOnlyList<int> SourceBlocks(IReadOnlyList<Token> tokens) =>
        _tokens.Select(t => tokens[t].Source).Distinct().Order().ToList();

    public WireItem ToItem(AgencyCatalog catalog) =>
        new(
            Headline is null ? null : HeadlineBadge.Strip(Headline, catalog),
            Dateline?.Text,
            Dateline?.Place,
            Agencies,
            JoinedBody(),
            AgeText,
            Section,
            Link,
            MachineTime)
        {
            UnknownCredits = Dateline?.UnknownCredits ?? [],
            Services = Dateline?.Services ?? [],
            CreditInherited = CreditInherited,
            Correction = Correction,
        };

    /// <summary>The paragraphs with text, one a line, copied once (a single whole block is not copied at all).</summary>
    private string JoinedBody()
    {
        var paragraphs = Body.Where(b => !b.Span.IsWhiteSpace()).ToList();
        if (paragraphs.Count == 1)
        {
            return paragraphs[0].ToString();
        }

        var length = paragraphs.Sum(p => p.Length) + Math.Max(paragraphs.Count - 1, 0);
        return string.Create(length, paragraphs, static (chars, paragraphs) =>
        {
            for (var i = 0; i < paragraphs.Count; i++)
            {
                if (i > 0)
                {
                    chars[0] = '\n';
                    chars = chars[1..];
                }

                paragraphs[i].Span.CopyTo(chars);
                chars = chars[paragraphs[i].Length..];
            }
        });
    }
}
