namespace ImgurPS.Client;

/// <summary>The wire form Imgur answers in; both give the same objects.</summary>
public enum ImgurFormat
{
    /// <summary>The .json form (Imgur's default).</summary>
    Json,

    /// <summary>The .xml form.</summary>
    Xml,
}
