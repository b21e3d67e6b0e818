namespace Syndicate.Push;

/// <summary>What a callback answered: its status and the start of its body, or why there was no answer.</summary>
/// <param name="Status">The HTTP status; null when the request failed (refused address, timeout, lost connection).</param>
/// <param name="Body">At most <see cref="WebSubOptions.MaxResponseBytes"/> of the body, as UTF-8 text.</param>
public sealed record CallbackAnswer(int? Status, string Body, string? Error)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}
