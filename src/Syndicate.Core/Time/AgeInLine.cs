namespace Syndicate.Core.Time;

/// <summary>An age found inside a meta line, and where it stands: <c>line.Substring(Start, Length)</c> is its text.</summary>
public readonly record struct AgeInLine(Age Age, int Start, int Length);
