using System.Text.Json.Serialization;
using Syndicate.Core.Time;

namespace Syndicate.Admin;

/// <summary>Reads an age rounding by its name only ("Floor", "Round"): a number would slip past as a rounding that does not exist.</summary>
public sealed class AgeRoundingNames() : JsonStringEnumConverter<AgeRounding>(namingPolicy: null, allowIntegerValues: false);
