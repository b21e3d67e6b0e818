namespace Syndicate.Core.Wire;

/// <summary>The names of the grammar's rules, as explanations print them.</summary>
internal static class Rules
{
    public const string BylineBeforeDateline = "byline in capitals and the agency's name before the dateline, on one line";
    public const string BylineWithoutDateline = "byline in capitals and the agency's name before the text, with no dateline";
    public const string HeadlineGluedToDateline = "headline glued to the dateline on one line";
    public const string LeadBeforeDateline = "a caption's or a standfirst's sentences before the dateline, on one line";
    public const string HeadlineAfterDateline = "headline after the dateline, closed by a colon";
    public const string CreditGluedToHeadline = "source label with a known agency glued to the end of the headline";
    public const string CreditClosingText = "known agency's credit closing the text, in parentheses, after a slash or bare";
    public const string CreditLineAfterHeadline = "credit line between headline and text";
    public const string CreditLineAfterText = "credit line after the text";
    public const string CreditLineOverText = "credit line over the text, no headline above it";
    public const string PlaceOnCreditLine = "the place on the credit line, after the agency";
    public const string CreditInherited = "no credit of its own: the agencies of the credited item before it";
    public const string PageCredit = "no credit of its own: the dateline and credit standing alone above the page's items";
    public const string CreditLineAboveHeadline = "credit line heading the page, above the headline and its text";
    public const string DigestStory = "a headline and its text under a digest's credited title";
    public const string PageCreditLine = "no credit of its own: the credit line heading the page";
    public const string OpeningUnderCreditLine = "a place and a dash opening the text under the item's credit line";
    public const string CreditedOpeningUnderCreditLine = "a credited dateline opening the text under the item's credit line";
    public const string DatelineAloneUnderCreditLine = "a credited dateline on a line of its own under the item's credit line, the text below it";
    public const string DatelineOnItsOwnLine = "dateline, credit and dash on a line of their own, the text a paragraph later";
    public const string PrintedTwice = "printed twice in a row: a title";
    public const string HeadlineBlock = "the headline-like block just before the opening";
    public const string HeadlineBeforeCaption = "the headline-like block before the photo caption, timestamp or byline";
    public const string HeadlineFromBody = "the last short block of the previous item's text";
    public const string HeadlineWithLead = "the headline before \"...\", its lead after it starts the text";
    public const string StampBeforeHeadline = "clock or date before the headline";
    public const string AgeGluedToOpening = "age glued before the next dateline";
    public const string AgeAtEndOfBlock = "age at the end of a block";
    public const string TimestampLine = "a timestamp line: a date and a clock joined by a separator";
    public const string AgeBlock = "a block that is wholly an age or a timestamp";
    public const string AgeOnCreditLine = "the date or time on the credit line";
    public const string AgeUnderCreditLine = "the date or time on the line right under the credit line";
    public const string AgesBeforeItems = "ages stand before their items on this page";
    public const string AgesAfterItems = "ages stand after their items on this page";
    public const string ListNumberDropped = "its ordered list's number left out";
    public const string PageDate = "the page's date, not an item's age";
    public const string SectionWrapped = "the nearest section heading above, wrapper words dropped";
    public const string SectionOverHeadlessItems = "the short heading above the first of several items without headlines";
    public const string SectionBare = "the short heading right above the headline";
    public const string BodyBlocks = "the text after the dash, then the following prose blocks in the same container";
}
