using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Syndicate.Core.Time;

namespace Syndicate.Core.Wire;

/// <summary>
/// Finds wire items in a page's blocks by the wire grammar (src/Syndicate.Core/Wire/README.md has
/// every rule): an item opens with a credited dateline, or carries its credit on a line of its own, on
/// its headline or at the end of its text; a headline, an age and a section may stand around it. Where
/// a page can be read two ways (ages before or after items) the reading that fits more of the page is
/// taken.
/// </summary>
public sealed partial class WireRecognizer(AgencyCatalog agencies, AgeGrammar ages)
{
    private const int MaxHeadlineLength = 200;
    private const int MaxAgeWords = 8;
    private const int MaxGluedAgeLength = 48;
    private const int MaxTimestampLength = 64;
    private const int MinCapitalsHeadlineLetters = 12;

    // A photo caption's or a standfirst's sentences before a dateline on the same line, and how far the dateline's credit
    // may stand from the lead's end.
    private const int MaxLeadLength = 400;
    private const int MaxLeadDatelineLength = 60;

    // A block this long holds a whole page's text flattened onto one line (an archive's OCR, a document viewer's
    // preview), and how far before its credit a dateline's place may start inside it.
    private const int MinFlattenedLength = 1000;
    private const int MaxFlattenedPlaceLength = 40;
    private static readonly char[] MetaSeparators = ['|', '·', '•'];

    public IReadOnlyList<WireItem> Recognize(IReadOnlyList<TextBlock> blocks) =>
        Run(blocks).Drafts.Select(d => d.ToItem(agencies)).ToList();

    /// <summary>The items with the blocks and rules that made each, and for the blocks that came close, why they are no item.</summary>
    public RecognitionExplanation Explain(IReadOnlyList<TextBlock> blocks)
    {
        var run = Run(blocks);
        var items = run.Drafts.Select(d => new ItemExplanation(d.ToItem(agencies), d.SourceBlocks(run.Tokens), d.Rules)).ToList();
        var used = run.Drafts.SelectMany(d => d.SourceBlocks(run.Tokens)).ToHashSet();
        var candidates = run.Tokens
            .Where(t => !used.Contains(t.Source))
            .Select(t => (Token: t, Reason: WhyNot(t, run.Drafts.Count > 0)))
            .Where(c => c.Reason is not null)
            .DistinctBy(c => c.Token.Source)
            .Select(c => new RejectedCandidate(c.Token.Source, c.Token.Block.Text, c.Reason!))
            .ToList();
        return new RecognitionExplanation(items, candidates, run.AgeReading);
    }

    private Recognition Run(IReadOnlyList<TextBlock> blocks)
    {
        var tokens = Tokenize(blocks);
        var drafts = new ItemAssembly(tokens).Drafts;
        DropListNumbers(drafts);
        SectionOverHeadlessItems(drafts);
        var reading = AssignAges(tokens, drafts);
        return new Recognition(tokens, drafts, reading);
    }

    private List<Token> Tokenize(IReadOnlyList<TextBlock> blocks)
    {
        var tokens = new List<Token>(blocks.Count + 8);
        string? previous = null;
        var digest = DeskSlug.IsDigest(blocks);
        for (var source = 0; source < blocks.Count; source++)
        {
            var block = blocks[source];
            foreach (var story in digest ? DeskSlug.Stories(block.Text) : FlattenedStories(block.Text))
            {
                TakeBlock(tokens, story.Length == block.Text.Length ? block : block with { Text = story }, source, ref previous);
            }
        }

        return tokens;
    }

    /// <summary>
    /// A page flattened onto one line split where a credited dateline opens a story inside it ("... PAGINA 5 DEN HAAG
    /// (ANP) - De circa ...", "... in casa = (AGI/AFP) – New York, 30 ott. – Jim ..."): each story runs to the next
    /// opening, the headlines between them left at the end of the story before.
    /// </summary>
    private List<string> FlattenedStories(string text)
    {
        if (text.Length < MinFlattenedLength)
        {
            return [text];
        }

        var stories = new List<string>();
        var start = 0;
        for (var credit = text.IndexOf('(', 1); credit > 0; credit = text.IndexOf('(', credit + 1))
        {
            if (FlattenedOpening(text, credit) is var opening && opening > start)
            {
                stories.Add(text[start..opening].TrimEnd());
                start = opening;
            }
        }

        stories.Add(text[start..]);
        return stories;
    }

    /// <summary>
    /// Where a credited dateline around the parenthesis at <paramref name="credit"/> starts: at the credit when the place
    /// follows it ("(ANSA) – ROMA, 30 OTT –"), else at the nearest capitalised word before it that opens one, widened over
    /// the words in capitals right before it ("PAGINA 5 DEN HAAG (ANP) -" opens at "DEN", "Ablehnung Berlin (dpa) -" at
    /// "Berlin"); -1 if none. Only an opening with a place counts: a credit alone is no opening inside running text
    /// ("... l'Agence de presse sénégalaise (APS). APA rassemble ...").
    /// </summary>
    private int FlattenedOpening(string text, int credit)
    {
        if (text[credit - 1] == ' ' && OpensWithPlace(text, credit))
        {
            return credit;
        }

        var opening = -1;
        for (var i = credit - 1; i >= Math.Max(0, credit - MaxFlattenedPlaceLength); i--)
        {
            if (i > 0 && text[i - 1] != ' ')
            {
                continue;
            }

            var word = text.AsSpan(i, text.AsSpan(i).IndexOf(' ') is var space and > 0 ? space : text.Length - i);
            if (opening >= 0 && (!char.IsUpper(word[0]) || ContainsLowerCase(word)))
            {
                break;
            }

            if (!char.IsUpper(word[0]))
            {
                continue;
            }

            if (OpensWithPlace(text, i))
            {
                opening = i;
            }
            else if (opening >= 0)
            {
                break;
            }
        }

        return opening;
    }

    private bool OpensWithPlace(string text, int start) =>
        Dateline.TryParse(text, start, agencies, out var dateline) && dateline.Body.Length > 0 && dateline.Place is not null;

    private void TakeBlock(List<Token> tokens, TextBlock block, int source, ref string? previous)
    {
        if (PageChrome.IsDigestSlug(block.Text) || DeskSlug.IsAlone(block.Text))
        {
            tokens.Add(new Token(TokenKind.Chrome, block, source));
            return;
        }

        var unbulleted = PageChrome.WithoutReadMoreBefore(Bullet().Replace(block.Text, ""));
        var text = DeskSlug.Strip(unbulleted);
        if (text.Length == 0 || text == previous)
        {
            // A headline printed twice (teaser and title) is one headline.
            if (text.Length > 0 && tokens is [.., { Kind: TokenKind.Text, Rule: null } last] && last.Block.Text == text)
            {
                tokens[^1] = last with { Rule = Rules.PrintedTwice };
            }

            return;
        }

        if (text.Length < unbulleted.Length && StoryOpening(text) is > 0 and var opening)
        {
            // "DEL5 VIRUS-LD CASES COVID-19: India logs 15,144 fresh cases New Delhi: India's ...": a digest's story.
            tokens.Add(new Token(TokenKind.Text, block with { Text = text[..opening].TrimEnd() }, source));
            previous = text;
            AddTokens(tokens, block with { Text = text[opening..] }, source);
            return;
        }

        // "HeadlineHeadlineRoma, 13 dic. (askanews) – ...": the repeated headline glued to the opening.
        // A label that starts the next line ("Sardegna", then "Sardegna: alle 19 ...") is not such a repeat.
        var rest = previous is { Length: > 0 } && text.Length > previous.Length && text.StartsWith(previous, StringComparison.Ordinal)
            && (char.IsLetterOrDigit(text[previous.Length]) || char.IsWhiteSpace(text[previous.Length]))
            ? text[previous.Length..]
            : text;
        previous = text;
        AddTokens(tokens, block with { Text = rest }, source);
    }

    /// <summary>
    /// Where the opening of a digest's story starts after its headline on one line: a place and a colon ("... fresh cases New
    /// Delhi: India's ...") or a credited dateline ("... on Jan 19 New Delhi, Jan 17 (PTI) The Supreme ..."); 0 if none.
    /// </summary>
    private int StoryOpening(string text)
    {
        foreach (var start in DeskSlug.OpeningStarts(text))
        {
            if (IsHeadlineLike(text[..start].TrimEnd()) && Dateline.TryParseUncredited(text[start..], out _))
            {
                return start;
            }
        }

        return FindOpeningAfterHeadline(text, atAnyWord: true)?.Start ?? 0;
    }

    private void AddTokens(List<Token> tokens, TextBlock block, int source)
    {
        var text = block.Text;
        if (ages.TryParse(text, out var whole) || IsWhollyTheAgeFound(text, out whole))
        {
            // A labelled date ("Posted Jan. 5, 2008") is an item's, never a heading over the items below it.
            tokens.Add(new Token(IsDateOnly(whole) && !ages.StartsWithLabel(text) ? TokenKind.DateHeading : TokenKind.Age, block, source));
            return;
        }

        if (IsTimestampLine(text))
        {
            tokens.Add(new Token(TokenKind.Age, block, source, Rule: Rules.TimestampLine));
            return;
        }

        if (CreditLine.TryParse(text, agencies, ages, out var credit, out var place, out var stamp)
            && (!CreditLine.IsNewsroomsBeforeSlash(text, agencies) || ClosesProse(tokens)))
        {
            var written = place is null ? null : new Dateline(place, place, credit, [], default, Rules.PlaceOnCreditLine);
            tokens.Add(new Token(TokenKind.CreditLine, block, source, written, Credit: credit, Stamp: stamp));
            return;
        }

        if (AgeAndSection(text) is { } meta)
        {
            // "12 dic | Politica", "Sport | 20 minuten geleden": the item's age and its section on one line; a date there
            // is the item's, not a heading over the items below ("18.01.2024 | In eigener Sache").
            tokens.Add(new Token(TokenKind.Section, block with { Text = meta.Section }, source, Section: meta.Section));
            tokens.Add(new Token(TokenKind.Age, block with { Text = meta.Age.Text }, source));
            return;
        }

        var stampBefore = StampBeforeHeadline().Match(text);
        if (stampBefore.Success && ages.TryParse(stampBefore.Groups["stamp"].Value, out _))
        {
            tokens.Add(new Token(TokenKind.Age, block with { Text = stampBefore.Groups["stamp"].Value }, source, Rule: Rules.StampBeforeHeadline));
            text = text[stampBefore.Groups["rest"].Index..];
        }

        var (gluedAge, start, glued) = FindGluedOpening(text);
        if (gluedAge is not null)
        {
            tokens.Add(new Token(TokenKind.Age, block with { Text = gluedAge }, source, Rule: Rules.AgeGluedToOpening));
        }

        var (content, trailingAge) = SplitTrailingAge(text[start..]);
        if (trailingAge is not null && glued is null && Dateline.TryParse(text, 0, agencies, out var alone) && alone.Body.Length == 0)
        {
            // "(ANSA) - ROMA, 24 MAR -" is a dateline on a line of its own, no "MAR" (martedì) after a text.
            (content, trailingAge) = (text, null);
        }

        if (trailingAge is not null && (PageChrome.Is(content) || IsDateHeading(content, trailingAge)))
        {
            // "*texto ampliado às 12h26" is a note, "Saturday, April 30, 2016" a date over the page: no item's age.
            tokens.Add(new Token(PageChrome.Is(content) ? TokenKind.Chrome : TokenKind.DateHeading, block with { Text = text[start..] }, source));
            return;
        }

        var contentBlock = block with { Text = content };
        tokens.AddRange(Classify(contentBlock, source, glued is not null && content.Length == text.Length - start ? glued : null));
        if (trailingAge is not null)
        {
            tokens.Add(new Token(TokenKind.Age, block with { Text = trailingAge }, source, Rule: Rules.AgeAtEndOfBlock));
        }
    }

    private IEnumerable<Token> Classify(TextBlock block, int source, Dateline? parsed)
    {
        var text = block.Text;
        if (parsed is not null || Dateline.TryParse(text, 0, agencies, out parsed))
        {
            yield return new Token(parsed.Body.Length == 0 ? TokenKind.DatelineAlone : TokenKind.ItemStart, block, source, parsed, Rule: parsed.Form);
            yield break;
        }

        var afterByline = Byline.OpeningAfter(text, agencies, out var bylineAgency);
        if (afterByline > 0 && Dateline.TryParse(text, afterByline, agencies, out parsed) && parsed.Body.Length > 0)
        {
            yield return new Token(TokenKind.ItemStart, block, source, parsed, Rule: Rules.BylineBeforeDateline);
            yield break;
        }

        if (afterByline > 0 && Byline.TextAfter(text, afterByline) is > 0 and var start && IsProse(text.AsSpan(start)))
        {
            var credited = new Dateline(null, null, [bylineAgency!.Code], [], text.AsMemory(start), Rules.BylineWithoutDateline);
            yield return new Token(TokenKind.ItemStart, block, source, credited, Rule: Rules.BylineWithoutDateline);
            yield break;
        }

        foreach (var opening in Byline.OpeningsAfterNames(text))
        {
            if (Dateline.TryParse(text, opening, agencies, out parsed) && parsed.Body.Length > 0)
            {
                yield return new Token(TokenKind.ItemStart, block, source, parsed, Rule: Rules.BylineBeforeDateline);
                yield break;
            }
        }

        if (Dateline.TryParseAgencyBeforeText(text, agencies, out parsed) && IsProse(parsed.Body.Span))
        {
            yield return new Token(TokenKind.ItemStart, block, source, parsed, Rule: parsed.Form);
            yield break;
        }

        if (FindOpeningAfterHeadline(text) is { } split)
        {
            yield return new Token(TokenKind.Text, block with { Text = split.Headline }, source, Rule: Rules.HeadlineGluedToDateline);
            yield return new Token(TokenKind.ItemStart, block, source, split.Dateline, Rule: split.Dateline.Form);
            yield break;
        }

        if (FindOpeningAfterLead(text) is { } led)
        {
            yield return new Token(TokenKind.Caption, block with { Text = led.Lead }, source, Rule: Rules.LeadBeforeDateline);
            yield return new Token(TokenKind.ItemStart, block, source, led.Dateline, Rule: led.Dateline.Form);
            yield break;
        }

        yield return ClassifyOther(block, source);
    }

    private Token ClassifyOther(TextBlock block, int source)
    {
        var text = block.Text;
        if (SectionHeading.TryParse(text, out var section))
        {
            return new Token(TokenKind.Section, block, source, Section: section);
        }

        if (PhotoCredit.Is(text))
        {
            return new Token(TokenKind.Caption, block, source);
        }

        if (PageChrome.Is(text))
        {
            return new Token(TokenKind.Chrome, block, source);
        }

        if (KeywordLine.Is(text))
        {
            return new Token(TokenKind.KeywordLine, block, source);
        }

        if (CorrectionNotice.Is(text))
        {
            return new Token(TokenKind.Correction, block, source);
        }

        if (Byline.Is(text))
        {
            return new Token(TokenKind.Byline, block, source);
        }

        if (IsHeadlineLike(text) && CreditLine.TryStripGlued(text, agencies, out var headline, out var glued))
        {
            return new Token(TokenKind.Text, block with { Text = headline }, source, Credit: [glued.Code], Rule: Rules.CreditGluedToHeadline);
        }

        if (Dateline.TryParseUncredited(text, out var uncredited) && IsProse(uncredited.Body.Span))
        {
            // "Bamberg – Ein 17-Jähriger ... die Bundespolizei.DPA": the credit closing the text credits its opening;
            // "Kochel – ... sieht die Polizei aber nicht.VA" is signed by someone else, so it inherits no credit.
            return CreditLine.TryTrailing(text, agencies, out var closing, out _)
                ? new Token(TokenKind.ItemStart, block, source, uncredited with { Agencies = [closing.Code] }, Rule: Rules.CreditClosingText)
                : CreditLine.IsSignedByOther(text, agencies)
                    ? new Token(TokenKind.Text, block, source)
                    : new Token(TokenKind.UncreditedStart, block, source, uncredited, Rule: uncredited.Form);
        }

        // "Cet article a été publié automatiquement. Source : ats": the sentence before the credit makes it prose; a word
        // alone before it is no text ("Moskau (dpa)" over a ticker's title, a photo's "Chiudi (ANSA)" button).
        return CreditLine.TryTrailing(text, agencies, out var trailing, out var creditStart)
            && text.AsSpan(0, creditStart).TrimEnd() is { Length: > 0 } before && IsMoreThanOneWord(before)
            && (IsProse(text) || IsProse(before))
            ? new Token(TokenKind.Text, block, source, Credit: [trailing.Code], Rule: Rules.CreditClosingText)
            : new Token(TokenKind.Text, block, source);
    }

    /// <summary>
    /// A credited dateline after the headline on one line: glued to it, "...con ZelenskyRoma, 13 dic. (askanews) –"
    /// (the headline ends in a lower-case letter or a closing mark, the place begins with a capital), or after a
    /// headline in capitals and a space or a colon, "... IN CONCRETE: SAN DIEGO (AP) —", "... NELLE URNE (DIRE)
    /// Bologna, 20 mar. -". The headline ends where the opening begins, its colon left out. In a digest's story
    /// (<paramref name="atAnyWord"/>) the opening may start at any word in capitals ("... on Jan 19 New Delhi, Jan 17
    /// (PTI) The ...").
    /// </summary>
    private (string Headline, int Start, Dateline Dateline)? FindOpeningAfterHeadline(string text, bool atAnyWord = false)
    {
        if (!atAnyWord && !text.Contains('(', StringComparison.Ordinal))
        {
            return null;
        }

        var last = Math.Min(text.Length - 1, MaxHeadlineLength);
        for (var i = 3; i <= last; i++)
        {
            var starts = atAnyWord
                ? text[i - 1] == ' ' && char.IsUpper(text[i])
                : (char.IsUpper(text[i]) && (char.IsLower(text[i - 1]) || text[i - 1] is '"' or '”' or '’' or '»')) || AfterCapitalsHeadline(text, i);
            if (starts && Dateline.TryParse(text, i, agencies, out var dateline) && dateline.Body.Length > 0
                && text[..i].TrimEnd() is var before && (atAnyWord ? before : before.TrimEnd(':')) is var headline && IsHeadlineLike(headline))
            {
                return (headline, i, dateline);
            }
        }

        return null;
    }

    /// <summary>
    /// Finds a credited opening after the sentences of a photo caption or a standfirst printed on its line: "Thomas Schaf
    /// erteilt seinen Spielern Anweisungen. Bremen (dpa) – ...", "... am Ende votiert der Freistaat dafür.Regierungschef
    /// Söder nennt das einen historischen Moment. Berlin (dpa) - ...". The lead is short and ends in a sentence's stop; a
    /// byline is none ("- von Vladimir Soldatkin. Moskau (Reuters) - ...").
    /// </summary>
    private (string Lead, Dateline Dateline)? FindOpeningAfterLead(string text)
    {
        if (Byline.StartsOne(text.TrimStart('-', '–', ' ')))
        {
            return null;
        }

        foreach (var stop in SentenceStop().EnumerateMatches(text.AsSpan(0, Math.Min(text.Length, MaxLeadLength))))
        {
            var start = stop.Index + stop.Length;
            if (start < text.Length && char.IsUpper(text[start]) && HasCreditNear(text, start)
                && Dateline.TryParse(text, start, agencies, out var dateline) && dateline.Body.Length > 0)
            {
                return (text[..(stop.Index + 1)], dateline);
            }
        }

        return null;
    }

    // The parenthesised credit of a dateline after a lead: "Bremen (dpa) –", "CHINNAKALAPET, India (AP) -".
    private static bool HasCreditNear(string text, int start) => text.AsSpan(start, Math.Min(MaxLeadDatelineLength, text.Length - start)).Contains('(');

    private static bool AfterCapitalsHeadline(string text, int start) =>
        text[start - 1] == ' ' && (text[start] == '(' || (text[start - 2] == ':' && char.IsUpper(text[start]))) && IsInCapitals(text.AsSpan(0, start));

    private static bool IsInCapitals(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= MinCapitalsHeadlineLetters;
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
                && !IsWordOfACapitalPlace(text.AsSpan(0, i), text[i])
                && ages.TryParse(text.AsSpan(0, i), out _)
                && Dateline.TryParse(text, i, agencies, out var dateline))
            {
                return (text[..i].Trim(), i, dateline);
            }
        }

        return (null, 0, null);
    }

    /// <summary>
    /// Whether a word in capitals with no number, before a capital, is the first word of a place in capitals rather than a
    /// weekday or a month: "MAR DEL PLATA, Argentina (Reuters) -", "SAN JOSE (AP) -".
    /// </summary>
    private static bool IsWordOfACapitalPlace(ReadOnlySpan<char> before, char next) =>
        char.IsUpper(next) && before.TrimEnd() is { IsEmpty: false } word && !word.ContainsAny(' ', '\u00A0')
        && !word.ContainsAnyInRange('0', '9') && !ContainsLowerCase(word);

    private static bool ContainsLowerCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits "... in de VS. 16 minuten geleden" into the text and its age; a clock after a headline may
    /// carry its UTC time in parentheses ("15:53 (20:53 GMT)"), which is left out. A date or a weekday that continues
    /// the sentence before it ends that sentence, not an age (<see cref="ContinuesSentence"/>).
    /// </summary>
    private (string Content, string? Age) SplitTrailingAge(string text)
    {
        var echo = text.EndsWith(')') ? UtcEcho().Match(text) : Match.Empty;
        var body = echo.Success ? text[..echo.Index] : text;
        if (body.EndsWith('.'))
        {
            // "... por volta das 20h00.": a sentence ends there, no age.
            return (text, null);
        }

        var bar = body.LastIndexOfAny(MetaSeparators);
        if (bar > 0 && body.Length - bar <= MaxTimestampLength && ages.TryParse(body.AsSpan(bar + 1).Trim(), out _))
        {
            // "Headline |May 18, 2018", "HOPE YEN and CALVIN WOODWARD|Oct 27, 2021": a bar joins a date to the line, no sentence.
            return (body[..bar].TrimEnd(), body[(bar + 1)..].Trim());
        }

        // The longest age that ends the block: "1 month 3 weeks ago", not its "3 weeks ago".
        var (ageCut, found) = (-1, (Age?)null);
        var cut = body.Length;
        for (var words = 0; words < MaxAgeWords; words++)
        {
            cut = body.LastIndexOf(' ', cut - 1);
            if (cut <= 0)
            {
                break;
            }

            if (ages.TryParse(body.AsSpan(cut + 1), out var age))
            {
                (ageCut, found) = (cut, age);
            }
        }

        if (found is null)
        {
            return (text, null);
        }

        // An age in parentheses is printed without them: "... als „Rollator-Treff‟ (Do, 17 Jul 2014)".
        var ageText = body[(ageCut + 1)..];
        return (IsDateOnly(found) || found is DayOfWeekAge { Clock: null } or CalendarPeriodAge) && ContinuesSentence(body.AsSpan(0, ageCut))
            ? (text, null)
            : (body[..ageCut].TrimEnd(), ageText is ['(', .. var inner, ')'] ? inner : ageText);
    }

    /// <summary>
    /// Headlines numbered as an ordered list ("1. Berichte: ...", "2. Aldi Süd ...") lose the number when every
    /// headline of the page has one and they count up one by one: the list's numbering, not the headline's words.
    /// </summary>
    private static void DropListNumbers(List<Draft> drafts)
    {
        var numbered = drafts.Where(d => d.Headline is not null).Select(d => (Draft: d, Match: ListNumber().Match(d.Headline!))).ToList();
        if (numbered.Count < 2 || !numbered.All(n => n.Match.Success)
            || numbered.Select((n, at) => int.Parse(n.Match.Groups["number"].Value, CultureInfo.InvariantCulture) - at).Distinct().Count() != 1)
        {
            return;
        }

        foreach (var (draft, match) in numbered)
        {
            draft.ShortenHeadline(match.Groups["rest"].Value, Rules.ListNumberDropped);
        }
    }

    /// <summary>
    /// A short heading above the first of several items, none of which has a headline ("Interior Cuba" over a list of
    /// datelines), names their section: it is not the first item's headline.
    /// </summary>
    private static void SectionOverHeadlessItems(List<Draft> drafts)
    {
        if (drafts.Count < 2 || drafts[0].Headline is not { } heading || !SectionHeading.IsBare(heading)
            || drafts.Skip(1).Any(d => d.Headline is not null))
        {
            return;
        }

        drafts[0].DropHeadline();
        foreach (var draft in drafts.Where(d => d.Section is null))
        {
            draft.SetSection(heading, Rules.SectionOverHeadlessItems);
        }
    }

    /// <summary>
    /// Gives each item the age that stands next to it, after it or before it: whichever reading
    /// places more of the page's ages (after, on a tie). An item whose credit line carries a time keeps it.
    /// One age above the first of several items, with none beside the others, is when the page was written
    /// ("Update on the latest news at 10:20 p.m. EST"), not that item's age. On a page with no other ages, dates
    /// without a clock, one beside each of several items ("Do., 24.08.2017", "12 dic | Politica"), are their ages,
    /// not headings over the page or a group.
    /// </summary>
    private static string AssignAges(List<Token> tokens, List<Draft> drafts)
    {
        var after = MatchAges(tokens, drafts, followsItem: true, TokenKind.Age);
        var before = MatchAges(tokens, drafts, followsItem: false, TokenKind.Age);
        if (after.Count == 0 && before.Count == 1 && drafts.Count > 1 && before.ContainsKey(drafts[0]))
        {
            return $"one age, above the first of {drafts.Count} items and beside no other: {Rules.PageDate}";
        }

        if (after.Count + before.Count == 0 && drafts.Count > 1)
        {
            var datedAfter = MatchAges(tokens, drafts, followsItem: true, TokenKind.DateHeading);
            var datedBefore = MatchAges(tokens, drafts, followsItem: false, TokenKind.DateHeading);
            if (Math.Max(datedAfter.Count, datedBefore.Count) == drafts.Count)
            {
                (after, before) = (datedAfter, datedBefore);
            }
        }

        var chosen = before.Count > after.Count ? before : after;
        var reading = before.Count > after.Count ? Rules.AgesBeforeItems : Rules.AgesAfterItems;
        var placed = $"{reading} ({chosen.Count} of {tokens.Count(t => t.Kind == TokenKind.Age)} ages placed)";
        foreach (var (draft, age) in chosen)
        {
            if (draft.AgeText is null)
            {
                draft.SetAge(age, $"{age.Rule ?? Rules.AgeBlock}; {placed}");
            }
        }

        return chosen.Count == 0
            ? "no age stands next to an item on this page"
            : $"{reading}: {chosen.Count} placed that way, {(ReferenceEquals(chosen, after) ? before.Count : after.Count)} the other way";
    }

    private static Dictionary<Draft, Token> MatchAges(List<Token> tokens, List<Draft> drafts, bool followsItem, TokenKind kind)
    {
        var byToken = new Dictionary<int, Draft>();
        foreach (var draft in drafts)
        {
            foreach (var index in draft.AnchorTokens)
            {
                byToken.TryAdd(index, draft);
            }
        }

        var matched = new Dictionary<Draft, Token>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // "17:20 Uhr: Saarländische Chöre ...": a time on the headline's own line is that item's, never the one before.
            if (tokens[i].Kind != kind || (followsItem && tokens[i].Rule == Rules.StampBeforeHeadline))
            {
                continue;
            }

            var step = followsItem ? -1 : 1;
            for (var j = i + step; j >= 0 && j < tokens.Count; j += step)
            {
                if (byToken.TryGetValue(j, out var draft))
                {
                    matched.TryAdd(draft, tokens[i]);
                    break;
                }

                if (tokens[j].Kind is TokenKind.Age or TokenKind.Section or TokenKind.Caption or TokenKind.Chrome or TokenKind.KeywordLine
                    or TokenKind.DateHeading or TokenKind.DatelineAlone or TokenKind.CreditLine)
                {
                    break;
                }
            }
        }

        return matched;
    }

    private static string? WhyNot(Token token, bool pageHasItems) => token.Kind switch
    {
        TokenKind.UncreditedStart when token.Dateline!.Form == Dateline.UncreditedColonForm =>
            "a place and a colon but no credit, and no digest's credited title above it to take one from",
        TokenKind.UncreditedStart => "a place and a dash but no credit, and no credited item before it on the page to take one from",
        TokenKind.DatelineAlone => "a credited dateline with nothing after it and no text or uncredited items following",
        TokenKind.CreditLine => "a credit line with no headline and text around it",
        TokenKind.Caption when Mentions(token.Block.Text) => "a photo credit: it names who took the picture, not who wrote a text",
        TokenKind.Text when token.Credit is not null => "a credit with no headline or text it could belong to",
        TokenKind.Text when ParenthesisedDash().Match(token.Block.Text) is { Success: true } m =>
            $"\"({m.Groups["credit"].Value})\" before a dash is not a known agency nor an agency code in capitals",
        TokenKind.Text when !pageHasItems && Mentions(token.Block.Text) => "names an agency inside a sentence, not as a credit",
        _ => null,
    };

    private static bool Mentions(string text) => AgencyCatalog.Default.All.Any(a =>
        a.Aliases.Append(a.Code).Any(name => Regex.IsMatch(text, $@"\b{Regex.Escape(name)}\b", RegexOptions.CultureInvariant)));

    /// <summary>An age and a section's name joined by a separator: "12 dic | Politica", "Sport · 20 minuten geleden".</summary>
    private (Age Age, string Section)? AgeAndSection(string text)
    {
        if (text.Length > MaxTimestampLength || !TimestampSeparator().IsMatch(text))
        {
            return null;
        }

        var parts = TimestampSeparator().Split(text);
        if (parts.Length != 2)
        {
            return null;
        }

        return ages.TryParse(parts[0], out var first) && SectionHeading.IsBare(parts[1]) ? (first, parts[1])
            : ages.TryParse(parts[1], out var second) && SectionHeading.IsBare(parts[0]) ? (second, parts[0])
            : null;
    }

    /// <summary>
    /// Whether the age the grammar finds in a line is the whole line, though the line is no age as a whole: a date printed
    /// twice before its clock, "10 février 2013 7 10 /02 /février /2013 10:51".
    /// </summary>
    private bool IsWhollyTheAgeFound(string text, [NotNullWhen(true)] out Age? age)
    {
        age = ages.TryFind(text, out var found) && found.Start == 0 && found.Length == text.TrimEnd().Length ? found.Age : null;
        return age is not null;
    }

    /// <summary>A date and a clock joined by a separator, each an age: "12 Dic 2025 - 12:38", "28.11.2026 | 14:32".</summary>
    private bool IsTimestampLine(string text)
    {
        if (text.Length > MaxTimestampLength || !TimestampSeparator().IsMatch(text))
        {
            return false;
        }

        var parts = TimestampSeparator().Split(text);
        return parts.Length > 1 && parts.All(p => ages.TryParse(p, out _)) && !parts.All(p => ages.TryParse(p, out var a) && IsDateOnly(a));
    }

    /// <summary>A weekday before a date: "Saturday, April 30, 2016", "terça-feira, 17 de janeiro de 2017".</summary>
    private bool IsDateHeading(string content, string age) =>
        !content.Contains(' ', StringComparison.Ordinal) && content.EndsWith(',') && ages.TryParse(age, out var date) && IsDateOnly(date);

    /// <summary>
    /// Whether a date or a weekday after <paramref name="text"/> are its sentence's last words: after a lower-case word
    /// ("entre 20 e 22 de maio", "vote on 5 May", "La capital colombiana despertó hoy"), or after a long text whose
    /// last sentence is not finished (a teaser cut mid-word, "... Al mando del campeón olímpico Danny Mi").
    /// </summary>
    private static bool ContinuesSentence(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxHeadlineLength && char.IsLetterOrDigit(text[^1]))
        {
            return true;
        }

        var word = text[(text.LastIndexOf(' ') + 1)..];
        if (word.Length is 0)
        {
            return false;
        }

        foreach (var letter in word)
        {
            if (!char.IsLower(letter))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDateOnly(Age age) => age is CalendarDateAge { Clock: null } or DayAge { Clock: null };

    /// <summary>
    /// A headline is short, has letters (a clock is no headline) and does not end a sentence, also
    /// not inside closing quotes: a last paragraph ending «… escalatie".» is body, not the next headline.
    /// An initialism may end it ("... go: U.N.").
    /// </summary>
    internal static bool IsHeadlineLike(string text)
    {
        var end = text.AsSpan().TrimEnd("\"'”’)»");
        return text.Length is >= 3 and <= MaxHeadlineLength
            && (!end.EndsWith('.') || Initialism().IsMatch(text)) && !end.EndsWith(':') && text.Any(char.IsLetter) && IsMoreThanOneWord(text);
    }

    /// <summary>
    /// Whether a text has two words or more ("Cuba-México" has two): one word alone ("Google+", "iStockphoto", "Twitter")
    /// is a button, a credit or a label, never a headline.
    /// </summary>
    private static bool IsMoreThanOneWord(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        return trimmed.IndexOfAny(' ', '-', '–') is > 0 and var gap && gap < trimmed.Length - 1;
    }

    /// <summary>Whether the last token before chrome is a text's paragraph, which a credit line after it closes.</summary>
    private static bool ClosesProse(List<Token> tokens) =>
        tokens.LastOrDefault(t => t.Kind != TokenKind.Chrome) is { Kind: TokenKind.Text } last && IsProse(last.Block.Text);

    internal static bool IsProse(ReadOnlySpan<char> text) =>
        text.Length > MaxHeadlineLength || text[^1] is '.' or '!' or '?' or ')' or '»' or ']' or '…'
        || (text is [.., var last, '"' or '”' or '’'] && last is '.' or '!' or '?' or '…');

    [GeneratedRegex(@"^(?:[•·▪◦]|\.?[-–—]\s*(?=\p{Lu}))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?<stamp>\d{1,2}[:.h]\d{2}(?:\s?(?:Uhr|uur|h))?|\d{1,2}([/.])\d{1,2}\1\d{2}(?:\d{2})?(?=\s))\s*:?\s*(?:[-–—|]\s*)?(?<rest>\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex StampBeforeHeadline();

    [GeneratedRegex(@" [-–—|·] ", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampSeparator();

    // A sentence's stop and the space after it, or none before a capital: "... dafür.Regierungschef ...".
    [GeneratedRegex(@"(?<=\p{Ll}{2}|\d)[.!?](?:\s+|(?=\p{Lu}))", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceStop();

    [GeneratedRegex(@"^(?<number>\d{1,3})\.\s+(?<rest>\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"\s*\(\d{1,2}[:.]\d{2}\s*(?:GMT|UTC)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex UtcEcho();

    [GeneratedRegex(@"(?:^|\s)(?:\p{Lu}\.){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Initialism();

    [GeneratedRegex(@"\((?<credit>[^()]{1,30})\)\s*\.?\s*[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisedDash();

    private sealed record Recognition(List<Token> Tokens, List<Draft> Drafts, string AgeReading);
}
