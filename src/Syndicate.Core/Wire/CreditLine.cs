using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Syndicate.Core.Time;

namespace Syndicate.Core.Wire;

/// <summary>
/// A credit that stands apart from any dateline: a line of its own ("Por LUSA", "Da Agência Lusa", "Fonte: Agência
/// Brasil", "Porto Canal com Lusa", "Le Monde avec AFP", "Jonas Siegel, The Canadian Press | posted Monday, Apr 24th, 2017", "© Getty Images Lusa 03/09/2025", "AFP, 17h45",
/// "Agence France-Presse . Ouidah | Updated at 11:30pm ...", "(EFE/Reuters)"), a source label glued to the end of a
/// headline ("...CongrèsSkynet politique (dépêches politiques Agence Belga)"), or a credit closing a
/// paragraph ("... los hechos. (AFP)"). The agency must be known to the catalog and must not be half of
/// a photo credit ("Paulo Pinto/Agência Brasil"); a "©" line without a date is a photo credit.
/// </summary>
internal static partial class CreditLine
{
    private const int MaxLength = 120;
    private const int MaxAgencyWords = 4;
    private const int MinGluedHeadline = 12;
    private const int MaxGluedLabel = 40;
    private const int MaxSignatureLength = 4;

    private static readonly char[] WordEnds = [' ', ',', '|', '/', '·', ':'];
    private static readonly char[] Separators = ['.', ',', '|', '·', '-', '–', '—'];

    // What joins the agency, a place and an age on a credit line: "AFP, 17h45", "Lusa | 14:32", "Reuters - 10:30".
    private static readonly char[] Joiners = [' ', ',', '|', '-', '–', '—', '·'];

    /// <summary>
    /// Whether the whole of <paramref name="text"/> is a credit line, with the age printed after the agency, if any: a date
    /// or a clock, or anything the age grammar reads ("The Associated Press | Posted Jul 15th - 1:35am").
    /// </summary>
    public static bool TryParse(
        string text, AgencyCatalog agencies, AgeGrammar ages, [NotNullWhen(true)] out IReadOnlyList<string>? credit, out string? place, out string? age)
    {
        credit = null;
        place = null;
        age = null;
        if (text.Length > MaxLength)
        {
            return false;
        }

        // "(ANSA)", "(EFE/Reuters)", "- (Reuters)", "[EFE, AFP]", "/ATS", "(KNA 19.11.21)" alone on a line, under a text or
        // above one: known agencies only, or a list of sources naming papers beside them ("[DPA, EFE, El Deber]").
        if (CreditAlone().Match(text) is { Success: true } alone
            && (Credits.Parse(alone.Groups["credit"].Value, agencies, requireKnown: true)?.Agencies
                ?? Credits.AgenciesAmongSources(alone.Groups["credit"].Value, agencies)) is { Count: > 0 } named)
        {
            credit = named;
            age = alone.Groups["age"].Success ? alone.Groups["age"].Value : null;
            return true;
        }

        if (TryParseDatedCredit(text, agencies, ages, out var dated, out age))
        {
            credit = [dated.Code];
            return true;
        }

        // "mf, ats": the writer's initials before the agency, as "(mat/ats)" closes a text; "Conosaba/Lusa": a newsroom's
        // one-word name before a slash and the agency it drew on (an agency before the slash is a photo's pair of credits,
        // "APA/AFP").
        text = text[Initials().Match(text).Length..];
        text = text[NewsroomBefore(text, agencies)..];
        var prefix = Prefix().Match(text);
        var copyright = prefix.Groups["copyright"].Success;
        var rest = text[prefix.Length..];
        if (prefix.Groups["alone"].Success)
        {
            // "Com Agência Lusa.": the sentence's full stop after the agency.
            rest = rest.TrimEnd().TrimEnd('.');
        }

        if (prefix.Groups["drew"].Success)
        {
            rest = rest.TrimEnd('.');
            if (!rest.EndsWith(')'))
            {
                return false;
            }

            rest = rest[..^1];
        }

        if (!TryFindAgency(rest, agencies, requireStart: !prefix.Success, out var agency, out var start, out var end, deskBefore: prefix.Groups["signed"].Success))
        {
            return false;
        }

        // "By LOLITA C. BALDOR, Associated Press Writer": the writer's title; "Agence France-Presse . Ouidah | Updated at
        // 11:30pm ...", "AFP | Beirut": the place the agency wrote from, before any age, set apart by a separator, or by a
        // space only after the agency's name in words ("Press Trust of India New Delhi"; "AP National" is a section).
        var inWords = rest.AsSpan(start, end - start).Contains(' ');
        end += Byline.TitleLength(rest, end);
        var separated = rest.AsSpan(end).TrimStart(' ') is [not ' ' and var first, ..] && Separators.Contains(first);
        var after = rest[end..];
        if (Signature().Match(after) is { Success: true } signature && !agencies.TryFind(signature.Groups["sign"].Value, out _))
        {
            // "ats/juma", "Lusa/ DL": the editor's initials or the paper's after the agency, as a dateline's "dpa/lni".
            after = after[signature.Length..];
        }

        after = after.Trim(Joiners);
        after = after[..EditorAt(after)].TrimEnd(Joiners);
        if (agencies.TryFind(after, out var repeated) && repeated == agency)
        {
            // "Evangelischer Pressedienst epd": the agency's name, then its code.
            after = "";
        }

        if ((separated || inWords)
            && PlaceAfterAgency().Match(after) is { Success: true } written && !agencies.TryFind(written.Groups["place"].Value, out _))
        {
            place = written.Groups["place"].Value.TrimEnd();
            after = after[written.Length..].Trim(Joiners);
        }

        // "The Canadian Press 4 minute read Updated: ...": how long the text takes to read stands before its age.
        after = ReadingTime.WithoutLeading(after).Trim(Joiners);

        // "By Reuters on May 27, 2016, at 5:57 p.m.": the word joining the writer to the date is no part of the age (where
        // German and French pages print "am" and "le" there, readers take them as part of it: "am 20. Juni 2025 um 12:24").
        after = after[DateJoiner().Match(after).Length..];
        if (after.Length > 0 && !Stamp().IsMatch(after))
        {
            // The age must come first: "AP Top News at 6:17 a.m. EST" is a list's title; the age found may be the update
            // after the first stamp ("6-2-2017, 17:55 (Update 6-2-2017, 18:20)", "03.05.09 | 11h56 • Mis à jour le ...").
            if (!ages.TryFind(after, out var found) || (found.Start > 0 && !StartsWithAge(after[..found.Start], ages)))
            {
                return false;
            }

            after = after.Substring(found.Start, found.Length);
        }

        age = after.Length == 0 ? null : after;
        if (copyright && age is null)
        {
            return false;
        }

        credit = [agency.Code];
        return true;
    }

    private static bool StartsWithAge(string text, AgeGrammar ages) => ages.TryFind(text, out var first) && first.Start == 0;

    /// <summary>
    /// A line of the item's date with its year and the agency closing it, where a list prints the date and the writer
    /// ("mardi 4 octobre 2022 ATS", "16.03.2018 Lusa", "Publié le lundi 23 fevrier 2015 | Agence de Presse Africaine").
    /// </summary>
    private static bool TryParseDatedCredit(
        string text, AgencyCatalog agencies, AgeGrammar ages, [NotNullWhen(true)] out Agency? agency, out string? age)
    {
        age = null;
        var trimmed = text.Trim();
        if (!TryFindAgency(trimmed, agencies, requireStart: false, out agency, out var start, out var end) || start == 0 || end != trimmed.Length)
        {
            return false;
        }

        var date = trimmed[..start].TrimEnd(Joiners);
        if (!ages.TryParse(date, out var read) || CompanionDate.Unzoned(read) is not CalendarDateAge { Year: not null })
        {
            return false;
        }

        age = date;
        return true;
    }

    /// <summary>
    /// Whether the credit line is a newsroom's one-word name before a slash and the agency ("Conosaba/Lusa"), which credits
    /// only a text it closes: elsewhere a word before a slash and the agency is a photo's credit ("Arquivo/Agência Brasil").
    /// </summary>
    public static bool IsNewsroomsBeforeSlash(string text, AgencyCatalog agencies) => NewsroomBefore(text, agencies) > 0;

    /// <summary>How long the newsroom's name and its slash are at the start of <paramref name="text"/>: 0 when none, or when the name is an agency's.</summary>
    private static int NewsroomBefore(string text, AgencyCatalog agencies) =>
        NewsroomBeforeSlash().Match(text) is { Success: true } newsroom && !agencies.TryFind(newsroom.Groups["newsroom"].Value, out _) ? newsroom.Length : 0;

    /// <summary>Whether the credit line names its writer's role at the agency: "Ivan Richard - Repórter da Agência Brasil".</summary>
    public static bool NamesTheWritersRole(string text) => Prefix().Match(text).Groups["role"].Success;

    /// <summary>
    /// Splits "HeadlineSource label (... Agence Belga)" into the headline and the agency: the label
    /// starts at the glued join (a lower-case letter or closing mark directly followed by a capital).
    /// </summary>
    public static bool TryStripGlued(string text, AgencyCatalog agencies, [NotNullWhen(true)] out string? headline, [NotNullWhen(true)] out Agency? agency)
    {
        headline = null;
        agency = null;
        var paren = text.LastIndexOf('(');
        if (!text.EndsWith(')') || paren < MinGluedHeadline
            || !TryFindAgency(text[(paren + 1)..^1], agencies, requireStart: false, out var found, out _, out _))
        {
            return false;
        }

        for (var i = paren - 1; i >= MinGluedHeadline && paren - i <= MaxGluedLabel; i--)
        {
            if (text[i] == ' ' && text[i - 1] is '.' or '?' or '!')
            {
                // A label holds no sentence's end: "... Hat der AfD-Mann eine verbotene Parole benutzt? (dpa)" closes a text.
                return false;
            }

            if (char.IsUpper(text[i]) && (char.IsLower(text[i - 1]) || text[i - 1] is '"' or '”' or '’' or ')' or '»'))
            {
                headline = text[..i];
                agency = found;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A paragraph that ends with a known agency's credit in parentheses ("... (EFE)", "...(ANSA).", "... (mat/ats)") or
    /// after its last sentence, bare or after a slash ("... auf der B 73. dpa", "... die Bundespolizei.DPA", "... en
    /// Belgique. /ATS") or labelled as its source ("... publié automatiquement. Source : ats", "... nog jonger. © ANP 2021").
    /// </summary>
    /// <param name="start">Where the credit begins: the text before it is the paragraph's last sentence.</param>
    public static bool TryTrailing(string text, AgencyCatalog agencies, [NotNullWhen(true)] out Agency? agency, out int start)
    {
        agency = null;
        var match = Trailing().Match(text);
        if (!match.Success)
        {
            match = ClosingWord().Match(text);
        }

        if (!match.Success)
        {
            match = ClosingSource().Match(text);
        }

        start = match.Index;
        return match.Success
            && Credits.Parse(match.Groups["credit"].Value, agencies, requireKnown: true) is { Agencies: [var code] }
            && agencies.TryFind(code, out agency);
    }

    /// <summary>
    /// A paragraph signed after its last sentence by a code that is no agency ("... als Maske.  mm", "... nicht.VA"):
    /// an editor's or another author's initials.
    /// </summary>
    public static bool IsSignedByOther(string text, AgencyCatalog agencies)
    {
        var match = ClosingWord().Match(text);
        return match.Success && match.Groups["credit"].Length <= MaxSignatureLength && !agencies.TryFind(match.Groups["credit"].Value, out _);
    }

    /// <summary>
    /// Finds the agency on a credit line: among its first words, or, after a byline word or a source's label, anywhere but
    /// as half of a photo credit's "Name/Agency"; after a byline word a desk's or a paper's name before a slash and the
    /// agency closing the line (<paramref name="deskBefore"/>) credits the text: "Von: det/dpa", "Por: Diario Digital
    /// Castelo Branco/Lusa" ("Quelle: ntv.de, ino/dpa" closes a text it credits as a whole).
    /// </summary>
    private static bool TryFindAgency(
        string text, AgencyCatalog agencies, bool requireStart, [NotNullWhen(true)] out Agency? agency, out int start, out int end, bool deskBefore = false)
    {
        agency = null;
        start = 0;
        end = 0;
        if (requireStart)
        {
            // Only the first words can be the agency: "AFP, 17h45", "Lusa | 14:32".
            var stop = 0;
            for (var count = 0; count < MaxAgencyWords && stop < text.Length; count++)
            {
                var next = text.IndexOfAny(WordEnds, stop + 1);
                stop = next < 0 ? text.Length : next;
                if (agencies.TryFind(text[..stop], out agency))
                {
                    end = stop;
                    return true;
                }
            }

            return false;
        }

        var words = Word().Matches(text);
        for (var first = words.Count - 1; first >= 0; first--)
        {
            for (var count = Math.Min(MaxAgencyWords, words.Count - first); count >= 1; count--)
            {
                var from = words[first].Index;
                var stop = words[first + count - 1].Index + words[first + count - 1].Length;
                var slashBefore = from > 0 && text[from - 1] == '/' && !(deskBefore && stop == text.TrimEnd().Length);
                var touchesSlash = slashBefore || (stop < text.Length && text[stop] == '/');
                if (!touchesSlash && agencies.TryFind(text[from..stop], out agency))
                {
                    start = from;
                    end = stop;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where the editor's credit after the agency starts ("Edição: Davi Oliveira", "Editing by Alex Richardson"), or the end.</summary>
    private static int EditorAt(string after) => Editor().Match(after) is { Success: true } editor ? editor.Index : after.Length;

    [GeneratedRegex(@"(?:^|\s)(?i:edição|edición|edizione|editing by|edited by|bearbeitung|eindredactie)\s*:?\s*" + Writer + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Editor();

    // Bars around a credit line are decoration, as around an age: "| Por AFP |", "Por Estadão Conteúdo | 04.04.2022 12h27";
    // so is a footnote's star. A line naming the agency the text drew its information from credits it as "Por" does:
    // "*Con información de EFE", "Com informações da Agência Brasil", "With files from The Canadian Press".
    // A newsroom's name before "com" or "avec" credits its text to the agency it drew on: "Porto Canal com Lusa", "Le Monde
    // avec AFP", also in parentheses after the writer's name (a byline word before it or not) or alone, or opening the line
    // alone: "Alain W (avec Belga)", "Par Le360 Afrique (avec AFP)", "(avec AFP)", "Com Agência Lusa.". A writer's name, or
    // two joined by "and", and a comma before the agency is a byline: "Danica Kirka, Associated Press", "Bharatha
    // Mallawarachi and Emily Schmall, Associated Press".
    [GeneratedRegex(
        @"^[\s|*]*(?:(?<copyright>©)\s*|(?:" + NewsroomWord + @"\s+){1,3}(?<drew>\()?(?:com|avec)\s+|(?:(?i:fonte|fuente|source|quelle|bron|fonti)|(?<signed>(?i:por|by|par|von|door|da)))\b\s*:?\s*|(?i:con\s+informaci[oó]n(?:es)?\s+de|com\s+informa[cç](?:ão|ões)\s+d[aoe]s?|with\s+(?:files|information)\s+from|avec\s+des\s+informations\s+de|mit\s+Material\s+von)\b\s*:?\s*|(?<role>(?:" + Writer + @"\s+[-–—]\s+)?" + WritersRole + @")\s+|\((?<drew>)(?:com|avec)\s+|(?<alone>(?i:com|avec))\s+|" + Writer + @"(?:\s(?:and|und|et|e|y|en)\s" + Writer + @")?,\s+)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    private const string CapitalisedWord = @"\p{Lu}[\p{L}\p{M}.'’-]*";

    // A word of a newsroom's name, which may hold digits: "Le360", "France24".
    private const string NewsroomWord = @"\p{Lu}[\p{L}\p{M}\d.'’-]*";

    // A writer's name: two to four capitalised words ("Danica Kirka", "Bharatha Mallawarachi").
    private const string Writer = "(?:" + CapitalisedWord + @"\s+){1,3}" + CapitalisedWord;

    // "Repórter da Agência Brasil", "Correspondent of Reuters": the writer's role at the agency, the writer's name before it
    // on the line above or before a dash ("Ivan Richard - Repórter da Agência Brasil").
    private const string WritersRole = @"(?i:repórter|reporter|correspondente|correspondent|corresponsal|corrispondente|korrespondent|korrespondentin|envoyée? spéciale?|enviad[oa] especial|inviat[oa])\s+(?i:da|do|de|of|der|des|du|della|di|van|von|bei)";

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}.'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?i:on)\s+(?=[\p{Lu}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DateJoiner();

    // A date or time after the agency: "03/09/2025", "17h45", "14:32", "12 mar 2025 14:32", "February 11, 2016 7:56 pm".
    [GeneratedRegex(@"^(?:\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}\.?\s+\p{L}{3,9}\.?(?:\s+\d{4})?|\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?(?:,?\s*(?:à|a|às|um|at|om)?\s*\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?\s?m\.?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();

    [GeneratedRegex(@"\((?<credit>[^()]{2,30})\)\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();

    // "ats/juma", "Lusa/ DL", and the agency's end mark in any case: "Lusa/fim", "Lusa/Fim".
    [GeneratedRegex(@"^/\s?(?<sign>\p{Ll}{2,5}|\p{Lu}{2,4}|(?i:fim|fin))(?![\p{L}\p{M}])", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    [GeneratedRegex(@"^\p{Ll}{2,4},\s*(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();

    [GeneratedRegex(@"^(?<newsroom>" + NewsroomWord + @")/(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex NewsroomBeforeSlash();

    // "(ANSA)", "[EFE, AFP]", the agency and the day in parentheses, "(AFP 09/06/17)", and the agency signed after a slash,
    // no space between, as it closes a text: "/ATS".
    [GeneratedRegex(@"^[-–—]?\s*(?:\((?<credit>[^()]{2,40}?)(?:\s+(?<age>\d{1,2}[./]\d{1,2}[./]\d{2,4}))?\)|\[(?<credit>[^\[\]]{2,40})\]|/(?<credit>\p{L}{2,12}))\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditAlone();

    // A place in mixed case after the agency, behind a full stop, a bar or a space, ending the line or before a separator:
    // "· Ouidah |", ". Beirut", "New Delhi". Words a credit line carries there that are no place ("AFP Photo", "Reuters
    // Staff") are left, and so is a word in capitals ("AP | POLITICS" names a section as often as a place).
    [GeneratedRegex(
        @"^(?:\.\s+)?(?<place>(?:(?!" + NoPlace + @")\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s|(?=\s*(?:$|[|,·]|[-–—]\s)))){1,3})(?=\s*$|\s*[|,·]|\s?[-–—]\s)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfterAgency();

    private const string NoPlace = @"(?i:photos?|fotos?|staff|videos?|vídeo|graphics?|news|newsroom|tv|television|radio|agency|national|international|world|wire|service)\b";

    // One word after a paragraph's last sentence, perhaps signed after a slash: an agency ("... B 73. dpa", "... en
    // Belgique. /ATS") or someone's initials ("... nicht.VA"); a slash and a space set a photo's credit apart ("... la
    // final. / EFE").
    [GeneratedRegex(@"(?<=[.!?""”»])\s*/?(?<credit>\p{L}{2,12})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingWord();

    // A source label or a copyright sign after a paragraph's last sentence, the agency's name and perhaps a year after it.
    [GeneratedRegex(@"(?<=[.!?""”»])\s*(?:(?i:source|fonte|fuente|quelle|bron|fonti)\s?:|©)\s*(?<credit>\p{L}[\p{L}.-]*(?:\s\p{L}[\p{L}.-]*){0,3}?)(?:\s+\d{4})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingSource();
}
