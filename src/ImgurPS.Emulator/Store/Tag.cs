namespace ImgurPS.Emulator.Store;

/// <summary>A gallery tag (spec 3.13), reduced to the fields that vary. Followers change as users follow it.</summary>
public sealed class Tag(int id, string name, string displayName, string accent, string backgroundHash, string description)
{
    public int Id { get; } = id;
    public string Name { get; } = name;
    public string DisplayName { get; } = displayName;
    public string Accent { get; } = accent;
    public string BackgroundHash { get; } = backgroundHash;
    public string Description { get; } = description;
    public int Followers { get; set; }
}

/// <summary>A gallery topic (spec 3.15); the hero topic has a hero image.</summary>
public sealed record Topic(int Id, string Name, string Description = "", string? Css = null, bool Ephemeral = false, bool ReadOnly = false, bool IsHero = false)
{
    /// <summary>The form clients put in URLs: spaces as underscores (spec 2.10).</summary>
    public string UrlName => Name.Replace(' ', '_');
}
