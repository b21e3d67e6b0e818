using System.Text.Json.Serialization;
using Syndicate.Core.Wire;

namespace Syndicate.Storage;

/// <summary>How parts of a source's definition are kept as JSON in the database.</summary>
[JsonSerializable(typeof(WireSelectors))]
internal sealed partial class SourceJson : JsonSerializerContext;
