namespace ImgurPS.Models;

/// <summary>A user's current avatar (AC-06).</summary>
public sealed class ImgurAvatar : ImgurObject
{
    /// <summary>The avatar image URL.</summary>
    public string? Avatar { get; set; }

    /// <summary>The avatar's name, the value Set-ImgurAccountSetting -Avatar takes.</summary>
    public string? AvatarName { get; set; }

    /// <inheritdoc />
    public override string ToString() => AvatarName ?? Avatar ?? string.Empty;
}

/// <summary>An avatar a user may choose (an entry of available_avatars, AC-05).</summary>
public sealed class ImgurAvailableAvatar : ImgurObject
{
    /// <summary>The avatar's name, the value Set-ImgurAccountSetting -Avatar takes.</summary>
    public string? Name { get; set; }

    /// <summary>The avatar image URL.</summary>
    public string? Location { get; set; }

    /// <summary>The name under the parameter name Set-ImgurAccountSetting binds by property name (-Avatar).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Avatar => Name;

    /// <inheritdoc />
    public override string ToString() => Name ?? string.Empty;
}
