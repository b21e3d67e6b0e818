using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// Puts a page's tokens together into items, in one pass: an opening starts an item and takes the
/// headline before it; a credit line, a credit glued to a headline or closing a text makes an item of
/// the headline and text around it; prose after an item is its body; headings set the section.
/// </summary>
internal sealed partial class ItemAssembly
{
    private const int MaxDigestTitleLength = 100;
    private const int MaxTokensAboveHeadline = 4;
    private const int MaxStoppedHeadlineLength = 120;
    private const int MaxSubheadingWords = 6;
    private const int MinLowerCaseWordLength = 3;
    private const int MinParagraphWords = 12;

    private readonly List<Token> _tokens;
    private readonly int _firstText;
    private readonly List<Draft> _drafts = [];
    private Draft? _current;
    private Draft? _lastCredited;
    private (IReadOnlyList<string> Agencies, string Rule)? _pageCredit;
    private Draft? _headerCredit;
    private int? _stampAbove;
    private int? _datelineAlone;
    private int? _datelineAloneHeadline;
    private int? _creditLineOverText;
    private string? _section;
    private string _sectionRule = Rules.SectionWrapped;
    private int? _pendingHeadline;
    private int? _pendingCorrection;
    private int? _looseHeadline;
    private readonly List<int> _looseBody = [];
    private IReadOnlyList<string>? _digestCredit;
    private IReadOnlyList<string>? _creditAbove;

    public ItemAssembly(List<Token> tokens)
    {
        _tokens = tokens;
        _firstText = tokens.FindIndex(t => t.Kind is not (TokenKind.Chrome or TokenKind.Caption or TokenKind.Age or TokenKind.DateHeading or TokenKind.Section));
        for (var i = 0; i < tokens.Count; i++)
        {
            Take(i);
        }

        CloseDigestStory();
    }

    /// <summary>The items assembled; an item has a text (a headline and a credit alone make none).</summary>
    public List<Draft> Drafts => _drafts.Where(d => d.Body.Exists(b => !b.Span.IsWhiteSpace())).ToList();

    private void Take(int i)
    {
        var token = _tokens[i];
        switch (token.Kind)
        {
            case TokenKind.UncreditedStart or TokenKind.DatelineAlone or TokenKind.ItemStart when AwaitingItsText(i) is { Dateline: null } credited
                && (token.Kind == TokenKind.UncreditedStart || credited.Agencies.Intersect(token.Dateline!.Agencies).Any()):
                // "The Canadian Press" between headline and "MONTREAL - ...": the place opens the credited item's text; so
                // does a credited dateline, on the line of the text ("REUTERS", "19 NOV 2019", then "WASHINGTON (Reuters) -
                // ...") or alone, its text below it ("Europa Press | 07 abr, 2020 14:50", then "MADRID, 7 (EUROPA PRESS)");
                // a "Print" or "Tweet" button between them changes nothing.
                credited.TakeOpening(
                    token.Kind == TokenKind.UncreditedStart ? token.Dateline!.WithAgencies(credited.Agencies) : token.Dateline!,
                    i,
                    token.Kind switch
                    {
                        TokenKind.DatelineAlone => Rules.DatelineAloneUnderCreditLine,
                        TokenKind.ItemStart => Rules.CreditedOpeningUnderCreditLine,
                        _ => Rules.OpeningUnderCreditLine,
                    });
                _current = credited;
                _lastCredited = credited;
                break;
            case TokenKind.ItemStart:
                _datelineAlone = null;
                Open(i, token.Dateline!, token.Dateline!.Agencies, token.Rule ?? token.Dateline.Form, inherited: false);
                break;
            case TokenKind.UncreditedStart when (_lastCredited is not null || _pageCredit is not null || _datelineAlone is not null || _headerCredit is not null) && MayInherit(i):
                TakeUncredited(i, token);
                break;
            case TokenKind.DatelineAlone:
                _datelineAlone = i;
                _datelineAloneHeadline = _pendingHeadline;
                _pendingHeadline = null;
                _current = null;
                break;
            case TokenKind.CreditLine:
                TakeCreditLine(i, token);
                break;
            case TokenKind.Section:
                _section = token.Section;
                _sectionRule = Rules.SectionWrapped;
                Break();
                _pendingCorrection = null;
                break;
            case TokenKind.KeywordLine:
                // It ends the section; between a headline and its dateline ("INCIDENCIAS CHAMARTIN") it hides neither.
                var headline = _pendingHeadline;
                _section = null;
                Break();
                _pendingHeadline = headline;
                break;
            case TokenKind.Age or TokenKind.DateHeading when _current is { Body.Count: 0, AgeText: null } credited && IsRightUnderItsCreditLine(i, credited):
                // "mf, ats", then "27.4.2022 - 10:59", then the text: the credit line's age on a line of its own; a date
                // alone there ("Lusa", then "22 Março 2025") is that age too, not a heading over what follows.
                credited.Include(i);
                credited.SetAge(token, Rules.AgeUnderCreditLine);
                break;
            case TokenKind.DateHeading:
                Break();
                break;
            case TokenKind.Age or TokenKind.Caption or TokenKind.Chrome:
                // A timestamp, a photo caption or a "Read more" ends a text but keeps the headline above it.
                _current = null;
                break;
            case TokenKind.Correction:
                _current = null;
                _pendingCorrection = i;
                break;
            case TokenKind.Byline:
                break;
            default:
                TakeText(i, token);
                break;
        }
    }

    private void TakeUncredited(int i, Token token)
    {
        if (_datelineAlone is { } alone)
        {
            // "Madrid, 26 ene (EFE).-" alone above uncredited "Ginebra.- ..." items: a credit for the page.
            _pageCredit = (_tokens[alone].Dateline!.Agencies, Rules.PageCredit);
            _datelineAlone = null;
        }
        else if ((_lastCredited is null || _lastCredited == _headerCredit) && _pageCredit is null && _headerCredit is { } header)
        {
            // "BC-AP News Digest", "Associated Press", then uncredited "DAMASCUS, Syria — ..." items: the credit line
            // heading the page credits them, and what it headed, having no opening of its own, was the page's header; so
            // was a digest's credited title ("New Delhi, Jan 24 (PTI): Following are the top stories at 5:30 PM").
            _pageCredit = (header.Agencies, Rules.PageCreditLine);
            if (header.Dateline is null or { Form: Rules.PlaceOnCreditLine } || _lastCredited == header)
            {
                _drafts.Remove(header);
                _lastCredited = null;
            }
        }

        var agencies = _lastCredited?.Agencies ?? _pageCredit!.Value.Agencies;
        var rule = _lastCredited is not null ? Rules.CreditInherited : _pageCredit!.Value.Rule;
        Open(i, token.Dateline!.WithAgencies(agencies), agencies, rule, inherited: true);
    }

    /// <summary>
    /// An uncredited "Place - text" is an item under a credited one only where the page sets it apart:
    /// a headline or keyword line right above it, or another item (or the page's credit) just before it.
    /// </summary>
    private bool MayInherit(int i)
    {
        var underPageCredit = _pageCredit is not null || _datelineAlone is not null || _headerCredit is not null;

        // "Mumbai: Domestic equities ...": a place and a colon opens a text only in a digest under its credit.
        if (!underPageCredit && _tokens[i].Dateline!.Form == Dateline.UncreditedColonForm)
        {
            return false;
        }

        // Under a credited item, "Lyon (Le Progrès) - ..." names another source: only the page's own credit covers it.
        if (!underPageCredit && _tokens[i].Dateline!.Text!.Contains('(', StringComparison.Ordinal))
        {
            return false;
        }

        // Under "Apanews - La Chine ...", the agency in the place's stead, "Alakhbar - Le véhicule ..." names its source
        // the same way.
        if (!underPageCredit && _lastCredited?.Dateline?.Form == Dateline.AgencyBeforeTextForm)
        {
            return false;
        }

        if (_pendingHeadline is not null || (_headerCredit is not null && _pageCredit is null && (_lastCredited is null || _lastCredited == _headerCredit)))
        {
            // The first opening under the credit line heading the page is its first item, whatever stands between.
            return true;
        }

        for (var j = i - 1; j >= 0; j--)
        {
            switch (_tokens[j].Kind)
            {
                case TokenKind.Chrome or TokenKind.Caption or TokenKind.Age:
                    continue;
                case TokenKind.KeywordLine or TokenKind.DatelineAlone:
                    return true;
                case TokenKind.ItemStart or TokenKind.UncreditedStart:
                    return underPageCredit;
                default:
                    return underPageCredit && _current is not null && _current.Contains(j);
            }
        }

        return false;
    }

    private void Open(int i, Dateline dateline, IReadOnlyList<string> agencies, string rule, bool inherited)
    {
        var draft = new Draft(i, dateline, agencies, _tokens[i].Block, rule) { CreditInherited = inherited };
        var headline = TakeHeadline(i);
        if (headline is { } h)
        {
            draft.SetHeadline(_tokens[h].Block.Text, h, _tokens[h].Block, HeadlineRule(h, i));
        }

        if (_stampAbove is { } stamp)
        {
            draft.SetAge(_tokens[stamp].Stamp!, null, null, Rules.AgeOnCreditLine);
            draft.Include(stamp);
            _stampAbove = null;
        }

        Add(draft, headline);
        _lastCredited = inherited ? _lastCredited : draft;
        if (!inherited && _drafts.Count == 1 && IsDigestTitle(i, dateline, headline is not null))
        {
            _headerCredit = draft;
            _digestCredit = agencies;
        }

        if (PageChrome.EndsWithReadMore(_tokens[i].Block.Text))
        {
            // A teaser that ends in "… Leer más" is all the page prints of the item: what follows is not its text.
            _current = null;
        }
    }

    /// <summary>
    /// Whether the text of the opening at <paramref name="i"/> is a digest's title rather than a story: it is no sentence,
    /// and a colon ends it ("Notícias breves do País (2.ª edição):", "Following are the top stories at 5 pm: NATION",
    /// the digest's first section word after it) or a keyword line or a heading comes next ("... at 5:30 PM", then
    /// "NATION"). Under a headline of its own, a colon alone ends a story's introduction: "The Latest on a fatal
    /// stabbing ... (all times local):", then its entries.
    /// </summary>
    private bool IsDigestTitle(int i, Dateline dateline, bool underAHeadline)
    {
        var text = dateline.Body.Span.TrimEnd();
        if (text.Length is 0 or > MaxDigestTitleLength || WireRecognizer.IsProse(text) || text.Contains(". ", StringComparison.Ordinal))
        {
            return false;
        }

        var title = SectionWordAfter().Replace(text.ToString(), "");
        if (title.EndsWith(':') && (title.Length < text.Length || !underAHeadline))
        {
            return true;
        }

        var next = _tokens.Skip(i + 1).FirstOrDefault(t => t.Kind is not (TokenKind.Chrome or TokenKind.Age));
        return next?.Kind is TokenKind.KeywordLine or TokenKind.Section;
    }

    private void TakeCreditLine(int i, Token token)
    {
        var agencies = token.Credit!;
        if (_pendingHeadline is null && i > 0 && _tokens[i - 1] is { Kind: TokenKind.Text } above && IsHeadlineWithAStop(above.Block.Text)
            && _looseBody is [] or [_] && CreditLine.NamesTheWritersRole(token.Block.Text))
        {
            // A writer's credit stands between a headline and its text, never after a text: the sentence right above it is
            // the headline ("Maranhão pede reforço da Força Nacional para frear onda de ataques.", then "Ivan Richard -
            // Repórter da Agência Brasil").
            ResetLoose();
            _pendingHeadline = i - 1;
        }

        if (_looseBody is [var only] && _tokens[only].Kind != TokenKind.UncreditedStart && _looseHeadline is { } standing
            && IsRightAboveAnUncreditedOpening(i))
        {
            // A headline, its caption or standfirst, "The Associated Press", then "BERLIN -- ...": the credit line is the
            // headline's, and the place and dash below open its text (after a text opened by a place and a dash of its own,
            // the credit line closes that one).
            ResetLoose();
            _pendingHeadline = standing;
        }

        if (_looseBody.Count > 0)
        {
            var headline = _looseHeadline;
            var draft = LooseRunDraft(headline, token.Dateline, agencies, Rules.CreditLineAfterText);
            draft.Include(i);
            StampAge(draft, token);
            Add(draft, headline);
            _current = null;
        }
        else if (IsRightAboveAnOpening(i))
        {
            // Above a credited opening ("Porto Canal com Lusa", then "Rio de Janeiro, 10 jun (Lusa) - ...") or above its
            // headline, a credit line adds nothing but its date: the headline is the opening's.
            _stampAbove = token.Stamp is null ? null : i;
            return;
        }
        else if (_pendingHeadline is { } pending)
        {
            // A date and its writer under a headline with no text ("16.03.2018 Lusa" in a list) make no item, nor a credit of
            // the page below.
            if (!OpensWithItsStamp(token) || IsRightAboveProse(i))
            {
                AddCreditedHeadline(pending, i, token, agencies);
            }
        }
        else if (_current is null && IsRightAboveAnUncreditedOpening(i))
        {
            // "By The Canadian Press on February 15th, 2023", then "OTTAWA – ...": the credit line opens the item below it.
            var draft = new Draft(i, token.Dateline, agencies, token.Block, Rules.CreditLineOverText);
            StampAge(draft, token);
            Add(draft, null);
        }
        else if (_drafts.Count == 0 && _current is null && IsRightAboveAHeadline(i))
        {
            // "Agencia EFE" or "O Jornal com LUSA" over the page's first headline: the credit of the item below it, a
            // headline and its text or an uncredited opening ("FÁTIMA, Santarém - ...").
            _creditAbove = agencies;
            _pageCredit ??= (agencies, Rules.PageCreditLine);
        }
        else if ((_current is null ? !IsRightUnderProse(i) : _current.Rules["agencies"] == Rules.CreditLineOverText) && IsRightAboveProse(i)
            && token.Block.Text.AsSpan().Trim().ContainsAny(' ', '('))
        {
            // "Par LeSiteinfo avec MAP" or "(AFP 09/06/17)" over a paragraph, no headline and no text above it: the credit
            // line opens the text below it, as each of a list of teasers so credited; right under a text it closes that
            // one ("Da Ansa"). An agency's name alone there heads a page ("LaPresse" over what the agency is).
            _creditLineOverText = i;
            _current = null;
        }

        _pendingHeadline = null;
        ResetLoose();
    }

    /// <summary>The headline at <paramref name="pending"/> credited by the credit line at <paramref name="i"/> right under it.</summary>
    private void AddCreditedHeadline(int pending, int i, Token token, IReadOnlyList<string> agencies)
    {
        var draft = new Draft(pending, token.Dateline, agencies, _tokens[pending].Block, Rules.CreditLineAfterHeadline);
        var lead = HeadlineWithLead().Match(_tokens[pending].Block.Text);
        if (lead.Success)
        {
            draft.SetHeadline(lead.Groups["headline"].Value, pending, _tokens[pending].Block, Rules.HeadlineWithLead);
            draft.AddBody(lead.Groups["lead"].Value, pending);
        }
        else
        {
            draft.SetHeadline(_tokens[pending].Block.Text, pending, _tokens[pending].Block, Rules.HeadlineBlock);
        }

        draft.Include(i);
        StampAge(draft, token);
        _headerCredit ??= _drafts.Count == 0 ? draft : null;
        Add(draft, pending);
    }

    /// <summary>
    /// Whether a credit line opens with its date ("16.03.2018 Lusa"), as a list prints the date and the writer under each
    /// headline whether a text follows or not: such a line credits the headline above only when prose follows it.
    /// </summary>
    private static bool OpensWithItsStamp(Token token) =>
        token.Stamp is { } stamp && token.Block.Text.AsSpan().TrimStart().StartsWith(stamp, StringComparison.Ordinal);

    /// <summary>Whether a paragraph of prose, no headline, follows token <paramref name="i"/>, past chrome, captions and ages.</summary>
    private bool IsRightAboveProse(int i) =>
        NextPastChromeCaptionsAndAges(i) is { Kind: TokenKind.Text } next && WireRecognizer.IsProse(next.Block.Text) && !WireRecognizer.IsHeadlineLike(next.Block.Text);

    /// <summary>Whether token <paramref name="i"/> comes right after a paragraph of prose, past chrome, captions and ages.</summary>
    private bool IsRightUnderProse(int i) => ProseRightAbove(i) >= 0;

    /// <summary>Whether token <paramref name="i"/> comes right after a paragraph of prose no item holds, past chrome, captions and ages.</summary>
    private bool IsRightUnderProseOfNoItem(int i) => ProseRightAbove(i) is >= 0 and var above && !_drafts.Any(draft => draft.Contains(above));

    /// <summary>The paragraph of prose right above token <paramref name="i"/>, past chrome, captions and ages; -1 when none is.</summary>
    private int ProseRightAbove(int i)
    {
        var above = i - 1;
        while (above >= 0 && _tokens[above].Kind is TokenKind.Chrome or TokenKind.Caption or TokenKind.Age)
        {
            above--;
        }

        return above >= 0 && _tokens[above].Kind == TokenKind.Text && WireRecognizer.IsProse(_tokens[above].Block.Text) ? above : -1;
    }

    /// <summary>The last item, when it has no text yet and token <paramref name="i"/> comes right under its credit line.</summary>
    private Draft? AwaitingItsText(int i) =>
        _drafts is [.., { Body.Count: 0 } last] && IsRightUnderItsCreditLine(i, last) ? last : null;

    /// <summary>
    /// Whether token <paramref name="i"/> comes right after the credit line that made <paramref name="draft"/>, past chrome,
    /// captions and the credit line's age or date on a line of its own.
    /// </summary>
    private bool IsRightUnderItsCreditLine(int i, Draft draft)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            var kind = _tokens[j].Kind;
            if (kind is TokenKind.Chrome or TokenKind.Caption or TokenKind.Age || (kind == TokenKind.DateHeading && draft.Contains(j)))
            {
                continue;
            }

            return kind == TokenKind.CreditLine && draft.Contains(j);
        }

        return false;
    }

    /// <summary>
    /// Whether a headline-like block follows token <paramref name="i"/> within a few tokens, past chrome, captions, ages
    /// and credit lines (a credit line printed twice).
    /// </summary>
    private bool IsRightAboveAHeadline(int i)
    {
        var next = _tokens.Skip(i + 1).Take(MaxTokensAboveHeadline)
            .FirstOrDefault(t => t.Kind is not (TokenKind.Chrome or TokenKind.Caption or TokenKind.Age or TokenKind.CreditLine));
        return next is { Kind: TokenKind.Text } && WireRecognizer.IsHeadlineLike(next.Block.Text);
    }

    /// <summary>
    /// Whether a place and a dash with no credit follow token <paramref name="i"/>, past chrome, captions and ages; or a
    /// place and a colon, which the credit line credits as a digest's credit does ("Press Trust of India", then "New Delhi:
    /// ..."), unless it closes a paragraph of no item right above it ("(apa/makl)" under its text, then "Lech: Weitere
    /// Missbrauchsfälle?") or the place has words in parentheses, a person's ("Mikaela Shiffrin (USA/Ski alpin): ...").
    /// </summary>
    private bool IsRightAboveAnUncreditedOpening(int i) =>
        NextPastChromeCaptionsAndAges(i) is { Kind: TokenKind.UncreditedStart, Dateline: { Form: var form, Text: var place } }
        && (form == Dateline.UncreditedForm
            || (form == Dateline.UncreditedColonForm && !place!.Contains('(', StringComparison.Ordinal) && !IsRightUnderProseOfNoItem(i)));

    private Token? NextPastChromeCaptionsAndAges(int i) =>
        _tokens.Skip(i + 1).Take(MaxTokensAboveHeadline).FirstOrDefault(t => t.Kind is not (TokenKind.Chrome or TokenKind.Caption or TokenKind.Age));

    /// <summary>Whether a credit line follows token <paramref name="i"/>, past chrome and captions.</summary>
    private bool IsRightAboveACreditLine(int i) => NextPastChromeAndCaptions(i) is { Kind: TokenKind.CreditLine };

    /// <summary>Whether a writer's line follows token <paramref name="i"/>, past chrome and captions.</summary>
    private bool IsRightAboveAByline(int i) => NextPastChromeAndCaptions(i) is { Kind: TokenKind.Byline };

    private Token? NextPastChromeAndCaptions(int i) =>
        _tokens.Skip(i + 1).Take(MaxTokensAboveHeadline).FirstOrDefault(t => t.Kind is not (TokenKind.Chrome or TokenKind.Caption));

    /// <summary>
    /// Whether a credited opening follows token <paramref name="i"/>, past chrome, captions, ages and one headline-like
    /// block.
    /// </summary>
    private bool IsRightAboveAnOpening(int i)
    {
        var headlines = 0;
        for (var j = i + 1; j < _tokens.Count; j++)
        {
            if (_tokens[j].Kind is TokenKind.Text && headlines++ == 0 && WireRecognizer.IsHeadlineLike(_tokens[j].Block.Text))
            {
                continue;
            }

            if (_tokens[j].Kind is not (TokenKind.Chrome or TokenKind.Caption or TokenKind.Age))
            {
                return _tokens[j].Kind == TokenKind.ItemStart;
            }
        }

        return false;
    }

    private static void StampAge(Draft draft, Token credit)
    {
        if (credit.Stamp is not null)
        {
            draft.SetAge(credit.Stamp, null, null, Rules.AgeOnCreditLine);
        }
    }

    private void TakeText(int i, Token token)
    {
        var text = token.Block.Text;
        var prose = WireRecognizer.IsProse(text) || token.Rule == Rules.CreditClosingText;
        if (_datelineAlone is { } titled && !prose && text.EndsWith(':'))
        {
            // "SEVILLA 10 Mar. (EUROPA PRESS) -", then "Estas son, en resumen, las cinco informaciones ...:": a digest's title.
            _digestCredit = _tokens[titled].Dateline!.Agencies;
            _pageCredit = (_digestCredit, Rules.PageCredit);
            _datelineAlone = null;
            return;
        }

        if (_creditLineOverText is { } credit && prose)
        {
            var draft = new Draft(credit, _tokens[credit].Dateline, _tokens[credit].Credit!, _tokens[credit].Block, Rules.CreditLineOverText);
            draft.AddBody(text, i);
            StampAge(draft, _tokens[credit]);
            _creditLineOverText = null;
            Add(draft, null);
            _lastCredited = draft;
            return;
        }

        if (_datelineAlone is { } alone && prose)
        {
            // "CITY (AP) —" on a line of its own: the text is the next paragraph.
            var draft = new Draft(alone, _tokens[alone].Dateline, _tokens[alone].Dateline!.Agencies, _tokens[alone].Block, Rules.DatelineOnItsOwnLine);
            draft.AddBody(text, i);
            if (_datelineAloneHeadline is { } h)
            {
                draft.SetHeadline(_tokens[h].Block.Text, h, _tokens[h].Block, Rules.HeadlineBlock);
            }

            _datelineAlone = null;
            Add(draft, _datelineAloneHeadline);
            _lastCredited = draft;
            return;
        }

        if (token.Rule == Rules.CreditGluedToHeadline)
        {
            var draft = new Draft(i, null, token.Credit!, token.Block, Rules.CreditGluedToHeadline);
            draft.SetHeadline(text, i, token.Block, Rules.CreditGluedToHeadline);
            Add(draft, i);
            return;
        }

        if (!prose && _pendingHeadline == i - 1 && !WireRecognizer.IsHeadlineLike(text) && SectionHeading.IsBare(text))
        {
            // A topic of one word under the headline ("Autowracks" under "Wahlkampfautos der AfD in Essen ausgebrannt"):
            // the headline stays the one above.
            return;
        }

        if (!prose && _pendingHeadline is not null && ToolLine.Is(text))
        {
            // The story's tools between its headline and its text ("Refer to a friend", "Print article | E-mail article |
            // Post comment | View comments"): the headline stays the one above.
            return;
        }

        if (!prose && _pendingHeadline == i - 1 && IsRightAboveACreditLine(i) && Byline.IsName(text))
        {
            // The writer's name between the headline and the credit line of the writer's role ("Amanda Cieglinski", then
            // "Repórter da Agência Brasil"): the headline stays the one above.
            return;
        }

        // A block the page prints twice in a row is a title (a teaser's and its link's), not the start of a text.
        // So is a headline-like block right above a credit line or a writer's line: in "headline, credit line, headline,
        // credit line" each credit line credits the headline above it, and the next headline is no text of the item before.
        var title = WireRecognizer.IsHeadlineLike(text) && (token.Rule == Rules.PrintedTwice || (!prose && (IsRightAboveACreditLine(i) || IsRightAboveAByline(i))));
        // A word alone is no text: the next module's name ("Deportes") or a link ("About") under a list's last credit line.
        var word = !text.AsSpan().Trim().Contains(' ');
        if (_current is not null && !title && (prose || (!word && _current.Body.All(b => b.Length == 0))) && token.Block.Container == _current.Container)
        {
            _current.AddBody(text, i);
            if (PageChrome.EndsWithReadMore(text))
            {
                _current = null;
            }

            return;
        }

        if (_current is null && prose && AwaitingItsText(i) is { Headline: not null } credited)
        {
            // "Headline", "By Associated Press", "12:20pm Jan 7, 2024", "Tweet", then the text with no dateline: the text
            // under a credit line and its date, past buttons and captions, is the credited item's.
            credited.AddBody(text, i);
            _current = credited;
            return;
        }

        if (_current is null && prose && token.Credit is not null && (InLooseRun || OpensThePage(i)))
        {
            CloseLooseRun(i, token);
            return;
        }

        if (_current is null && prose && InLooseRun && !HasLead(text))
        {
            _looseBody.Add(i);
            return;
        }

        if (_current is null && !prose && _looseBody is [.., var above] && above == i - 1 && IsSubheading(text) && IsParagraph(_tokens[above].Block.Text)
            && NextPastChromeCaptionsAndAges(i) is { Kind: TokenKind.Text } next
            && (next.Rule == Rules.CreditClosingText || (WireRecognizer.IsProse(next.Block.Text) && !WireRecognizer.IsHeadlineLike(next.Block.Text))))
        {
            // A subheading between a text's paragraphs ("Réactions et enquêtes en cours", "Ajax soms dreigend"): the text
            // goes on under it, to the credit that closes it, and its start is the paragraph above the subheading, not the
            // one below. A next item's headline is longer, or follows a teaser's ellipsis, a caption, or its ticker's stamp
            // ("20.22 Uhr: 40 HIV-Neuinfektionen in Thüringen gemeldet" is an entry of its own).
            _looseBody.Add(i);
            return;
        }

        _current = null;
        CloseDigestStory();
        ResetLoose();
        var headlineWithLead = prose && HasLead(text) && HeadlineWithLead().Match(text) is { Success: true } m && WireRecognizer.IsHeadlineLike(m.Groups["headline"].Value);
        _pendingHeadline = WireRecognizer.IsHeadlineLike(text) || headlineWithLead ? i : null;
        _looseHeadline = _pendingHeadline;
        if (_pendingHeadline is null && prose && (OpensThePage(i) || token.Kind == TokenKind.UncreditedStart))
        {
            // A page whose copy starts with the text (the headline only in its title), or a text opened by a place and a
            // dash ("LA PAZ, Bolívia — ..."): a credit line after the text, or a credit closing it, still makes an item of
            // it, with no headline.
            _looseBody.Add(i);
        }
    }

    /// <summary>Whether a text is a paragraph a subheading may follow: twelve words or more, no teaser's ellipsis closing it.</summary>
    private static bool IsParagraph(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinParagraphWords
        && !text.TrimEnd().EndsWith('…') && !text.TrimEnd().EndsWith("...", StringComparison.Ordinal);

    /// <summary>
    /// Whether a text is a subheading: headline-like, six words at most, one of them a lower-case word of three letters or
    /// more ("Ajax soms dreigend"), so that a name alone ("Francisco Sanz") is none.
    /// </summary>
    private static bool IsSubheading(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return WireRecognizer.IsHeadlineLike(text) && words.Length <= MaxSubheadingWords
            && words.Any(word => word.Length >= MinLowerCaseWordLength && word.All(char.IsLower));
    }

    /// <summary>Whether a run of a headline and prose, or of prose alone with no headline, is open.</summary>
    private bool InLooseRun => _looseHeadline is not null || _looseBody.Count > 0;

    /// <summary>
    /// Whether the prose at <paramref name="i"/> is the page's first text: only chrome, captions, ages and headings before it.
    /// </summary>
    private bool OpensThePage(int i) => _drafts.Count == 0 && i == _firstText;

    /// <summary>
    /// A text closed by a known agency's credit ("... (EFE)", "... Source : ats"): the item is the headline above the
    /// text and the text; its first paragraph may hold the headline and an "EFE" dateline ("Headline Quito.- Text").
    /// </summary>
    private void CloseLooseRun(int i, Token token)
    {
        _looseBody.Add(i);
        var first = _looseBody[0];
        var glued = HeadlineAndDateline().Match(_tokens[first].Block.Text);
        if (!glued.Success)
        {
            Add(LooseRunDraft(_looseHeadline, null, token.Credit!, Rules.CreditClosingText), _looseHeadline);
            _current = null;
            return;
        }

        var dateline = new Dateline(glued.Groups["place"].Value, glued.Groups["place"].Value, token.Credit!, [], glued.Groups["body"].Value.AsMemory(), Rules.HeadlineGluedToDateline);
        var draft = new Draft(_looseHeadline ?? first, dateline, token.Credit!, _tokens[first].Block, Rules.CreditClosingText);
        draft.SetHeadline(glued.Groups["headline"].Value, first, _tokens[first].Block, Rules.HeadlineGluedToDateline);
        if (_looseHeadline is { } above && SectionHeading.IsBare(_tokens[above].Block.Text))
        {
            _section = _tokens[above].Block.Text;
            _sectionRule = Rules.SectionBare;
        }

        foreach (var body in _looseBody.Skip(1))
        {
            draft.AddBody(_tokens[body].Block.Text, body);
        }

        Add(draft, null);
        _current = null;
    }

    private void Add(Draft draft, int? headline)
    {
        if (headline is { } h && h > 0 && _tokens[h - 1].Kind == TokenKind.Text && h - 1 != _looseHeadline
            && SectionHeading.IsBare(_tokens[h - 1].Block.Text))
        {
            _section = _tokens[h - 1].Block.Text;
            _sectionRule = Rules.SectionBare;
        }

        draft.SetSection(_section, _sectionRule);
        if (_pendingCorrection is { } correction)
        {
            draft.Correction = _tokens[correction].Block.Text;
            draft.Include(correction);
            _pendingCorrection = null;
        }

        _drafts.Add(draft);
        _creditAbove = null;
        _current = draft;
        _pendingHeadline = null;
        ResetLoose();
    }

    /// <summary>
    /// The headline of an item that starts now: the headline-like block just before it, also a question
    /// taken for a loose text ("EXPLAINER: What did the probe achieve?"), or the last block of the previous
    /// item's body when that reads like a headline ("Wat nu?").
    /// </summary>
    private int? TakeHeadline(int opening)
    {
        var headline = _looseBody is [.., var question] && question == opening - 1 && WireRecognizer.IsHeadlineLike(_tokens[question].Block.Text)
            ? question
            : _pendingHeadline is { } pending && pending == opening - 1 && IsTopicUnderHeadline(pending) ? pending - 1
            : _pendingHeadline;
        _pendingHeadline = null;
        if (headline is null && _current is { Body.Count: > 1 } current
            && (WireRecognizer.IsHeadlineLike(current.Body[^1].ToString()) || IsHeadlineWithAStop(current.Body[^1].ToString())))
        {
            var last = FindBodyToken(opening, current.Body[^1].ToString());
            if (last is not null)
            {
                current.Body.RemoveAt(current.Body.Count - 1);
                headline = last;
            }
        }

        return headline;
    }

    /// <summary>
    /// A headline some sites close with a full stop, right above the next opening ("Tweede Kamer kiest VVD’er Van Campen
    /// (35) tot voorzitter.", then "DEN HAAG (ANP) - ..."): one short sentence, headline-like but for its stop.
    /// </summary>
    private static bool IsHeadlineWithAStop(string text) =>
        text.Length <= MaxStoppedHeadlineLength && text.EndsWith('.') && !text.EndsWith("..", StringComparison.Ordinal)
        && !text.Contains(". ", StringComparison.Ordinal) && !text.Contains("? ", StringComparison.Ordinal)
        && !text.Contains("! ", StringComparison.Ordinal) && WireRecognizer.IsHeadlineLike(text[..^1]);

    /// <summary>
    /// A short topic line between a headline and its dateline ("Autowracks", "JVA München Stadelheim" under
    /// "Wahlkampfautos der AfD in Essen ausgebrannt"): the longer headline-like block right above is the headline.
    /// </summary>
    private bool IsTopicUnderHeadline(int pending) =>
        pending > 0
        && SectionHeading.IsBare(_tokens[pending].Block.Text)
        && _tokens[pending - 1] is { Kind: TokenKind.Text } above
        && WireRecognizer.IsHeadlineLike(above.Block.Text)
        && !SectionHeading.IsBare(above.Block.Text)
        && !PageChrome.Is(above.Block.Text)
        && (_current is null || !_current.Body.Any(b => b.Span.SequenceEqual(above.Block.Text)));

    private int? FindBodyToken(int before, string text)
    {
        for (var j = before - 1; j >= 0; j--)
        {
            if (_tokens[j].Kind == TokenKind.Text && _tokens[j].Block.Text == text)
            {
                return j;
            }
        }

        return null;
    }

    private string HeadlineRule(int headline, int opening) =>
        opening - headline == 1 ? Rules.HeadlineBlock
        : _tokens[headline + 1].Kind == TokenKind.Text ? Rules.HeadlineFromBody
        : Rules.HeadlineBeforeCaption;

    private void Break()
    {
        _current = null;
        _pendingHeadline = null;
        CloseDigestStory();
        ResetLoose();
    }

    /// <summary>
    /// Under a digest's credited title, a headline and the prose after it are a story of the digest ("TORRES NOVAS: PSP
    /// recupera ...", then its paragraphs, under "Redação, 06 jan (Lusa) – Notícias breves do País (2.ª edição):"); the
    /// title, once it heads a story, is no item. Under a credit line heading the page, the first such run is its item.
    /// </summary>
    private void CloseDigestStory()
    {
        if ((_digestCredit ?? _creditAbove) is not { } agencies || _looseHeadline is not { } headline || _looseBody.Count == 0)
        {
            return;
        }

        if (_headerCredit is { } header && _lastCredited == header)
        {
            _drafts.Remove(header);
            _lastCredited = null;
        }

        Add(LooseRunDraft(headline, null, agencies, _digestCredit is null ? Rules.CreditLineAboveHeadline : Rules.DigestStory), headline);
        _current = null;
    }

    /// <summary>
    /// An item of the headline-like block <paramref name="headline"/> (none when the run has no headline) and the prose
    /// blocks after it; an uncredited place opening the first of them ("Estrasburgo - Itália, Espanha ...") is the item's
    /// dateline, if it has none.
    /// </summary>
    private Draft LooseRunDraft(int? headline, Dateline? dateline, IReadOnlyList<string> agencies, string rule)
    {
        var opening = dateline is null && _looseBody is [var first, ..] && _tokens[first].Kind == TokenKind.UncreditedStart
            ? _tokens[first].Dateline!.WithAgencies(agencies)
            : null;
        var anchor = headline ?? _looseBody[0];
        string? headlineInText = null;
        if (headline is null && opening is not null && HeadlineBeforeText().Match(opening.Body.ToString()) is { Success: true } split
            && WireRecognizer.IsHeadlineLike(split.Groups["headline"].Value))
        {
            // "BUENOS AIRES, Argentina — Presidente acolhe Peres e Abbas em novembro: O Executivo argentino ...": a roundup's
            // story with its headline between its dateline and its text.
            headlineInText = split.Groups["headline"].Value;
            opening = opening with { Body = opening.Body[split.Groups["text"].Index..] };
        }

        var draft = new Draft(anchor, dateline ?? opening, agencies, _tokens[anchor].Block, rule);
        if (headline is { } h)
        {
            draft.SetHeadline(_tokens[h].Block.Text, h, _tokens[h].Block, Rules.HeadlineBlock);
        }
        else if (headlineInText is not null)
        {
            draft.SetHeadline(headlineInText, anchor, _tokens[anchor].Block, Rules.HeadlineAfterDateline);
        }

        if (opening is not null)
        {
            draft.Include(_looseBody[0]);
        }

        foreach (var body in _looseBody.Skip(opening is null ? 0 : 1))
        {
            draft.AddBody(_tokens[body].Block.Text, body);
        }

        return draft;
    }

    private void ResetLoose()
    {
        _looseHeadline = null;
        _looseBody.Clear();
    }

    private static bool HasLead(string text) =>
        (text.Contains("...", StringComparison.Ordinal) || text.Contains('…', StringComparison.Ordinal)) && HeadlineWithLead().IsMatch(text);

    [GeneratedRegex(@"^(?<headline>[^\n]{8,200}?)(?:\.\.\.|…)\s+(?<lead>\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineWithLead();

    [GeneratedRegex(@"^(?<headline>[^:.!?\n]{12,120}): (?<text>\p{Lu}.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex HeadlineBeforeText();

    // "Headline Quito.- Text": the place is the last capitalised word (two for "Nueva York", "La Paz").
    [GeneratedRegex(
        @"^(?<headline>.{8,200}?[^.!?:])\s(?<place>(?:(?:San|Santa|Santo|São|La|Las|Los|El|Nueva|Nuevo|New|Buenos|Porto|Rio|Ciudad|Puerto) )?\p{Lu}[\p{Ll}\p{M}]+)\.-\s(?<body>.+)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineAndDateline();

    [GeneratedRegex(@"\s+\p{Lu}{3,}:?$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionWordAfter();
}
