using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace Syndicate.Core.Places;

/// <summary>
/// The populated places of GeoNames (Data/places.tsv.gz, see Data/NOTICE.md) by <see cref="PlaceKey"/>:
/// each key has its candidates ranked once, at load, by <see cref="GazetteerCandidate.Compare"/>.
/// </summary>
public sealed class Gazetteer
{
    private const string ResourceName = "Syndicate.Core.Places.Data.places.tsv.gz";

    // The decompressed table is 3.5 MB; one read buffer of this size holds it.
    private const int ExpectedTextSize = 4 << 20;

    private static readonly Lazy<Gazetteer> LazyDefault = new(Load);

    private readonly Dictionary<string, GazetteerCandidate[]>.AlternateLookup<ReadOnlySpan<char>> _byKey;
    private readonly GazetteerPlace[] _byId;

    private Gazetteer(Dictionary<string, GazetteerCandidate[]> byKey, GazetteerPlace[] byId)
    {
        _byKey = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _byId = byId;
    }

    /// <summary>The embedded gazetteer, loaded on first use.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>Every place, by GeoNames id.</summary>
    public IReadOnlyList<GazetteerPlace> Places => _byId;

    public int KeyCount => _byKey.Dictionary.Count;

    /// <summary>Builds a new index from the embedded data; <see cref="Default"/> is the one to share.</summary>
    public static Gazetteer Load()
    {
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded gazetteer is missing from the build.");
        using var text = new GZipStream(resource, CompressionMode.Decompress);
        return Read(ReadAll(text));
    }

    /// <summary>The places a key may mean, best first; empty when the key is no place name.</summary>
    internal ReadOnlySpan<GazetteerCandidate> Find(scoped ReadOnlySpan<char> key) =>
        _byKey.TryGetValue(key, out var candidates) ? candidates : [];

    internal GazetteerPlace? FindById(int geonameId)
    {
        var index = _byId.AsSpan().BinarySearch(new GeonameIdOrder(geonameId));
        return index >= 0 ? _byId[index] : null;
    }

    private static ReadOnlySpan<byte> ReadAll(Stream stream)
    {
        var buffer = new byte[ExpectedTextSize];
        var length = 0;
        while (stream.Read(buffer.AsSpan(length)) is var read and > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }

        return buffer.AsSpan(0, length);
    }

    /// <summary>Reads the table: a header, then <c>geonameid country_iso2 population fcode source name</c> sorted by geonameid.</summary>
    private static Gazetteer Read(ReadOnlySpan<byte> text)
    {
        var byKey = new Dictionary<string, GazetteerCandidate[]>(100_000, StringComparer.Ordinal);
        var keys = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var places = new List<GazetteerPlace>(60_000);
        var countryCodes = new Dictionary<int, string>();
        Span<char> name = stackalloc char[PlaceKey.MaxLength];
        Span<char> key = stackalloc char[PlaceKey.MaxLength];
        GazetteerPlace? place = null;
        var lineNumber = 1;
        text = text[(text.IndexOf((byte)'\n') + 1)..];
        while (!text.IsEmpty)
        {
            lineNumber++;
            var line = NextField(ref text, (byte)'\n');
            var geonameId = int.Parse(NextField(ref line, (byte)'\t'), CultureInfo.InvariantCulture);
            var country = NextField(ref line, (byte)'\t');
            var population = int.Parse(NextField(ref line, (byte)'\t'), CultureInfo.InvariantCulture);
            var isCapital = NextField(ref line, (byte)'\t').SequenceEqual("PPLC"u8);
            var byAlternateName = NextField(ref line, (byte)'\t').SequenceEqual("gn.alt"u8);
            if (place is null || place.GeonameId != geonameId)
            {
                if (geonameId < place?.GeonameId || country.Length != 2)
                {
                    throw new InvalidDataException($"places.tsv line {lineNumber}: rows must be sorted by geonameid and carry a two-letter country.");
                }

                place = new GazetteerPlace(geonameId, Intern(countryCodes, country), population, isCapital);
                places.Add(place);
            }

            var keyLength = line.Length <= name.Length ? PlaceKey.Write(name[..Encoding.UTF8.GetChars(line, name)], key) : -1;
            if (keyLength < 0)
            {
                throw new InvalidDataException($"places.tsv line {lineNumber}: the name is longer than {PlaceKey.MaxLength} characters.");
            }

            // A name of symbols only has no key to be found by.
            if (keyLength > 0)
            {
                ref var candidates = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, key[..keyLength], out _);
                Add(ref candidates, new GazetteerCandidate(place, byAlternateName));
            }
        }

        foreach (var candidates in byKey.Values)
        {
            Array.Sort(candidates, GazetteerCandidate.Compare);
        }

        return new Gazetteer(byKey, [.. places]);
    }

    private static void Add(ref GazetteerCandidate[]? candidates, GazetteerCandidate candidate)
    {
        if (candidates is null)
        {
            candidates = [candidate];
            return;
        }

        // A place's rows are adjacent, so its earlier name with the same key is the last candidate: keep the better name.
        if (ReferenceEquals(candidates[^1].Place, candidate.Place))
        {
            if (!candidate.ByAlternateName)
            {
                candidates[^1] = candidate;
            }

            return;
        }

        Array.Resize(ref candidates, candidates.Length + 1);
        candidates[^1] = candidate;
    }

    private static ReadOnlySpan<byte> NextField(ref ReadOnlySpan<byte> text, byte separator)
    {
        var end = text.IndexOf(separator);
        var field = end < 0 ? text : text[..end];
        text = end < 0 ? [] : text[(end + 1)..];
        return field;
    }

    private static string Intern(Dictionary<int, string> codes, ReadOnlySpan<byte> code)
    {
        ref var interned = ref CollectionsMarshal.GetValueRefOrAddDefault(codes, (code[0] << 8) | code[1], out _);
        return interned ??= Encoding.ASCII.GetString(code);
    }

    private readonly struct GeonameIdOrder(int geonameId) : IComparable<GazetteerPlace>
    {
        public int CompareTo(GazetteerPlace? other) => other is null ? 1 : geonameId.CompareTo(other.GeonameId);
    }
}
