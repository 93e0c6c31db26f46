namespace ImgurPS.Models;

/// <summary>Why something is reported (Imgur's report reason codes 1 to 5).</summary>
public enum ImgurReportReason
{
    /// <summary>1: does not belong on Imgur.</summary>
    DoesNotBelong = 1,

    /// <summary>2: spam.</summary>
    Spam = 2,

    /// <summary>3: abusive.</summary>
    Abusive = 3,

    /// <summary>4: mature content not marked as mature.</summary>
    MatureNotMarked = 4,

    /// <summary>5: pornography.</summary>
    Pornography = 5,
}
