using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// The opening of a wire item: <c>DATELINE (AGENCY[/AGENCY...]) - body</c> and the variants agencies
/// print: "LONDON, May 18 (Reuters) -", "Berlin (dpa) –", "(Reuters) -The", "MADRID (EFE).-",
/// "MOSCOW, January 21. /TASS/.", the credit before the place "(ANSA) - BARI, 26 NOV -", a place and a known
/// agency joined by a slash or a bar "MÉXICO / AFP", "DUBAI / WAM The ...", "LOS ANGELES | Xinhua | ...", the agency first without parentheses "APA-Dakar (Senegal) —", the agency glued to the place on a line of its own "EFELima", place and
/// agency each closed by a full stop "WASHINGTON. AP. El ...", a known agency closed by a full stop or a colon
/// instead of a dash "Erfurt (epd). Der ...", and, on
/// ticker pages, the uncredited "Frankfurt - " and "Mindanao (Filipinas).- ".
/// </summary>
/// <param name="Text">The dateline as printed, or null for a credit alone.</param>
/// <param name="Place">The first place of the dateline, or null for a credit alone.</param>
/// <param name="Agencies">Canonical codes of the credited agencies; unknown credits as written.</param>
/// <param name="UnknownCredits">The credits the catalog does not know, as written.</param>
/// <param name="Body">
/// The text after the credit and its dash, a slice of the text parsed (not a copy of it); empty when the opening stands
/// alone on its line.
/// </param>
/// <param name="Form">Which opening the text has, in words (for explanations).</param>
internal sealed partial record Dateline(
    string? Text,
    string? Place,
    IReadOnlyList<string> Agencies,
    IReadOnlyList<string> UnknownCredits,
    ReadOnlyMemory<char> Body,
    string Form)
{
    public const string CapitalForm = "credited dateline, place in capitals";
    public const string MixedCaseForm = "credited dateline, place in mixed case with a known agency";
    public const string CreditAloneForm = "credit alone";
    public const string CreditFirstForm = "credit before the place";
    public const string UncreditedForm = "uncredited place and dash";
    public const string UncreditedColonForm = "uncredited place and colon, under a digest's credit";
    public const string AgencyFirstForm = "agency, dash, place and dash, without parentheses";
    public const string SlashCreditForm = "place and known agency joined by a slash or a bar, before the text or alone on a line";
    public const string DottedCreditForm = "place and known agency, each closed by a full stop";
    public const string DottedPlaceForm = "place closed by a full stop, opening the text of an item credited elsewhere";
    public const string AgencyBeforeTextForm = "known agency, dash or bar, then the text, no place";
    public const string GluedCreditForm = "known agency in capitals glued to a place in mixed case, alone on a line";

    private const string CapitalPlace = @"\p{Lu}(?:[\p{Lu}\p{M}'’.\- ]{0,40}[\p{Lu}\p{M}])?\.?";

    // A byline's word is no place's first word: "By Nandita Bose WASHINGTON (Reuters) –".
    private const string MixedCasePlace =
        @"(?!(?i:by|von|par|por|door)\s)\p{Lu}\p{Ll}[\p{L}\p{M}'’.\-]{0,30}(?: (?:\p{Lu}[\p{L}\p{M}'’.\-]{0,30}|am|an|der|de|del|di|la|le|sur|upon)){0,3}";

    // After the dateline: "(CREDIT)" with an optional "." before the dash (or "--", ">>", the horizontal bar "―", or a
    // spaced "_", as AP's plain-text wire prints it: "NASHVILLE, Tenn. (AP) _ These ..."), "(CREDIT)" and a capital with no
    // dash at all, or with a full stop or a colon in its place ("Havana, May 8 (Prensa Latina) Cuba's ...", "Erfurt
    // (epd). Der ...", "New Delhi (PTI): The ...", only for known agencies), or TASS's "/CREDIT/." with no dash, which
    // a space, a full stop or a dash follows ("Keystone/AP/Eraldo Peres" is a photo credit).
    private const string Credit =
        @"\s*(?:\((?<credit>[^()\n]{1,80})\)\s*\.?\s*(?:--|>>|[-–—―]|(?<=\s)_(?=\s))|\.?\s*/(?<credit>[^/()\n]{1,40})/(?=[\s.\-–—])\.?\s*[-–—]?|\((?<credit>[^()\n]{1,80})\)(?<dashless>[.:]?\s+)(?=[\p{Lu}\p{N}""“«¿¡]))\s*";

    // A known agency's credit closing a line of its own after a place in capitals, the text on the next line: "MADRID, 7
    // (EUROPA PRESS)", "DUBAI, United Emirates (Reuter)".
    private const string CreditClosingTheLine = @"\s*\((?<credit>[^()\n]{1,80})\)(?<dashless>)\s*$";

    // Words after a comma, a numeric date among them, up to the credit, which may be glued to them: "SANTO
    // DOMINGO,(EFE).-", "Kinshasa, 29/03(ACP).-".
    private const string Tail = @"(?:,(?:[^()/\n]|(?<=\d)/(?=\d)|(?<=\p{Ll})/(?=\p{Lu})){0,40}?)?";

    // A date beside the place in a credit-first dateline: "26 NOV", "12 DIC", "9 GIU".
    private const string ShortDate = @"\d{1,2}\s+\p{L}{3,9}\.?";

    // A country, state or province in parentheses after a place: "(Filipinas)", "(MONZA-BRIANZA)", "(EE.UU.)".
    private const string Region = @"(?:\s*\([^()\n]{2,30}\))?";

    // A country, state or region after a comma in an uncredited opening: "DAMASCUS, Syria — ", "JACKSON, Tenn. -- ",
    // "FÁTIMA, Santarém - " (a credited dateline takes any words after its comma, <see cref="Tail"/>).
    private const string UncreditedRegion = @"(?:,\s\p{Lu}[\p{L}\p{M}'’.]*(?:\s\p{Lu}[\p{L}\p{M}'’.]*){0,2})?";

    /// <summary>Regional services named after an agency's credit ("lni" in "dpa/lni"), as "dpa/lni".</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>Parses a credited dateline at <paramref name="start"/> in <paramref name="text"/>.</summary>
    public static bool TryParse(string text, int start, AgencyCatalog agencies, [NotNullWhen(true)] out Dateline? dateline)
    {
        dateline = FromMatch(text, CapitalOpening().Match(text, start), agencies, requireKnown: false, CapitalForm)
            ?? FromMatch(text, MixedCaseOpening().Match(text, start), agencies, requireKnown: true, MixedCaseForm)
            ?? FromMatch(text, CreditFirstOpening().Match(text, start), agencies, requireKnown: false, CreditFirstForm)
            ?? FromMatch(text, CreditFirstMixedCaseOpening().Match(text, start), agencies, requireKnown: true, CreditFirstForm)
            ?? FromMatch(text, AgencyFirstOpening().Match(text, start), agencies, requireKnown: true, AgencyFirstForm)
            ?? FromMatch(text, DottedCreditOpening().Match(text, start), agencies, requireKnown: true, DottedCreditForm)
            ?? FromMatch(text, CreditOpening().Match(text, start), agencies, requireKnown: true, CreditAloneForm)
            ?? FromMatch(text, JoinedCreditOpening().Match(text, start), agencies, requireKnown: true, SlashCreditForm)
            ?? FromMatch(text, GluedCreditOpening().Match(text, start), agencies, requireKnown: true, GluedCreditForm);
        return dateline is not null;
    }

    /// <summary>
    /// Parses a ticker opening with a place and a dash but no credit: "Frankfurt - Die Aktie ...", "BOLZANO, 19 FEB -
    /// ...", "Ginebra.- Irán ...", "Mindanao (Filipinas)- Las ...", a place in capitals with the dash glued to the text
    /// ("LONDON -The BBC ...", "ISTANBOEL –Ongeveer ..."), or a colon in a digest: "New Delhi: The Centre ..."
    /// (<see cref="UncreditedColonForm"/>, which only a digest's credit makes an item).
    /// </summary>
    public static bool TryParseUncredited(string text, [NotNullWhen(true)] out Dateline? dateline)
    {
        var match = UncreditedOpening().Match(text);
        var body = match.Success ? text.AsMemory(match.Length).Trim() : default;
        var place = match.Groups["dateline"];

        // "Ginebra.- ": the full stop belongs to the dash; "JACKSON, Tenn. -- ": to the state's abbreviation.
        var glued = match.Success && text[place.Index + place.Length] is '-' or '–' or '—';
        dateline = body.Length > 0
            ? new Dateline(
                glued ? place.Value.TrimEnd(' ', '.', '-') : place.Value.TrimEnd(' ', '-'),
                match.Groups["place"].Value.TrimEnd('.', '-'),
                [],
                [],
                body,
                match.Groups["colon"].Success ? UncreditedColonForm : UncreditedForm)
            : null;
        return dateline is not null;
    }

    /// <summary>
    /// Parses a place closed by a full stop opening the text of an item credited elsewhere (on a line of its own or at the
    /// text's end): "Riad. Boxfans in aller Welt ...", "Bogotá. Varios artefactos ...".
    /// </summary>
    public static bool TryParseDottedPlace(string text, [NotNullWhen(true)] out Dateline? dateline)
    {
        var match = DottedPlaceOpening().Match(text);
        dateline = match.Success
            ? new Dateline(match.Groups["place"].Value, match.Groups["place"].Value, [], [], text.AsMemory(match.Length), DottedPlaceForm)
            : null;
        return dateline is not null;
    }

    /// <summary>
    /// Parses a known agency's name before a dash or a bar and the text, with no place: "Apanews - La Chine a fourni ...",
    /// "Xinhua | Le prochain sommet ...". The caller asks the text to be prose, as "AFP - Geral" is a section's line.
    /// </summary>
    public static bool TryParseAgencyBeforeText(string text, AgencyCatalog agencies, [NotNullWhen(true)] out Dateline? dateline)
    {
        dateline = FromMatch(text, AgencyBeforeTextOpening().Match(text), agencies, requireKnown: true, AgencyBeforeTextForm);
        return dateline is not null && dateline.Body.Length > 0;
    }

    public Dateline WithAgencies(IReadOnlyList<string> agencies) => this with { Agencies = agencies };

    private static Dateline? FromMatch(string text, Match match, AgencyCatalog catalog, bool requireKnown, string form)
    {
        if (!match.Success)
        {
            return null;
        }

        var credits = Credits.Parse(match.Groups["credit"].Value, catalog, requireKnown || match.Groups["dashless"].Success);
        var body = text.AsMemory(match.Index + match.Length).Trim();

        // A text is no lone code in capitals: "ANG/AALS/ÂC/SG" is an editor's code, not "/ÂC/" crediting "SG".
        if (credits is null || (body.Length > 0 && !body.Span.Contains(' ') && !body.ToString().Any(char.IsLower)))
        {
            return null;
        }

        // "NUEVA YORK, EU, (AP).-", "Berlino, 25 nov - (Agenzia Nova) -": a comma or a dash before the credit is no part
        // of the dateline.
        var datelineText = match.Groups["dateline"].Value.Trim().TrimEnd(',', '-', '–', '—').TrimEnd();
        var place = match.Groups["place"].Value.Trim();
        return new Dateline(
            datelineText.Length == 0 ? null : datelineText,
            place.Length == 0 ? null : place,
            credits.Agencies,
            credits.Unknown,
            body,
            form)
        {
            Services = credits.Services,
        };
    }

    // "SEVILLA 10 Mar. (EUROPA PRESS) -": a day and a month may follow the place without a comma.
    [GeneratedRegex(@"\G(?<dateline>(?<place>" + CapitalPlace + @")(?:\s*/\s*" + CapitalPlace + ")*" + Region + @"(?:\s" + ShortDate + ")?" + Tail + ")(?:" + Credit + "|" + CreditClosingTheLine + ")", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalOpening();

    [GeneratedRegex(@"\G(?<dateline>(?<place>" + MixedCasePlace + @")(?:\s*/\s*" + MixedCasePlace + ")?" + Region + Tail + ")" + Credit, RegexOptions.CultureInvariant)]
    private static partial Regex MixedCaseOpening();

    [GeneratedRegex(@"\G(?<dateline>)" + Credit, RegexOptions.CultureInvariant)]
    private static partial Regex CreditOpening();

    // "(AGI) – Roma, 11 giu. –": a place in mixed case after the credit, only for a known agency; with a date after the
    // place, the dash after the credit may be left out: "(DIRE) Bologna, 20 mar. -".
    [GeneratedRegex(
        @"\G\((?<credit>[^()\n]{1,40})\)\s*(?:[-–—]\s*(?<dateline>(?<place>" + MixedCasePlace + ")" + Region + @"(?:,?\s+" + ShortDate + @")?)"
            + @"|(?<dateline>(?<place>" + MixedCasePlace + ")" + Region + @",?\s+" + ShortDate + @"))\s*[-–—]\s*",
        RegexOptions.CultureInvariant)]
    private static partial Regex CreditFirstMixedCaseOpening();

    // "APA-Dakar (Senegal) —", "APA - Dakar (Senegal) —": a known agency's name, a dash, the place and a dash.
    [GeneratedRegex(
        @"\G(?<credit>\p{Lu}[\p{L}\-]{1,20})\s*[-–]\s*(?<dateline>(?<place>" + MixedCasePlace + "|" + CapitalPlace + ")" + Region + @")\s*[-–—]\s*",
        RegexOptions.CultureInvariant)]
    private static partial Regex AgencyFirstOpening();

    [GeneratedRegex(@"^(?<credit>\p{Lu}[\p{L}\p{M}\-]{1,20}(?: \p{Lu}[\p{L}\p{M}\-]{1,20}){0,2})\s+[-–—|]\s+(?=[\p{Lu}""“«])", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyBeforeTextOpening();

    // "WASHINGTON. AP. El mandatario ...", "Washington.EFE. El ...": the place and the agency each closed by a full stop;
    // the place's may be the Spanish full stop and dash ("Kabul.- AFP. Un ataque ...").
    [GeneratedRegex(
        @"\G(?<dateline>(?<place>" + CapitalPlace + "|" + MixedCasePlace + @"))\.-?\s*(?<credit>\p{Lu}[\p{L} ]{1,20}?)\.\s+(?=\p{Lu})",
        RegexOptions.CultureInvariant)]
    private static partial Regex DottedCreditOpening();

    // "MÉXICO / AFP", "Washington / EFE": the whole line, the body in the next block; or the text after the agency,
    // behind a bar or a capital: "LOS ANGELES | Xinhua | Several ...", "DUBAI / WAM The ...".
    [GeneratedRegex(
        @"\G(?<dateline>(?<place>" + CapitalPlace + "|" + MixedCasePlace + @"))\s+[/|]\s+(?<credit>[^/|()\n]{2,40}?)(?:\s*$|\s*\|\s+|\s+(?=[\p{Lu}""“«]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex JoinedCreditOpening();

    // "EFELima", "EFEBuenos Aires": an article header's agency line and place line run together, the text on the next line.
    [GeneratedRegex(@"\G(?<credit>\p{Lu}{2,8})(?<dateline>(?<place>" + MixedCasePlace + @"))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedCreditOpening();

    [GeneratedRegex(
        @"\G\((?<credit>[^()\n]{1,40})\)\s*[-–—]?\s*(?<dateline>(?:" + ShortDate + @",?\s+)?(?<place>\p{Lu}[\p{Lu}\p{M}'’.\- ]{0,30}[\p{Lu}\p{M}])" + Region + @"(?:,?\s+" + ShortDate + @")?)\s*[-–—]\s*",
        RegexOptions.CultureInvariant)]
    private static partial Regex CreditFirstOpening();

    // A place, its full stop, then a capitalised word of the text. A one-word sentence ("Nein. Das ...") has the same
    // shape, so only the text of an item credited elsewhere is read this way (Draft.AddBody).
    [GeneratedRegex(@"^(?<place>" + MixedCasePlace + "|" + CapitalPlace + @")\.\s+(?=\p{Lu}\p{Ll}*\s)", RegexOptions.CultureInvariant)]
    private static partial Regex DottedPlaceOpening();

    [GeneratedRegex(
        @"^(?<dateline>(?<place>" + MixedCasePlace + "|" + CapitalPlace + @")(?:/(?:" + MixedCasePlace + "|" + CapitalPlace + @"))?" + Region + UncreditedRegion + @"(?:,\s" + ShortDate + @")?)(?:(?: (?:--|[-–—])|\s*\.?[-–—]|(?<colon>:)(?= \p{Lu})) |(?<=\p{Lu}) [-–—](?=\p{Lu}\p{Ll}))",
        RegexOptions.CultureInvariant)]
    private static partial Regex UncreditedOpening();
}
