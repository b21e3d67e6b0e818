namespace Syndicate.Core.Time;

/// <summary>
/// Site themes made for English print their own words around another language's ages: a label, "ago", "on", "at",
/// "by", an ordinal suffix, a meridiem, and English's order of a date, the month first ("Posted 2 Wochen ago", "13 Minuten
/// Ago", "Last Updated on 26 september 2024 by ...", "By ..., at 29 maggio, 2006 20:39", "Gennaio 27th, 2022", "Juli 30,
/// 2013 um 2:33 pm", "januari 31, 2013", "juin 7th, 2011").
/// Every language reads them besides its own words, except a word that is already the language's own with another
/// meaning (German "am" is "on the", not a meridiem).
/// </summary>
internal static class EnglishThemeWords
{
    public static AgeVocabulary Around(AgeVocabulary words, params string[] ownWords)
    {
        var english = AgeVocabularies.English;
        return words with
        {
            Labels = words.Labels.With(english.Labels, ownWords),
            UpdateLabels = words.UpdateLabels.With(english.UpdateLabels, ownWords),
            RelativeAfter = words.RelativeAfter.With(english.RelativeAfter, ownWords),
            Articles = words.Articles.With(english.Articles, ownWords),
            OrdinalSuffixes = words.OrdinalSuffixes.With(english.OrdinalSuffixes, ownWords),
            ClockConnectors = words.ClockConnectors.With(english.ClockConnectors, ownWords),
            AnteMeridiem = words.AnteMeridiem.With(english.AnteMeridiem, ownWords),
            PostMeridiem = words.PostMeridiem.With(english.PostMeridiem, ownWords),
            BylineWords = words.BylineWords.With(english.BylineWords, ownWords),
            MonthFirstDates = true,
        };
    }
}
