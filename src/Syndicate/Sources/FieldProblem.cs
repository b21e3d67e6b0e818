namespace Syndicate.Sources;

/// <summary>One thing wrong with a setting: the field it is about and what is wrong, as a sentence after the field's name.</summary>
public sealed record FieldProblem(string Field, string Problem);
