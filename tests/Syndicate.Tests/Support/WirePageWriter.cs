using System.Globalization;
using System.Text;

namespace Syndicate.Tests.Support;

/// <summary>
/// Two wire pages that keep changing, as a news site's do: every <see cref="Interval"/> a new item
/// appears on top (every third one on both pages, as agencies' items do on two sites) and ages go
/// up. Each page is replaced atomically (a temporary file, then a rename), so a reader never sees
/// half a page.
/// </summary>
internal sealed class WirePageWriter : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private const int ItemsPerPage = 12;

    private static readonly string[] Datelines = ["BRUSSEL", "PARIJS", "BERLIJN", "LONDEN", "MADRID", "ROME", "WASHINGTON", "TOKIO"];
    private static readonly string[] Subjects = ["de onderhandelingen over de begroting", "het weer in de regio", "de verkiezingen", "een akkoord over handel", "de staking in de haven"];

    private readonly List<(int Number, DateTime Written)> _first = [];
    private readonly List<(int Number, DateTime Written)> _second = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _writing;
    private int _written;

    private WirePageWriter(string folder)
    {
        FirstPage = Path.Combine(folder, "pages", "wire-a.txt");
        SecondPage = Path.Combine(folder, "pages", "wire-b.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(FirstPage)!);
        AddItem();
        _writing = WriteAsync(_stop.Token);
    }

    public string FirstPage { get; }

    public string SecondPage { get; }

    /// <summary>How many distinct items the pages have shown.</summary>
    public int ItemsWritten => Volatile.Read(ref _written);

    public static WirePageWriter Start(string folder) => new(folder);

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
        if (number % 3 != 2)
        {
            Push(_first, (number, now));
        }

        if (number % 3 != 0)
        {
            Push(_second, (number, now));
        }

        Replace(FirstPage, Render(_first, now));
        Replace(SecondPage, Render(_second, now));
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
