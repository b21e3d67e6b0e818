using Syndicate.Core.Wire;

namespace Syndicate.Ingestion;

/// <summary>What an ingest accepts (<c>Syndicate:MaxPageBytes</c>); applies from the next ingest.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Syndicate";

    /// <summary>Pages larger than this many bytes are refused, and nothing of them is stored.</summary>
    public int MaxPageBytes { get; set; } = PageReader.DefaultMaxBytes;
}
