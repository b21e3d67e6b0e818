using System.Globalization;
using System.Text;

namespace Syndicate.Tests.Support;

/// <summary>
/// Wire pages that keep changing, as a news site's do: every <see cref="Interval"/> a new item appears on top of the
/// next page in turn (every third one on the page after it too, as agencies' items do on two sites) and ages go up.
/// Each page is replaced atomically (a temporary file, then a rename), so a reader never sees half a page.
/// </summary>
internal sealed class WirePageWriter : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private const int ItemsPerPage = 12;

    private static readonly string[] Datelines = ["BRUSSEL", "PARIJS", "BERLIJN", "LONDEN", "MADRID", "ROME", "WASHINGTON", "TOKIO"];
    private static readonly string[] Subjects = ["de onderhandelingen over de begroting", "het weer in de regio", "de verkiezingen", "een akkoord over handel", "de staking in de haven"];

    private readonly List<(int Number, DateTime Written)>[] _items;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _writing;
    private int _written;

    private WirePageWriter(string folder, int pages)
    {
        Folder = Path.Combine(folder, "pages");
        Directory.CreateDirectory(Folder);
        Pages = [.. Enumerable.Range(0, pages).Select(page => Path.Combine(Folder, $"wire-{(char)('a' + page)}.txt"))];
        _items = [.. Pages.Select(_ => new List<(int, DateTime)>())];
        AddItem();
        _writing = WriteAsync(_stop.Token);
    }

    /// <summary>The folder the pages are in.</summary>
    public string Folder { get; }

    /// <summary>The pages' paths: wire-a.txt, wire-b.txt, ...</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>How many distinct items the pages have shown.</summary>
    public int ItemsWritten => Volatile.Read(ref _written);

    /// <param name="pages">How many pages to write (at least two).</param>
    public static WirePageWriter Start(string folder, int pages = 2) => new(folder, pages);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _writing;
        _stop.Dispose();
    }

    private async Task WriteAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                AddItem();
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the pages stay as they are.
        }
    }

    private void AddItem()
    {
        var number = Interlocked.Increment(ref _written);
        var now = DateTime.UtcNow;
        Push(_items[number % Pages.Count], (number, now));
        if (number % 3 == 0)
        {
            Push(_items[(number + 1) % Pages.Count], (number, now));
        }

        for (var page = 0; page < Pages.Count; page++)
        {
            Replace(Pages[page], Render(_items[page], now));
        }
    }

    private static void Push(List<(int Number, DateTime Written)> page, (int, DateTime) item)
    {
        page.Insert(0, item);
        if (page.Count > ItemsPerPage)
        {
            page.RemoveAt(page.Count - 1);
        }
    }

    private static string Render(List<(int Number, DateTime Written)> items, DateTime now)
    {
        var page = new StringBuilder("Meer uit Buitenland\n");
        foreach (var (number, written) in items)
        {
            var dateline = Datelines[number % Datelines.Length];
            var subject = Subjects[number % Subjects.Length];
            var minutes = 2 + (int)(now - written).TotalMinutes;
            page.Append(CultureInfo.InvariantCulture, $"{dateline} (ANP) - Bericht {number} over {subject}. Betrokkenen lieten weten dat er later meer bekend wordt.\n");
            page.Append(CultureInfo.InvariantCulture, $"{minutes} minuten geleden\n");
        }

        return page.ToString();
    }

    private static void Replace(string path, string content)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
