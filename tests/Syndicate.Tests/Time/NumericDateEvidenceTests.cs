using System.Text;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;

namespace Syndicate.Tests.Time;

public sealed class NumericDateEvidenceTests
{
    [Theory]
    [InlineData("Updated 6/22/2017 | 7/12/2017", NumericDateOrder.MonthFirst)]
    [InlineData("22/06/2017 · 07/12/2017", NumericDateOrder.DayFirst)]
    [InlineData("31.12.2025 and 7.12.2025", NumericDateOrder.DayFirst)]
    public void Dates_that_read_only_one_way_show_the_pages_order(string text, NumericDateOrder order) =>
        Assert.Equal(order, NumericDateEvidence.In([text]));

    [Theory]
    [InlineData("7/12/2017 and 8/11/2023")]
    [InlineData("6/22/2017 and 22/6/2017")]
    [InlineData("no date at all, 2026-11-28 is ISO, 1/2 is no date, 12/25/2017/4 is a path")]
    public void Dates_that_read_both_ways_or_show_both_orders_show_none(string text) =>
        Assert.Null(NumericDateEvidence.In([text]));

    [Fact]
    public void An_english_page_whose_other_dates_put_the_month_first_reads_an_ambiguous_date_so()
    {
        const string Page = """
            7/12/2017 Voters back the plan, poll finds
            WASHINGTON (AP) — Most Americans say the plan goes too far, a new survey finds.

            6/22/2017 Health care worries grow
            WASHINGTON (AP) — Worries about the cost of care grew again this month.
            """;
        var ages = AgeGrammar.Preferring("en");

        var read = new PageReader(AgencyCatalog.Default, ages).Read(Encoding.UTF8.GetBytes(Page), "text/plain", null);

        Assert.Equal(NumericDateOrder.MonthFirst, read.NumericDates);
        Assert.Equal(["7/12/2017", "6/22/2017"], read.Items.Select(i => i.Age));
        Assert.True(ages.ReadingNumericDates(NumericDateOrder.MonthFirst).TryParse("7/12/2017", out var age));
        Assert.Equal((7, 12), (((CalendarDateAge)age).Month, ((CalendarDateAge)age).Day));
        Assert.False(ages.TryParse("7/12/2017", out _));
    }

    [Fact]
    public void A_language_that_writes_the_day_first_keeps_its_order_whatever_the_page_shows()
    {
        var read = new PageReader(AgencyCatalog.Default, AgeGrammar.Preferring("nl")).Read(
            Encoding.UTF8.GetBytes("6/22/2017 Kabinet valt\nDEN HAAG (ANP) - Het kabinet is gevallen."), "text/plain", null);

        Assert.Equal(NumericDateOrder.DayFirst, read.NumericDates);
    }
}
