namespace Portal.Testing;

/// <summary>The form the stand-in's answer page posts by itself: its action (the portal's callback) and its fields (<c>wa</c>, <c>wresult</c>, <c>wctx</c>).</summary>
public sealed record AutoPostForm(Uri Action, IReadOnlyDictionary<string, string> Fields);
