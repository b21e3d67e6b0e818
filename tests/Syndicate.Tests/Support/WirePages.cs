using System.Globalization;
using System.Text;

namespace Syndicate.Tests.Support;

/// <summary>Plain-text wire pages of as many items as a test needs, each item distinct, dated by its file's time.</summary>
internal static class WirePages
{
    /// <summary>
    /// Items <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1, each "LISSABON (ANP) - Bericht
    /// n ...", 5 minutes old at <paramref name="reference"/> (the file's modification time, which file sources are dated by).
    /// </summary>
    public static async Task WriteAsync(string path, int first, int count, DateTimeOffset reference, string agency = "ANP")
    {
        var page = new StringBuilder("Meer uit Buitenland\n");
        for (var number = first; number < first + count; number++)
        {
            page.Append(CultureInfo.InvariantCulture, $"LISSABON ({agency}) - Bericht {number} over de haven van de stad. Betrokkenen lieten weten dat er later meer bekend wordt.\n");
            page.Append("5 minuten geleden\n");
        }

        await WriteAsync(path, page.ToString(), reference);
    }

    /// <summary>Writes <paramref name="text"/> as the page, modified at <paramref name="reference"/>.</summary>
    public static async Task WriteAsync(string path, string text, DateTimeOffset reference)
    {
        await File.WriteAllTextAsync(path, text);
        File.SetLastWriteTimeUtc(path, reference.UtcDateTime);
    }
}
