namespace Syndicate.Core.Wire;

/// <summary>Why a page gave the items it gave: for <c>preview --explain</c>.</summary>
/// <param name="Items">Each item, the blocks that made it and the rule that decided each field.</param>
/// <param name="Candidates">Blocks that look like part of an item but are none, and why.</param>
/// <param name="AgeReading">Which way the page's ages were read (before or after their items) and how many fit.</param>
public sealed record RecognitionExplanation(IReadOnlyList<ItemExplanation> Items, IReadOnlyList<RejectedCandidate> Candidates, string AgeReading);

/// <param name="Blocks">The indexes of the page's blocks the item was made of.</param>
/// <param name="Rules">Field name → the rule that decided it.</param>
public sealed record ItemExplanation(WireItem Item, IReadOnlyList<int> Blocks, IReadOnlyDictionary<string, string> Rules);

/// <param name="Block">The index of the block.</param>
public sealed record RejectedCandidate(int Block, string Text, string Reason);
